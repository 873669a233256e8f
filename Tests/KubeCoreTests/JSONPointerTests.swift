import Testing

@testable import KubeCore

@Suite struct JSONPointerTests {
    /// RFC 6901, section 5.
    static let document: JSONValue = [
        "foo": ["bar", "baz"],
        "": 0,
        "a/b": 1,
        "c%d": 2,
        "e^f": 3,
        "g|h": 4,
        "i\\j": 5,
        "k\"l": 6,
        " ": 7,
        "m~n": 8,
    ]

    @Test(arguments: [
        ("", JSONPointerTests.document),
        ("/foo", ["bar", "baz"]),
        ("/foo/0", "bar"),
        ("/", 0),
        ("/a~1b", 1),
        ("/c%d", 2),
        ("/e^f", 3),
        ("/g|h", 4),
        ("/i\\j", 5),
        ("/k\"l", 6),
        ("/ ", 7),
        ("/m~0n", 8),
    ] as [(String, JSONValue)])
    func rfc6901Examples(pointer: String, expected: JSONValue) throws {
        let parsed = try JSONPointer(pointer)
        #expect(try Self.document.value(at: parsed) == expected)
        #expect(parsed.description == pointer)
    }

    @Test func tokensAreUnescapedOnce() throws {
        #expect(try JSONPointer("/~01").tokens == ["~1"])
        #expect(try JSONPointer("/a~1b~0c/").tokens == ["a/b~c", ""])
        #expect(JSONPointer(tokens: ["a/b~c", "x"]).description == "/a~1b~0c/x")
        #expect(JSONPointer.escape("~/") == "~0~1")
    }

    @Test(arguments: [
        ("foo", "a JSON pointer must be empty or start with '/'"),
        ("/a~2", "'~' must be followed by '0' or '1' (write '~0' for '~' and '~1' for '/')"),
        ("/a~", "'~' must be followed by '0' or '1' (write '~0' for '~' and '~1' for '/')"),
    ])
    func invalidSyntax(text: String, message: String) {
        do {
            _ = try JSONPointer(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.reason == .invalidSyntax)
            #expect(error.message == message)
            #expect(error.pointer == text)
        }
    }

    @Test(arguments: [
        ("/nope", JSONPointerError.Reason.notFound, "the document root has no member \"nope\""),
        ("/foo/2", .notFound, "/foo has no index 2 (the array has 2 elements)"),
        ("/foo/-", .notFound, "/foo has no element '-' (it names the position after the last element)"),
        ("/foo/01", .invalidArrayIndex,
         "/foo is an array, and \"01\" is not an array index (expected '-' or a decimal number without leading zeros)"),
        ("/foo/x", .invalidArrayIndex,
         "/foo is an array, and \"x\" is not an array index (expected '-' or a decimal number without leading zeros)"),
        ("/foo/99999999999999999999999", .invalidArrayIndex,
         "/foo is an array, and \"99999999999999999999999\" is not an array index (expected '-' or a decimal number without leading zeros)"),
        ("/foo/0/x", .notAContainer, "/foo/0 is a string, not an object or array"),
        ("//x", .notAContainer, "/ is an integer, not an object or array"),
    ])
    func unresolvable(text: String, reason: JSONPointerError.Reason, message: String) throws {
        let pointer = try JSONPointer(text)
        #expect(Self.document[pointer: pointer] == nil)
        do {
            _ = try Self.document.value(at: pointer)
            Issue.record("\(text) resolved")
        } catch {
            #expect(error.reason == reason)
            #expect(error.message == message)
        }
    }

    @Test func setValue() throws {
        var value: JSONValue = ["a": ["list": [1, 2]], "s": "x"]
        try value.setValue("new", at: JSONPointer("/b"))
        try value.setValue(3, at: JSONPointer("/a/list/-"))
        try value.setValue(10, at: JSONPointer("/a/list/0"))
        try value.setValue(4, at: JSONPointer("/a/list/3"))
        #expect(value == ["a": ["list": [10, 2, 3, 4]], "s": "x", "b": "new"])
        #expect(throws: JSONPointerError.self) { try value.setValue(1, at: JSONPointer("/a/list/9")) }
        #expect(throws: JSONPointerError.self) { try value.setValue(1, at: JSONPointer("/missing/x")) }
        #expect(throws: JSONPointerError.self) { try value.setValue(1, at: JSONPointer("/s/x")) }
        try value.setValue("root", at: .root)
        #expect(value == "root")
    }

    @Test func removeValue() throws {
        var value: JSONValue = ["a": ["list": [1, 2, 3]], "b": true]
        #expect(try value.removeValue(at: JSONPointer("/a/list/1")) == 2)
        #expect(try value.removeValue(at: JSONPointer("/b")) == true)
        #expect(value == ["a": ["list": [1, 3]]])
        #expect(throws: JSONPointerError.self) { try value.removeValue(at: JSONPointer("/b")) }
        #expect(throws: JSONPointerError.self) { try value.removeValue(at: JSONPointer("/a/list/-")) }
        do {
            try value.removeValue(at: .root)
            Issue.record("removed the root")
        } catch {
            #expect(error.reason == .rootNotAllowed)
        }
    }

    @Test func mutationDoesNotTouchCopies() throws {
        let original: JSONValue = ["a": ["b": [1, 2]]]
        var copy = original
        try copy.setValue(3, at: JSONPointer("/a/b/-"))
        #expect(original == ["a": ["b": [1, 2]]])
        #expect(copy == ["a": ["b": [1, 2, 3]]])
    }

    @Test func parentAndPrefix() throws {
        let pointer = try JSONPointer("/a/b")
        #expect(pointer.parent == JSONPointer(tokens: ["a"]))
        #expect(JSONPointer.root.parent == nil)
        #expect(try JSONPointer("/a").isProperPrefix(of: pointer))
        #expect(!pointer.isProperPrefix(of: pointer))
        #expect(!(try JSONPointer("/a/bc")).isProperPrefix(of: pointer))
        #expect(JSONPointer.root.appending("x/y").description == "/x~1y")
    }

    @Test func pathSubscript() {
        var value: JSONValue = ["spec": ["replicas": 1]]
        #expect(value[path: ["spec", "replicas"]] == 1)
        #expect(value[path: ["spec", "missing", "deeper"]] == nil)
        #expect(value[path: []] == value)
        value[path: ["spec", "template", "metadata", "labels", "app"]] = "web"
        #expect(value == ["spec": ["replicas": 1, "template": ["metadata": ["labels": ["app": "web"]]]]])
        value[path: ["spec", "replicas"]] = nil
        value[path: ["status", "absent"]] = nil
        #expect(value == ["spec": ["template": ["metadata": ["labels": ["app": "web"]]]]])
        #expect(value["status"] == nil)
    }
}
