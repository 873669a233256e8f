extension String {
    /// The text with every `{{name}}` replaced by `value`.
    func replacingPlaceholder(_ name: String, with value: String) -> String {
        replacing("{{\(name)}}", with: value)
    }

    /// The text with leading and trailing white space removed.
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// At most `limit` characters: the start, then `…`.
    func truncated(to limit: Int) -> String {
        count <= limit ? self : prefix(limit) + "…"
    }
}
