import ArgumentParser
import Domain
import Foundation
import KnowledgeBase

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check knowledge for errors: YAML, schema, references, reachability, cycles, coverage of cases, text.",
        discussion: """
            PATH is a knowledge folder (default: the bundled knowledge) or one file in it. Diagnostics are \
            printed like a compiler's: file:line:column: error|warning: message [rule].

            Exit status: 0 clean, 1 errors found (or warnings, with --strict), 2 bad usage.
            """
    )

    @Argument(help: "A knowledge folder, or a file in one.", completion: .file())
    var path: String?

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Print one JSON object instead of lines.")
    var json = false

    @Flag(help: "List the rules and what each catches, then exit.")
    var listRules = false

    func run() throws {
        if listRules {
            for rule in Linter.allRules {
                let type = type(of: rule)
                Output.out("\(type.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(type.summary)")
            }
            return
        }
        let target = path ?? KnowledgeLocator.locate(explicit: nil)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            throw UsageError("no such file or folder: \(target)", json: json)
        }
        var root = target
        var onlyFile: String?
        if !isDirectory.boolValue {
            guard let found = Self.knowledgeRoot(containing: target) else {
                throw UsageError("\(target) is not inside a knowledge folder (none above it has facts.yaml)", json: json)
            }
            root = found.root
            onlyFile = found.file
        }
        let load = KnowledgeLoader().load(root)
        var diagnostics = Linter().lint(load, registered: DomainNames.registered)
        if let onlyFile { diagnostics = diagnostics.filter { $0.mark?.file == onlyFile } }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = onlyFile == nil ? load.files.count : 1
        if json {
            Output.out(Output.json([
                "diagnostics": diagnostics.map(\.jsonObject), "errors": errors, "warnings": warnings, "files": files,
            ]))
        } else {
            let colour = Output.colourOut
            for d in diagnostics { Output.out(d.rendered(colour: colour)) }
            let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
            Output.out(errors + warnings == 0 ? Output.styled(summary, .green, on: colour) : summary)
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    /// The knowledge folder a file belongs to, and the file's path as the loader will name it.
    static func knowledgeRoot(containing file: String) -> (root: String, file: String)? {
        var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
        var relative = [URL(fileURLWithPath: file).lastPathComponent]
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("facts.yaml").path) {
                let root = dir.path
                return (root, root + "/" + relative.joined(separator: "/"))
            }
            relative.insert(dir.lastPathComponent, at: 0)
            dir.deleteLastPathComponent()
        }
        return nil
    }
}

extension Diagnostic {
    /// The compiler-style line, with the severity coloured on a terminal.
    func rendered(colour: Bool) -> String {
        guard colour else { return description }
        let place = mark.map { Output.styled("\($0): ", .bold, on: true) } ?? ""
        let severity = Output.styled("\(self.severity.rawValue):", self.severity == .error ? .red : .yellow, .bold, on: true)
        var text = "\(place)\(severity) \(message) \(Output.styled("[\(rule)]", .dim, on: true))"
        for note in notes { text += "\n\(Output.styled("\(note.mark): ", .bold, on: true))\(Output.styled("note:", .cyan, on: true)) \(note.message)" }
        return text
    }

    var jsonObject: [String: Any] {
        var object: [String: Any] = ["severity": severity.rawValue, "message": message, "rule": rule]
        if let mark {
            object["file"] = mark.file
            object["line"] = mark.line
            object["column"] = mark.column
        }
        if !notes.isEmpty {
            object["notes"] = notes.map { ["file": $0.mark.file, "line": $0.mark.line, "column": $0.mark.column, "message": $0.message] }
        }
        return object
    }
}
