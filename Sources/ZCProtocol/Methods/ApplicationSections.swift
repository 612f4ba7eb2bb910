/// One save method per section of the form: `params` = the declaration's id and the section's content under the
/// section's name. Each save replaces the section whole and is validated; the result says the revision and any
/// notices.

/// A request that saves one section.
public protocol SaveSectionRequest: ZCRequest where Response == SaveSectionResult {
    associatedtype Content: Codable & Hashable & Sendable
    static var section: SectionKey { get }
    var application: Int64 { get }
    var content: Content { get }
}

extension SaveSectionRequest {
    public static var access: Access { Access([.applicant], scope: "own declaration, while a draft") }
}

/// 申报信息.
public struct SaveDeclarationRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveDeclaration"
    public static let summary = "Save 申报信息 (review method, route, series, qualification, specialty)"
    public static let section = SectionKey.declaration
    public var application: Int64
    public var declaration: DeclarationInfo
    public var content: DeclarationInfo { declaration }

    public init(application: Int64, declaration: DeclarationInfo) {
        self.application = application
        self.declaration = declaration
    }
}

/// 基础信息.
public struct SaveBasicInfoRequest: SaveSectionRequest {
    public typealias Response = SaveSectionResult
    public static let method = "application.saveBasicInfo"
    public static let summary = "Save 基础信息 (phone, first degree, positions, current title, five appraisals)"
    public static let section = SectionKey.basicInfo
    public var application: Int64
    public var basicInfo: BasicInfo
    public var content: BasicInfo { basicInfo }

    public init(application: Int64, basicInfo: BasicInfo) {
        self.application = application
        self.basicInfo = basicInfo
    }
}
