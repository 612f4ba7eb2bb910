import Foundation
import ZCProtocol

/// One message of the golden tests, its type erased: how to encode the sample and whether a decoded fixture equals it.
struct GoldenMessage: Sendable {
    /// The fixture's name in `Golden/`, without `.json`: `<method>.params` or `<method>.result`.
    let name: String
    let encode: @Sendable () throws -> [UInt8]
    /// The sample as Foundation's `JSONEncoder` writes it: `ZCJSON.encode` must write the same bytes.
    let encodeWithFoundation: @Sendable () throws -> [UInt8]
    /// Decodes `bytes` as the message's type and says whether the value equals the sample.
    let decodesToSample: @Sendable (_ bytes: [UInt8]) throws -> Bool

    init<T: Codable & Equatable & Sendable>(name: String, sample: T) {
        self.name = name
        encode = { try ZCJSON.encode(sample) }
        encodeWithFoundation = { try ZCJSON.encodeWithFoundation(sample) }
        decodesToSample = { bytes in try ZCJSON.decode(T.self, from: bytes) == sample }
    }
}

/// The params and result sample of one method.
struct MethodSample: Sendable {
    let method: String
    let params: GoldenMessage
    let result: GoldenMessage
}

/// A fully populated sample (every optional set) of the params and the result of every method, keyed by method name.
///
/// Adding a method to `MethodRegistry.all` without a sample here, and its two fixtures in `Golden/`, fails
/// `RegistryTests`. Run the tests once with `ZC_UPDATE_GOLDEN=1` to write the fixtures, then read them before
/// committing: they are the wire contract.
///
/// The samples of each family live in `Samples+<Family>.swift`; the building blocks they share (organisations,
/// people, the batch, the dates) are below. Where members exclude each other (a result that is either a new file or
/// an upload to continue), the sample sets the more informative one; where a state leaves a member out (a draft has
/// no `submittedAt`), some other fixture of the same type shows it.
enum Samples {
    /// Every sample, family by family.
    static let list: [MethodSample] = [
        rpc, session, system, org, staff, ref, committee, applicant, batch, application, sections, review, file,
    ].flatMap { $0 } + PublicitySamples.list + ExportSamples.list

    static let byMethod: [String: MethodSample] = Dictionary(
        list.map { ($0.method, $0) }, uniquingKeysWith: { first, _ in first })

    /// Ties a request to its own `Response` type, so a sample cannot be paired with the wrong result.
    static func sample<R: ZCRequest & Equatable>(_ params: R, _ result: R.Response) -> MethodSample
    where R.Response: Equatable {
        MethodSample(
            method: R.method,
            params: GoldenMessage(name: R.method + ".params", sample: params),
            result: GoldenMessage(name: R.method + ".result", sample: result))
    }

    // MARK: Dates — whole seconds, as ISO 8601 on the wire keeps no fractions

    /// A moment given as seconds since 1970 (UTC).
    static func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    /// 2025-12-01T02:00:00Z: when the organisations and accounts were created.
    static let setUpAt = at(1_764_554_400)
    /// 2026-01-15T01:00:00Z: when the batch was opened and profiles last changed.
    static let announcedAt = at(1_768_438_800)
    /// 2026-03-01T00:00:00Z (08:00 in Beijing): the batch opens.
    static let opensAt = at(1_772_323_200)
    /// 2026-03-01T08:30:00Z: a session's end.
    static let expiry = at(1_772_353_800)
    /// 2026-03-02T01:15:00Z: the declaration is started.
    static let startedAt = at(1_772_414_100)
    /// 2026-03-05T02:40:00Z: sections saved, files uploaded.
    static let savedAt = at(1_772_678_400)
    /// 2026-03-10T06:00:00Z: first submission.
    static let submittedAt = at(1_773_122_400)
    /// 2026-03-12T03:30:00Z: the handler at the department passes it.
    static let handlerDecidedAt = at(1_773_286_200)
    /// 2026-03-16T07:45:00Z: the leader at the department returns it.
    static let leaderDecidedAt = at(1_773_647_100)
    /// 2026-03-18T02:00:00Z: resubmitted after the return.
    static let resubmittedAt = at(1_773_799_200)
    /// 2026-04-30T16:00:00Z (midnight in Beijing): the batch closes.
    static let closesAt = at(1_777_564_800)

    // MARK: Organisations — the chain from the province down to the applicant's school

    static let province = OrganizationRef(code: "13", name: "河北省职称改革领导小组办公室")
    /// 设区市职改办.
    static let cityOffice = OrganizationRef(code: "130100", name: "石家庄市职改办")
    /// 市直主管部门, 政府部门 (serial range 1001–1999).
    static let educationBureau = OrganizationRef(code: "1301001001", name: "石家庄市教育局")
    /// 申报单位 under the bureau.
    static let school = OrganizationRef(code: "13010010010001", name: "石家庄市第二中学")

    // MARK: People and accounts

    /// 张伟, male, born 1980-01-01; the ID number's check character is right.
    static let applicantPerson = PersonRef(idNumber: "34052419800101001X", name: "张伟")

    static let credentials = IssuedCredentials(account: "admin13", initialPassword: "Kq3#mZ8pLw2x")

    /// A leader of the education bureau, as `session.*` and `rpc.hello` show the caller.
    static let account = AccountInfo(
        id: 42, account: "wangqiang.jyj", displayName: "王强", kind: .staff, staffType: .leader,
        organization: educationBureau, permissions: ["committee.formingLeader", "review.leader"],
        mustChangePassword: true, disabled: false)

    static let caller = CallerInfo(uid: 1000, gid: 1001, pid: 4242, isOperator: true, account: account)

    // MARK: Reference data and the batch

    static let series = SeriesRef(code: "zhongxiaoxue", name: "中小学教师")
    /// 高级教师, 副高级: what 张伟 applies for.
    static let qualification = QualificationRef(code: "zhongxiaoxue.fugao", name: "高级教师")

    static let batchRef = BatchRef(id: 7, name: "2026年度中小学教师职称申报")

    /// The paging every list sample asks for and every page answers with.
    static let pageParams = PageParams(offset: 0, limit: 20)
}
