import Foundation
import GRDB

/// A row of `review_step`.
struct ReviewStepRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "review_step"

    var id: Int64?
    var applicationId: Int64
    var round: Int
    var organizationId: Int64
    var stage: String
    var reviewerAccountId: Int64?
    var outcome: String
    var opinion: String?
    var marks: String?
    var decidedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

