import Foundation
import GRDB

/// A row of `batch`.
struct BatchRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "batch"

    var id: Int64?
    var officeOrganizationId: Int64
    var year: Int
    var name: String
    var opensAt: Date
    var closesAt: Date
    var archived: Bool
    var createdAt: Date
    var updatedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `application`.
struct ApplicationRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "application"

    var id: Int64?
    var batchId: Int64
    var applicantAccountId: Int64
    var employerOrganizationId: Int64
    var state: String
    var reviewMethod: String
    var route: String
    var seriesCode: String
    var qualificationCode: String
    var level: String
    var specialty: String
    var snapshotId: Int64?
    var createdAt: Date
    var updatedAt: Date
    var submittedAt: Date?
    // The review chain's columns (migration v6).
    var round: Int = 0
    var reviewOrganizationId: Int64? = nil
    var reviewStage: String? = nil
    var reviewSeq: Int = 0
    var waitingSince: Date? = nil
    var chainEndOrganizationId: Int64? = nil
    var returnMarks: String? = nil
    var returnReason: String? = nil
    var committeeId: Int64? = nil
    var routing: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ApplicationRecord {
    /// The table's columns in their order in the schema (v4's, then v6's additions); `SELECT *` returns them so.
    static let columns = [
        "id", "batch_id", "applicant_account_id", "employer_organization_id", "state", "review_method", "route",
        "series_code", "qualification_code", "level", "specialty", "snapshot_id", "created_at", "updated_at",
        "submitted_at", "round", "review_organization_id", "review_stage", "review_seq", "waiting_since",
        "chain_end_organization_id", "return_marks", "return_reason", "committee_id", "routing",
    ]

    /// Read column by column rather than through `Decodable`: every request reads an application, and the
    /// decoder's per-column snake_case conversion cost more than the rest of the read. A whole row (`SELECT *`,
    /// checked against the schema by a test) is read by position; any other row by name.
    init(row: Row) throws {
        if row.count == Self.columns.count {
            try self.init(leading: row)
            return
        }
        let c = Self.columns
        self.init(
            id: row[c[0]], batchId: row[c[1]], applicantAccountId: row[c[2]], employerOrganizationId: row[c[3]],
            state: row[c[4]], reviewMethod: row[c[5]], route: row[c[6]], seriesCode: row[c[7]],
            qualificationCode: row[c[8]], level: row[c[9]], specialty: row[c[10]], snapshotId: row[c[11]],
            createdAt: row[c[12]], updatedAt: row[c[13]], submittedAt: row[c[14]], round: row[c[15]],
            reviewOrganizationId: row[c[16]], reviewStage: row[c[17]], reviewSeq: row[c[18]],
            waitingSince: row[c[19]], chainEndOrganizationId: row[c[20]], returnMarks: row[c[21]],
            returnReason: row[c[22]], committeeId: row[c[23]], routing: row[c[24]])
    }

    /// The application from the first `columns.count` columns of a row that starts with `application.*`.
    init(leading row: Row) throws {
        self.init(
            id: row[0], batchId: row[1], applicantAccountId: row[2], employerOrganizationId: row[3], state: row[4],
            reviewMethod: row[5], route: row[6], seriesCode: row[7], qualificationCode: row[8], level: row[9],
            specialty: row[10], snapshotId: row[11], createdAt: row[12], updatedAt: row[13], submittedAt: row[14],
            round: row[15], reviewOrganizationId: row[16], reviewStage: row[17], reviewSeq: row[18],
            waitingSince: row[19], chainEndOrganizationId: row[20], returnMarks: row[21], returnReason: row[22],
            committeeId: row[23], routing: row[24])
    }
}

/// A row of `application_section`.
struct SectionRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "application_section"

    var applicationId: Int64
    var section: String
    var content: String
    var revision: Int
    var savedAt: Date
}

/// A row of `application_snapshot`.
struct SnapshotRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "application_snapshot"

    var id: Int64?
    var applicationId: Int64
    var submittedAt: Date
    var document: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The one JSON form sections and documents are stored in: keys sorted, slashes unescaped, the same bytes the wire
/// carries, so a stored section is sent back exactly as saved.
enum CanonicalJSON {
    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
    private static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
