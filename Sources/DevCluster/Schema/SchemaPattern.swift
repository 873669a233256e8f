/// A schema's `pattern`, compiled once when the schema is built so that validating an object
/// never compiles a regular expression.
///
/// kube-apiserver compiles patterns with Go's `regexp` (RE2). Swift's `Regex` understands a
/// superset of RE2's syntax, so `RE2Syntax` first rejects what Go would reject (lookarounds,
/// backreferences, possessive quantifiers, unknown escapes) with Go's own error text; matching
/// then uses Unicode scalars and ASCII-only `\d`, `\s`, `\w` and `\b`, as RE2 does.
struct SchemaPattern: @unchecked Sendable {
    // `Regex<AnyRegexOutput>` is immutable once built and safe to share between threads, but
    // the standard library does not declare `AnyRegexOutput` Sendable.
    let source: String
    /// Go's `regexp.Compile` error text (`error parsing regexp: missing closing ): ...`) when the
    /// pattern does not compile.
    let compileError: String?
    private let regex: Regex<AnyRegexOutput>?

    init(_ source: String) {
        self.source = source
        if let problem = RE2Syntax.problem(in: source) {
            compileError = "error parsing regexp: " + problem
            regex = nil
            return
        }
        do {
            regex = try Regex(source)
                .matchingSemantics(.unicodeScalar)
                .asciiOnlyDigits()
                .asciiOnlyWhitespace()
                .asciiOnlyWordCharacters()
                .wordBoundaryKind(.simple)
            compileError = nil
        } catch {
            compileError = "error parsing regexp: \(error): `\(source)`"
            regex = nil
        }
    }

    /// Whether `text` contains a match, as Go's `MatchString` asks (the pattern is not anchored
    /// unless it says so). A pattern that did not compile matches nothing.
    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return (try? regex.firstMatch(in: text)) != nil
    }
}
