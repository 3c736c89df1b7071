import Hummingbird
import Service

/// `GET /v1/stats` (agents): the statistics (`StatsReport`).
struct StatsRoutes {
    let desk: TicketDesk

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/stats") { _, _ in
            JSONResponse.make(try await desk.statistics())
        }
    }
}
