import Testing

@testable import ZCEngine

@Suite("Organisation categories, serial ranges and natures")
struct OrganizationCategoryTests {
    struct Edge: Sendable, CustomTestStringConvertible {
        let category: OrganizationCategory
        let serial: String
        let accepted: Bool
        var testDescription: String { "\(category.rawValue) \(serial) \(accepted ? "accepted" : "refused")" }
    }

    /// Every edge of every range: (category, serial, accepted).
    static let edgeTable: [(OrganizationCategory, String, Bool)] = [
        (.partyDepartment, "0100", false), (.partyDepartment, "0101", true),
        (.partyDepartment, "0999", true), (.partyDepartment, "1000", false),
        (.governmentDepartment, "1000", false), (.governmentDepartment, "1001", true),
        (.governmentDepartment, "1999", true), (.governmentDepartment, "2000", false),
        (.enterpriseDepartment, "2000", false), (.enterpriseDepartment, "2001", true),
        (.enterpriseDepartment, "2999", true), (.enterpriseDepartment, "3000", false),
        (.stateOwnedEnterprise, "3000", false), (.stateOwnedEnterprise, "3001", true),
        (.stateOwnedEnterprise, "3099", true), (.stateOwnedEnterprise, "3100", false),
        (.privateEnterprise, "3100", false), (.privateEnterprise, "3101", true),
        (.privateEnterprise, "3199", true), (.privateEnterprise, "3200", false),
        (.centralUnit, "3200", false), (.centralUnit, "3201", true),
        (.centralUnit, "3299", true), (.centralUnit, "3300", false),
        (.hospital, "3300", false), (.hospital, "3301", true),
        (.hospital, "3499", true), (.hospital, "3500", false),
        (.university, "3500", false), (.university, "3501", true),
        (.university, "4999", true), (.university, "5000", false),
        (.talentCentre, "4999", false), (.talentCentre, "5000", true), (.talentCentre, "5001", false),
    ]
    static let edges = edgeTable.map { Edge(category: $0.0, serial: $0.1, accepted: $0.2) }

    /// A kind that takes `category`, at provincial and at city level.
    static func kinds(for category: OrganizationCategory) -> [OrganizationKind] {
        switch category {
        case .partyDepartment, .governmentDepartment, .enterpriseDepartment: [.provinceDepartment, .cityDepartment]
        case .talentCentre: [.provinceTalentCentre, .cityTalentCentre]
        default: [.provinceSelfReviewUnit, .citySelfReviewUnit]
        }
    }

