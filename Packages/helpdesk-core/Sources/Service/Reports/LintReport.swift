import Domain
import Foundation
import KnowledgeBase
import Triage

/// The linter's findings over a knowledge folder (or one file of it).
public struct LintReport: Report {
    public struct DiagnosticObject: Codable, Sendable, Equatable {
        public struct NoteObject: Codable, Sendable, Equatable {
            public var file: String
            public var line: Int
            public var column: Int
            public var message: String
        }

        public var severity: String
        public var message: String
        public var rule: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var notes: [NoteObject]?

        init(_ d: Diagnostic) {
            severity = d.severity.rawValue
            message = d.message
            rule = d.rule
            file = d.mark?.file
            line = d.mark?.line
            column = d.mark?.column
            notes = d.notes.isEmpty ? nil : d.notes.map { NoteObject(file: $0.mark.file, line: $0.mark.line, column: $0.mark.column, message: $0.message) }
        }
    }

    public var version = wireVersion
    public let diagnostics: [Diagnostic]
    public let files: Int
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.count - errors }

    /// Lints the folder `root`; with `onlyFile`, reports that file's diagnostics alone.
    public static func lint(root: String, onlyFile: String? = nil) -> LintReport {
        let load = KnowledgeLoader().load(root)
        var diagnostics = Linter.withTriageRules.lint(load, registered: DomainNames.registered)
        if let onlyFile { diagnostics = diagnostics.filter { $0.mark?.file == onlyFile } }
        return LintReport(diagnostics: diagnostics, files: onlyFile == nil ? load.files.count : 1)
    }

    /// Lints a knowledge folder, or one file of one (its folder is linted; the report keeps the
    /// file's diagnostics).
    public static func lint(path: String) throws(InputError) -> LintReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("no such file or folder: \(path)")
        }
        if isDirectory.boolValue { return lint(root: path) }
        guard let found = KnowledgeLocator.root(containing: path) else {
            throw InputError("\(path) is not inside a knowledge folder (none above it has facts.yaml)")
        }
        return lint(root: found.root, onlyFile: found.file)
    }

    /// Whether the command fails: errors, or with `strict` warnings too.
    public func fails(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }

    enum CodingKeys: String, CodingKey { case version, diagnostics, errors, warnings, files }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(diagnostics.map(DiagnosticObject.init), forKey: .diagnostics)
        try c.encode(errors, forKey: .errors)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(files, forKey: .files)
    }

    public func text(_ style: Styler) -> String {
        var lines = diagnostics.map { $0.rendered(style) }
        let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
        lines.append(errors + warnings == 0 ? style(summary, .green) : summary)
        return lines.joined(separator: "\n")
    }

    /// The rules and what each catches, one a line.
    public static func rulesText() -> String {
        Linter.withTriageRules.rules.map { rule in
            let type = type(of: rule)
            return "\(type.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(type.summary)"
        }.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// The compiler-style line, with the severity coloured on a terminal.
    public func rendered(_ style: Styler) -> String {
        guard style.colour else { return description }
        let place = mark.map { style("\($0): ", .bold) } ?? ""
        let severity = style("\(self.severity.rawValue):", self.severity == .error ? .red : .yellow, .bold)
        var text = "\(place)\(severity) \(message) \(style("[\(rule)]", .dim))"
        for note in notes { text += "\n\(style("\(note.mark): ", .bold))\(style("note:", .cyan)) \(note.message)" }
        return text
    }
}
