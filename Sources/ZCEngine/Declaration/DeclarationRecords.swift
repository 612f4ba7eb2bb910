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
    /// Read column by column rather than through `Decodable`: every request reads an application, and the
    /// decoder's per-column snake_case conversion cost more than the rest of the read.
    init(row: Row) throws {
        id = row["id"]
        batchId = row["batch_id"]
        applicantAccountId = row["applicant_account_id"]
        employerOrganizationId = row["employer_organization_id"]
        state = row["state"]
        reviewMethod = row["review_method"]
        route = row["route"]
        seriesCode = row["series_code"]
        qualificationCode = row["qualification_code"]
        level = row["level"]
        specialty = row["specialty"]
        snapshotId = row["snapshot_id"]
        createdAt = row["created_at"]
        updatedAt = row["updated_at"]
        submittedAt = row["submitted_at"]
        round = row["round"]
        reviewOrganizationId = row["review_organization_id"]
        reviewStage = row["review_stage"]
        reviewSeq = row["review_seq"]
        waitingSince = row["waiting_since"]
        chainEndOrganizationId = row["chain_end_organization_id"]
        returnMarks = row["return_marks"]
        returnReason = row["return_reason"]
        committeeId = row["committee_id"]
        routing = row["routing"]
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
