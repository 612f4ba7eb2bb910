public import Foundation

/// 黑名单 — one listing of a person.
public struct BlacklistEntryInfo: Codable, Hashable, Sendable {
    public var id: Int64
    /// The person's resident ID number: the listing follows the person across accounts.
    public var idNumber: String
    public var name: String
    /// Why the person was listed (the reviewer's opinion).
    public var reason: String
    public var listedAt: Date
    /// No declaration may be submitted before this time (three years after listing), unless lifted.
    public var until: Date
    /// The organisation whose reviewer listed the person.
    public var organization: OrganizationRef?
    /// The reviewer who listed the person.
    public var listedBy: AuditActor?
    /// The case (application id) that led to the listing.
    public var `case`: Int64?
    /// Still blocking submissions: not lifted and not expired.
    public var active: Bool
    /// Present once lifted.
    public var lifted: BlacklistLiftInfo?

    public init(
        id: Int64, idNumber: String, name: String, reason: String, listedAt: Date, until: Date,
        organization: OrganizationRef?, listedBy: AuditActor?, case: Int64?, active: Bool, lifted: BlacklistLiftInfo?
    ) {
        self.id = id
        self.idNumber = idNumber
        self.name = name
        self.reason = reason
        self.listedAt = listedAt
        self.until = until
        self.organization = organization
        self.listedBy = listedBy
        self.case = `case`
        self.active = active
        self.lifted = lifted
    }
}

/// When, by whom and why an entry was lifted.
public struct BlacklistLiftInfo: Codable, Hashable, Sendable {
    public var at: Date
    public var by: AuditActor?
    public var reason: String

    public init(at: Date, by: AuditActor?, reason: String) {
        self.at = at
        self.by = by
        self.reason = reason
    }
}
