import KubeCore
import Testing

@testable import DevCluster

@Suite struct ApplyBasicsTests {
    typealias F = ApplyFixtures

    static let config = F.yaml(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
          labels: {app: web}
        spec:
          replicas: 3
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: nginx
                image: nginx:1.25
                ports:
                - containerPort: 80
        """)

    @Test func applyCreatesTheObjectAndRecordsTheApplier() throws {
        let created = try F.deployments.apply(
            live: nil, applied: Self.config, manager: "kubectl", apiVersion: "apps/v1", force: false,
            subresource: nil, now: F.t1)
        #expect(F.stripped(created) == Self.config)
        let entries = created.managedFields?.arrayValue ?? []
        #expect(entries.count == 1)
        #expect(try entries[0].jsonString() == """
            {"manager":"kubectl","operation":"Apply","apiVersion":"apps/v1","time":"2026-01-01T00:00:01Z",\
            "fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:replicas":{},\
            "f:selector":{},"f:template":{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:containers":\
            {"k:{\\"name\\":\\"nginx\\"}":{".":{},"f:image":{},"f:name":{},"f:ports":\
            {"k:{\\"containerPort\\":80,\\"protocol\\":\\"TCP\\"}":{".":{},"f:containerPort":{}}}}}}}}}}
            """)
    }

    static func apply(
        _ config: JSONValue, to live: JSONValue?, as manager: String, force: Bool = false, at now: String = F.t2
    ) throws(ApplyError) -> JSONValue {
        try F.deployments.apply(
            live: live, applied: config, manager: manager, apiVersion: "apps/v1", force: force, subresource: nil,
            now: now)
    }

    @Test func applyingTheSameConfigurationAgainChangesNothing() throws {
        let first = try Self.apply(Self.config, to: nil, as: "kubectl", at: F.t1)
        let second = try Self.apply(Self.config, to: first, as: "kubectl", at: F.t2)
        // Not even the time: kube-apiserver only stamps an entry when the object changed.
        #expect(second == first)
    }

    @Test func fieldsDroppedFromTheConfigurationAreRemoved() throws {
        let first = try Self.apply(Self.config, to: nil, as: "kubectl", at: F.t1)
        var smaller = Self.config
        smaller["spec"]?["replicas"] = nil
        smaller["metadata"]?["labels"] = nil
        let second = try Self.apply(smaller, to: first, as: "kubectl", at: F.t2)
        #expect(second["spec"]?["replicas"] == nil)
        #expect(second["metadata"]?["labels"] == nil)
        #expect(second["metadata"]?["name"] == "web")
        #expect(F.entries(second)["kubectl/Apply"]?["time"] == .string(F.t2))
        #expect(F.fields(second, "kubectl/Apply")?.contains("f:replicas") == false)
    }

    @Test func sharedFieldsStayWhileAnyApplierClaimsThem() throws {
        let replicas = F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {replicas: 3}}")
        let created = try Self.apply(Self.config, to: nil, as: "alice", at: F.t1)
        let shared = try Self.apply(replicas, to: created, as: "bob", at: F.t2)
        #expect(F.stripped(shared) == F.stripped(created))
        #expect(F.fields(shared, "bob/Apply") == #"{"f:spec":{"f:replicas":{}}}"#)
        // Bob's entry came without a change, so it has no time.
        #expect(F.entries(shared)["bob/Apply"]?["time"] == nil)

        var withoutReplicas = Self.config
        withoutReplicas["spec"]?["replicas"] = nil
        let released = try Self.apply(withoutReplicas, to: shared, as: "alice", at: F.t3)
        #expect(released["spec"]?["replicas"] == 3)
        #expect(F.fields(released, "alice/Apply")?.contains("f:replicas") == false)
        #expect(F.fields(released, "bob/Apply") == #"{"f:spec":{"f:replicas":{}}}"#)
    }

    @Test func anEmptyConfigurationOwnsNothingAndChangesNothing() throws {
        let created = try Self.apply(Self.config, to: nil, as: "alice", at: F.t1)
        let empty = F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}}")
        let result = try Self.apply(empty, to: created, as: "bob", at: F.t2)
        #expect(result == created)
    }

    @Test func objectsWithoutManagedFieldsAreOwnedByAPlaceholderFirst() throws {
        let untracked = F.stripped(try Self.apply(Self.config, to: nil, as: "kubectl", at: F.t1))
        var changed = Self.config
        changed["spec"]?["replicas"] = 5
        #expect(throws: ApplyError.self) { try Self.apply(changed, to: untracked, as: "kubectl") }
        let applied = try Self.apply(changed, to: untracked, as: "kubectl", force: true, at: F.t2)
        #expect(applied["spec"]?["replicas"] == 5)
        let placeholder = try #require(F.entries(applied)["before-first-apply/Update"])
        #expect(placeholder["apiVersion"] == "apps/v1")
        #expect(F.fields(applied, "before-first-apply/Update")?.contains("f:replicas") == false)
    }

    @Test func resetFieldsAreNeitherOwnedNorApplied() throws {
        var withStatus = Self.config
        withStatus["status"] = ["replicas": 3]
        let created = try Self.apply(withStatus, to: nil, as: "kubectl", at: F.t1)
        #expect(F.fields(created, "kubectl/Apply")?.contains("status") == false)
        // Another manager changing status is no conflict: nobody owns it.
        var other = withStatus
        other["status"] = ["replicas": 9]
        #expect(throws: Never.self) { try Self.apply(other, to: created, as: "other") }
    }
}
