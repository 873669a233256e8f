import KubeCore

/// Checks a value against an OpenAPI schema for what the API server would reject and what
/// shows a Swift type and its schema drifting apart: unknown fields (the server would prune
/// them), wrong types, missing required fields, values outside enums, bounds and patterns,
/// unions with the wrong number of members. CEL rules are not evaluated.
enum SchemaChecker {
    /// One line per problem, `path: what is wrong`; empty when the value conforms.
    static func problems(of value: JSONValue, against schema: JSONValue, at path: String = "") -> [String] {
        if schema["x-kubernetes-int-or-string"] == true {
            guard case .integer = value else { return scalarProblems(of: value, against: schema, at: path, type: "string") }
            return []
        }
        switch schema["type"]?.stringValue {
        case "object": return objectProblems(of: value, against: schema, at: path)
        case "array":
            guard let elements = value.arrayValue else { return ["\(path): expected an array, found \(value.typeName)"] }
            var problems: [String] = []
            if let minimum = schema["minItems"]?.intValue, elements.count < minimum {
                problems.append("\(path): fewer than \(minimum) items")
            }
            if let maximum = schema["maxItems"]?.intValue, elements.count > maximum {
                problems.append("\(path): more than \(maximum) items")
            }
            for (index, element) in elements.enumerated() {
                problems += Self.problems(of: element, against: schema["items"] ?? [:], at: "\(path)[\(index)]")
            }
            return problems
        case let type?:
            return scalarProblems(of: value, against: schema, at: path, type: type)
        case nil:
            return ["\(path): the schema has no type"]
        }
    }

    private static func objectProblems(of value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard let members = value.objectValue else { return ["\(path): expected an object, found \(value.typeName)"] }
        var problems: [String] = []
        let properties = schema["properties"]?.objectValue
        for (key, member) in members {
            let memberPath = path.isEmpty ? key : "\(path).\(key)"
            if let property = properties?[key] {
                problems += Self.problems(of: member, against: property, at: memberPath)
            } else if let values = schema["additionalProperties"] {
                problems += Self.problems(of: member, against: values, at: memberPath)
            } else if properties != nil {
                problems.append("\(memberPath): not in the schema")
            }
        }
        for case let .string(required) in schema["required"]?.arrayValue ?? [] where members[required] == nil {
            problems.append("\(path).\(required): required")
        }
        let present = { (alternative: JSONValue) in
            (alternative["required"]?.arrayValue ?? []).allSatisfy { members[$0.stringValue ?? ""] != nil }
        }
        if let alternatives = schema["oneOf"]?.arrayValue, alternatives.filter(present).count != 1 {
            problems.append("\(path): must set exactly one of \(alternatives.compactMap { $0["required"] })")
        }
        if let alternatives = schema["anyOf"]?.arrayValue, !alternatives.contains(where: present) {
            problems.append("\(path): must set one of \(alternatives.compactMap { $0["required"] })")
        }
        return problems
    }

    private static func scalarProblems(of value: JSONValue, against schema: JSONValue, at path: String, type: String) -> [String] {
        switch (type, value) {
        case ("string", .string(let text)):
            var problems: [String] = []
            if let values = schema["enum"]?.arrayValue, !values.contains(value) {
                problems.append("\(path): \"\(text)\" is not one of \(values)")
            }
            if let pattern = schema["pattern"]?.stringValue, (try? Regex(pattern)).map({ text.contains($0) }) != true {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
            if let minimum = schema["minLength"]?.intValue, text.count < minimum {
                problems.append("\(path): shorter than \(minimum)")
            }
            if let maximum = schema["maxLength"]?.intValue, text.count > maximum {
                problems.append("\(path): longer than \(maximum)")
            }
            return problems
        case ("integer", .integer(let number)):
            var problems: [String] = []
            if let minimum = schema["minimum"]?.intValue, number < minimum { problems.append("\(path): below \(minimum)") }
            if let maximum = schema["maximum"]?.intValue, number > maximum { problems.append("\(path): above \(maximum)") }
            return problems
        case ("number", .integer), ("number", .number), ("boolean", .bool):
            return []
        default:
            return ["\(path): expected \(type), found \(value.typeName)"]
        }
    }
}
