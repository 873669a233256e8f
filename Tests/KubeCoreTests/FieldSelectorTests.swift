import Testing

@testable import KubeCore

@Suite struct FieldSelectorTests {
    @Test func parsesTerms() throws {
        let selector = try FieldSelector(parsing: "status.phase!=Running,metadata.name==web")
        #expect(
            selector.requirements == [
                .init(field: "metadata.name", operator: .equals, value: "web"),
                .init(field: "status.phase", operator: .notEquals, value: "Running"),
            ])
        #expect(selector.description == "metadata.name=web,status.phase!=Running")
        #expect(try FieldSelector(parsing: "").isEmpty)
        #expect(try FieldSelector(parsing: "a=1,,b=2").requirements.count == 2)
    }

    @Test func escapedValues() throws {
        let selector = try FieldSelector(parsing: #"metadata.name=a\,b\=c\\d,spec.x=é"#)
        #expect(selector.requirements.map(\.value) == [#"a,b=c\d"#, "é"])
        #expect(selector.description == #"metadata.name=a\,b\=c\\d,spec.x=é"#)
        #expect(FieldSelector.escape("plain") == "plain")
        #expect(try FieldSelector(parsing: "x=").requirements == [.init(field: "x", operator: .equals, value: "")])
    }

    @Test(arguments: [
        ("metadata.name", "invalid field selector \"metadata.name\": cannot understand \"metadata.name\"; expected field=value, field==value or field!=value"),
        ("a=b=c", "invalid field selector \"a=b=c\": in \"a=b=c\": '=' must be escaped as '\\=' in a value"),
        (#"a=b\"#, #"invalid field selector "a=b\": in "a=b\": a value cannot end with a single '\'"#),
        (#"a=\q"#, #"invalid field selector "a=\q": in "a=\q": invalid escape sequence "\q" (only \\, \, and \= are escapes)"#),
        ("=b", "invalid field selector \"=b\": \"=b\" names no field"),
    ])
    func rejectsMalformedSelectors(text: String, message: String) {
        do {
            _ = try FieldSelector(parsing: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func matching() throws {
        let fields = ["metadata.name": "web", "metadata.namespace": "prod", "spec.nodeName": ""]
        #expect(try FieldSelector(parsing: "metadata.name=web,metadata.namespace!=dev").matches(fields))
        #expect(try !FieldSelector(parsing: "metadata.name=web,metadata.namespace!=prod").matches(fields))
        // An unset field reads as "".
        #expect(try FieldSelector(parsing: "status.podIP=").matches(fields))
        #expect(try FieldSelector(parsing: "status.podIP!=10.0.0.1").matches(fields))
        #expect(try !FieldSelector(parsing: "status.podIP=10.0.0.1").matches(fields))
        #expect(FieldSelector.everything.matches([:]))
        #expect(try FieldSelector(parsing: "metadata.name=web").matches { $0 == "metadata.name" ? "web" : nil })
    }
}
