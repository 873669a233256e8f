import KubeCore
import Testing

@testable import DevCluster

/// How the HTTPRoutes of a namespace share requests out among the serving pods, without a server.
@Suite struct RoutedTrafficTests {
    /// A Running serving pod of `version` in `default`.
    static func pod(_ name: String, version: String, phase: String = "Running") -> JSONValue {
        [
            "metadata": [
                "name": .string(name), "namespace": "default",
                "labels": ["baton.dev/model": "fraud", "baton.dev/version": .string(version)],
            ],
            "status": ["phase": .string(phase)],
        ]
    }

    /// A Service selecting `version`'s pods, named after it.
    static func service(_ version: String) -> JSONValue {
        ["metadata": ["name": .string(version), "namespace": "default"], "spec": ["selector": ["baton.dev/version": .string(version)]]]
    }

    static func route(_ rules: JSONValue..., namespace: String = "default") -> JSONValue {
        ["metadata": ["name": "fraud", "namespace": .string(namespace)], "spec": ["rules": .array(rules)]]
    }

    static func backend(_ name: String, weight: Int64? = nil) -> JSONValue {
        var reference: JSONValue = ["name": .string(name), "port": 8080]
        if let weight { reference["weight"] = .integer(weight) }
        return reference
    }

    static func mirror(_ name: String, percent: Int64? = nil, fraction: JSONValue? = nil) -> JSONValue {
        var filter: JSONValue = ["type": "RequestMirror", "requestMirror": ["backendRef": ["name": .string(name), "port": 8080]]]
        if let percent { filter[path: ["requestMirror", "percent"]] = .integer(percent) }
        if let fraction { filter[path: ["requestMirror", "fraction"]] = fraction }
        return filter
    }

    static let services = ["stable", "canary", "other"].map(service)
    static let pods = [pod("stable-a", version: "stable"), pod("canary-a", version: "canary")]

    /// The rate of each pod at 5 requests per second per pod; nil for one no route reaches.
    func rates(_ routes: [JSONValue], pods: [JSONValue] = pods, services: [JSONValue] = services) -> [String: Double?] {
        Dictionary(uniqueKeysWithValues: pods.map { pod in
            (pod[path: ["metadata", "name"]]?.stringValue ?? "",
             RoutedTraffic.requestRate(of: pod, perPod: 5, routes: routes, services: services, pods: pods))
        })
    }

    @Test func weightsShareTheRequestsOfEveryPodBehindTheRule() {
        let route = Self.route(["backendRefs": [Self.backend("stable", weight: 80), Self.backend("canary", weight: 20)]])
        #expect(rates([route]) == ["stable-a": 8, "canary-a": 2])

        // Three stable pods and one canary: 20 requests a second, 16 spread over the stable ones.
        let pods = (1...3).map { Self.pod("stable-\($0)", version: "stable") } + [Self.pod("canary-a", version: "canary")]
        let rates = rates([route], pods: pods)
        #expect(abs((rates["stable-1"] ?? nil)! - 16.0 / 3) < 1e-9 && rates["canary-a"] == 4)
    }

    @Test func aBackendWithoutAWeightWeighsOneAndEqualWeightsGiveThePerPodRate() {
        let route = Self.route(["backendRefs": [Self.backend("stable"), Self.backend("canary")]])
        #expect(rates([route]) == ["stable-a": 5, "canary-a": 5])
        let mixed = Self.route(["backendRefs": [Self.backend("stable", weight: 3), Self.backend("canary")]])
        #expect(rates([mixed]) == ["stable-a": 7.5, "canary-a": 2.5])
    }

    @Test func aBackendOfWeightZeroGetsNothingButIsReached() {
        // The rule's requests are those of the pods behind its backends of non-zero weight.
        let route = Self.route(["backendRefs": [Self.backend("stable", weight: 100), Self.backend("canary", weight: 0)]])
        #expect(rates([route]) == ["stable-a": 5, "canary-a": 0])
        let none = Self.route(["backendRefs": [Self.backend("stable", weight: 0), Self.backend("canary", weight: 0)]])
        #expect(rates([none]) == ["stable-a": 0, "canary-a": 0])
    }

