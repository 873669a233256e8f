import Testing

@testable import DevCluster

/// Cases transcribed from k8s.io/apimachinery/pkg/util/strategicpatch/patch_test.go:
/// `customStrategicMergePatchTestCaseData`, `customStrategicMergePatchRawTestCases` (patches
/// `CreateTwoWayMergePatch` never produces) and the application half of
/// `createStrategicMergePatchTestCaseData` (two-way patch on the original, three-way patch on the
/// current object), all against the `MergeItem` schema.
@Suite struct UpstreamCustomPatchTests {
    static let customCases: [PatchCase] = [
        PatchCase(
            "unique scalars when merging lists",
            original: "mergingIntList: [1, 2]", patch: "mergingIntList: [2, 3]", result: "mergingIntList: [1, 2, 3]"),
        PatchCase(
            "delete map from nested map",
            original: "simpleMap: {key1: 1, key2: 1}", patch: "simpleMap: {$patch: delete}", result: "simpleMap: {}"),
        PatchCase(
            "delete all items from merging list",
            original: "mergingList: [{name: 1}, {name: 2}]", patch: "mergingList: [{$patch: replace}]",
            result: "mergingList: []"),
        PatchCase(
            "merge empty merging lists", original: "mergingList: []", patch: "mergingList: []",
            result: "mergingList: []"),
        PatchCase("delete all keys from map", original: "{name: 1, value: 1}", patch: "$patch: replace", result: "{}"),
        PatchCase(
            "add key and delete all keys from map", original: "{name: 1, value: 1}",
            patch: "{other: a, $patch: replace}", result: "other: a"),
        PatchCase(
            "delete all duplicate entries in a merging list",
            original: """
                mergingList:
                  - name: 1
                  - name: 1
                  - name: 2
                    value: a
                  - name: 3
                  - name: 3
                """,
            patch: """
                mergingList:
                  - name: 1
                    $patch: delete
                  - name: 3
                    $patch: delete
                """,
            result: "mergingList: [{name: 2, value: a}]"),
        PatchCase(
            "retainKeys map can add a field when no retainKeys directive present",
            original: "retainKeysMap: {name: foo}", patch: "retainKeysMap: {value: bar}",
            result: "retainKeysMap: {name: foo, value: bar}"),
        PatchCase(
            "retainKeys map can change a field when no retainKeys directive present",
            original: "retainKeysMap: {name: foo, value: a}", patch: "retainKeysMap: {value: b}",
            result: "retainKeysMap: {name: foo, value: b}"),
        PatchCase(
            "retainKeys map can delete a field when no retainKeys directive present",
            original: "retainKeysMap: {name: foo, value: a}", patch: "retainKeysMap: {value: null}",
            result: "retainKeysMap: {name: foo}"),
        PatchCase(
            "retainKeys map merge an empty map", original: "retainKeysMap: {name: foo, value: a}",
            patch: "retainKeysMap: {}", result: "retainKeysMap: {name: foo, value: a}"),
        PatchCase(
            "retainKeys list can add a field when no retainKeys directive present",
            original: "retainKeysMergingList: [{name: bar}, {name: foo}]",
            patch: "retainKeysMergingList: [{name: foo, value: a}]",
            result: "retainKeysMergingList: [{name: bar}, {name: foo, value: a}]"),
        PatchCase(
            "retainKeys list can change a field when no retainKeys directive present",
            original: "retainKeysMergingList: [{name: bar}, {name: foo, value: a}]",
            patch: "retainKeysMergingList: [{name: foo, value: b}]",
            result: "retainKeysMergingList: [{name: bar}, {name: foo, value: b}]"),
        PatchCase(
            "retainKeys list can delete a field when no retainKeys directive present",
            original: "retainKeysMergingList: [{name: bar}, {name: foo, value: a}]",
            patch: "retainKeysMergingList: [{name: foo, value: null}]",
            result: "retainKeysMergingList: [{name: bar}, {name: foo}]"),
        PatchCase(
            "preserve the order from the patch in a merging list",
            original: "mergingList: [{name: 1}, {name: 2, value: b}, {name: 3}]",
            patch: "mergingList: [{name: 3, value: c}, {name: 1, value: a}, {name: 2, other: x}]",
            result: "mergingList: [{name: 3, value: c}, {name: 1, value: a}, {name: 2, value: b, other: x}]"),
        PatchCase(
            "preserve the order from the patch in a merging list 2",
            original: "mergingList: [{name: 1}, {name: 2, value: b}, {name: 3}]",
            patch: "mergingList: [{name: 3, value: c}, {name: 1, value: a}]",
            result: "mergingList: [{name: 2, value: b}, {name: 3, value: c}, {name: 1, value: a}]"),
        PatchCase(
            "preserve the order from the patch in a merging int list",
            original: "mergingIntList: [1, 2, 3]", patch: "mergingIntList: [3, 1, 2]",
            result: "mergingIntList: [3, 1, 2]"),
        PatchCase(
            "preserve the order from the patch in a merging int list 2",
            original: "mergingIntList: [1, 2, 3]", patch: "mergingIntList: [3, 1]",
            result: "mergingIntList: [2, 3, 1]"),
    ]

