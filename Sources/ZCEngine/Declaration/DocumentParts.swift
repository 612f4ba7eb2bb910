import Foundation

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
    static func document(header: String, body: String) -> String {
        #"{"application":"# + header + "," + body.dropFirst()
    }
}
