import Foundation

/// A check's PromQL with `{{model}}`, `{{namespace}}` and `{{version}}` replaced. The values are
/// escaped as the inside of a PromQL double-quoted string, where the placeholders stand.
struct QueryTemplate: Sendable, Hashable {
    var model: String
    var namespace: String
    var version: String

    func render(_ query: String) -> String {
        query.replacingOccurrences(of: "{{model}}", with: Self.escaped(model))
            .replacingOccurrences(of: "{{namespace}}", with: Self.escaped(namespace))
            .replacingOccurrences(of: "{{version}}", with: Self.escaped(version))
    }

    private static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
