/// 工作人员类型 — a staff member's type. [manual] (Same raw values as ZCProtocol's `StaffType`.)
public enum StaffType: String, Sendable, CaseIterable, Codable {
    /// 经办人 — handler: does the first review at each level.
    case handler
    /// 领导 — leader: approves after the handler.
    case leader

    /// 经办人 or 领导.
    public var chineseName: String {
        switch self {
        case .handler: "经办人"
        case .leader: "领导"
        }
    }
}

/// 工作人员权限 — the staff permission catalogue of the manual (part 二, item 3). Raw values are the stable dotted
/// names used on the wire and in the store.
public enum Permission: String, Sendable, CaseIterable, Codable {
    /// 资格审查-经办人审查 — review applications as a handler.
    case reviewHandler = "review.handler"
    /// 资格审查-领导审查 — review applications as a leader.
    case reviewLeader = "review.leader"
    /// 资格审查-资格审查名单导出 — export the list of reviewed applications.
    case reviewExportList = "review.exportList"
    /// 资格审查-结果公示处理 — publish the review result (公示) and handle it.
    case reviewPublicity = "review.publicity"
    /// 资格审查-委托中级评委会 — entrust cases to another intermediate committee (委托代评).
    case reviewEntrustIntermediate = "review.entrustIntermediate"
    /// 资格审查-委托高级评委会 — entrust cases to another senior committee (委托代评).
    case reviewEntrustSenior = "review.entrustSenior"
    /// 评委会-组建单位领导 — leader of a committee's forming organisation: reviews experts' qualifications.
    case committeeFormingLeader = "committee.formingLeader"
    /// 评委会-授权管理单位经办人 — handler of the authorising organisation: expert admission, review-plan review,
    /// viewing results and expert lists.
    case committeeAuthorityHandler = "committee.authorityHandler"
    /// 评委会-授权管理单位领导 — leader of the authorising organisation: the same, as leader.
    case committeeAuthorityLeader = "committee.authorityLeader"

    /// The manual's name.
    public var chineseName: String {
        switch self {
        case .reviewHandler: "资格审查-经办人审查"
        case .reviewLeader: "资格审查-领导审查"
        case .reviewExportList: "资格审查-资格审查名单导出"
        case .reviewPublicity: "资格审查-结果公示处理"
        case .reviewEntrustIntermediate: "资格审查-委托中级评委会"
        case .reviewEntrustSenior: "资格审查-委托高级评委会"
        case .committeeFormingLeader: "评委会-组建单位领导"
        case .committeeAuthorityHandler: "评委会-授权管理单位经办人"
        case .committeeAuthorityLeader: "评委会-授权管理单位领导"
        }
    }

    /// `资格审查-资格审查名单导出 (review.exportList)`: the form used in messages.
    public var label: String { "\(chineseName) (\(rawValue))" }
}

/// Who may hold a permission: a staff type, in a set of organisations.
public struct PermissionHolders: Hashable, Sendable {
    /// The organisations whose staff may hold a permission.
    public enum Scope: String, Hashable, Sendable, CaseIterable {
        /// 各级 — every organisation.
        case anyOrganization
        /// 省直各单位和市职改办 — the provincial units and the city-level offices (设区市, 省直管县, 雄安新区).
        case provincialUnitsAndCityOffices

        /// Whether an organisation of `kind` is in this scope.
        public func contains(_ kind: OrganizationKind) -> Bool {
            switch self {
            case .anyOrganization: true
            case .provincialUnitsAndCityOffices: kind.isProvincialUnit || kind.isCityLevelOffice
            }
        }
    }

    public let staffType: StaffType
    public let scope: Scope
}

