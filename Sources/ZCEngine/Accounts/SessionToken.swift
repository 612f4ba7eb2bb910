import Crypto

/// 会话令牌 — 256 random bits, shown to the client once as 64 hex digits; the store keeps only its SHA-256.
struct SessionToken: Sendable {
    let text: String
    let hash: [UInt8]

    static func generate() -> SessionToken {
        var rng = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 32)
        for i in bytes.indices { bytes[i] = rng.next() }
        let text = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        return SessionToken(text: text, hash: Array(SHA256.hash(data: bytes)))
    }

    /// The hash of a token a client presents, or nil when it is not 64 hex digits.
    static func hash(of text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 64 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        for i in 0..<32 {
            guard let hi = hexValue(utf8[2 * i]), let lo = hexValue(utf8[2 * i + 1]) else { return nil }
            bytes[i] = hi << 4 | lo
        }
        return Array(SHA256.hash(data: bytes))
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x61...0x66: b - 0x61 + 10
        case 0x41...0x46: b - 0x41 + 10
        default: nil
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
