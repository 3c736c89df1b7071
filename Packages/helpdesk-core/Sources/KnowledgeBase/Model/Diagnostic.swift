import YAML

/// A problem found while loading or linting knowledge, at a place, with the rule that found it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    public var mark: Mark?
    public var rule: String
    /// Other places that belong to the same problem (the first definition of a duplicate).
    public var notes: [Note]

    public struct Note: Sendable, Hashable {
        public var mark: Mark
        public var message: String
        public init(_ message: String, at mark: Mark) {
            self.mark = mark
            self.message = message
        }
    }

    public init(_ severity: Severity, _ message: String, at mark: Mark?, rule: String, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.mark = mark
        self.rule = rule
        self.notes = notes
    }

    public static func error(_ message: String, at mark: Mark?, rule: String, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: mark, rule: rule, notes: notes)
    }

    public static func warning(_ message: String, at mark: Mark?, rule: String, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: mark, rule: rule, notes: notes)
    }

    /// `file:line:column: error: message [rule]`, then a `note:` line per related place.
    public var description: String {
        let place = mark.map { "\($0): " } ?? ""
        var text = "\(place)\(severity.rawValue): \(message) [\(rule)]"
        for note in notes { text += "\n\(note.mark): note: \(note.message)" }
        return text
    }
}

extension Diagnostic {
    init(_ error: YAMLError) {
        self.init(
            .error, error.message, at: error.mark, rule: "yaml",
            notes: error.related.map { [Note($0.message, at: $0.mark)] } ?? [])
    }
}
