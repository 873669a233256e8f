import Foundation
import Synchronization
import Testing

@testable import KubeClient

@Suite struct CurlTransportTests {
    // MARK: Requests as sent

    @Test(arguments: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"])
    func requestArrivesAsSent(method: String) async throws {
        try await TestServer.run(handler: { _ in
            .full(status: 201, headers: [("X-Reply", "yes")], body: Data("reply".utf8))
        }) { server in
            let transport = try CurlTransport(userAgent: "baton-test/1")
            let hasBody = method != "GET" && method != "HEAD"
            let body = Data(#"{"kind":"Pod","verb":"\#(method)"}"#.utf8)
            var headers = [(name: "Accept", value: "application/json"), (name: "X-Trace", value: "a b, c")]
            if hasBody {
                headers.append((name: "Content-Type", value: "application/merge-patch+json"))
            }
            let url = try #require(
                URL(string: "\(server.url)/api/v1/namespaces/default/pods/web-0?dryRun=All&labelSelector=app%3Dweb"))
            let response = try await transport.send(
                HTTPRequest(method: method, url: url, headers: headers, body: hasBody ? body : nil))

            #expect(response.status == 201)
            #expect(response.header("x-reply") == "yes")
            #expect(response.body == (method == "HEAD" ? Data() : Data("reply".utf8)))

            let received = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(received.method == method)
            #expect(received.uri == "/api/v1/namespaces/default/pods/web-0?dryRun=All&labelSelector=app%3Dweb")
            #expect(received.header("Accept") == "application/json")
            #expect(received.header("X-Trace") == "a b, c")
            #expect(received.header("User-Agent") == "baton-test/1")
            #expect(received.header("Expect") == nil)
            if hasBody {
                #expect(received.body == body)
                #expect(received.header("Content-Type") == "application/merge-patch+json")
                #expect(received.header("Content-Length") == String(body.count))
            } else {
                #expect(received.body.isEmpty)
                #expect(received.header("Content-Type") == nil)
            }
        }
    }

    @Test func defaultUserAgentIsBatonVersion() async throws {
        try await TestServer.run(handler: { _ in .text("ok") }) { server in
            let transport = try CurlTransport()
            _ = try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            #expect(server.requests.first?.header("User-Agent") == "baton/\(BatonVersion.current)")
        }
    }

    @Test func postWithoutBodySendsNoContentTypeAndEmptyHeaderValues() async throws {
        try await TestServer.run(handler: { _ in .text("ok") }) { server in
            let transport = try CurlTransport()
            _ = try await transport.send(
                HTTPRequest(method: "POST", url: server.url.appending(path: "x"), headers: [(name: "X-Empty", value: "")]))
            let received = try #require(server.requests.first)
            #expect(received.method == "POST")
            #expect(received.header("Content-Length") == "0")
            #expect(received.header("Content-Type") == nil)
            #expect(received.header("X-Empty") == "")
        }
    }

    @Test func largeBodiesTravelBothWays() async throws {
        let payload = Self.pattern(count: 8 << 20)
        try await TestServer.run(handler: { request in
            .full(headers: [("Content-Type", "application/octet-stream")], body: request.body)
        }) { server in
            let transport = try CurlTransport()
            let response = try await transport.send(
                HTTPRequest(
                    method: "PUT", url: server.url.appending(path: "upload"),
                    headers: [(name: "Content-Type", value: "application/octet-stream")], body: payload))
            #expect(server.requests.first?.body.count == payload.count)
            #expect(server.requests.first?.body == payload)
            #expect(response.status == 200)
            #expect(response.body.count == payload.count)
            #expect(response.body == payload)
        }
    }

    // MARK: Streaming

    @Test func streamedChunksArriveInOrderBeforeTheResponseEnds() async throws {
        // A watch event split across two chunks, then more after a pause.
        let chunks = [#"{"type":"ADDED","object":{"#, #""name":"a"}}"# + "\n", #"{"type":"DELETED"}"# + "\n", "tail"]
        let delays: [Duration] = [.zero, .milliseconds(20), .seconds(1), .milliseconds(100)]
        try await TestServer.run(handler: { _ in
            .chunked(
                headers: [("Content-Type", "application/json")],
                chunks: zip(chunks, delays).map { TestResponse.Chunk($0, after: $1) })
        }) { server in
            let transport = try CurlTransport()
            let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch")))
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")

            var received = Data()
            var reads = 0
            var responsesCompletedAtFirstChunk: Int?
            for try await chunk in response.body {
                if responsesCompletedAtFirstChunk == nil {
                    responsesCompletedAtFirstChunk = server.completedResponses
                }
                received.append(chunk)
                reads += 1
            }
            // The first chunk came while the server was still holding back the rest.
            #expect(responsesCompletedAtFirstChunk == 0)
            #expect(reads >= 2)
            #expect(String(decoding: received, as: UTF8.self) == chunks.joined())
            // The server counts a response once its last write returns, which may be after
            // the client has read it.
            #expect(await eventually { server.completedResponses == 1 })
            #expect(await eventually { transport.engine.activeTransferCount == 0 })
        }
    }

    @Test(arguments: [TestResponse.StreamEnd.close, .closeMidChunk])
    func streamThrowsWhenTheConnectionBreaks(end: TestResponse.StreamEnd) async throws {
        try await TestServer.run(handler: { _ in
            .chunked(chunks: [.init("first\n"), .init("second chunk that is cut\n", after: .milliseconds(50))], end: end)
        }) { server in
            let transport = try CurlTransport()
            let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch")))
            var received = Data()
            let error = await #expect(throws: TransportError.self) {
                for try await chunk in response.body {
                    received.append(chunk)
                }
            }
            #expect(error?.kind == .connectionLost)
            #expect(error?.message.isEmpty == false)
            #expect(String(decoding: received, as: UTF8.self).hasPrefix("first\n"))
        }
    }

    @Test func cancellingTheConsumerStopsTheTransfer() async throws {
        // 100 s of chunks: long enough that a loaded machine cannot reach the end before the cancel.
        let endless = (0..<400).map { TestResponse.Chunk("event \($0)\n", after: $0 == 0 ? .zero : .milliseconds(250)) }
        try await TestServer.run(handler: { _ in .chunked(chunks: endless) }) { server in
            let transport = try CurlTransport()
            let firstChunk = Latch()
            let consumer = Task {
                let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch")))
                for try await _ in response.body {
                    firstChunk.open()
                }
            }
            // A wait for progress, generous because a cold, loaded test run can take seconds to get
            // the first chunk through; what the test checks comes after the cancel.
            #expect(await eventually(within: .seconds(30)) { firstChunk.isOpen })
            consumer.cancel()
            await #expect(throws: CancellationError.self) { try await consumer.value }
            #expect(await eventually { server.closedConnections == 1 })
            #expect(await eventually { transport.engine.activeTransferCount == 0 })
            #expect(server.completedResponses == 0)
        }
    }

    @Test func droppingTheBodyStopsTheTransfer() async throws {
        let endless = (0..<40).map { TestResponse.Chunk("event \($0)\n", after: $0 == 0 ? .zero : .milliseconds(250)) }
        try await TestServer.run(handler: { _ in .chunked(chunks: endless) }) { server in
            let transport = try CurlTransport()
            try await Self.readFirstChunk(of: transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch"))))
            #expect(await eventually { server.closedConnections == 1 })
            #expect(await eventually { transport.engine.activeTransferCount == 0 })
            #expect(server.completedResponses == 0)
        }
    }

    private static func readFirstChunk(of response: HTTPStreamingResponse) async throws {
        for try await chunk in response.body {
            #expect(chunk == Data("event 0\n".utf8))
            break
        }
    }

    @Test func aStalledConsumerPausesItsTransferWithoutBlockingOthers() async throws {
        // Far more than the stream buffer, the kernel's socket buffers and libcurl's together,
        // so the server can only finish if the transfer is never paused.
        let total = 64 << 20
        let chunkSize = 64 << 10
        let payload = Self.pattern(count: total)
        let chunks = stride(from: 0, to: total, by: chunkSize).map {
            TestResponse.Chunk(payload[$0..<($0 + chunkSize)])
        }
        try await TestServer.run(handler: { request in
            request.path == "/big" ? .chunked(chunks: chunks) : .text("small")
        }) { server in
            let transport = try CurlTransport()
            let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "big")))
            var iterator = response.body.makeAsyncIterator()
            var received = try #require(try await iterator.next())

            // While this consumer stalls, the engine serves another request...
            let other = try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "small")))
            #expect(String(decoding: other.body, as: UTF8.self) == "small")
            // ...and the stalled transfer is paused, holding back the server instead of
            // filling memory.
            #expect(await eventually { transport.engine.pausedTransferCount == 1 })
            #expect(await eventually { server.completedResponses >= 1 })  // the small response
            #expect(server.completedResponses == 1)  // but not the big one

            while let chunk = try await iterator.next() {
                received.append(chunk)
            }
            #expect(received.count == total)
            #expect(received == payload)
            #expect(await eventually { server.completedResponses == 2 })
            #expect(transport.engine.pausedTransferCount == 0)
        }
    }

    @Test func streamBufferPausesAtHighWaterAndResumesAtLowWater() async throws {
        let buffer = StreamBodyBuffer(highWater: 100, lowWater: 40)
        let chunk = Data(repeating: 7, count: 30)
        #expect(buffer.offer(chunk))  // 30
        #expect(buffer.offer(chunk))  // 60
        #expect(buffer.offer(chunk))  // 90
        #expect(buffer.offer(chunk))  // 120: accepted, as the buffer was below the mark
        #expect(!buffer.offer(chunk))  // full: the producer must pause
        #expect(try await buffer.take().resumeProducer == false)  // 90
        #expect(try await buffer.take().resumeProducer == false)  // 60
        #expect(try await buffer.take().resumeProducer == true)  // 30: at low water, resume once
        #expect(buffer.offer(chunk))
        buffer.finish(throwing: TransportError(kind: .connectionLost, message: "gone"))
        #expect(try await buffer.take().chunk == chunk)  // what was buffered still comes first
        #expect(try await buffer.take().chunk == chunk)
        await #expect(throws: TransportError.self) { try await buffer.take() }
    }

    @Test func streamBufferConsumerCancellationWakesAWaitingTake() async throws {
        let buffer = StreamBodyBuffer()
        let waiting = Task { try await buffer.take() }
        try await Task.sleep(for: .milliseconds(50))
        buffer.cancelConsumer()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(buffer.offer(Data("late".utf8)))  // dropped, not buffered
        await #expect(throws: CancellationError.self) { try await buffer.take() }
    }

    @Test func streamOfAnErrorStatusCarriesItsBody() async throws {
        try await TestServer.run(handler: { _ in
            .json(#"{"kind":"Status","code":410,"reason":"Expired"}"#, status: 410)
        }) { server in
            let transport = try CurlTransport()
            let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch")))
            #expect(response.status == 410)
            var body = Data()
            for try await chunk in response.body { body.append(chunk) }
            #expect(String(decoding: body, as: UTF8.self).contains("Expired"))
        }
    }

    // MARK: Failures

    @Test func cancellingSendAbortsTheTransfer() async throws {
        try await TestServer.run(handler: { _ in TestResponse.text("late").delayed(by: .seconds(30)) }) { server in
            let transport = try CurlTransport()
            let request = Task {
                try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "slow")))
            }
            #expect(await eventually { server.requests.count == 1 })
            let start = ContinuousClock.now
            request.cancel()
            await #expect(throws: CancellationError.self) { try await request.value }
            #expect(ContinuousClock.now - start < .seconds(5))
            #expect(await eventually { server.closedConnections == 1 })
            #expect(await eventually { transport.engine.activeTransferCount == 0 })
        }
    }

    @Test func connectionRefusedIsATransportErrorWithCurlsMessage() async throws {
        let closed = try ClosedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(closed.port)/api"))
        let transport = try CurlTransport()
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: url))
        }
        #expect(error?.kind == .connectionRefused)
        #expect(error?.curlCode == 7)  // CURLE_COULDNT_CONNECT
        #expect(error?.message.contains("127.0.0.1") == true)
        #expect(error?.message.contains("\(closed.port)") == true)
        #expect(error?.isRetriable == true)
    }

    @Test func requestTimeoutFires() async throws {
        try await TestServer.run(handler: { _ in TestResponse.text("late").delayed(by: .seconds(30)) }) { server in
            let transport = try CurlTransport()
            let start = ContinuousClock.now
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: server.url.appending(path: "slow"), timeout: .milliseconds(300)))
            }
            let elapsed = ContinuousClock.now - start
            #expect(error?.kind == .timedOut)
            #expect(error?.curlCode == 28)  // CURLE_OPERATION_TIMEDOUT
            #expect(error?.isRetriable == true)
            #expect(elapsed >= .milliseconds(300))
            #expect(elapsed < .seconds(5))
        }
    }

    @Test func unsafeRequestsAreRejectedBeforeTheWire() async throws {
        try await TestServer.run(handler: { _ in .text("ok") }) { server in
            let transport = try CurlTransport()
            let url = server.url.appending(path: "x")
            let injected = await #expect(throws: TransportError.self) {
                try await transport.send(
                    HTTPRequest(method: "GET", url: url, headers: [(name: "X-A", value: "1\r\nX-Injected: 2")]))
            }
            #expect(injected?.kind == .invalidRequest)
            let badMethod = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET /other", url: url))
            }
            #expect(badMethod?.kind == .invalidRequest)
            let badScheme = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET", url: try #require(URL(string: "file:///etc/passwd"))))
            }
            #expect(badScheme?.kind == .invalidRequest)
            #expect(server.requests.isEmpty)
        }
        #expect(throws: TransportError.self) { try CurlTransport(userAgent: "baton\r\nX-Injected: 1") }
    }

    // MARK: One engine, many requests

    @Test func hundredConcurrentRequestsSucceedOnOneEngine() async throws {
        try await TestServer.run(handler: { request in
            try? await Task.sleep(for: .milliseconds(20))
            return .text("reply to \(request.path)")
        }) { server in
            let transport = try CurlTransport()
            let replies = try await withThrowingTaskGroup(of: (Int, HTTPResponse).self) { group in
                for index in 0..<100 {
                    group.addTask {
                        (index, try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "item/\(index)"))))
                    }
                }
                return try await group.reduce(into: [Int: HTTPResponse]()) { $0[$1.0] = $1.1 }
            }
            #expect(replies.count == 100)
            for (index, response) in replies {
                #expect(response.status == 200)
                #expect(String(decoding: response.body, as: UTF8.self) == "reply to /item/\(index)")
            }
            #expect(server.requests.count == 100)
            #expect(server.acceptedConnections <= CurlEngine.maxConnectionsPerHost)
        }
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await TestServer.run(handler: { _ in .text("ok") }) { server in
            let transport = try CurlTransport()
            for index in 0..<10 {
                let method = index.isMultiple(of: 2) ? "GET" : "POST"
                let response = try await transport.send(
                    HTTPRequest(method: method, url: server.url.appending(path: "r\(index)"), body: method == "POST" ? Data("b".utf8) : nil))
                #expect(response.status == 200)
            }
            #expect(server.requests.count == 10)
            #expect(server.acceptedConnections == 1)
            #expect(Set(server.requests.map(\.connectionNumber)) == [1])
        }
    }

    @Test func droppingTheTransportStopsItsEngineThread() async throws {
        weak var inbox: CurlEngine.Inbox?
        try await TestServer.run(handler: { _ in .text("ok") }) { server in
            var transport: CurlTransport? = try CurlTransport()
            _ = try await transport?.send(HTTPRequest(method: "GET", url: server.url.appending(path: "x")))
            inbox = transport?.engine.inbox
            #expect(inbox != nil)
            transport = nil
        }
        // The engine thread holds the inbox until its loop has ended and freed the multi handle.
        #expect(await eventually { inbox == nil })
    }

    // MARK: Helpers

    /// Bytes whose value depends on their offset with a period (251) that no chunk size
    /// divides, so lost, repeated or reordered chunks show.
    static func pattern(count: Int) -> Data {
        // Doubling whole periods keeps byte i == i % 251, and is quick even in a debug build.
        var data = Data((0..<251).map { UInt8($0) })
        while data.count < count {
            data.append(data)
        }
        return data.prefix(count)
    }
}

/// Polls `condition` until it holds or `timeout` passes.
private func eventually(within timeout: Duration = .seconds(5), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// A flag one task sets and another polls.
private final class Latch: Sendable {
    private let state = Atomic<Bool>(false)
    var isOpen: Bool { state.load(ordering: .acquiring) }
    func open() { state.store(true, ordering: .releasing) }
}