extension Permission {
    /// The one table of who may hold each permission. [manual]
    ///
    /// Decisions where the manual is terse: "市职改办" includes 省直管县职改办 and 雄安新区职改办, the city-level offices
    /// directly under the province (``OrganizationKind/isCityLevelOffice``); "省直各单位" are the provincial units, not
    /// the provincial office itself (``OrganizationKind/isProvincialUnit``); the three committee permissions may be
    /// granted in any organisation, since whether it forms or authorises a committee is checked when the permission
    /// is used.
    public var holders: PermissionHolders {
        switch self {
        case .reviewHandler: PermissionHolders(staffType: .handler, scope: .anyOrganization)
        case .reviewLeader: PermissionHolders(staffType: .leader, scope: .anyOrganization)
        case .reviewExportList: PermissionHolders(staffType: .leader, scope: .provincialUnitsAndCityOffices)
        case .reviewPublicity: PermissionHolders(staffType: .handler, scope: .provincialUnitsAndCityOffices)
        case .reviewEntrustIntermediate: PermissionHolders(staffType: .leader, scope: .provincialUnitsAndCityOffices)
        case .reviewEntrustSenior: PermissionHolders(staffType: .leader, scope: .provincialUnitsAndCityOffices)
        case .committeeFormingLeader: PermissionHolders(staffType: .leader, scope: .anyOrganization)
        case .committeeAuthorityHandler: PermissionHolders(staffType: .handler, scope: .anyOrganization)
        case .committeeAuthorityLeader: PermissionHolders(staffType: .leader, scope: .anyOrganization)
        }
    }

    /// Why this permission may not be granted to a `type` in an organisation of `kind`; nil when it may.
    public func refusal(to type: StaffType, in kind: OrganizationKind) -> String? {
        let holders = holders
        guard holders.staffType != type || !holders.scope.contains(kind) else { return nil }
        let who = holders.staffType == .leader ? "leaders" : "handlers"
        switch holders.scope {
        case .anyOrganization:
            return "\(label) may only be granted to \(who), not to a \(type.rawValue)"
        case .provincialUnitsAndCityOffices:
            return "\(label) may only be granted to \(who) of provincial units and city title-reform offices, "
                + "not to a \(type.rawValue) of \(kind.label)"
        }
    }

    /// Whether this permission may be granted to a `type` in an organisation of `kind`.
    public func mayBeGranted(to type: StaffType, in kind: OrganizationKind) -> Bool {
        refusal(to: type, in: kind) == nil
    }

    /// Throws `invalidArgument` on `field` with ``refusal(to:in:)`` when `permission` may not be granted.
    public static func mayGrant(
        _ permission: Permission, to type: StaffType, in kind: OrganizationKind, field: String = "permissions"
    ) throws(EngineError) {
        if let reason = permission.refusal(to: type, in: kind) { throw .invalid(field, reason) }
    }

    /// Parses permission names and checks each may be granted; throws `invalidArgument` with one violation per bad
    /// entry, on `field[i]` (an unknown name, or a refusal). Returns the permissions sorted and without duplicates.
    public static func validateGrants(
        _ names: [String], to type: StaffType, in kind: OrganizationKind, field: String = "permissions"
    ) throws(EngineError) -> [Permission] {
        let known = allCases.map(\.rawValue).joined(separator: ", ")
        var violations: [Violation] = []
        var granted: Set<Permission> = []
        for (index, name) in names.enumerated() {
            let path = "\(field)[\(index)]"
            guard let permission = Permission(rawValue: name) else {
                violations.append(Violation(field: path, reason: "unknown permission; the known ones are \(known)"))
                continue
            }
            if let reason = permission.refusal(to: type, in: kind) {
                violations.append(Violation(field: path, reason: reason))
            } else {
                granted.insert(permission)
            }
        }
        guard violations.isEmpty else { throw .invalidArgument(violations) }
        return granted.sorted { $0.rawValue < $1.rawValue }
    }

    /// Every permission that may be granted to a `type` in an organisation of `kind`, in catalogue order.
    public static func grantable(to type: StaffType, in kind: OrganizationKind) -> [Permission] {
        allCases.filter { $0.mayBeGranted(to: type, in: kind) }
    }
}
