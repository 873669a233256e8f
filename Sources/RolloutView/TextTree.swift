/// A tree of text drawn with box-drawing connectors, each line within a width:
///
/// ```
/// Model fraud-detector (risk): RollingOut
/// ├─ stable    2.0.0, weight 90%
/// └─ rollout   2.1.0 from 2.0.0: Progressing
///    └─ step      1 of 3, weight 10%
/// ```
///
/// A node's text is made for the columns left beside its connector, so it can wrap or cut
/// itself to fit; lines after its first are drawn under it, with the bar down to its children.
public struct TextTree: Sendable {
    /// The node's lines, given the columns they may take.
    public var content: @Sendable (Int) -> [String]
    public var children: [TextTree]

    public init(content: @escaping @Sendable (Int) -> [String], children: [TextTree] = []) {
        self.content = content
        self.children = children
    }

    /// One line, cut to fit.
    public static func line(_ text: String, children: [TextTree] = []) -> TextTree {
        TextTree(content: { [TerminalText.truncate(text, to: $0)] }, children: children)
    }

    /// How a field's value that is too long for its line is fitted.
    public enum Overflow: Sendable {
        /// Continued on the next lines, under the value.
        case wrap
        /// Cut, ending in `…`.
        case truncate
    }

    /// `label` padded to `labelWidth`, then `value`.
    public static func field(
        _ label: String, _ value: String, labelWidth: Int, overflow: Overflow = .truncate, children: [TextTree] = []
    ) -> TextTree {
        TextTree(
            content: { width in
                let labelColumns = min(labelWidth, max(0, width / 3))
                let head = TerminalText.pad(TerminalText.truncate(label, to: labelColumns), to: labelColumns)
                let valueColumns = max(1, width - labelColumns)
                let value = TerminalText.singleLine(value)
                switch overflow {
                case .truncate:
                    return [head + TerminalText.truncate(value, to: valueColumns)]
                case .wrap:
                    let lines = TerminalText.wrap(value, to: valueColumns)
                    let indent = String(repeating: " ", count: labelColumns)
                    return [head + lines[0]] + lines.dropFirst().map { indent + $0 }
                }
            }, children: children)
    }

    /// The tree's lines, none wider than `width` columns.
    public func render(width: Int) -> [String] {
        var lines: [String] = []
        draw(into: &lines, first: "", rest: "", childPrefix: "", width: width)
        return lines.map { TerminalText.truncate($0, to: width) }
    }

    private func draw(into lines: inout [String], first: String, rest: String, childPrefix: String, width: Int) {
        let own = content(max(1, width - TerminalText.width(first)))
        for (index, line) in own.enumerated() {
            if index == 0 {
                lines.append(first + line)
            } else if !children.isEmpty, line.hasPrefix(" ") {
                lines.append(rest + "│" + line.dropFirst())
            } else {
                lines.append(rest + line)
            }
        }
        for (index, child) in children.enumerated() {
            let last = index == children.count - 1
            child.draw(
                into: &lines, first: childPrefix + (last ? "└─ " : "├─ "), rest: childPrefix + (last ? "   " : "│  "),
                childPrefix: childPrefix + (last ? "   " : "│  "), width: width)
        }
    }
}
