public import Foundation

/// 申报批次 — a declaration window opened by a title-reform office.
public struct BatchInfo: Codable, Hashable, Sendable {
    public var id: Int64
    public var year: Int
    public var name: String
    /// The office that opened it; applicants under it may declare.
    public var office: OrganizationRef
    /// 评审系列 the batch takes.
    public var seriesCodes: [String]
    public var opensAt: Date
    public var closesAt: Date
    public var archived: Bool
    /// Whether submissions are accepted right now.
    public var open: Bool
    public var createdAt: Date

    public init(
        id: Int64, year: Int, name: String, office: OrganizationRef, seriesCodes: [String], opensAt: Date,
        closesAt: Date, archived: Bool, open: Bool, createdAt: Date
    ) {
        self.id = id
        self.year = year
        self.name = name
        self.office = office
        self.seriesCodes = seriesCodes
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.archived = archived
        self.open = open
        self.createdAt = createdAt
    }
}
