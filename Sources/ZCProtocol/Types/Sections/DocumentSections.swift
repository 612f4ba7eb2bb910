/// Every section of a declaration, each present once saved.
public struct DocumentSections: Codable, Hashable, Sendable {
    public var declaration: DeclarationInfo?
    public var basicInfo: BasicInfo?

    public init(declaration: DeclarationInfo? = nil, basicInfo: BasicInfo? = nil) {
        self.declaration = declaration
        self.basicInfo = basicInfo
    }
}
