/// A ZIP archive written front to back into caller-supplied buffers, so an archive of any length is produced a
/// chunk at a time and never held whole.
///
/// - Entries are stored (method 0): no compression library is needed, and the bytes of an entry are exactly what
///   was written. A whole entry given at once gets its CRC-32 and sizes in its local header; an entry streamed with
///   ``beginEntry(_:into:)`` / ``write(_:into:)`` / ``endEntry(into:)`` has general-purpose flag bit 3 set, zeros in
///   its local header, and a data descriptor (signature `PK\7\8`, CRC-32, sizes) after its data. The central
///   directory at the end repeats every entry's CRC-32, sizes and offset; readers that start from it (Excel,
///   LibreOffice, WPS, Python's zipfile) read such archives. A strictly streaming reader that cannot look ahead
///   (Java's `ZipInputStream`) refuses stored entries with a data descriptor.
/// - No ZIP64: every offset and size must stay below 4 GiB, and at most 65,535 entries. Past that the writer throws
///   `resourceExhausted` instead of writing a broken archive.
/// - Names are ASCII paths (no UTF-8 flag needed).
struct ZipStreamWriter: Sendable {
    struct Entry: Sendable, Equatable {
        var name: [UInt8]
        var offset: UInt32
        var crc: UInt32
        var size: UInt32
        var streamed: Bool
    }

    private(set) var entries: [Entry] = []
    /// Bytes of archive emitted so far.
    private(set) var offset: UInt64 = 0
    private var open: (name: [UInt8], offset: UInt32, crc: CRC32, size: UInt64)?
    private let dosTime: UInt16
    private let dosDate: UInt16

    /// The most a field of a ZIP without ZIP64 holds.
    static let limit = UInt64(UInt32.max)

    /// `modified`: local wall-clock time for every entry (DOS format, two-second resolution, 1980–2107).
    init(modified: LocalDateTime) {
        let year = min(max(modified.year, 1980), 2107)
        dosDate = UInt16((year - 1980) << 9 | modified.month << 5 | modified.day)
        dosTime = UInt16(modified.hour << 11 | modified.minute << 5 | modified.second / 2)
    }

    /// Adds a complete entry whose content is known: CRC-32 and sizes go in the local header, no data descriptor.
    mutating func addEntry(_ name: String, _ data: [UInt8], into out: inout [UInt8]) throws(EngineError) {
        guard open == nil else { throw Self.misuse }
        let crc = CRC32.checksum(data)
        let size = try Self.fits(UInt64(data.count))
        let start = try Self.fits(offset)
        let nameBytes = Array(name.utf8)
        var header: [UInt8] = []
        Self.localHeader(
            &header, name: nameBytes, flags: 0, crc: crc, size: size, time: dosTime, date: dosDate)
        try emit(header, into: &out)
        try emit(data, into: &out)
        entries.append(Entry(name: nameBytes, offset: start, crc: crc, size: size, streamed: false))
    }

    /// Starts an entry whose content follows in pieces (flag bit 3; CRC-32 and sizes come after the data).
    mutating func beginEntry(_ name: String, into out: inout [UInt8]) throws(EngineError) {
        guard open == nil else { throw Self.misuse }
        let start = try Self.fits(offset)
        let nameBytes = Array(name.utf8)
        var header: [UInt8] = []
        Self.localHeader(&header, name: nameBytes, flags: 1 << 3, crc: 0, size: 0, time: dosTime, date: dosDate)
        try emit(header, into: &out)
        open = (nameBytes, start, CRC32(), 0)
    }

    /// The next piece of the open entry.
    mutating func write(_ data: [UInt8], into out: inout [UInt8]) throws(EngineError) {
        guard var entry = open else { throw Self.misuse }
        entry.size += UInt64(data.count)
        _ = try Self.fits(entry.size)
        entry.crc.update(data)
        try emit(data, into: &out)
        open = entry
    }

