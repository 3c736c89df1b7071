import Foundation
import Server
import Testing

/// docs/openapi.yaml describes exactly the routes the server has.
@Suite struct OpenAPITests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.yaml")

    /// `METHOD /path` for every operation under `paths:`.
    static func documented() throws -> Set<String> {
        var operations: Set<String> = []
        var inPaths = false
        var path: String?
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" "), !line.isEmpty { inPaths = line == "paths:" }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()) }
            for method in ["get", "post", "put", "patch", "delete"] where line == "    \(method):" {
                operations.insert("\(method.uppercased()) \(path ?? "?")")
            }
        }
        return operations
    }

    @Test func everyRouteIsDocumented() throws {
        let t = try TestServer()
        defer { t.remove() }
        // The JSON API; the pages (HTML forms) are described in the README.
        let served = Set(t.server.router().routes.map { "\($0.method) \($0.path)" }.filter { $0.contains(" /v1/") || $0.hasSuffix(" /healthz") })
        #expect(served.count == 9)
        #expect(try Self.documented() == served)
    }
}
