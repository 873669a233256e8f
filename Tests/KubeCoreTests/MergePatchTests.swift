import Testing

@testable import KubeCore

@Suite struct MergePatchTests {
    /// RFC 7386, Appendix A: original, patch, result.
    static let appendixA: [(String, String, String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test(arguments: MergePatchTests.appendixA)
    func appendixAExamples(original: String, patch: String, result: String) throws {
        let applied = try json(original).applyingMergePatch(try json(patch))
        #expect(applied == (try json(result)))
    }

    /// RFC 7386, section 3.
    @Test func section3Example() throws {
        var document = try json(
            #"""
            {"title": "Goodbye!", "author": {"givenName": "John", "familyName": "Doe"},
             "tags": ["example", "sample"], "content": "This will be unchanged"}
            """#)
        document.applyMergePatch(
            try json(
                #"""
                {"title": "Hello!", "phoneNumber": "+01-123-456-7890", "author": {"familyName": null},
                 "tags": ["example"]}
                """#))
        let expected = try json(
            #"""
            {"title": "Hello!", "author": {"givenName": "John"}, "tags": ["example"],
             "content": "This will be unchanged", "phoneNumber": "+01-123-456-7890"}
            """#)
        #expect(document == expected)
        #expect(Array(document.objectValue?.keys ?? []) == ["title", "author", "tags", "content", "phoneNumber"])
    }

    @Test func equalDocumentsNeedNoPatch() throws {
        let value = try json(#"{"a": {"b": [1, 2]}, "c": 1}"#)
        #expect(JSONValue.mergePatch(from: value, to: value) == nil)
        // Key order and 1 versus 1.0 are not differences.
        #expect(JSONValue.mergePatch(from: value, to: try json(#"{"c": 1.0, "a": {"b": [1, 2]}}"#)) == nil)
    }

    @Test func patchHoldsOnlyTheDifferences() throws {
        let original = try json(
            #"{"metadata": {"labels": {"app": "web", "tier": "api"}, "name": "web"}, "spec": {"replicas": 1, "ports": [80]}}"#)
        let modified = try json(
            #"{"metadata": {"labels": {"app": "web", "track": "canary"}, "name": "web"}, "spec": {"replicas": 3, "ports": [80, 443]}}"#)
        let patch = JSONValue.mergePatch(from: original, to: modified)
        #expect(
            patch
                == (try json(
                    #"{"metadata": {"labels": {"tier": null, "track": "canary"}}, "spec": {"replicas": 3, "ports": [80, 443]}}"#)))
        #expect(original.applyingMergePatch(try #require(patch)) == modified)
    }

    @Test func nonObjectsAreReplacedWhole() throws {
        #expect(JSONValue.mergePatch(from: [1, 2], to: [1, 3]) == [1, 3])
        #expect(JSONValue.mergePatch(from: ["a": 1], to: "text") == "text")
        #expect(JSONValue.mergePatch(from: ["a": ["b": 1]], to: ["a": 5]) == ["a": 5])
    }

    @Test(arguments: MergePatchTests.appendixA)
    func computedPatchReproducesTheTarget(original: String, patch: String, result: String) throws {
        let from = try json(original)
        let to = try json(result)
        let computed = JSONValue.mergePatch(from: from, to: to) ?? [:]
        // A merge patch cannot add a null member; every other target is reached exactly.
        let targetAddsNull = to.objectValue?.contains { key, value in value.isNull && from[key] == nil } ?? false
        if !targetAddsNull {
            #expect(from.applyingMergePatch(computed) == to)
        }
    }
}
