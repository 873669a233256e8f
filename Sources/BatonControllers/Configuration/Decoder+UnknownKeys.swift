extension Decoder {
    /// Fails on a mapping key that is not in `allowed`, naming it and the keys that are, so a
    /// misspelt setting in the operator's configuration (`storageInitialiserImage`) is an error
    /// at start-up rather than a default silently kept. Anything but a mapping passes: the
    /// typed decoding that follows reports it.
    func rejectUnknownKeys(allowed: [String]) throws {
        guard let container = try? container(keyedBy: AnyKey.self) else { return }
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        let known = allowed.isEmpty ? "it takes no fields" : "known fields: " + allowed.joined(separator: ", ")
        throw DecodingError.dataCorrupted(
            .init(codingPath: codingPath + [AnyKey(stringValue: first)], debugDescription: "unknown field; \(known)"))
    }
}

/// A coding key for whatever a mapping holds.
struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
