extension JSONValue {
    /// The value the pointer refers to; `nil` when it refers to nothing.
    public subscript(pointer pointer: JSONPointer) -> JSONValue? {
        try? value(at: pointer)
    }

    /// The value the pointer refers to, or why there is none.
    public func value(at pointer: JSONPointer) throws(JSONPointerError) -> JSONValue {
        var current = self
        for (position, token) in pointer.tokens.enumerated() {
            switch current {
            case let .object(members):
                guard let member = members[token] else {
                    throw Self.notFound(pointer, position, "has no member \"\(token)\"")
                }
                current = member
            case let .array(elements):
                let index = try Self.existingIndex(token, in: elements, pointer, position)
                current = elements[index]
            default:
                throw Self.notAContainer(pointer, position, current)
            }
        }
        return current
    }

    /// Puts `newValue` where the pointer refers: the whole document for the root, a member of an
    /// object (added or replaced), an element of an array (replaced, or appended for `-` or an
    /// index equal to the count). Everything above the last token must exist.
    public mutating func setValue(_ newValue: JSONValue, at pointer: JSONPointer) throws(JSONPointerError) {
        try place(newValue, at: pointer, insertingIntoArrays: false)
    }

    /// JSON Patch `add`: like `setValue(_:at:)`, except that an array index inserts before the
    /// element there instead of replacing it.
    mutating func insertValue(_ newValue: JSONValue, at pointer: JSONPointer) throws(JSONPointerError) {
        try place(newValue, at: pointer, insertingIntoArrays: true)
    }

    private mutating func place(
        _ newValue: JSONValue, at pointer: JSONPointer, insertingIntoArrays: Bool
    ) throws(JSONPointerError) {
        guard let last = pointer.tokens.last else {
            self = newValue
            return
        }
        try modifyContainer(of: pointer) { (container) throws(JSONPointerError) in
            switch container {
            case .object(var members):
                container = .null
                members[last] = newValue
                container = .object(members)
            case .array(var elements):
                let index = try Self.insertionIndex(last, in: elements, pointer)
                container = .null
                if insertingIntoArrays || index == elements.count {
                    elements.insert(newValue, at: index)
                } else {
                    elements[index] = newValue
                }
                container = .array(elements)
            default:
                throw Self.notAContainer(pointer, pointer.tokens.count - 1, container)
            }
        }
    }

    /// Removes and returns the value the pointer refers to, which must exist. The root cannot
    /// be removed.
    @discardableResult
    public mutating func removeValue(at pointer: JSONPointer) throws(JSONPointerError) -> JSONValue {
        guard let last = pointer.tokens.last else {
            throw JSONPointerError(
                pointer: pointer.description, reason: .rootNotAllowed, message: "the document root cannot be removed")
        }
        return try modifyContainer(of: pointer) { (container) throws(JSONPointerError) -> JSONValue in
            switch container {
            case .object(var members):
                guard let index = members.index(forKey: last) else {
                    throw Self.notFound(pointer, pointer.tokens.count - 1, "has no member \"\(last)\"")
                }
                container = .null
                let removed = members.remove(at: index).value
                container = .object(members)
                return removed
            case .array(var elements):
                let index = try Self.existingIndex(last, in: elements, pointer, pointer.tokens.count - 1)
                container = .null
                let removed = elements.remove(at: index)
                container = .array(elements)
                return removed
            default:
                throw Self.notAContainer(pointer, pointer.tokens.count - 1, container)
            }
        }
    }

    /// A path of object keys (`value[path: ["spec", "template"]]`): `nil` when any step is missing
    /// or not an object. Setting creates the missing objects on the way (and turns a non-object
    /// on the way into one, as `self[key] = ` does); setting `nil` removes the last key.
    public subscript(path path: [String]) -> JSONValue? {
        get {
            var current: JSONValue? = self
            for key in path { current = current?[key] }
            return current
        }
        set {
            setValue(newValue, path: path[...])
        }
    }

    private mutating func setValue(_ newValue: JSONValue?, path: ArraySlice<String>) {
        guard let key = path.first else {
            self = newValue ?? .null
            return
        }
        let rest = path.dropFirst()
        if rest.isEmpty {
            self[key] = newValue
            return
        }
        var members = objectValue ?? [:]
        guard newValue != nil || members[key] != nil else { return }
        self = .null  // let `members` be uniquely referenced so the nested write happens in place
        members[key, default: [:]].setValue(newValue, path: rest)
        self = .object(members)
    }

