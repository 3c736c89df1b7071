import Domain
import KnowledgeBase

/// Knowledge ready to run: loaded, linted, compiled, with the domain's derivations.
struct LoadedKnowledge {
    let path: String
    let load: LoadResult
    let compiled: CompiledKnowledge
    let derivations: DerivationRegistry

    /// The tree `id`, or a usage error that suggests the nearest id.
    func tree(_ id: String, json: Bool = false) throws -> CompiledTree {
        if let tree = compiled.tree(id) { return tree }
        var message = "no tree '\(id)'"
        if let guess = Suggestion.nearest(to: id, among: compiled.trees.map(\.id)) { message += " — did you mean '\(guess)'?" }
        throw UsageError(message + " (helpdesk list shows them all)", json: json)
    }

    /// Loads `path`; knowledge with errors is refused with its diagnostics (the first ten).
    static func load(_ path: String, language: Language, json: Bool) throws -> LoadedKnowledge {
        let load = KnowledgeLoader().load(path)
        do {
            let compiled = try Compiler.compile(load, registered: DomainNames.registered)
            return LoadedKnowledge(
                path: path, load: load, compiled: compiled, derivations: DomainRegistry.make(site: compiled.site, language: language))
        } catch {
            let shown = error.diagnostics.prefix(10).map(\.description).joined(separator: "\n")
            let more = error.diagnostics.count > 10 ? "\n… and \(error.diagnostics.count - 10) more (helpdesk lint \(path))" : ""
            throw UsageError("the knowledge in \(path) has errors:\n\(shown)\(more)", json: json)
        }
    }
}