    static let customRawCases: [PatchCase] = [
        PatchCase(
            "$setElementOrder contains item that is not present in the list to be merged",
            original: "mergingList: [{name: 1}, {name: 3}]",
            patch: """
                $setElementOrder/mergingList: [{name: 3}, {name: 2}, {name: 1}]
                mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]
                """,
            result: "mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]"),
        PatchCase(
            "$setElementOrder contains item that is not present in the int list to be merged",
            original: "mergingIntList: [1, 3]", patch: "$setElementOrder/mergingIntList: [3, 2, 1]",
            result: "mergingIntList: [3, 1]"),
        PatchCase(
            "should check if order in $setElementOrder and patch list match",
            original: "mergingList: [{name: 1}, {name: 3}, {name: 2}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}, {name: 3}]
                mergingList: [{name: 3, value: 3}, {name: 1, value: 1}]
                """,
            error: "doesn't match"),
        PatchCase(
            "should check if order in $setElementOrder and patch int list match",
            original: "mergingIntList: [1, 3, 2]",
            patch: """
                $setElementOrder/mergingIntList: [1, 2, 3]
                mergingIntList: [3, 1]
                """,
            error: "doesn't match"),
        PatchCase(
            "missing merge key should error out", original: "mergingList: [{name: 1, value: a}]",
            patch: "mergingList: [{value: b}]", error: "does not contain declared merge key"),
        PatchCase(
            "$deleteFromPrimitiveList of nonexistent item in primitive list should not add the item to the list",
            original: "mergingIntList: [1, 2]", patch: "$deleteFromPrimitiveList/mergingIntList: [3]",
            result: "mergingIntList: [1, 2]"),
        PatchCase(
            "$deleteFromPrimitiveList on empty primitive list should not add the item to the list",
            original: "mergingIntList:", patch: "$deleteFromPrimitiveList/mergingIntList: [3]",
            result: "mergingIntList:"),
        PatchCase(
            "$deleteFromPrimitiveList on nonexistent primitive list should not add the primitive list",
            original: "foo: [bar]", patch: "$deleteFromPrimitiveList/mergingIntList: [3]", result: "foo: [bar]"),
        PatchCase(
            "$deleteFromPrimitiveList should delete item from a list with merge patch strategy",
            original: "mergingIntList: [1, 2, 3]", patch: "$deleteFromPrimitiveList/mergingIntList: [2]",
            result: "mergingIntList: [1, 3]"),
        PatchCase(
            "$deleteFromPrimitiveList should delete item from a list without merge patch strategy",
            original: "nonMergingIntList: [1, 2, 3]", patch: "$deleteFromPrimitiveList/nonMergingIntList: [2]",
            result: "nonMergingIntList: [1, 3]"),
    ]

    static let createCases: [PatchCase] = [
        PatchCase(
            "nil original (two-way)", original: "{}", patch: "{name: 1, value: 1}", result: "{name: 1, value: 1}"),
        PatchCase(
            "nil original (three-way)", original: "{name: 1, other: a}", patch: "value: 1",
            result: "{name: 1, value: 1, other: a}"),
        PatchCase("nil patch", original: "name: 1", patch: "{}", result: "name: 1"),
        PatchCase(
            "add field and delete field from map (three-way)", original: "{name: 1, other: a}",
            patch: "{name: null, value: 1}", result: "{value: 1, other: a}"),
        PatchCase(
            "delete field from nested map (three-way)", original: "simpleMap: {key1: 1, key2: 1, other: a}",
            patch: "simpleMap: {key2: null}", result: "simpleMap: {key1: 1, other: a}"),
        PatchCase(
            "delete all fields from map (three-way)", original: "{name: 1, value: 1, other: a}",
            patch: "{name: null, value: null}", result: "other: a"),
        PatchCase(
            "replace list of scalars with conflict (three-way)", original: "nonMergingIntList: [1, 4]",
            patch: "nonMergingIntList: [2, 3]", result: "nonMergingIntList: [2, 3]"),
        PatchCase(
            "delete all maps from merging list with conflict (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, other: b}]",
            patch: "mergingList: [{name: 1, $patch: delete}, {name: 2, $patch: delete}]", result: "mergingList: []"),
        PatchCase(
            "delete all maps from empty merging list (three-way)", original: "mergingList: []",
            patch: "mergingList: [{name: 1, $patch: delete}, {name: 2, $patch: delete}]", result: "mergingList: []"),
        PatchCase(
            "defined null values should propagate overwrite current fields (with conflict) (two-way)",
            original: "name: 2", patch: "{name: 1, value: 1, other: null}", result: "{name: 1, value: 1}"),
        PatchCase(
            "defined null values should propagate overwrite current fields (with conflict) (three-way)",
            original: "{name: a, other: a}", patch: "{name: 1, value: 1, other: null}", result: "{name: 1, value: 1}"),
        PatchCase(
            "defined null values should propagate removing original fields (three-way)",
            original: "{name: original-name, value: original-value, other: current-other}",
            patch: "{name: modified-name, value: null}", result: "{name: modified-name, other: current-other}"),
        PatchCase(
            "retainKeys map with no change should not be present (three-way)",
            original: "{name: a, other: c, retainKeysMap: {name: foo}}", patch: "value: b",
            result: "{name: a, value: b, other: c, retainKeysMap: {name: foo}}"),
    ]

    @Test(arguments: customCases)
    func customCase(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }

    @Test(arguments: customRawCases)
    func customRawCase(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }

    @Test(arguments: createCases)
    func createCase(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }
}
