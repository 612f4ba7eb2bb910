/// `application.*`: the applicant's declaration (申报) — start, fill in section by section, show, submit, withdraw.
/// Section saves are `application.save<Section>` (ApplicationSections.swift), one method per section of the form.

/// 开始申报 — in an open batch, with the 申报信息; one declaration per batch.
public struct StartApplicationRequest: ZCRequest {
    public typealias Response = ApplicationInfo
    public static let method = "application.start"
    public static let summary = "Start a declaration in an open batch with its 申报信息 (one per batch)"
    public static let access = Access([.applicant])

    public var batch: Int64
    public var declaration: DeclarationInfo

    public init(batch: Int64, declaration: DeclarationInfo) {
        self.batch = batch
        self.declaration = declaration
    }
}

/// The caller's declarations, newest first.
public struct ListApplicationsRequest: ZCRequest {
    public typealias Response = [ApplicationInfo]
    public static let method = "application.list"
    public static let summary = "List the caller's own declarations"
    public static let access = Access([.applicant])
    public init() {}
}

/// 申报状态 — the header of one of the caller's declarations.
public struct GetApplicationRequest: ZCRequest {
    public typealias Response = ApplicationInfo
    public static let method = "application.get"
    public static let summary = "Show the header and state of one of the caller's declarations"
    public static let access = Access([.applicant])

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// The whole declaration as one document.
public struct ShowApplicationRequest: ZCRequest {
    public typealias Response = ApplicationDocument
    public static let method = "application.show"
    public static let summary = "Show the whole declaration in one document (after submission: the frozen snapshot)"
    public static let access = Access([.applicant])

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// One section exactly as saved.
public struct ReadSectionRequest: ZCRequest {
    public typealias Response = ReadSectionResult
    public static let method = "application.readSection"
    public static let summary = "Read one section back exactly as saved"
    public static let access = Access([.applicant])

    public var application: Int64
    public var section: SectionKey

    public init(application: Int64, section: SectionKey) {
        self.application = application
        self.section = section
    }
}

/// 提交 — checks completeness and freezes the declaration.
public struct SubmitApplicationRequest: ZCRequest {
    public typealias Response = ApplicationInfo
    public static let method = "application.submit"
    public static let summary = "Submit: check every section and its evidence, then freeze a snapshot for the reviewers"
    public static let access = Access([.applicant])

    public var application: Int64
    public init(application: Int64) { self.application = application }
}

/// 撤回 — back to draft, until the first reviewer acts.
public struct WithdrawApplicationRequest: ZCRequest {
    public typealias Response = ApplicationInfo
    public static let method = "application.withdraw"
    public static let summary = "Withdraw a submission (until the first reviewer acts) back to draft"
    public static let access = Access([.applicant])

    public var application: Int64
    public init(application: Int64) { self.application = application }
}
