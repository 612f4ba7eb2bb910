import GRDB

/// A row of `reference_series`.
struct ReferenceSeriesRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "reference_series"

    var code: String
    var name: String
    var verified: Bool
    var retired: Bool
    /// Display order, from the seed's order.
    var position: Int
}

/// A row of `reference_qualification`.
struct ReferenceQualificationRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "reference_qualification"

    var code: String
    var seriesCode: String
    var name: String
    var level: String
    var retired: Bool
    /// Display order within the series, from the seed's order.
    var position: Int
}
