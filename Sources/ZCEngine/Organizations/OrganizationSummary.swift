/// An organisation named by its code and name, as other things (committees, applicants) refer to it.
public struct OrganizationSummary: Sendable, Hashable {
    /// 机构编码
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