    @Test(
        "Given a serial at a range edge, when validating it, then it is accepted exactly inside the range",
        arguments: edges)
    func rangeEdges(edge: Edge) throws {
        for kind in Self.kinds(for: edge.category) {
            if edge.accepted {
                let parsed = try OrganizationSerial.validate(edge.serial, kind: kind, category: edge.category)
                #expect(parsed.text == edge.serial)
            } else {
                #expect(throws: EngineError.self, "\(kind) \(edge.serial)") {
                    try OrganizationSerial.validate(edge.serial, kind: kind, category: edge.category)
                }
            }
        }
    }

    @Test("Given party serial 1500, then the refusal names the category and its range")
    func outsideMessage() {
        #expect(throws: EngineError.invalid(
            "serial", "serial 1500 is outside 党委部门 (party committee department) range 0101–0999"
        )) { try OrganizationSerial.validate("1500", kind: .provinceDepartment, category: .partyDepartment) }
        #expect(throws: EngineError.invalid(
            "serial", "serial 3100 is outside 国有企业 (state-owned enterprise) range 3001–3099"
        )) { try OrganizationSerial.validate("3100", kind: .citySelfReviewUnit, category: .stateOwnedEnterprise) }
    }

    @Test("Given a talent centre with a serial other than 5000, then the refusal says it is always 5000")
    func talentCentreMessage() {
        #expect(throws: EngineError.invalid(
            "serial", "serial 4999 is not allowed for 人才中心 (talent centre), whose serial is always 5000"
        )) { try OrganizationSerial.validate("4999", kind: .cityTalentCentre, category: .talentCentre) }
    }

    @Test("Given the categories, then ranges and names are the manual's")
    func rangesAndNames() {
        let expected: [(OrganizationCategory, ClosedRange<Int>, String)] = [
            (.partyDepartment, 101...999, "党委部门"), (.governmentDepartment, 1001...1999, "政府部门"),
            (.enterpriseDepartment, 2001...2999, "企业单位"), (.stateOwnedEnterprise, 3001...3099, "国有企业"),
            (.privateEnterprise, 3101...3199, "民营企业"), (.centralUnit, 3201...3299, "中直/中省直单位"),
            (.hospital, 3301...3499, "医院"), (.university, 3501...4999, "高校"), (.talentCentre, 5000...5000, "人才中心"),
        ]
        #expect(expected.map(\.0) == OrganizationCategory.allCases)
        for (category, range, name) in expected {
            #expect(category.serialRange == range)
            #expect(category.chineseName == name)
        }
        for (a, b) in zip(OrganizationCategory.allCases, OrganizationCategory.allCases.dropFirst()) {
            #expect(a.serialRange.upperBound < b.serialRange.lowerBound, "ranges do not overlap")
        }
    }

    @Test("Given each kind, then it may take exactly its categories")
    func categoriesPerKind() {
        let departments: [OrganizationCategory] = [.partyDepartment, .governmentDepartment, .enterpriseDepartment]
        let units: [OrganizationCategory] = [
            .stateOwnedEnterprise, .privateEnterprise, .centralUnit, .hospital, .university,
        ]
        for kind in OrganizationKind.allCases {
            let expected: [OrganizationCategory] =
                switch kind {
                case .provinceDepartment, .cityDepartment: departments
                case .provinceSelfReviewUnit, .citySelfReviewUnit: units
                case .provinceTalentCentre, .cityTalentCentre: [.talentCentre]
                default: []
                }
            #expect(kind.allowedCategories == expected, "\(kind)")
            for category in OrganizationCategory.allCases {
                if expected.contains(category) {
                    #expect(throws: Never.self) { try kind.validateCategory(category) }
                } else {
                    #expect(throws: EngineError.self, "\(kind) \(category)") { try kind.validateCategory(category) }
                }
            }
        }
    }

    @Test("Given a department without a category, then it is refused with the choices")
    func missingCategory() {
        #expect(throws: EngineError.invalid(
            "category",
            "省直主管部门 (provinceDepartment) requires a category: 党委部门 (party committee department), "
                + "政府部门 (government department), 企业单位 (enterprise department)"
        )) { try OrganizationKind.provinceDepartment.validateCategory(nil) }
    }

    @Test("Given an office or employer, then it takes no category and any serial from 0001 to 9999")
    func officesTakeAnySerial() throws {
        for kind in [OrganizationKind.cityOffice, .countyOffice, .countyDirectOffice, .xionganOffice, .employer] {
            #expect(throws: Never.self) { try kind.validateCategory(nil) }
            #expect(throws: EngineError.invalid(
                "category", "\(kind.label) takes no category, but 医院 (hospital) was given"
            )) { try kind.validateCategory(.hospital) }
            for serial in ["0001", "1301", "5000", "9999"] {
                #expect(try OrganizationSerial.validate(serial, kind: kind, category: nil).text == serial)
            }
        }
    }

    @Test("Given a self-reviewing unit with a department category, then it is refused")
    func unitWithDepartmentCategory() {
        #expect(throws: EngineError.self) {
            try OrganizationSerial.validate("0101", kind: .provinceSelfReviewUnit, category: .partyDepartment)
        }
    }

    @Test("Given the natures, then offices default to and must be 机关 and provincial units default to 事业单位")
    func natures() {
        #expect(OrganizationNature.allCases.map(\.chineseName) == ["机关", "事业单位", "企业", "社会团体", "其他"])
        #expect(OrganizationKind.countyOffice.defaultNature == .stateOrgan)
        #expect(OrganizationKind.provinceSelfReviewUnit.defaultNature == .publicInstitution)
        #expect(OrganizationKind.employer.defaultNature == nil)
        #expect(throws: Never.self) { try OrganizationKind.cityOffice.validateNature(.stateOrgan) }
        #expect(throws: Never.self) { try OrganizationKind.provinceSelfReviewUnit.validateNature(.enterprise) }
        #expect(throws: EngineError.invalid(
            "nature", "设区市职改办 (cityOffice) is a title-reform office and must be 机关 (stateOrgan), not 企业"
        )) { try OrganizationKind.cityOffice.validateNature(.enterprise) }
    }
}
