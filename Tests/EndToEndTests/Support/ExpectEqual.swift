import Testing

/// `#expect(actual == expected)` for an `actual` that kubectl produces: `#expect` does not
/// show the values of an operand containing `try await`, and a failure must show what the
/// cluster answered.
func expectEqual<T: Equatable>(
    _ actual: T, _ expected: T, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual == expected, comment, sourceLocation: sourceLocation)
}
