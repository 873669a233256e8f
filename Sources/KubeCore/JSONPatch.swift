/// A JSON Patch (RFC 6902): the `application/json-patch+json` patch type, a list of operations
/// applied in order, all or nothing.
public struct JSONPatch: Sendable, Hashable {
    public var operations: [JSONPatchOperation]

    public init(_ operations: [JSONPatchOperation]) {
        self.operations = operations
    }

    /// Reads a patch document: an array of operation objects.
    public init(_ json: JSONValue) throws(JSONPatchError) {
        guard case let .array(elements) = json else {
            throw JSONPatchError(
                operationIndex: nil,
                reason: .invalidPatch("a JSON patch must be an array of operations, found \(json.typeName)"))
        }
        var operations: [JSONPatchOperation] = []
        operations.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            do {
                operations.append(try JSONPatchOperation(element))
            } catch {
                throw JSONPatchError(operationIndex: index, reason: error)
            }
        }
        self.operations = operations
    }

    /// The patch document.
    public var jsonValue: JSONValue {
        .array(operations.map(\.jsonValue))
    }

    /// Applies every operation in order. If one fails, `document` is left exactly as it was.
    public func apply(to document: inout JSONValue) throws(JSONPatchError) {
        document = try applied(to: document)
    }

    /// The document with every operation applied.
    public func applied(to document: JSONValue) throws(JSONPatchError) -> JSONValue {
        // Work on a copy: copy-on-write duplicates only the containers along the changed paths,
        // and the caller's value stays untouched until everything has succeeded.
        var result = document
        for (index, operation) in operations.enumerated() {
            do {
                try operation.apply(to: &result)
            } catch {
                throw JSONPatchError(operationIndex: index, reason: error)
            }
        }
        return result
    }
}

extension JSONPatch: Codable {
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        do {
            try self.init(json)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
