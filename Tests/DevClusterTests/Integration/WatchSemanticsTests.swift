import TestSupport
import KubeClient
import KubeCore
import Testing

/// Watches through KubeClient: resuming from a resourceVersion, selectors that turn changes
/// into ADDED/DELETED, 410 for a revision that left the history, and watch-list.
@Suite struct WatchSemanticsTests {
    /// Reads events until `count` arrived.
    private func take(_ count: Int, from stream: AsyncThrowingStream<WatchEvent<JSONValue>, any Error>) async throws -> [WatchEvent<JSONValue>] {
        var events: [WatchEvent<JSONValue>] = []
        for try await event in stream {
            events.append(event)
            if events.count == count { break }
        }
        return events
    }

    private func describe(_ event: WatchEvent<JSONValue>) -> String {
        switch event {
        case .added(let object): return "ADDED \(object.name)"
        case .modified(let object): return "MODIFIED \(object.name)"
        case .deleted(let object): return "DELETED \(object.name)"
        case .bookmark(let bookmark): return "BOOKMARK\(bookmark.isInitialEventsEnd ? " end" : "")"
        }
    }

    @Test func resumesFromAResourceVersionWithOnlyLaterEventsInOrder() async throws {
        try await withDevCluster { fixture in
            let first = try await fixture.configMaps.create(configMap("a"))
            _ = try await fixture.configMaps.create(configMap("b"))
            var changed = first
            changed["data"] = ["k": "v"]
            _ = try await fixture.configMaps.update(changed)
            _ = try await fixture.configMaps.delete("b")
            let stream = try await fixture.configMaps.watch(WatchOptions(resourceVersion: first[path: ["metadata", "resourceVersion"]]?.stringValue))
            let events = try await take(3, from: stream)
            #expect(events.map(describe) == ["ADDED b", "MODIFIED a", "DELETED b"])
            let versions = events.compactMap { $0.object?.resourceVersionNumber }
            #expect(versions == versions.sorted() && Set(versions).count == 3)
        }
    }

    @Test func objectsThatStopMatchingTheSelectorAreDeletedForTheWatcher() async throws {
        try await withDevCluster { fixture in
            let start = try await fixture.configMaps.list().resourceVersion
            let stream = try await fixture.configMaps.watch(WatchOptions(labelSelector: "tier=front", resourceVersion: start))
            var object = try await fixture.configMaps.create(configMap("a", labels: ["tier": "front"]))
            object[path: ["metadata", "labels", "tier"]] = "back"
            object = try await fixture.configMaps.update(object)
            object[path: ["metadata", "labels", "tier"]] = "front"
            _ = try await fixture.configMaps.update(object)
            _ = try await fixture.configMaps.create(configMap("other", labels: ["tier": "back"]))
            let events = try await take(3, from: stream)
            #expect(events.map(describe) == ["ADDED a", "DELETED a", "ADDED a"])
            if case .deleted(let gone) = events[1] {
                #expect(gone[path: ["metadata", "labels", "tier"]] == "front", "DELETED carries the last matching state")
            }
        }
    }

    @Test func aRevisionOlderThanTheHistoryIsGone() async throws {
        try await withDevCluster(.init(simulation: false, watchHistory: 5)) { fixture in
            let first = try await fixture.configMaps.create(configMap("seed"))
            for index in 0..<10 { _ = try await fixture.configMaps.create(configMap("c\(index)")) }
            let stream = try await fixture.configMaps.watch(WatchOptions(resourceVersion: first[path: ["metadata", "resourceVersion"]]?.stringValue))
            await #expect { _ = try await take(1, from: stream) } throws: { error in
                guard case KubeAPIError.gone(let status) = error else { return false }
                return status.message?.hasPrefix("too old resource version: ") == true && status.reason == .expired
            }
        }
    }

    @Test func watchListSendsCurrentObjectsThenTheInitialEventsEndBookmark() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a"))
            _ = try await fixture.configMaps.create(configMap("b"))
            var options = WatchOptions(resourceVersionMatch: .notOlderThan, allowWatchBookmarks: true)
            options.sendInitialEvents = true
            let stream = try await fixture.configMaps.watch(options)
            let initial = try await take(3, from: stream)
            #expect(initial.map(describe) == ["ADDED a", "ADDED b", "BOOKMARK end"])
        }
    }

    @Test func sendInitialEventsWithoutNotOlderThanIsInvalid() async throws {
        try await withDevCluster { fixture in
            var options = WatchOptions(allowWatchBookmarks: true)
            options.sendInitialEvents = true
            await #expect { _ = try await fixture.configMaps.watch(options) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.details?.causes?.first?.field == "resourceVersionMatch"
            }
        }
    }

    @Test func timeoutSecondsEndsTheWatch() async throws {
        try await withDevCluster { fixture in
            let start = try await fixture.configMaps.list().resourceVersion
            let stream = try await fixture.configMaps.watch(WatchOptions(resourceVersion: start, timeoutSeconds: 1))
            var count = 0
            for try await _ in stream { count += 1 }
            #expect(count == 0, "the stream ends by itself, without events")
        }
    }

    @Test func manyWatchersEachGetEveryEvent() async throws {
        try await withDevCluster { fixture in
            let start = try await fixture.configMaps.list().resourceVersion
            var streams: [AsyncThrowingStream<WatchEvent<JSONValue>, any Error>] = []
            for _ in 0..<20 { streams.append(try await fixture.configMaps.watch(WatchOptions(resourceVersion: start))) }
            for index in 0..<5 { _ = try await fixture.configMaps.create(configMap("c\(index)")) }
            for stream in streams {
                #expect(try await take(5, from: stream).map(describe) == (0..<5).map { "ADDED c\($0)" })
            }
        }
    }

    @Test func idleWatchersThatAskedGetBookmarksAtTheCurrentRevision() async throws {
        try await withDevCluster(.init(simulation: false, bookmarkInterval: .milliseconds(100))) { fixture in
            let start = try await fixture.configMaps.list().resourceVersion
            let stream = try await fixture.configMaps.watch(WatchOptions(resourceVersion: start, allowWatchBookmarks: true))
            let created = try await fixture.configMaps.create(configMap("a"))
            _ = try await fixture.resource("", "v1", "secrets").create(object(#"{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"}}"#))
            var bookmark: WatchBookmark?
            for try await event in stream {
                if case .bookmark(let mark) = event, Int(mark.resourceVersion) ?? 0 > created.resourceVersionNumber {
                    bookmark = mark
                    break
                }
            }
            #expect(bookmark != nil, "a bookmark moves the watcher past changes to other resources")
        }
    }
}
