extension KeyedDecodingContainer {
    /// The field's value, or `defaultValue` when it is absent or `null`: how a type decodes a
    /// field that its CRD schema defaults, so that an object the API server has not defaulted
    /// (a test fixture, a manifest read from disk) means the same as one it has.
    func decode<Value: Decodable>(_ key: Key, default defaultValue: Value) throws -> Value {
        try decodeIfPresent(Value.self, forKey: key) ?? defaultValue
    }
}
