import CYAML
import KubeCore

/// Writes JSON values as YAML documents through libyaml: block style, keys in stored order,
/// empty arrays and objects as `[]` and `{}`, numbers in a form that reads back as the same
/// type. The walk keeps its own stack, so no value is too deep to write.
enum ValueEmitter {
    private enum Step {
        case value(JSONValue)
        case key(String)
        case endSequence
        case endMapping
    }

    static func emit(_ documents: [JSONValue]) throws(YAMLError) -> String {
        let emitter = try LibYAMLEmitter()
        try emitter.streamStart()
        for document in documents {
            try emitter.documentStart()
            try emit(document, to: emitter)
            try emitter.documentEnd()
        }
        try emitter.streamEnd()
        return try emitter.text()
    }

    private static func emit(_ root: JSONValue, to emitter: LibYAMLEmitter) throws(YAMLError) {
        var steps: [Step] = [.value(root)]
        while let step = steps.popLast() {
            switch step {
            case let .key(key):
                try emitter.scalar(key, style: StringStyle.style(for: key, isKey: true))
            case .endSequence:
                try emitter.sequenceEnd()
            case .endMapping:
                try emitter.mappingEnd()
            case let .value(value):
                switch value {
                case .null:
                    try emitter.scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
                case let .bool(flag):
                    try emitter.scalar(flag ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
                case let .integer(number):
                    try emitter.scalar(String(number), style: YAML_PLAIN_SCALAR_STYLE)
                case let .number(number):
                    try emitter.scalar(text(of: number), style: YAML_PLAIN_SCALAR_STYLE)
                case let .string(text):
                    try emitter.scalar(text, style: StringStyle.style(for: text, isKey: false))
                case let .array(elements):
                    try emitter.sequenceStart(flow: elements.isEmpty)
                    steps.append(.endSequence)
                    steps.append(contentsOf: elements.reversed().lazy.map(Step.value))
                case let .object(members):
                    try emitter.mappingStart(flow: members.isEmpty)
                    steps.append(.endMapping)
                    for (key, member) in members.elements.reversed() {
                        steps.append(.value(member))
                        steps.append(.key(key))
                    }
                }
            }
        }
    }

    /// A double in a form `ScalarResolver` reads back as a float: Swift's shortest round-trip
    /// text always has a `.` or an exponent (`1.0`, `1e-05`), and go-yaml's spellings of the
    /// non-finite values.
    private static func text(of number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        return number.description
    }
}
