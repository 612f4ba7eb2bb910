import ZCProtocol

/// Prints a declaration document (or any JSON object) as indented, labelled text for people: section names and
/// common members in Chinese, entries numbered, sections in the form's order.
///
/// The document is read as `AnyJSON`, which keeps `true` and `1` apart (Foundation's JSONSerialization on Linux
/// hands both back as an NSNumber, and file id 1 came out as 是).
enum DocumentPrinter {
    static let sectionOrder = [
        "declaration", "basicInfo", "education", "certificates", "employment", "otherMaterials", "workHistory",
        "societies", "professionalExperience", "papers", "books", "projects", "awards", "patents", "expertTitles",
        "otherAchievements", "workSummary",
    ]

    /// The members of `sections`: the form's section names.
    static let sectionLabels: [String: String] = [
        "declaration": "申报信息", "basicInfo": "基础信息", "education": "学习经历", "certificates": "专业技术资格证书",
        "employment": "聘用证明", "otherMaterials": "其他材料", "workHistory": "工作履历", "societies": "学术团体/社会兼职",
        "professionalExperience": "专业技术工作经历", "papers": "论文", "books": "论著", "projects": "课题/项目",
        "awards": "奖励和荣誉", "patents": "专利", "expertTitles": "专家称号", "otherAchievements": "其它业绩",
        "workSummary": "工作总结",
    ]

    /// Every other member, wherever it is, except where `contextLabels` says otherwise.
    static let labels: [String: String] = [
        "application": "申报", "person": "申报人", "sections": "申报内容",
        "name": "名称", "gender": "性别", "idNumber": "身份证号", "birthDate": "出生日期", "phone": "电话",
        "reviewMethod": "评审方式", "route": "申报方式", "seriesCode": "申报系列", "seriesName": "系列",
        "qualificationCode": "申报资格", "qualificationName": "资格", "specialty": "申报专业", "levelName": "级别",
        "stateName": "状态", "employer": "工作单位", "batch": "批次", "submittedAt": "提交时间",
        "education": "学历", "major": "所学专业", "degree": "学位", "adminPosition": "行政职务", "adminLevel": "行政级别",
        "currentTitle": "现专业技术职务", "appraisals": "考核情况", "year": "年度", "result": "结果",
        "from": "起", "to": "止", "school": "学校", "entries": "条目", "evidence": "佐证材料", "abstract": "摘要",
        "summaryFile": "工作总结全文", "title": "题目", "journal": "期刊", "verificationURL": "检索验证地址",
        "counted": "计入", "organization": "单位", "position": "职务", "content": "内容", "category": "类别",
        "rank": "排名", "authorRank": "作者排名", "description": "说明",
    ]

    /// Labels that depend on the object a member is in: `person.name` is the applicant's 姓名, not a 名称.
    static let contextLabels: [String: String] = ["person.name": "姓名"]

    static func render(_ document: AnyJSON) -> String {
        var out = ""
        write(document, key: nil, parent: nil, indent: 0, into: &out)
        return out
    }

    private static func label(_ key: String, parent: String?) -> String {
        let chinese =
            parent == "sections"
            ? sectionLabels[key] : contextLabels["\(parent ?? "").\(key)"] ?? labels[key]
        return chinese.map { "\($0) (\(key))" } ?? key
    }

    /// The members in the order people read them: the form's order for sections, the document's parts first,
    /// otherwise by name.
    private static func ordered(_ keys: some Collection<String>, parent: String?) -> [String] {
        let rank: (String) -> Int =
            parent == "sections"
            ? { sectionOrder.firstIndex(of: $0) ?? Int.max }
            : { ["application", "person", "sections"].firstIndex(of: $0) ?? Int.max }
        return keys.sorted { a, b in rank(a) != rank(b) ? rank(a) < rank(b) : a < b }
    }

    private static func write(_ value: AnyJSON, key: String?, parent: String?, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .object(let members):
            if let key { out += pad + label(key, parent: parent) + ":\n" }
            for k in ordered(members.keys, parent: key) {
                write(members[k] ?? .null, key: k, parent: key, indent: key == nil ? indent : indent + 1, into: &out)
            }
        case .array(let items):
            out += pad + label(key ?? "", parent: parent) + ":" + (items.isEmpty ? " (无)" : "") + "\n"
            for (i, item) in items.enumerated() {
                if case .object = item {
                    out += pad + "  [\(i + 1)]\n"
                    write(item, key: nil, parent: key, indent: indent + 2, into: &out)
                } else {
                    out += pad + "  - " + scalar(item, continuation: pad + "    ") + "\n"
                }
            }
        default:
            out += pad + label(key ?? "", parent: parent) + ": " + scalar(value, continuation: pad + "  ") + "\n"
        }
    }

    /// A value on one line; the further lines of a text are indented by `continuation`.
    private static func scalar(_ value: AnyJSON, continuation: String) -> String {
        switch value {
        case .null: "—"
        case .bool(let b): b ? "是" : "否"
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .string(let s):
            s.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { i, line in i == 0 || line.isEmpty ? String(line) : continuation + line }
                .joined(separator: "\n")
        case .array, .object: (try? ZCJSON.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }
}
