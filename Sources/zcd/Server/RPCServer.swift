import Glibc
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import ZCEngine
import ZCProtocol

/// Where the server listens.
enum ListenTarget: Sendable {
    /// A path to bind (from a shell, or under systemd without socket activation).
    case path(String)
    /// A listening socket systemd passed.
    case activated(Int32)
}

/// A connection as the accept loop receives it: ready to serve, or over a limit and to be refused.
enum AcceptedConnection: Sendable {
    case accepted(PendingConnection)
    case refused(any Channel, String)
}

/// An accepted connection, its frame and request handlers in place but reading held back until it is served.
///
/// It is wrapped in an `NIOAsyncChannel` only when its task starts. When zcd stops between accepting a connection
/// and serving it, NIO drops what the finished accept stream can no longer take; had the connection been wrapped
/// already, its never-finished outbound writer would hit NIO's precondition and crash zcd on its way out. Dropped
/// unserved, it is simply closed.
final class PendingConnection: Sendable {
    let channel: any Channel
    let state: ConnectionState

    init(_ channel: any Channel, state: ConnectionState) {
        self.channel = channel
        self.state = state
    }

    /// Wraps the channel for async use and lets it read; on its event loop, as NIO requires.
    func open() async throws -> NIOAsyncChannel<InboundRequest, ByteBuffer> {
        let channel = self.channel
        return try await channel.eventLoop.submit {
            // Closed while waiting to be served: nothing would ever end the inbound stream.
            guard channel.isActive else { throw ChannelError.ioOnClosedChannel }
            let connection = try NIOAsyncChannel<InboundRequest, ByteBuffer>(wrappingChannelSynchronously: channel)
            try channel.syncOptions?.setOption(ChannelOptions.autoRead, value: true)
            return connection
        }.get()
    }

    deinit { channel.close(promise: nil) }
}

/// The SwiftNIO server on the Unix socket. Each connection is served in its own child task; one bad client is
/// logged and dropped and never takes the server down.
struct RPCServer: Service {
    let target: ListenTarget
    let config: DaemonConfig
    let dispatcher: Dispatcher
    let logger: Logger
    let limiter: ConnectionLimiter
    let describeResult: [UInt8]
    let daemonUID = getuid()

    func run() async throws {
        let server = try await bind()
        let place: String
        switch target {
        case .path(let p): place = p
        case .activated: place = "the socket passed by systemd"
        }
        logger.info("zcd listening on \(place)")
        Systemd.notify("READY=1\nSTATUS=listening on \(place)")
        try await withGracefulShutdownHandler {
            try await server.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in inbound {
                        switch connection {
                        case .accepted(let pending):
                            group.addTask {
                                await serve(pending)
                                // Its deinit closes the channel: not before the connection is served.
                                withExtendedLifetime(pending) {}
                            }
                        case .refused(let channel, let reason):
                            refuse(channel, reason: reason)
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            Systemd.notify("STOPPING=1\nSTATUS=stopping: finishing the requests in flight")
            logger.info("shutting down: no new connections, finishing requests in flight")
            server.channel.close(promise: nil)
        }
    }

    private func bind() async throws -> NIOAsyncChannel<AcceptedConnection, Never> {
        let limiter = self.limiter
        let maxFrame = config.maxFrameBytes
        let timeout = TimeAmount.nanoseconds(Int64(config.frameTimeoutSeconds * 1e9))
        let depth = config.maxJSONDepth
        let describe = describeResult
        let dispatcher = self.dispatcher
        let daemonUID = self.daemonUID
        let group = MultiThreadedEventLoopGroup.singleton
        // A read-only connection per event loop, for the reads answered on it without a trip through the pool.
        var readers: [ObjectIdentifier: DedicatedReader] = [:]
        for loop in group.makeIterator() {
            readers[ObjectIdentifier(loop)] = try dispatcher.engine.store.dedicatedReader()
        }
        let loopReaders = readers
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<AcceptedConnection> = { channel in
            PeerCredentials.read(channel).flatMapThrowing { peer in
                if let refusal = limiter.acquire(uid: peer.uid) { return .refused(channel, refusal) }
                channel.closeFuture.whenComplete { _ in limiter.release(uid: peer.uid) }
                try channel.pipeline.syncOperations.addHandler(
                    FrameHandler(maximumFrameBytes: maxFrame, frameTimeout: timeout))
                let state = ConnectionState(
                    peer: peer, isOperator: peer.uid == 0 || peer.uid == daemonUID,
                    reader: loopReaders[ObjectIdentifier(channel.eventLoop)])
                try channel.pipeline.syncOperations.addHandler(
                    RequestHandler(maximumDepth: depth, describeResult: describe, dispatcher: dispatcher, connection: state))
                // Nothing is read until the connection's task wraps it (PendingConnection.open).
                try channel.syncOptions?.setOption(ChannelOptions.autoRead, value: false)
                return .accepted(PendingConnection(channel, state: state))
            }
        }
        switch target {
        case .path(let path):
            // Created 0660 from the start: no moment in which the socket is open to all.
            let old = umask(0o117)
            defer { umask(old) }
            do {
                return try await bootstrap.bind(unixDomainSocketPath: path, childChannelInitializer: initializer)
            } catch {
                // NIO's message names the system call, not the path; the operator needs the path.
                throw DaemonStartError("cannot listen on \(path): \(error)")
            }
        case .activated(let fd):
            return try await bootstrap.bind(fd, childChannelInitializer: initializer)
        }
    }

    /// Serves one connection: requests run concurrently up to the in-flight limit, each answered as it completes.
    private func serve(_ pending: PendingConnection) async {
        let state = pending.state
        let peer = state.peer
        let maxInFlight = config.maxRequestsInFlight
        let dispatcher = self.dispatcher
        let allocator = pending.channel.allocator
        do {
            let connection = try await pending.open()
            try await withGracefulShutdownHandler {
                try await connection.executeThenClose { inbound, outbound in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        var running = 0
                        for try await request in inbound {
                            if running >= maxInFlight {
                                try await group.next()
                                running -= 1
                            }
                            running += 1
                            group.addTask {
                                if let body = await dispatcher.handle(request.envelope, connection: state) {
                                    try await outbound.write(FrameBuffer.make(body, allocator: allocator))
                                }
                            }
                        }
                        try await group.waitForAll()
                    }
                }
            } onGracefulShutdown: {
                connection.channel.pipeline.fireUserInboundEventTriggered(DrainEvent())
            }
        } catch {
            logger.debug("connection from uid \(peer.uid) pid \(peer.pid) ended: \(error)")
        }
    }

    private func refuse(_ channel: any Channel, reason: String) {
        logger.warning("refusing a connection: \(reason)")
        let body = ResponseBody.failure(id: nil, error: WireError(code: .resourceExhausted, message: reason))
        channel.writeAndFlush(FrameBuffer.make(body, allocator: channel.allocator)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}

/// Sends `WATCHDOG=1` at half the interval systemd asks for, after checking that the store still answers.
struct WatchdogService: Service {
    let interval: Duration
    let engine: Engine

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    try await engine.checkHealth()
                    Systemd.notify("WATCHDOG=1")
                    try await Task.sleep(for: interval)
                }
            }
        } catch is CancellationError {
            return
        }
    }
}
