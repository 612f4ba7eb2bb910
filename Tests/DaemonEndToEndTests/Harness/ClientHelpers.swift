import Testing
import ZCProtocol

extension ZCClient {
    /// Sends one request frame with a numeric id (nil: a notification) and raw params text.
    func send(id: Int?, method: String, params: String? = nil) throws {
        try send(requestBody(id: id, method: method, params: params.map { Array($0.utf8) }))
    }

    /// Sends `text` as one frame body, whatever it holds.
    func sendFrame(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Waits for the next frame and reads it as a response.
    func receiveResponse() throws -> ParsedResponse {
        try ResponseBody.parse(try receive())
    }

    /// True when the daemon closed the connection (`receive` ends with `.closed`), false when a frame came instead.
    func isClosedByDaemon() -> Bool {
        do {
            _ = try receive()
            return false
        } catch {
            if error.isConnectionEnd { return true }
            Issue.record("expected the daemon to close the connection, got \(error)")
            return false
        }
    }
}

extension ClientError {
    /// The daemon ended the connection: an orderly close, or a reset, which is how Linux reports a close while
    /// bytes the client sent were still unread (zcd does not read the rest of a connection it refuses).
    var isConnectionEnd: Bool {
        switch self {
        case .closed: true
        case .transport(let text): text.contains("reset by peer") || text.contains("Broken pipe")
        default: false
        }
    }
}

extension ParsedResponse {
    /// The id as text (`7`, `"a"`, `null`).
    var idText: String { id.map { String(decoding: $0, as: UTF8.self) } ?? "(none)" }

    /// The error, or nil on success.
    var error: WireError? {
        if case .failure(let e) = outcome { return e }
        return nil
    }

    /// The raw result as text, or nil on failure.
    var resultText: String? {
        if case .success(let r) = outcome { return String(decoding: r, as: UTF8.self) }
        return nil
    }
}

/// The daemon's error for a typed call (or a FileTransfer) that must fail, or nil (with an issue recorded) when it did not.
func remoteError<T>(
    _ sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> WireError? {
    do {
        let value = try body()
        Issue.record("expected an error from the daemon, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        if case .remote(let wire) = error as? ClientError { return wire }
        if case .client(.remote(let wire)) = error as? FileTransferError { return wire }
        Issue.record("expected an error from the daemon, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
