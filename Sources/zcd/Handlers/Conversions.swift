import ZCEngine
import ZCProtocol

/// Engine views to wire types. The engine never sees a wire type and the wire never sees a record.
extension AccountInfo {
    init(_ v: AccountView) {
        self.init(
            id: v.id, account: v.login, displayName: v.displayName, kind: AccountKind(v.kind),
            staffType: v.staffType.flatMap(ZCProtocol.StaffType.init(rawValue:)),
            organization: OrganizationRef(code: v.organizationCode, name: v.organizationName),
            permissions: v.permissions, mustChangePassword: v.mustChangePassword, disabled: v.disabled)
    }
}

extension ZCProtocol.AccountKind {
    init(_ k: ZCEngine.AccountKind) {
        switch k {
        case .orgAdmin: self = .orgAdmin
        case .staff: self = .staff
        case .applicant: self = .applicant
        }
    }
}

extension IssuedCredentials {
    init(_ p: IssuedPassword) {
        self.init(account: p.login, initialPassword: p.password)
    }
}

extension HistoryStage {
    init(_ s: ZCEngine.ReviewStage) {
        switch s {
        case .handler: self = .handler
        case .leader: self = .leader
        case .publicity: self = .publicity
        case .routing: self = .routing
        }
    }
}
