import KubeCore
import Testing

@testable import DevCluster

@Suite struct ConflictTests {
    typealias F = ApplyFixtures

    static let config = ApplyBasicsTests.config

    static func replicas(_ count: Int64, image: String = "nginx:1.25") -> JSONValue {
        var config = config
        config["spec"]?["replicas"] = .integer(count)
        config["spec"]?["template"]?["spec"]?["containers"] = [["name": "nginx", "image": .string(image)]]
        return config
    }

    static func conflicts(_ body: () throws(ApplyError) -> JSONValue) -> ApplyConflicts? {
        do {
            _ = try body()
            return nil
        } catch {
            guard case let .conflicts(conflicts) = error else { return nil }
            return conflicts
        }
    }

    @Test func anotherAppliersFieldConflicts() throws {
        let created = try ApplyBasicsTests.apply(Self.config, to: nil, as: "alice", at: F.t1)
        let conflicts = try #require(Self.conflicts { () throws(ApplyError) in
            try ApplyBasicsTests.apply(Self.replicas(5), to: created, as: "bob")
        })
        #expect(conflicts.message == #"Apply failed with 1 conflict: conflict with "alice": .spec.replicas"#)
        let status = conflicts.status
        #expect(status.code == 409)
        #expect(status.reason == .conflict)
        #expect(status.status == "Failure")
        #expect(status.details?.causes == [
            StatusCause(reason: "FieldManagerConflict", message: #"conflict with "alice""#, field: ".spec.replicas")
        ])
        #expect(ApplyError.conflicts(conflicts).status == status)
    }

    @Test func clientSideApplyUpdatesConflictWithTheirVersion() throws {
        let created = F.deployments.update(
            live: nil, new: Self.config, manager: "kubectl-client-side-apply", apiVersion: "apps/v1",
            subresource: nil, now: F.t1)
        let conflicts = try #require(Self.conflicts { () throws(ApplyError) in
            try ApplyBasicsTests.apply(Self.replicas(5), to: created, as: "kubectl")
        })
        #expect(conflicts.message == """
            Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas
            """)
        #expect(conflicts.status.details?.causes?.first?.message == #"conflict with "kubectl-client-side-apply" using apps/v1"#)
    }

    @Test func severalConflictsAreListedPerManager() throws {
        let created = try ApplyBasicsTests.apply(Self.config, to: nil, as: "alice", at: F.t1)
        let scaled = F.deployments.update(
            live: created, new: Self.replicas(3, image: "nginx:1.26"), manager: "bob", apiVersion: "apps/v1",
            subresource: nil, now: F.t2)
        let conflicts = try #require(Self.conflicts { () throws(ApplyError) in
            try ApplyBasicsTests.apply(Self.replicas(7, image: "nginx:1.27"), to: scaled, as: "carol")
        })
        #expect(conflicts.message == """
            Apply failed with 2 conflicts: conflicts with "alice":
            - .spec.replicas
            conflicts with "bob" using apps/v1:
            - .spec.template.spec.containers[name="nginx"].image
            """)
        #expect(conflicts.status.details?.causes?.map(\.field) == [
            ".spec.replicas", #".spec.template.spec.containers[name="nginx"].image"#,
        ])

        let twoFields = try #require(Self.conflicts { () throws(ApplyError) in
            try ApplyBasicsTests.apply(Self.replicas(7, image: "nginx:1.27"), to: created, as: "carol")
        })
        #expect(twoFields.message == """
            Apply failed with 2 conflicts: conflicts with "alice":
            - .spec.replicas
            - .spec.template.spec.containers[name="nginx"].image
            """)
    }

    @Test func forceTakesTheFieldAway() throws {
        let created = try ApplyBasicsTests.apply(Self.config, to: nil, as: "alice", at: F.t1)
        let forced = try ApplyBasicsTests.apply(
            F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {replicas: 5}}"),
            to: created, as: "bob", force: true, at: F.t2)
        #expect(forced["spec"]?["replicas"] == 5)
        #expect(F.fields(forced, "bob/Apply") == #"{"f:spec":{"f:replicas":{}}}"#)
        #expect(F.fields(forced, "alice/Apply")?.contains("f:replicas") == false)
        // Alice lost the field, so dropping it from her configuration leaves Bob's value.
        var withoutReplicas = Self.config
        withoutReplicas["spec"]?["replicas"] = nil
        let after = try ApplyBasicsTests.apply(withoutReplicas, to: forced, as: "alice", at: F.t3)
        #expect(after["spec"]?["replicas"] == 5)
    }

    @Test func anUpdateTakesOwnershipAndTheApplierThenConflicts() throws {
        let created = try ApplyBasicsTests.apply(Self.config, to: nil, as: "kubectl", at: F.t1)
        var scaled = created
        scaled["spec"]?["replicas"] = 5
        let updated = F.deployments.update(
            live: created, new: scaled, manager: "kube-controller-manager", apiVersion: "apps/v1", subresource: nil,
            now: F.t2)
        #expect(F.fields(updated, "kube-controller-manager/Update") == #"{"f:spec":{"f:replicas":{}}}"#)
        #expect(F.fields(updated, "kubectl/Apply")?.contains("f:replicas") == false)
        #expect(F.entries(updated)["kubectl/Apply"]?["time"] == .string(F.t1))
        let conflicts = try #require(Self.conflicts { () throws(ApplyError) in
            try ApplyBasicsTests.apply(Self.config, to: updated, as: "kubectl")
        })
        #expect(conflicts.message == """
            Apply failed with 1 conflict: conflict with "kube-controller-manager" using apps/v1: .spec.replicas
            """)
    }
}
