// swift-tools-version:6.1
import PackageDescription

// The benchmarks: a package of their own, so that Yams and the generated data stay out of the
// product. Build in release for figures: `swift build -c release` here.
let package = Package(
    name: "helpdesk-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../Packages/helpdesk-core"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Listing and reading the knowledge files, timing a phase, and the child-process protocol.
        .target(name: "BenchmarkSupport"),
        // Writes a large, lint-clean knowledge folder from a seed.
        .executableTarget(
            name: "generate-knowledge",
            dependencies: [
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
            ]
        ),
        // Times our phases, each in a child process, and runs yams-phase for Yams' figures.
        .executableTarget(
            name: "loader-benchmark",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "YAML", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
            ]
        ),
        // Yams' phases, in a binary of their own: Yams bundles its own copy of libyaml, and linked
        // into loader-benchmark its yaml_* symbols would replace the system libyaml that our
        // YAML module uses in the product, so our figures would no longer be the product's.
        .executableTarget(
            name: "yams-phase",
            dependencies: ["BenchmarkSupport", .product(name: "Yams", package: "Yams")]
        ),
        // One inference step on the bundled knowledge, and helpdesk's start-up to a first question.
        .executableTarget(
            name: "engine-benchmark",
            dependencies: [
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "Inference", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
            ]
        ),
        // Tickets triaged per second, and the triage index's build time.
        .executableTarget(
            name: "triage-benchmark",
            dependencies: [
                .product(name: "Domain", package: "helpdesk-core"),
                .product(name: "KnowledgeBase", package: "helpdesk-core"),
                .product(name: "Triage", package: "helpdesk-core"),
            ]
        ),
    ]
)
