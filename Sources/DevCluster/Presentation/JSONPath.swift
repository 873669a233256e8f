import KubeCore

/// The JSONPath subset that CRD printer columns use (`.status.replicas`,
/// `.status.conditions[?(@.type=="Ready")].status`, `.spec.items[0].name`, `.spec.items[*].name`,
/// `.metadata.labels['app\.kubernetes\.io/name']`). A path that does not parse has no results,
/// which prints as an empty cell, as kube-apiserver prints unresolvable columns.
struct JSONPath: Sendable {
    private enum Step: Sendable {
        case field(String)
        case index(Int)
        case all
        case filter(path: [String], equals: String)
    }

    private let steps: [Step]?

    init(_ expression: String) {
        var text = expression.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{") && text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
        if text.hasPrefix("$") { text.removeFirst() }
        steps = Self.parse(Substring(text))
    }

    /// Every value the path selects, in document order.
    func values(in object: JSONValue) -> [JSONValue] {
        guard let steps else { return [] }
        var current = [object]
        for step in steps {
            current = current.flatMap { value -> [JSONValue] in
                switch step {
                case .field(let name): return value[name].map { [$0] } ?? []
                case .index(let index):
                    guard let array = value.arrayValue else { return [] }
                    let position = index < 0 ? array.count + index : index
                    return array.indices.contains(position) ? [array[position]] : []
                case .all: return value.arrayValue ?? value.objectValue.map { Array($0.values) } ?? []
                case .filter(let path, let expected):
                    return (value.arrayValue ?? []).filter { element in
                        guard let found = element[path: path] else { return false }
                        return found.stringValue == expected || ((try? found.jsonString()) == expected)
                    }
                }
            }
        }
        return current
    }

    private static func parse(_ text: Substring) -> [Step]? {
        var steps: [Step] = []
        var rest = text
        while let first = rest.first {
            if first == "." {
                rest.removeFirst()
                let name = rest.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty else { return nil }
                steps.append(.field(String(name)))
                rest.removeFirst(name.count)
            } else if first == "[" {
                guard let close = closingBracket(in: rest) else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                guard let step = bracket(inner) else { return nil }
                steps.append(step)
            } else {
                return nil
            }
        }
        return steps
    }

    /// The `]` closing the bracket at the start, skipping quoted text inside.
    private static func closingBracket(in text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == "\\" { index = text.index(after: index) } else if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "]" {
                return index
            }
            if index < text.endIndex { index = text.index(after: index) }
        }
        return nil
    }

    private static func bracket(_ inner: Substring) -> Step? {
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" { return .all }
        if let number = Int(trimmed) { return .index(number) }
        if let quoted = unquote(Substring(trimmed)) { return .field(quoted) }
        guard trimmed.hasPrefix("?(@."), trimmed.hasSuffix(")") else { return nil }
        let condition = trimmed.dropFirst(4).dropLast()
        guard let range = condition.range(of: "==") else { return nil }
        let path = condition[..<range.lowerBound].trimmingCharacters(in: .whitespaces).split(separator: ".").map(String.init)
        let value = condition[range.upperBound...].trimmingCharacters(in: .whitespaces)
        return .filter(path: path, equals: unquote(Substring(value)) ?? value)
    }

    private static func unquote(_ text: Substring) -> String? {
        guard text.count >= 2, let first = text.first, first == text.last, first == "'" || first == "\"" else { return nil }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped { result.append(character); escaped = false } else if character == "\\" { escaped = true } else { result.append(character) }
        }
        return result
    }
}