    @Test func aMirrorReceivesACopyOfTheWholeRuleSpreadOverItsPods() {
        let pods = [Self.pod("stable-a", version: "stable"), Self.pod("canary-a", version: "canary"), Self.pod("canary-b", version: "canary")]
        let route = Self.route(["backendRefs": [Self.backend("stable", weight: 100)], "filters": [Self.mirror("canary")]])
        #expect(rates([route], pods: pods) == ["stable-a": 5, "canary-a": 2.5, "canary-b": 2.5])
        let half = Self.route(["backendRefs": [Self.backend("stable")], "filters": [Self.mirror("canary", percent: 50)]])
        #expect(rates([half], pods: pods) == ["stable-a": 5, "canary-a": 1.25, "canary-b": 1.25])
        let quarter = Self.route(["backendRefs": [Self.backend("stable")], "filters": [Self.mirror("canary", fraction: ["numerator": 1, "denominator": 4])]])
        #expect(rates([quarter], pods: pods) == ["stable-a": 5, "canary-a": 0.625, "canary-b": 0.625])
    }

    @Test func theRulesOfEveryRouteAddUp() {
        let first = Self.route(
            ["backendRefs": [Self.backend("stable")]],
            ["backendRefs": [Self.backend("stable", weight: 1), Self.backend("canary", weight: 1)]])
        let second = Self.route(["backendRefs": [Self.backend("canary")], "filters": [Self.mirror("stable")]])
        // 5 + 5 + 5 (the mirrored copy) for the stable pod; 5 + 5 for the canary.
        #expect(rates([first, second]) == ["stable-a": 15, "canary-a": 10])
    }

    @Test func backendsOfAnotherNamespaceOrKindAreLeftOut() {
        let route = Self.route(["backendRefs": [
            Self.backend("stable", weight: 80),
            ["name": "canary", "namespace": "elsewhere", "port": 8080, "weight": 20],
            ["name": "canary", "kind": "ServiceImport", "group": "multicluster.x-k8s.io", "port": 8080, "weight": 20],
            ["name": "canary", "kind": "Service", "group": "example.com", "port": 8080, "weight": 20],
        ], "filters": [["type": "RequestMirror", "requestMirror": ["backendRef": ["name": "canary", "namespace": "elsewhere"]]]]])
        #expect(rates([route]) == ["stable-a": 5, "canary-a": nil])
        // An explicit core Service of the route's own namespace counts.
        let explicit = Self.route(["backendRefs": [
            Self.backend("stable"), ["name": "canary", "namespace": "default", "group": "", "kind": "Service", "port": 8080],
        ]])
        #expect(rates([explicit]) == ["stable-a": 5, "canary-a": 5])
    }

    @Test func aPodNoRouteReachesIsLeftToItsServicesWithoutReadingThePods() {
        let route = Self.route(["backendRefs": [Self.backend("stable")]])
        let canary = Self.pod("canary-a", version: "canary")
        let read = { () -> [JSONValue] in
            Issue.record("the pods were read for a pod no route reaches")
            return Self.pods
        }
        #expect(RoutedTraffic.requestRate(of: canary, perPod: 5, routes: [route], services: Self.services, pods: read()) == nil)
        // Nor one of another namespace's route, or a route to a Service that does not exist.
        let elsewhere = Self.route(["backendRefs": [Self.backend("canary")]], namespace: "elsewhere")
        let missing = Self.route(["backendRefs": [Self.backend("fraud")]])
        #expect(RoutedTraffic.requestRate(of: canary, perPod: 5, routes: [elsewhere, missing], services: Self.services, pods: read()) == nil)
    }

    @Test func onlyRunningServingPodsShareTheRequests() {
        let pods = Self.pods + [Self.pod("canary-b", version: "canary", phase: "Pending")]
        let route = Self.route(["backendRefs": [Self.backend("stable"), Self.backend("canary")]])
        #expect(rates([route], pods: pods)["canary-a"] == 5)
        // A backend whose Service selects no serving pod keeps its weight: its share is lost.
        let lost = Self.route(["backendRefs": [Self.backend("stable"), Self.backend("other")]])
        #expect(rates([lost])["stable-a"] == 2.5)
    }
}
