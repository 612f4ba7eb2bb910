import Foundation
import GRDB
import Testing

@testable import ZCEngine

extension DeclarationFixture {
    /// Starts the applicant's declaration for 高级教师 in the fixture's batch.
    func start() async throws -> ApplicationView {
        try await engine.startApplication(batchID: batch.id, declaration: Self.declaration, caller: applicant)
    }

    /// An evidence file of `applicationID` as the upload feature would leave it: a `blob` row and an `evidence_file`
    /// row. Returns the file id.
    func attachFile(to applicationID: Int64, mediaType: String = "application/pdf", name: String? = nil) async throws
        -> Int64
    {
        try await Self.attachFile(engine, now: clock.now(), to: applicationID, mediaType: mediaType, name: name)
    }

    static func attachFile(
        _ engine: Engine, now: Date, to applicationID: Int64, mediaType: String = "application/pdf", name: String? = nil
    ) async throws -> Int64 {
        let sha = (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
        let fileName = name ?? (mediaType == "application/pdf" ? "evidence.pdf" : "evidence.png")
        return try await engine.store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO blob (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)",
                arguments: [sha, 1024, mediaType, now])
            try db.execute(
                sql: """
                    INSERT INTO evidence_file (application_id, sha256, name, media_type, size, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [applicationID, sha, fileName, mediaType, 1024, now])
            return db.lastInsertedRowID
        }
    }
}

/// What the section rules see, without a store: today 2026-11-18 in Beijing, a 中小学教师 applying for 高级教师.
enum SectionTesting {
    static let today = CalendarDay(year: 2026, month: 11, day: 18)
    static let context = SectionContext(
        today: today, birthDate: CalendarDay(year: 1980, month: 1, day: 1), level: .fugao, seriesCode: "zhongxiaoxue")

    static func context(series: String?) -> SectionContext {
        SectionContext(today: today, birthDate: context.birthDate, level: .fugao, seriesCode: series)
    }

    /// The section after `normalize()`, as the engine validates and stores it.
    static func normalized<S: DeclarationSection>(_ section: S) -> S {
        var s = section
        s.normalize()
        return s
    }

    static func violations<S: DeclarationSection>(_ section: S) -> [Violation] {
        normalized(section).violations(in: context)
    }

    static func missing<S: DeclarationSection>(_ section: S, context: SectionContext = context) -> [Violation] {
        normalized(section).missing(in: context)
    }

    static func fields(_ v: [Violation]) -> Set<String> { Set(v.map(\.field)) }

    static func reason(_ v: [Violation], _ field: String) -> String? { v.first { $0.field == field }?.reason }

    static func text(_ n: Int, _ c: Character = "字") -> String { String(repeating: c, count: n) }
}
