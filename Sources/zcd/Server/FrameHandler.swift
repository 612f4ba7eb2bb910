import NIOCore
import ZCProtocol

/// Cuts the byte stream into frame bodies.
///
/// The length is checked from the prefix alone: an empty or oversized frame is answered with `frame_rejected` and
/// the connection closed before any of its body is buffered. A frame that has started must complete within the
/// frame timeout, so a client that sends half a frame and stalls is dropped instead of holding memory and a slot.
///
/// The timeout counts only time in which zcd waits for the client: it starts when a read is requested while part of
/// a frame is buffered. While the connection's request queue is full, the async channel holds back reads
/// (backpressure) and the client, however prompt, cannot deliver the rest; that time is not the client's stall.
final class FrameHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let maximum: Int
    private let timeout: TimeAmount
    private var buffer = ByteBuffer()
    private var stallTimer: Scheduled<Void>?
    private var failed = false

    init(maximumFrameBytes: Int, frameTimeout: TimeAmount) {
        maximum = maximumFrameBytes
        timeout = frameTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        var incoming = unwrapInboundIn(data)
        if buffer.readableBytes == 0 {
            buffer = incoming
        } else {
            buffer.writeBuffer(&incoming)
        }
        var completed = false
        while buffer.readableBytes >= Frame.headerSize {
            let length: Int
            do {
                let prefix = buffer.readableBytesView.prefix(Frame.headerSize)
                length = try Frame.bodyLength(prefix: prefix, maximum: maximum)
            } catch {
                reject(context: context, error)
                return
            }
            guard buffer.readableBytes >= Frame.headerSize + length else { break }
            buffer.moveReaderIndex(forwardBy: Frame.headerSize)
            guard let body = buffer.readSlice(length: length) else { break }
            completed = true
            context.fireChannelRead(wrapInboundOut(body))
            if failed { return }
        }
        if buffer.readableBytes == 0 {
            buffer.clear()
            cancelTimer()
        } else if completed {
            // The frame being timed arrived; the next one's clock starts with the next read zcd asks for.
            cancelTimer()
        }
    }

    func read(context: ChannelHandlerContext) {
        // zcd wants more bytes: from now on, a started frame has `timeout` to arrive in full.
        if !failed && buffer.readableBytes > 0 && stallTimer == nil {
            startTimer(context: context)
        }
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
    }

    private func startTimer(context: ChannelHandlerContext) {
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let seconds = Double(timeout.nanoseconds) / 1e9
        stallTimer = context.eventLoop.scheduleTask(in: timeout) {
            let (handler, context) = loopBound.value
            handler.stallTimer = nil
            handler.fail(
                context: context,
                WireError(
                    code: .frameRejected,
                    message: "a frame was not completed within \(seconds) s; closing the connection"))
        }
    }

    private func cancelTimer() {
        stallTimer?.cancel()
        stallTimer = nil
    }

    private func reject(context: ChannelHandlerContext, _ error: FrameError) {
        let message: String
        switch error {
        case .empty:
            message = "a frame of length 0 is not allowed; closing the connection"
        case .tooLarge(let length, let maximum):
            message = "a frame of \(length) bytes exceeds the maximum of \(maximum) bytes; closing the connection"
        }
        fail(context: context, WireError(code: .frameRejected, message: message))
    }

    private func fail(context: ChannelHandlerContext, _ error: WireError) {
        guard !failed else { return }
        failed = true
        cancelTimer()
        buffer = ByteBuffer()
        let body = ResponseBody.failure(id: nil, error: error)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(FrameBuffer.make(body, allocator: channel.allocator)))
            .whenComplete { _ in channel.close(promise: nil) }
    }
}

/// Builds outbound frames: the 4-byte length, then the body.
enum FrameBuffer {
    static func make(_ body: [UInt8], allocator: ByteBufferAllocator) -> ByteBuffer {
        var out = allocator.buffer(capacity: Frame.headerSize + body.count)
        out.writeInteger(UInt32(body.count))
        out.writeBytes(body)
        return out
    }
}
