// swift-tools-version:6.1
import PackageDescription

// The libraries every surface shares: the knowledge and its loader, the engine, the domain's
// checks, triage, the service layer and the command line's conventions. The command-line tool
// (the root package) and the server (Packages/helpdesk-server) are built on them.
let package = Package(
    name: "helpdesk-core",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "Inference", targets: ["Inference"]),
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "Triage", targets: ["Triage"]),
        .library(name: "Service", targets: ["Service"]),
        .library(name: "Tester", targets: ["Tester"]),
        .library(name: "CommandLineSupport", targets: ["CommandLineSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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
        // The conventions of both executables (`helpdesk` and `helpdesk-server`): standard output
        // and error, errors reported once (JSON for a command speaking JSON; exit 2 for bad
        // input), the version.
        .target(
            name: "CommandLineSupport",
            dependencies: ["Service", "KnowledgeBase", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)
