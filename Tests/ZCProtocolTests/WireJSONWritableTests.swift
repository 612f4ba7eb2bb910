import Foundation
import Testing
import ZCProtocol

/// The types that write their own JSON (a queue page's cases) write exactly what Foundation writes for them, with
/// every optional member present and absent, and strings that need escaping.
@Suite struct WireJSONWritableTests {
    static let awkward = "引号\" 反斜杠\\ /斜杠 \u{01}\n\t 😀"

    static func cases() -> [CaseInfo] {
        let full = Samples.caseInfo(
            step: 3, state: .submitted, stateName: "资格审查中", stage: .handler,
            waitingSince: Date(timeIntervalSince1970: 1_795_000_000.75))
        var bare = full
        bare.stage = nil
        bare.waitingSince = nil
        bare.submittedAt = nil
        var odd = full
        odd.application = 0
        odd.step = 123_456_789
        odd.round = -1
        odd.applicant = PersonRef(idNumber: Self.awkward, name: "")
        odd.employer = OrganizationRef(code: "", name: Self.awkward)
        odd.batch = BatchRef(id: Int64.max, name: Self.awkward)
        odd.qualificationName = Self.awkward
        odd.stage = .leader
        return [full, bare, odd]
    }

    @Test func eachCaseAsFoundationWritesIt() throws {
        for value in Self.cases() {
            #expect(try ZCJSON.encode(value) == ZCJSON.encodeWithFoundation(value), "\(value)")
        }
    }

    @Test func aPageOfCasesAsFoundationWritesIt() throws {
        let page = Page(items: Self.cases(), total: 3, offset: 0, limit: 50)
        #expect(try ZCJSON.encode(page) == ZCJSON.encodeWithFoundation(page))
        #expect(try ZCJSON.encode([PersonRef]()) == ZCJSON.encodeWithFoundation([PersonRef]()))
    }
}
