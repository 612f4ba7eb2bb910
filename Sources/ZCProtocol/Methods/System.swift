/// `system.*`: bootstrap and rescue, for operators on the host.

/// 系统初始化 — creates the provincial title-reform office (省职改办) and its admin account; once only.
public struct SystemInitRequest: ZCRequest, Hashable {
    public typealias Response = SystemInitResult
    public static let method = "system.init"
    public static let summary = "Create the provincial title-reform office and its admin account (once)"
    public static let access = Access.operatorOnly

    /// The office's 2-digit code; default `13` (Hebei).
    public var code: String?
    /// The office's name; default `河北省职称改革领导小组办公室`.
    public var name: String?

    public init(code: String? = nil, name: String? = nil) {
        self.code = code
        self.name = name
    }
}

public struct SystemInitResult: Codable, Hashable, Sendable {
    public var organization: OrganizationRef
    /// The admin account and its initial password, shown this once.
    public var admin: IssuedCredentials

    public init(organization: OrganizationRef, admin: IssuedCredentials) {
        self.organization = organization
        self.admin = admin
    }
}

/// 重置省级管理员密码 — rescue: a new initial password for the provincial office's admin.
public struct ResetProvinceAdminPasswordRequest: ZCRequest, Hashable {
    public typealias Response = IssuedCredentials
    public static let method = "system.resetProvinceAdminPassword"
    public static let summary = "Give the provincial office's admin a new initial password (rescue)"
    public static let access = Access.operatorOnly
    public init() {}
}
