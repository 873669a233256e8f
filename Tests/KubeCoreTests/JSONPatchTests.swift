import Foundation
import Testing

@testable import KubeCore

@Suite struct JSONPatchTests {
    private func apply(_ patch: String, to document: String) throws -> JSONValue {
        try JSONPatch(try json(patch)).applied(to: try json(document))
    }

    private func failure(_ patch: String, on document: String) throws -> JSONPatchError? {
        do {
            _ = try JSONPatch(try json(patch)).applied(to: try json(document))
            return nil
        } catch let error as JSONPatchError {
            return error
        }
    }

    // MARK: - RFC 6902, Appendix A

    @Test func a1AddingAnObjectMember() throws {
        let result = try apply(#"[{"op": "add", "path": "/baz", "value": "qux"}]"#, to: #"{"foo": "bar"}"#)
        #expect(result == (try json(#"{"baz": "qux", "foo": "bar"}"#)))
    }

    @Test func a2AddingAnArrayElement() throws {
        let result = try apply(#"[{"op": "add", "path": "/foo/1", "value": "qux"}]"#, to: #"{"foo": ["bar", "baz"]}"#)
        #expect(result == (try json(#"{"foo": ["bar", "qux", "baz"]}"#)))
    }

    @Test func a3RemovingAnObjectMember() throws {
        let result = try apply(#"[{"op": "remove", "path": "/baz"}]"#, to: #"{"baz": "qux", "foo": "bar"}"#)
        #expect(result == (try json(#"{"foo": "bar"}"#)))
    }

    @Test func a4RemovingAnArrayElement() throws {
        let result = try apply(#"[{"op": "remove", "path": "/foo/1"}]"#, to: #"{"foo": ["bar", "qux", "baz"]}"#)
        #expect(result == (try json(#"{"foo": ["bar", "baz"]}"#)))
    }

    @Test func a5ReplacingAValue() throws {
        let result = try apply(
            #"[{"op": "replace", "path": "/baz", "value": "boo"}]"#, to: #"{"baz": "qux", "foo": "bar"}"#)
        #expect(result == (try json(#"{"baz": "boo", "foo": "bar"}"#)))
    }

    @Test func a6MovingAValue() throws {
        let result = try apply(
            #"[{"op": "move", "from": "/foo/waldo", "path": "/qux/thud"}]"#,
            to: #"{"foo": {"bar": "baz", "waldo": "fred"}, "qux": {"corge": "grault"}}"#)
        #expect(result == (try json(#"{"foo": {"bar": "baz"}, "qux": {"corge": "grault", "thud": "fred"}}"#)))
    }

    @Test func a7MovingAnArrayElement() throws {
        let result = try apply(
            #"[{"op": "move", "from": "/foo/1", "path": "/foo/3"}]"#, to: #"{"foo": ["all", "grass", "cows", "eat"]}"#)
        #expect(result == (try json(#"{"foo": ["all", "cows", "eat", "grass"]}"#)))
    }

    @Test func a8TestingAValueSuccess() throws {
        let document = #"{"baz": "qux", "foo": ["a", 2, "c"]}"#
        let result = try apply(
            #"[{"op": "test", "path": "/baz", "value": "qux"}, {"op": "test", "path": "/foo/1", "value": 2}]"#,
            to: document)
        #expect(result == (try json(document)))
    }

    @Test func a9TestingAValueError() throws {
        let error = try failure(#"[{"op": "test", "path": "/baz", "value": "bar"}]"#, on: #"{"baz": "qux"}"#)
        #expect(error?.operationIndex == 0)
        #expect(error?.reason == .testFailed(path: JSONPointer(tokens: ["baz"]), expected: "bar", actual: "qux"))
        #expect(error?.description == #"JSON patch operation 0: test failed: the value at "/baz" is "qux", expected "bar""#)
    }

    @Test func a10AddingANestedMemberObject() throws {
        let result = try apply(
            #"[{"op": "add", "path": "/child", "value": {"grandchild": {}}}]"#, to: #"{"foo": "bar"}"#)
        #expect(result == (try json(#"{"foo": "bar", "child": {"grandchild": {}}}"#)))
    }

    @Test func a11IgnoringUnrecognizedElements() throws {
        let result = try apply(#"[{"op": "add", "path": "/baz", "value": "qux", "xyz": 123}]"#, to: #"{"foo": "bar"}"#)
        #expect(result == (try json(#"{"foo": "bar", "baz": "qux"}"#)))
    }

    @Test func a12AddingToANonexistentTarget() throws {
        let error = try failure(#"[{"op": "add", "path": "/baz/bat", "value": "qux"}]"#, on: #"{"foo": "bar"}"#)
        #expect(error?.operationIndex == 0)
        guard case let .pointer(pointerError)? = error?.reason else {
            Issue.record("expected a pointer error, got \(String(describing: error))")
            return
        }
        #expect(pointerError.reason == .notFound)
        #expect(pointerError.message == "the document root has no member \"baz\"")
    }

    @Test func a13InvalidJSONPatchDocument() throws {
        let patch = #"[{"op": "add", "path": "/baz", "value": "qux", "op": "remove"}]"#
        // Strict reading rejects the duplicate "op" outright.
        #expect(throws: JSONParseError.self) { try JSONParser(duplicateKeys: .reject).parse(patch) }
        // Read as Go reads it, the last "op" wins: a "remove" of a member that is not there,
        // which fails; it is never treated as an "add".
        let error = try failure(patch, on: #"{"foo": "bar"}"#)
        #expect(error?.operationIndex == 0)
        #expect(try JSONPatch(try json(patch)).operations == [.remove(path: JSONPointer(tokens: ["baz"]))])
    }

    @Test func a14TildeEscapeOrdering() throws {
        let document = #"{"/": 9, "~1": 10}"#
        let result = try apply(#"[{"op": "test", "path": "/~01", "value": 10}]"#, to: document)
        #expect(result == (try json(document)))
    }

    @Test func a15ComparingStringsAndNumbers() throws {
        let error = try failure(#"[{"op": "test", "path": "/~01", "value": "10"}]"#, on: #"{"/": 9, "~1": 10}"#)
        #expect(error?.reason == .testFailed(path: JSONPointer(tokens: ["~1"]), expected: "10", actual: 10))
    }

    @Test func a16AddingAnArrayValue() throws {
        let result = try apply(#"[{"op": "add", "path": "/foo/-", "value": ["abc", "def"]}]"#, to: #"{"foo": ["bar"]}"#)
        #expect(result == (try json(#"{"foo": ["bar", ["abc", "def"]]}"#)))
    }

    // MARK: - Atomicity and errors

    @Test func aFailingOperationLeavesTheDocumentUnchanged() throws {
        let original = try json(#"{"metadata": {"finalizers": ["a", "b"]}, "n": 1}"#)
        var document = original
        let patch = try JSONPatch(
            json(
                #"""
                [{"op": "replace", "path": "/n", "value": 2},
                 {"op": "remove", "path": "/metadata/finalizers/0"},
                 {"op": "test", "path": "/metadata/finalizers/0", "value": "a"}]
                """#))
        #expect(throws: JSONPatchError.self) { try patch.apply(to: &document) }
        #expect(document == original)
        do {
            try patch.apply(to: &document)
        } catch {
            #expect(error.operationIndex == 2)
        }
    }

    @Test func finalizerRemovalGuardedByTest() throws {
        // The pattern controllers use: remove our finalizer only if it is still where we saw it.
        var document = try json(#"{"metadata": {"finalizers": ["other.io/x", "baton.dev/cleanup"]}}"#)
        let patch = JSONPatch([
            .test(path: JSONPointer(tokens: ["metadata", "finalizers", "1"]), value: "baton.dev/cleanup"),
            .remove(path: JSONPointer(tokens: ["metadata", "finalizers", "1"])),
        ])
        try patch.apply(to: &document)
        #expect(document == (try json(#"{"metadata": {"finalizers": ["other.io/x"]}}"#)))
        #expect(throws: JSONPatchError.self) { try patch.apply(to: &document) }
    }

    @Test func wholeDocumentOperations() throws {
        #expect(try apply(#"[{"op": "replace", "path": "", "value": [1]}]"#, to: #"{"a": 1}"#) == [1])
        #expect(try apply(#"[{"op": "add", "path": "", "value": {"b": 2}}]"#, to: #"{"a": 1}"#) == ["b": 2])
        #expect(try apply(#"[{"op": "test", "path": "", "value": {"b": 2, "a": 1}}]"#, to: #"{"a": 1, "b": 2}"#) == ["a": 1, "b": 2])
        let error = try failure(#"[{"op": "remove", "path": ""}]"#, on: #"{"a": 1}"#)
        guard case let .pointer(pointerError)? = error?.reason else {
            Issue.record("expected a pointer error")
            return
        }
        #expect(pointerError.reason == .rootNotAllowed)
    }

    @Test func copyMoveAndTestSemantics() throws {
        #expect(
            try apply(#"[{"op": "copy", "from": "/a", "path": "/b"}]"#, to: #"{"a": {"x": [1]}}"#)
                == ["a": ["x": [1]], "b": ["x": [1]]])
        #expect(try apply(#"[{"op": "move", "from": "/a", "path": "/a"}]"#, to: #"{"a": 1}"#) == ["a": 1])
        #expect(try failure(#"[{"op": "move", "from": "/missing", "path": "/missing"}]"#, on: #"{"a": 1}"#) != nil)
        let intoChild = try failure(#"[{"op": "move", "from": "/a", "path": "/a/b"}]"#, on: #"{"a": {}}"#)
        #expect(
            intoChild?.reason == .moveIntoDescendant(from: JSONPointer(tokens: ["a"]), path: JSONPointer(tokens: ["a", "b"])))
        // Numbers compare by value, objects ignore key order, arrays do not.
        #expect(try apply(#"[{"op": "test", "path": "/n", "value": 1.0}]"#, to: #"{"n": 1}"#) == ["n": 1])
        #expect(try failure(#"[{"op": "test", "path": "/l", "value": [2, 1]}]"#, on: #"{"l": [1, 2]}"#) != nil)
        #expect(try apply(#"[{"op": "add", "path": "/a", "value": null}]"#, to: "{}") == ["a": nil])
        #expect(try failure(#"[{"op": "replace", "path": "/nope", "value": 1}]"#, on: "{}") != nil)
        #expect(try failure(#"[{"op": "add", "path": "/l/3", "value": 1}]"#, on: #"{"l": [1]}"#) != nil)
    }

    @Test(arguments: [
        (#"{"op": "add"}"#, #"invalid JSON patch: a JSON patch must be an array of operations, found object"#),
        (#"["add"]"#, "JSON patch operation 0: an operation must be an object, found string"),
        (#"[{"path": "/a"}]"#, #"JSON patch operation 0: missing "op""#),
        (#"[{"op": 1, "path": "/a"}]"#, #"JSON patch operation 0: "op" must be a string, found integer"#),
        (#"[{"op": "merge", "path": "/a"}]"#,
         #"JSON patch operation 0: unknown op "merge"; expected add, remove, replace, move, copy or test"#),
        (#"[{"op": "test", "path": "/a", "value": 1}, {"op": "add", "path": "/a"}]"#,
         #"JSON patch operation 1: "add" needs "value""#),
        (#"[{"op": "move", "path": "/a"}]"#, #"JSON patch operation 0: "move" needs "from""#),
        (#"[{"op": "remove"}]"#, #"JSON patch operation 0: "remove" needs "path""#),
        (#"[{"op": "remove", "path": 5}]"#, #"JSON patch operation 0: "path" must be a string, found integer"#),
        (#"[{"op": "remove", "path": "a"}]"#,
         #"JSON patch operation 0: JSON pointer "a": a JSON pointer must be empty or start with '/'"#),
    ])
    func malformedPatches(patch: String, message: String) throws {
        do {
            _ = try JSONPatch(try json(patch))
            Issue.record("accepted \(patch)")
        } catch let error as JSONPatchError {
            #expect(error.description == message)
        }
    }

    @Test func patchDocumentRoundTrips() throws {
        let text = #"""
            [{"op":"add","path":"/a~1b","value":{"x":null}},{"op":"remove","path":"/c/0"},
             {"op":"replace","path":"/d","value":null},{"op":"move","path":"/e","from":"/f"},
             {"op":"copy","path":"/g","from":"/h"},{"op":"test","path":"","value":[1]}]
            """#
        let patch = try JSONPatch(try json(text))
        #expect(patch.jsonValue == (try json(text)))
        #expect(patch.operations.map(\.name) == ["add", "remove", "replace", "move", "copy", "test"])
        #expect(try JSONPatch(patch.jsonValue) == patch)
        // Codable, for embedding in typed requests.
        let decoded = try JSONDecoder().decode(JSONPatch.self, from: Data(text.utf8))
        #expect(decoded == patch)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(JSONPatch.self, from: Data("{}".utf8)) }
    }
}
