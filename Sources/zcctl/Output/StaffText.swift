import Foundation
import ZCProtocol

/// How zcctl shows staff accounts to people.
enum StaffText {
    static func typeName(_ t: StaffType) -> String {
        switch t {
        case .handler: "经办人 (handler)"
        case .leader: "领导 (leader)"
        }
    }

    static func fields(_ s: StaffInfo) -> FieldList {
        var f = FieldList()
        f.add("account", s.account)
        f.add("name", s.name)
        f.add("type", typeName(s.staffType))
        if let phone = s.phone, !phone.isEmpty { f.add("phone", phone) }
        f.add("organization", "\(s.organization.name) (\(s.organization.code))")
        f.add("permissions", s.permissions.isEmpty ? "none" : s.permissions.joined(separator: ", "))
        f.add("status", status(s))
        return f
    }

    static func status(_ s: StaffInfo) -> String {
        var parts = [s.disabled ? "disabled" : "enabled"]
        if s.mustChangePassword { parts.append("must change password") }
        return parts.joined(separator: ", ")
    }

    static func table(_ items: [StaffInfo]) -> TextTable {
        var table = TextTable(["ACCOUNT", "NAME", "TYPE", "PHONE", "PERMISSIONS", "STATUS"])
        for s in items {
            table.add([
                s.account, s.name, typeName(s.staffType), s.phone ?? "", s.permissions.joined(separator: ","),
                status(s),
            ])
        }
        return table
    }

    /// `a,b` and repeated options alike: every name, trimmed, without empties.
    static func permissionNames(_ raw: [String]) -> [String] {
        raw.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }
}
