public import Foundation

/// 黑名单 — one listing of a person: they may not submit any declaration until `until`, unless it is lifted.
public struct BlacklistEntryView: Sendable, Equatable {
    public var id: Int64
    /// The person's resident ID number (the listing follows the person, not the account).
    public var idNumber: String
    public var name: String
    /// Why the person was listed (the reviewer's opinion).
    public var reason: String
    public var listedAt: Date
    public var until: Date
    /// The organisation whose reviewer listed the person.
    public var organizationCode: String?
    public var organizationName: String?
    public var listedByLogin: String?
    public var listedByName: String?
    /// The case that led to the listing.
    public var caseID: Int64?
    /// Still blocking submissions: not lifted and not past `until`.
    public var active: Bool
    public var liftedAt: Date?
    public var liftedByLogin: String?
    public var liftedByName: String?
    public var liftReason: String?
}
