import KubeCore
import Testing

@testable import DevCluster

@Suite struct ApplyErrorTests {
    typealias F = ApplyFixtures

    static func error(applying config: JSONValue, to live: JSONValue? = nil) -> ApplyError? {
        do {
            _ = try ApplyBasicsTests.apply(config, to: live, as: "kubectl")
            return nil
        } catch {
            return error
        }
    }

    static func deployment(_ rest: String) -> JSONValue {
        F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: ns}, \(rest)}")
    }

    static let containers = "spec: {template: {spec: {containers: "

    @Test(arguments: [
        ([1, 2] as JSONValue,
         "error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"),
        ("text" as JSONValue,
         "error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}"),
        (.null, "Incorrect version specified in apply patch. Specified patch version: , expected: apps/v1"),
        (F.yaml("{apiVersion: apps/v2, kind: Deployment}"),
         "Incorrect version specified in apply patch. Specified patch version: apps/v2, expected: apps/v1"),
        (F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, managedFields: []}}"),
         "metadata.managedFields must be nil"),
        (F.yaml("{apiVersion: apps/v1, metadata: {name: web, namespace: ns}}"),
         "failed to create typed patch object (ns/web; apps/v1, Kind=): no corresponding type for apps/v1, Kind="),
        (deployment(containers + "[{image: nginx}]}}}"),
         #"failed to create typed patch object (ns/web; apps/v1, Kind=Deployment): .spec.template.spec.containers: element 0: associative list with keys has an element that omits key field "name" (and doesn't have default value)"#),
        (deployment(containers + "[{name: a, ports: [{name: http}]}]}}}"),
         #"failed to create typed patch object (ns/web; apps/v1, Kind=Deployment): .spec.template.spec.containers[name="a"].ports: element 0: associative list with keys has an element that omits key field "containerPort" (and doesn't have default value)"#),
        (deployment(containers + "[{name: a}, {name: a}]}}}"),
         #"failed to create typed patch object (ns/web; apps/v1, Kind=Deployment): .spec.template.spec.containers: duplicate entries for key [name="a"]"#),
        (deployment(containers + "[null, {name: b, env: [x]}]}}}"),
         """
         failed to create typed patch object (ns/web; apps/v1, Kind=Deployment): errors:
           .spec.template.spec.containers: element 0: associative list with keys may not have a null element
           .spec.template.spec.containers[name="b"].env: element 0: associative list with keys may not have non-map elements
         """),
    ] as [(JSONValue, String)])
    func invalidConfigurationsAreBadRequests(config: JSONValue, message: String) {
        #expect(Self.error(applying: config) == .invalidConfiguration(message))
        #expect(Self.error(applying: config)?.status == Status.badRequest(message))
    }

    @Test func setsRejectItemsThatAreNotScalars() {
        let widget = F.yaml("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}, spec: {tags: [{a: 1}, [1], null]}}")
        #expect(throws: ApplyError.invalidConfiguration("""
            failed to create typed patch object (/w; example.com/v1, Kind=Widget): errors:
              .spec.tags: element 0: associative list without keys has an element that's a map type
              .spec.tags: element 1: not supported: associative list with lists as elements
              .spec.tags: element 2: associative list without keys has an element that's an explicit null
            """)) {
            try F.widgets.apply(
                live: nil, applied: widget, manager: "m", apiVersion: "example.com/v1", force: false, subresource: nil,
                now: F.t1)
        }
    }

    @Test func unreadableManagedFieldsInTheLiveObjectFailTheApply() throws {
        var live = Self.deployment("spec: {replicas: 1}")
        live.managedFields = [["manager": "x", "operation": "Patch", "apiVersion": "apps/v1", "fieldsType": "FieldsV1"]]
        let error = try #require(Self.error(applying: Self.deployment("spec: {replicas: 2}"), to: live))
        #expect(error == .invalidLiveObject("failed to decode managed fields: operation must be `Apply` or `Update`"))
        #expect(error.status.code == 500)
        #expect(error.status.reason == nil)
    }

    @Test func liveObjectsTheSchemaCannotReadFailTheApply() throws {
        let broken = Self.deployment(Self.containers + "[{image: x}]}}}")
        let untracked = try #require(Self.error(applying: Self.deployment("spec: {replicas: 2}"), to: broken))
        #expect(untracked.message == """
            failed to create manager for existing fields: failed to convert new object (ns/web; apps/v1, Kind=Deployment) \
            to smd typed: .spec.template.spec.containers: element 0: associative list with keys has an element that \
            omits key field "name" (and doesn't have default value)
            """)
        var tracked = broken
        tracked.managedFields = [[
            "manager": "m", "operation": "Update", "apiVersion": "apps/v1", "fieldsType": "FieldsV1", "fieldsV1": [:],
        ]]
        let error = try #require(Self.error(applying: Self.deployment("spec: {replicas: 2}"), to: tracked))
        #expect(error.message.hasPrefix("failed to create typed live object (ns/web; apps/v1, Kind=Deployment): "))
        // Updates never fail over field management: the managed fields are dropped instead.
        let updated = F.deployments.update(
            live: tracked, new: tracked, manager: "m", apiVersion: "apps/v1", subresource: nil, now: F.t1)
        #expect(updated.managedFields == nil)
    }

    @Test func storedDuplicatesAreOwnedWholeAndReplacedByAnApply() throws {
        let duplicated = Self.deployment(
            Self.containers + "[{name: a, image: one, env: [{name: X, value: '1'}, {name: X, value: '2'}]}]}}}")
        let created = F.deployments.update(
            live: nil, new: duplicated, manager: "creator", apiVersion: "apps/v1", subresource: nil, now: F.t1)
        let creatorFields = try #require(F.fields(created, "creator/Update"))
        #expect(creatorFields.contains(#""f:env":{".":{},"k:{\"name\":\"X\"}":{}}"#))

        let fixed = try ApplyBasicsTests.apply(
            Self.deployment(Self.containers + "[{name: a, env: [{name: X, value: '3'}]}]}}}"), to: created, as: "fixer",
            force: true, at: F.t2)
        #expect(fixed["spec"]?["template"]?["spec"]?["containers"]?[0]?["env"] == [["name": "X", "value": "3"]])
        #expect(F.fields(fixed, "creator/Update")?.contains(#"k:{\"name\":\"X\"}"#) == false)
    }
}
