/// 职称系列 — a series as the store holds it now, with its qualifications grouped by level.
public struct SeriesView: Sendable, Equatable {
    /// The qualifications of one level of a series.
    public struct Level: Sendable, Equatable {
        public var level: TitleLevel
        /// In the series' order.
        public var qualifications: [Qualification]
    }

    public var code: String
    public var name: String
    /// False where the names still await the province's check.
    public var verified: Bool
    /// A retired series takes no new committees.
    public var retired: Bool
    /// Only the levels that have qualifications, lowest first.
    public var levels: [Level]

    /// The committee levels this series can have committees at: those with a qualification.
    public var committeeLevels: Set<CommitteeLevel> { Set(levels.map(\.level.committeeLevel)) }
}

/// 资格 — one qualification with its series, as `ref.qualifications` lists it.
public struct QualificationView: Sendable, Equatable {
    public var code: String
    public var name: String
    public var level: TitleLevel
    public var seriesCode: String
    public var seriesName: String
}
