import Testing
import ZCProtocol

/// The frame layer: a 4-byte big-endian length, then the body. Partial, coalesced, empty, oversized and garbage input.
@Suite struct FrameTests {
    private func body(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func headerIsBigEndian() {
        #expect(Frame.header(length: 0x0102_0304) == [0x01, 0x02, 0x03, 0x04])
        #expect(Frame.header(length: 2) == [0, 0, 0, 2])
        #expect(Frame.header(length: Frame.absoluteMaximumLength) == [0x00, 0xFF, 0xFF, 0xFF])
    }

    @Test func encodeThenReadTheLengthBack() throws {
        let payload = body(#"{"jsonrpc":"2.0","id":1,"method":"rpc.ping"}"#)
        let frame = Frame.encode(payload)
        #expect(frame.count == Frame.headerSize + payload.count)
        #expect(Array(frame.dropFirst(Frame.headerSize)) == payload)
        let length = try Frame.bodyLength(prefix: frame.prefix(Frame.headerSize), maximum: Frame.defaultMaximumLength)
        #expect(length == payload.count)
    }

    @Test func bodyLengthAtTheMaximumPassesAndOneMoreIsRefused() throws {
        #expect(try Frame.bodyLength(prefix: Frame.header(length: 100), maximum: 100) == 100)
        #expect(throws: FrameError.tooLarge(length: 101, maximum: 100)) {
            try Frame.bodyLength(prefix: Frame.header(length: 101), maximum: 100)
        }
        #expect(throws: FrameError.empty) { try Frame.bodyLength(prefix: [0, 0, 0, 0], maximum: 100) }
    }

    @Test func bodyLengthReadsAPrefixInsideALargerSlice() throws {
        // The daemon hands in a slice that does not start at index 0.
        let bytes: [UInt8] = [9, 9, 0, 0, 1, 0, 7]
        #expect(try Frame.bodyLength(prefix: bytes[2..<6], maximum: 1000) == 256)
    }

    @Test func clampMaximumKeepsTheContractsRange() {
        #expect(Frame.clampMaximum(0) == 1)
        #expect(Frame.clampMaximum(-5) == 1)
        #expect(Frame.clampMaximum(4096) == 4096)
        #expect(Frame.clampMaximum(Int.max) == Frame.absoluteMaximumLength)
    }

    @Test func readerRoundTripsOneFrame() throws {
        var reader = FrameReader()
        let payload = body(#"{"a":1}"#)
        reader.append(Frame.encode(payload))
        #expect(try reader.next() == payload)
        #expect(try reader.next() == nil)
        #expect(reader.pendingByteCount == 0)
    }

    @Test func readerAssemblesAFrameFedByteByByte() throws {
        var reader = FrameReader()
        let payload = body(#"{"jsonrpc":"2.0","method":"rpc.ping"}"#)
        let frame = Frame.encode(payload)
        for (i, byte) in frame.enumerated() {
            #expect(try reader.next() == nil, "a frame came out after only \(i) of \(frame.count) bytes")
            reader.append([byte])
        }
        #expect(try reader.next() == payload)
        #expect(try reader.next() == nil)
    }

    @Test func readerSplitsCoalescedFramesFromOneAppend() throws {
        let payloads = (0..<5).map { body(#"{"n":\#($0)}"#) }
        var stream = payloads.flatMap { Frame.encode($0) }
        // The first bytes of a sixth frame arrive in the same read.
        let sixth = body(#"{"n":"six"}"#)
        let sixthFrame = Frame.encode(sixth)
        stream += sixthFrame.prefix(6)
        var reader = FrameReader()
        reader.append(stream)
        for payload in payloads {
            #expect(try reader.next() == payload)
        }
        #expect(try reader.next() == nil)
        #expect(reader.pendingByteCount == 6)
        reader.append(sixthFrame.dropFirst(6))
        #expect(try reader.next() == sixth)
        #expect(reader.pendingByteCount == 0)
    }

    @Test func readerKeepsOrderAcrossManyFramesInOddChunks() throws {
        // Enough data that the reader compacts its buffer on the way (it does so past 64 KiB).
        let payloads = (0..<3000).map { i in body(#"{"i":\#(i),"pad":"\#(String(repeating: "x", count: i % 97))"}"#) }
        let stream = payloads.flatMap { Frame.encode($0) }
        var reader = FrameReader()
        var out: [[UInt8]] = []
        var offset = 0
        var chunk = 1
        while offset < stream.count {
            let end = min(stream.count, offset + chunk)
            reader.append(stream[offset..<end])
            offset = end
            chunk = chunk % 1021 + 37
            while let frame = try reader.next() { out.append(frame) }
        }
        #expect(out.count == payloads.count)
        #expect(out == payloads)
        #expect(reader.pendingByteCount == 0)
    }

    @Test func readerRefusesAZeroLengthFrame() {
        var reader = FrameReader()
        reader.append([0, 0, 0, 0])
        #expect(throws: FrameError.empty) { try reader.next() }
    }

    @Test func readerRefusesAnOversizedFrameFromItsHeaderAlone() {
        var reader = FrameReader(maximum: 1024)
        // Only the header: the refusal must not wait for a body that may never come.
        reader.append(Frame.header(length: 1025))
        #expect(throws: FrameError.tooLarge(length: 1025, maximum: 1024)) { try reader.next() }
    }

    @Test func readerAcceptsAFrameOfExactlyTheMaximum() throws {
        var reader = FrameReader(maximum: 16)
        let payload = [UInt8](repeating: UInt8(ascii: "7"), count: 16)
        reader.append(Frame.encode(payload))
        #expect(try reader.next() == payload)
    }

    @Test func readerRefusesGarbageThatIsNotAFramePrefix() {
        // Someone speaking HTTP to the socket: "GET " read as a length is about 1.2 GB.
        var reader = FrameReader()
        reader.append(Array("GET / HTTP/1.1\r\n".utf8))
        #expect(throws: FrameError.tooLarge(length: 0x4745_5420, maximum: Frame.absoluteMaximumLength)) {
            try reader.next()
        }
    }

    @Test func readerWaitsForTheRestOfAHeader() throws {
        var reader = FrameReader()
        reader.append([0, 0])
        #expect(try reader.next() == nil)
        #expect(reader.pendingByteCount == 2)
        reader.append([0, 2, UInt8(ascii: "{"), UInt8(ascii: "}")])
        #expect(try reader.next() == body("{}"))
    }
}
