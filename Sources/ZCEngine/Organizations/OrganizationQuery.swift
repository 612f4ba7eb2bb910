/// 机构列表 — which organisations to list: the direct children of one organisation, or its whole subtree.
public struct OrganizationQuery: Sendable {
    /// The organisation whose children are listed; nil for the caller's own organisation.
    public var parentCode: String?
    /// True for every descendant (the subtree below `parentCode`), false for direct children only.
    public var subtree: Bool
    /// Only organisations of this kind.
    public var kind: OrganizationKind?
    /// Whether disabled organisations are listed too.
    public var includeDisabled: Bool
    public var page: PageRequest

    public init(
        parentCode: String? = nil, subtree: Bool = false, kind: OrganizationKind? = nil,
        includeDisabled: Bool = false, page: PageRequest
    ) {
        self.parentCode = parentCode
        self.subtree = subtree
        self.kind = kind
        self.includeDisabled = includeDisabled
        self.page = page
    }
}

/// 编辑本级机构 — the profile fields an organisation's own admin completes. For each text field nil leaves it as it
/// is and a blank string clears it; `category` and `nature` are changed only when given.
public struct OrganizationEdit: Sendable {
    public var code: String
    /// A new category: the kind must take it and the code's serial must lie in its range.
    public var category: OrganizationCategory?
    /// A new nature: offices stay 机关.
    public var nature: OrganizationNature?
    public var address: String?
    public var contactPerson: String?
    public var contactPhone: String?

    public init(
        code: String, category: OrganizationCategory? = nil, nature: OrganizationNature? = nil,
        address: String? = nil, contactPerson: String? = nil, contactPhone: String? = nil
    ) {
        self.code = code
        self.category = category
        self.nature = nature
        self.address = address
        self.contactPerson = contactPerson
        self.contactPhone = contactPhone
    }
}
