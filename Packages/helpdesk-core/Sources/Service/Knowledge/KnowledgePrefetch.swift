import Dispatch
import KnowledgeBase
import Synchronization

/// Knowledge loaded ahead, on another core, while the command line is still being parsed: a cold
/// `helpdesk diagnose` spent a third of its time parsing its arguments and most of the rest loading
/// the knowledge, one after the other. The first `LoadedKnowledge.load` of the same folder and
/// kind waits for it instead of loading again; any other load ignores it. Loading only reads, so a
/// prefetch nobody takes (a usage error, another folder) changes nothing but the time.
public enum KnowledgePrefetch {
    typealias Loaded = Result<(LoadResult, CompiledKnowledge), KnowledgeError>

    final class Pending: Sendable {
        let path: String
        let triage: Bool
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Loaded?>(nil)

        init(path: String, triage: Bool) {
            self.path = path
            self.triage = triage
        }
    }

    static let pending = Mutex<Pending?>(nil)

    /// Starts loading `path` (`triage` as `LoadedKnowledge.load` takes it) in the background.
    public static func start(path: String, triage: Bool) {
        let job = Pending(path: path, triage: triage)
        pending.withLock { $0 = job }
        DispatchQueue.global(qos: .userInitiated).async {
            let loaded = LoadedKnowledge.compile(path, triage: triage)
            job.result.withLock { $0 = loaded }
            job.done.signal()
        }
    }

    /// The prefetched knowledge when it is of `path` and `triage`, once (waiting for it if it is
    /// still loading): later loads read afresh. Nil for any other.
    static func take(path: String, triage: Bool) -> Loaded? {
        let taken = pending.withLock { job -> Pending? in
            guard let match = job, match.path == path, match.triage == triage else { return nil }
            job = nil
            return match
        }
        guard let taken else { return nil }
        taken.done.wait()
        return taken.result.withLock { $0 }
    }
}
