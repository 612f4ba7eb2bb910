public import Foundation

/// `audit.*`: reading the audit trail (审计). Both methods only read: no method changes or deletes an audit event,
/// and the store refuses it whoever asks. Reading is not itself audited.

/// The audit trail of one case, newest first.
public struct AuditCaseRequest: ZCRequest {
    public typealias Response = Page<AuditEventInfo>
    public static let method = "audit.case"
    public static let summary = "The audit trail of one case, newest first, paged, by time range"
    public static let access = Access(
        [.orgAdmin, .handler, .leader],
        scope: "admin of the case's employer or above; staff of an organisation on the case's chain")

    /// The case (application id).
    public var application: Int64
    /// Events at or after this time.
    public var from: Date?
    /// Events before this time.
    public var to: Date?
    public var page: PageParams?

    public init(application: Int64, from: Date? = nil, to: Date? = nil, page: PageParams? = nil) {
        self.application = application
        self.from = from
        self.to = to
        self.page = page
    }
}

/// The audit trail of an organisation, newest first.
public struct AuditOrganizationRequest: ZCRequest {
    public typealias Response = Page<AuditEventInfo>
    public static let method = "audit.organization"
    public static let summary = "The audit trail of an organisation (optionally with everything below it), newest first"
    public static let access = Access([.orgAdmin], scope: "admin of the organisation or of one above it")

    /// 机构编码 of the organisation.
    public var code: String
    /// Events at or after this time.
    public var from: Date?
    /// Events before this time.
    public var to: Date?
    /// One action (`review.pass`) or a family (`review.*`).
    public var action: String?
    /// Also the events of every organisation below it (default false).
    public var subtree: Bool?
    public var page: PageParams?

    public init(
        code: String, from: Date? = nil, to: Date? = nil, action: String? = nil, subtree: Bool? = nil,
        page: PageParams? = nil
    ) {
        self.code = code
        self.from = from
        self.to = to
        self.action = action
        self.subtree = subtree
        self.page = page
    }
}
