import Foundation
import Glibc
import Testing
import ZCProtocol

/// Issue 3's example tree, built through the zcctl binary by the people who would build it, each with a session of
/// their own: 省职改办 `13` → 石家庄市职改办 `130100` → 石家庄市教育局 `1301001001` → 石家庄市第一中学 with its admin,
/// a handler and a leader; a provincial university `133501`; a committee; two applicants. Then the tree is listed
/// (JSON and the human table) and the wrong moves are refused with exit 1 and the error's name.
@Suite struct OrganizationTreeTests {
    static let password = "Tree-Pass-2026"

    /// (code, parent, kind, category, name, admin) of an organisation in a listing.
    struct Row: Equatable, CustomStringConvertible {
        var code, parent: String
        var kind: OrganizationKind
        var category: OrganizationCategory?
        var name, admin: String

        init(_ o: OrganizationInfo) {
            self.init(o.code, o.parentCode ?? "", o.kind, o.category, o.name, o.adminAccount ?? "")
        }

        init(
            _ code: String, _ parent: String, _ kind: OrganizationKind, _ category: OrganizationCategory?,
            _ name: String, _ admin: String
        ) {
            (self.code, self.parent, self.kind, self.category, self.name, self.admin) =
                (code, parent, kind, category, name, admin)
        }

        var description: String { "\(code) ← \(parent) \(kind.rawValue) \(category?.rawValue ?? "-") \(name) \(admin)" }
    }

