import Foundation
import Logging
import Service

/// Reloads the knowledge without a restart, on SIGHUP and when the folder changes: the new
/// knowledge is loaded and linted first and served only when it has no error; otherwise the
/// server keeps what it has and logs why.
public struct KnowledgeReloader: Sendable {
    public let path: String
    let state: KnowledgeState
    let logger: Logger
    /// How often the folder is looked at.
    let interval: Duration

    public init(path: String, state: KnowledgeState, logger: Logger, interval: Duration = .seconds(2)) {
        self.path = path
        self.state = state
        self.logger = logger
        self.interval = interval
    }

    public enum Outcome: Sendable, Equatable {
        case reloaded(revision: String)
        case unchanged
        case refused(reason: String)
    }

    /// Loads the folder now; serves it when it is clean and new.
    @discardableResult
    public func reload() -> Outcome {
        let revision = KnowledgeRevision.hash(path)
        if revision == state.current.revision { return .unchanged }
        do {
            let knowledge = try LoadedKnowledge.load(path, language: .ja)
            state.replace(with: .init(knowledge: knowledge, revision: revision))
            logger.notice("knowledge reloaded", metadata: ["revision": "\(revision)", "trees": "\(knowledge.compiled.trees.count)"])
            return .reloaded(revision: revision)
        } catch {
            let reason = "\(error)"
            logger.error("knowledge not reloaded: it has errors; the server keeps revision \(state.current.revision)", metadata: ["errors": "\(reason)"])
            return .refused(reason: reason)
        }
    }

    /// Watches until cancelled: SIGHUP reloads at once, a changed folder after it settles.
    public func run() async {
        let hangups = AsyncStream<Void> { continuation in
            signal(SIGHUP, SIG_IGN)
            nonisolated(unsafe) let source = DispatchSource.makeSignalSource(signal: SIGHUP)
            source.setEventHandler { continuation.yield() }
            source.resume()
            continuation.onTermination = { _ in source.cancel() }
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in hangups {
                    logger.notice("SIGHUP: reloading the knowledge")
                    reload()
                }
            }
            group.addTask {
                var stamp = KnowledgeRevision.stamp(path)
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let now = KnowledgeRevision.stamp(path)
                    if now != stamp {
                        stamp = now
                        reload()
                    }
                }
            }
            await group.next()
            group.cancelAll()
        }
    }
}
