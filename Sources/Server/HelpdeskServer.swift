import Foundation
import Hummingbird
import Logging
import Service
import Triage

/// The helpdesk's HTTP API over Service: its router (routes and middleware) and the application
/// that serves it. Everything it keeps goes through `ServerStores`.
public struct HelpdeskServer: Sendable {
    public let settings: ServerSettings
    public let knowledge: LoadedKnowledge
    public let stores: ServerStores
    public let token: AgentToken
    public let logger: Logger
    let diagnosis: ServerDiagnosis
    let triager: Triager
    let buckets: TokenBucket
    /// One change at a time per session, whichever surface (API or pages) makes it.
    let locks = SessionLocks()

    public init(settings: ServerSettings, knowledge: LoadedKnowledge, stores: ServerStores, token: AgentToken, logger: Logger) {
        self.settings = settings
        self.knowledge = knowledge
        self.stores = stores
        self.token = token
        self.logger = logger
        diagnosis = ServerDiagnosis(knowledge: knowledge)
        triager = Triager(knowledge: knowledge.compiled, derivations: knowledge.derivations)
        buckets = TokenBucket(settings: settings.rateLimit)
    }

    /// The routes:
    ///
    ///     GET  /                             the self-service page
    ///     GET  /s/{id}                       a session's page
    ///     POST /start, /s/{id}/answer, /s/{id}/back   forms: same-origin, rate-limited
    ///     GET  /style.css
    ///     GET  /healthz                      public
    ///     GET  /v1/trees                     public
    ///     POST /v1/sessions                  public, rate-limited
    ///     GET  /v1/sessions/{id}             public
    ///     POST /v1/sessions/{id}/answers     public, rate-limited
    ///     POST /v1/sessions/{id}/back        public, rate-limited
    ///     POST /v1/triage                    agents
    ///     POST /v1/feedback                  agents
    ///     GET  /v1/stats                     agents
    public func router() -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorMiddleware(maxBodyBytes: settings.maxBodyBytes))
        HealthRoutes().register(on: router)
        let v1 = router.group("/v1")
        TreeRoutes(knowledge: knowledge).register(on: v1)
        SessionRoutes(
            diagnosis: diagnosis, store: stores.sessions, maxBodyBytes: settings.maxBodyBytes, rateLimit: RateLimitMiddleware(buckets: buckets),
            locks: locks
        ).register(on: v1)
        PageRoutes(
            knowledge: knowledge, diagnosis: diagnosis, triager: triager, store: stores.sessions, maxBodyBytes: settings.maxBodyBytes,
            rateLimit: RateLimitMiddleware(buckets: buckets), locks: locks
        ).register(on: router)
        let agents = v1.group().add(middleware: AgentAuthMiddleware(token: token))
        TriageRoutes(triager: triager, store: stores.tickets, maxBodyBytes: settings.maxBodyBytes).register(on: agents)
        FeedbackRoutes(knowledge: knowledge, stores: stores, maxBodyBytes: settings.maxBodyBytes).register(on: agents)
        StatsRoutes(knowledge: knowledge, store: stores.stats).register(on: agents)
        return router
    }

    /// The application: stops cleanly on SIGTERM and SIGINT when run with `runService()`;
    /// `onRunning` is told the address it listens on (the port chosen when 0 was asked).
    public func application(onRunning: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let host = settings.host
        return Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: settings.port), serverName: "helpdesk"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                onRunning("http://\(shownHost):\(port)")
            },
            logger: logger)
    }
}
