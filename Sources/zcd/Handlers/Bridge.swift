import Foundation
import ZCProtocol

/// Converts between a wire type and the engine type of the same JSON shape (the form's sections), through their
/// common JSON. The shapes are kept equal on purpose — sections are stored as that JSON — and a test round-trips a
/// full sample of every section through both.
enum Bridge {
    static func convert<From: Encodable, To: Decodable>(_ value: From, to: To.Type) throws -> To {
        try ZCJSON.decode(To.self, from: try ZCJSON.encode(value))
    }
}
