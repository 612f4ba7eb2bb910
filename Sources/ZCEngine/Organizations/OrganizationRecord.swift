import Foundation
import GRDB

/// A row of `organization`.
struct OrganizationRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "organization"

    var id: Int64?
    var code: String
    var parentId: Int64?
    var kind: String
    var category: String?
    var nature: String?
    var name: String
    var address: String?
    var contactPerson: String?
    var contactPhone: String?
    var disabled: Bool
    var createdAt: Date
    var updatedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
