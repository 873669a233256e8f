import KubeCore
import Testing

@testable import DevCluster

/// Malformed and hostile protobuf bodies are refused with an error saying what is wrong; none
/// crashes, loops or recurses without bound.
@Suite struct ProtobufHostileInputTests {
    typealias Encoder = ProtobufTestEncoder

    private static let magic = Array("k8s\0".utf8)

    private static let configMap = Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: Encoder.message { map in
        map.message(1) { $0.string(1, "settings"); $0.string(3, "default"); $0.lengthDelimited(8, []) }
        map.entry(2, "a", "b")
        map.varint(4, 1)
    })

    private func decode(_ body: [UInt8]) throws(ProtobufDecodeError) -> JSONValue {
        try KubernetesProtobufEnvelope(body).object()
    }

    private func expectMalformed(_ body: [UInt8], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let value = try decode(body)
            Issue.record("decoded \(value)", sourceLocation: sourceLocation)
        } catch .malformed(let text) {
            #expect(text.contains(message), "\(text)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
    }

    private func envelope(raw: [UInt8]) -> [UInt8] {
        Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: raw)
    }

    @Test func theSampleDecodes() throws {
        #expect(try decode(Self.configMap)["immutable"] == true)
    }

    @Test func envelopeProblems() {
        expectMalformed([], "does not start with the Kubernetes protobuf prefix")
        expectMalformed(Array(#"{"kind":"ConfigMap"}"#.utf8), "does not start with the Kubernetes protobuf prefix")
        expectMalformed(Array("k8s\u{1}".utf8) + Self.configMap.dropFirst(4), "does not start with the Kubernetes protobuf prefix")
        expectMalformed(Self.magic, "no raw object")
        expectMalformed(Self.magic + Encoder.message { $0.message(1) { $0.string(1, "v1"); $0.string(2, "ConfigMap") } }, "no raw object")
        expectMalformed(Self.magic + Encoder.message { $0.message(1) { $0.string(1, "v1") }; $0.lengthDelimited(2, []) }, "has no kind")
        expectMalformed(Self.magic + Encoder.message { $0.varint(1, 5) }, "envelope field 1 has wire type 0")
        expectMalformed(Self.magic + Encoder.message { $0.message(1) { $0.varint(2, 1) } }, "typeMeta field 2 has wire type 0")
        expectMalformed(Self.configMap + Encoder.message { $0.string(3, "gzip") }, "content encoding \"gzip\" is not supported")
        expectMalformed(Self.configMap + Encoder.message { $0.string(4, "application/json") }, "content type \"application/json\"")
    }

    /// Every prefix of a valid body is either refused or (at a field boundary) decodes; none traps.
    @Test func everyTruncationIsHandled() {
        for length in 0 ..< Self.configMap.count {
            _ = try? decode(Array(Self.configMap.prefix(length)))
        }
        expectMalformed(Array(Self.configMap.dropLast()), "runs past the end")
    }

    @Test func truncatedAndOverlongVarints() {
        // 0x20: field 4 (immutable), a varint.
        expectMalformed(envelope(raw: [0x20]), "unexpected end of data in a varint")
        expectMalformed(envelope(raw: [0x20, 0x80, 0x80]), "unexpected end of data in a varint")
        expectMalformed(envelope(raw: [0x20] + Array(repeating: 0xFF, count: 10) + [0x01]), "varint longer than 10 bytes")
        expectMalformed(envelope(raw: [0xFF]), "unexpected end of data in a varint")
    }

    @Test func lengthsPastTheEnd() {
        expectMalformed(envelope(raw: [0x0A, 0x05, 0x01]), "runs past the end")
        expectMalformed(envelope(raw: [0x0A] + Encoder.varintBytes(UInt64.max)), "runs past the end")
        expectMalformed(envelope(raw: [0x0A] + Encoder.varintBytes(UInt64(Int.max))), "runs past the end")
        expectMalformed(envelope(raw: [0x0A] + Encoder.varintBytes(UInt64(Int.max) + 1)), "runs past the end")
        expectMalformed(Self.magic + [0x12] + Encoder.varintBytes(1 << 40), "runs past the end")
        expectMalformed(envelope(raw: Encoder.message { $0.tag(99, 1); $0.append([1, 2, 3]) }), "unexpected end of data in a fixed-width value")
        expectMalformed(envelope(raw: Encoder.message { $0.tag(99, 5); $0.append([1]) }), "unexpected end of data in a fixed-width value")
    }

    @Test func badTagsAndWireTypes() {
        expectMalformed(envelope(raw: [0x0E]), "illegal wire type 6")
        expectMalformed(envelope(raw: [0x0F]), "illegal wire type 7")
        expectMalformed(envelope(raw: [0x00, 0x00]), "field number 0 is not allowed")
        expectMalformed(envelope(raw: Encoder.message { $0.varint(1, 1) }), "field metadata has wire type 0, expected 2")
        expectMalformed(envelope(raw: Encoder.message { $0.string(4, "yes") }), "field immutable has wire type 2, expected 0")
        expectMalformed(envelope(raw: Encoder.message { $0.message(2) { $0.varint(1, 1) } }), "map entry field 1 has wire type 0")
        expectMalformed(envelope(raw: Encoder.message { $0.message(1) { $0.message(8) { $0.string(1, "now") } } }), "time field 1 has wire type 2")
        expectMalformed(envelope(raw: Encoder.message { $0.tag(99, 4) }), "unexpected end of group")
        expectMalformed(envelope(raw: Encoder.message { $0.tag(99, 3); $0.varint(1, 1) }), "unterminated group")
        expectMalformed(envelope(raw: Encoder.message { $0.tag(99, 3); $0.tag(98, 4) }), "group for field 99 ended by field 98")
    }

    @Test func timesOutOfRange() {
        let tooLate = Encoder.message { $0.message(1) { $0.message(8) { $0.varint(1, 253_402_300_800) } } }
        expectMalformed(envelope(raw: tooLate), "out of range")
        let negative = Encoder.message { $0.message(1) { $0.message(8) { $0.varint(1, UInt64(bitPattern: .min)) } } }
        expectMalformed(envelope(raw: negative), "out of range")
        let badNanos = Encoder.message { $0.message(1) { $0.message(9) { $0.varint(1, 0); $0.varint(2, 1_000_000_000) } } }
        expectMalformed(envelope(raw: badNanos), "nanos 1000000000 is out of range")
    }

    /// Unknown groups nest without a schema, so only the depth bound stops them.
    @Test func deepNestingIsBounded() {
        let depth = 100_000
        var groups = Encoder()
        for _ in 0 ..< depth { groups.tag(99, 3) }
        for _ in 0 ..< depth { groups.tag(99, 4) }
        expectMalformed(envelope(raw: groups.bytes), "nesting deeper than 32 levels")
        var shallow = Encoder()
        for _ in 0 ..< 10 { shallow.tag(99, 3) }
        for _ in 0 ..< 10 { shallow.tag(99, 4) }
        #expect((try? decode(envelope(raw: shallow.bytes))) == ["apiVersion": "v1", "kind": "ConfigMap"])
    }

    /// Deterministic byte flips over a valid body: each result is a value or an error.
    @Test func mutatedBodiesNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0 ..< 5_000 {
            var body = Self.configMap
            for _ in 0 ..< 3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let index = 4 + Int(state >> 33) % (body.count - 4)
                body[index] = UInt8(truncatingIfNeeded: state >> 17)
            }
            _ = try? decode(body)
        }
    }
}

