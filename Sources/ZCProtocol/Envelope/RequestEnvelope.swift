/// A JSON-RPC 2.0 request as read off one frame, before its params are decoded.
public struct RequestEnvelope: Sendable, Equatable {
    /// `id` exactly as sent: a JSON string (with its quotes), a number, or `null`; nil when the member is absent,
    /// which makes the request a notification that gets no response.
    public var id: [UInt8]?
    /// `method`, e.g. `rpc.ping`.
    public var method: String
    /// The raw JSON of `params` (an object), nil when absent.
    public var params: [UInt8]?
    /// The optional `session` member: a session token to act as, instead of the connection's own login.
    public var session: String?

    public init(id: [UInt8]?, method: String, params: [UInt8]? = nil, session: String? = nil) {
        self.id = id
        self.method = method
        self.params = params
        self.session = session
    }

    /// The members a request may have; anything else is refused so that a misspelt `params` is not silently empty.
    public static let memberNames: Set<String> = ["jsonrpc", "id", "method", "params", "session"]

    /// Reads one request from a frame body.
    ///
    /// - Throws: `EnvelopeError` holding the error to answer with and the id to answer to (`null` when the id could
    ///   not be read).
    public static func parse(_ body: UnsafeRawBufferPointer, maximumDepth: Int = JSONScanner.defaultMaximumDepth)
        throws(EnvelopeError) -> RequestEnvelope
    {
        let members: [JSONMember]
        do {
            members = try JSONScanner.objectMembers(body, maximumDepth: maximumDepth)
        } catch {
            let wire: WireError
            switch error {
            case .notAnObject(let kind):
                wire = WireError(
                    code: .invalidRequest, message: "a frame must hold one JSON-RPC request object, not \(kind)")
            case .tooDeep(let limit):
                wire = WireError(code: .invalidRequest, message: "JSON nested deeper than \(limit) levels")
            case .invalid(let offset, let reason):
                wire = WireError(code: .parseError, message: "not valid JSON at byte \(offset): \(reason)")
            }
            throw EnvelopeError(id: nil, notification: false, error: wire)
        }

        func bytes(_ m: JSONMember) -> [UInt8] { Array(body[m.valueRange]) }
        func text(_ m: JSONMember) -> String {
            JSONScanner.decodeString(body, (m.valueRange.lowerBound + 1)..<(m.valueRange.upperBound - 1))
        }

        var id: [UInt8]?
        var version: JSONMember?
        var method: JSONMember?
        var params: JSONMember?
        var session: JSONMember?
        var problem: String?
        var seen = Set<String>()
        for m in members {
            if !seen.insert(m.key).inserted {
                problem = problem ?? "member \"\(m.key)\" appears twice"
            }
            switch m.key {
            case "id":
                if m.kind == .string || m.kind == .number || m.kind == .null {
                    id = bytes(m)
                } else {
                    problem = problem ?? "\"id\" must be a string, a number or null"
                }
            case "jsonrpc": version = m
            case "method": method = m
            case "params": params = m
            case "session": session = m
            default: problem = problem ?? "unknown member \"\(m.key)\""
            }
        }
        func refuse(_ message: String, _ code: ErrorCode = .invalidRequest) -> EnvelopeError {
            EnvelopeError(
                id: id, notification: false, error: WireError(code: code, message: message))
        }
        if let problem { throw refuse(problem) }
        guard let version, version.kind == .string, text(version) == "2.0" else {
            throw refuse("\"jsonrpc\" must be \"2.0\"")
        }
        guard let method, method.kind == .string else { throw refuse("\"method\" must be a string") }
        var envelope = RequestEnvelope(id: id, method: text(method))
        if let session {
            guard session.kind == .string else { throw refuse("\"session\" must be a string") }
            envelope.session = text(session)
        }
        if let params {
            switch params.kind {
            case .object: envelope.params = bytes(params)
            case .null: break
            default:
                var e = refuse("\"params\" must be an object (named parameters)", .invalidParams)
                e.error.data.field = "params"
                throw e
            }
        }
        return envelope
    }
}

/// A frame that could not be read as a request, with what to answer.
public struct EnvelopeError: Error, Sendable, Equatable {
    /// The id to answer to, raw; nil means `null`.
    public var id: [UInt8]?
    /// True when the request was a notification (no answer is sent).
    public var notification: Bool
    public var error: WireError
}
