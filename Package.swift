// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Baton",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "baton", targets: ["baton"]),
        .library(name: "KubeCore", targets: ["KubeCore"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "KubeClient", targets: ["KubeClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // DevCluster's HTTPS server and the certificates it makes at start (the client tests'
        // loopback server uses NIO directly).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        // KubeRuntime records through swift-metrics; the operator and the tests back it with
        // swift-prometheus's registry.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.7.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Child processes: exec credential plugins, the dev Prometheus and Alertmanager, and the
        // end-to-end and YAML tests' harnesses.
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .target(
            name: "KubeCore",
            dependencies: [.product(name: "Collections", package: "swift-collections")]),
        .target(name: "YAML", dependencies: ["CYAML", "KubeCore"]),
        .target(
            name: "KubeClient",
            dependencies: [
                "CCurl", "KubeCore", "YAML",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]),
        .target(
            name: "KubeRuntime",
            dependencies: [
                "KubeClient", "KubeCore",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "BatonAPI", dependencies: ["KubeCore", "YAML"]),
        // What `kubectl baton rollout` prints, from a decoded Model and the time: pure, so its
        // tests need no cluster (an executable target's code is not importable by tests).
        .target(name: "RolloutView", dependencies: ["BatonAPI", "KubeCore", "YAML"]),
        // Drift scores of a live histogram against a reference; pure, no dependencies.
        .target(name: "Drift"),
        // Policies judging a Model version: pure, shared by the operator's gate and `baton validate`.
        .target(name: "PolicyEngine", dependencies: ["BatonAPI", "KubeCore"]),
        .target(
            name: "BatonControllers",
            dependencies: [
                "BatonAPI", "Drift", "PolicyEngine", "KubeRuntime", "KubeClient", "KubeCore", "YAML",
                .product(name: "Metrics", package: "swift-metrics"),
            ]),
        .target(
            name: "DevCluster",
            dependencies: [
                "KubeCore", "YAML",
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The built-in kinds' schemas, read at run time from the bundle SwiftPM puts beside
            // the binary (`Baton_DevCluster.resources`); the Dockerfile copies it too.
            resources: [.copy("Builtins/BuiltinSchemas.yaml")]),
        // The real Prometheus and Alertmanager (the machine's packages), run for `baton dev` and tests.
        .target(
            name: "DevMonitoring",
            dependencies: [
                "KubeCore",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "baton",
            dependencies: [
                "KubeClient", "KubeRuntime", "BatonControllers", "DevCluster", "DevMonitoring", "BatonAPI", "YAML",
                "RolloutView", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "BatonBenchmarks",
            dependencies: [
                "CYAML", "KubeCore", "YAML", "KubeClient", "KubeRuntime", "DevCluster", "DevMonitoring", "BatonAPI",
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Benchmarks/BatonBenchmarks"),
        .testTarget(name: "KubeCoreTests", dependencies: ["KubeCore", "TestSupport"]),
        .testTarget(
            name: "YAMLTests",
            dependencies: [
                "YAML", "KubeCore", "TestSupport", .product(name: "Subprocess", package: "swift-subprocess"),
            ]),
        .testTarget(
            name: "BatonAPITests", dependencies: ["BatonAPI", "KubeCore", "YAML"], exclude: ["Fixtures"]),
        .testTarget(name: "RolloutViewTests", dependencies: ["RolloutView", "BatonAPI", "KubeCore", "YAML"]),
        // Fixtures are read through #filePath, as in BatonAPITests.
        .testTarget(name: "DriftTests", dependencies: ["Drift"], exclude: ["Fixtures"]),
        .testTarget(name: "PolicyEngineTests", dependencies: ["PolicyEngine", "BatonAPI", "KubeCore"]),
        .testTarget(
            name: "KubeRuntimeTests",
            dependencies: [
                "KubeRuntime", "KubeClient", "KubeCore", "DevCluster", "TestSupport",
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(
            name: "BatonControllersTests",
            dependencies: [
                "BatonControllers", "BatonAPI", "Drift", "PolicyEngine", "KubeRuntime", "KubeClient", "KubeCore", "YAML",
                "DevCluster", "DevMonitoring", "TestSupport", .product(name: "Prometheus", package: "swift-prometheus"),
            ]),
        // A running DevCluster and a client for it, for the tests of every layer that talks to a cluster.
        .target(
            name: "TestSupport", dependencies: ["DevCluster", "DevMonitoring", "KubeClient", "KubeCore", "YAML"], path: "Tests/TestSupport"),
        .testTarget(
            name: "DevMonitoringTests", dependencies: ["DevMonitoring", "DevCluster", "KubeClient", "KubeCore", "TestSupport"]),
        .testTarget(
            name: "DevClusterTests",
            dependencies: [
                "DevCluster", "KubeClient", "KubeCore", "YAML", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "DevCluster", "KubeCore", "YAML", "TestSupport", .product(name: "Subprocess", package: "swift-subprocess"),
            ]),
        .testTarget(
            name: "KubeClientTests",
            dependencies: [
                "KubeClient", "KubeCore", "YAML", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
