import Foundation
import Testing
import ZCProtocol

/// The people of issue 5's review chain on issue 3's example tree (`ExampleTree`, made over the protocol as a
/// given), each with zcctl logged in under a profile of their own: the admins of the four organisations, a handler
/// (经办人) and a leader (领导) at each organisation of a 高级教师 case's chain — 石家庄市第一中学 → 石家庄市教育局 →
/// 石家庄市职改办, where the chain ends for 副高级 — and the applicant 张伟. The staff are made with `zcctl staff create`
/// by their organisation's admin and log in with `zcctl login`/`zcctl passwd`; every password is
/// `ExampleTree.password`.
struct ReviewCast {
    /// A reviewer of the chain: an organisation and a stage.
    enum Reviewer: String, CaseIterable, CustomStringConvertible {
        case schoolHandler, schoolLeader, bureauHandler, bureauLeader, cityHandler, cityLeader

        var description: String { rawValue }

        /// The organisation: 0 the school, 1 the bureau, 2 the city office (its place in the chain).
        var level: Int {
            switch self {
            case .schoolHandler, .schoolLeader: 0
            case .bureauHandler, .bureauLeader: 1
            case .cityHandler, .cityLeader: 2
            }
        }
    }

    /// (account, name, type, permissions) of each reviewer. The city office's handler also publishes (结果公示处理);
    /// its leader exports the review list and entrusts senior committees (委托高级评委会).
    static let staff: [Reviewer: (account: String, name: String, type: String, permissions: String)] = [
        .schoolHandler: ("yizhong.wang", "王芳", "handler", "review.handler"),
        .schoolLeader: ("yizhong.li", "李明", "leader", "review.leader"),
        .bureauHandler: ("jyj.zhao", "赵敏", "handler", "review.handler"),
        .bureauLeader: ("jyj.sun", "孙强", "leader", "review.leader"),
        .cityHandler: ("sjz.liu", "刘洋", "handler", "review.handler,review.publicity"),
        .cityLeader: ("sjz.chen", "陈静", "leader", "review.leader,review.exportList,review.entrustSenior"),
    ]

    let schoolCode: String
    let province, city, bureau, school: Zcctl
    let applicant: Zcctl
    /// Where the reviewers' profiles live and the daemon listens (the same after a restart).
    private let folder: TempFolder
    private let socket: String

    /// A reviewer's zcctl (the profile is named after the reviewer).
    subscript(_ reviewer: Reviewer) -> Zcctl { Zcctl(folder: folder, socket: socket, profile: reviewer.rawValue) }

    /// The example tree and the people above on a fresh daemon.
    static func build(on daemon: Daemon) throws -> ReviewCast {
        let tree = try ExampleTree.build(on: daemon)
        let admins = try [
            ExampleTree.provinceAdmin, ExampleTree.cityAdmin, ExampleTree.departmentAdmin, tree.schoolAdmin,
        ].map { account in
            let zcctl = Zcctl(daemon, as: account)
            try zcctl.login(account)
            return zcctl
        }
        let (school, bureau, city) = (admins[3], admins[2], admins[1])
        for reviewer in Reviewer.allCases {
            let s = try #require(staff[reviewer])
            let created = try [school, bureau, city][reviewer.level].json(
                CreateStaffResult.self,
                ["staff", "create", s.account, "--name", s.name, "--type", s.type, "--permission", s.permissions])
            let zcctl = Zcctl(daemon, as: reviewer.rawValue)
            try zcctl.activate(
                s.account, initialPassword: created.credentials.initialPassword, password: ExampleTree.password)
        }
        let applicant = Zcctl(daemon, as: "applicant")
        try applicant.login(ExampleTree.applicantID)
        return ReviewCast(
            schoolCode: tree.schoolCode, province: admins[0], city: city, bureau: bureau, school: school,
            applicant: applicant, folder: daemon.folder, socket: daemon.socketPath)
    }

    /// A batch of the city office for 中小学教师 through `zcctl batch create`, open from a day before the daemon's
    /// now for a year; returns its id.
    func openBatch(clock: FakeTime = .real, name: String = "2026年度石家庄市中小学教师职称申报") throws -> Int64 {
        let iso = ISO8601DateFormatter()
        let batch = try city.json(
            BatchInfo.self,
            [
                "batch", "create", "--year", "2026", "--name", name, "--series", "zhongxiaoxue",
                "--opens", iso.string(from: clock.now.addingTimeInterval(-86_400)),
                "--closes", iso.string(from: clock.now.addingTimeInterval(365 * 86_400)),
            ])
        guard batch.open, batch.office.code == ExampleTree.cityCode else {
            throw HarnessError("the batch is not open at the city office: \(batch)")
        }
        return batch.id
    }

    /// The application ids in each reviewer's queue (`zcctl review queue --json`).
    func queues() throws -> [Reviewer: Set<Int64>] {
        var queues: [Reviewer: Set<Int64>] = [:]
        for reviewer in Reviewer.allCases {
            let page = try self[reviewer].json(ZCProtocol.Page<CaseInfo>.self, ["review", "queue"])
            queues[reviewer] = Set(page.items.map(\.application))
        }
        return queues
    }

    /// Every reviewer's queue as `waiting` says (a case waits for one reviewer; the others' queues lack it).
    static func expectedQueues(_ waiting: [Int64: Reviewer]) -> [Reviewer: Set<Int64>] {
        var queues = Dictionary(uniqueKeysWithValues: Reviewer.allCases.map { ($0, Set<Int64>()) })
        for (application, reviewer) in waiting { queues[reviewer, default: []].insert(application) }
        return queues
    }

    /// The people whose saved sessions a restart of zcd days later has expired log in again.
    func loginAgain(_ reviewers: [Reviewer], applicant again: Bool = false) throws {
        for reviewer in reviewers {
            try self[reviewer].login(try #require(Self.staff[reviewer]).account)
        }
        if again { try applicant.login(ExampleTree.applicantID) }
    }
}

extension Zcctl {
    /// `zcctl login ACCOUNT` with `ExampleTree.password` on standard input.
    func login(_ account: String) throws {
        try ok(["login", account], stdin: ExampleTree.password + "\n")
    }
}
