public import Foundation

/// 机构（单位）类型 — what an organisation is, and so where in the tree it may sit.
public enum OrganizationKind: String, WireEnum {
    /// 省职改办 — the provincial title-reform office, the root (code `13`).
    case provinceOffice
    /// 设区市职改办 — a city's office, under the province.
    case cityOffice
    /// 省直管县职改办 — a county administered directly by the province; a city-level office.
    case countyDirectOffice
    /// 雄安新区职改办 — the Xiong'an New Area office; a city-level office.
    case xionganOffice
    /// 省直主管部门 — a provincial competent department (category: party, government or enterprise department).
    case provinceDepartment
    /// 省自评单位 — a provincial self-reviewing unit (category: an enterprise, central unit, hospital or university).
    case provinceSelfReviewUnit
    /// 省人才中心 — the provincial talent centre (serial 5000).
    case provinceTalentCentre
    /// 县(市/区)职改办 — a county, county-level city or district office, under a city-level office.
    case countyOffice
    /// 市直主管部门 — a city competent department.
    case cityDepartment
    /// 市中级自评单位 — a city self-reviewing unit.
    case citySelfReviewUnit
    /// 市人才中心 — a city talent centre (serial 5000).
    case cityTalentCentre
    /// 申报单位 — an employer, where applicant accounts are made.
    case employer
}

/// 机构类别 — the category of a department, self-reviewing unit or talent centre; it fixes the range of the last 4
/// digits of its code.
public enum OrganizationCategory: String, WireEnum {
    /// 党委部门 — 0101–0999.
    case partyDepartment
    /// 政府部门 — 1001–1999.
    case governmentDepartment
    /// 企业单位 — 2001–2999.
    case enterpriseDepartment
    /// 国有企业 — 3001–3099.
    case stateOwnedEnterprise
    /// 民营企业 — 3101–3199.
    case privateEnterprise
    /// 中直/中省直单位 — 3201–3299.
    case centralUnit
    /// 医院 — 3301–3499.
    case hospital
    /// 高校 — 3501–4999.
    case university
    /// 人才中心 — exactly 5000.
    case talentCentre
}

/// 机构性质 — the legal nature of an organisation. Title-reform offices are always `stateOrgan`.
public enum OrganizationNature: String, WireEnum {
    /// 机关
    case stateOrgan
    /// 事业单位
    case publicInstitution
    /// 企业
    case enterprise
    /// 社会团体
    case socialOrganization
    /// 其他
    case other
}

/// 组织机构 — an organisation with its profile.
public struct OrganizationInfo: Codable, Hashable, Sendable {
    /// 机构编码 — the full hierarchical code: the parent's code plus 4 digits.
    public var code: String
    /// The parent's code; absent for the provincial office.
    public var parentCode: String?
    public var kind: OrganizationKind
    /// The kind's Chinese name, e.g. `市直主管部门`.
    public var kindName: String
    /// Present for departments, self-reviewing units and talent centres.
    public var category: OrganizationCategory?
    /// The category's Chinese name, e.g. `政府部门`.
    public var categoryName: String?
    public var nature: OrganizationNature?
    /// The nature's Chinese name, e.g. `机关`.
    public var natureName: String?
    public var name: String
    public var address: String?
    public var contactPerson: String?
    public var contactPhone: String?
    /// A disabled organisation's accounts cannot log in; it is never deleted.
    public var disabled: Bool
    /// The login of its admin account (`admin` + code).
    public var adminAccount: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        code: String, parentCode: String? = nil, kind: OrganizationKind, kindName: String,
        category: OrganizationCategory? = nil, categoryName: String? = nil, nature: OrganizationNature? = nil,
        natureName: String? = nil, name: String, address: String? = nil, contactPerson: String? = nil,
        contactPhone: String? = nil, disabled: Bool, adminAccount: String? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.code = code
        self.parentCode = parentCode
        self.kind = kind
        self.kindName = kindName
        self.category = category
        self.categoryName = categoryName
        self.nature = nature
        self.natureName = natureName
        self.name = name
        self.address = address
        self.contactPerson = contactPerson
        self.contactPhone = contactPhone
        self.disabled = disabled
        self.adminAccount = adminAccount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
