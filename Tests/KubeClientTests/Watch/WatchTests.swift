import Foundation
import KubeCore
import Synchronization
import Testing

@testable import KubeClient

@Suite struct WatchTests {
    private let pods = GroupVersionResource(group: "", version: "v1", resource: "pods")

    /// A watch body as the API server writes it: one JSON event per line.
    private static let events = [
        #"{"type":"ADDED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-0","resourceVersion":"101"}}}"#,
        #"{"type":"MODIFIED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-0","resourceVersion":"102","labels":{"app":"wéb ✓"}}}}"#,
        #"{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"105","annotations":{"k8s.io/initial-events-end":"true"}}}}"#,
        #"{"type":"DELETED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web-0","resourceVersion":"106"}}}"#,
    ]

    private static var body: Data { Data(events.map { $0 + "\n" }.joined().utf8) }

    /// The body cut every `size` bytes (so mid-line and mid-character), one HTTP chunk each.
    private static func chunks(of size: Int, delay: Duration = .zero) -> [TestResponse.Chunk] {
        stride(from: 0, to: body.count, by: size).map { start in
            TestResponse.Chunk(body.subdata(in: start..<min(start + size, body.count)), after: delay)
        }
    }

    private static func collect(_ stream: AsyncThrowingStream<WatchEvent<JSONValue>, any Error>) async throws -> [WatchEvent<JSONValue>] {
        var events: [WatchEvent<JSONValue>] = []
        for try await event in stream { events.append(event) }
        return events
    }

