import Foundation
import Testing
import ZCEngine
import ZCProtocol

@testable import zcd

/// The role × method table: every method called by every role, allowed exactly where `Access` (and the table in
/// docs/protocol.md) says.
@Suite struct AccessTableTests {
    /// A connection acting in each role, every account with its initial password changed. Roles whose accounts this
    /// build cannot create yet are absent.
    static func connections(_ h: DispatchHarness) async throws -> [Role: ConnectionState] {
        var out: [Role: ConnectionState] = [:]
        out[.anonymous] = h.connection(uid: 1000)
        out[.operator] = h.connection(uid: 0)
        let issued = try await h.call(SystemInitRequest(), on: h.connection(uid: 0)).admin
        let admin = h.connection(uid: 1000)
        _ = try await h.call(LoginRequest(account: issued.account, password: issued.initialPassword), on: admin)
        _ = try await h.call(
            ChangePasswordRequest(oldPassword: issued.initialPassword, newPassword: "Admin-Pass-2026"), on: admin)
        for type in [ZCProtocol.StaffType.handler, .leader] {
            let created = try await h.call(
                CreateStaffRequest(account: "access.\(type.rawValue)", name: "测试", staffType: type, permissions: []),
                on: admin)
            out[type == .handler ? .handler : .leader] = try await h.activate(created.credentials)
        }
        out[.orgAdmin] = admin
        out[.applicant] = try await h.applicantConnection(provinceAdmin: admin)
        return out
    }

    /// A refusal by the role gate (as opposed to a refusal by scope or by params, which come later).
    static func isRoleRefusal(_ outcome: ParsedResponse.Outcome) -> Bool {
        guard case .failure(let e) = outcome else { return false }
        if e.code == .unauthenticated { return true }
        return e.code == .permissionDenied && (e.data.scope ?? "").hasPrefix("roles:")
    }

    @Test func everyMethodIsAllowedExactlyToItsRoles() async throws {
        for type in MethodRegistry.all {
            // A fresh store per method: calls such as system.init change state.
            let h = try DispatchHarness()
            let connections = try await Self.connections(h)
            for (role, connection) in connections.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let outcome = try await h.call(type.method, "{}", on: connection)
                let allowed = type.access.roles.contains(role)
                #expect(
                    Self.isRoleRefusal(outcome) != allowed,
                    "\(type.method) as \(role.rawValue): expected \(allowed ? "allowed" : "refused"), got \(outcome)")
            }
        }
    }

    @Test func theTableInTheProtocolDocumentMatchesTheRegistry() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/protocol.md").standardizedFileURL
        let text = try String(contentsOf: docs, encoding: .utf8)
        guard let start = text.range(of: "<!-- access-table -->"), let end = text.range(of: "<!-- /access-table -->")
        else {
            Issue.record("docs/protocol.md has no access table between <!-- access-table --> markers")
            return
        }
        var documented: [String: Set<String>] = [:]
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`") else { continue }
            let method = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            documented[method] = Set(cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        for type in MethodRegistry.all {
            #expect(
                documented[type.method] == Set(type.access.roles.map(\.rawValue)),
                "docs/protocol.md access table row for \(type.method)")
        }
        #expect(Set(documented.keys) == Set(MethodRegistry.all.map { $0.method }))
    }
}
