import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The parts of a declaration document the engine writes as JSON. Their member names are the wire's: the document
/// goes out as stored, without decoding (see docs/protocol.md, `application.show`).
struct DocumentHeader: Encodable {
    struct Ref: Encodable {
        var code: String
        var name: String
    }

    struct BatchRef: Encodable {
        var id: Int64
        var name: String
    }

    var id: Int64
    var batch: BatchRef
    var employer: Ref
    var state: String
    var stateName: String
    var seriesCode: String
    var seriesName: String
    var qualificationCode: String
    var qualificationName: String
    var level: String
    var levelName: String
    var reviewMethod: String
    var route: String
    var specialty: String
    var createdAt: Date
    var updatedAt: Date
    var submittedAt: Date?
}

extension DocumentPerson {
    /// As canonical JSON, written directly (see `DocumentHeader.json`).
    var json: String {
        var o = #"{"birthDate":"#
        JSONText.append(birthDate, to: &o)
        o += #","gender":"#
        JSONText.append(gender, to: &o)
        o += #","idNumber":"#
        JSONText.append(idNumber, to: &o)
        o += #","name":"#
        JSONText.append(name, to: &o)
        return o + "}"
    }
}

extension DocumentHeader {
    /// The header as canonical JSON (members sorted, as `CanonicalJSON` writes them), built directly: it is written
    /// for every document a reviewer or applicant opens, and the general encoder cost more than the read.
    var json: String {
        var o = "{"
        o += #""batch":{"id":"# + String(batch.id) + #","name":"#
        JSONText.append(batch.name, to: &o)
        o += #"},"createdAt":"#
        JSONText.append(createdAt, to: &o)
        o += #","employer":{"code":"#
        JSONText.append(employer.code, to: &o)
        o += #","name":"#
        JSONText.append(employer.name, to: &o)
        o += #"},"id":"# + String(id)
        for (key, value) in [
            ("level", level), ("levelName", levelName), ("qualificationCode", qualificationCode),
            ("qualificationName", qualificationName), ("reviewMethod", reviewMethod), ("route", route),
            ("seriesCode", seriesCode), ("seriesName", seriesName), ("specialty", specialty), ("state", state),
            ("stateName", stateName),
        ] {
            o += #",""# + key + #"":"#
            JSONText.append(value, to: &o)
        }
        if let submittedAt {
            o += #","submittedAt":"#
            JSONText.append(submittedAt, to: &o)
        }
        o += #","updatedAt":"#
        JSONText.append(updatedAt, to: &o)
        return o + "}"
    }
}

/// JSON text pieces written the way `CanonicalJSON` (JSONEncoder: slashes unescaped, ISO 8601 dates in whole
/// seconds) writes them.
enum JSONText {
    static func append(_ s: String, to out: inout String) {
        out.append("\"")
        var plain = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
            plain = false
            break
        }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case _ where scalar.value < 0x20:
                    out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }

    static func append(_ date: Date, to out: inout String) {
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0" + String(n) : String(n) }
        out += "\"" + String(parts.tm_year + 1900) + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday) + "T"
            + two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z\""
    }
}

/// 申报人 — the person, from the account (not editable in the form).
struct DocumentPerson: Encodable {
    var name: String
    var gender: String
    var idNumber: String
    var birthDate: String
}

enum DocumentJSON {
    /// `{"person":…,"sections":{…}}` from stored section JSON, without decoding it.
    static func body(person: String, sections: [(key: String, content: String)]) -> String {
        var out = #"{"person":"# + person + #","sections":{"#
        for (i, s) in sections.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += "," }
            out += "\"" + s.key + "\":" + s.content
        }
        return out + "}}"
    }

    /// `{"application":HEADER,"person":…,"sections":…}`: the live header spliced in front of a body.
    static func document(header: String, body: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(header.utf8.count + body.count + 16)
        out += #"{"application":"#.utf8
        out += header.utf8
        out.append(UInt8(ascii: ","))
        out += body.dropFirst()
        return out
    }
}

/// `{"person":…,"sections":{…}}` from the live sections as they are read, each section's stored JSON copied from
/// SQLite's buffer without decoding. The rows must come in key order.
struct LiveBodyWriter {
    private var out: [UInt8]
    private var first = true

    init(person: DocumentPerson) {
        out = Array(#"{"person":"#.utf8)
        out += person.json.utf8
        out += #","sections":{"#.utf8
    }

    /// Adds the section whose key and stored JSON are columns `column` and `column + 1` of `row`.
    mutating func appendSection(_ row: Row, at column: Int) throws {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        try row.withUnsafeData(atIndex: column) { out += $0 ?? Data() }
        out += #"":"#.utf8
        try row.withUnsafeData(atIndex: column + 1) { out += $0 ?? Data() }
    }

    consuming func finish() -> [UInt8] {
        out += "}}".utf8
        return out
    }
}
