import CYAML
import KubeCore

/// Reads the documents of a YAML stream one at a time from libyaml's events.
struct DocumentStream {
    struct Document {
        var value: JSONValue
        /// Position among all documents of the stream, empty ones included.
        var index: Int
        var line: Int
        var column: Int
    }

    private let parser: LibYAMLParser
    private let limits: YAMLLimits
    private var offsets: ByteOffsetTracker
    private var documentCount = 0

    /// `input` must stay valid while the stream is read.
    init(input: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) {
        parser = try LibYAMLParser(input: input)
        self.limits = limits
        offsets = ByteOffsetTracker(input: input)
    }

    /// The next document, or `nil` at the end of the stream.
    mutating func next() throws(YAMLError) -> Document? {
        var event = yaml_event_t()
        while true {
            try parser.parse(into: &event, documentIndex: documentCount)
            let type = event.type
            let start = event.start_mark
            yaml_event_delete(&event)
            switch type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_DOCUMENT_START_EVENT:
                let index = documentCount
                documentCount += 1
                let value = try readDocument(index: index, start: start)
                return Document(value: value, index: index, line: Int(start.line) + 1, column: Int(start.column) + 1)
            default:
                continue
            }
        }
    }

    /// The events of one document, up to and including its end.
    private mutating func readDocument(index: Int, start: yaml_mark_t) throws(YAMLError) -> JSONValue {
        var builder = DocumentBuilder(limits: limits, documentIndex: index)
        var event = yaml_event_t()
        let limit = limits.maxDocumentBytes
        while true {
            try parser.parse(into: &event, documentIndex: index)
            defer { yaml_event_delete(&event) }
            // Characters never outnumber bytes, so this catches an oversize document early; the
            // exact byte count is checked at its end.
            if event.end_mark.index - start.index > limit { throw tooLarge(index: index, start: start) }
            switch event.type {
            case YAML_SCALAR_EVENT:
                try builder.scalar(event)
            case YAML_MAPPING_START_EVENT:
                try builder.startMapping(event)
            case YAML_SEQUENCE_START_EVENT:
                try builder.startSequence(event)
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                try builder.end()
            case YAML_ALIAS_EVENT:
                try builder.alias(event)
            case YAML_DOCUMENT_END_EVENT:
                // A character is at most 4 bytes, so only a document of more than a quarter of
                // the limit in characters needs its bytes counted.
                if event.end_mark.index - start.index > limit / 4 {
                    let first = offsets.byteOffset(ofCharacter: start.index)
                    let last = offsets.byteOffset(ofCharacter: event.end_mark.index)
                    if last - first > limit { throw tooLarge(index: index, start: start) }
                }
                return builder.root
            default:
                continue
            }
        }
    }

    private func tooLarge(index: Int, start: yaml_mark_t) -> YAMLError {
        YAMLError(
            line: Int(start.line) + 1, column: Int(start.column) + 1,
            message: "document is larger than \(limits.maxDocumentBytes) bytes (the maxDocumentBytes limit)",
            documentIndex: index)
    }
}
