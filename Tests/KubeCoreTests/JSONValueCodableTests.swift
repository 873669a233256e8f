import Foundation
import Testing

@testable import KubeCore

@Suite struct JSONValueCodableTests {
    private struct Extension: Codable, Equatable {
        var name: String
        var config: JSONValue
    }

    @Test func freeFormFieldsDecodeAndEncodeThroughFoundation() throws {
        let text = #"""
            {"name": "x", "config": {"on": true, "n": 3, "ratio": 0.25, "big": 9223372036854775807,
             "huge": 1e300, "s": "text", "list": [1, "a", null, {"deep": []}], "nothing": null}}
            """#
        let decoded = try JSONDecoder().decode(Extension.self, from: Data(text.utf8))
        #expect(decoded.config == (try json(text))["config"])
        // Booleans stay booleans and integers stay integers.
        #expect(decoded.config["on"] == .bool(true))
        if case .integer = decoded.config["n"] {} else { Issue.record("n decoded as \(String(describing: decoded.config["n"]))") }
        if case .number = decoded.config["ratio"] {} else { Issue.record("ratio decoded as a non-number") }
        #expect(decoded.config["big"] == .integer(.max))

        let reencoded = try JSONEncoder().encode(decoded)
        #expect(try JSONDecoder().decode(Extension.self, from: reencoded) == decoded)
    }

    @Test func typedValuesConvertToAndFromTheTree() throws {
        let meta = ObjectMeta(name: "web", namespace: "prod", generation: 4, labels: ["app": "web"])
        let tree = try JSONValue(encoding: meta)
        #expect(tree == ["name": "web", "namespace": "prod", "generation": 4, "labels": ["app": "web"]])
        // Keys come out sorted so that the tree is the same from run to run.
        #expect(Array(tree.objectValue?.keys ?? []) == ["generation", "labels", "name", "namespace"])
        #expect(try tree.decode(ObjectMeta.self) == meta)
    }

    @Test func decodeReportsTypeMismatches() throws {
        let tree: JSONValue = ["name": 5]
        #expect(throws: DecodingError.self) { try tree.decode(ObjectMeta.self) }
    }

    @Test func nonFiniteNumbersCannotBeDecodedThrough() {
        let tree: JSONValue = ["generation": .number(.nan)]
        #expect(throws: JSONWriteError.self) { try tree.decode(ObjectMeta.self) }
    }
}
