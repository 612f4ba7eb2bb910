/// Names of generated employers (申报单位): the n-th employer of a kind in a place gets a name such a place really
/// has (第一中学, 人民医院, 农业技术推广中心, …), then numbered or invented ones.
enum EmployerNames {
    static let countyFixed: [(String, EmployerProfile)] = [
        ("第一中学", .school), ("人民医院", .hospital), ("实验小学", .school), ("第二中学", .school), ("中医医院", .hospital),
        ("职业技术教育中心", .vocationalSchool), ("农业农村局", .agriculture), ("第三中学", .school),
        ("妇幼保健院", .hospital), ("第一小学", .school), ("住房和城乡建设局", .government), ("第二小学", .school),
        ("疾病预防控制中心", .hospital), ("实验中学", .school), ("自然资源和规划局", .government), ("第二人民医院", .hospital),
        ("育才小学", .school), ("水利局", .government), ("融媒体中心", .culture), ("第四中学", .school),
        ("畜牧兽医站", .agriculture), ("统计局", .government), ("第三小学", .school), ("档案馆", .culture),
        ("财政局", .government), ("第五中学", .school),
    ]
    static let towns = [
        "城关", "东关", "西关", "南关", "北关", "新城", "大营", "马庄", "王庄", "李庄", "张村", "高村", "杨家庄", "刘家营", "柳林",
        "石桥", "河东", "河西", "双井", "白塔", "固城", "龙泉", "南营", "北辛庄", "东王", "西张", "黄庄", "三里屯", "孙家庄", "梨园",
    ]
    static let companyWords = [
        "华信", "恒通", "冀通", "中兴", "宏达", "鑫源", "瑞丰", "金泰", "天成", "博远", "正和", "嘉誉", "同创", "联合", "新元",
        "广盛", "德润", "永泰", "远航", "华北", "燕赵", "太行", "渤海", "长城", "冀中", "盛世", "泰和", "宏业",
    ]
    static let industries: [(String, EmployerProfile)] = [
        ("科技有限公司", .company), ("建设工程有限公司", .company), ("机械制造有限公司", .company), ("电子科技有限公司", .company),
        ("化工有限公司", .company), ("新材料股份有限公司", .company), ("环保科技有限公司", .company),
        ("建筑设计有限公司", .designInstitute), ("电力工程有限公司", .company), ("信息技术有限公司", .company),
        ("钢铁有限公司", .company), ("药业有限公司", .company), ("食品有限公司", .company), ("物流有限公司", .company),
        ("会计师事务所有限公司", .company), ("农业科技有限公司", .agriculture),
    ]

    /// The `n`-th (from 0) employer of county `place` (e.g. 石家庄市长安区).
    static func county(_ n: Int, place: String, _ random: inout GeneratorRandom) -> (String, EmployerProfile) {
        if n < countyFixed.count { return (place + countyFixed[n].0, countyFixed[n].1) }
        let k = n - countyFixed.count
        switch k % 4 {
        case 0: return (place + "第\(GeneratedText.chineseNumber(6 + k / 4))中学", .school)
        case 1: return (place + towns[(k / 4) % towns.count] + "镇中心卫生院" + suffix(k / 4, towns.count), .healthCentre)
        case 2: return (place + towns[(k / 4 + 7) % towns.count] + "镇中心学校" + suffix(k / 4, towns.count), .school)
        default: return company(place: place, &random)
        }
    }

    /// The `n`-th employer of `slot` in `city` (石家庄市).
    static func city(_ slot: CitySlot, _ n: Int, city: String, _ random: inout GeneratorRandom) -> (
        String, EmployerProfile
    ) {
        let fixed: [(String, EmployerProfile)]
        switch slot {
        case .education:
            fixed = [
                ("第一中学", .school), ("第二中学", .school), ("外国语学校", .school), ("实验中学", .school),
                ("第一职业中专", .vocationalSchool),
                ("第三中学", .school), ("实验小学", .school), ("第四中学", .school), ("特殊教育学校", .school), ("第五中学", .school),
            ]
            if n >= fixed.count {
                return n % 3 == 0
                    ? (city + "第\(GeneratedText.chineseNumber(min(99, 6 + n / 3)))中学" + suffix(n / 3, 93), .school)
                    : (city + "第\(GeneratedText.chineseNumber(min(99, n - n / 3)))小学" + suffix(n, 99), .school)
            }
        case .health:
            fixed = [
                ("第一医院", .hospital), ("第二医院", .hospital), ("中医院", .hospital), ("妇幼保健院", .hospital), ("儿童医院", .hospital),
                ("疾病预防控制中心", .hospital), ("第三医院", .hospital), ("中心血站", .hospital), ("第四医院", .hospital),
                ("精神卫生中心", .hospital), ("传染病医院", .hospital), ("急救中心", .hospital),
            ]
            if n >= fixed.count {
                return (city + "第\(GeneratedText.chineseNumber(min(99, n - 7)))医院" + suffix(n, 99), .hospital)
            }
        case .technical:
            fixed = [("技师学院", .technicalSchool), ("高级技工学校", .technicalSchool), ("公共就业服务中心", .government)]
        case .agriculture:
            fixed = [
                ("农业技术推广中心", .agriculture), ("农林科学院", .agriculture), ("畜牧兽医研究所", .agriculture),
                ("植保植检站", .agriculture), ("土壤肥料工作站", .agriculture), ("农业机械化技术推广站", .agriculture),
            ]
        case .construction:
            fixed = [
                ("建筑设计研究院", .designInstitute), ("城乡规划设计院", .designInstitute), ("建设工程质量监督站", .government),
                ("市政工程设计院", .designInstitute), ("建筑工程检测中心", .designInstitute),
            ]
        case .resources:
            fixed = [("测绘院", .designInstitute), ("国土资源勘测规划院", .designInstitute), ("自然资源综合行政执法支队", .government)]
        case .culture:
            fixed = [
                ("图书馆", .culture), ("博物馆", .culture), ("广播电视台", .culture), ("日报社", .culture), ("群众艺术馆", .culture),
                ("档案馆", .culture), ("文物保护研究所", .culture),
            ]
        case .transport:
            fixed = [("交通规划设计院", .designInstitute), ("公路工程质量监督站", .government), ("公路养护中心", .government)]
        case .water:
            fixed = [("水利规划设计院", .designInstitute), ("水文勘测研究中心", .research), ("水务集团有限公司", .company)]
        case .industry, .talentCentre, .county:
            fixed = []
        }
        if n < fixed.count { return (city + fixed[n].0, fixed[n].1) }
        return company(place: city, &random)
    }

    /// 石家庄华信科技有限公司: a company named after its city (市 dropped).
    static func company(place: String, _ random: inout GeneratorRandom) -> (String, EmployerProfile) {
        let base = place.hasSuffix("市") ? String(place.dropLast()) : place
        let industry = random.pick(industries)
        return (base + random.pick(companyWords) + random.pick(companyWords) + industry.0, industry.1)
    }

    /// `（二）` for the second round through a list of `count` names, nothing for the first.
    static func suffix(_ n: Int, _ count: Int) -> String {
        let round = n / max(1, count)
        return round == 0 ? "" : "（\(GeneratedText.chineseNumber(min(99, round + 1)))）"
    }
}
