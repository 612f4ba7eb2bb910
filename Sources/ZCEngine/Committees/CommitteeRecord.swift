import Foundation
import GRDB

/// A row of `committee`.
struct CommitteeRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "committee"

    var id: Int64?
    var code: String
    var name: String
    var seriesCode: String
    var level: String
    var reviewType: String
    var formingOrganizationId: Int64
    var authorityOrganizationId: Int64
    var ownerOrganizationId: Int64
    var disabled: Bool
    var createdAt: Date
    var updatedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `committee_specialty`.
struct CommitteeSpecialtyRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "committee_specialty"

    var committeeId: Int64
    var specialty: String
}

/// A committee joined with the names it refers to: what a list or show reads in one query.
struct CommitteeRow: Decodable, FetchableRecord, SnakeCaseRecord, Sendable {

    var id: Int64
    var code: String
    var name: String
    var seriesCode: String
    var seriesName: String?
    var level: String
    var reviewType: String
    var formingCode: String
    var formingName: String
    var authorityCode: String
    var authorityName: String
    var ownerCode: String
    var ownerName: String
    var disabled: Bool
    var createdAt: Date
    var updatedAt: Date

    /// The SELECT … FROM … that yields these columns; append WHERE, ORDER BY and LIMIT.
    static let select = """
        SELECT c.id, c.code, c.name, c.series_code, s.name AS series_name, c.level, c.review_type,
               f.code AS forming_code, f.name AS forming_name, a.code AS authority_code, a.name AS authority_name,
               o.code AS owner_code, o.name AS owner_name, c.disabled, c.created_at, c.updated_at
        FROM committee c
        LEFT JOIN reference_series s ON s.code = c.series_code
        JOIN organization f ON f.id = c.forming_organization_id
        JOIN organization a ON a.id = c.authority_organization_id
        JOIN organization o ON o.id = c.owner_organization_id
        """
}
