// swift-tools-version:6.1
import PackageDescription

// The HTTP surface, in a package of its own so that the command-line tool does not carry it:
// `helpdesk serve`, `helpdesk stats` and `helpdesk examples export` run `helpdesk-server`, which
// is built beside `helpdesk` (the root package depends on this executable without linking it).
// A diagnosis or a triage then starts without the web and database stack in its process.
let package = Package(
    name: "helpdesk-server",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk-server", targets: ["helpdesk-server"]),
        .library(name: "Server", targets: ["Server"]),
    ],
    dependencies: [
        .package(path: "../helpdesk-core"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The application (router, routes, middleware, self-service pages) over Service, and the
        // stores of sessions, triaged tickets and feedback on SQLite or PostgreSQL.
        .target(
            name: "Server",
            dependencies: [
                .product(name: "Service", package: "helpdesk-core"),
                .product(name: "Inference", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
                .product(name: "Triage", package: "helpdesk-core"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                // The self-service pages are Mustache templates (HTML-escaped by default).
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `serve`, `stats` and `examples export`, one file per command, thin over Server.
        .executableTarget(
            name: "helpdesk-server",
            dependencies: [
                "Server",
                .product(name: "Service", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
                .product(name: "CommandLineSupport", package: "helpdesk-core"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
