import Foundation

/// Turns one context of a merged kubeconfig into a `ClientConfiguration`, with client-go's
/// checks for the entries that context uses (`clientcmd.ConfirmUsable` and the transport's own
/// checks): the server URL, conflicting or incomplete TLS and auth settings, files that cannot
/// be read. Entries the context does not use are not checked.
struct KubeConfigResolver {
    let config: KubeConfig

    static let interactiveModes = ["Never", "IfAvailable", "Always"]
    static let proxySchemes = ["http", "https", "socks5"]

    func resolve(context name: String, namespace namespaceOverride: String?) throws -> ClientConfiguration {
        guard let context = config.contexts[name] else {
            throw ConfigError.contextNotFound(name: name, files: config.files)
        }
        guard let clusterName = context.cluster else {
            throw ConfigError.invalidField(
                context.origin.field("cluster"),
                problem: "context \"\(name)\" names no cluster; set it to one of the clusters defined"
                    + Self.choices(config.clusters.keys))
        }
        guard let cluster = config.clusters[clusterName] else {
            throw ConfigError.clusterNotFound(name: clusterName, context: name, files: config.files)
        }
        var user: KubeConfig.User?
        if let userName = context.user {
            guard let found = config.users[userName] else {
                throw ConfigError.userNotFound(name: userName, context: name, files: config.files)
            }
            user = found
        }

        var tls = try serverTLS(cluster)
        var credentials = CredentialSource.none
        if let user {
            try clientCertificate(user, into: &tls)
            credentials = try credentialSource(user, hasClientCertificate: tls.clientCertificatePEM != nil)
        }

        var configuration = ClientConfiguration(server: try serverURL(cluster, tls: tls))
        configuration.tls = tls
        configuration.credentials = credentials
        try configuration.checkCredentialsAreProtected(
            field: user.flatMap { user in Self.key(of: credentials).map { user.origin.field($0) } })
        configuration.proxyURL = try proxyURL(cluster)
        if let namespace = namespaceOverride, !namespace.isEmpty {
            configuration.namespace = namespace
        } else if let namespace = context.namespace {
            guard Self.isDNSLabel(namespace) else {
                throw ConfigError.invalidField(
                    context.origin.field("namespace"),
                    problem: "\"\(namespace)\" is not a valid namespace name (lowercase letters, digits "
                        + "and '-', starting and ending with a letter or digit, at most 63 characters)")
            }
            configuration.namespace = namespace
        }
        return configuration
    }

    // MARK: - Cluster

