import Foundation

/// Prints a declaration document (or any JSON object) as indented, labelled text for people: section names and
/// common members in Chinese, entries numbered, in the form's order.
enum DocumentPrinter {
    static let sectionOrder = [
        "declaration", "basicInfo", "education", "certificates", "employment", "otherMaterials", "workHistory",
        "societies", "professionalExperience", "papers", "books", "projects", "awards", "patents", "expertTitles",
        "otherAchievements", "workSummary",
    ]

    static let labels: [String: String] = [
        "application": "申报", "person": "申报人", "sections": "申报内容",
        "declaration": "申报信息", "basicInfo": "基础信息", "education": "学习经历", "certificates": "专业技术资格证书",
        "employment": "聘用证明", "otherMaterials": "其他材料", "workHistory": "工作履历", "societies": "学术团体/社会兼职",
        "professionalExperience": "专业技术工作经历", "papers": "论文", "books": "论著", "projects": "课题/项目",
        "awards": "奖励和荣誉", "patents": "专利", "expertTitles": "专家称号", "otherAchievements": "其它业绩",
        "workSummary": "工作总结",
        "name": "姓名", "gender": "性别", "idNumber": "身份证号", "birthDate": "出生日期", "phone": "电话",
        "reviewMethod": "评审方式", "route": "申报方式", "seriesCode": "申报系列", "seriesName": "系列",
        "qualificationCode": "申报资格", "qualificationName": "资格", "specialty": "申报专业", "levelName": "级别",
        "stateName": "状态", "employer": "工作单位", "batch": "批次", "submittedAt": "提交时间",
        "major": "所学专业", "degree": "学位", "adminPosition": "行政职务", "adminLevel": "行政级别",
        "currentTitle": "现专业技术职务", "appraisals": "考核情况", "year": "年度", "result": "结果",
        "from": "起", "to": "止", "school": "学校", "entries": "条目", "evidence": "佐证材料", "abstract": "摘要",
        "title": "题目", "journal": "期刊", "verificationURL": "检索验证地址", "counted": "计入",
        "organization": "单位", "position": "职务", "content": "内容", "category": "类别",
    ]

    static func render(_ json: Any) -> String {
        var out = ""
        write(json, key: nil, indent: 0, into: &out)
        return out
    }

    private static func label(_ key: String) -> String {
        labels[key].map { "\($0) (\(key))" } ?? key
    }

    private static func write(_ value: Any, key: String?, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case let object as [String: Any]:
            if let key { out += pad + label(key) + ":\n" }
            let keys = object.keys.sorted { a, b in
                let ia = sectionOrder.firstIndex(of: a) ?? Int.max
                let ib = sectionOrder.firstIndex(of: b) ?? Int.max
                return ia != ib ? ia < ib : a < b
            }
            for k in keys { write(object[k] ?? NSNull(), key: k, indent: key == nil ? indent : indent + 1, into: &out) }
        case let array as [Any]:
            out += pad + label(key ?? "") + ":" + (array.isEmpty ? " (无)" : "") + "\n"
            for (i, element) in array.enumerated() {
                if element is [String: Any] {
                    out += pad + "  [\(i + 1)]\n"
                    write(element, key: nil, indent: indent + 2, into: &out)
                } else {
                    out += pad + "  - " + scalar(element) + "\n"
                }
            }
        default:
            out += pad + label(key ?? "") + ": " + scalar(value) + "\n"
        }
    }

    private static func scalar(_ value: Any) -> String {
        switch value {
        case is NSNull: "—"
        case let b as Bool: b ? "是" : "否"
        case let n as NSNumber: n.stringValue
        case let s as String: s
        default: "\(value)"
        }
    }
}