    // MARK: - Walking

    /// Runs `body` on the value holding the pointer's last token, mutating it in place.
    private mutating func modifyContainer<Result>(
        of pointer: JSONPointer, _ body: (inout JSONValue) throws(JSONPointerError) -> Result
    ) throws(JSONPointerError) -> Result {
        try modify(pointer.tokens.dropLast(), of: pointer, body)
    }

    private mutating func modify<Result>(
        _ tokens: ArraySlice<String>, of pointer: JSONPointer,
        _ body: (inout JSONValue) throws(JSONPointerError) -> Result
    ) throws(JSONPointerError) -> Result {
        guard let token = tokens.first else { return try body(&self) }
        let position = tokens.startIndex
        switch self {
        case .object(var members):
            guard let index = members.index(forKey: token) else {
                throw Self.notFound(pointer, position, "has no member \"\(token)\"")
            }
            // Detach `members` from `self` so that the write below does not copy the storage.
            self = .null
            defer { self = .object(members) }
            return try members.values[index].modify(tokens.dropFirst(), of: pointer, body)
        case .array(var elements):
            let index = try Self.existingIndex(token, in: elements, pointer, position)
            self = .null
            defer { self = .array(elements) }
            return try elements[index].modify(tokens.dropFirst(), of: pointer, body)
        default:
            throw Self.notAContainer(pointer, position, self)
        }
    }

    // MARK: - Array indexes

    /// RFC 6901: an index is `0` or digits without a leading zero.
    private static func parseIndex(_ token: String) -> Int? {
        let utf8 = token.utf8
        guard let first = utf8.first, first != UInt8(ascii: "0") || utf8.count == 1,
            utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return Int(token)  // nil on overflow, which is out of range anyway
    }

    private static func existingIndex(
        _ token: String, in elements: [JSONValue], _ pointer: JSONPointer, _ position: Int
    ) throws(JSONPointerError) -> Int {
        if token == "-" {
            throw notFound(pointer, position, "has no element '-' (it names the position after the last element)")
        }
        guard let index = parseIndex(token) else { throw invalidIndex(pointer, position, token) }
        guard index < elements.count else {
            throw notFound(pointer, position, "has no index \(token) (the array has \(elements.count) elements)")
        }
        return index
    }

    private static func insertionIndex(
        _ token: String, in elements: [JSONValue], _ pointer: JSONPointer
    ) throws(JSONPointerError) -> Int {
        let position = pointer.tokens.count - 1
        if token == "-" { return elements.count }
        guard let index = parseIndex(token) else { throw invalidIndex(pointer, position, token) }
        guard index <= elements.count else {
            throw notFound(pointer, position, "has no index \(token) (the array has \(elements.count) elements)")
        }
        return index
    }

    // MARK: - Errors

    /// "the array at /spec/items" / "the document root": where the walk stopped.
    private static func location(_ pointer: JSONPointer, _ position: Int) -> String {
        position == 0 ? "the document root" : JSONPointer(tokens: Array(pointer.tokens[..<position])).description
    }

    private static func notFound(_ pointer: JSONPointer, _ position: Int, _ detail: String) -> JSONPointerError {
        JSONPointerError(
            pointer: pointer.description, reason: .notFound, message: "\(location(pointer, position)) \(detail)")
    }

    private static func invalidIndex(_ pointer: JSONPointer, _ position: Int, _ token: String) -> JSONPointerError {
        JSONPointerError(
            pointer: pointer.description, reason: .invalidArrayIndex,
            message: "\(location(pointer, position)) is an array, and \"\(token)\" is not an array index "
                + "(expected '-' or a decimal number without leading zeros)")
    }

    private static func notAContainer(_ pointer: JSONPointer, _ position: Int, _ value: JSONValue) -> JSONPointerError {
        JSONPointerError(
            pointer: pointer.description, reason: .notAContainer,
            message: "\(location(pointer, position)) is \(described(value)), not an object or array")
    }

    private static func described(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .integer: return "an integer"
        default: return "a \(value.typeName)"
        }
    }
}
