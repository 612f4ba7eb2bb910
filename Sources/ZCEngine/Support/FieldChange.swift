import Foundation

/// What an edit does to one optional field: leave it, clear it, or set it. On the wire an absent member leaves the
/// field as it is and an empty string clears it; `FieldChange.text` turns that into one of these.
enum FieldChange<Value: Sendable & Equatable>: Sendable, Equatable {
    case unchanged
    case cleared
    case set(Value)

    /// Applies the change to `current`.
    func applied(to current: Value?) -> Value? {
        switch self {
        case .unchanged: current
        case .cleared: nil
        case .set(let value): value
        }
    }
}

extension FieldChange where Value == String {
    /// nil → unchanged; blank → cleared; otherwise checked with `Validate.text` (1…`max` characters).
    static func text(_ value: String?, field: String, max: Int, into violations: inout [Violation]) -> FieldChange {
        guard let value else { return .unchanged }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .cleared }
        return .set(Validate.text(value, field: field, max: max, into: &violations))
    }

    /// nil → unchanged; blank → cleared; otherwise checked with `Validate.phone`.
    static func phone(_ value: String?, field: String, into violations: inout [Violation]) -> FieldChange {
        guard let value else { return .unchanged }
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return .cleared }
        guard let phone = Validate.phone(value, field: field, into: &violations) else { return .unchanged }
        return .set(phone)
    }
}