/// Long lists and maps, and a message field repeated many times (which protobuf merges), decode
/// in linear time: a body at the size limit must not keep the server busy.
@Suite struct ProtobufLargeInputTests {
    typealias Encoder = ProtobufTestEncoder

    private static let count = 200_000

    @Test func longRepeatedFieldsAndMaps() throws {
        let raw = Encoder.message { map in
            map.message(1) { meta in
                meta.string(1, "big")
                for _ in 0 ..< Self.count { meta.string(14, "f") }
            }
            for index in 0 ..< Self.count { map.entry(2, "k\(index)", "v") }
        }
        let clock = ContinuousClock()
        var object: JSONValue = nil
        let elapsed = try clock.measure {
            object = try KubernetesProtobufEnvelope(Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: raw)).object()
        }
        #expect(object[path: ["metadata", "finalizers"]]?.arrayValue?.count == Self.count)
        #expect(object["data"]?.objectValue?.count == Self.count)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test func messageFieldsSentManyTimesAreMerged() throws {
        let raw = Encoder.message { map in
            for _ in 0 ..< Self.count { map.message(1) { $0.string(14, "f") } }
        }
        let clock = ContinuousClock()
        var object: JSONValue = nil
        let elapsed = try clock.measure {
            object = try KubernetesProtobufEnvelope(Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: raw)).object()
        }
        #expect(object[path: ["metadata", "finalizers"]]?.arrayValue?.count == Self.count)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
