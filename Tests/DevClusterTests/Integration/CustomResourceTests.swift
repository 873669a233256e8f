import TestSupport
import Foundation
import KubeClient
import KubeCore
import Testing
import YAML

/// CRDs through the API: established and discovered, structural-schema validation with
/// kube-apiserver's messages, defaulting, pruning, the status and scale subresources, and
/// cleanup when the CRD goes.
@Suite struct CustomResourceTests {
    static let definition = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          scope: Namespaced
          names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd], categories: [all]}
          versions:
          - name: v1
            served: true
            storage: true
            subresources:
              status: {}
              scale: {specReplicasPath: .spec.replicas, statusReplicasPath: .status.replicas}
            additionalPrinterColumns:
            - {name: Size, type: string, jsonPath: .spec.size}
            - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size: {type: string, enum: [small, large]}
                      replicas: {type: integer, minimum: 0, maximum: 10, default: 1}
                      owner: {type: string, pattern: '^[a-z]+$'}
                      memory: {x-kubernetes-int-or-string: true, format: quantity}
                  status:
                    type: object
                    properties:
                      replicas: {type: integer}
        """

    private func install(_ fixture: DevClusterFixture) async throws -> ResourceClient {
        let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
        _ = try await crds.create(try YAML.parse(Self.definition))
        let established = await eventually {
            let crd = try? await crds.get("widgets.example.com")
            return (crd?[path: ["status", "conditions"]]?.arrayValue ?? []).contains {
                $0["type"] == "Established" && $0["status"] == "True"
            }
        }
        #expect(established)
        return fixture.resource("example.com", "v1", "widgets")
    }

    private func widget(_ name: String, spec: JSONValue) -> JSONValue {
        ["apiVersion": "example.com/v1", "kind": "Widget", "metadata": ["name": .string(name)], "spec": spec]
    }

    @Test func anEstablishedCRDIsServedAndDiscovered() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            let created = try await widgets.create(widget("w", spec: ["size": "small"]))
            #expect(created[path: ["spec", "replicas"]] == 1, "defaulted from the schema")
            #expect(created[path: ["metadata", "generation"]] == 1)
            let discovery = try await fixture.client.request(method: "GET", path: "/apis/example.com/v1")
            let resources = try JSONParser().parse(discovery.body)["resources"]?.arrayValue ?? []
            #expect(resources.compactMap { $0["name"]?.stringValue } == ["widgets", "widgets/status", "widgets/scale"])
            #expect(resources.first?["shortNames"] == ["wd"])
        }
    }

    @Test func invalidObjectsGetOneCausePerFieldInKubeWording() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            let bad = widget("bad", spec: ["size": "huge", "replicas": 11, "owner": "Not OK"])
            await #expect { _ = try await widgets.create(bad) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                let causes = (status.details?.causes ?? []).map { "\($0.field ?? ""): \($0.message ?? "")" }.sorted()
                return causes == [
                    "spec.owner: Invalid value: \"Not OK\": spec.owner in body should match '^[a-z]+$'",
                    "spec.replicas: Invalid value: 11: spec.replicas in body should be less than or equal to 10",
                    "spec.size: Unsupported value: \"huge\": supported values: \"small\", \"large\"",
                ] && status.message?.hasPrefix("Widget.example.com \"bad\" is invalid: [") == true
            }
            await #expect { _ = try await widgets.create(widget("missing", spec: [:])) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.details?.causes?.map(\.field) == ["spec.size"]
            }
        }
    }

    @Test func unknownFieldsArePrunedOrRefusedUnderStrictValidation() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            let extra = widget("extra", spec: ["size": "small", "colour": "red"])
            await #expect { _ = try await widgets.create(extra, options: WriteOptions(fieldValidation: .strict)) } throws: { error in
                guard case KubeAPIError.badRequest(let status) = error else { return false }
                return status.message == "Widget in version \"v1\" cannot be handled as a Widget: strict decoding error: unknown field \"spec.colour\""
            }
            let pruned = try await widgets.create(extra)
            #expect(pruned[path: ["spec", "colour"]] == nil)
        }
    }

    /// Only a built-in's Go types rewrite quantities; a custom resource keeps what it was given.
    @Test func aCustomResourceKeepsItsQuantitiesAsWritten() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            let created = try await widgets.create(widget("big", spec: ["size": "large", "memory": "1024Mi"]))
            #expect(created[path: ["spec", "memory"]] == "1024Mi")
        }
    }

    @Test func statusAndScaleSubresources() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            var object = try await widgets.create(widget("w", spec: ["size": "small"]))
            object["status"] = ["replicas": 1]
            object = try await widgets.updateStatus(object)
            #expect(object[path: ["status", "replicas"]] == 1)
            #expect(object[path: ["metadata", "generation"]] == 1, "status writes do not bump generation")
            let scaled = try await widgets.patch("w", type: .merge, body: ["spec": ["replicas": 4]], subresource: "scale")
            #expect(scaled["kind"] == "Scale" && scaled[path: ["spec", "replicas"]] == 4)
            let after = try await widgets.get("w")
            #expect(after[path: ["spec", "replicas"]] == 4 && after[path: ["metadata", "generation"]] == 2)
        }
    }

    @Test func deletingTheCRDDeletesItsObjectsAndStopsServingThem() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            _ = try await widgets.create(widget("w", spec: ["size": "small"]))
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            _ = try await crds.delete("widgets.example.com")
            #expect(await eventually { (try? await crds.get("widgets.example.com")) == nil })
            await #expect { _ = try await widgets.list() } throws: { error in
                guard case KubeAPIError.notFound = error else { return false }
                return true
            }
        }
    }

    @Test func strategicMergePatchIsRefusedForCustomResources() async throws {
        try await withDevCluster { fixture in
            let widgets = try await install(fixture)
            _ = try await widgets.create(widget("w", spec: ["size": "small"]))
            await #expect { _ = try await widgets.patch("w", type: .strategicMerge, body: ["spec": ["size": "large"]]) } throws: { error in
                guard case KubeAPIError.other(let status) = error else { return false }
                return status.code == 415
            }
        }
    }

    @Test func anInvalidCRDIsRefused() async throws {
        try await withDevCluster { fixture in
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            var definition = try YAML.parse(Self.definition)
            definition[path: ["metadata", "name"]] = "gadgets.example.com"
            await #expect { _ = try await crds.create(definition) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.details?.causes?.contains { $0.field == "metadata.name" } == true
            }
        }
    }
}