    @Test func theExampleTreeThroughZcctl() throws {
        let daemon = try Daemon()
        let province = Zcctl(daemon, as: "province")

        // 省职改办: zcctl init (an operator), login, passwd.
        let initialized = try province.json(SystemInitResult.self, ["init"])
        #expect(initialized.organization.code == "13" && initialized.admin.account == "admin13")
        try province.activate("admin13", initialPassword: initialized.admin.initialPassword, password: Self.password)
        #expect(try province.ok(["whoami"]).contains("admin13 — 河北省职称改革领导小组办公室管理员"))

        // 石家庄市职改办 130100, by the province; its admin logs in, changes the password, completes the profile.
        let city = try province.json(
            CreateOrganizationResult.self,
            [
                "org", "create", "--parent", "13", "--kind", "cityOffice", "--serial", "0100", "--name",
                "石家庄市职称改革领导小组办公室",
            ])
        #expect(city.organization.code == "130100" && city.admin.account == "admin130100")
        let cityOffice = Zcctl(daemon, as: "city")
        try cityOffice.activate("admin130100", initialPassword: city.admin.initialPassword, password: Self.password)
        let profile = try cityOffice.json(
            OrganizationInfo.self,
            ["org", "edit", "130100", "--address", "石家庄市长安区中山东路", "--contact", "刘洋", "--phone", "0311-87654321"])
        #expect(profile.contactPhone == "0311-87654321" && profile.nature == .stateOrgan)

        // The city's admin cannot create under the province, nor a department outside its category's range.
        try cityOffice.refused(
            ["org", "create", "--parent", "13", "--kind", "cityOffice", "--name", "邯郸市职称改革领导小组办公室"],
            "permission_denied", mentions: ["needed scope: admin of organisation 13"])
        try cityOffice.refused(
            [
                "org", "create", "--parent", "130100", "--kind", "cityDepartment", "--category", "governmentDepartment",
                "--serial", "0999", "--name", "石家庄市教育局",
            ], "invalid_argument", mentions: ["params.serial", "1001–1999"])
        try cityOffice.refused(
            [
                "org", "create", "--parent", "130100", "--kind", "cityDepartment", "--category", "governmentDepartment",
                "--serial", "101", "--name", "石家庄市教育局",
            ], "invalid_argument", mentions: ["params.serial"])

        // 石家庄市教育局: 市直主管部门 · 政府部门, serial 1001 → 1301001001; the serial is then taken.
        let department = try cityOffice.json(
            CreateOrganizationResult.self,
            [
                "org", "create", "--parent", "130100", "--kind", "cityDepartment", "--category", "governmentDepartment",
                "--serial", "1001", "--name", "石家庄市教育局",
            ])
        #expect(department.organization.code == "1301001001")
        #expect(department.organization.categoryName == "政府部门" && department.organization.kindName == "市直主管部门")
        try cityOffice.refused(
            [
                "org", "create", "--parent", "130100", "--kind", "cityDepartment", "--category", "governmentDepartment",
                "--serial", "1001", "--name", "石家庄市人力资源和社会保障局",
            ], "already_exists")
        // A city department has no place under the province.
        try province.refused(
            [
                "org", "create", "--parent", "13", "--kind", "cityDepartment", "--category", "governmentDepartment",
                "--name", "石家庄市卫生健康委员会",
            ], "invalid_argument", mentions: ["params"])

        // 石家庄市第一中学, an employer, by the department's admin (the next free serial).
        let departmentAdmin = Zcctl(daemon, as: "department")
        try departmentAdmin.activate(
            department.admin.account, initialPassword: department.admin.initialPassword, password: Self.password)
        let school = try departmentAdmin.json(
            CreateOrganizationResult.self,
            ["org", "create", "--parent", "1301001001", "--kind", "employer", "--name", "石家庄市第一中学"])
        let schoolCode = school.organization.code
        #expect(schoolCode.count == 14 && schoolCode.hasPrefix("1301001001"), "\(schoolCode)")
        #expect(school.admin.account == "admin" + schoolCode)

        // A provincial self-reviewing university, 133501, by the province.
        let university = try province.json(
            CreateOrganizationResult.self,
            [
                "org", "create", "--parent", "13", "--kind", "provinceSelfReviewUnit", "--category", "university",
                "--serial", "3501", "--name", "河北科技大学",
            ])
        #expect(university.organization.code == "133501" && university.organization.categoryName == "高校")
        try province.refused(
            [
                "org", "create", "--parent", "13", "--kind", "provinceSelfReviewUnit", "--category", "university",
                "--serial", "3500", "--name", "河北师范大学",
            ], "invalid_argument", mentions: ["3501–4999"])

        // The school's admin, a handler and a leader, each with the permission of their stage.
        let schoolAdmin = Zcctl(daemon, as: "school")
        try schoolAdmin.activate(
            school.admin.account, initialPassword: school.admin.initialPassword, password: Self.password)
        let handler = try schoolAdmin.json(
            CreateStaffResult.self,
            ["staff", "create", "yizhong.wang", "--name", "王芳", "--type", "handler", "--permission", "review.handler"])
        let leader = try schoolAdmin.json(
            CreateStaffResult.self,
            ["staff", "create", "yizhong.li", "--name", "李明", "--type", "leader", "--permission", "review.leader"])
        #expect(handler.staff.permissions == ["review.handler"] && leader.staff.permissions == ["review.leader"])
        // 结果公示处理 belongs to handlers of provincial units and city-level offices, not of an employer.
        try schoolAdmin.refused(
            [
                "staff", "create", "yizhong.zhao", "--name", "赵磊", "--type", "handler", "--permission",
                "review.handler,review.publicity",
            ], "invalid_argument", mentions: ["params.permissions[1]"])
        for (profile, issued) in [("handler", handler.credentials), ("leader", leader.credentials)] {
            let staff = Zcctl(daemon, as: profile)
            try staff.activate(issued.account, initialPassword: issued.initialPassword, password: Self.password)
            let me = try staff.json(CallerInfo.self, ["whoami"])
            #expect(me.account?.kind == .staff && me.account?.organization.code == schoolCode)
            #expect(me.account?.permissions == ["review.\(profile)"])
        }
        let staffList = try schoolAdmin.ok(["staff", "list"])
        #expect(staffList.contains("王芳") && staffList.contains("李明"), "\(staffList)")

        // A committee formed by the city office and authorised by the province.
        let committeeArguments = [
            "committee", "create", "--code", "SJZ-ZXXJS-GJ", "--name", "石家庄市中小学教师高级职务评审委员会", "--series",
            "zhongxiaoxue", "--level", "gaoji", "--review-type", "social", "--forming", "130100", "--authority", "13",
            "--specialty", "中学数学", "--specialty", "中学语文",
        ]
        let committee = try cityOffice.json(CommitteeInfo.self, committeeArguments)
        #expect(committee.owner.code == "130100" && committee.authorityOrganization.code == "13")
        #expect(committee.seriesName == "中小学教师" && committee.levelName == "高级" && committee.reviewTypeName == "社会化评审")
        #expect(committee.specialties == ["中学数学", "中学语文"].sorted())
        try cityOffice.refused(committeeArguments, "already_exists")
        try cityOffice.refused(
            committeeArguments.map { $0 == "SJZ-ZXXJS-GJ" ? "SJZ-ZXXJS-GJ2" : ($0 == "130100" ? "13" : $0) },
            "permission_denied")
        try cityOffice.refused(
            committeeArguments.map { $0 == "SJZ-ZXXJS-GJ" ? "SJZ-ZXXJS-ZZ" : ($0 == "social" ? "selfReview" : $0) },
            "invalid_argument", mentions: ["params.reviewType"])
        #expect(try handlerList(daemon, committee: "SJZ-ZXXJS-GJ"))

        // Two applicants of the school; the ID numbers are checked.
        let zhang = try schoolAdmin.json(
            CreateApplicantResult.self,
            ["applicant", "create", "34052419800101001X", "--name", "张伟", "--phone", "13912345678"])
        let wang = try schoolAdmin.json(
            CreateApplicantResult.self, ["applicant", "create", "53010219200508011x", "--name", "王建国"])
        #expect(zhang.applicant.birthDate == "1980-01-01" && zhang.applicant.gender == .male)
        #expect(wang.applicant.idNumber == "53010219200508011X" && wang.applicant.birthDate == "1920-05-08")
        #expect(zhang.applicant.employer.code == schoolCode)
        try schoolAdmin.refused(
            ["applicant", "create", "340524198001010019", "--name", "张三"], "invalid_argument",
            mentions: ["params.idNumber"])
        try schoolAdmin.refused(["applicant", "create", "34052419800101001X", "--name", "张伟"], "already_exists")
        try cityOffice.refused(["applicant", "create", "34052419800101001X", "--name", "张伟"], "permission_denied")
        let applicant = Zcctl(daemon, as: "applicant")
        try applicant.activate(
            "34052419800101001x", initialPassword: zhang.credentials.initialPassword, password: Self.password)
        #expect(try applicant.json(CallerInfo.self, ["whoami"]).account?.kind == .applicant)
        let applicants = try schoolAdmin.ok(["applicant", "list"])
        #expect(applicants.contains("张伟") && applicants.contains("王建国") && applicants.contains("1920-05-08"))

        // The province sees exactly the tree, in code order.
        let expected = [
            Row("130100", "13", .cityOffice, nil, "石家庄市职称改革领导小组办公室", "admin130100"),
            Row("1301001001", "130100", .cityDepartment, .governmentDepartment, "石家庄市教育局", "admin1301001001"),
            Row(schoolCode, "1301001001", .employer, nil, "石家庄市第一中学", "admin" + schoolCode),
            Row("133501", "13", .provinceSelfReviewUnit, .university, "河北科技大学", "admin133501"),
        ]
        let listed = try province.json(ZCProtocol.Page<OrganizationInfo>.self, ["org", "list", "--subtree"])
        #expect(listed.items.map(Row.init) == expected)
        #expect(listed.total == 4)
        let children = try province.json(ZCProtocol.Page<OrganizationInfo>.self, ["org", "list"])
        #expect(children.items.map(\.code) == ["130100", "133501"])
        let citySubtree = try cityOffice.json(ZCProtocol.Page<OrganizationInfo>.self, ["org", "list", "--subtree"])
        #expect(citySubtree.items.map(Row.init) == Array(expected[1...2]))
        try cityOffice.refused(["org", "list", "--parent", "13"], "permission_denied")

        // The human table: a tree indented under 13, the columns lined up with Chinese names two cells wide.
        let table = try province.ok(["org", "list", "--subtree"])
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(table)")
        let names = ["石家庄市职称改革领导小组办公室", "  └ 石家庄市教育局", "    └ 石家庄市第一中学", "河北科技大学"]
        for (i, row) in expected.enumerated() where lines.count == 6 {
            let line = lines[i + 2]
            #expect(line.hasPrefix(row.code + " "), "\(line)")
            #expect(line.contains(" " + names[i] + " "), "\(line)")
            #expect(line.hasSuffix("enabled"), "\(line)")
        }
        for (header, cells) in [
            ("KIND", ["设区市职改办", "市直主管部门", "申报单位", "省自评单位"]),
            ("ADMIN", expected.map(\.admin)), ("STATUS", Array(repeating: "enabled", count: 4)),
        ] where lines.count == 6 {
            let column = Self.column(of: header, in: lines[0])
            for (i, cell) in cells.enumerated() {
                #expect(Self.column(of: cell, in: lines[i + 2]) == column, "\(header) in \(lines[i + 2])")
            }
        }

        #expect(try daemon.stop() == 0, "\(daemon.log)")
        #expect(!UnixSockets.exists(daemon.socketPath))
    }

    /// The school's handler sees the committee too (committees are not secret).
    private func handlerList(_ daemon: Daemon, committee: String) throws -> Bool {
        let listed = try Zcctl(daemon, as: "handler").json(ZCProtocol.Page<CommitteeInfo>.self, ["committee", "list"])
        return listed.items.map(\.code) == [committee]
    }

    /// The terminal column (cells, CJK characters two wide) where `text` starts in `line`, or -1.
    static func column(of text: String, in line: String) -> Int {
        guard let range = line.range(of: text) else { return -1 }
        return line[..<range.lowerBound].unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width + 2
            default: width + 1
            }
        }
    }
}
