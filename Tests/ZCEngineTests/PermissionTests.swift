import Testing

@testable import ZCEngine

@Suite("Staff permissions")
struct PermissionTests {
    /// The manual's "省直各单位和市职改办", with 省直管县 and 雄安新区 counted as city offices.
    static let provincialUnitsAndCityOffices: Set<OrganizationKind> = [
        .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre,
        .cityOffice, .countyDirectOffice, .xionganOffice,
    ]

    /// The grant table written out independently of the engine's: (staff type, kinds or nil for every kind).
    static func expected(_ permission: Permission) -> (StaffType, Set<OrganizationKind>?) {
        switch permission {
        case .reviewHandler: (.handler, nil)
        case .reviewLeader: (.leader, nil)
        case .reviewExportList: (.leader, provincialUnitsAndCityOffices)
        case .reviewPublicity: (.handler, provincialUnitsAndCityOffices)
        case .reviewEntrustIntermediate: (.leader, provincialUnitsAndCityOffices)
        case .reviewEntrustSenior: (.leader, provincialUnitsAndCityOffices)
        case .committeeFormingLeader: (.leader, nil)
        case .committeeAuthorityHandler: (.handler, nil)
        case .committeeAuthorityLeader: (.leader, nil)
        }
    }

    @Test("Given the catalogue, then names are the manual's and raw values stable")
    func catalogue() {
        let expected: [(Permission, String, String)] = [
            (.reviewHandler, "review.handler", "资格审查-经办人审查"),
            (.reviewLeader, "review.leader", "资格审查-领导审查"),
            (.reviewExportList, "review.exportList", "资格审查-资格审查名单导出"),
            (.reviewPublicity, "review.publicity", "资格审查-结果公示处理"),
            (.reviewEntrustIntermediate, "review.entrustIntermediate", "资格审查-委托中级评委会"),
            (.reviewEntrustSenior, "review.entrustSenior", "资格审查-委托高级评委会"),
            (.committeeFormingLeader, "committee.formingLeader", "评委会-组建单位领导"),
            (.committeeAuthorityHandler, "committee.authorityHandler", "评委会-授权管理单位经办人"),
            (.committeeAuthorityLeader, "committee.authorityLeader", "评委会-授权管理单位领导"),
        ]
        #expect(expected.map(\.0) == Permission.allCases)
        for (permission, raw, chinese) in expected {
            #expect(permission.rawValue == raw && permission.chineseName == chinese)
        }
        #expect(StaffType.allCases.map(\.rawValue) == ["handler", "leader"])
        #expect(StaffType.allCases.map(\.chineseName) == ["经办人", "领导"])
    }

    @Test(
        "Given a permission, a staff type and a kind, when granting, then it is allowed exactly as the table says",
        arguments: Permission.allCases, StaffType.allCases)
    func grantTable(permission: Permission, type: StaffType) {
        let (holderType, kinds) = Self.expected(permission)
        for kind in OrganizationKind.allCases {
            let allowed = type == holderType && (kinds?.contains(kind) ?? true)
            #expect(permission.mayBeGranted(to: type, in: kind) == allowed, "\(permission) \(type) \(kind)")
            if allowed {
                #expect(throws: Never.self) { try Permission.mayGrant(permission, to: type, in: kind) }
                #expect(permission.refusal(to: type, in: kind) == nil)
            } else {
                #expect(throws: EngineError.self) { try Permission.mayGrant(permission, to: type, in: kind) }
            }
        }
    }

    @Test("Given the export permission for a county office's leader, then the refusal names who may hold it")
    func scopedRefusal() {
        #expect(throws: EngineError.invalid(
            "permissions",
            "资格审查-资格审查名单导出 (review.exportList) may only be granted to leaders of provincial units and "
                + "city title-reform offices, not to a leader of 县(市/区)职改办 (countyOffice)"
        )) { try Permission.mayGrant(.reviewExportList, to: .leader, in: .countyOffice) }
        #expect(
            Permission.reviewPublicity.refusal(to: .leader, in: .cityOffice)
                == "资格审查-结果公示处理 (review.publicity) may only be granted to handlers of provincial units and "
                + "city title-reform offices, not to a leader of 设区市职改办 (cityOffice)")
    }

    @Test("Given the leader review for a handler, then the refusal says it is for leaders")
    func typeRefusal() {
        #expect(
            Permission.reviewLeader.refusal(to: .handler, in: .employer)
                == "资格审查-领导审查 (review.leader) may only be granted to leaders, not to a handler")
        #expect(
            Permission.committeeAuthorityHandler.refusal(to: .leader, in: .provinceOffice)
                == "评委会-授权管理单位经办人 (committee.authorityHandler) may only be granted to handlers, not to a leader")
    }

    @Test("Given the province office, then it is not a provincial unit for the scoped permissions")
    func provinceOfficeNotScoped() {
        #expect(!Permission.reviewEntrustSenior.mayBeGranted(to: .leader, in: .provinceOffice))
        #expect(Permission.reviewEntrustSenior.mayBeGranted(to: .leader, in: .xionganOffice))
        #expect(Permission.reviewEntrustIntermediate.mayBeGranted(to: .leader, in: .countyDirectOffice))
    }

    @Test("Given a list of names, when validating grants, then every bad entry is reported at its index")
    func validateGrants() throws {
        let granted = try Permission.validateGrants(
            ["review.publicity", "review.handler", "review.publicity"], to: .handler, in: .provinceDepartment)
        #expect(granted == [.reviewHandler, .reviewPublicity])
        let error = #expect(throws: EngineError.self) {
            try Permission.validateGrants(
                ["review.handler", "review.nothing", "review.leader"], to: .handler, in: .employer)
        }
        guard case .invalidArgument(let violations)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(violations.map(\.field) == ["permissions[1]", "permissions[2]"])
        #expect(violations.first?.reason.hasPrefix("unknown permission; the known ones are review.handler") == true)
        #expect(
            violations.last?.reason
                == "资格审查-领导审查 (review.leader) may only be granted to leaders, not to a handler")
    }

    @Test("Given a staff type and kind, then the grantable permissions are listed in catalogue order")
    func grantable() {
        #expect(Permission.grantable(to: .leader, in: .cityOffice) == [
            .reviewLeader, .reviewExportList, .reviewEntrustIntermediate, .reviewEntrustSenior,
            .committeeFormingLeader, .committeeAuthorityLeader,
        ])
        #expect(Permission.grantable(to: .handler, in: .employer) == [.reviewHandler, .committeeAuthorityHandler])
        #expect(Permission.grantable(to: .handler, in: .provinceTalentCentre) == [
            .reviewHandler, .reviewPublicity, .committeeAuthorityHandler,
        ])
    }
}
