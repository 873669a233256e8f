import Foundation
import KubeCore
import YAML

/// Reads one kubeconfig file into a `KubeConfig`. Types are checked strictly, as client-go's
/// decoder does (a number where a string belongs is an error, not a conversion); unknown fields
/// are ignored. Errors name the file and the field: `users[0].user.exec.command: expected a
/// string, found integer`.
struct KubeConfigParser {
    let file: String
    /// The directory that relative paths in the file are resolved against.
    let directory: String

    init(file: String) {
        self.file = file
        directory = LocalFile.directory(of: file)
    }

    func parse(_ text: String) throws -> KubeConfig {
        let document: JSONValue
        do {
            document = try YAML.parse(text)
        } catch {
            throw ConfigError.invalidYAML(path: file, line: error.line, column: error.column, message: error.message)
        }
        return try decode(document)
    }

    func decode(_ document: JSONValue) throws -> KubeConfig {
        var config = KubeConfig(files: [file])
        // An empty file is an empty configuration, as in client-go.
        if document.isNull { return config }
        let root = Node(value: document, path: "", file: file)
        guard document.objectValue != nil else {
            throw ConfigError.invalidField(
                .init(file: file, path: "(top level)"),
                problem: "expected a mapping with clusters, users and contexts, found \(document.typeName)")
        }
        if let kind = try root.string("kind"), kind != "Config" {
            throw root.error("kind", "expected \"Config\", found \"\(kind)\"; is this file a kubeconfig?")
        }
        if let apiVersion = try root.string("apiVersion"), apiVersion != "v1" {
            throw root.error("apiVersion", "expected \"v1\", found \"\(apiVersion)\"")
        }

        config.clusters = try namedEntries(root, list: "clusters", item: "cluster", decode: cluster)
        config.users = try namedEntries(root, list: "users", item: "user", decode: user)
        config.contexts = try namedEntries(root, list: "contexts", item: "context", decode: context)
        if let current = try root.string("current-context"), !current.isEmpty {
            config.currentContext = current
        }
        return config
    }

    /// Decodes a list of `{name, <item>: {...}}` entries into a map; a name used twice in one
    /// file is an error, as in client-go.
    private func namedEntries<Entry>(
        _ root: Node, list: String, item: String, decode: (Node, KubeConfig.Origin) throws -> Entry
    ) throws -> [String: Entry] {
        var entries: [String: Entry] = [:]
        var firstIndex: [String: Int] = [:]
        for (index, element) in try root.list(list).enumerated() {
            guard element.value.objectValue != nil else {
                throw ConfigError.invalidField(
                    .init(file: file, path: element.path),
                    problem: "expected a mapping with name and \(item), found \(element.value.typeName)")
            }
            let name = try element.string("name") ?? ""
            if let first = firstIndex[name] {
                throw element.error(
                    "name", "duplicate name \"\(name)\" (also \(list)[\(first)]); names must be unique within a file")
            }
            let origin = KubeConfig.Origin(file: file, path: "\(element.path).\(item)")
            let body = try element.object(item) ?? Node(value: [:], path: origin.path, file: file)
            entries[name] = try decode(body, origin)
            firstIndex[name] = index
        }
        return entries
    }

    private func cluster(_ node: Node, origin: KubeConfig.Origin) throws -> KubeConfig.Cluster {
        KubeConfig.Cluster(
            origin: origin,
            server: try node.nonEmptyString("server"),
            certificateAuthorityFile: try path(node, "certificate-authority"),
            certificateAuthorityData: try node.base64("certificate-authority-data"),
            insecureSkipTLSVerify: try node.bool("insecure-skip-tls-verify") ?? false,
            tlsServerName: try node.nonEmptyString("tls-server-name"),
            proxyURL: try node.nonEmptyString("proxy-url"))
    }

    private func user(_ node: Node, origin: KubeConfig.Origin) throws -> KubeConfig.User {
        var user = KubeConfig.User(origin: origin)
        user.clientCertificateFile = try path(node, "client-certificate")
        user.clientCertificateData = try node.base64("client-certificate-data")
        user.clientKeyFile = try path(node, "client-key")
        user.clientKeyData = try node.base64("client-key-data")
        user.token = try node.nonEmptyString("token")
        user.tokenFile = try path(node, "tokenFile")
        user.username = try node.nonEmptyString("username")
        user.password = try node.nonEmptyString("password")
        if let exec = try node.object("exec") {
            user.exec = try self.exec(exec)
        }
        if let provider = try node.object("auth-provider") {
            user.authProvider = try provider.string("name") ?? ""
        }
        for field in ["as", "as-uid", "as-groups", "as-user-extra"] {
            if let value = node.member(field), !Self.isEmpty(value) {
                user.impersonationField = field
                break
            }
        }
        return user
    }

