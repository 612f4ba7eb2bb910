/// 机构（单位）类型 — what an organisation is, and so where in the tree it may sit.
///
/// The tree is created top-down from the provincial office [manual]. Where each kind may sit is one table,
/// ``allowedParents``; everything else about placement (code depth, children) is derived from it.
public enum OrganizationKind: String, Sendable, CaseIterable, Codable {
    /// 省职改办 — the provincial title-reform office, the root of the tree (code `13` for Hebei).
    case provinceOffice
    /// 设区市职改办 — a city's title-reform office, directly under the province.
    case cityOffice
    /// 省直管县职改办 — the office of a county administered directly by the province; a city-level office here.
    case countyDirectOffice
    /// 雄安新区职改办 — the Xiong'an New Area office; a city-level office here.
    case xionganOffice
    /// 省直主管部门 — a provincial competent department (party, government or enterprise).
    case provinceDepartment
    /// 省自评单位 — a provincial self-reviewing unit (enterprise, central unit, hospital, university).
    case provinceSelfReviewUnit
    /// 省人才中心 — the provincial talent centre (serial 5000).
    case provinceTalentCentre
    /// 县(市/区)职改办 — a county, county-level city or district office, under a city-level office.
    case countyOffice
    /// 市直主管部门 — a city competent department.
    case cityDepartment
    /// 市中级自评单位 — a city self-reviewing unit (intermediate level).
    case citySelfReviewUnit
    /// 市人才中心 — a city talent centre (serial 5000).
    case cityTalentCentre
    /// 申报单位 — an employer: the applicant's own unit, where applicant accounts are made.
    case employer

    /// The Chinese name, as the manual writes it.
    public var chineseName: String {
        switch self {
        case .provinceOffice: "省职改办"
        case .cityOffice: "设区市职改办"
        case .countyDirectOffice: "省直管县职改办"
        case .xionganOffice: "雄安新区职改办"
        case .provinceDepartment: "省直主管部门"
        case .provinceSelfReviewUnit: "省自评单位"
        case .provinceTalentCentre: "省人才中心"
        case .countyOffice: "县(市/区)职改办"
        case .cityDepartment: "市直主管部门"
        case .citySelfReviewUnit: "市中级自评单位"
        case .cityTalentCentre: "市人才中心"
        case .employer: "申报单位"
        }
    }

    /// `省职改办 (provinceOffice)`: the form used in messages.
    public var label: String { "\(chineseName) (\(rawValue))" }
}

/// 层级 — the administrative tier an organisation belongs to.
public enum OrganizationLevel: String, Sendable, CaseIterable, Codable, Comparable {
    /// 省级
    case province
    /// 市级 (also 省直管县 and 雄安新区, which act as city-level offices here)
    case city
    /// 县级
    case county

    /// The Chinese name.
    public var chineseName: String {
        switch self {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        }
    }

    private var order: Int {
        switch self {
        case .province: 0
        case .city: 1
        case .county: 2
        }
    }

    public static func < (lhs: OrganizationLevel, rhs: OrganizationLevel) -> Bool { lhs.order < rhs.order }
}

extension OrganizationKind {
    /// 职改办: the title-reform offices at every tier.
    public var isOffice: Bool {
        switch self {
        case .provinceOffice, .cityOffice, .countyDirectOffice, .xionganOffice, .countyOffice: true
        default: false
        }
    }

    /// The city-level offices directly under the province: 设区市职改办, and — a decision, the manual names only
    /// 市职改办 — 省直管县职改办 and 雄安新区职改办, which report straight to the province like a city does.
    /// The manual's "市职改办" permissions (名单导出, 结果公示处理, 委托评委会) apply to all three.
    public var isCityLevelOffice: Bool {
        switch self {
        case .cityOffice, .countyDirectOffice, .xionganOffice: true
        default: false
        }
    }

    /// 省直单位: the provincial units directly under the province office (departments, self-reviewing units and
    /// the talent centre). The manual's "省直各单位" permissions apply to these. The province office itself is not
    /// one of them.
    public var isProvincialUnit: Bool {
        switch self {
        case .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre: true
        default: false
        }
    }

    /// The tier, or nil for an employer, whose tier is that of the nearest non-employer above it.
    public var level: OrganizationLevel? {
        switch self {
        case .provinceOffice, .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre: .province
        case .cityOffice, .countyDirectOffice, .xionganOffice, .cityDepartment, .citySelfReviewUnit,
            .cityTalentCentre:
            .city
        case .countyOffice: .county
        case .employer: nil
        }
    }
}