    /// client-go's `DefaultServerURL`: a server without a scheme (`10.0.0.1:6443`) gets
    /// `https://` when any TLS setting is present and `http://` otherwise. The path is kept
    /// (Rancher-style `https://host/k8s/clusters/c-1` servers), without a trailing slash.
    private func serverURL(_ cluster: KubeConfig.Cluster, tls: TLSSettings) throws -> URL {
        let field = cluster.origin.field("server")
        guard let server = cluster.server else {
            throw ConfigError.invalidField(
                field, problem: "no server is set; set it to the API server's URL, e.g. https://203.0.113.10:6443")
        }
        let usesTLS = tls.certificateAuthorityPEM != nil || tls.clientCertificatePEM != nil
            || tls.insecureSkipVerify || tls.serverName != nil
        let withScheme = server.contains("://") ? server : (usesTLS ? "https://" : "http://") + server
        guard var components = URLComponents(string: withScheme), let host = components.host, !host.isEmpty
        else {
            throw ConfigError.invalidField(
                field, problem: "\"\(server)\" is not a URL; expected e.g. https://203.0.113.10:6443")
        }
        guard let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            throw ConfigError.invalidField(
                field, problem: "\"\(server)\" is not an http or https URL; expected e.g. https://203.0.113.10:6443")
        }
        components.scheme = scheme
        components.query = nil
        components.fragment = nil
        while components.path.hasSuffix("/") { components.path.removeLast() }
        guard let url = components.url else {
            throw ConfigError.invalidField(
                field, problem: "\"\(server)\" is not a URL; expected e.g. https://203.0.113.10:6443")
        }
        return url
    }

    private func serverTLS(_ cluster: KubeConfig.Cluster) throws -> TLSSettings {
        var tls = TLSSettings(insecureSkipVerify: cluster.insecureSkipTLSVerify, serverName: cluster.tlsServerName)
        let origin = cluster.origin
        if cluster.certificateAuthorityFile != nil, cluster.certificateAuthorityData != nil {
            throw ConfigError.invalidField(
                origin.field("certificate-authority-data"),
                problem: "certificate-authority and certificate-authority-data are both set; keep one")
        }
        if let file = cluster.certificateAuthorityFile {
            tls.certificateAuthorityPEM = try readPEM(file, field: origin.field("certificate-authority"))
        } else if let data = cluster.certificateAuthorityData {
            tls.certificateAuthorityPEM = try checkPEM(data, field: origin.field("certificate-authority-data"))
        }
        if tls.insecureSkipVerify, tls.certificateAuthorityPEM != nil {
            throw ConfigError.invalidField(
                origin.field("insecure-skip-tls-verify"),
                problem: "insecure-skip-tls-verify is true but a certificate authority is also set, which "
                    + "client-go refuses; remove one of them")
        }
        return tls
    }

    private func proxyURL(_ cluster: KubeConfig.Cluster) throws -> String? {
        guard let proxy = cluster.proxyURL else { return nil }
        guard let components = URLComponents(string: proxy), let scheme = components.scheme?.lowercased(),
            Self.proxySchemes.contains(scheme)
        else {
            throw ConfigError.invalidField(
                cluster.origin.field("proxy-url"),
                problem: "\"\(proxy)\" is not an http, https or socks5 URL; "
                    + "expected e.g. http://proxy.example.com:3128")
        }
        return proxy
    }

    // MARK: - User

    private func clientCertificate(_ user: KubeConfig.User, into tls: inout TLSSettings) throws {
        let origin = user.origin
        if user.clientCertificateFile != nil, user.clientCertificateData != nil {
            throw ConfigError.invalidField(
                origin.field("client-certificate-data"),
                problem: "client-certificate and client-certificate-data are both set; keep one")
        }
        if user.clientKeyFile != nil, user.clientKeyData != nil {
            throw ConfigError.invalidField(
                origin.field("client-key-data"), problem: "client-key and client-key-data are both set; keep one")
        }
        let hasCertificate = user.clientCertificateFile != nil || user.clientCertificateData != nil
        let hasKey = user.clientKeyFile != nil || user.clientKeyData != nil
        guard hasCertificate || hasKey else { return }
        guard hasCertificate, hasKey else {
            let missing = hasCertificate ? "client-key" : "client-certificate"
            throw ConfigError.invalidField(
                origin.field(missing),
                problem: "a client \(hasCertificate ? "certificate" : "key") is set without its "
                    + "\(hasCertificate ? "key" : "certificate"); set \(missing) or \(missing)-data")
        }
        if let file = user.clientCertificateFile {
            tls.clientCertificatePEM = try readPEM(file, field: origin.field("client-certificate"))
        } else if let data = user.clientCertificateData {
            tls.clientCertificatePEM = try checkPEM(data, field: origin.field("client-certificate-data"))
        }
        if let file = user.clientKeyFile {
            tls.clientKeyPEM = try readPEM(file, field: origin.field("client-key"))
        } else if let data = user.clientKeyData {
            tls.clientKeyPEM = try checkPEM(data, field: origin.field("client-key-data"))
        }
    }

    /// client-go's precedence: a token (or token file) or basic auth is used as is — both at
    /// once is an error — and an exec plugin only runs when neither they nor a client
    /// certificate identify the user (client-go skips the plugin in that case).
    private func credentialSource(_ user: KubeConfig.User, hasClientCertificate: Bool) throws -> CredentialSource {
        let origin = user.origin
        if let provider = user.authProvider {
            throw ConfigError.unsupportedAuthProvider(provider: provider, user: origin.field("auth-provider"))
        }
        if let field = user.impersonationField {
            throw ConfigError.invalidField(
                origin.field(field),
                problem: "impersonation is not supported by Baton; remove it, or use a user that has the "
                    + "permissions itself")
        }
        let hasToken = user.token != nil || user.tokenFile != nil
        let hasBasic = user.username != nil || user.password != nil
        if hasToken, hasBasic {
            throw ConfigError.invalidField(
                origin.field(user.token != nil ? "token" : "tokenFile"),
                problem: "more than one authentication method is set (token and username/password); keep one")
        }
        if let tokenFile = user.tokenFile {
            // With both token and tokenFile, client-go sends the file's token whenever the file
            // is readable and falls back to the fixed token otherwise.
            let field = origin.field("tokenFile")
            do {
                try checkTokenFile(tokenFile, field: field)
                return .tokenFile(tokenFile)
            } catch {
                if let token = user.token { return .bearerToken(token) }
                throw error
            }
        }
        if let token = user.token { return .bearerToken(token) }
        if hasBasic { return .basic(username: user.username ?? "", password: user.password ?? "") }
        if let exec = user.exec, !hasClientCertificate {
            return .exec(try execConfig(exec, origin: origin))
        }
        return .none
    }

    /// The user's kubeconfig key that `credentials` came from, for errors that point at it.
    private static func key(of credentials: CredentialSource) -> String? {
        switch credentials {
        case .none: return nil
        case .bearerToken: return "token"
        case .tokenFile: return "tokenFile"
        case .basic: return "username"
        case .exec: return "exec"
        }
    }

    private func checkTokenFile(_ path: String, field: ConfigError.Field) throws {
        let data: Data
        do {
            data = try LocalFile.contents(of: path)
        } catch {
            throw ConfigError.unreadableFile(path: path, reason: error.reason, referencedBy: field)
        }
        if String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ConfigError.invalidField(field, problem: "token file \(path) is empty; it must hold the token")
        }
    }

    private func execConfig(_ exec: KubeConfig.Exec, origin: KubeConfig.Origin) throws -> ExecConfig {
        guard let command = exec.command else {
            throw ConfigError.invalidField(
                origin.field("exec.command"), problem: "required: the credential plugin to run")
        }
        guard let apiVersion = exec.apiVersion else {
            throw ConfigError.invalidField(
                origin.field("exec.apiVersion"),
                problem: "required; set it to the plugin's ExecCredential version, "
                    + "e.g. client.authentication.k8s.io/v1")
        }
        guard ExecCredential.supportedAPIVersions.contains(apiVersion) else {
            throw ConfigError.invalidField(
                origin.field("exec.apiVersion"),
                problem: "\"\(apiVersion)\" is not supported; use one of "
                    + ExecCredential.supportedAPIVersions.joined(separator: ", "))
        }
        var environment: [String: String] = [:]
        for (index, variable) in exec.env.enumerated() {
            guard !variable.name.isEmpty else {
                throw ConfigError.invalidField(origin.field("exec.env[\(index)].name"), problem: "required")
            }
            // Later entries win, as in the plugin's environment list.
            environment[variable.name] = variable.value
        }
        let interactiveMode: String
        switch exec.interactiveMode {
        case let mode? where Self.interactiveModes.contains(mode):
            interactiveMode = mode
        case let mode?:
            throw ConfigError.invalidField(
                origin.field("exec.interactiveMode"),
                problem: "\"\(mode)\" is not one of \(Self.interactiveModes.joined(separator: ", "))")
        case nil where apiVersion == "client.authentication.k8s.io/v1":
            throw ConfigError.invalidField(
                origin.field("exec.interactiveMode"),
                problem: "required for apiVersion client.authentication.k8s.io/v1; set it to Never "
                    + "(Baton never gives a plugin a terminal)")
        case nil:
            // client-go's default for v1beta1, kept for older kubeconfigs.
            interactiveMode = "IfAvailable"
        }
        return ExecConfig(
            command: command, args: exec.args, env: environment, apiVersion: apiVersion,
            interactiveMode: interactiveMode, provideClusterInfo: exec.provideClusterInfo,
            installHint: exec.installHint)
    }

    // MARK: - Helpers

    private func readPEM(_ path: String, field: ConfigError.Field) throws -> Data {
        let data: Data
        do {
            data = try LocalFile.contents(of: path)
        } catch {
            throw ConfigError.unreadableFile(path: path, reason: error.reason, referencedBy: field)
        }
        guard LocalFile.looksLikePEM(data) else {
            throw ConfigError.invalidField(
                field, problem: "\(path) is not PEM (no \"-----BEGIN\" line); convert it with openssl")
        }
        return data
    }

    private func checkPEM(_ data: Data, field: ConfigError.Field) throws -> Data {
        guard LocalFile.looksLikePEM(data) else {
            throw ConfigError.invalidField(
                field, problem: "the decoded value is not PEM (no \"-----BEGIN\" line); was it base64-encoded twice?")
        }
        return data
    }

    /// A DNS-1123 label, the rule for namespace names.
    static func isDNSLabel(_ name: String) -> Bool {
        func alphanumeric(_ c: Character) -> Bool { c.isASCII && (c.isLowercase || c.isNumber) }
        guard (1...63).contains(name.count), let first = name.first, let last = name.last,
            alphanumeric(first), alphanumeric(last)
        else { return false }
        return name.allSatisfy { alphanumeric($0) || $0 == "-" }
    }

    private static func choices(_ names: some Collection<String>) -> String {
        names.isEmpty ? "" : " (\(names.sorted().map { "\"\($0)\"" }.joined(separator: ", ")))"
    }
}