    private func exec(_ node: Node) throws -> KubeConfig.Exec {
        var exec = KubeConfig.Exec()
        if let command = try node.nonEmptyString("command") {
            // client-go resolves the command against the kubeconfig's directory only when it
            // holds a path separator; a bare name is looked up on PATH when the plugin runs.
            exec.command = command.contains("/") ? LocalFile.resolve(command, against: directory) : command
        }
        exec.args = try node.stringList("args")
        exec.env = try node.list("env").map { variable in
            guard variable.value.objectValue != nil else {
                throw ConfigError.invalidField(
                    .init(file: file, path: variable.path),
                    problem: "expected a mapping with name and value, found \(variable.value.typeName)")
            }
            return (name: try variable.string("name") ?? "", value: try variable.string("value") ?? "")
        }
        exec.apiVersion = try node.nonEmptyString("apiVersion")
        exec.installHint = try node.nonEmptyString("installHint")
        exec.provideClusterInfo = try node.bool("provideClusterInfo") ?? false
        exec.interactiveMode = try node.nonEmptyString("interactiveMode")
        return exec
    }

    private func context(_ node: Node, origin: KubeConfig.Origin) throws -> KubeConfig.Context {
        KubeConfig.Context(
            origin: origin,
            cluster: try node.nonEmptyString("cluster"),
            user: try node.nonEmptyString("user"),
            namespace: try node.nonEmptyString("namespace"))
    }

    private func path(_ node: Node, _ key: String) throws -> String? {
        try node.nonEmptyString(key).map { LocalFile.resolve($0, against: directory) }
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case let .string(s): return s.isEmpty
        case let .array(a): return a.isEmpty
        case let .object(o): return o.isEmpty
        default: return false
        }
    }
}

extension KubeConfigParser {
    /// A value of the document and its path, for typed access with errors that say where.
    struct Node {
        let value: JSONValue
        /// e.g. `users[0].user`; empty at the top level.
        let path: String
        let file: String

        func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        func error(_ key: String, _ problem: String) -> ConfigError {
            .invalidField(.init(file: file, path: childPath(key)), problem: problem)
        }

        /// The member `key`; nil when absent or null (Go decodes null as "not set").
        func member(_ key: String) -> JSONValue? {
            guard let member = value[key], !member.isNull else { return nil }
            return member
        }

        func string(_ key: String) throws -> String? {
            guard let member = member(key) else { return nil }
            guard let string = member.stringValue else { throw typeError(key, expected: "a string", found: member) }
            return string
        }

        /// Go's zero value and "not set" are the same thing in a kubeconfig.
        func nonEmptyString(_ key: String) throws -> String? {
            guard let string = try string(key), !string.isEmpty else { return nil }
            return string
        }

        func bool(_ key: String) throws -> Bool? {
            guard let member = member(key) else { return nil }
            guard let bool = member.boolValue else { throw typeError(key, expected: "true or false", found: member) }
            return bool
        }

        func object(_ key: String) throws -> Node? {
            guard let member = member(key) else { return nil }
            guard member.objectValue != nil else { throw typeError(key, expected: "a mapping", found: member) }
            return Node(value: member, path: childPath(key), file: file)
        }

        func list(_ key: String) throws -> [Node] {
            guard let member = member(key) else { return [] }
            guard let elements = member.arrayValue else { throw typeError(key, expected: "a list", found: member) }
            return elements.enumerated().map { index, element in
                Node(value: element, path: "\(childPath(key))[\(index)]", file: file)
            }
        }

        func stringList(_ key: String) throws -> [String] {
            try list(key).map { element in
                guard let string = element.value.stringValue else {
                    throw ConfigError.invalidField(
                        .init(file: file, path: element.path),
                        problem: Self.typeProblem(expected: "a string", found: element.value))
                }
                return string
            }
        }

        /// A `-data` field: standard base64 with padding; line breaks are ignored, as Go's
        /// decoder ignores them.
        func base64(_ key: String) throws -> Data? {
            guard let text = try nonEmptyString(key) else { return nil }
            let compact = text.filter { $0 != "\n" && $0 != "\r" }
            guard let data = Data(base64Encoded: compact) else {
                throw error(
                    key, "not valid base64; the value must be the base64 encoding of the PEM file (e.g. `base64 -w0 ca.crt`)")
            }
            return data
        }

        private func typeError(_ key: String, expected: String, found: JSONValue) -> ConfigError {
            error(key, Self.typeProblem(expected: expected, found: found))
        }

        private static func typeProblem(expected: String, found: JSONValue) -> String {
            var problem = "expected \(expected), found \(found.typeName)"
            // YAML reads an unquoted `token: 12345` or `password: yes` as a number or boolean.
            if expected == "a string", ["integer", "number", "boolean"].contains(found.typeName) {
                problem += "; quote the value to make it a string"
            }
            return problem
        }
    }
}
