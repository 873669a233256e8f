import CYAML

/// libyaml's event parser over a byte buffer. The buffer must outlive the parser: libyaml reads
/// it in place (`yaml_parser_set_input_string`), without a copy.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeBufferPointer<UInt8>
    /// libyaml insists on a non-null input pointer, even for empty input; this stands in then.
    private let placeholder: UnsafeMutablePointer<UInt8>?

    init(input: UnsafeBufferPointer<UInt8>) throws(YAMLError) {
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLError(line: 0, column: 0, message: "libyaml could not allocate a parser")
        }
        self.input = input
        if let base = input.baseAddress {
            placeholder = nil
            yaml_parser_set_input_string(parser, base, input.count)
        } else {
            let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
            empty.initialize(to: 0)
            placeholder = empty
            yaml_parser_set_input_string(parser, empty, 0)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        placeholder?.deallocate()
    }

    /// Reads the next event into `event`, which the caller must release with `yaml_event_delete`.
    func parse(into event: inout yaml_event_t, documentIndex: Int) throws(YAMLError) {
        guard yaml_parser_parse(parser, &event) == 1 else { throw error(documentIndex: documentIndex) }
    }

    /// libyaml's description of why parsing stopped: the problem, its context and where.
    private func error(documentIndex: Int) -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        switch state.error {
        case YAML_READER_ERROR:
            // Encoding errors carry a byte offset instead of a mark.
            let (line, column) = Self.position(ofByte: state.problem_offset, in: input)
            var message = problem
            if state.problem_value != -1 {
                let hex = String(UInt32(bitPattern: state.problem_value), radix: 16, uppercase: true)
                message += " (0x\(hex.count == 1 ? "0" : "")\(hex) at byte \(state.problem_offset))"
            } else {
                message += " (at byte \(state.problem_offset))"
            }
            if problem.contains("UTF-8") || problem.contains("Unicode") { message = "invalid UTF-8: " + message }
            return YAMLError(line: line, column: column, message: message, documentIndex: documentIndex)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let mark = state.problem_mark
            var message = problem
            if let context = state.context.map({ String(cString: $0) }) {
                message += " " + context
                let start = state.context_mark
                if start.line != mark.line || start.column != mark.column {
                    message += " that started at line \(start.line + 1), column \(start.column + 1)"
                }
            }
            return YAMLError(line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message, documentIndex: documentIndex)
        default:
            return YAMLError(line: 0, column: 0, message: "libyaml: \(problem)", documentIndex: documentIndex)
        }
    }

    /// The 1-based line and column (in characters) of a byte offset in UTF-8 text.
    private static func position(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var previous: UInt8 = 0
        for byte in text.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                if previous != UInt8(ascii: "\r") { line += 1 }
                column = 1
            } else if byte == UInt8(ascii: "\r") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            previous = byte
        }
        return (line, column)
    }
}
