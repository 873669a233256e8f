import KubeCore
import Testing

@testable import DevCluster

/// The small pure pieces of DevCluster, tested without a server.
@Suite struct RequestTargetTests {
    @Test(arguments: [
        ("/api/v1/namespaces/default/pods/web/status", ResourcePath(group: "", version: "v1", rest: ["namespaces", "default", "pods", "web", "status"])),
        ("/api/v1/namespaces/team/status", ResourcePath(group: "", version: "v1", rest: ["namespaces", "team", "status"])),
        ("/apis/apps/v1/deployments", ResourcePath(group: "apps", version: "v1", rest: ["deployments"])),
    ])
    func resourcePaths(path: String, expected: ResourcePath?) {
        #expect(RequestTarget(path: path) == expected.map(RequestTarget.resource))
    }

    @Test func namespaceSubresourcesAreNotCollections() {
        guard case .resource(let path) = RequestTarget(path: "/api/v1/namespaces/team/finalize") else {
            Issue.record("not a resource")
            return
        }
        #expect(path.resource == "namespaces" && path.name == "team" && path.subresource == "finalize" && path.namespace == nil)
    }

    @Test func otherTargets() {
        #expect(RequestTarget(path: "/apis") == .groups)
        #expect(RequestTarget(path: "/apis/apps") == .group("apps"))
        #expect(RequestTarget(path: "/openapi/v3/apis/apps/v1") == .openAPIv3(group: "apps", version: "v1"))
        #expect(RequestTarget(path: "/api/v1/a/b/c/d") == .unknown)
        #expect(RequestTarget(path: "/nonsense") == .unknown)
    }
}

@Suite struct PresentationHelperTests {
    static let durations: [(Int64, String)] = [
        (5, "5s"), (119, "119s"), (125, "2m5s"), (600, "10m"), (11_100, "3h5m"), (108_000, "30h"), (266_400, "3d2h"),
        (34_560_000, "400d"),
    ]

    @Test(arguments: durations)
    func humanDurations(seconds: Int64, text: String) {
        #expect(HumanDuration.format(seconds: seconds) == text)
    }

    @Test func jsonPathsOfPrinterColumns() throws {
        let object = try JSONParser().parse(#"{"status":{"conditions":[{"type":"Progressing","status":"True"},{"type":"Ready","status":"False"}]},"metadata":{"labels":{"app.kubernetes.io/name":"x"}},"spec":{"items":[{"n":1},{"n":2}]}}"#)
        #expect(JSONPath(#".status.conditions[?(@.type=="Ready")].status"#).values(in: object) == ["False"])
        #expect(JSONPath(".spec.items[*].n").values(in: object) == [1, 2])
        #expect(JSONPath(".spec.items[-1].n").values(in: object) == [2])
        #expect(JSONPath(#".metadata.labels['app.kubernetes.io/name']"#).values(in: object) == ["x"])
        #expect(JSONPath(".spec.[broken").values(in: object).isEmpty)
    }

    @Test func kubernetesVersionOrder() {
        let sorted = ["v1beta1", "v1", "v2alpha1", "v2", "foo", "v1alpha2", "v1beta2"].sorted(by: KubeVersionPriority.higher)
        #expect(sorted == ["v2", "v1", "v1beta2", "v1beta1", "v2alpha1", "v1alpha2", "foo"])
    }
}

@Suite struct SimulationHelperTests {
    @Test func durations() {
        #expect(SimulationAnnotations.parseDuration("1500ms") == .milliseconds(1500))
        #expect(SimulationAnnotations.parseDuration("2s") == .seconds(2))
        #expect(SimulationAnnotations.parseDuration("1.5m") == .seconds(90))
        #expect(SimulationAnnotations.parseDuration("soon") == nil)
        #expect(SimulationAnnotations.parseDuration("-1s") == nil)
    }

    @Test func completedIndexRanges() {
        #expect(JobSimulator.ranges([3, 0, 1, 2, 7, 5, 6]) == "0-3,5-7")
        #expect(JobSimulator.ranges([4]) == "4")
        #expect(JobSimulator.ranges([]) == "")
    }

    @Test func clusterIPsAreUniqueAndReused() {
        let allocator = ClusterIPAllocator()
        let first = allocator.allocate()
        let second = allocator.allocate()
        #expect(first == "10.96.0.1" && second == "10.96.0.2")
        #expect(!allocator.claim("10.96.0.2") && allocator.claim("10.96.5.5") && !allocator.claim("192.168.0.1"))
        allocator.release("10.96.0.1")
        #expect(allocator.claim("10.96.0.1"))
    }
}

@Suite struct ObjectStoreTests {
    private let resource = ResourceKey(group: "", resource: "configmaps")

    private func filter() -> WatchFilter {
        WatchFilter(resource: resource, namespace: nil, fieldValue: { _, _ in nil })
    }

    private func object(_ name: String) -> JSONValue {
        ["metadata": ["name": .string(name), "namespace": "default"]]
    }

    @Test func aWatcherThatFallsBehindIsClosedWithoutHoldingUpOthers() async throws {
        let store = ObjectStore(limits: .init(history: 100, watcherBuffer: 3))
        let slow = try store.watch(filter(), from: .after(store.currentRevision), bookmarks: false)
        let fast = try store.watch(filter(), from: .after(store.currentRevision), bookmarks: false)
        var fastIterator = fast.makeAsyncIterator()
        for index in 0..<10 {
            _ = try store.create(resource, ObjectKey(namespace: "default", name: "c\(index)"), object("c\(index)"))
            #expect(await fastIterator.next() != nil, "the fast watcher keeps receiving")
        }
        var received = 0
        for await _ in slow { received += 1 }
        #expect(received == 3, "the slow watcher got what fit in its buffer, then its stream ended")
        #expect(store.watcherCount == 1)
    }

    @Test func compareAndSwapAndHistory() throws {
        let store = ObjectStore(limits: .init(history: 2, watcherBuffer: 10))
        let key = ObjectKey(namespace: "default", name: "a")
        let created = try store.create(resource, key, object("a"))
        #expect(throws: StoreError.conflict) { try store.replace(resource, key, with: object("a"), expected: "0") }
        let unchanged = try store.replace(resource, key, with: created, expected: created.resourceVersion!)
        #expect(unchanged.resourceVersion == created.resourceVersion)
        for index in 0..<3 { _ = try store.create(resource, ObjectKey(namespace: "default", name: "n\(index)"), object("n\(index)")) }
        #expect(throws: StoreError.self) { try store.watch(filter(), from: .after(UInt64(created.resourceVersion!)!), bookmarks: false) }
    }
}

@Suite struct InFlightLimitTests {
    @Test func readOnlyAndMutatingSlotsAreCountedApart() {
        let limit = InFlightLimit(readOnly: 2, mutating: 1)
        #expect(limit.acquire(mutating: false) && limit.acquire(mutating: false))
        #expect(!limit.acquire(mutating: false), "the third read waits for a slot")
        #expect(limit.acquire(mutating: true) && !limit.acquire(mutating: true))
        limit.release(mutating: false)
        #expect(limit.acquire(mutating: false))
    }
}
