/// 材料类型 — the kinds of evidence file accepted: PDF, JPEG and PNG, decided from the content.
public enum EvidenceMediaType: String, Sendable, Codable, CaseIterable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"
}

/// Decides a file's kind from its first bytes, never from its name: a renamed program stays a program.
enum MediaSniffer {
    /// How many leading bytes `detect` looks at.
    static let headLength = 16

    enum Verdict: Equatable {
        case accepted(EvidenceMediaType)
        /// Not an accepted kind; the text names what it looks like instead.
        case refused(String)
    }

    static func detect(_ head: [UInt8]) -> Verdict {
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

        if starts(ascii("%PDF-")) { return .accepted(.pdf) }
        if starts([0xFF, 0xD8, 0xFF]) { return .accepted(.jpeg) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .accepted(.png) }

        let known: [(magic: [UInt8], offset: Int, kind: String)] = [
            (ascii("MZ"), 0, "a Windows program (MZ executable)"),
            ([0x7F] + ascii("ELF"), 0, "a Linux program (ELF executable)"),
            ([0xCF, 0xFA, 0xED, 0xFE], 0, "a macOS program (Mach-O executable)"),
            (ascii("#!"), 0, "a script"),
            (ascii("PK"), 0, "a ZIP archive (or a .docx/.xlsx/.pptx document)"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "an old Microsoft Office document (.doc/.xls/.ppt)"),
            (ascii("Rar!"), 0, "a RAR archive"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive"),
            ([0x1F, 0x8B], 0, "a gzip archive"),
            (ascii("GIF8"), 0, "a GIF image"),
            (ascii("BM"), 0, "a BMP image"),
            (ascii("II*") + [0], 0, "a TIFF image"),
            (ascii("MM") + [0] + ascii("*"), 0, "a TIFF image"),
            (ascii("WEBP"), 8, "a WebP image"),
            (ascii("ftypheic"), 4, "a HEIC image"),
            (ascii("ftyp"), 4, "a video or HEIF image"),
            (ascii("{\\rtf"), 0, "an RTF document"),
            (ascii("%!PS"), 0, "a PostScript document"),
        ]
        if let hit = known.first(where: { starts($0.magic, at: $0.offset) }) {
            return .refused(hit.kind)
        }
        if head.isEmpty { return .refused("an empty file") }
        // Control characters other than tab, newline and carriage return do not occur in text.
        let text = head.allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return .refused(text ? "plain text" : "unrecognised binary data")
    }
}
