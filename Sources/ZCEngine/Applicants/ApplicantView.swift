public import Foundation

/// 申报人 — an applicant as the engine reports it to the admin of its employer.
public struct ApplicantView: Sendable, Equatable {
    /// 身份证号码 — also the account's login; shown in full to the admin who manages it.
    public var idNumber: String
    public var name: String
    /// From the 17th digit of the ID number.
    public var gender: ResidentID.Gender
    /// `YYYY-MM-DD`, from digits 7–14 of the ID number.
    public var birthDate: String
    public var phone: String?
    /// 申报单位 — the organisation whose admin created the account.
    public var employer: OrganizationSummary
    public var disabled: Bool
    public var mustChangePassword: Bool
    public var createdAt: Date
}

/// 创建申报人 — what the employer's admin gives.
public struct NewApplicant: Sendable {
    public var idNumber: String
    public var name: String
    public var phone: String?

    public init(idNumber: String, name: String, phone: String? = nil) {
        self.idNumber = idNumber
        self.name = name
        self.phone = phone
    }
}

/// 编辑申报人 — nil leaves a field as it is; an empty `phone` removes the phone number. The ID number never
/// changes: it is the login, and gender and birth date come from it.
public struct ApplicantChanges: Sendable {
    public var name: String?
    public var phone: String?

    public init(name: String? = nil, phone: String? = nil) {
        self.name = name
        self.phone = phone
    }
}
