// swift-tools-version:6.1
import PackageDescription

// helpdesk: the command-line tool and every test. The libraries live in Packages/helpdesk-core,
// the HTTP server in Packages/helpdesk-server (its own executable, `helpdesk-server`, which
// `helpdesk serve`, `stats` and `examples export` run): the tool's process never loads the web
// and database stack, whose size cost a quarter of a cold diagnosis's start.
let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
    ],
    dependencies: [
        .package(path: "Packages/helpdesk-core"),
        .package(path: "Packages/helpdesk-server"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The command-line tool: thin over Service, one file per subcommand. It depends on the
        // `helpdesk-server` executable so that it is built beside it, not linked into it.
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
                .product(name: "Inference", package: "helpdesk-core"),
                .product(name: "Service", package: "helpdesk-core"),
                .product(name: "Tester", package: "helpdesk-core"),
                .product(name: "Triage", package: "helpdesk-core"),
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "CommandLineSupport", package: "helpdesk-core"),
                .product(name: "helpdesk-server", package: "helpdesk-server"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTests", dependencies: [.product(name: "YAML", package: "helpdesk-core")]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: [.product(name: "KnowledgeBase", package: "helpdesk-core")]),
        .testTarget(name: "InferenceTests", dependencies: [.product(name: "Inference", package: "helpdesk-core")]),
        .testTarget(
            name: "TriageTests",
            dependencies: [
                .product(name: "Triage", package: "helpdesk-core"),
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "ServiceTests",
            dependencies: [
                .product(name: "Service", package: "helpdesk-core"),
                .product(name: "Tester", package: "helpdesk-core"),
                .product(name: "Triage", package: "helpdesk-core"),
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "Inference", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
            ]),
        .testTarget(
            name: "HelpdeskCLITests",
            dependencies: [
                "helpdesk",
                .product(name: "Server", package: "helpdesk-server"),
                .product(name: "Service", package: "helpdesk-core"),
            ]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                .product(name: "Server", package: "helpdesk-server"),
                .product(name: "Service", package: "helpdesk-core"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DomainTests",
            dependencies: [
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
    ]
)
