import Foundation
import Testing

@testable import KubeCore

@Suite struct ObjectMetaTests {
    /// A Deployment as kube-apiserver returns it, being deleted.
    static let deployment = #"""
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": {
            "annotations": {"deployment.kubernetes.io/revision": "2", "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"apps/v1\"}\n"},
            "creationTimestamp": "2026-11-27T06:19:31Z",
            "deletionGracePeriodSeconds": 0,
            "deletionTimestamp": "2026-11-28T00:00:00Z",
            "finalizers": ["baton.dev/cleanup", "foregroundDeletion"],
            "generation": 3,
            "labels": {"app.kubernetes.io/name": "fraud-detector", "baton.dev/model": "fraud-detector"},
            "managedFields": [
              {"apiVersion": "apps/v1", "fieldsType": "FieldsV1",
               "fieldsV1": {"f:metadata": {"f:labels": {".": {}, "f:app.kubernetes.io/name": {}}}, "f:spec": {"f:replicas": {}}},
               "manager": "baton", "operation": "Apply", "time": "2026-11-27T06:19:31Z"},
              {"apiVersion": "apps/v1", "fieldsType": "FieldsV1",
               "fieldsV1": {"f:status": {"f:replicas": {}}},
               "manager": "kube-controller-manager", "operation": "Update", "subresource": "status", "time": "2026-11-27T06:20:02Z"}
            ],
            "name": "fraud-detector-2-1-0",
            "namespace": "risk",
            "ownerReferences": [
              {"apiVersion": "baton.dev/v1alpha1", "blockOwnerDeletion": true, "controller": true, "kind": "Model",
               "name": "fraud-detector", "uid": "0d7f5a0e-3c1b-4a52-9e07-5b8d2f6c1a90"},
              {"apiVersion": "v1", "kind": "ConfigMap", "name": "shared", "uid": "5f2c8c7e-1111-4a52-9e07-000000000000"}
            ],
            "resourceVersion": "73512",
            "uid": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
          },
          "spec": {"replicas": 3},
          "status": {"replicas": 3}
        }
        """#

    private struct Object: Codable {
        var apiVersion: String
        var kind: String
        var metadata: ObjectMeta
    }

    @Test func decodesARealObject() throws {
        let object = try JSONDecoder().decode(Object.self, from: Data(Self.deployment.utf8))
        let meta = object.metadata
        #expect(meta.name == "fraud-detector-2-1-0")
        #expect(meta.namespace == "risk")
        #expect(meta.uid == "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e")
        #expect(meta.resourceVersion == "73512")
        #expect(meta.generation == 3)
        #expect(meta.creationTimestamp == (try KubeTime(rfc3339: "2026-11-27T06:19:31Z")))
        #expect(meta.deletionTimestamp?.rfc3339 == "2026-11-28T00:00:00Z")
        #expect(meta.deletionGracePeriodSeconds == 0)
        #expect(meta.labels?["baton.dev/model"] == "fraud-detector")
        #expect(meta.annotations?["kubectl.kubernetes.io/last-applied-configuration"] == "{\"apiVersion\":\"apps/v1\"}\n")
        #expect(meta.finalizers == ["baton.dev/cleanup", "foregroundDeletion"])
        #expect(meta.managedFields?.count == 2)
        #expect(meta.managedFields?[1]["subresource"] == "status")
        #expect(meta.managedFields?[0][path: ["fieldsV1", "f:spec", "f:replicas"]] == [:])
        #expect(meta.ownerReferences?.count == 2)
        #expect(meta.ownerReferences?[1].controller == nil)
        #expect(
            meta.controllerReference
                == OwnerReference(
                    apiVersion: "baton.dev/v1alpha1", kind: "Model", name: "fraud-detector",
                    uid: "0d7f5a0e-3c1b-4a52-9e07-5b8d2f6c1a90", controller: true, blockOwnerDeletion: true))
        #expect(meta.generateName == nil)
        #expect(try TypeMeta(apiVersion: object.apiVersion, kind: object.kind).groupVersionKind
            == GroupVersionKind(apiVersion: "apps/v1", kind: "Deployment"))
    }

    @Test func roundTripsThroughTheValueTree() throws {
        let tree = try json(Self.deployment)
        let meta = try #require(tree["metadata"]).decode(ObjectMeta.self)
        #expect(try JSONValue(encoding: meta) == tree["metadata"])
    }

    @Test func absentFieldsAreLeftOut() throws {
        let meta = ObjectMeta(generateName: "web-", namespace: "default", labels: [:])
        #expect(try JSONValue(encoding: meta) == ["generateName": "web-", "namespace": "default", "labels": [:]])
        #expect(try JSONValue(encoding: ObjectMeta()) == [:])
        #expect(try ([:] as JSONValue).decode(ObjectMeta.self) == ObjectMeta())
        let nulls = try json(#"{"name": "x", "labels": null, "creationTimestamp": null}"#)
        #expect(try nulls.decode(ObjectMeta.self) == ObjectMeta(name: "x"))
    }

    @Test func ownerReferencesRequireTheirIdentity() throws {
        let missingUID = try json(#"{"apiVersion": "v1", "kind": "ConfigMap", "name": "x"}"#)
        #expect(throws: DecodingError.self) { try missingUID.decode(OwnerReference.self) }
        let badTime = try json(#"{"creationTimestamp": "2026-11-27"}"#)
        #expect(throws: DecodingError.self) { try badTime.decode(ObjectMeta.self) }
    }
}
