import Foundation
import Testing
import ZCProtocol

/// The client's SHA-256 against the FIPS 180-4 test vectors, whole and in pieces.
@Suite struct ContentDigestTests {
    @Test func theStandardVectors() {
        #expect(ContentDigest.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            ContentDigest.hex(of: Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ContentDigest.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            ContentDigest.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesOfAnySizeGiveTheSameDigest() {
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        let whole = ContentDigest.hex(of: bytes)
        for piece in [1, 3, 63, 64, 65, 1000] {
            var d = ContentDigest()
            var i = 0
            while i < bytes.count {
                let end = min(i + piece, bytes.count)
                if piece == 3 {
                    d.update(bytes[i..<end])
                } else {
                    bytes[i..<end].withUnsafeBytes { d.update(buffer: $0) }
                }
                i = end
            }
            #expect(d.finalizeHex() == whole, "pieces of \(piece)")
        }
    }
}
