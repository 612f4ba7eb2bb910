/// One organisation of the generated tree, with what the generator needs besides its row: the kind of staff it
/// employs (which series its applicants declare in) and how many applicants it has relative to others.
struct GeneratedOrganization {
    /// `organization.id`, assigned in creation order from 1.
    var id: Int64
    var code: String
    /// Index of the parent in the tree's list; nil for the provincial office.
    var parent: Int?
    var kind: OrganizationKind
    var category: OrganizationCategory?
    var nature: OrganizationNature?
    var name: String
    /// Who works there; nil for offices and departments, which have no applicants of their own.
    var profile: EmployerProfile?
    /// Relative number of applicants (0: none).
    var size: Double = 0
    /// Index of the batch its applicants declare in.
    var batch: Int = 0
    /// 石家庄市 … or 河北省.
    var cityName: String
}

/// 申报单位的类型 — what an employer is, which decides the series its people apply in.
enum EmployerProfile: CaseIterable {
    case school, vocationalSchool, technicalSchool, hospital, healthCentre, company, agriculture, designInstitute
    case culture, government, university, research

    var isEnterprise: Bool { self == .company }

    var nature: OrganizationNature {
        switch self {
        case .company: .enterprise
        case .government: .stateOrgan
        default: .publicInstitution
        }
    }

    /// Series an employee of this kind applies in, with weights.
    var series: [(String, Double)] {
        switch self {
        case .school: [("zhongxiaoxue", 0.95), ("kuaiji", 0.02), ("shiyan", 0.02), ("tushu", 0.01)]
        case .vocationalSchool: [("zhongzhi", 0.85), ("kuaiji", 0.05), ("shiyan", 0.05), ("gongcheng", 0.05)]
        case .technicalSchool: [("jigong", 0.9), ("kuaiji", 0.1)]
        case .hospital: [("weisheng", 0.97), ("kuaiji", 0.01), ("gongcheng", 0.01), ("jingji", 0.01)]
        case .healthCentre: [("weisheng", 1)]
        case .company: [("gongcheng", 0.68), ("jingji", 0.15), ("kuaiji", 0.12), ("tongji", 0.05)]
        case .agriculture: [("nongye", 0.85), ("jingji", 0.1), ("kuaiji", 0.05)]
        case .designInstitute: [("gongcheng", 0.95), ("jingji", 0.05)]
        case .culture:
            [
                ("xinwen", 0.25), ("chuban", 0.1), ("wenbo", 0.15), ("tushu", 0.15), ("dangan", 0.1), ("yishu", 0.15),
                ("boyin", 0.1),
            ]
        case .government:
            [
                ("nongye", 0.25), ("gongcheng", 0.25), ("jingji", 0.15), ("kuaiji", 0.15), ("tongji", 0.08),
                ("dangan", 0.05), ("shenji", 0.04), ("gonggongfalv", 0.03),
            ]
        case .university: [("gaoxiao", 0.82), ("shiyan", 0.08), ("ziran", 0.04), ("zheshe", 0.03), ("tushu", 0.03)]
        case .research: [("ziran", 0.5), ("zheshe", 0.15), ("gongcheng", 0.25), ("nongye", 0.1)]
        }
    }

    /// Typical relative size (applicants per year).
    var size: Double {
        switch self {
        case .school: 1.1
        case .vocationalSchool: 0.9
        case .technicalSchool: 0.6
        case .hospital: 4.5
        case .healthCentre: 0.35
        case .company: 0.55
        case .agriculture: 0.6
        case .designInstitute: 0.8
        case .culture: 0.5
        case .government: 0.5
        case .university: 14
        case .research: 1.2
        }
    }
}