// MARK: - Placement

extension OrganizationKind {
    /// The placement table: the kinds each kind may be created under; empty for the root. [manual, with decisions]
    ///
    /// - 省职改办 is the root.
    /// - Directly under it: the three city-level offices and the three kinds of provincial unit. [manual]
    /// - Under a city-level office: 市直主管部门, 市中级自评单位, 市人才中心 — under 设区市职改办 [manual], and, a
    ///   decision, also under 省直管县职改办 and 雄安新区职改办, which hold their own departments and units like a city.
    /// - 县(市/区)职改办 sits under 设区市职改办 [manual] and, a decision, under 雄安新区职改办 (雄县, 容城, 安新 are
    ///   administered by the new area); not under 省直管县职改办, a county having no counties below it.
    /// - 申报单位 (employers) sit under departments, self-reviewing units, talent centres and the city-level and
    ///   county offices; a county's and a city's own departments are created as employers (the manual: 市直、县直部门
    ///   统一选择申报单位). Decisions: not directly under the province office (provincial employers belong to a
    ///   provincial unit), and never under another employer, which also bounds the tree's depth.
    public var allowedParents: [OrganizationKind] {
        switch self {
        case .provinceOffice:
            []
        case .cityOffice, .countyDirectOffice, .xionganOffice,
            .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre:
            [.provinceOffice]
        case .countyOffice:
            [.cityOffice, .xionganOffice]
        case .cityDepartment, .citySelfReviewUnit, .cityTalentCentre:
            [.cityOffice, .countyDirectOffice, .xionganOffice]
        case .employer:
            [
                .provinceDepartment, .provinceSelfReviewUnit, .provinceTalentCentre,
                .cityOffice, .countyDirectOffice, .xionganOffice,
                .cityDepartment, .citySelfReviewUnit, .cityTalentCentre,
                .countyOffice,
            ]
        }
    }

    /// The kinds that may be created under this one, in declaration order (derived from ``allowedParents``).
    public var allowedChildren: [OrganizationKind] {
        OrganizationKind.allCases.filter { $0.allowedParents.contains(self) }
    }

    /// True when this kind is the root of the tree (省职改办).
    public var isRoot: Bool { allowedParents.isEmpty }

    /// Whether an organisation of this kind may be created under `parent` (nil: as the root).
    public func mayBeCreated(under parent: OrganizationKind?) -> Bool {
        guard let parent else { return isRoot }
        return allowedParents.contains(parent)
    }

    /// Throws `invalidArgument` on `field` when this kind may not be created under `parent` (nil: as the root),
    /// naming the parents that are allowed.
    public func validatePlacement(under parent: OrganizationKind?, field: String = "parent") throws(EngineError) {
        guard !mayBeCreated(under: parent) else { return }
        if isRoot {
            throw .invalid(field, "\(label) is the root of the organisation tree and has no parent")
        }
        let allowed = OrganizationKind.listed(allowedParents)
        if let parent {
            throw .invalid(field, "\(label) may only be created under \(allowed), not under \(parent.label)")
        }
        throw .invalid(field, "\(label) must be created under \(allowed)")
    }

    /// The depths (0 = root) at which this kind can sit, derived from ``allowedParents``: a code of depth d has
    /// 2 + 4·d digits. An employer sits at depth 2 (under a provincial unit or a city-level office) or 3 (under a
    /// city department or unit, or a county office).
    public var codeDepths: Set<Int> { depths(visiting: []) }

    /// The deepest an organisation can sit: 3, so the longest code has 14 digits.
    public static var maximumCodeDepth: Int { allCases.flatMap(\.codeDepths).max() ?? 0 }

    private func depths(visiting: Set<OrganizationKind>) -> Set<Int> {
        if isRoot { return [0] }
        // A cycle in the table would make depths unbounded; it yields no depth instead (a test pins acyclicity).
        guard !visiting.contains(self) else { return [] }
        let seen = visiting.union([self])
        return Set(allowedParents.flatMap { $0.depths(visiting: seen).map { $0 + 1 } })
    }

    /// `A`, `A or B`, `A, B or C`.
    static func listed(_ kinds: [OrganizationKind]) -> String {
        let labels = kinds.map(\.label)
        guard let last = labels.last else { return "" }
        guard labels.count > 1 else { return last }
        return labels.dropLast().joined(separator: ", ") + " or " + last
    }
}
