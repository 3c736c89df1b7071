import YAML

/// Collects diagnostics while decoding, so that one run reports every problem it can.
final class DiagnosticSink {
    private(set) var list: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) { list.append(diagnostic) }

    func error(_ message: String, at mark: YAML.Mark?, rule: String, notes: [Diagnostic.Note] = []) {
        list.append(.error(message, at: mark, rule: rule, notes: notes))
    }

    func warning(_ message: String, at mark: YAML.Mark?, rule: String) {
        list.append(.warning(message, at: mark, rule: rule))
    }
}
