/// The explicit tag on a scalar, as far as resolution cares.
enum ScalarTag: Equatable {
    case str, binary, timestamp, bool, int, float, null, merge
    /// A local tag (`!foo`), the non-specific tag `!`, or a standard tag that means nothing for a
    /// scalar (`!!map`): go-yaml keeps such a scalar's text.
    case other

    private static let standardPrefix = Array("tag:yaml.org,2002:".utf8)

    /// Classifies libyaml's tag text; libyaml has already expanded `!!int` to
    /// `tag:yaml.org,2002:int`.
    init(_ tag: UnsafePointer<UInt8>) {
        let text = UnsafeBufferPointer(start: tag, count: Self.length(of: tag))
        let prefix = Self.standardPrefix
        guard text.count > prefix.count, text.prefix(prefix.count).elementsEqual(prefix) else {
            self = .other
            return
        }
        switch String(decoding: text.dropFirst(prefix.count), as: UTF8.self) {
        case "str": self = .str
        case "binary": self = .binary
        case "timestamp": self = .timestamp
        case "bool": self = .bool
        case "int": self = .int
        case "float": self = .float
        case "null": self = .null
        case "merge": self = .merge
        default: self = .other
        }
    }

    private static func length(of text: UnsafePointer<UInt8>) -> Int {
        var count = 0
        while text[count] != 0 { count += 1 }
        return count
    }
}
