import Foundation
import Service
import Synchronization
import Triage

/// The knowledge a server runs on, by revision: what a request reads once, and what a reload
/// replaces. A session keeps the revision it was walked on while the server still holds it.
public final class KnowledgeState: Sendable {
    /// One revision of the knowledge, ready to serve.
    public struct Snapshot: Sendable {
        public let revision: String
        public let knowledge: LoadedKnowledge
        let diagnosis: ServerDiagnosis
        let triager: Triager

        public init(knowledge: LoadedKnowledge, revision: String) {
            self.revision = revision
            self.knowledge = knowledge
            diagnosis = ServerDiagnosis(knowledge: knowledge)
            triager = Triager(knowledge: knowledge.compiled, derivations: knowledge.derivations)
        }
    }

    /// How many earlier revisions are kept for the sessions begun on them.
    static let keptRevisions = 8

    private struct Held {
        var current: Snapshot
        var earlier: [Snapshot]
    }

    private let held: Mutex<Held>

    public init(_ snapshot: Snapshot) {
        held = Mutex(Held(current: snapshot, earlier: []))
    }

    public var current: Snapshot { held.withLock { $0.current } }

    /// The snapshot of `revision` when it is still held, else the current one.
    func snapshot(for revision: String?) -> Snapshot {
        held.withLock { held in
            guard let revision, revision != held.current.revision else { return held.current }
            return held.earlier.first { $0.revision == revision } ?? held.current
        }
    }

    /// Serves `snapshot` from now on; false (and nothing changes) when it is the current
    /// revision already.
    @discardableResult
    func replace(with snapshot: Snapshot) -> Bool {
        held.withLock { held in
            guard snapshot.revision != held.current.revision else { return false }
            held.earlier.removeAll { $0.revision == snapshot.revision }
            held.earlier.insert(held.current, at: 0)
            if held.earlier.count > Self.keptRevisions { held.earlier.removeLast() }
            held.current = snapshot
            return true
        }
    }
}
