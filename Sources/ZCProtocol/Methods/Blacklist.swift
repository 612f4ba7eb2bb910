/// `blacklist.*`: 黑名单 — people listed by a reviewer's 加入黑名单 may not submit any declaration for three years.
/// Title-reform offices list the entries made at or below them and lift one with a reason.

/// The blacklist entries made at or below the caller's office, newest first.
public struct BlacklistListRequest: ZCRequest {
    public typealias Response = Page<BlacklistEntryInfo>
    public static let method = "blacklist.list"
    public static let summary = "List the blacklist (黑名单) entries made at or below the caller's title-reform office"
    public static let access = Access([.orgAdmin], scope: "admin of a title-reform office; entries at or below it")

    /// Part of the person's name, or the start of the ID number.
    public var query: String?
    /// Leave out lifted and expired entries (default true).
    public var activeOnly: Bool?
    public var page: PageParams?

    public init(query: String? = nil, activeOnly: Bool? = nil, page: PageParams? = nil) {
        self.query = query
        self.activeOnly = activeOnly
        self.page = page
    }
}

/// 解除黑名单 — the person may submit again at once.
public struct BlacklistLiftRequest: ZCRequest {
    public typealias Response = BlacklistEntryInfo
    public static let method = "blacklist.lift"
    public static let summary = "Lift a blacklist entry with a reason (audited); the person may submit again at once"
    public static let access = Access(
        [.orgAdmin], scope: "admin of a title-reform office at or above the listing organisation")

    /// The entry's id.
    public var entry: Int64
    /// Why it is lifted: 1 to 500 characters.
    public var reason: String

    public init(entry: Int64, reason: String) {
        self.entry = entry
        self.reason = reason
    }
}
