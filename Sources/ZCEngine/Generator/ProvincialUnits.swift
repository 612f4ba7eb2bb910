/// The provincial level of the generated tree: 省直主管部门 with the employers under them, 省自评单位 (universities,
/// hospitals, enterprises) whose own people apply, and the 省人才中心.
enum ProvincialUnits {
    struct Department {
        var name: String
        var category: OrganizationCategory
        /// (employer name, profile) in the order they are created.
        var employers: [(String, EmployerProfile)]
    }

    struct SelfReviewUnit {
        var name: String
        var category: OrganizationCategory
        var profile: EmployerProfile
        var size: Double
    }

    static let departments: [Department] = [
        Department(
            name: "中共河北省委宣传部", category: .partyDepartment,
            employers: [
                ("河北日报社", .culture), ("河北广播电视台", .culture), ("河北出版传媒集团有限责任公司", .culture),
                ("河北省社会科学院", .research),
            ]),
        Department(
            name: "河北省教育厅", category: .governmentDepartment,
            employers: [
                ("河北师范大学附属中学", .school), ("河北省实验中学", .school), ("河北省石家庄聋人学校", .school),
                ("河北省电子信息技师学院", .technicalSchool), ("河北省教育考试院", .government),
            ]),
        Department(
            name: "河北省卫生健康委员会", category: .governmentDepartment,
            employers: [
                ("河北省胸科医院", .hospital), ("河北省眼科医院", .hospital), ("河北省中医院", .hospital),
                ("河北省儿童医院", .hospital), ("河北省疾病预防控制中心", .hospital), ("河北省第八人民医院", .hospital),
                ("河北省血液中心", .hospital),
            ]),
        Department(
            name: "河北省人力资源和社会保障厅", category: .governmentDepartment,
            employers: [("河北省机电技师学院", .technicalSchool), ("河北省职业技能鉴定指导中心", .government)]),
        Department(
            name: "河北省工业和信息化厅", category: .governmentDepartment,
            employers: [("河北省机械科学研究设计院有限公司", .designInstitute), ("河北省电子信息产业研究院", .research)]),
        Department(
            name: "河北省农业农村厅", category: .governmentDepartment,
            employers: [
                ("河北省农林科学院", .agriculture), ("河北省农业技术推广总站", .agriculture), ("河北省畜牧总站", .agriculture),
                ("河北省植保植检站", .agriculture),
            ]),
        Department(
            name: "河北省科学技术厅", category: .governmentDepartment,
            employers: [("河北省科学院", .research), ("河北省科学技术情报研究院", .research)]),
        Department(
            name: "河北省住房和城乡建设厅", category: .governmentDepartment,
            employers: [("河北省建筑科学研究院有限公司", .designInstitute), ("河北建筑设计研究院有限责任公司", .designInstitute)]),
        Department(
            name: "河北省交通运输厅", category: .governmentDepartment,
            employers: [("河北省交通规划设计研究院有限公司", .designInstitute), ("河北省高速公路延崇管理中心", .government)]),
        Department(
            name: "河北省水利厅", category: .governmentDepartment,
            employers: [("河北省水利水电勘测设计研究院集团有限公司", .designInstitute), ("河北省水文勘测研究中心", .research)]),
        Department(
            name: "河北省自然资源厅", category: .governmentDepartment,
            employers: [("河北省地矿局第三地质大队", .research), ("河北省第一测绘院", .designInstitute)]),
        Department(
            name: "河北省文化和旅游厅", category: .governmentDepartment,
            employers: [("河北博物院", .culture), ("河北省图书馆", .culture), ("河北省歌舞剧院", .culture), ("河北梆子剧院", .culture)]),
        Department(name: "河北省财政厅", category: .governmentDepartment, employers: [("河北省财政厅国库支付中心", .government)]),
        Department(name: "河北省统计局", category: .governmentDepartment, employers: [("河北省统计局普查中心", .government)]),
        Department(name: "河北省审计厅", category: .governmentDepartment, employers: [("河北省审计厅计算机审计中心", .government)]),
        Department(name: "河北省档案馆", category: .governmentDepartment, employers: [("河北省档案馆技术保护部", .culture)]),
        Department(
            name: "河北建设投资集团有限责任公司", category: .enterpriseDepartment,
            employers: [("河北建投能源投资股份有限公司", .company), ("河北建投新能源有限公司", .company)]),
        Department(
            name: "河北港口集团有限公司", category: .enterpriseDepartment,
            employers: [("秦皇岛港股份有限公司", .company), ("唐山港口实业集团有限公司", .company)]),
    ]

