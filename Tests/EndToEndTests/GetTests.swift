import Foundation
import KubeCore
import Testing
import YAML

/// `kubectl get`: the server's tables, the output formats, selectors, `-A` and `-w`.
@Suite struct GetTests {
    @Test func tablesHaveTheColumnsOfARealCluster() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web", replicas: 2), name: "web")
            try await kubectl.apply(Manifests.service("web"))

            let deployments = try await kubectl.table(["deployments"])
            #expect(deployments.headers == ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"])
            #expect(deployments.row("web")?["READY", "UP-TO-DATE", "AVAILABLE"] == ["2/2", "2", "2"], "\(deployments)")

            let pods = try await kubectl.table(["pods", "-l", "app=web"])
            #expect(pods.headers == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"])
            #expect(pods.rows.map { $0["READY", "STATUS", "RESTARTS"] } == Array(repeating: ["1/1", "Running", "0"], count: 2), "\(pods)")

            let services = try await kubectl.table(["services"])
            #expect(services.headers == ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"])
            #expect(services.row("kubernetes")?["TYPE", "CLUSTER-IP", "PORT(S)"] == ["ClusterIP", "10.96.0.1", "443/TCP"], "\(services)")
            let web = try #require(services.row("web"), "\(services)")
            #expect(web["TYPE", "EXTERNAL-IP", "PORT(S)"] == ["ClusterIP", "<none>", "80/TCP"])
            #expect(Self.isServiceAddress(web["CLUSTER-IP"]), "\(web["CLUSTER-IP"]) is not in 10.96.0.0/12")
        }
    }

    @Test func wideOutputAddsTheColumnsOfARealCluster() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web"), name: "web")
            try await kubectl.apply(Manifests.service("web"))

            let deployments = try await kubectl.table(["deployments", "-o", "wide"])
            #expect(deployments.headers == ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"])
            #expect(deployments.row("web")?["CONTAINERS", "IMAGES", "SELECTOR"] == ["web", "nginx:1.25", "app=web"], "\(deployments)")

            let replicaSets = try await kubectl.table(["replicasets", "-o", "wide"])
            #expect(replicaSets.headers == ["NAME", "DESIRED", "CURRENT", "READY", "AGE", "CONTAINERS", "IMAGES", "SELECTOR"])
            let hash = try await kubectl.jsonpath("{.items[0].metadata.labels.pod-template-hash}", ["replicasets"])
            #expect(
                replicaSets.rows.first?["CONTAINERS", "IMAGES", "SELECTOR"] == ["web", "nginx:1.25", "app=web,pod-template-hash=\(hash)"],
                "\(replicaSets)")

            let pods = try await kubectl.table(["pods", "-o", "wide"])
            #expect(pods.headers == ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE", "READINESS GATES"])
            let placement = try await kubectl.jsonpath("{.items[0].status.podIP} {.items[0].spec.nodeName}", ["pods"])
            let expected = placement.split(separator: " ").map(String.init) + ["<none>", "<none>"]
            #expect(pods.rows.first?["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] == expected, "\(pods)")

            let services = try await kubectl.table(["services", "web", "-o", "wide"])
            #expect(services.headers == ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE", "SELECTOR"])
            #expect(services.row("web")?["SELECTOR"] == "app=web")
        }
    }

    @Test func outputFormatsShowTheStoredObject() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("settings", labels: ["tier": "front"], data: ["mode": "fast", "level": "3"]))

            let yaml = try YAML.parse(try await kubectl.succeed(["get", "configmap", "settings", "-o", "yaml"]))
            let json = try await kubectl.json(["configmap", "settings"])
            for object in [yaml, json] {
                #expect(object["apiVersion"] == "v1")
                #expect(object["kind"] == "ConfigMap")
                #expect(object[path: ["metadata", "name"]] == "settings")
                #expect(object[path: ["metadata", "labels"]] == ["tier": "front"])
                #expect(object["data"] == ["mode": "fast", "level": "3"])
            }
            #expect(yaml[path: ["metadata", "uid"]] == json[path: ["metadata", "uid"]])
            expectEqual(try await kubectl.jsonpath("{.data.mode}", ["configmap", "settings"]), "fast")
            expectEqual(try await kubectl.jsonpath("{.items[*].metadata.name}", ["configmaps", "-l", "tier=front"]), "settings")
            expectEqual(try await kubectl.names(["configmaps", "-l", "tier=front"]), ["configmap/settings"])
        }
    }

    @Test func labelAndFieldSelectorsFilterTheList() async throws {
        try await withKubectl { kubectl, _ in
            for (name, labels) in [("a", ["tier": "front"]), ("b", ["tier": "back"]), ("c", [:])] as [(String, JSONValue)] {
                var labels = labels
                // Every object of the test carries suite=selectors, so objects a cluster makes by
                // itself (kube-root-ca.crt) stay out of the lists.
                labels["suite"] = "selectors"
                try await kubectl.apply(Manifests.configMap(name, labels: labels))
            }
            func names(_ arguments: String...) async throws -> [String] {
                try await kubectl.names(["configmaps"] + arguments)
            }
            expectEqual(try await names("-l", "suite=selectors,tier=front"), ["configmap/a"])
            expectEqual(try await names("-l", "suite=selectors,tier!=front"), ["configmap/b", "configmap/c"])
            expectEqual(try await names("-l", "suite=selectors,tier in (front,back)"), ["configmap/a", "configmap/b"])
            expectEqual(try await names("-l", "suite=selectors,!tier"), ["configmap/c"])
            expectEqual(try await names("--field-selector", "metadata.name=b"), ["configmap/b"])
            expectEqual(try await names("-l", "suite=selectors", "--field-selector", "metadata.name!=b"), ["configmap/a", "configmap/c"])
        }
    }

    @Test func allNamespacesListsEveryNamespace() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.namespace("team"))
            try await kubectl.apply(Manifests.configMap("shared", labels: ["suite": "all"]))
            try await kubectl.apply(Manifests.configMap("shared", namespace: "team", labels: ["suite": "all"]))
            try await kubectl.apply(Manifests.configMap("team-only", namespace: "team", labels: ["suite": "all"]))

            let everywhere = try await kubectl.table(["configmaps", "-A", "-l", "suite=all"])
            #expect(everywhere.headers == ["NAMESPACE", "NAME", "DATA", "AGE"])
            #expect(everywhere.rows.map { $0["NAMESPACE", "NAME"] } == [["default", "shared"], ["team", "shared"], ["team", "team-only"]])
            expectEqual(try await kubectl.names(["configmaps", "-l", "suite=all"]), ["configmap/shared"])
        }
    }

    @Test func watchShowsAConfigMapCreatedWhileWatching() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("before"))
            let watch = try await kubectl.start(["get", "configmaps", "-w", "--request-timeout=60s"])
            // kubectl lists, prints, then watches from the list's resourceVersion: once "before"
            // is printed, anything created later can only reach the output through the watch.
            let listed = await watch.line { $0.hasPrefix("before ") }
            try #require(listed != nil, "kubectl get -w printed:\n\(watch.output)\n\(watch.errorOutput)")
            try await kubectl.apply(Manifests.configMap("during", data: ["k": "v"]))
            let watched = await watch.line { $0.hasPrefix("during ") }
            await watch.stop()
            // NAME and DATA of the new ConfigMap.
            let cells = watched.map { Array($0.split(separator: " ").map(String.init).prefix(2)) }
            #expect(cells == ["during", "1"], "kubectl get -w printed:\n\(watch.output)\n\(watch.errorOutput)")
        }
    }

    /// Whether `address` is in 10.96.0.0/12, the cluster's service range.
    static func isServiceAddress(_ address: String) -> Bool {
        let octets = address.split(separator: ".").compactMap { Int($0) }
        return octets.count == 4 && octets[0] == 10 && (96...111).contains(octets[1]) && octets.allSatisfy { (0...255).contains($0) }
    }
}
