import Foundation

/// A token bucket per client: each client may make `capacity` requests at once, and gets
/// `refillPerSecond` more each second. Buckets that have filled up again are forgotten.
public actor TokenBucket {
    public struct Settings: Sendable, Equatable {
        /// Requests a client may make at once.
        public var capacity: Double
        /// Requests a client regains per second.
        public var refillPerSecond: Double

        /// 30 at once, then one a second.
        public init(capacity: Double = 30, refillPerSecond: Double = 1) {
            self.capacity = max(1, capacity)
            self.refillPerSecond = max(0.000_001, refillPerSecond)
        }
    }

    /// Whether a request may go on; when not, the seconds until it may.
    public enum Decision: Sendable, Equatable {
        case allowed
        case limited(retryAfter: Int)
    }

    struct Bucket {
        var tokens: Double
        var updated: Double
    }

    let settings: Settings
    let now: @Sendable () -> Double
    var buckets: [String: Bucket] = [:]
    /// Above this many clients, full buckets are swept away.
    let sweepAbove: Int

    public init(settings: Settings, sweepAbove: Int = 10_000, now: @escaping @Sendable () -> Double = TokenBucket.monotonicSeconds) {
        self.settings = settings
        self.now = now
        self.sweepAbove = sweepAbove
    }

    public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// Takes one token from `client`'s bucket.
    public func take(_ client: String) -> Decision {
        let t = now()
        var bucket = buckets[client] ?? Bucket(tokens: settings.capacity, updated: t)
        bucket.tokens = min(settings.capacity, bucket.tokens + max(0, t - bucket.updated) * settings.refillPerSecond)
        bucket.updated = t
        defer {
            buckets[client] = bucket
            if buckets.count > sweepAbove { sweep(at: t) }
        }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return .allowed
        }
        let wait = (1 - bucket.tokens) / settings.refillPerSecond
        return .limited(retryAfter: max(1, Int(wait.rounded(.up))))
    }

    /// Forgets the buckets that are full again.
    func sweep(at t: Double) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + (t - bucket.updated) * settings.refillPerSecond < settings.capacity
        }
    }

    /// How many clients are tracked.
    public var clientCount: Int { buckets.count }
}
