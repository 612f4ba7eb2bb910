import ZCProtocol

/// The bytes one connection has received and not yet cut into frames: one allocation, reused for the whole run,
/// grown only for a frame bigger than itself.
struct ReceiveBuffer {
    private var storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0

    init(capacity: Int) {
        storage = .allocate(byteCount: capacity, alignment: 8)
    }

    func deallocate() { storage.deallocate() }

    /// Where the next `recv` writes. Never empty: space is made before it is handed out.
    var freeSpace: UnsafeMutableRawBufferPointer {
        mutating get {
            if end == storage.count { compact() }
            return UnsafeMutableRawBufferPointer(rebasing: storage[end...])
        }
    }

    /// Counts `n` bytes just received into `freeSpace`.
    mutating func filled(_ n: Int) { end += n }

    /// The next complete frame's body, or nil when more bytes are needed. The body is valid until the next call
    /// that changes the buffer.
    mutating func nextFrame() throws(BenchSocketError) -> UnsafeRawBufferPointer? {
        guard end - start >= Frame.headerSize else {
            if start == end { start = 0; end = 0 }
            return nil
        }
        let length =
            Int(storage[start]) << 24 | Int(storage[start + 1]) << 16 | Int(storage[start + 2]) << 8
            | Int(storage[start + 3])
        guard length > 0, length <= Frame.absoluteMaximumLength else {
            throw BenchSocketError("the daemon sent a frame of \(length) bytes")
        }
        let total = Frame.headerSize + length
        guard end - start >= total else {
            if total > storage.count { grow(to: total) } else if start + total > storage.count { compact() }
            return nil
        }
        let body = UnsafeRawBufferPointer(rebasing: storage[(start + Frame.headerSize)..<(start + total)])
        start += total
        return body
    }

    /// Moves the unread bytes to the front.
    private mutating func compact() {
        guard start > 0 else { return }
        let count = end - start
        if count > 0, let base = storage.baseAddress {
            base.copyMemory(from: base + start, byteCount: count)
        }
        start = 0
        end = count
    }

    private mutating func grow(to needed: Int) {
        var capacity = storage.count
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        let count = end - start
        if count > 0, let to = bigger.baseAddress, let from = storage.baseAddress {
            to.copyMemory(from: from + start, byteCount: count)
        }
        storage.deallocate()
        storage = bigger
        start = 0
        end = count
    }
}

/// `review.pass` answers success even when a case in it failed: each item says `ok`. The bench counts such an
/// item as a failed request, with the item's error code.
enum DecisionCheck {
    private static let notOK = Array(#""ok":false"#.utf8)
    private static let codeKey = Array(#""code":"#.utf8)

    /// The error code of the first failed item in a `review.pass` result, or nil when every item passed.
    static func failedItemCode(_ result: UnsafeRawBufferPointer) -> Int? {
        guard find(notOK, in: result, from: 0) != nil else { return nil }
        guard let at = find(codeKey, in: result, from: 0) else { return ErrorCode.internalError.rawValue }
        var i = at + codeKey.count
        var negative = false
        if i < result.count, result[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value = 0
        let first = i
        while i < result.count, i - first < 9, result[i] >= UInt8(ascii: "0"), result[i] <= UInt8(ascii: "9") {
            value = value * 10 + Int(result[i] - UInt8(ascii: "0"))
            i += 1
        }
        guard i > first else { return ErrorCode.internalError.rawValue }
        return negative ? -value : value
    }

    static func failedItemCode(_ result: [UInt8]) -> Int? {
        result.withUnsafeBytes { failedItemCode($0) }
    }

    private static func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = from
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0] {
                var j = 1
                while j < pattern.count, bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
