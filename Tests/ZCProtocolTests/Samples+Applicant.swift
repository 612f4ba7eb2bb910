import Foundation
import ZCProtocol

/// `applicant.*`: applicants' accounts, made by the admin of their employer.
extension Samples {
    static let applicant: [MethodSample] = [
        sample(
            CreateApplicantRequest(
                idNumber: applicantPerson.idNumber, name: applicantPerson.name, phone: applicantPhone),
            CreateApplicantResult(
                applicant: applicantInfo(mustChangePassword: true),
                credentials: IssuedCredentials(account: applicantPerson.idNumber, initialPassword: "Zw5%eT7yUc2d"))),
        sample(
            DisableApplicantRequest(idNumber: applicantPerson.idNumber, reason: "已调离本单位"),
            applicantInfo(disabled: true)),
        sample(
            EditApplicantRequest(idNumber: applicantPerson.idNumber, name: applicantPerson.name, phone: applicantPhone),
            applicantInfo()),
        sample(EnableApplicantRequest(idNumber: applicantPerson.idNumber), applicantInfo()),
        sample(
            ListApplicantsRequest(query: "张", includeDisabled: true, page: pageParams),
            Page(items: [applicantInfo()], total: 1, offset: 0, limit: 20)),
        sample(
            ResetApplicantPasswordRequest(idNumber: applicantPerson.idNumber),
            IssuedCredentials(account: applicantPerson.idNumber, initialPassword: "Zw5%eT7yUc2d")),
        sample(ShowApplicantRequest(idNumber: applicantPerson.idNumber), applicantInfo()),
    ]

    // MARK: Building blocks

    static let applicantPhone = "13812345678"

    /// 张伟 as the admin of 石家庄市第二中学 sees him.
    static func applicantInfo(disabled: Bool = false, mustChangePassword: Bool = false) -> ApplicantInfo {
        ApplicantInfo(
            idNumber: applicantPerson.idNumber, name: applicantPerson.name, gender: .male, genderName: "男",
            birthDate: "1980-01-01", phone: applicantPhone, employer: school, disabled: disabled,
            mustChangePassword: mustChangePassword, createdAt: setUpAt)
    }
}
