/// Why a JSON Patch could not be read or applied, and which operation failed.
public struct JSONPatchError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Error, Sendable, Hashable, CustomStringConvertible {
        /// The patch document itself is malformed (not an array, a missing or unknown `op`, a
        /// missing `path`, `from` or `value`).
        case invalidPatch(String)
        /// A `path` or `from` is not a pointer, or does not lead where the operation needs it to.
        case pointer(JSONPointerError)
        /// A `test` operation found a different value.
        case testFailed(path: JSONPointer, expected: JSONValue, actual: JSONValue)
        /// A `move` into its own descendant, which RFC 6902 forbids.
        case moveIntoDescendant(from: JSONPointer, path: JSONPointer)

        public var description: String {
            switch self {
            case let .invalidPatch(message):
                return message
            case let .pointer(error):
                return error.description
            case let .testFailed(path, expected, actual):
                let show = { (value: JSONValue) in (try? value.jsonString()) ?? "\(value)" }
                return "test failed: the value at \"\(path)\" is \(show(actual)), expected \(show(expected))"
            case let .moveIntoDescendant(from, path):
                return "cannot move \"\(from)\" into its own descendant \"\(path)\""
            }
        }
    }

    /// The 0-based index of the failing operation; `nil` when the patch is not an array at all.
    public var operationIndex: Int?
    public var reason: Reason

    public init(operationIndex: Int?, reason: Reason) {
        self.operationIndex = operationIndex
        self.reason = reason
    }

    public var description: String {
        guard let operationIndex else { return "invalid JSON patch: \(reason)" }
        return "JSON patch operation \(operationIndex): \(reason)"
    }
}
