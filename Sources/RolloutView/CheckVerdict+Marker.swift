import BatonAPI

extension CheckVerdict {
    /// The mark before a check's row: one column each, distinct without color.
    public var marker: String {
        switch self {
        case .pass: "✔"
        case .fail: "✖"
        case .inconclusive: "?"
        }
    }
}
