import NIOCore
import ZCProtocol

/// A request read off a frame, on its way to the dispatcher.
struct InboundRequest: Sendable {
    var envelope: RequestEnvelope
}

/// Tells a connection to stop taking requests (graceful shutdown): in-flight ones finish, new ones are refused.
struct DrainEvent: Sendable {}

/// Reads the JSON-RPC envelope on the event loop, answers what needs no store there and then, and passes the rest
/// on to the connection's task.
///
/// Answering `rpc.ping` and `rpc.describe` here spares them two thread hops: they are the calls a monitor or a
/// generic client makes most, and they touch no state.
final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = InboundRequest
    typealias OutboundOut = ByteBuffer

    private let maximumDepth: Int
    private let describeResult: [UInt8]
    private let dispatcher: Dispatcher
    private let connection: ConnectionState
    private var draining = false
    private var pendingFlush = false
    private static let emptyObject = Array("{}".utf8)

    init(maximumDepth: Int, describeResult: [UInt8], dispatcher: Dispatcher, connection: ConnectionState) {
        self.maximumDepth = maximumDepth
        self.describeResult = describeResult
        self.dispatcher = dispatcher
        self.connection = connection
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        let parsed = frame.withUnsafeReadableBytes { raw in
            Result { () throws(EnvelopeError) in try RequestEnvelope.parse(raw, maximumDepth: maximumDepth) }
        }
        switch parsed {
        case .failure(let e):
            if !e.notification { write(context, ResponseBody.failure(id: e.id, error: e.error)) }
        case .success(let envelope):
            if draining {
                if let id = envelope.id {
                    write(
                        context,
                        ResponseBody.failure(
                            id: id, error: WireError(code: .shuttingDown, message: "zcd is shutting down")))
                }
                return
            }
            if answerInline(context, envelope) { return }
            // The frequent reads are answered here too (Dispatcher.handleInline); the rest go to the connection's
            // task, where they may wait for the writer or the KDF without holding the event loop.
            switch dispatcher.handleInline(envelope, connection: connection) {
            case .answered(let body):
                if let body { write(context, body) }
            case .deferred:
                context.fireChannelRead(wrapInboundOut(InboundRequest(envelope: envelope)))
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is DrainEvent {
            draining = true
            // Ends the connection task's inbound sequence; what is in flight still gets its answer.
            context.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// Answers methods that need neither the store nor the caller's account. Params other than none or `{}` take the
    /// normal path, where they are checked.
    private func answerInline(_ context: ChannelHandlerContext, _ envelope: RequestEnvelope) -> Bool {
        guard envelope.params == nil || envelope.params == Self.emptyObject else { return false }
        let result: [UInt8]
        switch envelope.method {
        case PingRequest.method: result = Self.emptyObject
        case DescribeRequest.method: result = describeResult
        default: return false
        }
        if let id = envelope.id { write(context, ResponseBody.success(id: id, result: result)) }
        return true
    }

    /// Answers are written as they are made and flushed once per read burst (`channelReadComplete`): a client that
    /// pipelines many requests gets their answers in one `write` system call instead of one each.
    private func write(_ context: ChannelHandlerContext, _ body: [UInt8]) {
        context.write(wrapOutboundOut(FrameBuffer.make(body, allocator: context.channel.allocator)), promise: nil)
        pendingFlush = true
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if pendingFlush {
            pendingFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }
}
