import KubeClient
import KubeCore
import Logging
import Testing

@testable import KubeRuntime

@Suite(.timeLimit(.minutes(1))) struct WatcherTests {
    private let a10 = object("a", resourceVersion: "10")
    private let b10 = object("b", resourceVersion: "10")
    private let c10 = object("c", resourceVersion: "10")

    /// A backoff short enough for tests, exact so "not before" checks hold.
    private static func backoff(_ delay: Duration = .milliseconds(1)) -> Backoff {
        Backoff(initial: delay, maximum: delay, jitter: 0)
    }

    private static func watcher(
        _ source: FakeListWatchSource, configuration: WatcherConfiguration = WatcherConfiguration(backoff: backoff())
    ) -> Watcher {
        Watcher(source: source, configuration: configuration, logger: quiet)
    }

    /// The failures the tests provoke on purpose are not worth printing.
    private static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The first `count` events. The watcher makes no call beyond what they needed.
    private static func take(_ count: Int, from watcher: Watcher) async -> [WatcherEvent] {
        var iterator = watcher.makeAsyncIterator()
        var events: [WatcherEvent] = []
        while events.count < count, let event = await iterator.next() { events.append(event) }
        return events
    }

    // MARK: - Listing

    @Test func aPagedListReportsStartObjectsAndDoneInOrder() async {
        let source = FakeListWatchSource(pages: [
            .success(page([a10, b10], resourceVersion: "10", continueToken: "t1")),
            .success(page([c10], resourceVersion: "10")),
        ])
        let events = await Self.take(5, from: Self.watcher(source))
        #expect(events == [.initStarted, .initApplied(a10), .initApplied(b10), .initApplied(c10), .initDone])
        #expect(source.listCalls == [ListOptions(limit: 500), ListOptions(limit: 500, continueToken: "t1")])
        #expect(source.watchCalls.isEmpty)
    }

    @Test func selectorsAndPageSizeArePassedThrough() async {
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))], watches: [.success([.event(.added(a10))])])
        let configuration = WatcherConfiguration(
            labelSelector: "app=web", fieldSelector: "metadata.namespace=prod", pageSize: 2, backoff: Self.backoff())
        _ = await Self.take(3, from: Self.watcher(source, configuration: configuration))
        #expect(
            source.listCalls == [
                ListOptions(labelSelector: "app=web", fieldSelector: "metadata.namespace=prod", limit: 2)
            ])
        #expect(source.watchCalls.map(\.labelSelector) == ["app=web"])
        #expect(source.watchCalls.map(\.fieldSelector) == ["metadata.namespace=prod"])
    }

    @Test func anExpiredContinueTokenRestartsTheList() async {
        let source = FakeListWatchSource(pages: [
            .success(page([a10], resourceVersion: "10", continueToken: "t1")),
            .failure(gone),
            .success(page([a10, b10], resourceVersion: "30")),
        ])
        let events = await Self.take(6, from: Self.watcher(source))
        #expect(
            events == [.initStarted, .initApplied(a10), .initStarted, .initApplied(a10), .initApplied(b10), .initDone])
        #expect(source.listCalls.map(\.continueToken) == [nil, "t1", nil])
    }

    @Test func aFailedListIsRetriedAfterTheBackoff() async {
        let source = FakeListWatchSource(pages: [.failure(unavailable), .success(page([a10], resourceVersion: "10"))])
        let start = ContinuousClock.now
        let slow = WatcherConfiguration(backoff: Self.backoff(.milliseconds(50)))
        let events = await Self.take(3, from: Self.watcher(source, configuration: slow))
        #expect(ContinuousClock.now - start >= .milliseconds(50))
        #expect(events == [.initStarted, .initApplied(a10), .initDone])
        #expect(source.listCalls == [ListOptions(limit: 500), ListOptions(limit: 500)])
    }

    @Test func aListWithoutAVersionIsRetried() async {
        let source = FakeListWatchSource(pages: [
            .success(page([a10], resourceVersion: nil)), .success(page([a10], resourceVersion: "10")),
        ])
        let events = await Self.take(3, from: Self.watcher(source))
        #expect(events == [.initStarted, .initApplied(a10), .initDone])
        #expect(source.listCalls.count == 2)
    }

    // MARK: - Watching

    @Test func theWatchStartsAtTheListsVersionWithBookmarksAndARandomTimeout() async throws {
        let source = FakeListWatchSource(
            pages: [.success(page([a10], resourceVersion: "10"))], watches: [.success([.event(.added(b10))])])
        let events = await Self.take(4, from: Self.watcher(source))
        #expect(events == [.initStarted, .initApplied(a10), .initDone, .applied(b10)])
        let watch = try #require(source.watchCalls.first)
        #expect(watch.resourceVersion == "10")
        #expect(watch.allowWatchBookmarks)
        #expect((300...600).contains(try #require(watch.timeoutSeconds)))
        #expect(watch.labelSelector == nil)
    }

    @Test func aWatchThatEndsResumesFromTheLastVersionSeen() async {
        let a11 = object("a", resourceVersion: "11")
        let a12 = object("a", resourceVersion: "12")
        let a13 = object("a", resourceVersion: "13")
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))],
            watches: [
                .success([.event(.added(a11)), .event(.modified(a12)), .end]),
                .success([.event(.deleted(a13))]),
            ])
        let events = await Self.take(5, from: Self.watcher(source))
        #expect(events == [.initStarted, .initDone, .applied(a11), .applied(a12), .deleted(a13)])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10", "12"])
        #expect(source.listCalls.count == 1)
    }

    @Test func aBookmarkMovesTheResumePointWithoutAnEvent() async {
        let a11 = object("a", resourceVersion: "11")
        let b51 = object("b", resourceVersion: "51")
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))],
            watches: [
                .success([.event(.added(a11)), .event(.bookmark(WatchBookmark(resourceVersion: "50"))), .end]),
                .success([.event(.added(b51))]),
            ])
        let events = await Self.take(4, from: Self.watcher(source))
        #expect(events == [.initStarted, .initDone, .applied(a11), .applied(b51)])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10", "50"])
    }

    @Test func expiryDuringTheWatchListsAgain() async {
        let b11 = object("b", resourceVersion: "11")
        let source = FakeListWatchSource(
            pages: [.success(page([a10], resourceVersion: "10")), .success(page([a10, b11], resourceVersion: "20"))],
            watches: [.success([.event(.added(b11)), .fail(gone)])])
        let events = await Self.take(8, from: Self.watcher(source))
        #expect(
            events == [
                .initStarted, .initApplied(a10), .initDone, .applied(b11),
                .initStarted, .initApplied(a10), .initApplied(b11), .initDone,
            ])
        #expect(source.listCalls.map(\.continueToken) == [nil, nil])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10"])
    }

    @Test func anExpiredVersionWhenOpeningTheWatchListsAgain() async {
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10")), .success(page([a10], resourceVersion: "20"))],
            watches: [.failure(gone)])
        let events = await Self.take(5, from: Self.watcher(source))
        #expect(events == [.initStarted, .initDone, .initStarted, .initApplied(a10), .initDone])
    }

    @Test func aFailedStreamIsReopenedFromItsLastVersionWithoutAList() async {
        let a11 = object("a", resourceVersion: "11")
        let b12 = object("b", resourceVersion: "12")
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))],
            watches: [.success([.event(.added(a11)), .fail(unavailable)]), .success([.event(.added(b12))])])
        let events = await Self.take(4, from: Self.watcher(source))
        #expect(events == [.initStarted, .initDone, .applied(a11), .applied(b12)])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10", "11"])
        #expect(source.listCalls.count == 1)
    }

    @Test func aRefusedWatchIsRetriedFromTheSameVersion() async {
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))],
            watches: [.failure(unavailable), .success([.event(.added(a10))])])
        let events = await Self.take(3, from: Self.watcher(source))
        #expect(events == [.initStarted, .initDone, .applied(a10)])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10", "10"])
    }

    @Test func aWatchClosedAtOnceWithoutEventsIsRetriedAfterTheBackoff() async {
        let source = FakeListWatchSource(
            pages: [.success(page([], resourceVersion: "10"))],
            watches: [.success([.end]), .success([.event(.added(a10))])])
        let start = ContinuousClock.now
        let slow = WatcherConfiguration(backoff: Self.backoff(.milliseconds(50)))
        let events = await Self.take(3, from: Self.watcher(source, configuration: slow))
        #expect(ContinuousClock.now - start >= .milliseconds(50))
        #expect(events == [.initStarted, .initDone, .applied(a10)])
        #expect(source.watchCalls.map(\.resourceVersion) == ["10", "10"])
    }

    // MARK: - Ending

    @Test func cancellingTheConsumerEndsTheSequence() async {
        let source = FakeListWatchSource(pages: [.success(page([a10], resourceVersion: "10"))])
        let watcher = Self.watcher(source)
        let consumer = Task {
            var count = 0
            for await _ in watcher { count += 1 }
            return count
        }
        while source.watchCalls.isEmpty { await Task.yield() }
        consumer.cancel()
        #expect(await consumer.value == 3)
    }

    @Test func theEventsFeedAnActorIsolatedConsumer() async {
        let source = FakeListWatchSource(pages: [.success(page([a10, b10], resourceVersion: "10"))])
        let store = EventStore()
        await store.consume(Self.watcher(source), count: 4)
        #expect(await store.events == [.initStarted, .initApplied(a10), .initApplied(b10), .initDone])
    }
}

/// A consumer isolated to an actor, as an informer is: iterating the watcher from it must
/// compile and work under strict concurrency.
private actor EventStore {
    private(set) var events: [WatcherEvent] = []

    func consume(_ watcher: Watcher, count: Int) async {
        for await event in watcher {
            events.append(event)
            if events.count == count { break }
        }
    }
}
