import Testing

@testable import zcctl

/// The manifest `zcctl bench setup` and `zcd generate` write, and the plain applicant list.
@Suite struct BenchManifestTests {
    private func parse(_ text: String) throws(BenchUsageError) -> BenchManifest {
        try BenchManifest.parse(Array(text.utf8), source: "m.json")
    }

    private func refusal(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aGeneratorsManifestIsReadAndItsOtherMembersIgnored() throws {
        let m = try parse(
            """
            {"version": 1, "batch": 3, "generatedAt": "2026-11-29T10:00:00Z", "counts": {"applicants": 2},
             "applicants": [
               {"login": "130102197501010016", "password": "Bench-Pass-2026", "application": 11, "state": "draft"},
               {"login": "13010219750101012X", "password": "Bench-Pass-2026", "application": 12, "state": "submitted",
                "employer": "1301000001"}],
             "reviewers": [
               {"login": "h1301", "password": "Staff-Pass-2026", "organization": "1301", "stage": "handler"}]}
            """)
        #expect(m.batch == 3)
        #expect(m.applicants.map(\.application) == [11, 12])
        #expect(m.draftApplicants.map(\.login) == ["130102197501010016"])
        #expect(m.reviewers.first?.stage == "handler")
    }

    @Test func stateAndVersionMayBeLeftOutAndThenEveryApplicantCountsAsADraft() throws {
        let m = try parse(
            #"{"applicants":[{"login":"a","password":"p","application":1}],"reviewers":[]}"#)
        #expect(m.version == nil)
        #expect(m.batch == nil)
        #expect(m.draftApplicants.count == 1)
    }

    @Test func brokenManifestsAreRefusedSayingWhere() {
        #expect(refusal("{") == "m.json is not a bench manifest: not valid JSON")
        #expect(refusal(#"{"reviewers":[]}"#) == "m.json is not a bench manifest: missing applicants")
        #expect(
            refusal(#"{"applicants":[{"login":"a","password":"p"}],"reviewers":[]}"#)
                == "m.json is not a bench manifest: missing applicants[0].application")
        #expect(
            refusal(#"{"applicants":[{"login":"a","password":"p","application":"x"}],"reviewers":[]}"#)
                == "m.json is not a bench manifest: wrong type at applicants[0].application")
        #expect(
            refusal(#"{"version":2,"applicants":[],"reviewers":[]}"#)
                == "m.json has manifest version 2; this zcctl reads version 1")
        #expect(
            refusal(#"{"applicants":[],"reviewers":[{"login":"r","password":""}]}"#)
                == "m.json: reviewers[0] needs a login and a password")
    }

    @Test func thePlainListHasALoginAndAnApplicationPerLine() throws {
        let list = try BenchManifest.applicants(
            list: "# login application\n130102197501010016 11\n\n13010219750101012X,12\n", password: "pw",
            source: "a.txt")
        #expect(list.map(\.login) == ["130102197501010016", "13010219750101012X"])
        #expect(list.map(\.application) == [11, 12])
        #expect(list.allSatisfy { $0.password == "pw" && $0.state == nil })
        #expect(throws: BenchUsageError.self) {
            try BenchManifest.applicants(list: "onlylogin\n", password: "pw", source: "a.txt")
        }
        #expect(throws: BenchUsageError.self) {
            try BenchManifest.applicants(list: "x 0\n", password: "pw", source: "a.txt")
        }
    }

    @Test func setupsIDNumbersAreValidAndDistinct() {
        let ids = (0..<1500).map(ResidentIDs.make)
        #expect(Set(ids).count == ids.count)
        #expect(ids[0] == "130102197501011007")
        #expect(ResidentIDs.check("11010519491231002") == "X")
        for id in ids.prefix(50) {
            #expect(id.count == 18)
            #expect(ResidentIDs.check(String(id.prefix(17))) == id.last)
        }
        #expect(ids[500].dropFirst(6).prefix(8) == "19750102")
    }
}
