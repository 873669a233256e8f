import Foundation
import Testing

@testable import KubeCore

@Suite struct LabelSelectorTests {
    private func parse(_ text: String) throws -> LabelRequirements {
        try LabelRequirements(parsing: text)
    }

    private func requirement(_ key: String, _ op: LabelRequirement.Operator, _ values: [String] = []) throws -> LabelRequirement {
        try LabelRequirement(key: key, operator: op, values: values)
    }

    private func parseFailure(_ text: String) -> String? {
        do {
            _ = try LabelRequirements(parsing: text)
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: - Parsing (the table of apimachinery's TestSetSelectorParser)

    @Test func parsesLikeApimachinery() throws {
        let cases: [(String, [LabelRequirement])] = [
            ("", []),
            ("\rx", [try requirement("x", .exists)]),
            ("this-is-a-dns.domain.com/key-with-dash", [try requirement("this-is-a-dns.domain.com/key-with-dash", .exists)]),
            ("this-is-another-dns.domain.com/key-with-dash in (so,what)",
             [try requirement("this-is-another-dns.domain.com/key-with-dash", .in, ["so", "what"])]),
            ("0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)",
             [try requirement("0.1.2.domain/99", .notIn, ["10.10.100.1", "tick.tack.clock"])]),
            ("foo  in\t (abc)", [try requirement("foo", .in, ["abc"])]),
            ("x notin\n (abc)", [try requirement("x", .notIn, ["abc"])]),
            ("x  notin\t\t(abc,def)", [try requirement("x", .notIn, ["abc", "def"])]),
            ("x in (abc,def)", [try requirement("x", .in, ["abc", "def"])]),
            ("x in (abc,)", [try requirement("x", .in, ["abc", ""])]),
            ("x in ()", [try requirement("x", .in, [""])]),
            ("x notin (abc,,def),bar,z in (),w", [
                try requirement("bar", .exists), try requirement("w", .exists),
                try requirement("x", .notIn, ["abc", "", "def"]), try requirement("z", .in, [""]),
            ]),
            ("x,y in (a)", [try requirement("x", .exists), try requirement("y", .in, ["a"])]),
            ("x=a", [try requirement("x", .equals, ["a"])]),
            ("x>1", [try requirement("x", .greaterThan, ["1"])]),
            ("x<7", [try requirement("x", .lessThan, ["7"])]),
            ("x=a,y!=b", [try requirement("x", .equals, ["a"]), try requirement("y", .notEquals, ["b"])]),
            ("x=a,y!=b,z in (h,i,j)", [
                try requirement("x", .equals, ["a"]), try requirement("y", .notEquals, ["b"]),
                try requirement("z", .in, ["h", "i", "j"]),
            ]),
            ("x notin ( )", [try requirement("x", .notIn, [""])]),
            ("x notin (, a)", [try requirement("x", .notIn, ["", "a"])]),
            ("a ", [try requirement("a", .exists)]),
            ("a in (x,y,notin, z,in)", [try requirement("a", .in, ["in", "notin", "x", "y", "z"])]),
            ("x=", [try requirement("x", .equals, [""])]),
            ("x= ,z= ", [try requirement("x", .equals, [""]), try requirement("z", .equals, [""])]),
            ("x==a", [try requirement("x", .doubleEquals, ["a"])]),
            ("!x", [try requirement("x", .doesNotExist)]),
            ("notin=in", [try requirement("notin", .equals, ["in"])]),
            ("z,a,m", [try requirement("a", .exists), try requirement("m", .exists), try requirement("z", .exists)]),
        ]
        for (text, expected) in cases {
            #expect(try parse(text).requirements == expected, "\(text)")
        }
    }

    @Test(arguments: [
        ("x=a||y=b", "invalid label selector \"x=a||y=b\": unable to parse requirement: invalid label value \"a||y\" for key \"x\": "),
        ("x==a==b", "invalid label selector \"x==a==b\": found '==', expected: ',' or 'end of string'"),
        ("!x=a", "invalid label selector \"!x=a\": found '=', expected: ',' or 'end of string'"),
        ("x<a", "invalid label selector \"x<a\": unable to parse requirement: invalid value \"a\": for 'Gt', 'Lt' operators, the value must be an integer"),
        ("x,,y", "invalid label selector \"x,,y\": found ',', expected: identifier after ','"),
        (",x,y", "invalid label selector \",x,y\": found ',', expected: !, identifier, or 'end of string'"),
        ("x nott in (y)", "invalid label selector \"x nott in (y)\": unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt"),
        ("a in (xyz),", "invalid label selector \"a in (xyz),\": found end of string, expected: identifier after ','"),
        ("a in (xyz)b notin ()", "invalid label selector \"a in (xyz)b notin ()\": found 'b', expected: ',' or 'end of string'"),
        ("a in (xyz abc)", "invalid label selector \"a in (xyz abc)\": unable to parse requirement: found 'abc', expected: ',' or ')'"),
        ("a notin(", "invalid label selector \"a notin(\": unable to parse requirement: found end of string, expected: ',', ')' or identifier"),
        ("a (", "invalid label selector \"a (\": unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"),
        ("(", "invalid label selector \"(\": found '(', expected: !, identifier, or 'end of string'"),
        ("x in a", "invalid label selector \"x in a\": unable to parse requirement: found 'a', expected: '('"),
        ("x in (a", "invalid label selector \"x in (a\": unable to parse requirement: found end of string, expected: ',' or ')'"),
        ("x in (a,=)", "invalid label selector \"x in (a,=)\": unable to parse requirement: found '=', expected: ',', or identifier"),
        ("x=(", "invalid label selector \"x=(\": unable to parse requirement: found '(', expected: identifier"),
        ("!", "invalid label selector \"!\": unable to parse requirement: found end of string, expected: identifier"),
        ("x>1,y>2>3", "invalid label selector \"x>1,y>2>3\": found '>', expected: ',' or 'end of string'"),
    ])
    func rejectsMalformedSelectors(text: String, messagePrefix: String) {
        let message = parseFailure(text)
        #expect(message?.hasPrefix(messagePrefix) == true, "\(message ?? "parsed")")
    }

    @Test func validatesKeysAndValues() {
        let longName = String(repeating: "a", count: 64)
        #expect(
            parseFailure(longName)
                == "invalid label selector \"\(longName)\": unable to parse requirement: invalid label key \"\(longName)\": name part must be no more than 63 characters")
        #expect(
            parseFailure("Example.com/app")
                == "invalid label selector \"Example.com/app\": unable to parse requirement: invalid label key \"Example.com/app\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")
        #expect(parseFailure("a/b/c")?.contains("a qualified name must consist of alphanumeric characters") == true)
        #expect(parseFailure("/x")?.contains("prefix part must be non-empty") == true)
        #expect(parseFailure("-x")?.contains("name part must consist of alphanumeric characters") == true)
        #expect(parseFailure("x=-a")?.contains("invalid label value \"-a\" for key \"x\": a valid label must be an empty string") == true)
        #expect(parseFailure("x=\(longName)")?.contains("must be no more than 63 characters") == true)
        #expect((try? parse("x=\(String(repeating: "a", count: 63))")) != nil)
        // The prefix limit is on the whole subdomain (253), not on its labels, as in apimachinery.
        #expect((try? parse("\(String(repeating: "a", count: 253))/x")) != nil)
        let longPrefix = Array(repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".") + "a"
        #expect(longPrefix.count == 256)
        #expect(parseFailure("\(longPrefix)/x")?.contains("prefix part must be no more than 253 characters") == true)
    }

    @Test func requirementConstructionFollowsNewRequirement() {
        #expect(throws: LabelSelectorError(message: "for 'in', 'notin' operators, values set can't be empty")) {
            try LabelRequirement(key: "x", operator: .in)
        }
        #expect(throws: LabelSelectorError(message: "exact-match compatibility requires one single value")) {
            try LabelRequirement(key: "x", operator: .equals, values: ["a", "b"])
        }
        #expect(throws: LabelSelectorError(message: "values set must be empty for exists and does not exist")) {
            try LabelRequirement(key: "x", operator: .exists, values: ["a"])
        }
        #expect(throws: LabelSelectorError(message: "for 'Gt', 'Lt' operators, exactly one value is required")) {
            try LabelRequirement(key: "x", operator: .lessThan)
        }
    }

    // MARK: - Matching (apimachinery's TestSelectorMatches)

    @Test(arguments: [
        ("", ["x": "y"], true),
        ("x=y", ["x": "y"], true),
        ("x=y,z=w", ["x": "y", "z": "w"], true),
        ("x!=y,z!=w", ["x": "z", "z": "a"], true),
        ("notin=in", ["notin": "in"], true),
        ("x", ["x": "z"], true),
        ("!x", ["y": "z"], true),
        ("x>1", ["x": "2"], true),
        ("x<1", ["x": "0"], true),
        ("x in (a,b)", ["x": "b"], true),
        ("x notin (a,b)", ["x": "c"], true),
        ("x notin (a,b)", [:], true),
        ("x!=y", [:], true),
        ("x=", ["x": ""], true),
        ("x=z", [:], false),
        ("x=y", ["x": "z"], false),
        ("x=y,z=w", ["x": "w", "z": "w"], false),
        ("x!=y,z!=w", ["x": "z", "z": "w"], false),
        ("x", ["y": "z"], false),
        ("!x", ["x": "z"], false),
        ("x>1", ["x": "0"], false),
        ("x<1", ["x": "2"], false),
        ("x>1", ["x": "two"], false),
        ("x>1", [:], false),
        ("x in (a,b)", ["x": "c"], false),
        ("x in (a,b)", [:], false),
        ("x notin (a,b)", ["x": "a"], false),
        ("x=", [:], false),
    ] as [(String, [String: String], Bool)])
    func matches(selector: String, labels: [String: String], expected: Bool) throws {
        #expect(try parse(selector).matches(labels) == expected)
    }

    // MARK: - Printing

    @Test func printsTheCanonicalForm() throws {
        let cases: [(String, String)] = [
            ("", ""),
            ("x notin (abc,,def),bar,z in (),w", "bar,w,x notin (,abc,def),z in ()"),
            ("y in (b, a), x==1 , !z, w!=q, v>3, u<4, t=", "t=,u<4,v>3,w!=q,x==1,y in (a,b),!z"),
            ("x in (abc,def),y notin (jkl),z", "x in (abc,def),y notin (jkl),z"),
        ]
        for (input, canonical) in cases {
            let parsed = try parse(input)
            #expect(parsed.description == canonical, "\(input)")
            #expect(try parse(parsed.description) == parsed, "\(input)")
        }
    }

    // MARK: - The structured form

    @Test func structuredSelectorConvertsToRequirements() throws {
        let text = #"""
            {"matchLabels": {"app": "web", "baton.dev/model": "fraud"},
             "matchExpressions": [{"key": "tier", "operator": "In", "values": ["b", "a"]},
                                  {"key": "canary", "operator": "DoesNotExist"},
                                  {"key": "env", "operator": "NotIn", "values": ["dev"]},
                                  {"key": "owner", "operator": "Exists"}]}
            """#
        let selector = try JSONDecoder().decode(LabelSelector.self, from: Data(text.utf8))
        let requirements = try selector.requirements()
        #expect(requirements.description == "app=web,baton.dev/model=fraud,!canary,env notin (dev),owner,tier in (a,b)")
        #expect(try selector.matches(["app": "web", "baton.dev/model": "fraud", "tier": "a", "owner": "x"]))
        #expect(try !selector.matches(["app": "web", "baton.dev/model": "fraud", "tier": "a", "owner": "x", "canary": ""]))
        #expect(try !selector.matches(["app": "web", "baton.dev/model": "fraud", "tier": "a", "owner": "x", "env": "dev"]))
        #expect(try !selector.matches(["app": "web", "tier": "a", "owner": "x"]))
        #expect(try JSONValue(encoding: selector) == (try json(text)))
    }

    @Test func emptySelectorMatchesEverything() throws {
        #expect(try LabelSelector().matches([:]))
        #expect(try LabelSelector(matchLabels: [:], matchExpressions: []).matches(["any": "thing"]))
        #expect(try LabelSelector().requirements() == .everything)
    }

    @Test func structuredSelectorErrors() {
        let emptyIn = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "tier", operator: .in, values: [])])
        #expect(throws: LabelSelectorError(message: "for 'in', 'notin' operators, values set can't be empty")) {
            try emptyIn.requirements()
        }
        let unknown = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "Equals", values: ["a"])])
        #expect(
            throws: LabelSelectorError(
                message: "\"Equals\" is not a valid label selector operator (expected In, NotIn, Exists or DoesNotExist)")
        ) {
            try unknown.matches([:])
        }
        let existsWithValues = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "a", operator: .exists, values: ["x"])])
        #expect(throws: LabelSelectorError.self) { try existsWithValues.requirements() }
        let badLabel = LabelSelector(matchLabels: ["app": "not valid"])
        #expect(throws: LabelSelectorError.self) { try badLabel.requirements() }
    }

    @Test func unknownOperatorsStillDecode() throws {
        let selector = try JSONDecoder().decode(
            LabelSelector.self, from: Data(#"{"matchExpressions": [{"key": "a", "operator": "Gt", "values": ["1"]}]}"#.utf8))
        #expect(selector.matchExpressions?.first?.operator.rawValue == "Gt")
    }
}
