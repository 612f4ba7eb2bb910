import Foundation
import GRDB
import Logging
import Testing

@testable import ZCEngine

/// An engine on a temporary database with a manual clock and a cheap KDF.
struct EngineFixture {
    let engine: Engine
    let clock: ManualTime
    static let operatorPeer = Peer(uid: 0, gid: 0, pid: 100)
    static let userPeer = Peer(uid: 1000, gid: 1000, pid: 200)

    init(config: EngineConfig = .testing) throws {
        clock = ManualTime()
        engine = Engine(store: try Store.temporary(), config: config, clock: clock, logger: Logger(label: "test"))
        try engine.prepare()
    }

    var operatorCaller: Caller { Caller(peer: Self.operatorPeer, isOperator: true) }
    var userCaller: Caller { Caller(peer: Self.userPeer, isOperator: false) }

    /// Initialises the province and returns its admin's initial credentials.
    func initialize() async throws -> IssuedPassword {
        try await engine.initialize(code: nil, name: nil, caller: operatorCaller).admin
    }

    /// Logs in and returns a caller acting as that account.
    func login(_ login: String, _ password: String, peer: Peer = userPeer) async throws -> (Caller, LoginOutcome) {
        let outcome = try await engine.login(
            account: login, password: password, caller: Caller(peer: peer, isOperator: false))
        return (Caller(peer: peer, isOperator: false, principal: outcome.principal), outcome)
    }

    /// Initialises, logs the province admin in and changes the initial password; returns its caller.
    func provinceAdmin(password: String = "Zc-Admin-2026") async throws -> Caller {
        let issued = try await initialize()
        let (caller, _) = try await login(issued.login, issued.password)
        try await engine.changePassword(old: issued.password, new: password, caller: caller)
        return try await login(issued.login, password).0
    }

    /// The audit trail as `action:outcome`, oldest first, without the start-up seeding (`ref.seed`) every fixture does.
    func auditActions() async throws -> [String] {
        try await engine.store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT action || ':' || outcome FROM audit_event WHERE action <> 'ref.seed' ORDER BY id")
        }
    }
}
