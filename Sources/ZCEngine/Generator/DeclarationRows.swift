import Foundation

/// Everything one generated declaration writes, made without touching the store: the case's history, its review
/// chain, its sections as canonical JSON and the frozen document. Making these is most of a generation's work and
/// needs nothing but the context, so batches of them are made on all cores while the store waits.
struct DeclarationRows: Sendable {
    struct Section: Sendable {
        var key: String
        var content: String
        var revision: Int
        var savedAt: GeneratedTime
    }

    let index: Int
    let person: GeneratedApplicant
    /// The organisations reviewing it, employer first (indices into the tree); empty for a draft.
    let chain: [Int]
    let history: GeneratedCase
    /// By key, as the primary key orders them.
    let sections: [Section]
    /// `{"person":…,"sections":…}`: what each submission froze.
    let body: String?
    /// The portal worker that relayed the applicant's requests.
    let peerPID: Int

    var applicationID: Int64 { Int64(index + 1) }

    static let alreadyNormal: Set<ObjectIdentifier> = [
        ObjectIdentifier(WorkSummary.self), ObjectIdentifier(ProfessionalExperience.self),
        ObjectIdentifier(OtherMaterials.self), ObjectIdentifier(OtherAchievements.self),
    ]
    var files: EvidenceSet { EvidenceSet(first: Int64(index) * Int64(EvidenceSet.count) + 1) }

    /// The rows of a slice of people, made on every core; in the people's order.
    static func make(_ people: [GeneratedApplicant], first: Int, context: GenerationContext) throws -> [DeclarationRows]
    {
        let results = RowsBuffer(count: people.count)
        DispatchQueue.concurrentPerform(iterations: people.count) { i in
            results.set(i, Result { try DeclarationRows(index: first + i, person: people[i], context: context) })
        }
        return try results.values()
    }

    init(index: Int, person: GeneratedApplicant, context: GenerationContext) throws {
        self.index = index
        self.person = person
        var random = context.random(for: index, 3)
        peerPID = random.int(1000...65000)
        let tree = context.tree
        let level = person.qualification.level
        let found = ReviewChain.chain(
            upwardFrom: tree.path(from: person.employerIndex), kind: { tree.organizations[$0].kind }, level: level,
            method: person.reviewMethod)
        var history = GeneratedCase.make(
            chainLength: found?.count ?? 1, opens: context.opens, now: context.now, &random)
        if found == nil {
            history = GeneratedCase(state: .draft, createdAt: history.createdAt, updatedAt: history.updatedAt)
        }
        chain = found ?? []
        self.history = history
        var builder = GeneratedSections(
            applicant: person, files: EvidenceSet(first: Int64(index) * Int64(EvidenceSet.count) + 1),
            today: context.today, random: context.random(for: index, 4))
        var all = builder.all()
        if history.state == .draft, random.chance(0.4) { all = Array(all.prefix(random.int(1...16))) }
        let limit = history.submissions.first ?? history.updatedAt
        let created = history.createdAt
        var sections: [Section] = []
        for var section in all {
            // The generator writes these already trimmed and in order; their `normalize` only rewrites paragraphs
            // (line ends), which is most of a generation's time. A test checks every stored section is normalised.
            if !Self.alreadyNormal.contains(ObjectIdentifier(type(of: section))) { section.normalize() }
            let saved = created.adding(Int64(random.unit() * Double(max(0, limit.millis - created.millis))))
            sections.append(
                Section(
                    key: type(of: section).key.rawValue, content: try CanonicalJSON.encode(section),
                    revision: random.chance(0.7) ? 1 : 2, savedAt: saved))
        }
        sections.sort { $0.key < $1.key }
        self.sections = sections
        if history.submissions.isEmpty {
            body = nil
        } else {
            let documentPerson = DocumentPerson(
                name: person.name, gender: person.male ? "male" : "female", idNumber: person.idNumber,
                birthDate: person.birth.description)
            body = DocumentJSON.body(
                person: try CanonicalJSON.encode(documentPerson), sections: sections.map { ($0.key, $0.content) })
        }
    }
}

/// The slots concurrent makers fill, each index by exactly one of them.
private final class RowsBuffer: @unchecked Sendable {
    private var slots: [Result<DeclarationRows, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<DeclarationRows, any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() throws -> [DeclarationRows] {
        try slots.map { slot in
            guard let slot else { throw EngineError.failedPrecondition("a declaration was not generated") }
            return try slot.get()
        }
    }
}
