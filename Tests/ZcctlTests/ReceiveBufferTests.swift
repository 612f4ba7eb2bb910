import Testing
import ZCProtocol

@testable import zcctl

/// Cutting received bytes into frames: partial, coalesced, and bigger than the buffer.
@Suite struct ReceiveBufferTests {
    /// Feeds `stream` in pieces of `step` bytes and collects the bodies.
    private func bodies(_ stream: [UInt8], step: Int, capacity: Int) throws -> [[UInt8]] {
        var buffer = ReceiveBuffer(capacity: capacity)
        defer { buffer.deallocate() }
        var out: [[UInt8]] = []
        var offset = 0
        while offset < stream.count {
            let space = buffer.freeSpace
            let n = min(step, space.count, stream.count - offset)
            for i in 0..<n { space[i] = stream[offset + i] }
            offset += n
            buffer.filled(n)
            while let body = try buffer.nextFrame() { out.append(Array(body)) }
        }
        return out
    }

    private var frames: ([UInt8], [[UInt8]]) {
        let bodies = (1...20).map {
            Array(#"{"jsonrpc":"2.0","id":\#($0),"result":{"pad":"\#(String(repeating: "x", count: $0 * 7))"}}"#.utf8)
        }
        return (bodies.flatMap { Frame.encode($0) }, bodies)
    }

    @Test(arguments: [1, 3, 64, 100_000])
    func framesComeOutWholeHoweverTheBytesArrive(step: Int) throws {
        let (stream, expected) = frames
        #expect(try bodies(stream, step: step, capacity: 64) == expected)
        #expect(try bodies(stream, step: step, capacity: 4096) == expected)
    }

    @Test func aZeroLengthFrameIsAnError() {
        var buffer = ReceiveBuffer(capacity: 16)
        defer { buffer.deallocate() }
        let space = buffer.freeSpace
        for i in 0..<4 { space[i] = 0 }
        buffer.filled(4)
        #expect(throws: BenchSocketError.self) { try buffer.nextFrame() }
    }
}
