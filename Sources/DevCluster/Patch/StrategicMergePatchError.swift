import KubeCore

/// Why a strategic merge patch could not be applied. `message` is the text kube-apiserver puts
/// in the Status (from k8s.io/apimachinery/pkg/util/mergepatch/errors.go and strategicpatch), and
/// `category` the way it answers.
struct StrategicMergePatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How kube-apiserver classifies the error (`interpretStrategicMergePatchError` in
    /// k8s.io/apiserver/pkg/endpoints/handlers/patch.go).
    enum Category: Hashable, Sendable {
        /// 400 Bad Request: the patch document is malformed.
        case badRequest
        /// 422 Unprocessable Entity.
        case unprocessableEntity
        /// Passed through unclassified, which kube-apiserver turns into a 500 whose reason is
        /// empty; kubectl prints it as `Error from server: <message>`.
        case unclassified
    }

    var category: Category
    var message: String

    /// The HTTP status kube-apiserver answers with.
    var statusCode: Int {
        switch category {
        case .badRequest: return 400
        case .unprocessableEntity: return 422
        case .unclassified: return 500
        }
    }

    var description: String { message }
}

// MARK: - The errors apimachinery raises, with its wording

extension StrategicMergePatchError {
    /// The request body decodes to something other than an object (Go's `json.Unmarshal` into a map).
    static func patchNotAnObject(_ patch: JSONValue) -> Self {
        let jsonType: String
        switch patch {
        case .array: jsonType = "array"
        case .string: jsonType = "string"
        case .bool: jsonType = "bool"
        default: jsonType = "number"
        }
        return Self(
            category: .badRequest,
            message: "json: cannot unmarshal \(jsonType) into Go value of type map[string]interface {}")
    }

    /// `ErrBadJSONDoc`: the object to patch is not a JSON object.
    static let originalNotAnObject = Self(category: .badRequest, message: "invalid JSON document")

    /// The patch nests deeper than the caller allows; the recursion that applies it must stay
    /// within a thread's stack.
    static func nestedTooDeeply(limit: Int) -> Self {
        Self(category: .badRequest, message: "nesting is deeper than the maximum depth of \(limit)")
    }

    /// `ErrBadPatchFormatForPrimitiveList`
    static let badPrimitiveListFormat = Self(category: .badRequest, message: "invalid patch format of primitive list")
    /// `ErrBadPatchFormatForRetainKeys`
    static let badRetainKeysFormat = Self(category: .badRequest, message: "invalid patch format of retainKeys")
    /// `ErrBadPatchFormatForSetElementOrderList`
    static let badSetElementOrderFormat = Self(
        category: .badRequest, message: "invalid patch format of setElementOrder list")
    /// `ErrNoListOfLists`
    static let listOfLists = Self(category: .unprocessableEntity, message: "lists of lists are not supported")

    /// `ErrNoMergeKey`
    static func missingMergeKey(_ item: JSONObject, _ mergeKey: String) -> Self {
        Self(
            category: .unclassified,
            message: "map: \(GoFormat.value(.object(item))) does not contain declared merge key: \(mergeKey)")
    }

    /// `ErrBadArgType`
    static func unexpectedType(expected: ValueKind, actual: JSONValue) -> Self {
        Self(
            category: .unclassified,
            message: "expected a \(expected.goTypeName), but received a \(ValueKind(actual).goTypeName)")
    }

    /// `ErrBadPatchType`: a `$patch` value other than `replace` or `delete` (or `merge` in a map).
    static func unknownPatchType(_ directive: JSONValue, in item: JSONObject) -> Self {
        Self(
            category: .unclassified,
            message: "unknown patch type: \(GoFormat.string(directive)) in map: \(GoFormat.value(.object(item)))")
    }

    static let mergeDirectiveInList = Self(
        category: .unclassified, message: "merging lists cannot yet be specified in the patch")

    static func mixedElementTypes(_ lists: [[JSONValue]]) -> Self {
        Self(
            category: .unclassified,
            message: "list element types are not identical: \(GoFormat.value(.array(lists.map(JSONValue.array))))")
    }

    static let noElements = Self(category: .unclassified, message: "no elements in any of the given slices")

    /// A merging list of maps whose schema declares no merge key. apimachinery names the Go kind
    /// of the element type; the field says more.
    static func listWithoutMergeKey(field: String) -> Self {
        Self(category: .unclassified, message: "cannot merge lists without merge key for \(field)")
    }

    /// The patch list names its items in an order that `$setElementOrder` contradicts.
    static func orderMismatch(list: [JSONValue], order: [JSONValue]) -> Self {
        Self(
            category: .unclassified,
            message: "the order in patch list:\n\(GoFormat.value(.array(list)))\n doesn't match "
                + "\(PatchDirective.setElementOrder) list:\n\(GoFormat.value(.array(order)))")
    }

    /// A list searched by merge key holds something other than a map at `index`.
    static func notAMap(index: Int) -> Self {
        Self(category: .unclassified, message: "value for key \(index) is not a map")
    }

    /// `x-kubernetes-patch-strategy` names two strategies of which neither is `retainKeys`, or more
    /// than two.
    static func unexpectedPatchStrategy(_ strategies: [String]) -> Self {
        Self(category: .unclassified, message: "unexpected patch strategy: [\(strategies.joined(separator: " "))]")
    }
}
