import TestSupport
import Foundation
import KubeClient
import KubeCore
import Testing

/// Create, read, update and delete through KubeClient over HTTPS: the metadata the server
/// sets, optimistic concurrency, generation, the status subresource, dry run, generateName.
@Suite struct ObjectSemanticsTests {
    @Test func createSetsServerFieldsAndOneRevisionCounterAcrossResources() async throws {
        try await withDevCluster { fixture in
            let first = try await fixture.configMaps.create(configMap("a", data: ["k": "v"]))
            let deployment = try await fixture.deployments.create(webDeployment("web"))
            let second = try await fixture.configMaps.create(configMap("b"))
            #expect(first[path: ["metadata", "uid"]]?.stringValue?.count == 36)
            #expect(first[path: ["metadata", "creationTimestamp"]]?.stringValue?.hasSuffix("Z") == true)
            #expect(first.resourceVersionNumber < deployment.resourceVersionNumber)
            #expect(deployment.resourceVersionNumber < second.resourceVersionNumber)
            #expect(deployment[path: ["metadata", "generation"]] == 1)
            #expect(first[path: ["metadata", "generation"]] == nil, "ConfigMaps do not track generation")
            let fetched = try await fixture.configMaps.get("a")
            #expect(fetched == first)
        }
    }

    @Test func staleResourceVersionIsAConflictAndNoOpWritesKeepTheVersion() async throws {
        try await withDevCluster { fixture in
            let created = try await fixture.configMaps.create(configMap("a", data: ["k": "v"]))
            let same = try await fixture.configMaps.update(created)
            #expect(same.resourceVersionNumber == created.resourceVersionNumber, "a no-op update keeps the resourceVersion")
            var changed = created
            changed[path: ["data", "k"]] = "w"
            let updated = try await fixture.configMaps.update(changed)
            #expect(updated.resourceVersionNumber > created.resourceVersionNumber)
            var stale = created
            stale[path: ["data", "k"]] = "x"
            await #expect { try await fixture.configMaps.update(stale) } throws: { error in
                guard case KubeAPIError.conflict(let status) = error else { return false }
                return status.message == "Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again"
            }
            var unconditional = updated
            unconditional[path: ["metadata", "resourceVersion"]] = nil
            unconditional[path: ["data", "k"]] = "y"
            #expect(try await fixture.configMaps.update(unconditional)[path: ["data", "k"]] == "y")
        }
    }

    /// A built-in's quantities are stored as its Go types write them (apimachinery's canonical
    /// form), whatever form they came in, so re-applying the same request is a no-op; one that
    /// is not a quantity is refused as kube-apiserver's decoder refuses it.
    @Test func builtInQuantitiesAreStoredInCanonicalForm() async throws {
        try await withDevCluster { fixture in
            func withResources(_ resources: JSONValue) -> JSONValue {
                var deployment = webDeployment("web")
                deployment[path: ["spec", "template", "spec", "containers"]] = [
                    ["name": "app", "image": "nginx:1.27", "resources": resources],
                ]
                return deployment
            }
            let written: JSONValue = [
                "requests": ["cpu": 0.5, "memory": "1024Mi", "ephemeral-storage": "1000M"],
                "limits": ["cpu": 2, "memory": "1.5Gi", "nvidia.com/gpu": "1"],
            ]
            let options = PatchOptions(fieldManager: "test")
            let applied = try await fixture.deployments.apply(withResources(written), options: options)
            let stored = applied[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.first?["resources"]
            #expect(stored == [
                "requests": ["cpu": "500m", "memory": "1Gi", "ephemeral-storage": "1G"],
                "limits": ["cpu": "2", "memory": "1536Mi", "nvidia.com/gpu": "1"],
            ])
            let again = try await fixture.deployments.apply(withResources(written), options: options)
            #expect(again.resourceVersionNumber == applied.resourceVersionNumber, "the same amounts are no change")
            await #expect {
                _ = try await fixture.deployments.apply(withResources(["limits": ["cpu": "lots"]]), options: options)
            } throws: { error in
                guard case KubeAPIError.badRequest(let status) = error else { return false }
                return status.message == "Deployment in version \"v1\" cannot be handled as a Deployment: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
            }
        }
    }

    @Test func generationCountsSpecChangesOnlyAndStatusIsItsOwnEndpoint() async throws {
        try await withDevCluster { fixture in
            var deployment = try await fixture.deployments.create(webDeployment("web"))
            deployment[path: ["metadata", "labels", "tier"]] = "front"
            deployment["status"] = ["replicas": 7]
            deployment = try await fixture.deployments.update(deployment)
            #expect(deployment[path: ["metadata", "generation"]] == 1, "labels are not spec")
            #expect(deployment["status"] == nil, "the main endpoint ignores status")
            deployment[path: ["spec", "replicas"]] = 3
            deployment = try await fixture.deployments.update(deployment)
            #expect(deployment[path: ["metadata", "generation"]] == 2)
            var status = deployment
            status["status"] = ["replicas": 3, "observedGeneration": 2]
            status[path: ["spec", "replicas"]] = 9
            let afterStatus = try await fixture.deployments.updateStatus(status)
            #expect(afterStatus[path: ["status", "replicas"]] == 3)
            #expect(afterStatus[path: ["spec", "replicas"]] == 3, "/status ignores spec")
            #expect(afterStatus[path: ["metadata", "generation"]] == 2)
        }
    }

    @Test func generateNameDryRunAndAlreadyExists() async throws {
        try await withDevCluster { fixture in
            var generated = configMap("")
            generated[path: ["metadata", "name"]] = nil
            generated[path: ["metadata", "generateName"]] = "job-"
            let created = try await fixture.configMaps.create(generated)
            #expect(created.name.hasPrefix("job-") && created.name.count == 9)
            let dry = try await fixture.configMaps.create(configMap("dry"), options: WriteOptions(dryRun: true))
            #expect(dry.name == "dry")
            await #expect(throws: KubeAPIError.self) { try await fixture.configMaps.get("dry") }
            _ = try await fixture.configMaps.create(configMap("twice"))
            await #expect { try await fixture.configMaps.create(configMap("twice")) } throws: { error in
                guard case KubeAPIError.alreadyExists(let status) = error else { return false }
                return status.message == "configmaps \"twice\" already exists"
            }
        }
    }

    @Test func servicesGetClusterIPsAndNamespacesMustExist() async throws {
        try await withDevCluster { fixture in
            let services = fixture.resource("", "v1", "services")
            let service = try await services.create(object(#"{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},"spec":{"selector":{"app":"web"},"ports":[{"port":80}]}}"#))
            let address = service[path: ["spec", "clusterIP"]]?.stringValue ?? ""
            #expect(address.hasPrefix("10.96.") && address != "10.96.0.1", "10.96.0.1 is the kubernetes Service's")
            #expect(service[path: ["spec", "ports"]]?[0]?["targetPort"] == 80)
            let elsewhere = fixture.resource("", "v1", "configmaps", namespace: "missing")
            await #expect { try await elsewhere.create(configMap("a")) } throws: { error in
                guard case KubeAPIError.notFound(let status) = error else { return false }
                return status.message == "namespaces \"missing\" not found"
            }
        }
    }

    @Test func deleteCollectionAndDryRunDeletes() async throws {
        try await withDevCluster { fixture in
            for name in ["a", "b", "c"] { _ = try await fixture.configMaps.create(configMap(name, labels: ["set": name == "c" ? "other" : "one"])) }
            _ = try await fixture.configMaps.delete("a", options: DeleteOptions(dryRun: true))
            #expect((try? await fixture.configMaps.get("a")) != nil, "a dry-run delete deletes nothing")
            _ = try await fixture.configMaps.deleteCollection(ListOptions(labelSelector: "set=one"))
            let left = try await fixture.configMaps.list().items.map(\.name)
            #expect(left == ["c"])
        }
    }

    @Test func eventsAreOneResourceServedInBothShapes() async throws {
        try await withDevCluster { fixture in
            let modern = fixture.resource("events.k8s.io", "v1", "events")
            let event = object(#"""
                {"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"web.1"},
                 "eventTime":"2026-11-27T10:00:00.000000Z","reportingController":"baton.dev/operator","reportingInstance":"baton-0",
                 "action":"Training","reason":"TrainingStarted","type":"Normal","note":"Job web-1-train created",
                 "regarding":{"apiVersion":"apps/v1","kind":"Deployment","name":"web","namespace":"default"}}
                """#)
            _ = try await modern.create(event)
            let legacy = try await fixture.resource("", "v1", "events").list(ListOptions(fieldSelector: "involvedObject.name=web")).items
            #expect(legacy.count == 1)
            #expect(legacy.first?["message"] == "Job web-1-train created" && legacy.first?["reason"] == "TrainingStarted")
            #expect(legacy.first?[path: ["source", "component"]] == "baton.dev/operator")
            #expect(try await modern.get("web.1")["note"] == "Job web-1-train created")
            var incomplete = event
            incomplete["eventTime"] = nil
            incomplete[path: ["metadata", "name"]] = "web.2"
            await #expect { _ = try await modern.create(incomplete) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.details?.causes?.map(\.field) == ["eventTime"]
            }
        }
    }
}

func webDeployment(_ name: String, replicas: Int64 = 1, image: String = "nginx:1.27") -> JSONValue {
    [
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(name)],
        "spec": [
            "replicas": .integer(replicas), "selector": ["matchLabels": ["app": .string(name)]],
            "template": [
                "metadata": ["labels": ["app": .string(name)]],
                "spec": ["containers": [["name": "app", "image": .string(image)]]],
            ],
        ],
    ]
}
