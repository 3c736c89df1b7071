import Foundation
import Hummingbird
import Logging
import Service
import Triage

/// The helpdesk's HTTP API over Service: its router (routes and middleware) and the application
/// that serves it. Everything it keeps goes through `ServerStores`.
public struct HelpdeskServer: Sendable {
    public let settings: ServerSettings
    /// The knowledge served, by revision (reloads replace it).
    public let state: KnowledgeState
    public let stores: ServerStores
    public let token: AgentToken
    public let logger: Logger
    let buckets: TokenBucket
    /// One change at a time per session, whichever surface (API or pages) makes it.
    let locks = SessionLocks()
    /// The sessions kept or read last, that answers start from.
    let cache = SessionCache()

    public init(settings: ServerSettings, state: KnowledgeState, stores: ServerStores, token: AgentToken, logger: Logger) {
        self.settings = settings
        self.state = state
        self.stores = stores
        self.token = token
        self.logger = logger
        buckets = TokenBucket(settings: settings.rateLimit)
    }

    /// A server on `knowledge` (its revision hashed from its folder).
    public init(settings: ServerSettings, knowledge: LoadedKnowledge, stores: ServerStores, token: AgentToken, logger: Logger) {
        let state = KnowledgeState(.init(knowledge: knowledge, revision: KnowledgeRevision.hash(knowledge.path)))
        self.init(settings: settings, state: state, stores: stores, token: token, logger: logger)
    }

    /// The knowledge served now.
    public var knowledge: LoadedKnowledge { state.current.knowledge }

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
    ///     GET  /agent, /agent/tickets/{id}, /agent/stats, /agent.js    the workbench (agents' cookie)
    ///     POST /agent/login, /agent/logout, /agent/tickets, /agent/tickets/{id}/feedback
    public func router() -> Router<ServerRequestContext> {
        // HEAD for every GET route (`curl -I`, link checkers, monitors): the GET's status and
        // headers without the body.
        let router = Router(context: ServerRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorMiddleware(maxBodyBytes: settings.maxBodyBytes))
        HealthRoutes().register(on: router)
        let v1 = router.group("/v1")
        TreeRoutes(state: state).register(on: v1)
        let sessions = KeptSessions(store: stores.sessions, state: state, locks: locks, cache: cache)
        SessionRoutes(sessions: sessions, maxBodyBytes: settings.maxBodyBytes, rateLimit: RateLimitMiddleware(buckets: buckets)).register(on: v1)
        PageRoutes(sessions: sessions, maxBodyBytes: settings.maxBodyBytes, rateLimit: RateLimitMiddleware(buckets: buckets)).register(on: router)
        let desk = TicketDesk(state: state, stores: stores)
        let agents = v1.group().add(middleware: AgentAuthMiddleware(token: token))
        TriageRoutes(desk: desk, maxBodyBytes: settings.maxBodyBytes).register(on: agents)
        FeedbackRoutes(desk: desk, maxBodyBytes: settings.maxBodyBytes).register(on: agents)
        StatsRoutes(desk: desk).register(on: agents)
        WorkbenchRoutes(desk: desk, stores: stores, token: token, maxBodyBytes: settings.maxBodyBytes).register(on: router)
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
