import KubeCore
import Testing
import YAML

/// What emitted YAML looks like: block style, two-space indentation, quotes only where needed.
@Suite struct EmitterTests {
    @Test func blockStyleWithFlowEmpties() throws {
        let value: JSONValue = [
            "name": "web", "replicas": 3, "ratio": 0.5, "enabled": true, "owner": nil,
            "ports": [80, 443], "labels": ["app": "web"], "empty": [:], "none": [],
            "containers": [["name": "c", "args": ["-v"]]],
        ]
        #expect(try YAML.emit(value) == """
            name: web
            replicas: 3
            ratio: 0.5
            enabled: true
            owner: null
            ports:
            - 80
            - 443
            labels:
              app: web
            empty: {}
            none: []
            containers:
            - name: c
              args:
              - -v

            """)
    }

    @Test func stringsThatWouldReadAsSomethingElseAreQuoted() throws {
        let value: JSONValue = [
            "a": "yes", "b": "1.0", "c": "null", "d": "~", "e": "0777", "f": "", "g": "2015-01-01",
            "h": "1:20", "i": "<<", "j": "on", "k": "1e3", "l": ".inf",
        ]
        #expect(try YAML.emit(value) == """
            a: "yes"
            b: "1.0"
            c: "null"
            d: "~"
            e: "0777"
            f: ""
            g: "2015-01-01"
            h: "1:20"
            i: "<<"
            j: "on"
            k: "1e3"
            l: ".inf"

            """)
    }

    @Test func ordinaryStringsArePlain() throws {
        let value: JSONValue = ["image": "nginx:1.25", "url": "http://example.com/a?b=c", "word": "yesterday", "v": "v1.2.3"]
        #expect(try YAML.emit(value) == """
            image: nginx:1.25
            url: http://example.com/a?b=c
            word: yesterday
            v: v1.2.3

            """)
    }

    @Test func syntaxForcesQuotes() throws {
        let value: JSONValue = [" lead": "trail ", "colon": "a: b", "hash": "a #b", "dash": "- x", "star": "*x"]
        #expect(try YAML.emit(value) == """
            ' lead': 'trail '
            colon: 'a: b'
            hash: 'a #b'
            dash: '- x'
            star: '*x'

            """)
    }

    @Test func multiLineStringsAreLiteralBlocks() throws {
        #expect(try YAML.emit(["script": "echo one\necho two\n"]) == "script: |\n  echo one\n  echo two\n")
        #expect(try YAML.emit(["s": "no final newline\nhere"]) == "s: |-\n  no final newline\n  here\n")
        // As a key, a multi-line string is double-quoted (and, being multi-line, explicit).
        #expect(try YAML.emit(["a\nb": 1]) == "? \"a\\nb\"\n: 1\n")
    }

    @Test func numbersKeepTheirType() throws {
        let value: JSONValue = [
            "int": 1, "float": .number(1), "small": 1e-5, "big": 1e16, "negative": -0.0,
            "inf": .number(.infinity), "ninf": .number(-.infinity), "nan": .number(.nan),
            "max": .integer(.max),
        ]
        #expect(try YAML.emit(value) == """
            int: 1
            float: 1.0
            small: 1e-05
            big: 1e+16
            negative: -0.0
            inf: .inf
            ninf: -.inf
            nan: .nan
            max: 9223372036854775807

            """)
    }

    @Test func longStringsStayOnOneLine() throws {
        let long = Array(repeating: "word", count: 60).joined(separator: " ")
        #expect(try YAML.emit(["text": .string(long)]) == "text: \(long)\n")
    }

    @Test func documentsAreSeparated() throws {
        #expect(try YAML.emitAll([["a": 1], ["b": 2]]) == "a: 1\n---\nb: 2\n")
        #expect(try YAML.emitAll([]) == "")
    }

    @Test func scalarDocuments() throws {
        #expect(try YAML.parse(try YAML.emit("hello")) == "hello")
        #expect(try YAML.parse(try YAML.emit("yes")) == "yes")
        #expect(try YAML.parse(try YAML.emit(nil)) == nil)
        #expect(try YAML.emit([:]) == "{}\n")
        #expect(try YAML.emit([]) == "[]\n")
    }
}
