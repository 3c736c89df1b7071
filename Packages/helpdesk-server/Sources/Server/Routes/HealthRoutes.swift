import Hummingbird

/// `GET /healthz`: the server answers.
struct HealthRoutes {
    struct Reply: Codable, Sendable { var status = "ok" }

    func register(on router: Router<ServerRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(Reply()) }
    }
}
