import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// The calendar, publicity and route families through the dispatcher: params decoded, engine errors mapped.
@Suite struct PublicityDispatchTests {
    /// The provincial office's admin, logged in with a changed password.
    static func provinceAdmin(_ h: DispatchHarness) async throws -> ConnectionState {
        let issued = try await h.call(SystemInitRequest(), on: h.connection(uid: 0)).admin
        let admin = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: issued.account, password: issued.initialPassword), on: admin)
        _ = try await h.call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: "Admin-Pass-2026"), on: admin)
        return admin
    }

    @Test func givenTheProvinceAdmin_whenSettingAndListingTheCalendar_thenTheWireCarriesTheDays() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let written = try await h.call(
            SetCalendarDaysRequest(days: [
                CalendarDayEntry(date: "2026-10-01", kind: .holiday, name: "国庆节"),
                CalendarDayEntry(date: "2026-10-10", kind: .workday, name: "国庆节调休"),
            ]), on: admin)
        #expect(written.days.map(\.weekday) == ["星期四", "星期六"])
        let listed = try await h.call(ListCalendarDaysRequest(year: 2026), on: admin)
        #expect(listed.days.map(\.date) == ["2026-10-01", "2026-10-10"])
        let removed = try await h.call(RemoveCalendarDaysRequest(dates: ["2026-10-01", "2026-10-02"]), on: admin)
        #expect(removed == CalendarRemoveResult(removed: ["2026-10-01"], missing: ["2026-10-02"]))
    }

    @Test func givenABadDay_thenTheViolationNamesItsPathUnderParams() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let outcome = try await h.call(
            "calendar.set", #"{"days":[{"date":"2026-10-01","kind":"holiday","name":"国庆节"},{"date":"2026-10-09","kind":"workday","name":"调休"}]}"#,
            on: admin)
        guard case .failure(let e) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(e.code == .invalidArgument)
        #expect(e.data.field == "params.days[1].kind")
    }

    @Test func givenAnUnknownKind_thenTheParamsAreRefused() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        let outcome = try await h.call(
            "calendar.set", #"{"days":[{"date":"2026-10-01","kind":"vacation","name":"国庆节"}]}"#, on: admin)
        guard case .failure(let e) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(e.code == .invalidParams)
    }

    @Test func givenAnAdmin_whenPublishingOrRouting_thenTheRoleGateRefuses() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        for (method, params) in [
            ("publicity.create", #"{"title":"公示","cases":[1]}"#),
            ("route.decide", #"{"items":[{"application":1}],"mode":"normal"}"#),
            ("route.queue", "{}"),
        ] {
            guard case .failure(let e) = try await h.call(method, params, on: admin) else {
                Issue.record("\(method): expected a refusal")
                continue
            }
            #expect(e.code == .permissionDenied, "\(method)")
        }
    }

    @Test func givenAnUnknownCommittee_whenListingItsCases_thenNotFound() async throws {
        let h = try DispatchHarness()
        let admin = try await Self.provinceAdmin(h)
        guard case .failure(let e) = try await h.call("committee.cases", #"{"committee":"NOPE"}"#, on: admin) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(e.code == .notFound)
    }

    @Test func theNewMethodsDescribeTheirShapes() throws {
        let described = MethodRegistry.describe().methods
        for method in [
            "calendar.set", "calendar.remove", "calendar.list", "publicity.create", "publicity.list", "publicity.show",
            "publicity.objection", "publicity.resolveObjection", "route.decide", "route.queue", "committee.cases",
        ] {
            let m = try #require(described.first { $0.method == method }, "\(method) is registered")
            #expect(m.params != .any, "\(method) params")
            #expect(m.result != .any, "\(method) result")
        }
    }
}
