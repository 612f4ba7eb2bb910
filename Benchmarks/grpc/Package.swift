// swift-tools-version:6.0
// grpc-bench — zcd's ping and read workloads served over gRPC (grpc-swift 2, HTTP/2 on a Unix socket), to compare
// with zcd's length-prefixed JSON. A separate package so that zcd's own build never pulls in gRPC.
import PackageDescription

let package = Package(
    name: "grpc-bench",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/grpc/grpc-swift-2", exact: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport", exact: "2.9.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", exact: "0.2.0"),
        // The engine takes a Logger; the same version zcd pins.
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // zcd itself, for its engine (the same work `application.show` does) and its JSON codec.
        .package(name: "zcd", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "grpc-bench",
            dependencies: [
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2Posix", package: "grpc-swift-nio-transport"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZCEngine", package: "zcd"),
                .product(name: "ZCProtocol", package: "zcd"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
