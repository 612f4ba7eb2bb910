import ZCProtocol

/// How zcctl ends, by exit code: 0 ok, 1 the daemon answered with an error, 2 usage, 3 the daemon unreachable.
enum CLIError: Error {
    /// The daemon refused the call.
    case remote(WireError, json: Bool)
    /// Nothing answered at the socket, or the connection broke.
    case unreachable(String)
    /// Wrong arguments or input, found before or without asking the daemon.
    case usage(String)
    /// A local problem (a file that cannot be written…), reported like a daemon error.
    case local(String)

    var exitCode: Int32 {
        switch self {
        case .remote, .local: 1
        case .usage: 2
        case .unreachable: 3
        }
    }
}
