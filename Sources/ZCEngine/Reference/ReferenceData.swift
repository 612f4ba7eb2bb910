public import Foundation

/// 职称层级 — the level of a qualification. 员级 and 助理级 together are 初级. [series.md]
public enum TitleLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// 员级
    case yuan
    /// 助理级
    case zhuli
    /// 中级
    case zhongji
    /// 副高级
    case fugao
    /// 正高级
    case zhenggao

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .yuan: "员级"
        case .zhuli: "助理级"
        case .zhongji: "中级"
        case .fugao: "副高级"
        case .zhenggao: "正高级"
        }
    }

    /// The committee level that reviews this level: 员级/助理级 → 初级, 中级 → 中级, 副高级/正高级 → 高级.
    public var committeeLevel: CommitteeLevel {
        switch self {
        case .yuan, .zhuli: .chuji
        case .zhongji: .zhongji
        case .fugao, .zhenggao: .gaoji
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: TitleLevel, rhs: TitleLevel) -> Bool { lhs.order < rhs.order }
}

/// 评委会级别 — the level of a review committee (评委会): 初级, 中级 or 高级.
public enum CommitteeLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// 初级 — 员级 and 助理级.
    case chuji
    /// 中级
    case zhongji
    /// 高级 — 副高级 and 正高级.
    case gaoji

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .chuji: "初级"
        case .zhongji: "中级"
        case .gaoji: "高级"
        }
    }

    /// The qualification levels this committee level reviews.
    public var titleLevels: [TitleLevel] { TitleLevel.allCases.filter { $0.committeeLevel == self } }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: CommitteeLevel, rhs: CommitteeLevel) -> Bool { lhs.order < rhs.order }
}

/// 资格 — a qualification (title) within a series, e.g. 一级教师: what an applicant applies for (申报资格).
public struct Qualification: Hashable, Sendable, Codable {
    /// Stable code, unique across all series: `<series>.<level>`, or `<series>.<track>.<level>` where a series has
    /// several tracks (卫生 医/药/护/技), e.g. `zhongxiaoxue.zhongji`, `weisheng.hu.fugao`.
    public var code: String
    /// The Chinese name, e.g. 一级教师.
    public var name: String
    public var level: TitleLevel

    public init(code: String, name: String, level: TitleLevel) {
        self.code = code
        self.name = name
        self.level = level
    }
}

/// 职称系列 — a title series, e.g. 中小学教师, with its qualifications.
public struct Series: Hashable, Sendable, Codable {
    /// Stable short pinyin code, e.g. `zhongxiaoxue`.
    public var code: String
    /// The Chinese name.
    public var name: String
    /// False where the names still await the province's check (rows 14–27 of the researched list).
    public var verified: Bool
    /// Ordered by level; a series may lack a level, or (for now) have none listed.
    public var qualifications: [Qualification]

    public init(code: String, name: String, verified: Bool, qualifications: [Qualification]) {
        self.code = code
        self.name = name
        self.verified = verified
        self.qualifications = qualifications
    }

    /// The qualifications at `level`, in file order.
    public func qualifications(at level: TitleLevel) -> [Qualification] {
        qualifications.filter { $0.level == level }
    }
}

/// 基础数据 — the series and qualifications the system starts with. The shipped file is the seed; the province edits
/// the data in the database afterwards.
public struct ReferenceData: Hashable, Sendable, Codable {
    /// The file format this build reads.
    public static let formatVersion = 1

    public var formatVersion: Int
    public var series: [Series]

    public init(series: [Series]) {
        self.formatVersion = Self.formatVersion
        self.series = series
    }

    /// The series with `code`.
    public func series(code: String) -> Series? { series.first { $0.code == code } }

    /// The qualification with `code`, with its series.
    public func qualification(code: String) -> (series: Series, qualification: Qualification)? {
        for entry in series {
            if let found = entry.qualifications.first(where: { $0.code == code }) { return (entry, found) }
        }
        return nil
    }
}

