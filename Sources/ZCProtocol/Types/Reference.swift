/// 职称层级 — the level of a qualification. 员级 and 助理级 together are 初级.
public enum TitleLevel: String, WireEnum {
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
}

/// 评委会级别 — the level of a review committee: 初级 reviews 员级 and 助理级, 中级 reviews 中级, 高级 reviews 副高级
/// and 正高级.
public enum CommitteeLevel: String, WireEnum {
    /// 初级
    case chuji
    /// 中级
    case zhongji
    /// 高级
    case gaoji
}

/// 职称系列 — a title series with its qualifications by level, as `ref.series` lists it.
public struct SeriesInfo: Codable, Hashable, Sendable {
    /// Stable short pinyin code, e.g. `zhongxiaoxue`.
    public var code: String
    /// The Chinese name, e.g. 中小学教师.
    public var name: String
    /// False where the names still await the province's check.
    public var verified: Bool
    /// A retired series takes no new committees; listed only with `includeRetired`.
    public var retired: Bool
    /// The levels that have qualifications, lowest first; a series may lack a level.
    public var levels: [SeriesLevel]

    public init(code: String, name: String, verified: Bool, retired: Bool, levels: [SeriesLevel]) {
        self.code = code
        self.name = name
        self.verified = verified
        self.retired = retired
        self.levels = levels
    }
}

/// One level of a series with its qualifications.
public struct SeriesLevel: Codable, Hashable, Sendable {
    public var level: TitleLevel
    /// 员级, 助理级, 中级, 副高级 or 正高级.
    public var levelName: String
    /// In the series' order; several where a series has tracks (卫生: 医/药/护/技).
    public var qualifications: [QualificationRef]

    public init(level: TitleLevel, levelName: String, qualifications: [QualificationRef]) {
        self.level = level
        self.levelName = levelName
        self.qualifications = qualifications
    }
}

/// A qualification named by code and name.
public struct QualificationRef: Codable, Hashable, Sendable {
    /// Stable code, unique across all series, e.g. `zhongxiaoxue.zhongji`.
    public var code: String
    /// The Chinese name, e.g. 一级教师.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A series named by code and name.
public struct SeriesRef: Codable, Hashable, Sendable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// 资格 — one qualification with its level and series, as `ref.qualifications` lists it.
public struct QualificationInfo: Codable, Hashable, Sendable {
    /// Stable code, unique across all series, e.g. `zhongxiaoxue.zhongji`.
    public var code: String
    /// The Chinese name, e.g. 一级教师.
    public var name: String
    public var level: TitleLevel
    /// 员级 … 正高级.
    public var levelName: String
    /// The level of committee that reviews it.
    public var committeeLevel: CommitteeLevel
    public var series: SeriesRef

    public init(
        code: String, name: String, level: TitleLevel, levelName: String, committeeLevel: CommitteeLevel,
        series: SeriesRef
    ) {
        self.code = code
        self.name = name
        self.level = level
        self.levelName = levelName
        self.committeeLevel = committeeLevel
        self.series = series
    }
}
