/// The value of a fact.
public enum FactValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case text(String)
    case choice(String)
    /// Asked, and the user does not know (or would rather not say). Known to be unknown: never
    /// asked again; a `decide` takes its `unknown:` branch, else its `default`.
    case unknown

    /// The canonical text: `true`/`false`, a number without a needless `.0`, the text, the choice id.
    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case .text(let t): return t
        case .choice(let c): return c
        case .unknown: return "unknown"
        }
    }

    /// The key a `decide` case is written with; `unknown` for an unknown value.
    public var caseKey: String { description }

    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var textValue: String? {
        switch self {
        case .text(let t), .choice(let t): return t
        default: return nil
        }
    }

    static let yes: Set<String> = ["true", "yes", "y", "1", "はい", "ok"]
    static let no: Set<String> = ["false", "no", "n", "0", "いいえ"]

    /// Reads text typed for `fact`: booleans as true/false, yes/no, はい/いいえ; numbers; a choice by id.
    public static func parse(_ raw: String, for fact: Fact) -> Result<FactValue, FactValueError> {
        switch fact.type {
        case .text, .secret:
            return .success(.text(raw))
        case .bool:
            let t = raw.trimmingSpaces.lowercased()
            if yes.contains(t) { return .success(.bool(true)) }
            if no.contains(t) { return .success(.bool(false)) }
            return .failure(FactValueError(fact: fact.id, message: "'\(raw)' is not a yes/no answer (use true or false)"))
        case .number:
            let t = raw.trimmingSpaces
            if let n = plainDecimal(t) { return .success(.number(n)) }
            return .failure(FactValueError(fact: fact.id, message: "'\(raw)' is not a number 0 or more in plain digits (like 10 or 2.5)"))
        case .choice:
            let t = raw.trimmingSpaces
            if fact.values.contains(where: { $0.id == t }) { return .success(.choice(t)) }
            let allowed = fact.values.map(\.id).joined(separator: ", ")
            return .failure(FactValueError(fact: fact.id, message: "'\(raw)' is not one of: \(allowed)"))
        }
    }
}

extension FactValue {
    /// The largest number a fact takes: numbers are quantities (minutes), not identifiers.
    public static let largestNumber = 1_000_000_000.0

    /// A number written the plain way people write quantities: digits, optionally a decimal
    /// point and more digits; 0 or more, at most `largestNumber`. No sign, exponent, hex,
    /// `inf` or `nan`, which `Double.init` would take (`1e308`, `0x10`).
    public static func plainDecimal(_ text: String) -> Double? {
        var digits = 0, points = 0, afterPoint = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if points == 1 { afterPoint += 1 }
            case UInt8(ascii: "."):
                points += 1
                guard points == 1, digits > 0 else { return nil }
            default:
                return nil
            }
        }
        guard digits > 0, points == 0 || afterPoint > 0, let value = Double(text), value <= largestNumber else { return nil }
        return value
    }
}

/// A value that does not fit its fact. The message never repeats a secret's value.
public struct FactValueError: Error, Sendable, Equatable, CustomStringConvertible {
    public var fact: String
    public var message: String
    public var description: String { "\(fact): \(message)" }
}

extension String {
    /// Without leading and trailing spaces, tabs, newlines and ideographic spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