    static let selfReviewUnits: [SelfReviewUnit] = [
        SelfReviewUnit(name: "河北大学", category: .university, profile: .university, size: 16),
        SelfReviewUnit(name: "河北工业大学", category: .university, profile: .university, size: 15),
        SelfReviewUnit(name: "燕山大学", category: .university, profile: .university, size: 14),
        SelfReviewUnit(name: "河北医科大学", category: .university, profile: .university, size: 12),
        SelfReviewUnit(name: "河北师范大学", category: .university, profile: .university, size: 13),
        SelfReviewUnit(name: "河北农业大学", category: .university, profile: .university, size: 10),
        SelfReviewUnit(name: "河北科技大学", category: .university, profile: .university, size: 10),
        SelfReviewUnit(name: "华北理工大学", category: .university, profile: .university, size: 10),
        SelfReviewUnit(name: "石家庄铁道大学", category: .university, profile: .university, size: 8),
        SelfReviewUnit(name: "河北经贸大学", category: .university, profile: .university, size: 7),
        SelfReviewUnit(name: "河北医科大学第二医院", category: .hospital, profile: .hospital, size: 18),
        SelfReviewUnit(name: "河北省人民医院", category: .hospital, profile: .hospital, size: 16),
        SelfReviewUnit(name: "河北医科大学第四医院", category: .hospital, profile: .hospital, size: 14),
        SelfReviewUnit(name: "河北医科大学第三医院", category: .hospital, profile: .hospital, size: 12),
        SelfReviewUnit(name: "河北医科大学第一医院", category: .hospital, profile: .hospital, size: 10),
        SelfReviewUnit(name: "河钢集团有限公司", category: .stateOwnedEnterprise, profile: .company, size: 12),
        SelfReviewUnit(name: "开滦(集团)有限责任公司", category: .stateOwnedEnterprise, profile: .company, size: 9),
        SelfReviewUnit(name: "冀中能源集团有限责任公司", category: .stateOwnedEnterprise, profile: .company, size: 9),
        SelfReviewUnit(name: "长城汽车股份有限公司", category: .privateEnterprise, profile: .company, size: 8),
        SelfReviewUnit(
            name: "中国石油天然气股份有限公司华北油田分公司", category: .centralUnit, profile: .company, size: 7),
    ]

    static let talentCentre = "河北省人才交流服务中心"

    /// City colleges that review themselves at intermediate level (市中级自评单位 · 高校).
    static let cityColleges: [String: String] = [
        "石家庄": "石家庄学院", "唐山": "唐山学院", "邯郸": "邯郸学院", "邢台": "邢台学院", "保定": "保定学院",
        "衡水": "衡水学院", "沧州": "沧州师范学院", "廊坊": "廊坊师范学院", "张家口": "张家口学院", "秦皇岛": "河北科技师范学院",
        "承德": "河北民族师范学院",
    ]

    /// A city's competent departments: (name after the city's, category, kind of employers under it, share of the
    /// city's employers).
    static let cityDepartments: [(String, OrganizationCategory, CitySlot?)] = [
        ("委宣传部", .partyDepartment, .culture),
        ("教育局", .governmentDepartment, .education),
        ("卫生健康委员会", .governmentDepartment, .health),
        ("人力资源和社会保障局", .governmentDepartment, .technical),
        ("工业和信息化局", .governmentDepartment, .industry),
        ("农业农村局", .governmentDepartment, .agriculture),
        ("住房和城乡建设局", .governmentDepartment, .construction),
        ("自然资源和规划局", .governmentDepartment, .resources),
        ("文化广电和旅游局", .governmentDepartment, .culture),
        ("交通运输局", .governmentDepartment, .transport),
        ("水利局", .governmentDepartment, .water),
    ]
}

/// Where in a city an employer is created, and so what it is.
enum CitySlot: CaseIterable {
    case county, education, health, technical, industry, agriculture, construction, resources, culture, transport
    case water, talentCentre

    /// Share of a city's employers.
    var share: Double {
        switch self {
        case .county: 0.55
        case .education: 0.12
        case .health: 0.07
        case .technical: 0.015
        case .industry: 0.05
        case .agriculture: 0.035
        case .construction: 0.03
        case .resources: 0.01
        case .culture: 0.025
        case .transport: 0.01
        case .water: 0.01
        case .talentCentre: 0.075
        }
    }
}
