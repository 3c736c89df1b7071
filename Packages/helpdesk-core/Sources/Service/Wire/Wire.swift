import Foundation
import KnowledgeBase

/// The wire format's version: it changes only when a field is removed or changes meaning; new
/// fields may appear in any version.
public let wireVersion = 1

/// JSON for programs: one line of UTF-8 text (not `\uXXXX` escapes), slashes as they are, keys
/// in the order each wire type declares them. `pretty` gives indented lines with sorted keys,
/// for files people read.
public struct WireEncoder {
    let pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    public func data<T: Encodable>(_ value: T) -> Data {
        do {
            if pretty {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes, .prettyPrinted, .sortedKeys]
                return try encoder.encode(value)
            }
            return Data(try StreamingJSON.encode(value))
        } catch {
            // Wire types hold strings, finite numbers and booleans only.
            preconditionFailure("wire value could not be encoded: \(error)")
        }
    }

    public func string<T: Encodable>(_ value: T) -> String {
        String(decoding: data(value), as: UTF8.self)
    }
}

/// An optional value that is written as `null` when absent, instead of being left out: for
/// fields a program may rely on being present.
@propertyWrapper
public struct Nullable<Value: Codable & Sendable>: Codable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? nil : try c.decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}

extension Nullable: Equatable where Value: Equatable {}

/// A fact's value on the wire: a boolean, a number, text, or `null` for "I don't know".
public enum WireValue: Codable, Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case text(String)
    case unknown

    public init(_ value: FactValue) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .text(let t), .choice(let t): self = .text(t)
        case .unknown: self = .unknown
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .unknown }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else { self = .text(try c.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .text(let t): try c.encode(t)
        case .unknown: try c.encodeNil()
        }
    }

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return FactValue.number(n).description
        case .text(let t): return t
        case .unknown: return FactValue.unknown.description
        }
    }
}

/// A dictionary written with its keys in sorted order, so that output is the same every run.
public struct SortedObject<Value: Codable & Sendable>: Codable, Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) { self.values = values }

    public subscript(key: String) -> Value? {
        get { values[key] }
        set { values[key] = newValue }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: Value].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for key in values.keys.sorted() { try c.encode(values[key]!, forKey: Key(stringValue: key)) }
    }
}

extension SortedObject: Equatable where Value: Equatable {}

/// `{"version": 1, "status": "error", "error": "…"}`: bad input, for programs.
public struct ErrorObject: Codable, Sendable {
    public var version = wireVersion
    public var status = "error"
    public var error: String

    public init(_ message: String) { error = message }
}
