import KubeCore
import Testing
import YAML

/// Mapping keys become JSON object keys the way sigs.k8s.io/yaml makes them.
@Suite struct MappingKeyTests {
    static let keyCases: [(String, String)] = [
        ("a", "a"), ("'1'", "1"), ("1", "1"), ("-7", "-7"), ("0x10", "16"), ("0777", "511"),
        ("true", "true"), ("yes", "true"), ("on", "true"), ("No", "false"),
        // Floats as Go's FormatFloat(f, 'g', -1, 32) writes them.
        ("1.5", "1.5"), ("0.1", "0.1"), ("1e3", "1000"), ("100000.0", "100000"), ("1e6", "1e+06"),
        ("123456789.0", "1.2345679e+08"), ("0.0001", "0.0001"), ("0.00001", "1e-05"), ("-2.5e-10", "-2.5e-10"),
        ("0.0", "0"), ("-0.0", "-0"), ("1e39", ".inf"),
        (".inf", ".inf"), ("-.inf", "-.inf"), (".nan", ".nan"),
        ("!!str 12", "12"), ("!!float 2", "2"), ("\"<<\"", "<<"),
    ]

    @Test(arguments: keyCases)
    func keyBecomesString(yaml: String, key: String) throws {
        let value = try YAML.parse("\(yaml): x\n")
        #expect(value.objectValue.map { Array($0.keys) } == [key])
    }

    @Test func aliasesAsKeys() throws {
        let value = try YAML.parse("""
            names: [&k key, &n 12, &b yes]
            *k : 1
            *n : 2
            *b : 3
            """)
        #expect(value.objectValue.map { Array($0.keys) } == ["names", "key", "12", "true"])
    }

    static let refusedKeyCases: [(String, String)] = [
        ("~: x", "a null mapping key cannot become a JSON object key"),
        ("null: x", "a null mapping key cannot become a JSON object key"),
        ("? ~\n: x", "a null mapping key cannot become a JSON object key"),
        ("18446744073709551615: x",
         "the integer mapping key 18446744073709551615 is beyond int64, which sigs.k8s.io/yaml does not accept as a key"),
        ("[a]: x", "a sequence cannot be a mapping key: JSON object keys are strings"),
        ("{a: b}: x", "a mapping cannot be a mapping key: JSON object keys are strings"),
        ("? - a\n: x", "a sequence cannot be a mapping key: JSON object keys are strings"),
    ]

    @Test(arguments: refusedKeyCases)
    func keysThatCannotBeStrings(yaml: String, message: String) throws {
        let error = #expect(throws: YAMLError.self) { try YAML.parse(yaml) }
        #expect(error?.message == message)
        #expect(error?.line == 1)
    }

    @Test func keyOrderIsKept() throws {
        let value = try YAML.parse("zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(value.objectValue.map { Array($0.keys) } == ["zeta", "alpha", "mid"])
    }
}
