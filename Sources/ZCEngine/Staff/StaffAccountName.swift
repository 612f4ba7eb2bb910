import Foundation

/// 工作人员账号名 — the rules for a staff login chosen by an admin.
///
/// Besides the general shape (`Validate.login`), two shapes are reserved so that a staff login can never be taken
/// for another kind of account: `admin` followed by digits (the admin accounts, `admin` + organisation code) and
/// 18-character resident-ID-like strings (applicants log in with their ID number).
enum StaffAccountName {
    /// The trimmed login, with every problem added to `violations`.
    static func validate(_ value: String, field: String, into violations: inout [Violation]) -> String {
        let login = value.trimmingCharacters(in: .whitespaces)
        if let reason = reservedReason(login) {
            violations.append(Violation(field: field, reason: reason))
            return login
        }
        return Validate.login(login, field: field, into: &violations)
    }

    /// Why `login` is reserved, or nil.
    static func reservedReason(_ login: String) -> String? {
        let lower = login.lowercased()
        if lower.hasPrefix("admin"), lower.count > 5, lower.dropFirst(5).allSatisfy(\.isASCIIDigit) {
            return "names of the form admin + digits are reserved for organisations' admin accounts"
        }
        if looksLikeResidentID(login) {
            return "18-character resident-ID-like names are reserved for applicants, who log in with their ID number"
        }
        return nil
    }

    /// 17 digits then a digit or X: the shape of a resident ID number, whether or not its check digit is right.
    static func looksLikeResidentID(_ login: String) -> Bool {
        let chars = Array(login)
        guard chars.count == 18 else { return false }
        return chars.prefix(17).allSatisfy(\.isASCIIDigit) && (chars[17].isASCIIDigit || chars[17] == "X"
            || chars[17] == "x")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
