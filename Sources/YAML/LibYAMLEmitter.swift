import CYAML

/// libyaml's emitter writing into memory, set up the way Baton writes YAML: block style,
/// two-space indentation, no line folding, UTF-8 text left unescaped.
final class LibYAMLEmitter {
    private final class Output {
        var bytes: [UInt8] = []
    }

    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let output = Output()

    init() throws(YAMLError) {
        emitter = .allocate(capacity: 1)
        guard yaml_emitter_initialize(emitter) == 1 else {
            emitter.deallocate()
            throw YAMLError(line: 0, column: 0, message: "libyaml could not allocate an emitter")
        }
        yaml_emitter_set_output(emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
            output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        // No folding of long lines: a long string stays on one line, which diffs well.
        yaml_emitter_set_width(emitter, -1)
    }

    deinit {
        yaml_emitter_delete(emitter)
        emitter.deallocate()
    }

    /// Everything written so far.
    func text() throws(YAMLError) -> String {
        guard yaml_emitter_flush(emitter) == 1 else { throw error() }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    func streamStart() throws(YAMLError) {
        try emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
    }

    func streamEnd() throws(YAMLError) {
        try emit { yaml_stream_end_event_initialize(&$0) }
    }

    /// Starts a document; libyaml writes `---` before every document but the first.
    func documentStart() throws(YAMLError) {
        try emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
    }

    func documentEnd() throws(YAMLError) {
        try emit { yaml_document_end_event_initialize(&$0, 1) }
    }

    func scalar(_ text: String, style: yaml_scalar_style_t) throws(YAMLError) {
        var text = text
        var failure: YAMLError?
        text.withUTF8 { bytes in
            do throws(YAMLError) {
                guard let length = Int32(exactly: bytes.count) else {
                    throw YAMLError(line: 0, column: 0, message: "a string of \(bytes.count) bytes is too long for libyaml")
                }
                try emit { yaml_scalar_event_initialize(&$0, nil, nil, bytes.baseAddress, length, 1, 1, style) }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    func sequenceStart(flow: Bool) throws(YAMLError) {
        let style = flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
        try emit { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, style) }
    }

    func sequenceEnd() throws(YAMLError) {
        try emit { yaml_sequence_end_event_initialize(&$0) }
    }

    func mappingStart(flow: Bool) throws(YAMLError) {
        let style = flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
        try emit { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, style) }
    }

    func mappingEnd() throws(YAMLError) {
        try emit { yaml_mapping_end_event_initialize(&$0) }
    }

    /// Builds an event with `initialize` and hands it to the emitter, which takes it over.
    private func emit(_ initialize: (inout yaml_event_t) -> Int32) throws(YAMLError) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else {
            throw YAMLError(line: 0, column: 0, message: "libyaml could not allocate an event")
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else { throw error() }
    }

    private func error() -> YAMLError {
        let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown error"
        return YAMLError(line: 0, column: 0, message: "libyaml could not emit: \(problem)")
    }
}
