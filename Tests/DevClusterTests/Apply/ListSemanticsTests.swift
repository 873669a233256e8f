import KubeCore
import Testing

@testable import DevCluster

@Suite struct ListSemanticsTests {
    typealias F = ApplyFixtures

    static func widget(_ spec: String) -> JSONValue {
        F.yaml("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w}, spec: \(spec)}")
    }

    static func apply(
        _ config: JSONValue, to live: JSONValue?, as manager: String, force: Bool = false, at now: String = F.t2,
        with fieldManager: FieldManager = F.widgets
    ) throws(ApplyError) -> JSONValue {
        try fieldManager.apply(
            live: live, applied: config, manager: manager, apiVersion: "example.com/v1", force: force,
            subresource: nil, now: now)
    }

    @Test func mapListItemsBelongToWhoeverAppliedThem() throws {
        let alice = try Self.apply(Self.widget("{items: [{name: a, value: 1}, {name: x, value: 9}]}"), to: nil, as: "alice", at: F.t1)
        let both = try Self.apply(Self.widget("{items: [{name: b, value: 2}]}"), to: alice, as: "bob")
        #expect(both["spec"]?["items"] == [["name": "a", "value": 1], ["name": "x", "value": 9], ["name": "b", "value": 2]])
        #expect(F.fields(both, "bob/Apply") == #"{"f:spec":{"f:items":{"k:{\"name\":\"b\"}":{".":{},"f:name":{},"f:value":{}}}}}"#)

        // Alice dropping her item `a` removes it; Bob's item stays.
        let dropped = try Self.apply(Self.widget("{items: [{name: x, value: 9}]}"), to: both, as: "alice", at: F.t3)
        #expect(dropped["spec"]?["items"] == [["name": "x", "value": 9], ["name": "b", "value": 2]])
    }

    @Test func twoManagersOwnDifferentContainers() throws {
        let base = ApplyBasicsTests.config
        let created = try ApplyBasicsTests.apply(base, to: nil, as: "alice", at: F.t1)
        let sidecar = F.yaml(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  containers:
                  - {name: proxy, image: envoy:1}
            """)
        let both = try ApplyBasicsTests.apply(sidecar, to: created, as: "mesh", at: F.t2)
        let names = both["spec"]?["template"]?["spec"]?["containers"]?.arrayValue?.compactMap { $0["name"] }
        #expect(names == ["nginx", "proxy"])
        // Changing one's own container is no conflict with the other's.
        var newer = sidecar
        newer["spec"]?["template"]?["spec"]?["containers"] = [["name": "proxy", "image": "envoy:2"]]
        let upgraded = try ApplyBasicsTests.apply(newer, to: both, as: "mesh", at: F.t3)
        #expect(upgraded["spec"]?["template"]?["spec"]?["containers"]?[1]?["image"] == "envoy:2")
        #expect(upgraded["spec"]?["template"]?["spec"]?["containers"]?[0]?["image"] == "nginx:1.25")
    }

    @Test func newItemsAreSlottedInByTheConfigurationsOrder() throws {
        let live = try Self.apply(Self.widget("{items: [{name: a}, {name: b}, {name: c}]}"), to: nil, as: "alice", at: F.t1)
        let merged = try Self.apply(Self.widget("{items: [{name: d}, {name: b}]}"), to: live, as: "bob")
        #expect(merged["spec"]?["items"]?.arrayValue?.compactMap { $0["name"] } == ["a", "d", "b", "c"])
    }

    @Test func setsMergeByValue() throws {
        let alice = try Self.apply(Self.widget("{tags: [red, shared]}"), to: nil, as: "alice", at: F.t1)
        let both = try Self.apply(Self.widget("{tags: [blue, shared]}"), to: alice, as: "bob")
        #expect(both["spec"]?["tags"] == ["red", "blue", "shared"])
        #expect(F.fields(both, "bob/Apply") == #"{"f:spec":{"f:tags":{"v:\"blue\"":{},"v:\"shared\"":{}}}}"#)
        let dropped = try Self.apply(Self.widget("{tags: [shared]}"), to: both, as: "alice", at: F.t3)
        #expect(dropped["spec"]?["tags"] == ["blue", "shared"])
    }

    @Test func finalizersAndOwnerReferencesUseMetadataSemantics() throws {
        let config = F.yaml(
            """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
              finalizers: [example.com/a]
              ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: owner, uid: u-1}]
            """)
        let created = try Self.apply(config, to: nil, as: "alice", at: F.t1)
        #expect(F.fields(created, "alice/Apply") == #"{"f:metadata":{"f:finalizers":{"v:\"example.com/a\"":{}},"f:ownerReferences":{"k:{\"uid\":\"u-1\"}":{}}}}"#)
        var other = config
        other["metadata"]?["finalizers"] = ["example.com/b"]
        other["metadata"]?["ownerReferences"] = nil
        let both = try Self.apply(other, to: created, as: "bob")
        #expect(both["metadata"]?["finalizers"] == ["example.com/a", "example.com/b"])
    }

    @Test func atomicListsAreReplacedWholeAndOwnedWhole() throws {
        for field in ["steps", "plain"] {
            let alice = try Self.apply(Self.widget("{\(field): [one, two]}"), to: nil, as: "alice", at: F.t1)
            #expect(F.fields(alice, "alice/Apply") == #"{"f:spec":{"f:\#(field)":{}}}"#)
            #expect(throws: ApplyError.self) { try Self.apply(Self.widget("{\(field): [three]}"), to: alice, as: "bob") }
            let forced = try Self.apply(Self.widget("{\(field): [three]}"), to: alice, as: "bob", force: true)
            #expect(forced["spec"]?[field] == ["three"])
            #expect(F.fields(forced, "alice/Apply") == nil)
        }
    }

    @Test func atomicMapsAreReplacedWhole() throws {
        let alice = try Self.apply(Self.widget("{frozen: {a: '1', b: '2'}, settings: {a: '1'}}"), to: nil, as: "alice", at: F.t1)
        #expect(F.fields(alice, "alice/Apply") == #"{"f:spec":{"f:frozen":{},"f:settings":{"f:a":{}}}}"#)
        let forced = try Self.apply(Self.widget("{frozen: {c: '3'}, settings: {b: '2'}}"), to: alice, as: "bob", force: true)
        #expect(forced["spec"]?["frozen"] == ["c": "3"])
        #expect(forced["spec"]?["settings"] == ["a": "1", "b": "2"])
    }

    @Test func unknownSubtreesAreGranularMapsWithAtomicLists() throws {
        let created = try Self.apply(Self.widget("{extra: {a: {b: 1, c: [1, 2]}}}"), to: nil, as: "alice", at: F.t1)
        #expect(F.fields(created, "alice/Apply") == #"{"f:spec":{"f:extra":{"f:a":{".":{},"f:b":{},"f:c":{}}}}}"#)
        let untyped = FieldManager(schema: nil)
        let noSchema = try Self.apply(Self.widget("{a: [1, 2], b: {c: 1}}"), to: nil, as: "alice", at: F.t1, with: untyped)
        #expect(F.fields(noSchema, "alice/Apply") == #"{"f:spec":{".":{},"f:a":{},"f:b":{".":{},"f:c":{}}}}"#)
    }
}
