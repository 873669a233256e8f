/// One operation of a JSON Patch (RFC 6902).
public enum JSONPatchOperation: Sendable, Hashable {
    /// Adds a member, inserts an array element (`-` appends), or replaces the whole document.
    case add(path: JSONPointer, value: JSONValue)
    /// Removes a value that must exist.
    case remove(path: JSONPointer)
    /// Replaces a value that must exist.
    case replace(path: JSONPointer, value: JSONValue)
    /// Removes the value at `from` and adds it at `path`; `path` may not lie inside `from`.
    case move(from: JSONPointer, path: JSONPointer)
    /// Adds a copy of the value at `from` at `path`.
    case copy(from: JSONPointer, path: JSONPointer)
    /// Fails the whole patch unless the value at `path` equals `value` (numbers compare by value,
    /// objects ignore key order).
    case test(path: JSONPointer, value: JSONValue)

    /// The `op` member: "add", "remove", "replace", "move", "copy" or "test".
    public var name: String {
        switch self {
        case .add: return "add"
        case .remove: return "remove"
        case .replace: return "replace"
        case .move: return "move"
        case .copy: return "copy"
        case .test: return "test"
        }
    }

    public var path: JSONPointer {
        switch self {
        case let .add(path, _), let .remove(path), let .replace(path, _), let .move(_, path),
            let .copy(_, path), let .test(path, _):
            return path
        }
    }

    /// The operation as a patch document member: `{"op": "add", "path": "/a", "value": 1}`.
    public var jsonValue: JSONValue {
        var members: JSONObject = ["op": .string(name), "path": .string(path.description)]
        switch self {
        case let .add(_, value), let .replace(_, value), let .test(_, value):
            members["value"] = value
        case let .move(from, _), let .copy(from, _):
            members["from"] = .string(from.description)
        case .remove:
            break
        }
        return .object(members)
    }

    /// Reads one member of a patch document. Unknown members are ignored, as RFC 6902 requires.
    public init(_ json: JSONValue) throws(JSONPatchError.Reason) {
        guard case let .object(members) = json else {
            throw .invalidPatch("an operation must be an object, found \(json.typeName)")
        }
        guard let op = members["op"] else { throw .invalidPatch("missing \"op\"") }
        guard let name = op.stringValue else { throw .invalidPatch("\"op\" must be a string, found \(op.typeName)") }

        func pointer(_ member: String) throws(JSONPatchError.Reason) -> JSONPointer {
            guard let value = members[member] else { throw .invalidPatch("\"\(name)\" needs \"\(member)\"") }
            guard let text = value.stringValue else {
                throw .invalidPatch("\"\(member)\" must be a string, found \(value.typeName)")
            }
            do {
                return try JSONPointer(text)
            } catch {
                throw .pointer(error)
            }
        }
        func value() throws(JSONPatchError.Reason) -> JSONValue {
            // Presence is what counts: `"value": null` is a value.
            guard let value = members["value"] else { throw .invalidPatch("\"\(name)\" needs \"value\"") }
            return value
        }

        switch name {
        case "add": self = .add(path: try pointer("path"), value: try value())
        case "remove": self = .remove(path: try pointer("path"))
        case "replace": self = .replace(path: try pointer("path"), value: try value())
        case "move": self = .move(from: try pointer("from"), path: try pointer("path"))
        case "copy": self = .copy(from: try pointer("from"), path: try pointer("path"))
        case "test": self = .test(path: try pointer("path"), value: try value())
        default:
            throw .invalidPatch("unknown op \"\(name)\"; expected add, remove, replace, move, copy or test")
        }
    }

    func apply(to document: inout JSONValue) throws(JSONPatchError.Reason) {
        switch self {
        case let .add(path, value):
            try resolving { () throws(JSONPointerError) in try document.insertValue(value, at: path) }
        case let .remove(path):
            try resolving { () throws(JSONPointerError) in try document.removeValue(at: path) }
        case let .replace(path, value):
            try resolving { () throws(JSONPointerError) in
                _ = try document.value(at: path)
                try document.setValue(value, at: path)
            }
        case let .move(from, path):
            if from.isProperPrefix(of: path) { throw .moveIntoDescendant(from: from, path: path) }
            try resolving { () throws(JSONPointerError) in
                if from == path {
                    _ = try document.value(at: from)
                } else {
                    try document.insertValue(try document.removeValue(at: from), at: path)
                }
            }
        case let .copy(from, path):
            try resolving { () throws(JSONPointerError) in
                try document.insertValue(try document.value(at: from), at: path)
            }
        case let .test(path, expected):
            let actual = try resolving { () throws(JSONPointerError) in try document.value(at: path) }
            guard actual == expected else { throw .testFailed(path: path, expected: expected, actual: actual) }
        }
    }

    @discardableResult
    private func resolving<Result>(
        _ body: () throws(JSONPointerError) -> Result
    ) throws(JSONPatchError.Reason) -> Result {
        do {
            return try body()
        } catch {
            throw .pointer(error)
        }
    }
}
