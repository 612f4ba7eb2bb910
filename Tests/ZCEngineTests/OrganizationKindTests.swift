import Testing

@testable import ZCEngine

@Suite("Organisation kinds and placement")
struct OrganizationKindTests {
    /// The placement rules written out independently of the engine's table, so a change to one shows up here.
    static let expectedParents: [OrganizationKind: Set<OrganizationKind>] = [
        .provinceOffice: [],
        .cityOffice: [.provinceOffice],
        .countyDirectOffice: [.provinceOffice],
        .xionganOffice: [.provinceOffice],
        .provinceDepartment: [.provinceOffice],
        .provinceSelfReviewUnit: [.provinceOffice],
        .provinceTalentCentre: [.provinceOffice],
        .countyOffice: [.cityOffice, .xionganOffice],
        .cityDepartment: [.cityOffice, .countyDirectOffice, .xionganOffice],
        .citySelfReviewUnit: [.cityOffice, .countyDirectOffice, .xionganOffice],
        .cityTalentCentre: [.cityOffice, .countyDirectOffice, .xionganOffice],
        .employer: [
            .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre, .cityOffice, .countyDirectOffice,
            .xionganOffice, .cityDepartment, .citySelfReviewUnit, .cityTalentCentre, .countyOffice,
        ],
    ]

    @Test("Given every kind, then its raw value and Chinese name are the manual's")
    func namesAreStable() {
        let expected: [(OrganizationKind, String, String)] = [
            (.provinceOffice, "provinceOffice", "省职改办"),
            (.cityOffice, "cityOffice", "设区市职改办"),
            (.countyDirectOffice, "countyDirectOffice", "省直管县职改办"),
            (.xionganOffice, "xionganOffice", "雄安新区职改办"),
            (.provinceDepartment, "provinceDepartment", "省直主管部门"),
            (.provinceSelfReviewUnit, "provinceSelfReviewUnit", "省自评单位"),
            (.provinceTalentCentre, "provinceTalentCentre", "省人才中心"),
            (.countyOffice, "countyOffice", "县(市/区)职改办"),
            (.cityDepartment, "cityDepartment", "市直主管部门"),
            (.citySelfReviewUnit, "citySelfReviewUnit", "市中级自评单位"),
            (.cityTalentCentre, "cityTalentCentre", "市人才中心"),
            (.employer, "employer", "申报单位"),
        ]
        #expect(expected.map(\.0) == OrganizationKind.allCases)
        for (kind, raw, chinese) in expected {
            #expect(kind.rawValue == raw)
            #expect(kind.chineseName == chinese)
            #expect(OrganizationKind(rawValue: raw) == kind)
        }
        #expect(OrganizationKind.employer.label == "申报单位 (employer)")
    }

    @Test(
        "Given a kind and a possible parent, when placing it, then it is allowed exactly as the table says",
        arguments: OrganizationKind.allCases, [nil] + OrganizationKind.allCases.map(Optional.some))
    func placementMatchesTable(kind: OrganizationKind, parent: OrganizationKind?) throws {
        let allowed: Bool
        if let parent {
            allowed = try #require(Self.expectedParents[kind]).contains(parent)
        } else {
            allowed = kind == .provinceOffice
        }
        #expect(kind.mayBeCreated(under: parent) == allowed)
        if allowed {
            #expect(throws: Never.self) { try kind.validatePlacement(under: parent) }
        } else {
            #expect(throws: EngineError.self) { try kind.validatePlacement(under: parent) }
        }
    }

