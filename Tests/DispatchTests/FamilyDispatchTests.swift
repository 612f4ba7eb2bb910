import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// ref, committee and applicant through the dispatcher: wire shapes, conversions and error paths.
@Suite struct FamilyDispatchTests {
    /// A harness with the province initialised and its admin logged in (password changed).
    static func province() async throws -> (DispatchHarness, ConnectionState) {
        let h = try DispatchHarness()
        let issued = try await h.call(SystemInitRequest(), on: h.connection(uid: 0)).admin
        return (h, try await h.loggedIn(issued, newPassword: "Admin-Pass-2026"))
    }

    static func failure(_ outcome: ParsedResponse.Outcome) -> WireError? {
        if case .failure(let e) = outcome { return e }
        return nil
    }

    @Test func givenAnonymousCaller_whenListingSeries_thenAll27WithLevelsAndChineseNames() async throws {
        let h = try DispatchHarness()
        let anonymous = h.connection(uid: 1000)
        let series = try await h.call(RefSeriesRequest(), on: anonymous)
        #expect(series.count == 27)
        let teachers = try #require(series.first { $0.code == "zhongxiaoxue" })
        #expect(teachers.levels.map(\.level) == [.yuan, .zhuli, .zhongji, .fugao, .zhenggao])
        #expect(teachers.levels.map(\.levelName) == ["员级", "助理级", "中级", "副高级", "正高级"])
        #expect(teachers.levels.flatMap { $0.qualifications.map(\.name) } == ["三级教师", "二级教师", "一级教师", "高级教师", "正高级教师"])
        let middle = try await h.call(RefQualificationsRequest(series: "zhongxiaoxue", level: .zhongji), on: anonymous)
        #expect(middle == [
            QualificationInfo(
                code: "zhongxiaoxue.zhongji", name: "一级教师", level: .zhongji, levelName: "中级", committeeLevel: .zhongji,
                series: SeriesRef(code: "zhongxiaoxue", name: "中小学教师"))
        ])
        let unknown = try await h.call("ref.qualifications", #"{"series":"nosuch"}"#, on: anonymous)
        #expect(Self.failure(unknown)?.code == .notFound)
        let badLevel = try await h.call("ref.qualifications", #"{"series":"zhongxiaoxue","level":"gao"}"#, on: anonymous)
        #expect(Self.failure(badLevel)?.code == .invalidParams)
    }

    @Test func givenTheProvinceAdmin_whenCreatingACommittee_thenTheWireShowsNamesAndBadValuesArePathed() async throws {
        let (h, admin) = try await Self.province()
        let created = try await h.call(
            CreateCommitteeRequest(
                code: "HB-GJ-JY01", name: "河北省中小学教师高级职称评审委员会", seriesCode: "zhongxiaoxue", level: .gaoji,
                reviewType: .social, formingOrganizationCode: "13", authorityOrganizationCode: "13",
                specialties: ["语文", "数学"]),
            on: admin)
        #expect(created.levelName == "高级" && created.reviewTypeName == "社会化评审" && created.seriesName == "中小学教师")
        #expect(created.owner == OrganizationRef(code: "13", name: "河北省职称改革领导小组办公室"))
        let bad = try await h.call(
            "committee.create",
            #"{"code":"x","name":"n","seriesCode":"minhang","level":"chuji","reviewType":"selfReview","#
                + #""formingOrganizationCode":"13","authorityOrganizationCode":"13","specialties":["a","a"]}"#,
            on: admin)
        let error = try #require(Self.failure(bad))
        #expect(error.code == .invalidArgument)
        #expect(Set(error.data.violations?.map(\.field) ?? []) == [
            "params.code", "params.level", "params.reviewType", "params.specialties[1]",
        ])
        let employer = try await h.employerAdmin(provinceAdmin: admin)
        let page = try await h.call(ListCommitteesRequest(page: PageParams(limit: 10)), on: employer)
        #expect(page.items == [created] && page.total == 1 && page.limit == 10)
        let denied = try await h.outcome(DisableCommitteeRequest(code: "HB-GJ-JY01", reason: "x"), on: employer)
        #expect(Self.failure(denied)?.code == .permissionDenied)
        #expect(Self.failure(denied)?.data.scope == "admin of organisation 13 (the committee's owner)")
    }

    @Test func givenAnEmployerAdmin_whenCreatingAnApplicant_thenItLogsInWithALowerCaseXAndMustChangeThePassword()
        async throws
    {
        let (h, admin) = try await Self.province()
        let employer = try await h.employerAdmin(provinceAdmin: admin)
        let created = try await h.call(
            CreateApplicantRequest(idNumber: "53010219200508011x", name: "李四", phone: "13800138000"), on: employer)
        #expect(created.applicant.idNumber == "53010219200508011X")
        #expect(created.applicant.gender == .male && created.applicant.genderName == "男")
        #expect(created.applicant.birthDate == "1920-05-08" && created.applicant.mustChangePassword)
        #expect(created.credentials.account == "53010219200508011X")
        let applicant = h.connection(uid: 1001)
        let login = try await h.call(
            LoginRequest(account: "53010219200508011x", password: created.credentials.initialPassword), on: applicant)
        #expect(login.mustChangePassword && login.account.kind == .applicant)
        let blocked = try await h.outcome(RefSeriesRequest(), on: applicant)
        #expect(Self.failure(blocked)?.code == .passwordChangeRequired)

        let bad = try await h.call("applicant.create", #"{"idNumber":"340524198002300019","name":""}"#, on: employer)
        #expect(Self.failure(bad)?.data.violations?.map(\.field) == ["params.idNumber", "params.name"])
        let twice = try await h.outcome(
            CreateApplicantRequest(idNumber: "53010219200508011X", name: "李四"), on: employer)
        #expect(Self.failure(twice)?.code == .alreadyExists)
        let byAdmin = try await h.outcome(CreateApplicantRequest(idNumber: "34052419800101001X", name: "张三"), on: admin)
        #expect(Self.failure(byAdmin)?.data.scope == "admin of an employer or a self-reviewing unit")

        let page = try await h.call(ListApplicantsRequest(query: "5301"), on: employer)
        #expect(page.items.map(\.name) == ["李四"] && page.total == 1)
        let reset = try await h.call(ResetApplicantPasswordRequest(idNumber: "53010219200508011X"), on: employer)
        #expect(reset.account == "53010219200508011X")
        let disabled = try await h.call(DisableApplicantRequest(idNumber: "53010219200508011X", reason: "离职"), on: employer)
        #expect(disabled.disabled)
    }
}

extension DispatchHarness {
    /// Calls a typed request, returning the outcome rather than throwing, for calls whose failure a test inspects.
    func outcome<R: ZCRequest>(_ request: R, on connection: ConnectionState) async throws -> ParsedResponse.Outcome {
        try await call(R.method, String(decoding: try ZCJSON.encode(request), as: UTF8.self), on: connection)
    }
}