    private func expectTheFourEvents(_ events: [WatchEvent<JSONValue>]) throws {
        try #require(events.count == 4)
        #expect(events[0] == .added(try parsedJSON(Self.events[0])["object"]!))
        #expect(events[1].object?["metadata"]?["labels"]?["app"] == "wéb ✓")
        guard case .modified = events[1] else { throw UnexpectedOutcome("\(events[1])") }
        #expect(
            events[2] == .bookmark(WatchBookmark(resourceVersion: "105", annotations: ["k8s.io/initial-events-end": "true"])))
        guard case let .bookmark(bookmark) = events[2] else { throw UnexpectedOutcome("\(events[2])") }
        #expect(bookmark.isInitialEventsEnd)
        guard case let .deleted(object) = events[3] else { throw UnexpectedOutcome("\(events[3])") }
        #expect(object["metadata"]?["resourceVersion"] == "106")
    }

    // MARK: - The request

    @Test func watchSendsItsOptionsAndNoTimeout() async throws {
        let recorder = Mutex<RecordingTransport?>(nil)
        try await withAPIServer(
            transport: { curl in
                let recording = RecordingTransport(curl)
                recorder.withLock { $0 = recording }
                return recording
            }, handler: { _ in .chunked(chunks: []) }
        ) { server, client in
            let stream = try await client.resource(pods, namespace: "default").watch(
                WatchOptions(
                    labelSelector: "app in (web)", fieldSelector: "spec.nodeName=node-1", resourceVersion: "100",
                    resourceVersionMatch: .notOlderThan, allowWatchBookmarks: true, timeoutSeconds: 300,
                    sendInitialEvents: true))
            #expect(try await Self.collect(stream).isEmpty)
            let request = try #require(server.requests.first)
            #expect(request.method == "GET")
            #expect(request.path == "/api/v1/namespaces/default/pods")
            #expect(
                request.query
                    == "watch=true&labelSelector=app%20in%20%28web%29&fieldSelector=spec.nodeName%3Dnode-1&resourceVersion=100"
                    + "&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=300&sendInitialEvents=true")
            #expect(request.header("Authorization") == "Bearer test-token")
            let sent = try #require(recorder.withLock { $0 }?.requests.first)
            #expect(sent.timeout == nil)
        }
    }

    @Test func aPlainWatchSendsOnlyWatchTrue() async throws {
        try await withAPIServer(handler: { _ in .chunked(chunks: []) }) { server, client in
            _ = try await Self.collect(try await client.resource(pods).watch())
            #expect(server.requests.map(\.uri) == ["/api/v1/pods?watch=true"])
        }
    }

    // MARK: - Decoding the body

    @Test(arguments: [1, 7, 64, 1000])
    func eventsSplitAcrossChunksAnywhereAreDecoded(chunkSize: Int) async throws {
        try await withAPIServer(handler: { _ in .chunked(chunks: Self.chunks(of: chunkSize)) }) { _, client in
            let events = try await Self.collect(try await client.resource(pods, namespace: "default").watch())
            try expectTheFourEvents(events)
        }
    }

    @Test func eventsArriveAsTheyAreSentNotWhenTheBodyEnds() async throws {
        // The second event comes 10 s later: the first must be delivered before that.
        let chunks = [
            TestResponse.Chunk(Self.events[0] + "\n"),
            TestResponse.Chunk(Self.events[1] + "\n", after: .seconds(10)),
        ]
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks) }) { _, client in
            let clock = ContinuousClock()
            let start = clock.now
            var iterator = try await client.resource(pods, namespace: "default").watch().makeAsyncIterator()
            let first = try await iterator.next()
            #expect(first?.object?["metadata"]?["resourceVersion"] == "101")
            #expect(clock.now - start < .seconds(9))
        }
    }

    @Test func aWatchThatEndsFinishesTheStream() async throws {
        // The server ends a watch at its timeoutSeconds with the terminating chunk.
        let chunks = Self.chunks(of: 50, delay: .milliseconds(5))
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks, end: .terminatingChunk) }) { _, client in
            var iterator = try await client.resource(pods, namespace: "default").watch(WatchOptions(timeoutSeconds: 1))
                .makeAsyncIterator()
            var events: [WatchEvent<JSONValue>] = []
            while let event = try await iterator.next() { events.append(event) }
            try expectTheFourEvents(events)
            #expect(try await iterator.next() == nil)
        }
    }

    @Test func aChunkedBodyCutWithoutItsEndIsAnError() async throws {
        // Closing the connection instead of sending the terminating chunk truncates the body.
        try await withAPIServer(handler: { _ in .chunked(chunks: Self.chunks(of: 50), end: .close) }) { _, client in
            await #expect(throws: TransportError.self) {
                _ = try await Self.collect(try await client.resource(pods, namespace: "default").watch())
            }
        }
    }

    @Test func aFinalEventWithoutANewlineIsDelivered() async throws {
        let body = Self.events[0] + "\n" + Self.events[3]
        try await withAPIServer(handler: { _ in .chunked(chunks: [.init(body)]) }) { _, client in
            let events = try await Self.collect(try await client.resource(pods, namespace: "default").watch())
            #expect(events.count == 2)
        }
    }

    @Test func anExpiredErrorEventThrowsGoneAfterTheEventsBeforeIt() async throws {
        let chunks: [TestResponse.Chunk] = [.init(Self.events[0] + "\n"), .init(StatusBodies.watchExpired + "\n")]
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks) }) { _, client in
            let stream = try await client.resource(pods, namespace: "default").watch(WatchOptions(resourceVersion: "100"))
            var received: [WatchEvent<JSONValue>] = []
            do {
                for try await event in stream { received.append(event) }
                Issue.record("the stream ended without the ERROR event's error")
            } catch let error as KubeAPIError {
                guard case .gone = error else { throw UnexpectedOutcome("\(error)") }
                #expect(error.code == 410)
                #expect(error.reason == .expired)
                #expect(error.message == "too old resource version: 100 (2350)")
            }
            #expect(received.count == 1)
        }
    }

    @Test func aRefusedWatchThrowsItsTypedError() async throws {
        try await withAPIServer(handler: { _ in .json(StatusBodies.forbidden, status: 403) }) { _, client in
            await #expect {
                try await client.resource(pods, namespace: "kube-system").watch()
            } throws: { error in
                guard case KubeAPIError.forbidden = error else { return false }
                return true
            }
        }
    }

    @Test func aWatchRefusedWithAnExpiredResourceVersionThrowsGone() async throws {
        try await withAPIServer(handler: { _ in .json(StatusBodies.expired, status: 410) }) { server, client in
            await #expect {
                try await client.resource(pods).watch(WatchOptions(resourceVersion: "1"))
            } throws: { error in
                guard case KubeAPIError.gone = error else { return false }
                return true
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func aBrokenConnectionThrowsTheTransportError() async throws {
        let chunks: [TestResponse.Chunk] = [.init(Self.events[0] + "\n"), .init(Self.events[1] + "\n")]
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks, end: .closeMidChunk) }) { _, client in
            var received = 0
            await #expect(throws: TransportError.self) {
                for try await _ in try await client.resource(pods, namespace: "default").watch() { received += 1 }
            }
            #expect(received == 1)
        }
    }

    @Test(arguments: [
        "not json at all",
        #"{"type":"ADDED"}"#,
        #"{"type":"ADDED","object":"a string"}"#,
        #"{"type":"RENAMED","object":{}}"#,
        #"{"type":"BOOKMARK","object":{"metadata":{}}}"#,
    ])
    func aMalformedFrameThrowsAClientError(frame: String) async throws {
        try await withAPIServer(handler: { _ in .chunked(chunks: [.init(frame + "\n")]) }) { _, client in
            await #expect(throws: KubeClientError.self) {
                _ = try await Self.collect(try await client.resource(pods).watch())
            }
        }
    }

    @Test func cancellingTheConsumerEndsTheWatchPromptly() async throws {
        let chunks: [TestResponse.Chunk] = [.init(Self.events[0] + "\n"), .init(Self.events[1] + "\n", after: .seconds(60))]
        try await withAPIServer(handler: { _ in .chunked(chunks: chunks) }) { server, client in
            let stream = try await client.resource(pods, namespace: "default").watch()
            let received = Mutex(0)
            let consumer = Task {
                for try await _ in stream { received.withLock { $0 += 1 } }
            }
            let deadline = ContinuousClock.now.advanced(by: .seconds(10))
            while received.withLock({ $0 }) == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            let clock = ContinuousClock()
            let start = clock.now
            consumer.cancel()
            _ = await consumer.result
            #expect(clock.now - start < .seconds(5))
            #expect(received.withLock { $0 } == 1)
        }
    }
}
