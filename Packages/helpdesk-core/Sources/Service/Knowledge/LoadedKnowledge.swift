import Domain
import Foundation
import Inference
import KnowledgeBase
import Triage

/// Why knowledge could not be used.
public enum KnowledgeError: Error, Sendable, CustomStringConvertible {
    /// The folder's files have errors (the first ones, and how many in all).
    case invalid(path: String, diagnostics: [Diagnostic])
    /// No tree with this id; the nearest id when one is close.
    case noSuchTree(String, suggestion: String?)
    /// The folder has no `site.yaml`.
    case noSiteData(String)

    public var description: String {
        switch self {
        case .invalid(let path, let diagnostics):
            let shown = diagnostics.prefix(10).map(\.description).joined(separator: "\n")
            let more = diagnostics.count > 10 ? "\n… and \(diagnostics.count - 10) more (helpdesk lint \(path))" : ""
            return "the knowledge in \(path) has errors:\n\(shown)\(more)"
        case .noSiteData(let file):
            return "no site data: \(file) does not exist"
        case .noSuchTree(let id, let suggestion):
            return "no tree '\(id)'" + (suggestion.map { " — did you mean '\($0)'?" } ?? "") + " (helpdesk list shows them all)"
        }
    }
}

/// Knowledge ready to run: loaded, linted, compiled, with the domain's derivations and probes.
public struct LoadedKnowledge: Sendable {
    public let path: String
    public let load: LoadResult
    public let compiled: CompiledKnowledge
    public let derivations: DerivationRegistry

    public init(path: String, load: LoadResult, compiled: CompiledKnowledge, derivations: DerivationRegistry) {
        self.path = path
        self.load = load
        self.compiled = compiled
        self.derivations = derivations
    }

    /// The same knowledge with other derivations and probes (a test's, a surface's).
    public func with(derivations: DerivationRegistry) -> LoadedKnowledge {
        LoadedKnowledge(path: path, load: load, compiled: compiled, derivations: derivations)
    }

    /// Loads `path`; knowledge with errors is refused with its diagnostics. `triage: false`, for
    /// a command that does not triage, leaves out what only triage reads: the labelled examples,
    /// and the checks of the examples and the reply templates (parsing the templates was a
    /// twentieth of a cold diagnosis). `helpdesk lint` and every command that triages check all.
    /// Only errors refuse knowledge, so the rules that only warn are left to `helpdesk lint`.
    /// Knowledge loaded ahead by `KnowledgePrefetch` for the same folder and kind is taken
    /// instead of loading it again.
    public static func load(_ path: String, language: Language, triage: Bool = true) throws(KnowledgeError) -> LoadedKnowledge {
        let (load, compiled) = try (KnowledgePrefetch.take(path: path, triage: triage) ?? compile(path, triage: triage)).get()
        return LoadedKnowledge(path: path, load: load, compiled: compiled, derivations: DomainRegistry.make(site: compiled.site, language: language))
    }

    /// The folder read, linted (errors only) and compiled.
    static func compile(_ path: String, triage: Bool) -> Result<(LoadResult, CompiledKnowledge), KnowledgeError> {
        let load = KnowledgeLoader(examples: triage).load(path)
        do {
            let linter = (triage ? Linter.withTriageRules : Linter()).errorRulesOnly
            return .success((load, try Compiler.compile(load, registered: DomainNames.registered, linter: linter)))
        } catch {
            return .failure(.invalid(path: path, diagnostics: error.diagnostics))
        }
    }

    /// The tree `id`, or an error that suggests the nearest id.
    public func tree(_ id: String) throws(KnowledgeError) -> CompiledTree {
        if let tree = compiled.tree(id) { return tree }
        throw .noSuchTree(id, suggestion: Suggestion.nearest(to: id, among: compiled.trees.map(\.id)))
    }

    /// A new engine over this knowledge.
    public func engine(allowProbes: Bool) -> Engine {
        Engine(knowledge: compiled, derivations: derivations, allowProbes: allowProbes)
    }

    /// The trees in the order of the user's journey, then by id.
    public var treesInJourneyOrder: [Tree] {
        compiled.trees.map(\.tree).sorted { ($0.stage.order, $0.id) < ($1.stage.order, $1.id) }
    }
}

extension Stage {
    /// The order of the user's journey, for listings.
    public var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }
}

extension Language {
    /// From LC_ALL, LC_MESSAGES or LANG: English when they say en, else Japanese.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = env[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .ja
        }
        return .ja
    }
}

/// Where the knowledge is.
public enum KnowledgeLocator {
    /// The first of: the explicit path, $HELPDESK_KNOWLEDGE, a Knowledge/ folder beside or above
    /// the executable, the Knowledge/ folder of the source tree this library was built from.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        if let env = environment["HELPDESK_KNOWLEDGE"], !env.isEmpty { return env }
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("Knowledge"))
            dir.deleteLastPathComponent()
        }
        // Packages/helpdesk-core/Sources/Service/Knowledge/LoadedKnowledge.swift → the repository.
        var sourceRoot = URL(fileURLWithPath: #filePath)
        for _ in 0..<6 { sourceRoot.deleteLastPathComponent() }
        candidates.append(sourceRoot.appendingPathComponent("Knowledge"))
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("facts.yaml").path) {
            return candidate.path
        }
        return "Knowledge"
    }

    /// The knowledge folder a file belongs to, and the file's path as the loader names it.
    public static func root(containing file: String) -> (root: String, file: String)? {
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
