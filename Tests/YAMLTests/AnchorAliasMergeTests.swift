import KubeCore
import Testing
import YAML

/// Anchors, aliases and the `<<` merge key.
@Suite struct AnchorAliasMergeTests {
    @Test func aliasesRepeatTheAnchoredValue() throws {
        let value = try YAML.parse("""
            a: &x 1
            b: &m {c: 2, d: [3]}
            c: &s [x, z]
            ref: [*x, *m, *s]
            """)
        #expect(value["ref"] == [1, ["c": 2, "d": [3]], ["x", "z"]])
    }

    @Test func aLaterAnchorOfTheSameNameWins() throws {
        // yaml-test-suite 3GZX, spec example 7.1.
        let value = try YAML.parse("""
            First occurrence: &anchor Foo
            Second occurrence: *anchor
            Override anchor: &anchor Bar
            Reuse anchor: *anchor
            """)
        #expect(value == ["First occurrence": "Foo", "Second occurrence": "Foo", "Override anchor": "Bar", "Reuse anchor": "Bar"])
    }

    @Test func anAnchorCannotContainItself() throws {
        let error = #expect(throws: YAMLError.self) { try YAML.parse("a: &a\n  b: *a\n") }
        #expect(error?.message == "anchor 'a' value contains itself")
        #expect(error?.line == 2)
        #expect(error?.column == 6)
        // Even when an earlier, complete node had the same anchor.
        let again = #expect(throws: YAMLError.self) { try YAML.parse("- &a 1\n- &a [*a]\n") }
        #expect(again?.message == "anchor 'a' value contains itself")
    }

    /// The examples of https://yaml.org/type/merge.html, as go-yaml's tests use them.
    @Test func mergeKeyExamples() throws {
        let value = try YAML.parse("""
            anchors:
              list:
                - &CENTER { "x": 1, "y": 2 }
                - &LEFT   { "x": 0, "y": 2 }
                - &BIG    { "r": 10 }
                - &SMALL  { "r": 1 }
            plain:
              "x": 1
              "y": 2
              "r": 10
              label: center/big
            mergeOne:
              << : *CENTER
              "r": 10
              label: center/big
            mergeMultiple:
              << : [ *CENTER, *BIG ]
              label: center/big
            override:
              << : [ *BIG, *LEFT, *SMALL ]
              "x": 1
              label: center/big
            shortTag:
              !!merge "<<" : [ *CENTER, *BIG ]
              label: center/big
            longTag:
              !<tag:yaml.org,2002:merge> "<<" : [ *CENTER, *BIG ]
              label: center/big
            inlineMap:
              << : {"x": 1, "y": 2, "r": 10}
              label: center/big
            inlineSequenceMap:
              << : [ *CENTER, {"r": 10} ]
              label: center/big
            """)
        let expected: JSONValue = ["x": 1, "y": 2, "r": 10, "label": "center/big"]
        let cases = try #require(value.objectValue)
        #expect(cases.count == 9)
        for (name, merged) in cases where name != "anchors" {
            #expect(merged == expected, "\(name)")
        }
    }

    @Test func explicitKeysWinWhereverTheyAre() throws {
        let value = try YAML.parse("""
            base: &base {a: base, b: base, c: base}
            merged:
              a: mine
              <<: *base
              c: mine
            """)
        #expect(value["merged"] == ["a": "mine", "b": "base", "c": "mine"])
        // Merged keys take the place of their `<<`; explicit ones keep theirs.
        #expect(value["merged"]?.objectValue.map { Array($0.keys) } == ["a", "b", "c"])
    }

    @Test func laterMergeKeysOverrideEarlierOnes() throws {
        let value = try YAML.parse("""
            one: &one {a: 1, b: 1}
            two: &two {b: 2, c: 2}
            merged:
              <<: *one
              <<: *two
            """)
        #expect(value["merged"] == ["a": 1, "b": 2, "c": 2])
    }

    @Test func mergeValuesMustBeMappings() throws {
        for text in ["a: &x null\n<<:\n- *x\n", "<<: 5\n", "<<: [{a: 1}, 2]\n", "<<:\n"] {
            let error = #expect(throws: YAMLError.self) { try YAML.parse(text) }
            #expect(error?.message == "map merge requires map or sequence of maps as the value", "\(text)")
        }
    }

    @Test func aQuotedMergeKeyIsAnOrdinaryKey() throws {
        #expect(try YAML.parse("'<<': {a: 1}\n") == ["<<": ["a": 1]])
        #expect(try YAML.parse("\"<<\": x\n") == ["<<": "x"])
    }

    @Test func anchorsOnKeysNameTheKey() throws {
        #expect(try YAML.parse("&k name: v\nother: *k\n") == ["name": "v", "other": "name"])
    }
}
