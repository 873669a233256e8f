import Testing

@testable import DevCluster

/// `strategicMergePatchRawTestCases` of k8s.io/apimachinery/pkg/util/strategicpatch/patch_test.go,
/// whose results upstream compares without sorting, so list order counts. Each upstream case
/// applies its two-way patch to `Original` (giving `TwoWayResult`, else `Modified`) and its
/// three-way patch to `Current` (giving `Result`); both applications are kept where they differ.
@Suite struct UpstreamRawPatchTests {
    static let mergingListCases: [PatchCase] = [
        PatchCase(
            "nested patch merge with empty list (two-way)", original: "name: hi",
            patch: "mergingList: [{name: hello}, {$patch: delete, name: doesntexist}]",
            result: "{name: hi, mergingList: [{name: hello}]}"),
        PatchCase(
            "nested patch merge with empty list (three-way)", original: "{name: hi, mergingList: [{name: hello2}]}",
            patch: """
                $setElementOrder/mergingList: [{name: hello}, {name: doesntexist}]
                mergingList: [{name: hello}, {$patch: delete, name: doesntexist}]
                """,
            result: "{name: hi, mergingList: [{name: hello}, {name: hello2}]}"),
        PatchCase(
            "merge lists of maps (two-way)", original: "mergingList: [{name: 1}, {name: 2, value: 2}]",
            patch: """
                $setElementOrder/mergingList: [{name: 4}, {name: 1}, {name: 2}, {name: 3}]
                mergingList: [{name: 4, value: 4}, {name: 3, value: 3}]
                """,
            result: "mergingList: [{name: 4, value: 4}, {name: 1}, {name: 2, value: 2}, {name: 3, value: 3}]"),
        PatchCase(
            "merge lists of maps (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 4}, {name: 1}, {name: 2}, {name: 3}]
                mergingList: [{name: 4, value: 4}, {name: 3, value: 3}]
                """,
            result: """
                mergingList: [{name: 4, value: 4}, {name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]
                """),
        PatchCase(
            "merge lists of maps with conflict (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 3, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}, {name: 3}]
                mergingList: [{name: 2, value: 2}, {name: 3, value: 3}]
                """,
            result: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]"),
        PatchCase(
            "add field to map in merging list (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList: [{name: 1, value: 1}]
                """,
            result: "mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2, other: b}]"),
        PatchCase(
            "add field to map in merging list with conflict (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 3, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList: [{name: 1, value: 1}, {name: 2, value: 2}]
                """,
            result: "mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2}, {name: 3, value: 2, other: b}]"),
        PatchCase(
            "replace map field value in merging list (three-way)",
            original: "mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList: [{name: 1, value: a}]
                """,
            result: "mergingList: [{name: 1, value: a, other: a}, {name: 2, value: 2, other: b}]"),
        PatchCase(
            "delete map from merging list (three-way)", original: "mergingList: [{name: 1}, {name: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}]
                mergingList: [{name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 2, other: b}]"),
        PatchCase(
            "delete missing map from merging list (three-way)", original: "mergingList: [{name: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}]
                mergingList: [{name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 2, other: b}]"),
        PatchCase(
            "delete missing map from merging list with conflict (three-way)",
            original: "mergingList: [{name: 3, other: a}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}]
                mergingList: [{name: 2}, {name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 2}, {name: 3, other: a}]"),
        PatchCase(
            "add map and delete map from merging list (two-way)", original: "mergingList: [{name: 1}, {name: 2}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}, {name: 3}]
                mergingList: [{name: 3}, {name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 2}, {name: 3}]"),
        PatchCase(
            "add map and delete map from merging list (three-way)",
            original: "mergingList: [{name: 1}, {name: 2, other: b}, {name: 4, other: c}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}, {name: 3}]
                mergingList: [{name: 3}, {name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 2, other: b}, {name: 4, other: c}, {name: 3}]"),
        PatchCase(
            "add map and delete map from merging list with conflict (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 4, other: c}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}, {name: 3}]
                mergingList: [{name: 2}, {name: 3}, {name: 1, $patch: delete}]
                """,
            result: "mergingList: [{name: 4, other: c}, {name: 2}, {name: 3}]"),
        PatchCase(
            "delete field from map in merging list (three-way)",
            original: "mergingList: [{name: 1, value: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList: [{name: 1, value: null}]
                """,
            result: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]"),
        PatchCase(
            "replace non merging list nested in merging list (three-way)",
            original: """
                mergingList:
                  - {name: 1, other: a, nonMergingList: [{name: 1}, {name: 2, value: 2}]}
                  - {name: 2, other: b}
                """,
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList: [{name: 1, nonMergingList: [{name: 1, value: 1}]}]
                """,
            result: """
                mergingList:
                  - {name: 1, other: a, nonMergingList: [{name: 1, value: 1}]}
                  - {name: 2, other: b}
                """),
        PatchCase(
            "add field to map in merging list nested in merging list with deletion conflict (three-way)",
            original: """
                mergingList:
                  - {name: 1, other: a, mergingList: [{name: 2, value: 2, other: d}]}
                  - {name: 2, other: b}
                """,
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 2}]
                mergingList:
                  - $setElementOrder/mergingList: [{name: 2}, {name: 1}]
                    name: 1
                    mergingList: [{name: 1, value: 1}]
                """,
            result: """
                mergingList:
                  - {name: 1, other: a, mergingList: [{name: 2, value: 2, other: d}, {name: 1, value: 1}]}
                  - {name: 2, other: b}
                """),
        PatchCase(
            "add map to merging list by pointer (three-way)",
            original: "mergeItemPtr: [{name: 1, other: a}, {name: 3}]",
            patch: """
                $setElementOrder/mergeItemPtr: [{name: 1}, {name: 2}]
                mergeItemPtr: [{name: 2}]
                """,
            result: "mergeItemPtr: [{name: 1, other: a}, {name: 2}, {name: 3}]"),
        PatchCase(
            "add map to merging list by pointer with conflict (three-way)", original: "mergeItemPtr: [{name: 3}]",
            patch: """
                $setElementOrder/mergeItemPtr: [{name: 1}, {name: 2}]
                mergeItemPtr: [{name: 1}, {name: 2}]
                """,
            result: "mergeItemPtr: [{name: 1}, {name: 2}, {name: 3}]"),
        PatchCase(
            "add an item in a list and preserve order (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 3}, {name: 1}, {name: 2}]
                mergingList: [{name: 3, value: 3}]
                """,
            result: "mergingList: [{name: 3, value: 3}, {name: 1, other: a}, {name: 2, value: 2, other: b}]"),
        PatchCase(
            "add multiple items in a list and preserve order (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}]",
            patch: """
                $setElementOrder/mergingList: [{name: 1}, {name: 4}, {name: 2}, {name: 3}]
                mergingList: [{name: 4, value: 4}, {name: 3, value: 3}]
                """,
            result: """
                mergingList: [{name: 1, other: a}, {name: 4, value: 4}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]
                """),
        PatchCase(
            "delete an item in a list and preserve order (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}, {name: 1}]
                mergingList: [{name: 3, $patch: delete}]
                """,
            result: "mergingList: [{name: 2, value: 2, other: b}, {name: 1, other: a}]"),
        PatchCase(
            "change an item in a list and preserve order (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]",
            patch: """
                $setElementOrder/mergingList: [{name: 2}, {name: 3}, {name: 1}]
                mergingList: [{name: 3, value: x}]
                """,
            result: "mergingList: [{name: 2, value: 2, other: b}, {name: 3, value: x}, {name: 1, other: a}]"),
        PatchCase(
            "add and delete an item in a list and preserve order (three-way)",
            original: "mergingList: [{name: 1, other: a}, {name: 2, value: 2, other: b}, {name: 3, value: 3}]",
            patch: """
                $setElementOrder/mergingList: [{name: 4}, {name: 2}, {name: 1}]
                mergingList: [{name: 4, value: 4}, {name: 3, $patch: delete}]
                """,
            result: "mergingList: [{name: 4, value: 4}, {name: 2, value: 2, other: b}, {name: 1, other: a}]"),
        PatchCase(
            "set elements order in a list with server-only items (three-way)",
            original:
                "mergingList: [{name: 1, other: a}, {name: 3, value: 3}, {name: 4, value: 4}, {name: 2, value: 2}, {name: 9}]",
            patch: "$setElementOrder/mergingList: [{name: 4}, {name: 2}, {name: 3}, {name: 1}]",
            result: """
                mergingList: [{name: 4, value: 4}, {name: 2, value: 2}, {name: 3, value: 3}, {name: 1, other: a}, {name: 9}]
                """),
        PatchCase(
            "set elements order in a list with server-only items 2 (three-way)",
            original:
                "mergingList: [{name: 1, other: a}, {name: 2, value: 2}, {name: 9}, {name: 3, value: 3}, {name: 4, value: 4}]",
            patch: "$setElementOrder/mergingList: [{name: 2}, {name: 1}, {name: 4}, {name: 3}]",
            result: """
                mergingList: [{name: 2, value: 2}, {name: 1, other: a}, {name: 9}, {name: 4, value: 4}, {name: 3, value: 3}]
                """),
        PatchCase(
            "set elements order in a list with server-only items 3 (three-way)",
            original: """
                mergingList: [{name: 1, other: a}, {name: 2, value: 2}, {name: 7}, {name: 9}, {name: 8}, {name: 3, value: 3}, {name: 4, value: 4}]
                """,
            patch: "$setElementOrder/mergingList: [{name: 2}, {name: 1}, {name: 4}, {name: 3}]",
            result: """
                mergingList: [{name: 2, value: 2}, {name: 1, other: a}, {name: 7}, {name: 9}, {name: 8}, {name: 4, value: 4}, {name: 3, value: 3}]
                """),
        PatchCase(
            "behavior of set element order for a merging list with duplicate",
            original: "mergingList: [{name: 1}, {name: 2, value: dup1}, {name: 3}, {name: 2, value: dup2}, {name: 4}]",
            patch: "$setElementOrder/mergingList: [{name: 2}, {name: 1}, {name: 4}, {name: 3}, {name: 2}]",
            result: "mergingList: [{name: 2, value: dup1}, {name: 2, value: dup2}, {name: 1}, {name: 4}, {name: 3}]"),
        PatchCase(
            "delete and reorder in one list, reorder in another",
            original: """
                mergingList: [{name: a, value: a}, {name: b, value: b}]
                mergeItemPtr: [{name: c, value: c}, {name: d, value: d}]
                """,
            patch: """
                $setElementOrder/mergingList: [{name: b}]
                $setElementOrder/mergeItemPtr: [{name: d}, {name: c}]
                mergingList: [{$patch: delete, name: a}]
                """,
            result: """
                mergingList: [{name: b, value: b}]
                mergeItemPtr: [{name: d, value: d}, {name: c, value: c}]
                """),
    ]

    static let mergingIntListCases: [PatchCase] = [
        PatchCase(
            "delete items in lists of scalars (three-way)", original: "mergingIntList: [1, 2, 3, 4]",
            patch: """
                $setElementOrder/mergingIntList: [1, 2]
                $deleteFromPrimitiveList/mergingIntList: [3]
                """,
            result: "mergingIntList: [1, 2, 4]"),
        PatchCase(
            "delete all duplicate items in lists of scalars (three-way)", original: "mergingIntList: [1, 2, 3, 3, 4]",
            patch: """
                $setElementOrder/mergingIntList: [1, 2]
                $deleteFromPrimitiveList/mergingIntList: [3]
                """,
            result: "mergingIntList: [1, 2, 4]"),
        PatchCase(
            "add and delete items in lists of scalars (two-way)", original: "mergingIntList: [1, 2, 3]",
            patch: """
                $setElementOrder/mergingIntList: [1, 2, 4]
                $deleteFromPrimitiveList/mergingIntList: [3]
                mergingIntList: [4]
                """,
            result: "mergingIntList: [1, 2, 4]"),
        PatchCase(
            "merge lists of scalars (three-way)", original: "mergingIntList: [1, 2, 4]",
            patch: """
                $setElementOrder/mergingIntList: [1, 2, 3]
                mergingIntList: [3]
                """,
            result: "mergingIntList: [1, 2, 3, 4]"),
        PatchCase(
            "add an item in a list of primitives and preserve order (three-way)", original: "mergingIntList: [1, 4, 2]",
            patch: """
                $setElementOrder/mergingIntList: [3, 1, 2]
                mergingIntList: [3]
                """,
            result: "mergingIntList: [3, 1, 4, 2]"),
        PatchCase(
            "delete an item in a list of primitives and preserve order (three-way)",
            original: "mergingIntList: [1, 2, 3]",
            patch: """
                $setElementOrder/mergingIntList: [2, 1]
                $deleteFromPrimitiveList/mergingIntList: [3]
                """,
            result: "mergingIntList: [2, 1]"),
        PatchCase(
            "add multiple items in a int list and preserve order (two-way)", original: "mergingIntList: [1, 2]",
            patch: """
                $setElementOrder/mergingIntList: [1, 4, 2, 3]
                mergingIntList: [4, 3]
                """,
            result: "mergingIntList: [1, 4, 2, 3]"),
        PatchCase(
            "add and delete an item in a int list and preserve order (three-way)",
            original: "mergingIntList: [1, 2, 3]",
            patch: """
                $setElementOrder/mergingIntList: [4, 2, 1]
                mergingIntList: [4]
                $deleteFromPrimitiveList/mergingIntList: [3]
                """,
            result: "mergingIntList: [4, 2, 1]"),
        PatchCase(
            "set elements order in a int list with server-only items 2 (three-way)",
            original: "mergingIntList: [1, 2, 9, 3, 4]", patch: "$setElementOrder/mergingIntList: [2, 1, 4, 3]",
            result: "mergingIntList: [2, 1, 9, 4, 3]"),
        PatchCase(
            "set elements order in a int list with server-only items 3 (three-way)",
            original: "mergingIntList: [1, 2, 7, 9, 8, 3, 4]", patch: "$setElementOrder/mergingIntList: [2, 1, 4, 3]",
            result: "mergingIntList: [2, 1, 7, 9, 8, 4, 3]"),
        PatchCase(
            "behavior of set element order for a merging int list with duplicate",
            original: "mergingIntList: [1, 2, 3, 2, 4]", patch: "$setElementOrder/mergingIntList: [2, 1, 4, 3, 2]",
            result: "mergingIntList: [2, 2, 1, 4, 3]"),
    ]

    static let retainKeysCases: [PatchCase] = [
        PatchCase(
            "retainKeys map should clear defaulted field (three-way)", original: "retainKeysMap: {value: foo}",
            patch: "retainKeysMap: {$retainKeys: [other], other: bar}", result: "retainKeysMap: {other: bar}"),
        PatchCase(
            "retainKeys map should clear defaulted field with conflict (discriminated union) (three-way)",
            original: "retainKeysMap: {name: type1, value: foo}",
            patch: "retainKeysMap: {$retainKeys: [name, other], name: type2, other: bar}",
            result: "retainKeysMap: {name: type2, other: bar}"),
        PatchCase(
            "retainKeys map adds a field and clear a field (three-way)",
            original: "retainKeysMap: {name: foo, other: a}",
            patch: "retainKeysMap: {$retainKeys: [name, value], value: bar}",
            result: "retainKeysMap: {name: foo, value: bar}"),
        PatchCase(
            "retainKeys map deletes a field and clears a field (three-way)",
            original: "retainKeysMap: {name: foo, value: bar, other: a}",
            patch: "retainKeysMap: {$retainKeys: [name], value: null}", result: "retainKeysMap: {name: foo}"),
        PatchCase(
            "retainKeys map clears a field (three-way)", original: "retainKeysMap: {name: foo, value: bar, other: a}",
            patch: "retainKeysMap: {$retainKeys: [name, value]}", result: "retainKeysMap: {name: foo, value: bar}"),
        PatchCase(
            "retainKeys map adds a field in a nested map (three-way)",
            original: "retainKeysMap: {name: foo, value: bar, simpleMap: {key1: a, key3: c}}",
            patch: "retainKeysMap: {$retainKeys: [name, simpleMap, value], simpleMap: {key2: b}}",
            result: "retainKeysMap: {name: foo, value: bar, simpleMap: {key1: a, key2: b, key3: c}}"),
        PatchCase(
            "retainKeys map deletes a field in a nested map (three-way)",
            original: "retainKeysMap: {name: foo, value: bar, simpleMap: {key1: a, key2: b, key3: c}}",
            patch: "retainKeysMap: {$retainKeys: [name, simpleMap, value], simpleMap: {key2: null}}",
            result: "retainKeysMap: {name: foo, value: bar, simpleMap: {key1: a, key3: c}}"),
        PatchCase(
            "retainKeys map replaces non-merging list (three-way)",
            original: "retainKeysMap: {name: foo, value: bar, nonMergingList: [{name: a}, {name: b}]}",
            patch: """
                retainKeysMap: {$retainKeys: [name, nonMergingList, value], nonMergingList: [{name: a}, {name: c}, {name: b}]}
                """,
            result: "retainKeysMap: {name: foo, value: bar, nonMergingList: [{name: a}, {name: c}, {name: b}]}"),
        PatchCase(
            "retainKeys map delete nested non-merging list with conflict (three-way)",
            original: "retainKeysMap: {name: foo, nonMergingList: [{name: a}, {name: b}, {name: c}]}",
            patch: "retainKeysMap: {$retainKeys: [name, value], value: bar, nonMergingList: null}",
            result: "retainKeysMap: {name: foo, value: bar}"),
        PatchCase(
            "retainKeys map nested merging int list with no change (three-way)",
            original: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 3]}",
            patch: """
                retainKeysMap: {$retainKeys: [mergingIntList, name, value], $setElementOrder/mergingIntList: [1, 2], value: bar}
                """,
            result: "retainKeysMap: {name: foo, value: bar, mergingIntList: [1, 2, 3]}"),
        PatchCase(
            "retainKeys map adds an item in nested merging int list (three-way)",
            original: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 3]}",
            patch: """
                retainKeysMap: {$setElementOrder/mergingIntList: [1, 2, 4], $retainKeys: [mergingIntList, name], mergingIntList: [4]}
                """,
            result: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 4, 3]}"),
        PatchCase(
            "retainKeys map deletes an item in nested merging int list (three-way)",
            original: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 3, 4]}",
            patch: """
                retainKeysMap:
                  $retainKeys: [mergingIntList, name]
                  $deleteFromPrimitiveList/mergingIntList: [2]
                  $setElementOrder/mergingIntList: [1, 3]
                """,
            result: "retainKeysMap: {name: foo, mergingIntList: [1, 3, 4]}"),
        PatchCase(
            "retainKeys map adds an item and deletes an item in nested merging int list (three-way)",
            original: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 3, 4]}",
            patch: """
                retainKeysMap:
                  $retainKeys: [mergingIntList, name]
                  mergingIntList: [5]
                  $deleteFromPrimitiveList/mergingIntList: [2]
                  $setElementOrder/mergingIntList: [1, 3, 5]
                """,
            result: "retainKeysMap: {name: foo, mergingIntList: [1, 3, 5, 4]}"),
        PatchCase(
            "retainKeys map deletes nested merging int list (three-way)",
            original: "retainKeysMap: {name: foo, mergingIntList: [1, 2, 3]}",
            patch: "retainKeysMap: {$retainKeys: [name], mergingIntList: null}", result: "retainKeysMap: {name: foo}"),
        PatchCase(
            "retainKeys map adds an item in nested merging list (three-way)",
            original: "retainKeysMap: {name: foo, mergingList: [{name: a}, {name: b}, {name: x}]}",
            patch: """
                retainKeysMap:
                  $retainKeys: [mergingList, name]
                  $setElementOrder/mergingList: [{name: a}, {name: b}, {name: c}]
                  mergingList: [{name: c}]
                """,
            result: "retainKeysMap: {name: foo, mergingList: [{name: a}, {name: b}, {name: c}, {name: x}]}"),
        PatchCase(
            "retainKeys map deletes an item in nested merging list (three-way)",
            original: "retainKeysMap: {name: foo, mergingList: [{name: a}, {name: b}, {name: x}]}",
            patch: """
                retainKeysMap:
                  $retainKeys: [mergingList, name]
                  $setElementOrder/mergingList: [{name: a}]
                  mergingList: [{name: b, $patch: delete}]
                """,
            result: "retainKeysMap: {name: foo, mergingList: [{name: a}, {name: x}]}"),
        PatchCase(
            "retainKeys list of maps clears a field (three-way)",
            original: "retainKeysMergingList: [{name: bar}, {name: foo, value: a, other: x}]",
            patch: """
                $setElementOrder/retainKeysMergingList: [{name: bar}, {name: foo}]
                retainKeysMergingList: [{$retainKeys: [name, value], name: foo}]
                """,
            result: "retainKeysMergingList: [{name: bar}, {name: foo, value: a}]"),
        PatchCase(
            "retainKeys list of maps changes a field and clear a field with conflict (three-way)",
            original: "retainKeysMergingList: [{name: bar}, {name: foo, value: modified, other: x}]",
            patch: """
                $setElementOrder/retainKeysMergingList: [{name: bar}, {name: foo}]
                retainKeysMergingList: [{$retainKeys: [name, value], name: foo, value: new}]
                """,
            result: "retainKeysMergingList: [{name: bar}, {name: foo, value: new}]"),
        PatchCase(
            "retainKeys list of maps deletes a field and clear a field (three-way)",
            original: "retainKeysMergingList: [{name: bar}, {name: foo, value: a, other: x}]",
            patch: """
                $setElementOrder/retainKeysMergingList: [{name: bar}, {name: foo}]
                retainKeysMergingList: [{$retainKeys: [name], name: foo, value: null}]
                """,
            result: "retainKeysMergingList: [{name: bar}, {name: foo}]"),
    ]

    @Test(arguments: mergingListCases)
    func mergingList(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }

    @Test(arguments: mergingIntListCases)
    func mergingIntList(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }

    @Test(arguments: retainKeysCases)
    func retainKeys(_ patchCase: PatchCase) throws {
        try patchCase.check(schema: PatchSchemaFixtures.mergeItem)
    }
}
