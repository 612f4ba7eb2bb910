import Foundation
import ZCProtocol

/// The example declaration of `examples/declaration/`, one JSON file per section, read as the README tells a
/// person to use it: every evidence placeholder `0` is replaced by the id of an uploaded file.
enum ExampleDeclaration {
    /// `examples/declaration/` of this checkout.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../examples/declaration").standardizedFileURL.path

    /// The sections saved with `application.save<Section>`, in the form's order (申报信息 comes with the start).
    static let savedSections: [SectionKey] = SectionKey.allCases.filter { $0 != .declaration }

    /// The path of a section's file.
    static func path(_ section: SectionKey) -> String { folder + "/\(section.rawValue).json" }

    /// A section's file as it is in the repository — except that 基础信息's appraisal years move with the calendar
    /// (they must be the five years before the current one, Beijing time), as fill.sh does too.
    static func content(_ section: SectionKey) throws -> AnyJSON {
        guard let data = FileManager.default.contents(atPath: path(section)) else {
            throw HarnessError("cannot read \(path(section))")
        }
        let content = try ZCJSON.decode(AnyJSON.self, from: Array(data))
        return section == .basicInfo ? withCurrentAppraisalYears(content) : content
    }

    /// The appraisals shifted so that the latest is last year's.
    static func withCurrentAppraisalYears(_ basicInfo: AnyJSON) -> AnyJSON {
        guard case .object(var members) = basicInfo, case .array(let appraisals)? = members["appraisals"] else {
            return basicInfo
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let lastYear = Double(calendar.component(.year, from: Date()) - 1)
        let years = appraisals.compactMap { if case .number(let y)? = $0["year"] { y } else { nil } }
        let shift = lastYear - (years.max() ?? lastYear)
        members["appraisals"] = .array(
            appraisals.map { entry in
                guard case .object(var a) = entry, case .number(let year)? = a["year"] else { return entry }
                a["year"] = .number(year + shift)
                return .object(a)
            })
        return .object(members)
    }

    /// `content` with each placeholder replaced by `upload(place)`, where `place` names it the way the daemon
    /// names fields: `education.entries[0].evidence[1]`, `workSummary.summaryFile`.
    static func filled(_ section: SectionKey, upload: (String) throws -> Int64) throws -> AnyJSON {
        try replacingPlaceholders(try content(section), path: section.rawValue, upload: upload)
    }

    static func replacingPlaceholders(_ value: AnyJSON, path: String, upload: (String) throws -> Int64) throws
        -> AnyJSON
    {
        switch value {
        case .object(let members):
            var out: [String: AnyJSON] = [:]
            for (key, member) in members {
                let place = path + "." + key
                switch (key, member) {
                case ("evidence", .array(let items)):
                    out[key] = .array(
                        try items.enumerated().map { i, item in
                            item == .number(0) ? .number(Double(try upload(place + "[\(i)]"))) : item
                        })
                case ("summaryFile", .number(0)):
                    out[key] = .number(Double(try upload(place)))
                default:
                    out[key] = try replacingPlaceholders(member, path: place, upload: upload)
                }
            }
            return .object(out)
        case .array(let items):
            return .array(
                try items.enumerated().map { i, item in
                    try replacingPlaceholders(item, path: path + "[\(i)]", upload: upload)
                })
        default:
            return value
        }
    }

    /// `content` without any evidence: each `evidence` list empty and no `summaryFile` — a draft that saves but
    /// cannot be submitted.
    static func withoutEvidence(_ value: AnyJSON) -> AnyJSON {
        switch value {
        case .object(let members):
            var out: [String: AnyJSON] = [:]
            for (key, member) in members where key != "summaryFile" {
                out[key] = key == "evidence" ? .array([]) : withoutEvidence(member)
            }
            return .object(out)
        case .array(let items): return .array(items.map(withoutEvidence))
        default: return value
        }
    }

    /// Every placeholder of a section, named as `filled` names them (to count uploads, or to plan them).
    static func placeholders(_ section: SectionKey) throws -> [String] {
        var places: [String] = []
        _ = try filled(section) { place in
            places.append(place)
            return 0
        }
        return places
    }

    /// What the daemon stores for `sent`: the same, except that each paper gains `counted` (true exactly when it has
    /// a verification URL).
    static func expectedStored(_ section: SectionKey, sent: AnyJSON) -> AnyJSON {
        guard section == .papers, case .object(var members) = sent, case .array(let entries)? = members["entries"]
        else { return sent }
        members["entries"] = .array(
            entries.map { entry in
                guard case .object(var paper) = entry else { return entry }
                paper["counted"] = .bool(paper["verificationURL"] != nil)
                return .object(paper)
            })
        return .object(members)
    }
}

extension AnyJSON {
    /// Compact JSON text, members sorted by name (an AnyJSON always encodes).
    var text: String {
        (try? ZCJSON.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "(not encodable)"
    }

    /// The member `key` of an object.
    subscript(key: String) -> AnyJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
