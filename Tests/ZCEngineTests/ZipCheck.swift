import Foundation
import Testing

@testable import ZCEngine

/// Reads a ZIP archive from its end, the way spreadsheet programs do, and checks every entry against its local
/// header, data descriptor and CRC-32.
struct ZipCheck {
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc: UInt32
        var size: Int
        var data: [UInt8]
    }

    var entries: [Entry] = []

    init(_ archive: [UInt8]) throws {
        func u16(_ at: Int) throws -> UInt16 {
            guard at + 2 <= archive.count else { throw ZipCheckError.truncated(at) }
            return UInt16(archive[at]) | UInt16(archive[at + 1]) << 8
        }
        func u32(_ at: Int) throws -> UInt32 {
            guard at + 4 <= archive.count else { throw ZipCheckError.truncated(at) }
            return UInt32(try u16(at)) | UInt32(try u16(at + 2)) << 16
        }
        // The end record is the last 22 bytes (no archive comment).
        let end = archive.count - 22
        guard end >= 0, try u32(end) == 0x0605_4B50 else { throw ZipCheckError.noEndRecord }
        let count = Int(try u16(end + 10))
        let directorySize = Int(try u32(end + 12))
        var at = Int(try u32(end + 16))
        guard at + directorySize == end else { throw ZipCheckError.badDirectory("size and offset do not meet the end") }
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw ZipCheckError.badDirectory("entry signature at \(at)") }
            let flags = try u16(at + 8)
            let method = try u16(at + 10)
            let crc = try u32(at + 16)
            let compressed = Int(try u32(at + 20))
            let size = Int(try u32(at + 24))
            let nameLength = Int(try u16(at + 28))
            let extra = Int(try u16(at + 30))
            let comment = Int(try u16(at + 32))
            let local = Int(try u32(at + 42))
            let name = String(decoding: archive[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + extra + comment
            // The local header.
            guard try u32(local) == 0x0403_4B50 else { throw ZipCheckError.badLocal(name) }
            guard try u16(local + 6) == flags, try u16(local + 8) == method else { throw ZipCheckError.badLocal(name) }
            let localName = Int(try u16(local + 26))
            let localExtra = Int(try u16(local + 28))
            guard String(decoding: archive[(local + 30)..<(local + 30 + localName)], as: UTF8.self) == name else {
                throw ZipCheckError.badLocal(name)
            }
            let start = local + 30 + localName + localExtra
            guard compressed == size, start + size <= archive.count else { throw ZipCheckError.badLocal(name) }
            let data = Array(archive[start..<(start + size)])
            if flags & 0x8 != 0 {
                // Zeros in the local header, the real values in the descriptor after the data.
                guard try u32(local + 14) == 0, try u32(start + size) == 0x0807_4B50, try u32(start + size + 4) == crc,
                    Int(try u32(start + size + 8)) == size, Int(try u32(start + size + 12)) == size
                else { throw ZipCheckError.badDescriptor(name) }
            } else {
                guard try u32(local + 14) == crc, Int(try u32(local + 22)) == size else {
                    throw ZipCheckError.badLocal(name)
                }
            }
            entries.append(Entry(name: name, flags: flags, method: method, crc: crc, size: size, data: data))
        }
    }

    /// Every entry's CRC-32, recomputed from its data, matches the directory's.
    var checksumsMatch: Bool { entries.allSatisfy { Self.crc($0.data) == $0.crc } }

    func text(_ name: String) -> String? {
        entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// A plain bitwise CRC-32, independent of the one under test.
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }

    enum ZipCheckError: Error {
        case truncated(Int), noEndRecord, badDirectory(String), badLocal(String), badDescriptor(String)
    }
}
