/// An RFC 6901 JSON Pointer: the path `/spec/template/metadata/labels/app.kubernetes.io~1name`
/// held as its unescaped reference tokens.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The unescaped reference tokens; empty for the whole document.
    public var tokens: [String]

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses the string form: empty, or `/`-separated tokens in which `~0` stands for `~` and
    /// `~1` for `/`.
    public init(_ text: String) throws(JSONPointerError) {
        guard !text.isEmpty else {
            self.tokens = []
            return
        }
        guard text.utf8.first == UInt8(ascii: "/") else {
            throw JSONPointerError(
                pointer: text, reason: .invalidSyntax, message: "a JSON pointer must be empty or start with '/'")
        }
        var tokens: [String] = []
        for raw in text.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard raw.contains(UInt8(ascii: "~")) else {
                tokens.append(String(Substring(raw)))
                continue
            }
            var unescaped: [UInt8] = []
            var iterator = raw.makeIterator()
            while let byte = iterator.next() {
                guard byte == UInt8(ascii: "~") else {
                    unescaped.append(byte)
                    continue
                }
                switch iterator.next() {
                case UInt8(ascii: "0"): unescaped.append(UInt8(ascii: "~"))
                case UInt8(ascii: "1"): unescaped.append(UInt8(ascii: "/"))
                default:
                    throw JSONPointerError(
                        pointer: text, reason: .invalidSyntax,
                        message: "'~' must be followed by '0' or '1' (write '~0' for '~' and '~1' for '/')")
                }
            }
            tokens.append(String(decoding: unescaped, as: UTF8.self))
        }
        self.tokens = tokens
    }

    /// The escaped string form.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            text += Self.escape(token)
        }
        return text
    }

    /// A reference token escaped for use in a pointer (`a/b~c` becomes `a~1b~0c`).
    public static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        return token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    func prepending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: [token] + tokens)
    }

    /// The pointer to the value that holds this one; `nil` for the root.
    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast()))
    }

    /// True when `other` points strictly inside the value this pointer points to.
    public func isProperPrefix(of other: JSONPointer) -> Bool {
        other.tokens.count > tokens.count && other.tokens.starts(with: tokens)
    }
}