    /// Ends the open entry with its data descriptor.
    mutating func endEntry(into out: inout [UInt8]) throws(EngineError) {
        guard let entry = open else { throw Self.misuse }
        let size = try Self.fits(entry.size)
        var descriptor: [UInt8] = []
        Self.put32(&descriptor, 0x0807_4B50)
        Self.put32(&descriptor, entry.crc.value)
        Self.put32(&descriptor, size)
        Self.put32(&descriptor, size)
        try emit(descriptor, into: &out)
        entries.append(Entry(name: entry.name, offset: entry.offset, crc: entry.crc.value, size: size, streamed: true))
        open = nil
    }

    /// The central directory and its end record; the archive is complete after this.
    mutating func finish(into out: inout [UInt8]) throws(EngineError) {
        guard open == nil, entries.count <= Int(UInt16.max) else { throw Self.misuse }
        let start = try Self.fits(offset)
        var directory: [UInt8] = []
        for e in entries {
            Self.put32(&directory, 0x0201_4B50)
            Self.put16(&directory, 20)  // made by: MS-DOS attributes, ZIP 2.0
            Self.put16(&directory, 20)  // needed to extract
            Self.put16(&directory, e.streamed ? 1 << 3 : 0)
            Self.put16(&directory, 0)  // stored
            Self.put16(&directory, dosTime)
            Self.put16(&directory, dosDate)
            Self.put32(&directory, e.crc)
            Self.put32(&directory, e.size)
            Self.put32(&directory, e.size)
            Self.put16(&directory, UInt16(e.name.count))
            Self.put16(&directory, 0)  // extra
            Self.put16(&directory, 0)  // comment
            Self.put16(&directory, 0)  // disk
            Self.put16(&directory, 0)  // internal attributes
            Self.put32(&directory, 0)  // external attributes
            Self.put32(&directory, e.offset)
            directory += e.name
        }
        let size = try Self.fits(UInt64(directory.count))
        Self.put32(&directory, 0x0605_4B50)
        Self.put16(&directory, 0)
        Self.put16(&directory, 0)
        Self.put16(&directory, UInt16(entries.count))
        Self.put16(&directory, UInt16(entries.count))
        Self.put32(&directory, size)
        Self.put32(&directory, start)
        Self.put16(&directory, 0)  // comment
        try emit(directory, into: &out)
    }

    private mutating func emit(_ bytes: [UInt8], into out: inout [UInt8]) throws(EngineError) {
        let end = offset + UInt64(bytes.count)
        _ = try Self.fits(end)
        offset = end
        out += bytes
    }

    private static func localHeader(
        _ out: inout [UInt8], name: [UInt8], flags: UInt16, crc: UInt32, size: UInt32, time: UInt16, date: UInt16
    ) {
        put32(&out, 0x0403_4B50)
        put16(&out, 20)
        put16(&out, flags)
        put16(&out, 0)
        put16(&out, time)
        put16(&out, date)
        put32(&out, crc)
        put32(&out, size)
        put32(&out, size)
        put16(&out, UInt16(name.count))
        put16(&out, 0)
        out += name
    }

    private static func fits(_ value: UInt64) throws(EngineError) -> UInt32 {
        guard value <= limit else {
            throw .resourceExhausted(
                "the workbook would pass 4 GiB, the most a ZIP archive without ZIP64 holds; export fewer cases "
                    + "(filter by series or level) or export CSV")
        }
        return UInt32(value)
    }

    private static let misuse = EngineError.failedPrecondition("the ZIP writer was used out of order")

    static func put16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8(v >> 8))
    }

    static func put32(_ out: inout [UInt8], _ v: UInt32) {
        out.append(UInt8(v & 0xFF))
        out.append(UInt8((v >> 8) & 0xFF))
        out.append(UInt8((v >> 16) & 0xFF))
        out.append(UInt8(v >> 24))
    }
}
