import Foundation
import KubeCore
import Testing

@testable import DevCluster

@Suite struct ApplyHostileInputTests {
    typealias F = ApplyFixtures

    static func deployment(containers count: Int, image: String = "app:1") -> JSONValue {
        var config = F.yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: big}, spec: {template: {spec: {}}}}")
        config["spec"]?["template"]?["spec"]?["containers"] = .array((0 ..< count).map { index in
            ["name": .string("c\(index)"), "image": .string(image), "env": [["name": "A", "value": "1"]]]
        })
        return config
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func largeMapListsScaleLinearly() throws {
        func cycle(_ count: Int) throws {
            let created = try ApplyBasicsTests.apply(Self.deployment(containers: count), to: nil, as: "alice", at: F.t1)
            let reapplied = try ApplyBasicsTests.apply(
                Self.deployment(containers: count, image: "app:2"), to: created, as: "alice", at: F.t2)
            var containers = reapplied["spec"]?["template"]?["spec"]?["containers"]?.arrayValue ?? []
            containers[0]["image"] = "app:3"
            var edited = reapplied
            edited["spec"]?["template"]?["spec"]?["containers"] = .array(containers)
            let updated = F.deployments.update(
                live: reapplied, new: edited, manager: "editor", apiVersion: "apps/v1", subresource: nil, now: F.t3)
            #expect(F.fields(updated, "editor/Update")?.contains("c0") == true)
        }
        let small = try Self.seconds { try cycle(1_000) }
        let large = try Self.seconds { try cycle(10_000) }
        // Ten times the items takes about ten times as long; quadratic work would take a hundred.
        #expect(large < small * 40)
    }

    static func nested(depth: Int, leaf: String) -> JSONValue {
        var text = #"{"leaf":"\#(leaf)"}"#
        for level in 0 ..< depth { text = #"{"l\#(level)":\#(text)}"# }
        return F.json(#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"extra":\#(text)}}"#)
    }

    @Test func deepNestingWithinTheParsersLimitIsHandled() throws {
        // The JSON parser allows 512 levels: 500 here, plus the object's own, plus the four that
        // `metadata.managedFields[].fieldsV1` adds around the same shape once it is recorded.
        let depth = 500
        let created = try F.widgets.apply(
            live: nil, applied: Self.nested(depth: depth, leaf: "a"), manager: "alice", apiVersion: "example.com/v1",
            force: false, subresource: nil, now: F.t1)
        let changed = try F.widgets.apply(
            live: created, applied: Self.nested(depth: depth, leaf: "b"), manager: "alice",
            apiVersion: "example.com/v1", force: false, subresource: nil, now: F.t2)
        let unchanged = F.widgets.update(
            live: changed, new: changed, manager: "alice", apiVersion: "example.com/v1", subresource: nil, now: F.t3)
        // Compared outside #expect so that a failure does not print five hundred levels.
        let updateKeptEverything = unchanged == changed
        #expect(updateKeptEverything)
        let leafOwned = F.fields(changed, "alice/Apply")?.contains(#""f:l0":{".":{},"f:leaf":{}}"#) == true
        #expect(leafOwned)
        let error = #expect(throws: ApplyError.self) {
            try F.widgets.apply(
                live: changed, applied: Self.nested(depth: depth, leaf: "c"), manager: "bob",
                apiVersion: "example.com/v1", force: false, subresource: nil, now: F.t3)
        }
        guard case let .conflicts(conflicts)? = error else {
            Issue.record("expected a conflict")
            return
        }
        #expect(conflicts.conflicts.map { $0.path.elements.count } == [depth + 3])
        // What the server stores, managed fields included, can be read back.
        let roundTrips = try JSONParser().parse(try changed.jsonString()) == changed
        #expect(roundTrips)
    }
}
