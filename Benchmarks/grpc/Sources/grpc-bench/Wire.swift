import GRPCCore

/// Messages are the raw bytes of a JSON document, the same bytes zcd carries in its frames: no protobuf, so that
/// only the transport (HTTP/2 + gRPC framing vs. a 4-byte length prefix) differs from zcd.
struct RawBytesSerializer: MessageSerializer {
    func serialize<Bytes: GRPCContiguousBytes>(_ message: [UInt8]) throws -> Bytes {
        Bytes(message)
    }
}

struct RawBytesDeserializer: MessageDeserializer {
    func deserialize<Bytes: GRPCContiguousBytes>(_ serializedMessageBytes: Bytes) throws -> [UInt8] {
        serializedMessageBytes.withUnsafeBytes { Array($0) }
    }
}

/// The service `zcd.Bench` and its unary methods, written by hand (what protoc-gen-grpc-swift would generate).
enum BenchMethods {
    static let service = ServiceDescriptor(package: "zcd", service: "Bench")
    /// Request ignored; answers `{}`.
    static let ping = MethodDescriptor(service: service, method: "Ping", type: .unary)
    /// `{"login":…,"password":…}` → `{"token":…}`.
    static let login = MethodDescriptor(service: service, method: "Login", type: .unary)
    /// `{"session":…,"application":N}` → the declaration document, as zcd's `application.show` returns it.
    static let read = MethodDescriptor(service: service, method: "Read", type: .unary)
}

/// The request and answer bodies, encoded and decoded with zcd's own JSON codec (ZCJSON).
struct LoginParams: Codable, Sendable {
    var login: String
    var password: String
}

struct LoginAnswer: Codable, Sendable {
    var token: String
}

struct ReadParams: Codable, Sendable {
    var session: String
    var application: Int64
}