    @Test("Given the table, then every kind lists its parents and the root is the province office alone")
    func tableShape() {
        for kind in OrganizationKind.allCases {
            #expect(Set(kind.allowedParents) == Self.expectedParents[kind])
        }
        #expect(OrganizationKind.allCases.filter(\.isRoot) == [.provinceOffice])
        #expect(!OrganizationKind.employer.allowedChildren.contains(.employer))
        #expect(
            OrganizationKind.provinceOffice.allowedChildren == [
                .cityOffice, .countyDirectOffice, .xionganOffice, .provinceDepartment, .provinceSelfReviewUnit,
                .provinceTalentCentre,
            ])
        #expect(OrganizationKind.countyDirectOffice.allowedChildren == [
            .cityDepartment, .citySelfReviewUnit, .cityTalentCentre, .employer,
        ])
        #expect(OrganizationKind.countyOffice.allowedChildren == [.employer])
        #expect(OrganizationKind.employer.allowedChildren.isEmpty)
    }

    @Test("Given a city department under the province office, then the refusal names the allowed parents")
    func wrongParentMessage() {
        #expect(throws: EngineError.invalid(
            "parent",
            "市直主管部门 (cityDepartment) may only be created under 设区市职改办 (cityOffice), "
                + "省直管县职改办 (countyDirectOffice) or 雄安新区职改办 (xionganOffice), not under 省职改办 (provinceOffice)"
        )) { try OrganizationKind.cityDepartment.validatePlacement(under: .provinceOffice) }
    }

    @Test("Given an employer under an employer, then it is refused")
    func employerUnderEmployer() {
        #expect(throws: EngineError.self) { try OrganizationKind.employer.validatePlacement(under: .employer) }
        #expect(throws: EngineError.self) { try OrganizationKind.employer.validatePlacement(under: .provinceOffice) }
    }

    @Test("Given no parent, then only the province office is accepted and the messages say why")
    func rootMessages() {
        #expect(throws: EngineError.invalid(
            "parent", "省职改办 (provinceOffice) is the root of the organisation tree and has no parent"
        )) { try OrganizationKind.provinceOffice.validatePlacement(under: .cityOffice) }
        #expect(throws: EngineError.invalid(
            "parentCode",
            "县(市/区)职改办 (countyOffice) must be created under 设区市职改办 (cityOffice) or 雄安新区职改办 (xionganOffice)"
        )) { try OrganizationKind.countyOffice.validatePlacement(under: nil, field: "parentCode") }
    }

    @Test("Given the kinds, then offices, city-level offices and provincial units are the documented sets")
    func classification() {
        #expect(OrganizationKind.allCases.filter(\.isOffice) == [
            .provinceOffice, .cityOffice, .countyDirectOffice, .xionganOffice, .countyOffice,
        ])
        #expect(OrganizationKind.allCases.filter(\.isCityLevelOffice) == [
            .cityOffice, .countyDirectOffice, .xionganOffice,
        ])
        #expect(OrganizationKind.allCases.filter(\.isProvincialUnit) == [
            .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre,
        ])
    }

    @Test("Given the kinds, then each has its tier and an employer none of its own")
    func levels() {
        let expected: [OrganizationKind: OrganizationLevel?] = [
            .provinceOffice: .province, .provinceDepartment: .province, .provinceSelfReviewUnit: .province,
            .provinceTalentCentre: .province, .cityOffice: .city, .countyDirectOffice: .city, .xionganOffice: .city,
            .cityDepartment: .city, .citySelfReviewUnit: .city, .cityTalentCentre: .city, .countyOffice: .county,
            .employer: .none,
        ]
        for kind in OrganizationKind.allCases {
            #expect(kind.level == expected[kind] ?? nil, "\(kind)")
        }
        #expect(OrganizationLevel.province < .city && OrganizationLevel.city < .county)
        #expect(OrganizationLevel.allCases.map(\.chineseName) == ["省级", "市级", "县级"])
    }

    @Test("Given the table, then code depths follow from it and the deepest code has 14 digits")
    func depths() {
        #expect(OrganizationKind.provinceOffice.codeDepths == [0])
        #expect(OrganizationKind.cityOffice.codeDepths == [1])
        #expect(OrganizationKind.provinceTalentCentre.codeDepths == [1])
        #expect(OrganizationKind.countyOffice.codeDepths == [2])
        #expect(OrganizationKind.cityDepartment.codeDepths == [2])
        #expect(OrganizationKind.employer.codeDepths == [2, 3])
        #expect(OrganizationKind.maximumCodeDepth == 3)
        #expect(OrganizationCode.allowedLengths == [2, 6, 10, 14])
    }
}
