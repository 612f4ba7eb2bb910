import GRDB

/// 评委会: a 高级 committee per common series at the province, a 中级 one per common series in each 设区市, and the
/// 自主评审 committees of the provincial universities and hospitals.
extension GenerationContext {
    /// Series with a provincial 高级 committee, and the department that forms it.
    static let provincialCommittees: [(String, String)] = [
        ("zhongxiaoxue", "河北省教育厅"), ("zhongzhi", "河北省教育厅"), ("weisheng", "河北省卫生健康委员会"),
        ("gongcheng", "河北省工业和信息化厅"), ("nongye", "河北省农业农村厅"), ("jingji", "河北省人力资源和社会保障厅"),
        ("kuaiji", "河北省财政厅"), ("tongji", "河北省统计局"), ("shenji", "河北省审计厅"), ("dangan", "河北省档案馆"),
        ("xinwen", "中共河北省委宣传部"), ("tushu", "河北省文化和旅游厅"), ("wenbo", "河北省文化和旅游厅"),
        ("jigong", "河北省人力资源和社会保障厅"), ("ziran", "河北省科学技术厅"),
    ]
    /// Series with a 中级 committee in every 设区市, formed by the city's office.
    static let cityCommittees = ["zhongxiaoxue", "weisheng", "gongcheng", "nongye", "kuaiji", "jingji"]

    mutating func writeCommittees(_ w: inout BulkWriter, _ db: Database) throws {
        let created = opens.adding(-3 * GeneratedTime.day)
        var nextID: Int64 = 1
        func add(
            _ code: String, _ name: String, _ series: String, _ level: CommitteeLevel, _ type: ReviewType,
            forming: Int, authority: Int, owner: Int
        ) throws {
            guard let qualifications = reference.qualifications[series],
                qualifications.contains(where: { $0.level.committeeLevel == level })
            else { return }
            let id = nextID
            nextID += 1
            try db.execute(
                sql: """
                    INSERT INTO committee (id, code, name, series_code, level, review_type, forming_organization_id,
                        authority_organization_id, owner_organization_id, disabled, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """,
                arguments: [
                    id, code, name, series, level.rawValue, type.rawValue, tree.organizations[forming].id,
                    tree.organizations[authority].id, tree.organizations[owner].id, created.sqlText, created.sqlText,
                ])
            let specialties = GeneratedText.specialties[series] ?? [reference.seriesNames[series] ?? series]
            for specialty in specialties {
                try db.execute(
                    sql: "INSERT INTO committee_specialty (committee_id, specialty) VALUES (?, ?)",
                    arguments: [id, specialty])
            }
            w.counts["committee", default: 0] += 1
            w.counts["committee_specialty", default: 0] += specialties.count
            try w.audit(
                at: created, "committee.create",
                by: .init(
                    accountID: adminID(owner), login: adminLogin(owner), organizationID: tree.organizations[owner].id,
                    peerPID: 4242),
                organization: tree.organizations[owner].id, target: ("committee", code),
                detail: [
                    ("authority", tree.organizations[authority].code), ("forming", tree.organizations[forming].code),
                    ("level", level.rawValue), ("name", name), ("reviewType", type.rawValue), ("series", series),
                    ("specialties", String(specialties.count)),
                ])
            if type == .selfReview {
                selfReviewCommittees.insert(SelfReviewKey(organization: forming, series: series, level: level))
            }
        }
        let byName = Dictionary(tree.organizations.enumerated().map { ($1.name, $0) }) { a, _ in a }
        for (series, department) in Self.provincialCommittees {
            let seriesName = reference.seriesNames[series] ?? series
            try add(
                "HB-GJ-" + series.uppercased(), "河北省\(seriesName)高级职称评审委员会", series, .gaoji, .social,
                forming: byName[department] ?? 0, authority: 0, owner: 0)
        }
        for (index, org) in tree.organizations.enumerated() where org.kind == .cityOffice {
            guard let city = HebeiDivisions.cities.first(where: { HebeiDivisions.fullName($0) == org.cityName }) else {
                continue
            }
            for series in Self.cityCommittees {
                let seriesName = reference.seriesNames[series] ?? series
                try add(
                    "\(city.abbreviation)-ZJ-\(series.uppercased())", "\(org.cityName)\(seriesName)中级职称评审委员会", series,
                    .zhongji, .social, forming: index, authority: index, owner: index)
            }
        }
        for (index, org) in tree.organizations.enumerated() where org.kind == .provinceSelfReviewUnit {
            let series = org.category == .university ? "gaoxiao" : org.category == .hospital ? "weisheng" : nil
            guard let series else { continue }
            for level in [CommitteeLevel.gaoji, .zhongji] {
                try add(
                    "\(org.code)-\(level == .gaoji ? "GJ" : "ZJ")-\(series.uppercased())",
                    "\(org.name)\(reference.seriesNames[series] ?? series)\(level.chineseName)职称自主评审委员会", series, level,
                    .selfReview, forming: index, authority: 0, owner: 0)
            }
        }
    }

    /// 石家庄市长安区建设北大街128号.
    func address(_ org: GeneratedOrganization, _ random: inout GeneratorRandom) -> String {
        let roads = ["中山路", "建设大街", "和平路", "裕华路", "胜利大街", "人民路", "解放路", "新华路", "友谊大街", "光明路", "朝阳路", "育才街"]
        return org.cityName + random.pick(roads) + "\(random.int(1...399))号"
    }
}
