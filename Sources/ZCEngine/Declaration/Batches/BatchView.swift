public import Foundation

/// 申报批次 — a declaration window as the engine reports it.
public struct BatchView: Sendable, Equatable {
    public var id: Int64
    public var year: Int
    public var name: String
    public var officeCode: String
    public var officeName: String
    /// Series codes the batch takes declarations for.
    public var seriesCodes: [String]
    public var opensAt: Date
    public var closesAt: Date
    public var archived: Bool
    public var createdAt: Date

    /// Whether declarations can be submitted at `now`.
    public func isOpen(at now: Date) -> Bool { !archived && opensAt <= now && now < closesAt }
}

/// What an office gives to open a batch.
public struct NewBatch: Sendable {
    public var year: Int
    public var name: String
    public var seriesCodes: [String]
    public var opensAt: Date
    public var closesAt: Date

    public init(year: Int, name: String, seriesCodes: [String], opensAt: Date, closesAt: Date) {
        self.year = year
        self.name = name
        self.seriesCodes = seriesCodes
        self.opensAt = opensAt
        self.closesAt = closesAt
    }
}

/// Changes to a batch; nil leaves a value as it is.
public struct BatchChanges: Sendable {
    public var name: String?
    public var seriesCodes: [String]?
    public var opensAt: Date?
    public var closesAt: Date?

    public init(name: String? = nil, seriesCodes: [String]? = nil, opensAt: Date? = nil, closesAt: Date? = nil) {
        self.name = name
        self.seriesCodes = seriesCodes
        self.opensAt = opensAt
        self.closesAt = closesAt
    }
}
