import ArgumentParser
import Foundation
import KnowledgeBase

/// `--knowledge PATH` and `--lang`, shared by the commands that read knowledge or speak to people.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge folder.", valueName: "path"))
    var knowledge: String?

    @Option(name: .long, help: "Language of text for people: ja or en (default: the locale, else ja).")
    var lang: Language?

    /// The knowledge folder to use: the option, the environment, or the bundled one.
    func knowledgePath() -> String {
        KnowledgeLocator.locate(explicit: knowledge)
    }

    var language: Language { lang ?? Language.fromEnvironment() }
}

extension Language: ExpressibleByArgument {}

extension Language {
    /// From LC_ALL, LC_MESSAGES or LANG: English when they say en, else Japanese.
    static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = env[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .ja
        }
        return .ja
    }
}

enum KnowledgeLocator {
    /// The first of: the explicit path, $HELPDESK_KNOWLEDGE, a Knowledge/ folder beside or above
    /// the executable, the Knowledge/ folder of the source tree this binary was built from.
    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        if let env = environment["HELPDESK_KNOWLEDGE"], !env.isEmpty { return env }
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Knowledge"))
            dir.deleteLastPathComponent()
        }
        // Sources/helpdesk/KnowledgeOptions.swift → the package root.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Knowledge"))
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("facts.yaml").path) {
            return candidate.path
        }
        return "Knowledge"
    }
}
