import Foundation
import Testing

@testable import KubeClient

@Suite struct WatchLineSplitterTests {
    private let body = Data(
        """
        {"type":"ADDED","object":{"metadata":{"name":"a"}}}
        {"type":"MODIFIED","object":{"metadata":{"name":"ü-名前"}}}
        {"type":"DELETED","object":{"metadata":{"name":"c"}}}

        """.utf8)

    private var expectedFrames: [String] {
        String(decoding: body, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func splitsFramesDeliveredInOneChunk() throws {
        var splitter = WatchLineSplitter()
        let frames = try splitter.append(body)
        #expect(frames.map { String(decoding: $0, as: UTF8.self) } == expectedFrames)
        #expect(try splitter.finish() == nil)
    }

    @Test func splitsFramesCutAtEveryPossibleByte() throws {
        // Every two-chunk cut, including inside the multi-byte UTF-8 characters of frame two.
        for cut in 0...body.count {
            var splitter = WatchLineSplitter()
            var frames = try splitter.append(body.prefix(cut))
            frames += try splitter.append(body.dropFirst(cut))
            #expect(frames.map { String(decoding: $0, as: UTF8.self) } == expectedFrames, "cut at \(cut)")
        }
    }

    @Test func splitsFramesFedOneByteAtATime() throws {
        var splitter = WatchLineSplitter()
        var frames: [Data] = []
        for byte in body { frames += try splitter.append(Data([byte])) }
        #expect(frames.map { String(decoding: $0, as: UTF8.self) } == expectedFrames)
    }

    @Test func holdsBackAFrameUntilItsNewlineArrives() throws {
        var splitter = WatchLineSplitter()
        #expect(try splitter.append(Data(#"{"type":"ADD"#.utf8)).isEmpty)
        #expect(try splitter.append(Data(#"ED"}"#.utf8)).isEmpty)
        let frames = try splitter.append(Data("\n".utf8))
        #expect(frames == [Data(#"{"type":"ADDED"}"#.utf8)])
    }

    @Test func stripsCarriageReturnsAndSkipsBlankLines() throws {
        var splitter = WatchLineSplitter()
        let frames = try splitter.append(Data("{\"a\":1}\r\n\r\n  \n\t\n{\"b\":2}\n".utf8))
        #expect(frames == [Data("{\"a\":1}".utf8), Data("{\"b\":2}".utf8)])
    }

    @Test func finishReturnsAnUnterminatedLastFrame() throws {
        var splitter = WatchLineSplitter()
        #expect(try splitter.append(Data("{\"a\":1}\n{\"b\":".utf8)) == [Data("{\"a\":1}".utf8)])
        #expect(try splitter.append(Data("2}".utf8)).isEmpty)
        #expect(try splitter.finish() == Data("{\"b\":2}".utf8))
        #expect(try splitter.finish() == nil)
    }

    @Test func acceptsAFrameExactlyAtTheLimit() throws {
        var splitter = WatchLineSplitter(maximumLineLength: 8)
        #expect(try splitter.append(Data("12345678\n".utf8)) == [Data("12345678".utf8)])
    }

    @Test func rejectsAnOversizedFrameStillArriving() throws {
        var splitter = WatchLineSplitter(maximumLineLength: 8)
        _ = try splitter.append(Data("12345".utf8))
        #expect(throws: KubeClientError.watchFrameTooLarge(limit: 8)) {
            try splitter.append(Data("6789".utf8))
        }
    }

    @Test func rejectsAnOversizedFrameCompleteInOneChunk() throws {
        var splitter = WatchLineSplitter(maximumLineLength: 8)
        #expect(throws: KubeClientError.watchFrameTooLarge(limit: 8)) {
            try splitter.append(Data("ok\n123456789\nok\n".utf8))
        }
    }

    @Test func boundsOnlyTheCurrentFrameNotTheWholeStream() throws {
        var splitter = WatchLineSplitter(maximumLineLength: 8)
        var count = 0
        for _ in 0..<1000 { count += try splitter.append(Data("1234567\n".utf8)).count }
        #expect(count == 1000)
    }
}
