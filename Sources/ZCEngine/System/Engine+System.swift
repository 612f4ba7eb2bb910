import Foundation
import GRDB

/// The result of bootstrapping a province.
public struct InitOutcome: Sendable, Equatable {
    public var organizationCode: String
    public var organizationName: String
    public var admin: IssuedPassword
}

extension Engine {
    /// The default provincial office: Hebei's code and name.
    public static let defaultProvinceCode = "13"
    public static let defaultProvinceName = "河北省职称改革领导小组办公室"

    /// The login name of an organisation's admin account.
    public static func adminLogin(forCode code: String) -> String { "admin" + code }

    /// 系统初始化 — creates the provincial title-reform office (省职改办) and its admin; operators only, once.
    public func initialize(code: String?, name: String?, caller: Caller) async throws -> InitOutcome {
        try caller.requireOperator()
        let code = code ?? Self.defaultProvinceCode
        let name = (name ?? Self.defaultProvinceName).trimmingCharacters(in: .whitespacesAndNewlines)
        var violations: [Violation] = []
        if code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isNumber }) {
            violations.append(Violation(field: "code", reason: "the provincial office's code is exactly 2 digits"))
        }
        if name.isEmpty || name.count > 100 {
            violations.append(Violation(field: "name", reason: "must be 1 to 100 characters"))
        }
        guard violations.isEmpty else { throw EngineError.invalidArgument(violations) }
        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        let now = clock.now()
        let login = Self.adminLogin(forCode: code)
        return try await write { db in
            if try OrganizationRecord.fetchCount(db) > 0 {
                throw EngineError.failedPrecondition("the system is already initialised", state: "initialized")
            }
            var org = OrganizationRecord(
                code: code, parentId: nil, kind: OrganizationKind.provinceOffice.rawValue, category: nil,
                nature: OrganizationNature.stateOrgan.rawValue, name: name,
                disabled: false, createdAt: now, updatedAt: now)
            try org.insert(db)
            var admin = AccountRecord(
                login: login, kind: AccountKind.orgAdmin.rawValue, organizationId: org.id ?? 0,
                displayName: name + "管理员", staffType: nil, passwordHash: hash, mustChangePassword: true,
                failedLogins: 0, disabled: false, createdAt: now, updatedAt: now)
            try admin.insert(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "system.init", organizationID: org.id, targetType: "organization", targetID: code,
                    detail: ["admin": login, "name": name]))
            return InitOutcome(
                organizationCode: code, organizationName: name, admin: IssuedPassword(login: login, password: password))
        }
    }

    /// 重置省级管理员密码 — rescue for operators: a new initial password, unlocked, all its sessions ended.
    public func resetProvinceAdminPassword(caller: Caller) async throws -> IssuedPassword {
        try caller.requireOperator()
        let password = PasswordPolicy.generate()
        let hasher = self.hasher
        let hash = try await SlowWork.run { try hasher.hash(password) }
        let now = clock.now()
        let account = try await write { db -> AccountRecord in
            guard
                let org = try OrganizationRecord.filter(Column("kind") == "provinceOffice").fetchOne(db),
                var admin = try AccountRecord.filter(
                    Column("organization_id") == org.id && Column("kind") == AccountKind.orgAdmin.rawValue
                ).fetchOne(db)
            else {
                throw EngineError.failedPrecondition("the system is not initialised yet (system.init)", state: "empty")
            }
            admin.passwordHash = hash
            admin.mustChangePassword = true
            admin.failedLogins = 0
            admin.lockedUntil = nil
            admin.updatedAt = now
            try admin.update(db)
            try SessionRecord.filter(Column("account_id") == admin.id).deleteAll(db)
            try self.audit(
                db, caller,
                AuditEntry(
                    action: "system.resetProvinceAdminPassword", organizationID: org.id, targetType: "account",
                    targetID: admin.id.map(String.init)))
            return admin
        }
        if let id = account.id { sessions.removeAll(accountID: id) }
        return IssuedPassword(login: account.login, password: password)
    }
}
