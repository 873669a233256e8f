import Foundation

/// Splits a watch body into its newline-delimited JSON frames. The body arrives in chunks cut
/// anywhere (mid-line, mid-UTF-8 character); a frame is handed out only once its newline has
/// arrived. Each byte is scanned once, however the chunks fall.
struct WatchLineSplitter: Sendable {
    /// The longest frame accepted. The API server caps an object at about 1.5 MB in etcd and a
    /// watch frame wraps one object, so 16 MiB leaves ample room while bounding what a hostile
    /// peer can make us buffer.
    static let defaultMaximumLineLength = 16 * 1024 * 1024

    let maximumLineLength: Int
    private var buffer: [UInt8] = []
    /// How far `buffer` has been searched for a newline.
    private var scanned = 0

    init(maximumLineLength: Int = Self.defaultMaximumLineLength) {
        self.maximumLineLength = maximumLineLength
    }

    /// Adds a chunk and returns the frames it completes, without their line ends (`\n` or
    /// `\r\n`). Blank lines are skipped.
    mutating func append(_ chunk: Data) throws -> [Data] {
        buffer.append(contentsOf: chunk)
        var frames: [Data] = []
        var start = 0
        var index = scanned
        while index < buffer.count {
            if buffer[index] == UInt8(ascii: "\n") {
                try emit(start..<index, into: &frames)
                start = index + 1
            }
            index += 1
        }
        if start > 0 { buffer.removeFirst(start) }
        scanned = buffer.count
        if buffer.count > maximumLineLength {
            throw KubeClientError.watchFrameTooLarge(limit: maximumLineLength)
        }
        return frames
    }

    /// The last frame when the body ended without a final newline; nil when nothing is left.
    mutating func finish() throws -> Data? {
        var frames: [Data] = []
        try emit(0..<buffer.count, into: &frames)
        buffer = []
        scanned = 0
        return frames.first
    }

    private func emit(_ range: Range<Int>, into frames: inout [Data]) throws {
        var line = buffer[range]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        guard line.contains(where: { !Self.isWhitespace($0) }) else { return }
        guard line.count <= maximumLineLength else {
            throw KubeClientError.watchFrameTooLarge(limit: maximumLineLength)
        }
        frames.append(Data(line))
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
