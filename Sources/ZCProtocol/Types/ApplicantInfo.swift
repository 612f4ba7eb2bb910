public import Foundation

/// 性别 — as the 17th digit of the resident ID number gives it (odd: male).
public enum Gender: String, WireEnum {
    /// 男
    case male
    /// 女
    case female
}

/// 申报人 — an applicant, as the admin of its employer sees it.
public struct ApplicantInfo: Codable, Hashable, Sendable {
    /// 身份证号码 — 18 characters, the last a digit or `X`; also the login.
    public var idNumber: String
    public var name: String
    public var gender: Gender
    /// 男 or 女.
    public var genderName: String
    /// `YYYY-MM-DD`, from the ID number.
    public var birthDate: String
    public var phone: String?
    /// 申报单位 — the organisation that created the account.
    public var employer: OrganizationRef
    public var disabled: Bool
    /// True until the initial or reset password has been changed.
    public var mustChangePassword: Bool
    public var createdAt: Date

    public init(
        idNumber: String, name: String, gender: Gender, genderName: String, birthDate: String, phone: String? = nil,
        employer: OrganizationRef, disabled: Bool, mustChangePassword: Bool, createdAt: Date
    ) {
        self.idNumber = idNumber
        self.name = name
        self.gender = gender
        self.genderName = genderName
        self.birthDate = birthDate
        self.phone = phone
        self.employer = employer
        self.disabled = disabled
        self.mustChangePassword = mustChangePassword
        self.createdAt = createdAt
    }
}

/// A new applicant with the credentials to hand over.
public struct CreateApplicantResult: Codable, Hashable, Sendable {
    public var applicant: ApplicantInfo
    /// The login (the ID number) and the initial password, shown this once; it must be changed at the first login.
    public var credentials: IssuedCredentials

    public init(applicant: ApplicantInfo, credentials: IssuedCredentials) {
        self.applicant = applicant
        self.credentials = credentials
    }
}
