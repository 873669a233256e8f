import KubeCore
import Testing

@testable import DevCluster

/// How the schema is read: `properties`, `additionalProperties` and `items` lead to a field's
/// metadata; where they lead nowhere, lists are replaced and maps merge.
@Suite struct PatchSchemaWalkTests {
    /// A map of objects whose values hold a merging list (as a ConfigMap-like `spec.groups`).
    static let schema = PatchSchemaFixtures.object([
        "groups": PatchSchemaFixtures.map(
            of: PatchSchemaFixtures.object([
                "members": PatchSchemaFixtures.list(of: PatchSchemaFixtures.string, strategy: "merge")
            ])),
        "settings": PatchSchemaFixtures.object(["mode": PatchSchemaFixtures.string], strategy: "replace"),
        "open": ["type": "object", "additionalProperties": true],
    ])

    @Test func additionalPropertiesDescribeEveryValueOfAMap() throws {
        let applied = try PatchTest.apply(
            "groups: {admins: {members: [carol]}}", to: "groups: {admins: {members: [alice, bob]}}",
            schema: Self.schema)
        #expect(applied == ["groups": ["admins": ["members": ["carol", "alice", "bob"]]]])
    }

    @Test func replaceStrategyReplacesAMap() throws {
        let applied = try PatchTest.apply(
            "settings: {mode: fast}", to: "settings: {mode: slow, level: 3}", schema: Self.schema)
        #expect(applied == ["settings": ["mode": "fast"]])
    }

    @Test func fieldsTheSchemaDoesNotDescribeMergeAsJSONMergePatch() throws {
        let applied = try PatchTest.apply(
            "{open: {list: [3]}, unknown: {list: [2], nested: {b: 2}}}",
            to: "{open: {list: [1]}, unknown: {list: [1], nested: {a: 1}}}", schema: Self.schema)
        #expect(applied == ["open": ["list": [3]], "unknown": ["list": [2], "nested": ["a": 1, "b": 2]]])
    }

    /// `removeDirectives` drops a map carrying `$patch` when there is nothing to apply it to, so a
    /// replace directive for a field the live object lacks leaves the field out, as upstream does.
    @Test func aReplaceDirectiveForAMissingFieldDropsIt() throws {
        let applied = try PatchTest.apply("settings: {$patch: replace, mode: fast}", to: "{}", schema: Self.schema)
        #expect(applied == [:])
    }

    /// Upstream errors when `$setElementOrder` names a list that is empty on both sides.
    @Test func setElementOrderOfAListEmptyOnBothSides() throws {
        let error = try PatchTest.failure(
            "metadata: {$setElementOrder/finalizers: []}", to: "metadata: {finalizers: []}",
            schema: PatchSchemaFixtures.deployment)
        #expect(error?.message == "no elements in any of the given slices")
    }

    /// Values print in messages as Go's `%v` prints decoded JSON.
    @Test func goFormatting() {
        let value: JSONValue = ["b": [1, 2.5, true, nil], "a": ["z": "x"], "é": "accent", "Z": "upper"]
        #expect(GoFormat.value(value) == "map[Z:upper a:map[z:x] b:[1 2.5 true <nil>] é:accent]")
        #expect(GoFormat.string("delete") == "delete")
        #expect(GoFormat.string(nil) == "%!s(<nil>)")
        #expect(GoFormat.string([1]) == "%!s([]interface {}=[1])")
    }
}
