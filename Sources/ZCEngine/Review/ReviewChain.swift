/// 审查链 — which organisations review a case, in order: the employer, then each organisation above it, up to and
/// including the organisation where the chain ends for the case's level.
///
/// Where the chain ends is one table, kept as data: the first organisation, walking up from the employer (the
/// employer included), whose kind is in the list for the case. The manual: 中级 ends at the city title-reform office
/// ("资格审查到市职改办就结束了") or, under provincial units, at the provincial unit; the entrust-senior permission sits
/// at the same level, so 副高级/正高级 end there too; 初级 ends at the competent department (or the county/city
/// office where an employer sits directly under one). 单位自主评审 ends at the self-reviewing unit itself.
public enum ReviewChain {
    /// Kinds where the chain may end, by committee level (初级 / 中级 / 高级), for ordinary review.
    public static let endKinds: [CommitteeLevel: Set<OrganizationKind>] = [
        .chuji: [
            .provinceDepartment, .cityDepartment, .provinceSelfReviewUnit, .citySelfReviewUnit, .provinceTalentCentre,
            .cityTalentCentre, .countyOffice, .cityOffice, .countyDirectOffice, .xionganOffice,
        ],
        .zhongji: [
            .cityOffice, .countyDirectOffice, .xionganOffice, .provinceDepartment, .provinceSelfReviewUnit,
            .provinceTalentCentre,
        ],
        .gaoji: [
            .cityOffice, .countyDirectOffice, .xionganOffice, .provinceDepartment, .provinceSelfReviewUnit,
            .provinceTalentCentre,
        ],
    ]

    /// Kinds where a 单位自主评审 chain ends: the self-reviewing unit.
    public static let selfReviewEndKinds: Set<OrganizationKind> = [.provinceSelfReviewUnit, .citySelfReviewUnit]

    /// The kinds the chain of a case ends at.
    public static func endKinds(level: TitleLevel, method: ReviewMethod) -> Set<OrganizationKind> {
        method == .selfReview ? selfReviewEndKinds : endKinds[level.committeeLevel] ?? []
    }

    /// The chain from the employer (first) up to the end, given the employer and its ancestors nearest first.
    /// Nil when no organisation on the way up is of an end kind.
    public static func chain<Org>(
        upwardFrom path: [Org], kind: (Org) -> OrganizationKind?, level: TitleLevel, method: ReviewMethod
    ) -> [Org]? {
        let ends = endKinds(level: level, method: method)
        var chain: [Org] = []
        for org in path {
            chain.append(org)
            if let k = kind(org), ends.contains(k) { return chain }
        }
        return nil
    }
}
