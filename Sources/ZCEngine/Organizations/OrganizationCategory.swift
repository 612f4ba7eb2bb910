/// 机构类别 (流水号段) — the category of a department, self-reviewing unit or talent centre, which fixes the range
/// its 4-digit serial must lie in. The ranges are the same at provincial and city level. [manual]
public enum OrganizationCategory: String, Sendable, CaseIterable, Codable {
    /// 党委部门 (省委部门 / 市委部门) — party committee departments: 0101–0999.
    case partyDepartment
    /// 政府部门 — government departments: 1001–1999.
    case governmentDepartment
    /// 企业单位 — enterprises acting as competent bodies: 2001–2999.
    case enterpriseDepartment
    /// 国有企业 — state-owned enterprise (self-reviewing unit): 3001–3099.
    case stateOwnedEnterprise
    /// 民营企业 — private enterprise (self-reviewing unit): 3101–3199.
    case privateEnterprise
    /// 中直单位 (province) / 中省直单位 (city) — central or provincial units stationed here: 3201–3299.
    case centralUnit
    /// 医院 — hospital (self-reviewing unit): 3301–3499.
    case hospital
    /// 高校 — university (self-reviewing unit): 3501–4999.
    case university
    /// 人才中心 — talent centre: exactly 5000.
    case talentCentre

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .partyDepartment: "党委部门"
        case .governmentDepartment: "政府部门"
        case .enterpriseDepartment: "企业单位"
        case .stateOwnedEnterprise: "国有企业"
        case .privateEnterprise: "民营企业"
        case .centralUnit: "中直/中省直单位"
        case .hospital: "医院"
        case .university: "高校"
        case .talentCentre: "人才中心"
        }
    }

    /// A short English gloss, used in messages.
    public var englishName: String {
        switch self {
        case .partyDepartment: "party committee department"
        case .governmentDepartment: "government department"
        case .enterpriseDepartment: "enterprise department"
        case .stateOwnedEnterprise: "state-owned enterprise"
        case .privateEnterprise: "private enterprise"
        case .centralUnit: "central unit"
        case .hospital: "hospital"
        case .university: "university"
        case .talentCentre: "talent centre"
        }
    }

    /// `党委部门 (party committee department)`: the form used in messages.
    public var label: String { "\(chineseName) (\(englishName))" }

    /// The serials this category may use. [manual]
    public var serialRange: ClosedRange<Int> {
        switch self {
        case .partyDepartment: 101...999
        case .governmentDepartment: 1001...1999
        case .enterpriseDepartment: 2001...2999
        case .stateOwnedEnterprise: 3001...3099
        case .privateEnterprise: 3101...3199
        case .centralUnit: 3201...3299
        case .hospital: 3301...3499
        case .university: 3501...4999
        case .talentCentre: 5000...5000
        }
    }
}

extension OrganizationKind {
    /// The categories an organisation of this kind may take; empty when it takes none (offices and employers, whose
    /// serial is any free one from 0001). A kind with categories must be given one of them.
    public var allowedCategories: [OrganizationCategory] {
        switch self {
        case .provinceDepartment, .cityDepartment:
            [.partyDepartment, .governmentDepartment, .enterpriseDepartment]
        case .provinceSelfReviewUnit, .citySelfReviewUnit:
            [.stateOwnedEnterprise, .privateEnterprise, .centralUnit, .hospital, .university]
        case .provinceTalentCentre, .cityTalentCentre:
            [.talentCentre]
        case .provinceOffice, .cityOffice, .countyDirectOffice, .xionganOffice, .countyOffice, .employer:
            []
        }
    }

    /// Throws `invalidArgument` on `field` unless `category` suits this kind: required and one of
    /// ``allowedCategories`` for departments, units and talent centres; absent for offices and employers.
    public func validateCategory(_ category: OrganizationCategory?, field: String = "category") throws(EngineError) {
        let allowed = allowedCategories
        switch category {
        case nil where allowed.isEmpty:
            return
        case nil:
            throw .invalid(field, "\(label) requires a category: \(Self.listedCategories(allowed))")
        case let category? where allowed.isEmpty:
            throw .invalid(field, "\(label) takes no category, but \(category.label) was given")
        case let category? where !allowed.contains(category):
            let listed = Self.listedCategories(allowed)
            throw .invalid(field, "\(label) may not take the category \(category.label); allowed: \(listed)")
        default:
            return
        }
    }

    private static func listedCategories(_ categories: [OrganizationCategory]) -> String {
        categories.map(\.label).joined(separator: ", ")
    }
}

/// 机构性质 — the legal nature of an organisation (a profile field, independent of its kind).
public enum OrganizationNature: String, Sendable, CaseIterable, Codable {
    /// 机关 — a state organ; every title-reform office is one. [manual]
    case stateOrgan
    /// 事业单位 — a public institution; the manual tells provincial units to choose it.
    case publicInstitution
    /// 企业 — an enterprise.
    case enterprise
    /// 社会团体 — a social organisation.
    case socialOrganization
    /// 其他 — other.
    case other

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .stateOrgan: "机关"
        case .publicInstitution: "事业单位"
        case .enterprise: "企业"
        case .socialOrganization: "社会团体"
        case .other: "其他"
        }
    }
}

extension OrganizationKind {
    /// The nature to pre-fill: 机关 for every office, 事业单位 for provincial units ("各级职改办为机关，省直单位选择
    /// 事业单位" [manual]); nil where the manual says nothing. Only the offices' nature is enforced
    /// (``validateNature(_:field:)``); a provincial enterprise unit may still record 企业.
    public var defaultNature: OrganizationNature? {
        if isOffice { return .stateOrgan }
        if isProvincialUnit { return .publicInstitution }
        return nil
    }

    /// Throws `invalidArgument` on `field` when an office is given a nature other than 机关.
    public func validateNature(_ nature: OrganizationNature?, field: String = "nature") throws(EngineError) {
        guard isOffice, let nature, nature != .stateOrgan else { return }
        throw .invalid(
            field, "\(label) is a title-reform office and must be 机关 (stateOrgan), not \(nature.chineseName)")
    }
}
