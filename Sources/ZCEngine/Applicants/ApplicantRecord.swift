import Foundation
import GRDB

/// A row of `applicant`: the person behind an applicant account (`account.kind = 'applicant'`, whose login is the
/// resident ID number and whose organisation is the employer).
struct ApplicantRecord: Codable, FetchableRecord, SnakeCaseRecord, PersistableRecord, Sendable {
    static let databaseTableName = "applicant"

    var accountId: Int64
    var idNumber: String
    var name: String
    var gender: String
    /// `YYYY-MM-DD`, from the ID number.
    var birthDate: String
    var phone: String?
}

/// An applicant joined with its account and employer: what a list or show reads in one query.
struct ApplicantRow: Decodable, FetchableRecord, SnakeCaseRecord, Sendable {

    var accountId: Int64
    var idNumber: String
    var name: String
    var gender: String
    var birthDate: String
    var phone: String?
    var employerCode: String
    var employerName: String
    var disabled: Bool
    var mustChangePassword: Bool
    var createdAt: Date

    /// The SELECT … FROM … that yields these columns; append WHERE, ORDER BY and LIMIT.
    static let select = """
        SELECT ap.account_id, ap.id_number, ap.name, ap.gender, ap.birth_date, ap.phone,
               o.code AS employer_code, o.name AS employer_name, ac.disabled, ac.must_change_password, ac.created_at
        FROM applicant ap
        JOIN account ac ON ac.id = ap.account_id
        JOIN organization o ON o.id = ac.organization_id
        """

    var view: ApplicantView {
        ApplicantView(
            idNumber: idNumber, name: name, gender: ResidentID.Gender(rawValue: gender) ?? .male,
            birthDate: birthDate, phone: phone, employer: OrganizationSummary(code: employerCode, name: employerName),
            disabled: disabled, mustChangePassword: mustChangePassword, createdAt: createdAt)
    }
}
