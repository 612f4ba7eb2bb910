import Foundation
import Testing
import ZCProtocol

/// The protocol's own JSON writer must write exactly what Foundation's `JSONEncoder` (with ZCJSON's options) writes,
/// for every message of every method and for the awkward values.
@Suite struct WireJSONEncoderTests {
    @Test func everySampleIsWrittenAsFoundationWritesIt() throws {
        for sample in Samples.list {
            for message in [sample.params, sample.result] {
                #expect(try message.encode() == message.encodeWithFoundation(), "\(message.name)")
            }
        }
    }

    struct Awkward: Codable {
        var text: String
        var map: [String: Int]
        var nested: [[String: AnyJSON]]
        var optional: Int?
        var absent: String?
        var date: Date
        var doubles: [Double]
    }

    @Test func awkwardValuesAreWrittenAsFoundationWritesThem() throws {
        let value = Awkward(
            text: "quote \" back\\slash /slash \u{01}\u{1F}\n\t\r\u{08}\u{0C} 中文 😀",
            map: ["z": 1, "a": 2, "中": 3, "B": 4], nested: [["k": .array([.null, .bool(true), .number(1.5), .string("x")])]],
            optional: 7, absent: nil, date: Date(timeIntervalSince1970: 1_795_000_000.999),
            doubles: [0, 10, -3, 0.5, 1e-7, 123456.25, 1e20])
        #expect(try ZCJSON.encode(value) == ZCJSON.encodeWithFoundation(value))
    }
}
