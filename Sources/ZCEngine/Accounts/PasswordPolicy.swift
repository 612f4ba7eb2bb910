/// 密码策略 — the password rules of a Chinese government system (GB/T 22239 等保 2.0 practice): 8 to 64 characters,
/// at least three of upper case, lower case, digits and symbols, no spaces or control characters, not containing the
/// account name, and not the old password.
enum PasswordPolicy {
    static let minimumLength = 8
    static let maximumLength = 64

    /// Every rule `password` breaks, for the field `field`.
    static func violations(_ password: String, login: String, old: String?, field: String) -> [Violation] {
        var out: [Violation] = []
        let count = password.count
        if count < minimumLength || count > maximumLength {
            out.append(Violation(field: field, reason: "must be \(minimumLength) to \(maximumLength) characters long"))
        }
        var classes = 0
        var upper = false
        var lower = false
        var digit = false
        var symbol = false
        var bad = false
        for s in password.unicodeScalars {
            switch s.value {
            case 0x41...0x5A: upper = true
            case 0x61...0x7A: lower = true
            case 0x30...0x39: digit = true
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: symbol = true
            default: bad = true
            }
        }
        for c in [upper, lower, digit, symbol] where c { classes += 1 }
        if bad {
            out.append(Violation(field: field, reason: "may hold only printable ASCII letters, digits and symbols"))
        }
        if classes < 3 {
            out.append(
                Violation(
                    field: field, reason: "must mix at least three of: upper case, lower case, digits, symbols"))
        }
        if !login.isEmpty && password.lowercased().contains(login.lowercased()) {
            out.append(Violation(field: field, reason: "must not contain the account name"))
        }
        if let old, old == password {
            out.append(Violation(field: field, reason: "must differ from the old password"))
        }
        return out
    }

    /// A random initial password that satisfies the policy: 12 characters, every class present, no look-alikes.
    static func generate() -> String {
        let upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        let lower = Array("abcdefghijkmnpqrstuvwxyz")
        let digits = Array("23456789")
        let symbols = Array("@#%+=?")
        let all = upper + lower + digits + symbols
        var rng = SystemRandomNumberGenerator()
        var chars: [Character] = [
            upper.randomElement(using: &rng)!, lower.randomElement(using: &rng)!,
            digits.randomElement(using: &rng)!, symbols.randomElement(using: &rng)!,
        ]
        while chars.count < 12 { chars.append(all.randomElement(using: &rng)!) }
        chars.shuffle(using: &rng)
        return String(chars)
    }
}
