import KubeCore
import Testing
import YAML

/// Input built to exhaust memory or stack fails fast, naming the limit it hit.
@Suite struct HostileInputTests {
    private let clock = ContinuousClock()

    @Test func flowNestingBomb() throws {
        let bomb = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let start = clock.now
        let error = #expect(throws: YAMLError.self) { try YAML.parse(bomb) }
        #expect(clock.now - start < .seconds(2))
        #expect(error?.message == "document nests deeper than 256 levels (the maxDepth limit)")
        #expect(error?.line == 1)
        #expect(error?.column == 257)
    }

    @Test func blockNestingBomb() throws {
        let bomb = (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        let error = #expect(throws: YAMLError.self) { try YAML.parse(bomb) }
        #expect(error?.message.contains("maxDepth") == true)
    }

    @Test func depthLimitIsExact() throws {
        let limits = YAMLLimits(maxDepth: 10)
        let ten = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(throws: Never.self) { try YAML.parse(ten, limits: limits) }
        #expect(throws: YAMLError.self) { try YAML.parse("[" + ten + "]", limits: limits) }
    }

    @Test func aliasesCannotStackDepth() throws {
        // Each alias is shallow in the text, but the value it stands for is deep.
        let text = """
            a: &a [[[[1]]]]
            b: &b [[[[*a]]]]
            c: [[[*b]]]
            """
        #expect(throws: Never.self) { try YAML.parse(text) }
        let error = #expect(throws: YAMLError.self) { try YAML.parse(text, limits: YAMLLimits(maxDepth: 10)) }
        #expect(error?.message.contains("maxDepth") == true)
        #expect(error?.line == 3)
    }

    @Test func billionLaughs() throws {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        let start = clock.now
        let error = #expect(throws: YAMLError.self) { try YAML.parse(lines.joined(separator: "\n")) }
        #expect(clock.now - start < .seconds(1))
        #expect(error?.message.hasPrefix("document contains excessive aliasing: ") == true)
        #expect(error?.message.hasSuffix("nodes come from aliases, more than the 99% allowed") == true)
        // go-yaml's ratio rule applies from 1,000 nodes on: reached within line 4.
        #expect(error?.line == 4)
    }

    @Test func aliasExpansionCap() throws {
        // 30 references to a 51-node list: under go-yaml's ratio, over a cap of 1,000 nodes.
        let list = "[" + (0..<50).map(String.init).joined(separator: ", ") + "]"
        let text = "base: &base \(list)\nrefs: [" + Array(repeating: "*base", count: 30).joined(separator: ", ") + "]\n"
        #expect(throws: Never.self) { try YAML.parse(text) }
        let error = #expect(throws: YAMLError.self) { try YAML.parse(text, limits: YAMLLimits(maxAliasExpandedNodes: 1_000)) }
        #expect(error?.message == "document contains excessive aliasing: aliases expand to more than 1000 nodes (the maxAliasExpandedNodes limit)")
    }

    @Test func modestAliasingIsFine() throws {
        let text = "defaults: &d {cpu: 1, memory: 2Gi}\n" + (0..<50).map { "c\($0): {<<: *d, name: n\($0)}" }.joined(separator: "\n")
        let value = try YAML.parse(text)
        #expect(value["c49"] == ["cpu": 1, "memory": "2Gi", "name": "n49"])
    }

    @Test func oversizeDocument() throws {
        let limits = YAMLLimits(maxDocumentBytes: 1_000)
        let big = "text: " + String(repeating: "x", count: 2_000) + "\n"
        let error = #expect(throws: YAMLError.self) { try YAML.parse(big, limits: limits) }
        #expect(error?.message == "document is larger than 1000 bytes (the maxDocumentBytes limit)")
        #expect(error?.line == 1)
        // The limit is per document: a longer stream of small documents is fine.
        let stream = Array(repeating: "text: " + String(repeating: "x", count: 500), count: 10).joined(separator: "\n---\n")
        #expect(try YAML.parseAll(stream, limits: limits).count == 10)
        // Bytes, not characters: 600 two-byte characters are 1,200 bytes.
        let wide = "text: " + String(repeating: "é", count: 600) + "\n"
        #expect(throws: YAMLError.self) { try YAML.parse(wide, limits: limits) }
    }

    @Test func defaultsAreGenerous() {
        #expect(YAMLLimits.default.maxDepth == 256)
        #expect(YAMLLimits.default.maxDocumentBytes == 32 << 20)
        #expect(YAMLLimits.default.maxAliasExpandedNodes == 1_000_000)
    }
}
