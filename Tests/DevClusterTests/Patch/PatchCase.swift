import KubeCore
import Testing
import YAML

@testable import DevCluster

/// One application of a patch, written in YAML as upstream writes its fixtures: `original` with
/// `patch` applied gives `result`, or fails with a message containing `error`.
struct PatchCase: Sendable, CustomTestStringConvertible {
    var name: String
    var original: String
    var patch: String
    var result: String?
    var error: String?

    init(_ name: String, original: String, patch: String, result: String) {
        self.name = name
        self.original = original
        self.patch = patch
        self.result = result
    }

    init(_ name: String, original: String, patch: String, error: String) {
        self.name = name
        self.original = original
        self.patch = patch
        self.error = error
    }

    var testDescription: String { name }

    /// Applies the patch under `schema` and checks the outcome, list order included.
    func check(schema: JSONValue?) throws {
        let original = try YAML.parse(original)
        let patch = try YAML.parse(patch)
        let expected = try result.map { try YAML.parse($0) }
        let outcome = Result { () throws(StrategicMergePatchError) in
            try StrategicMergePatch.apply(patch, to: original, schema: schema)
        }
        switch outcome {
        case let .success(applied):
            guard let expected else {
                Issue.record("\(name): expected an error containing \(error ?? ""), got \(PatchTest.text(applied))")
                return
            }
            #expect(applied == expected, "\(name)\n got: \(PatchTest.text(applied))\nwant: \(PatchTest.text(expected))")
        case let .failure(failure):
            #expect(error.map(failure.message.contains) == true, "\(name): \(failure.message)")
        }
    }
}
