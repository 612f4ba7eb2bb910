/// A page of a list: `offset` rows skipped, at most `limit` returned, and how many there are in all.
public struct PageRequest: Sendable, Equatable {
    public var offset: Int
    public var limit: Int

    public static let defaultLimit = 50
    public static let maximumLimit = 500

    /// Checks the bounds (offset ≥ 0, 1 ≤ limit ≤ 500) and applies the default limit.
    public init(offset: Int?, limit: Int?) throws(EngineError) {
        var violations: [Violation] = []
        let o = offset ?? 0
        let l = limit ?? Self.defaultLimit
        if o < 0 { violations.append(Violation(field: "page.offset", reason: "must be 0 or more")) }
        if l < 1 || l > Self.maximumLimit {
            violations.append(Violation(field: "page.limit", reason: "must be between 1 and \(Self.maximumLimit)"))
        }
        guard violations.isEmpty else { throw .invalidArgument(violations) }
        self.offset = o
        self.limit = l
    }
}

/// One page of results.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var offset: Int
    public var limit: Int

    public init(items: [Item], total: Int, request: PageRequest) {
        self.items = items
        self.total = total
        offset = request.offset
        limit = request.limit
    }
}

extension Page: Equatable where Item: Equatable {}
