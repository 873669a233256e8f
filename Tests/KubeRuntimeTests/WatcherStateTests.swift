import KubeClient
import KubeCore
import Testing

@testable import KubeRuntime

@Suite struct WatcherStateTests {
    private let a = object("a", resourceVersion: "11")
    private let b = object("b", resourceVersion: "12")

    @Test func eachStateNamesItsRequest() {
        #expect(WatcherState.empty.request == .list(continueToken: nil))
        #expect(WatcherState.initPage(continueToken: "t").request == .list(continueToken: "t"))
        #expect(WatcherState.initListed(resourceVersion: "10").request == .watch(resourceVersion: "10"))
        #expect(WatcherState.watching(resourceVersion: "10").request == .nextWatchEvent)
    }

    /// An optional kind the server does not serve is an empty collection, said once, and listed
    /// again until it is served; one that goes away mid-watch empties too.
    @Test func aResourceNotServedIsAnEmptyCollectionUntilItIs() throws {
        #expect(WatcherState.notServed.request == .list(continueToken: nil))
        let absent = try WatcherState.empty.step(.notServed)
        #expect(absent.state == .notServed && absent.events == [.notServed])
        let still = try absent.state.step(.notServed)
        #expect(still.state == .notServed && still.events.isEmpty, "said once")
        let served = try still.state.step(.listed(page([a], resourceVersion: "10")))
        #expect(served.state == .initListed(resourceVersion: "10"))
        #expect(served.events == [.initStarted, .initApplied(a), .initDone])
        let removed = try WatcherState.watching(resourceVersion: "10").step(.notServed)
        #expect(removed.state == .notServed && removed.events == [.notServed])
        let failing = try WatcherState.notServed.step(.failed(WatcherError.watchClosedEarly))
        #expect(failing.state == .notServed && failing.events.isEmpty)
    }

    @Test func theFirstPageStartsTheListAndAMiddlePageContinuesIt() throws {
        let first = try WatcherState.empty.step(.listed(page([a], resourceVersion: "10", continueToken: "t1")))
        #expect(first.state == .initPage(continueToken: "t1"))
        #expect(first.events == [.initStarted, .initApplied(a)])
        let middle = try first.state.step(.listed(page([b], resourceVersion: "10", continueToken: "t2")))
        #expect(middle.state == .initPage(continueToken: "t2"))
        #expect(middle.events == [.initApplied(b)])
    }

    @Test func theLastPageEndsTheListAtItsVersion() throws {
        let last = try WatcherState.initPage(continueToken: "t1").step(.listed(page([b], resourceVersion: "20")))
        #expect(last.state == .initListed(resourceVersion: "20"))
        #expect(last.events == [.initApplied(b), .initDone])
        let only = try WatcherState.empty.step(.listed(page([], resourceVersion: "5", continueToken: "")))
        #expect(only.state == .initListed(resourceVersion: "5"))
        #expect(only.events == [.initStarted, .initDone])
    }

    @Test func aLastPageWithoutAVersionIsAnError() {
        #expect(throws: WatcherError.self) {
            try WatcherState.empty.step(.listed(page([a], resourceVersion: nil)))
        }
        #expect(throws: WatcherError.self) {
            try WatcherState.initPage(continueToken: "t").step(.listed(page([a], resourceVersion: "")))
        }
    }

    @Test func aWatchOpensFromTheListedVersionAndEndsBackThere() throws {
        let opened = try WatcherState.initListed(resourceVersion: "10").step(.watchOpened)
        #expect(opened.state == .watching(resourceVersion: "10"))
        #expect(opened.events.isEmpty)
        let ended = try WatcherState.watching(resourceVersion: "15").step(.watchEnded)
        #expect(ended.state == .initListed(resourceVersion: "15"))
        #expect(ended.events.isEmpty)
    }

    @Test func watchEventsAdvanceTheVersionAndAreReported() throws {
        let watching = WatcherState.watching(resourceVersion: "10")
        let added = try watching.step(.event(.added(a)))
        #expect(added == (.watching(resourceVersion: "11"), [.applied(a)]))
        let modified = try watching.step(.event(.modified(b)))
        #expect(modified == (.watching(resourceVersion: "12"), [.applied(b)]))
        let deleted = try watching.step(.event(.deleted(b)))
        #expect(deleted == (.watching(resourceVersion: "12"), [.deleted(b)]))
    }

    @Test func bookmarksAdvanceTheVersionSilently() throws {
        let watching = WatcherState.watching(resourceVersion: "10")
        let bookmark = try watching.step(.event(.bookmark(WatchBookmark(resourceVersion: "50"))))
        #expect(bookmark == (.watching(resourceVersion: "50"), []))
        let blank = try watching.step(.event(.bookmark(WatchBookmark(resourceVersion: ""))))
        #expect(blank == (.watching(resourceVersion: "10"), []))
    }

    @Test func anObjectWithoutAVersionKeepsTheResumePoint() throws {
        let bare: JSONValue = ["kind": "ConfigMap", "metadata": ["name": "c"]]
        let step = try WatcherState.watching(resourceVersion: "10").step(.event(.added(bare)))
        #expect(step == (.watching(resourceVersion: "10"), [.applied(bare)]))
    }

    @Test(arguments: [
        WatcherState.empty, .initPage(continueToken: "t"), .initListed(resourceVersion: "10"),
        .watching(resourceVersion: "10"),
    ])
    func expiryInAnyStateListsAgain(state: WatcherState) throws {
        #expect(try state.step(.failed(gone)) == (.empty, []))
        let unclassified = KubeAPIError.other(Status(status: Status.failure, code: 410))
        #expect(try state.step(.failed(unclassified)) == (.empty, []))
    }

    @Test func otherFailuresRetryTheSameRequest() throws {
        let states: [WatcherState] = [.empty, .initPage(continueToken: "t"), .initListed(resourceVersion: "10")]
        for state in states {
            #expect(try state.step(.failed(unavailable)) == (state, []))
        }
        // A failed stream is over: open a new watch from where it got to.
        #expect(try WatcherState.watching(resourceVersion: "15").step(.failed(unavailable)) == (
            .initListed(resourceVersion: "15"), []
        ))
    }
}
