import KubeCore
import Testing

@testable import DevCluster

@Suite struct UpdateTests {
    typealias F = ApplyFixtures

    static let configMaps = FieldManager(schema: [
        "type": "object",
        "properties": ["data": ["type": "object", "additionalProperties": ["type": "string"]]],
    ])

    static let configMap = F.yaml(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: cm, namespace: default, labels: {app: web}}, data: {key: one}}")

    static func update(
        _ new: JSONValue, from live: JSONValue?, by manager: String, at now: String, apiVersion: String = "v1",
        subresource: String? = nil
    ) -> JSONValue {
        configMaps.update(
            live: live, new: new, manager: manager, apiVersion: apiVersion, subresource: subresource, now: now)
    }

    static func changing(_ object: JSONValue, key: String, to value: JSONValue?) -> JSONValue {
        var copy = object
        copy["data"]?[key] = value
        return copy
    }

    @Test func createGivesTheCreatorEveryField() throws {
        let created = Self.update(Self.configMap, from: nil, by: "kubectl-create", at: F.t1)
        #expect(F.stripped(created) == Self.configMap)
        #expect(try created.managedFields?.jsonString() == """
            [{"manager":"kubectl-create","operation":"Update","apiVersion":"v1","time":"2026-01-01T00:00:01Z",\
            "fieldsType":"FieldsV1","fieldsV1":{"f:data":{".":{},"f:key":{}},"f:metadata":{"f:labels":{".":{},\
            "f:app":{}}}}}]
            """)
    }

    @Test func changedFieldsMoveToTheUpdater() throws {
        let created = try Self.configMaps.apply(
            live: nil, applied: Self.configMap, manager: "kubectl", apiVersion: "v1", force: false, subresource: nil,
            now: F.t1)
        let updated = Self.update(Self.changing(created, key: "key", to: "two"), from: created, by: "editor", at: F.t2)
        #expect(F.fields(updated, "editor/Update") == #"{"f:data":{"f:key":{}}}"#)
        #expect(F.fields(updated, "kubectl/Apply") == #"{"f:metadata":{"f:labels":{"f:app":{}}}}"#)
        #expect(F.entries(updated)["kubectl/Apply"]?["time"] == .string(F.t1))

        // Removing a field takes it from everyone; an entry left with nothing disappears.
        var unlabeled = updated
        unlabeled["metadata"]?["labels"] = nil
        let removed = Self.update(unlabeled, from: updated, by: "editor", at: F.t3)
        #expect(F.entries(removed)["kubectl/Apply"] == nil)
        #expect(F.fields(removed, "editor/Update") == #"{"f:data":{"f:key":{}}}"#)
    }

    @Test func oneEntryPerManagerVersionAndSubresource() throws {
        let created = Self.update(Self.configMap, from: nil, by: "tool", at: F.t1)
        let more = Self.update(Self.changing(created, key: "other", to: "x"), from: created, by: "tool", at: F.t2)
        #expect(more.managedFields?.arrayValue?.count == 1)
        #expect(F.entries(more)["tool/Update"]?["time"] == .string(F.t2))
        #expect(F.fields(more, "tool/Update") == #"{"f:data":{".":{},"f:key":{},"f:other":{}},"f:metadata":{"f:labels":{".":{},"f:app":{}}}}"#)

        // A write that changes nothing leaves the time alone.
        let same = Self.update(more, from: more, by: "tool", at: F.t3)
        #expect(same == more)

        let otherVersion = Self.update(
            Self.changing(more, key: "v2", to: "y"), from: more, by: "tool", at: F.t3, apiVersion: "v2")
        #expect(otherVersion.managedFields?.arrayValue?.map { $0["apiVersion"] } == ["v1", "v2"])
        let status = Self.update(
            Self.changing(more, key: "s", to: "z"), from: more, by: "tool", at: F.t3, subresource: "status")
        #expect(status.managedFields?.arrayValue?.map { $0["subresource"] } == [nil, "status"])
    }

    @Test(arguments: [[] as JSONValue, [[:]] as JSONValue])
    func anEmptyListOrBlankEntryClearsManagedFields(reset: JSONValue) throws {
        let created = Self.update(Self.configMap, from: nil, by: "tool", at: F.t1)
        var request = Self.changing(created, key: "key", to: "two")
        request.managedFields = reset
        let cleared = Self.update(request, from: created, by: "tool", at: F.t2)
        #expect(cleared.managedFields == nil)
        #expect(cleared["data"]?["key"] == "two")
        // The object stays untracked until someone applies to it.
        let later = Self.update(Self.changing(cleared, key: "key", to: "three"), from: cleared, by: "tool", at: F.t3)
        #expect(later.managedFields == nil)
    }

    @Test func managedFieldsInTheRequestAreUsedWhenValid() throws {
        let created = Self.update(Self.configMap, from: nil, by: "tool", at: F.t1)
        var request = created
        request.managedFields = [[
            "manager": "someone", "operation": "Update", "apiVersion": "v1", "time": .string(F.t1),
            "fieldsType": "FieldsV1", "fieldsV1": ["f:data": ["f:key": [:]]],
        ]]
        let rewritten = Self.update(request, from: created, by: "tool", at: F.t2)
        #expect(F.entries(rewritten).keys.sorted() == ["someone/Update"])

        // Garbage in the request falls back to the live object's.
        request.managedFields = [["manager": "x", "operation": "Delete", "apiVersion": "v1", "fieldsType": "FieldsV1"]]
        #expect(Self.update(request, from: created, by: "tool", at: F.t2) == created)
    }

    @Test func garbageInTheLiveObjectIsTreatedAsAbsent() throws {
        var live = Self.configMap
        live.managedFields = [["manager": 7]]
        let updated = Self.update(Self.changing(live, key: "key", to: "two"), from: live, by: "tool", at: F.t2)
        #expect(updated.managedFields == nil)
        #expect(updated["data"]?["key"] == "two")
    }

    @Test func resetFieldsChangeNoOwnership() throws {
        let deployment = F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web}, spec: {replicas: 1}}")
        let created = F.deployments.update(
            live: nil, new: deployment, manager: "kubectl", apiVersion: "apps/v1", subresource: nil, now: F.t1)
        var withStatus = created
        withStatus["status"] = ["replicas": 1]
        let updated = F.deployments.update(
            live: created, new: withStatus, manager: "controller", apiVersion: "apps/v1", subresource: nil, now: F.t2)
        #expect(F.entries(updated)["controller/Update"] == nil)
        #expect(updated["status"] == ["replicas": 1])
    }

    @Test func updatersBeyondTenAreMergedIntoAncientChanges() throws {
        var object = Self.update(Self.configMap, from: nil, by: "creator", at: "2026-01-01T00:00:00Z")
        for index in 1 ... 10 {
            let next = Self.changing(object, key: "k\(index)", to: "v")
            object = Self.update(
                next, from: object, by: "updater-\(index)", at: "2026-01-01T00:00:\(String(format: "%02d", index))Z")
        }
        let entries = F.entries(object)
        #expect(entries.count == 10)
        #expect(entries["creator/Update"] == nil && entries["updater-1/Update"] == nil)
        let ancient = try #require(entries["ancient-changes/Update"])
        #expect(ancient["time"] == "2026-01-01T00:00:01Z")
        #expect(try ancient["fieldsV1"]?.jsonString() == """
            {"f:data":{".":{},"f:k1":{},"f:key":{}},"f:metadata":{"f:labels":{".":{},"f:app":{}}}}
            """)
    }
}
