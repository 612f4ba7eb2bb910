/// `ref.*`: the reference data — title series, levels and qualifications. Public: anyone may read it. The data is
/// seeded from the list built into zcd at the first start; editing it is not offered yet.

/// 评审系列 — every series with its qualifications by level.
public struct RefSeriesRequest: ZCRequest {
    public typealias Response = [SeriesInfo]
    public static let method = "ref.series"
    public static let summary = "List the title series with their qualifications by level"
    public static let access = Access.anyone

    /// Also list retired series and qualifications (default false).
    public var includeRetired: Bool?

    public init(includeRetired: Bool? = nil) {
        self.includeRetired = includeRetired
    }
}

/// 资格名称 — the qualifications of one series, optionally of one level. Fails with `not_found` for an unknown series.
public struct RefQualificationsRequest: ZCRequest {
    public typealias Response = [QualificationInfo]
    public static let method = "ref.qualifications"
    public static let summary = "List the qualifications of one series, optionally of one level"
    public static let access = Access.anyone

    /// The series code, e.g. `zhongxiaoxue`.
    public var series: String
    /// Only this level.
    public var level: TitleLevel?

    public init(series: String, level: TitleLevel? = nil) {
        self.series = series
        self.level = level
    }
}