/// Why the reference data file could not be used. A startup failure of the seed, not a caller's error, so it stays
/// out of ``EngineError``.
public enum ReferenceDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The resource is not in the bundle.
    case missingResource(String)
    /// The file is not JSON of the expected shape; the message names the path, e.g.
    /// `series[3].qualifications[1].level`.
    case malformed(String)
    /// The file's `formatVersion` is not the one this build reads.
    case unsupportedFormatVersion(Int)
    /// The content breaks a rule (duplicate or badly formed code, empty name).
    case invalid(String)

    public var description: String {
        switch self {
        case .missingResource(let name): "reference data: resource \(name) is missing from the bundle"
        case .malformed(let message): "reference data: malformed file: \(message)"
        case .unsupportedFormatVersion(let version):
            "reference data: format version \(version) is not supported "
                + "(this build reads \(ReferenceData.formatVersion))"
        case .invalid(let message): "reference data: \(message)"
        }
    }
}

extension ReferenceData {
    /// The seed compiled into the binary (`SeriesSeed`).
    public static func bundled() throws(ReferenceDataError) -> ReferenceData {
        try decode(Data(SeriesSeed.json.utf8))
    }

    /// Reads, decodes and validates the reference data file at `url`.
    public static func load(contentsOf url: URL) throws(ReferenceDataError) -> ReferenceData {
        guard let data = try? Data(contentsOf: url) else { throw .missingResource(url.path) }
        return try decode(data)
    }

    /// Decodes and validates a reference data file.
    public static func decode(_ data: Data) throws(ReferenceDataError) -> ReferenceData {
        let decoded: ReferenceData
        do {
            decoded = try JSONDecoder().decode(ReferenceData.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(Self.describe(error))
        } catch {
            throw .malformed("\(error)")
        }
        try decoded.validate()
        return decoded
    }

    /// Checks the rules the decoder cannot: the format version; codes of lower-case ASCII letters and digits in
    /// dot-separated parts, each starting with a letter; series codes unique; qualification codes unique across all
    /// series and prefixed by their series code and a dot; series names unique; no empty name.
    public func validate() throws(ReferenceDataError) {
        guard formatVersion == Self.formatVersion else { throw .unsupportedFormatVersion(formatVersion) }
        guard !series.isEmpty else { throw .invalid("no series") }
        var seriesCodes: Set<String> = []
        var seriesNames: Set<String> = []
        var qualificationCodes: Set<String> = []
        for (index, entry) in series.enumerated() {
            let place = "series[\(index)]"
            guard Self.isWellFormedCode(entry.code) else {
                throw .invalid("\(place): badly formed code \"\(entry.code)\"")
            }
            guard seriesCodes.insert(entry.code).inserted else {
                throw .invalid("\(place): duplicate series code \(entry.code)")
            }
            guard !Self.isBlank(entry.name) else { throw .invalid("\(place) (\(entry.code)): empty name") }
            guard seriesNames.insert(entry.name).inserted else {
                throw .invalid("\(place) (\(entry.code)): duplicate series name \(entry.name)")
            }
            for (qIndex, qualification) in entry.qualifications.enumerated() {
                let qPlace = "\(place).qualifications[\(qIndex)]"
                let code = qualification.code
                guard Self.isWellFormedCode(code), code.hasPrefix(entry.code + ".") else {
                    let rule = "must be \"\(entry.code).\" followed by lower-case letters and digits"
                    throw .invalid("\(qPlace): code \"\(code)\" \(rule)")
                }
                guard qualificationCodes.insert(code).inserted else {
                    throw .invalid("\(qPlace): duplicate qualification code \(code)")
                }
                guard !Self.isBlank(qualification.name) else { throw .invalid("\(qPlace) (\(code)): empty name") }
            }
        }
    }

    private static func isWellFormedCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard let first = part.utf8.first, (0x61...0x7A).contains(first) else { return false }
            return part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)): missing key \"\(key.stringValue)\""
        @unknown default:
            return "\(error)"
        }
    }
}
