import KubeCore
import Testing

@testable import DevCluster

/// Patches built to hurt: deep nesting, huge lists, odd merge keys. None may crash or take
/// quadratic time.
@Suite struct HostilePatchTests {
    private static let schema = PatchSchemaFixtures.deployment

    /// `{"a": {"a": ... {"leaf": true}}}`, `depth` objects deep, built without recursion.
    private static func nested(depth: Int) -> JSONValue {
        var value: JSONValue = ["leaf": true]
        for _ in 1..<depth {
            value = ["a": value]
        }
        return value
    }

    /// Frees a deep one-member-per-level value a level at a time: letting it go at once would
    /// recurse through every level in `JSONValue`'s deinitializers.
    private static func release(_ value: consuming JSONValue) {
        var current = value
        while true {
            switch current {
            case let .object(members) where members.count == 1: current = members.values[0]
            case let .array(elements) where elements.count == 1: current = elements[0]
            default: return
            }
        }
    }

    @Test func tenThousandLevelsAreRefusedNotRecursedInto() {
        let deep = Self.nested(depth: 10_000)
        let error = PatchTest.failure(deep, to: deep, schema: nil)
        #expect(error?.message == "nesting is deeper than the maximum depth of 100")
        #expect(error?.statusCode == 400)
        Self.release(deep)
        var list: JSONValue = []
        for _ in 0..<10_000 {
            list = [list]
        }
        let wrapped: JSONValue = ["a": list]
        list = .null
        #expect(PatchTest.failure(wrapped, to: [:], schema: nil)?.statusCode == 400)
        Self.release(wrapped)
    }

    @Test func thePatchDepthLimitIsInclusive() throws {
        let deepest = Self.nested(depth: StrategicMergePatch.defaultMaximumDepth)
        #expect(try StrategicMergePatch.apply(deepest, to: deepest, schema: nil) == deepest)
        let tooDeep = Self.nested(depth: StrategicMergePatch.defaultMaximumDepth + 1)
        #expect(PatchTest.failure(tooDeep, to: [:], schema: nil) != nil)
        let limit = StrategicMergePatch.defaultMaximumDepth + 1
        #expect(try StrategicMergePatch.apply(tooDeep, to: [:], schema: nil, maximumDepth: limit) == tooDeep)
    }

    /// 10,000 live containers; a patch that reorders all of them with `$setElementOrder`, changes
    /// half, deletes a quarter and adds 2,500 — the shape of a large `kubectl apply`.
    @Test func tenThousandItemListsMergeInLinearTime() throws {
        let count = 10_000
        let live: [JSONValue] = (0..<count).map { ["name": .string("c\($0)"), "image": "v1"] }
        var patchItems: [JSONValue] = []
        var order: [JSONValue] = []
        for index in stride(from: count + 2_499, through: 0, by: -1) {
            let name = JSONValue.string("c\(index)")
            if index < count, index % 4 == 0 {
                patchItems.append(["name": name, "$patch": "delete"])
                continue
            }
            order.append(["name": name])
            if index >= count || index % 2 == 0 {
                patchItems.append(["name": name, "image": "v2"])
            }
        }
        let original: JSONValue = ["spec": ["template": ["spec": ["containers": .array(live)]]]]
        let patch: JSONValue = [
            "spec": [
                "template": ["spec": ["$setElementOrder/containers": .array(order), "containers": .array(patchItems)]]
            ]
        ]
        let started = ContinuousClock.now
        let applied = try StrategicMergePatch.apply(patch, to: original, schema: Self.schema)
        // A quadratic merge (each item searched for by scanning) takes minutes here in a debug
        // build; linear work takes well under a second even on a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(30))
        let containers = try #require(applied["spec"]?["template"]?["spec"]?["containers"]?.arrayValue)
        #expect(containers.count == count - count / 4 + 2_500)
        #expect(containers.map { $0["name"] } == order.map { $0["name"] })
        #expect(containers.first == ["name": "c12499", "image": "v2"])
        #expect(containers.last == ["name": "c1", "image": "v1"])
    }

    @Test func tenThousandFinalizersDeletedAtOnce() throws {
        let finalizers: [JSONValue] = (0..<10_000).map { .string("f\($0)") }
        let original: JSONValue = ["metadata": ["finalizers": .array(finalizers)]]
        let evens = finalizers.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let patch: JSONValue = ["metadata": ["$deleteFromPrimitiveList/finalizers": .array(evens)]]
        let applied = try StrategicMergePatch.apply(patch, to: original, schema: Self.schema)
        #expect(applied["metadata"]?["finalizers"]?.arrayValue?.count == 5_000)
        #expect(applied["metadata"]?["finalizers"]?[0] == "f1")
    }

    /// Merge keys are compared as JSON values, objects included (Go's `==` would panic on them).
    @Test func objectMergeKeysMergeByValue() throws {
        let applied = try PatchTest.apply(
            """
            spec: {template: {spec: {containers: [
              {name: {first: x}, image: a},
              {name: {first: x}, args: [run]},
              {name: [1, 2], image: b}]}}}
            """, to: "spec: {template: {spec: {containers: [{name: app, image: v1}]}}}", schema: Self.schema)
        #expect(
            applied["spec"]?["template"]?["spec"]?["containers"] == [
                ["name": ["first": "x"], "image": "a", "args": ["run"]], ["name": [1, 2], "image": "b"],
                ["name": "app", "image": "v1"],
            ])
    }

    /// Duplicate merge keys in the live list: a patch item merges into the first, a delete
    /// directive removes them all.
    @Test func duplicateLiveMergeKeys() throws {
        let live = "spec: {template: {spec: {containers: [{name: a, image: '1'}, {name: a, image: '2'}, {name: b}]}}}"
        let merged = try PatchTest.apply(
            "spec: {template: {spec: {containers: [{name: a, image: '3'}]}}}", to: live, schema: Self.schema)
        #expect(
            merged["spec"]?["template"]?["spec"]?["containers"] == [
                ["name": "a", "image": "3"], ["name": "a", "image": "2"], ["name": "b"],
            ])
        let deleted = try PatchTest.apply(
            "spec: {template: {spec: {containers: [{name: a, $patch: delete}]}}}", to: live, schema: Self.schema)
        #expect(deleted["spec"]?["template"]?["spec"]?["containers"] == [["name": "b"]])
    }

    /// A null merge key matches a live null key, and the merge then deletes the key, which leaves
    /// an item the ordering step rejects — an error, as upstream, not a crash.
    @Test func nullMergeKeys() throws {
        let error = try PatchTest.failure(
            "spec: {template: {spec: {containers: [{name: null, image: x}, {name: null, image: y}]}}}",
            to: "spec: {template: {spec: {containers: [{name: null, image: '1'}, {name: null, image: '2'}]}}}",
            schema: Self.schema)
        #expect(error?.message == "map: map[image:x] does not contain declared merge key: name")
    }

    @Test func tenThousandDeleteDirectives() throws {
        let live: [JSONValue] = (0..<10_000).map { ["name": .string("c\($0)")] }
        let deletions: [JSONValue] = (0..<10_000).map { ["name": .string("c\($0)"), "$patch": "delete"] }
        let applied = try StrategicMergePatch.apply(
            ["spec": ["template": ["spec": ["containers": .array(deletions)]]]],
            to: ["spec": ["template": ["spec": ["containers": .array(live)]]]], schema: Self.schema)
        #expect(applied["spec"]?["template"]?["spec"]?["containers"] == [])
    }
}
