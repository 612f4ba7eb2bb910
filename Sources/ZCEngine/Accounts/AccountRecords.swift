import Foundation
import GRDB

/// A row of `account`.
struct AccountRecord: Codable, FetchableRecord, SnakeCaseRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "account"

    var id: Int64?
    var login: String
    var kind: String
    var organizationId: Int64
    var displayName: String
    var staffType: String?
    var passwordHash: String
    var mustChangePassword: Bool
    var failedLogins: Int
    var lockedUntil: Date?
    var disabled: Bool
    var passwordChangedAt: Date?
    var createdAt: Date
    var updatedAt: Date
    /// A staff member's phone (column added in v2).
    var phone: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `session`.
struct SessionRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "session"

    var tokenHash: Data
    var accountId: Int64
    var createdAt: Date
    var expiresAt: Date
    var lastSeenAt: Date
    var peerUid: Int64
    var peerPid: Int64
}

/// A row of `account_permission`.
struct AccountPermissionRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "account_permission"

    var accountId: Int64
    var permission: String
}
