import KubeCore
import Testing
import YAML

@testable import DevCluster

/// Patches kube-apiserver refuses, with the message and status it refuses them with.
@Suite struct MalformedPatchTests {
    static let live = """
        metadata: {finalizers: [a]}
        spec:
          strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1}}
          template:
            spec:
              containers: [{name: app, image: v1}]
        """

    private func failure(_ patch: String, to original: String = live) throws -> StrategicMergePatchError? {
        try PatchTest.failure(patch, to: original, schema: PatchSchemaFixtures.deployment)
    }

    @Test(arguments: [
        ("[1, 2]", "json: cannot unmarshal array into Go value of type map[string]interface {}"),
        ("\"text\"", "json: cannot unmarshal string into Go value of type map[string]interface {}"),
        ("3", "json: cannot unmarshal number into Go value of type map[string]interface {}"),
        ("true", "json: cannot unmarshal bool into Go value of type map[string]interface {}"),
    ])
    func patchMustBeAnObject(patch: String, message: String) throws {
        let error = try #require(try failure(patch))
        #expect(error.message == message)
        #expect(error.statusCode == 400)
    }

    @Test func nullPatchChangesNothing() throws {
        let live = try YAML.parse(Self.live)
        #expect(try StrategicMergePatch.apply(.null, to: live, schema: PatchSchemaFixtures.deployment) == live)
    }

    @Test func originalMustBeAnObject() {
        let error = PatchTest.failure(["a": 1], to: [1], schema: nil)
        #expect(error?.message == "invalid JSON document")
    }

    @Test func listItemWithoutItsMergeKey() throws {
        let error = try #require(try failure("spec: {template: {spec: {containers: [{image: v2}]}}}"))
        #expect(error.message == "map: map[image:v2] does not contain declared merge key: name")
        #expect(error.statusCode == 500)
        #expect(error.category == .unclassified)
    }

    @Test func deleteDirectiveWithoutItsMergeKey() throws {
        let error = try #require(try failure("spec: {template: {spec: {containers: [{$patch: delete}]}}}"))
        #expect(error.message == "map: map[$patch:delete] does not contain declared merge key: name")
    }

    @Test func liveItemWithoutItsMergeKeyFailsAnyMergeOfItsList() throws {
        // kubernetes/kubernetes#98963: `imagePullSecrets: [{}]` in the live object.
        let live = "spec: {template: {spec: {imagePullSecrets: [{}]}}}"
        let error = try #require(try failure("spec: {template: {spec: {imagePullSecrets: [{name: x}]}}}", to: live))
        #expect(error.message == "map: map[] does not contain declared merge key: name")
    }

    @Test(arguments: [
        (
            "spec: {template: {spec: {containers: [{$patch: sideways, name: app}]}}}",
            "unknown patch type: sideways in map: map[$patch:sideways name:app]"
        ),
        ("spec: {template: {$patch: 7}}", "unknown patch type: %!s(int64=7) in map: map[$patch:7]"),
        ("spec: {template: {$patch: merge}}", "unknown patch type: merge in map: map[$patch:merge]"),
        (
            "spec: {template: {spec: {containers: [{$patch: merge, name: app}]}}}",
            "merging lists cannot yet be specified in the patch"
        ),
    ])
    func unknownPatchDirectives(patch: String, message: String) throws {
        let error = try #require(try failure(patch))
        #expect(error.message == message)
    }

    @Test(arguments: [
        ("spec: {template: {spec: {$retainKeys: containers}}}", "invalid patch format of retainKeys"),
        ("spec: {strategy: {$retainKeys: [type], rollingUpdate: {maxSurge: 1}}}", "invalid patch format of retainKeys"),
        ("metadata: {$deleteFromPrimitiveListfinalizers: [a]}", "invalid patch format of primitive list"),
        ("metadata: {$deleteFromPrimitiveList: [a]}", "invalid patch format of primitive list"),
        ("metadata: {$setElementOrderfinalizers: [a]}", "invalid patch format of setElementOrder list"),
    ])
    func malformedParallelDirectives(patch: String, message: String) throws {
        let error = try #require(try failure(patch))
        #expect(error.message == message)
        #expect(error.statusCode == 400)
    }

    @Test func setElementOrderMustBeAList() throws {
        let error = try #require(try failure("metadata: {$setElementOrder/finalizers: a}"))
        #expect(error.message == "expected a []interface {}, but received a string")
    }

    @Test func setElementOrderMustAgreeWithThePatchList() throws {
        let error = try #require(
            try failure(
                """
                spec:
                  template:
                    spec:
                      $setElementOrder/containers: [{name: app}, {name: new}]
                      containers: [{name: new}, {name: app, image: v2}]
                """))
        #expect(
            error.message
                == """
                the order in patch list:
                [map[name:new] map[image:v2 name:app]]
                 doesn't match $setElementOrder list:
                [map[name:app] map[name:new]]
                """)
    }

    @Test func listsOfListsAreUnprocessable() throws {
        let error = try #require(try failure("metadata: {finalizers: [[a]]}", to: "metadata: {finalizers: []}"))
        #expect(error.message == "lists of lists are not supported")
        #expect(error.statusCode == 422)
    }

    @Test func mixedListElementTypes() throws {
        let error = try #require(try failure("metadata: {finalizers: [1]}"))
        #expect(error.message == "list element types are not identical: [[a] [1]]")
    }

    @Test func mergingListOfMapsNeedsAMergeKey() throws {
        let schema = PatchSchemaFixtures.object([
            "items": PatchSchemaFixtures.list(of: PatchSchemaFixtures.object([:]), strategy: "merge")
        ])
        let error = PatchTest.failure(["items": [["a": 2]]], to: ["items": [["a": 1]]], schema: schema)
        #expect(error?.message == "cannot merge lists without merge key for items")
    }

    @Test func malformedSchemaExtensions() {
        let badStrategy = PatchSchemaFixtures.object([
            "items": PatchSchemaFixtures.list(of: PatchSchemaFixtures.string, strategy: "merge,replace")
        ])
        #expect(
            PatchTest.failure(["items": ["b"]], to: ["items": ["a"]], schema: badStrategy)?.message
                == "unexpected patch strategy: [merge replace]")
        let numericKey: JSONValue = [
            "properties": ["items": ["x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": 1]]
        ]
        #expect(
            PatchTest.failure(["items": [["a": 2]]], to: ["items": [["a": 1]]], schema: numericKey)?.message
                == "expected a string, but received a int64")
    }

    /// A merging list of maps whose `$setElementOrder` is not a list of maps is searched as
    /// apimachinery searches it.
    @Test func setElementOrderOfScalarsForAListOfMaps() throws {
        let error = try #require(try failure("spec: {template: {spec: {$setElementOrder/containers: [app]}}}"))
        #expect(error.message == "value for key 0 is not a map")
    }
}
