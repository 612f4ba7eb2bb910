// swift-tools-version:6.2
// zcd — the professional-title (职称) declaration and review daemon, its client and shared protocol.
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "zcd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zcd", targets: ["zcd"]),
        .executable(name: "zcctl", targets: ["zcctl"]),
        .library(name: "ZCProtocol", targets: ["ZCProtocol"]),
        // For Benchmarks/grpc, a separate package that serves the engine over gRPC for comparison.
        .library(name: "ZCEngine", targets: ["ZCEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        // HDR histograms for `zcctl bench` latencies (zcctl only).
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", exact: "0.2.0"),
    ],
    targets: [
        // The wire contract: typed requests, the frame and JSON codec, a blocking client. Imports nothing of ours.
        .target(name: "ZCProtocol", swiftSettings: upcoming),
        // The domain over SQLite. Knows nothing of sockets or of the wire types.
        .target(
            name: "ZCEngine",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        // sd_notify, socket activation, the journal; and the ucred layout Glibc's module hides.
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .executableTarget(
            name: "zcd",
            dependencies: [
                "ZCProtocol", "ZCEngine", "CSystemd",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "zcctl",
            dependencies: [
                "ZCProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "ZCProtocolTests", dependencies: ["ZCProtocol"], resources: [.copy("Golden")], swiftSettings: upcoming),
        .testTarget(name: "ZCEngineTests", dependencies: ["ZCEngine", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: upcoming),
        // The daemon's dispatch in-process: the role × method table, error mapping, session handling.
        .testTarget(
            name: "DispatchTests",
            dependencies: ["zcd", "ZCEngine", "ZCProtocol", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: upcoming),
        // zcctl's own logic in-process (the bench tool's arguments, manifest, report), as DispatchTests does for zcd.
        .testTarget(
            name: "ZcctlTests",
            dependencies: ["zcctl", "ZCProtocol", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming),
        // Starts the built zcd and zcctl binaries and drives them over a real socket.
        .testTarget(name: "DaemonEndToEndTests", dependencies: ["ZCProtocol"], swiftSettings: upcoming),
    ]
)
