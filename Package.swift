// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "Inference", targets: ["Inference"]),
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "Triage", targets: ["Triage"]),
        .library(name: "Service", targets: ["Service"]),
        .library(name: "Server", targets: ["Server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Debian's libyaml (libyaml-dev), found through pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // libyaml events → a small node tree with marks. Knows nothing of our schema.
        .target(name: "YAML", dependencies: ["CYAML"]),
        // The knowledge model, its decoding from YAML nodes, the linter and compilation.
        .target(name: "KnowledgeBase", dependencies: ["YAML"]),
        // The inference engine: a pure step function over compiled knowledge, with provenance
        // and explanations. Knows nothing of the domain: derivations come registered by name.
        .target(name: "Inference", dependencies: ["KnowledgeBase"]),
        // Knowledge tests, their coverage and their reporters (`helpdesk test`).
        .target(name: "Tester", dependencies: ["Inference", "KnowledgeBase", "Service"]),
        // OMU fact derivations and checks: ID format, password policy, recovery address, setup key,
        // one-time password, code expiry, campus network. Registers derivations by name.
        .target(name: "Domain", dependencies: ["KnowledgeBase"]),
        // Ticket triage: Japanese-aware ranking, fact extraction, redaction, reply drafts.
        // Reply frames are Mustache templates in the knowledge (templates/reply.<lang>.mustache).
        .target(
            name: "Triage",
            dependencies: ["Inference", "Domain", "KnowledgeBase", .product(name: "Mustache", package: "swift-mustache")]),
        // What every surface shares: loading knowledge, reading answers, the diagnosis driver and
        // its probe loop, the diagnosis as a dialogue of lines (a console reads and prints), the
        // secret policy, Codable wire types and their reporters, session stores, ticket readers,
        // the tool's own words.
        .target(
            name: "Service", dependencies: ["Inference", "KnowledgeBase", "Domain", "Triage"],
            // The streaming JSON encoder writes every byte through one shared sink object, and
            // the run-time exclusivity check on each access cost a fifth of encoding a triage
            // report (issue 9's batch figure). Tests (debug) keep the checks.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // The HTTP surface: the application (router, routes, middleware, self-service pages) over
        // Service, and the SQLite store of sessions, triaged tickets and feedback.
        .target(
            name: "Server",
            dependencies: [
                "Service",
                "Inference",
                "KnowledgeBase",
                "Triage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                // The self-service pages are Mustache templates (HTML-escaped by default).
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The command-line tool: thin over Service, one file per subcommand.
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "KnowledgeBase",
                "Inference",
                "Service",
                "Tester",
                "Triage",
                "Domain",
                "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase"]),
        .testTarget(name: "InferenceTests", dependencies: ["Inference"]),
        .testTarget(name: "TriageTests", dependencies: ["Triage", "Domain", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ServiceTests", dependencies: ["Service", "Tester", "Triage", "Domain", "Inference", "KnowledgeBase"]),
        .testTarget(name: "HelpdeskCLITests", dependencies: ["helpdesk", "Server", "Service"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server",
                "Service",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "DomainTests", dependencies: ["Domain", .product(name: "PropertyBased", package: "swift-property-based")]),
    ]
)
