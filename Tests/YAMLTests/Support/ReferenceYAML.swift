import Foundation
import KubeCore
import Subprocess

/// An independent reading of a YAML file: PyYAML, with its implicit resolvers replaced by
/// go-yaml v2's table (what sigs.k8s.io/yaml and so kubectl use) where PyYAML's YAML 1.1 table
/// differs — `y`/`n` are booleans, `0o17` and `0X1F` are integers, `1e3` is a float, timestamps
/// and base-60 numbers are strings — and null documents dropped as kubectl drops them.
enum ReferenceYAML {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The Python that has PyYAML: `$BATON_TEST_PYTHON`, which scripts/test points at its
    /// virtual environment, else `python3` from `PATH`.
    static var python: String {
        ProcessInfo.processInfo.environment["BATON_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    }

    /// The documents of `file`, as PyYAML reads them.
    static func documents(of file: URL) async throws -> [JSONValue] {
        let result: ExecutionResult<Void, DataOutput, StringOutput<UTF8>>
        do {
            // Through env, so `python` may be a name on PATH or a path (the virtual environment's).
            result = try await run(
                .name("env"), arguments: [python, "-c", script, file.path], output: .data(limit: 256 << 20),
                error: .string(limit: 1 << 20))
        } catch {
            throw Unavailable(description: "cannot run \(python) (\(error)): run scripts/test, which sets up PyYAML, or install python3-yaml")
        }
        switch result.terminationStatus {
        case .exited(0):
            break
        case .exited(3):
            throw Unavailable(description: "PyYAML is not installed for \(python): run scripts/test, which sets up PyYAML, or install python3-yaml")
        case .exited(127):
            throw Unavailable(description: "\(python) is not installed: run scripts/test, which sets up PyYAML, or install python3-yaml")
        default:
            throw Unavailable(
                description: "the reference parser failed on \(file.lastPathComponent) (\(result.terminationStatus)): "
                    + result.standardError)
        }
        let data = result.standardOutput
        guard let documents = try JSONSerialization.jsonObject(with: data) as? [Any] else {
            throw Unavailable(description: "the reference parser printed something other than a JSON array")
        }
        return try documents.map(value)
    }

    /// Decodes the typed form the script prints: `["int", "12"]`, `["map", [[key, value], ...]]`…,
    /// which keeps integers, floats and booleans apart whatever JSONSerialization makes of numbers.
    private static func value(_ node: Any) throws -> JSONValue {
        guard let node = node as? [Any], let kind = node.first as? String else { throw malformed }
        let payload = node.count > 1 ? node[1] : nil
        switch (kind, payload) {
        case ("null", _):
            return .null
        case let ("bool", flag as Bool):
            return .bool(flag)
        case let ("int", text as String):
            if let integer = Int64(text) { return .integer(integer) }
            guard let number = Double(text) else { throw malformed }
            return .number(number)
        case let ("float", text as String):
            guard let number = Double(text) else { throw malformed }
            return .number(number)
        case let ("str", text as String):
            return .string(text)
        case let ("seq", items as [Any]):
            return .array(try items.map(value))
        case let ("map", pairs as [Any]):
            var object = JSONObject()
            for pair in pairs {
                guard let pair = pair as? [Any], pair.count == 2, let key = pair[0] as? String else { throw malformed }
                object[key] = try value(pair[1])
            }
            return .object(object)
        default:
            throw malformed
        }
    }

    private static let malformed = Unavailable(description: "the reference parser printed an unexpected value")

    private static let script = #"""
        import json, re, sys
        try:
            import yaml
        except ImportError:
            sys.exit(3)

        class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass

        Loader.yaml_implicit_resolvers = {}
        def resolver(tag, pattern, first):
            Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), list(first))

        resolver("bool", r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", "yYnNtTfFoO")
        resolver("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])
        resolver("int", r"^[-+]?(?:0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|0[0-7_]*|[1-9][0-9_]*)$", "-+0123456789")
        resolver("float", r"^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789.")
        resolver("merge", r"^(?:<<)$", "<")

        def construct_int(loader, node):
            text = loader.construct_scalar(node).replace("_", "")
            sign = -1 if text.startswith("-") else 1
            text = text.lstrip("+-")
            prefix = text[:2].lower()
            if prefix in ("0b", "0o", "0x"):
                return sign * int(text[2:], {"0b": 2, "0o": 8, "0x": 16}[prefix])
            if len(text) > 1 and text.startswith("0"):
                return sign * int(text, 8)
            return sign * int(text)
        Loader.add_constructor("tag:yaml.org,2002:int", construct_int)

        def key(k):
            if isinstance(k, str): return k
            if isinstance(k, bool): return "true" if k else "false"
            if isinstance(k, int): return str(k)
            raise TypeError("unsupported mapping key %r" % (k,))

        def typed(v):
            if v is None: return ["null"]
            if isinstance(v, bool): return ["bool", v]
            if isinstance(v, int): return ["int", str(v)]
            if isinstance(v, float): return ["float", repr(v)]
            if isinstance(v, str): return ["str", v]
            if isinstance(v, list): return ["seq", [typed(x) for x in v]]
            if isinstance(v, dict): return ["map", [[key(k), typed(x)] for k, x in v.items()]]
            raise TypeError("unsupported value %r" % (v,))

        with open(sys.argv[1], "rb") as f:
            documents = [typed(d) for d in yaml.load_all(f, Loader=Loader) if d is not None]
        json.dump(documents, sys.stdout)
        """#
}
