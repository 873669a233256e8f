import KubeCore
import Testing

@testable import KubeRuntime

@Suite struct SubsetTests {
    @Test func serverDefaultsDoNotMakeADifference() throws {
        let desired: JSONValue = ["spec": ["containers": [["name": "server", "image": "mlserver:1.6"]], "replicas": 2]]
        let actual: JSONValue = [
            "spec": [
                "containers": [["name": "server", "image": "mlserver:1.6", "terminationMessagePath": "/dev/termination-log"]],
                "replicas": 2, "revisionHistoryLimit": 10,
            ],
            "status": ["readyReplicas": 2],
        ]
        #expect(desired.isSubset(of: actual))
    }

    @Test func aChangedValueAMissingFieldOrAnExtraElementIsADifference() {
        let actual: JSONValue = ["spec": ["replicas": 2, "args": ["a", "b"]]]
        #expect(!(["spec": ["replicas": 3]] as JSONValue).isSubset(of: actual))
        #expect(!(["spec": ["paused": true]] as JSONValue).isSubset(of: actual))
        #expect(!(["spec": ["args": ["a"]]] as JSONValue).isSubset(of: actual))
        #expect(!(["spec": ["args": ["a", "b", "c"]]] as JSONValue).isSubset(of: actual))
        #expect(!(["spec": "x"] as JSONValue).isSubset(of: actual))
    }

    @Test func integersAndNumbersCompareByValue() {
        #expect((["a": 2] as JSONValue).isSubset(of: ["a": 2.0]))
        #expect((["a": 2.0] as JSONValue).isSubset(of: ["a": 2]))
        #expect(!(["a": 2.5] as JSONValue).isSubset(of: ["a": 2]))
    }
}
