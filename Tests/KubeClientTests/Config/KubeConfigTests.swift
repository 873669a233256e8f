import Foundation
import KubeClient
import Testing

/// Kubeconfig loading from real files: every auth form, path resolution, `$KUBECONFIG`
/// merging, overrides, and the error for each kind of bad file.
@Suite struct KubeConfigTests {
    let dir: ConfigFixtureDirectory

    init() throws {
        dir = try ConfigFixtureDirectory()
    }

    private func load(_ yaml: String, context: String? = nil, namespace: String? = nil) throws -> ClientConfiguration {
        let file = try dir.write("config", yaml)
        return try dir.loader(explicitPath: file, context: context, namespace: namespace).load()
    }

    /// Loads `yaml` from `<dir>/config` expecting a ConfigError, and returns it.
    private func loadError(_ yaml: String) throws -> ConfigError? {
        let file = try dir.write("config", yaml)
        return #expect(throws: ConfigError.self) { try dir.loader(explicitPath: file).load() }
    }

    private var configFile: String { dir.file("config") }

    // MARK: - Auth forms

    @Test func tokenWithCertificateAuthorityData() throws {
        let config = try load(
            singleContextKubeconfig(
                cluster: """
                    server: https://203.0.113.10:6443
                    certificate-authority-data: \(PEMFixture.base64(PEMFixture.certificateAuthority))
                    """,
                user: "token: abc.def",
                context: "cluster: c\n    user: u\n    namespace: team-a"))
        #expect(config.server.absoluteString == "https://203.0.113.10:6443")
        #expect(config.namespace == "team-a")
        #expect(config.tls.certificateAuthorityPEM == Data(PEMFixture.certificateAuthority.utf8))
        #expect(config.tls.insecureSkipVerify == false)
        #expect(config.tls.clientCertificatePEM == nil)
        #expect(config.credentials.summary == "bearer abc.def")
        #expect(config.proxyURL == nil)
    }

    @Test func filesAreResolvedAgainstTheKubeconfigDirectory() throws {
        try dir.write("site/certs/ca.pem", PEMFixture.certificateAuthority)
        try dir.write("client.crt", PEMFixture.clientCertificate)
        try dir.write("site/keys/client.key", PEMFixture.clientKey)
        let file = try dir.write(
            "site/config",
            singleContextKubeconfig(
                cluster: "server: https://kube.example.com\ncertificate-authority: certs/ca.pem",
                user: "client-certificate: ../client.crt\nclient-key: keys/client.key"))
        // The working directory is not the kubeconfig's: relative paths must not depend on it.
        let config = try dir.loader(explicitPath: file).load()
        #expect(config.tls.certificateAuthorityPEM == Data(PEMFixture.certificateAuthority.utf8))
        #expect(config.tls.clientCertificatePEM == Data(PEMFixture.clientCertificate.utf8))
        #expect(config.tls.clientKeyPEM == Data(PEMFixture.clientKey.utf8))
        #expect(config.credentials.summary == "none")
    }

    @Test func clientCertificateAndKeyData() throws {
        let config = try load(
            singleContextKubeconfig(
                cluster: "server: https://kube.example.com",
                user: """
                    client-certificate-data: \(PEMFixture.base64(PEMFixture.clientCertificate))
                    client-key-data: \(PEMFixture.base64(PEMFixture.clientKey))
                    """))
        #expect(config.tls.clientCertificatePEM == Data(PEMFixture.clientCertificate.utf8))
        #expect(config.tls.clientKeyPEM == Data(PEMFixture.clientKey.utf8))
        // A client certificate makes the default scheme https.
        #expect(config.server.scheme == "https")
    }

    @Test func tokenFileIsResolvedAndKeptAsAFile() throws {
        try dir.write("site/token", "rotating-token\n")
        let file = try dir.write(
            "site/config", singleContextKubeconfig(cluster: "server: https://kube.example.com", user: "tokenFile: token"))
        let config = try dir.loader(explicitPath: file).load()
        #expect(config.credentials.summary == "tokenFile \(dir.file("site/token"))")
    }

    @Test func tokenFileWinsOverTokenWhenReadable() throws {
        try dir.write("token", "from-file")
        let both = singleContextKubeconfig(cluster: "server: https://kube.example.com", user: "token: fixed\ntokenFile: token")
        #expect(try load(both).credentials.summary == "tokenFile \(dir.file("token"))")
        try FileManager.default.removeItem(atPath: dir.file("token"))
        // client-go falls back to the fixed token when the file cannot be read.
        #expect(try load(both).credentials.summary == "bearer fixed")
    }

    @Test func basicAuth() throws {
        let config = try load(
            singleContextKubeconfig(cluster: "server: https://kube.example.com", user: "username: admin\npassword: \"s3cret\""))
        #expect(config.credentials.summary == "basic admin:s3cret")
    }

    @Test func execStanza() throws {
        let config = try load(
            singleContextKubeconfig(
                cluster: "server: https://kube.example.com",
                user: """
                    exec:
                      apiVersion: client.authentication.k8s.io/v1
                      command: ./bin/get-token
                      args: [--cluster, prod]
                      env:
                      - {name: REGION, value: eu-west-1}
                      - {name: PROFILE, value: first}
                      - {name: PROFILE, value: second}
                      installHint: install get-token from the platform team's docs
                      provideClusterInfo: true
                      interactiveMode: Never
                    """))
        guard case let .exec(exec) = config.credentials else {
            Issue.record("expected exec credentials, got \(config.credentials.summary)")
            return
        }
        #expect(exec.command == dir.file("bin/get-token"))
        #expect(exec.args == ["--cluster", "prod"])
        #expect(exec.env == ["REGION": "eu-west-1", "PROFILE": "second"])
        #expect(exec.apiVersion == "client.authentication.k8s.io/v1")
        #expect(exec.installHint == "install get-token from the platform team's docs")
        #expect(exec.provideClusterInfo)
        #expect(exec.interactiveMode == "Never")
    }

    @Test func execOnPathAndV1beta1DefaultInteractiveMode() throws {
        let config = try load(
            singleContextKubeconfig(
                cluster: "server: https://kube.example.com",
                user: "exec:\n  apiVersion: client.authentication.k8s.io/v1beta1\n  command: aws"))
        guard case let .exec(exec) = config.credentials else {
            Issue.record("expected exec credentials, got \(config.credentials.summary)")
            return
        }
        #expect(exec.command == "aws")
        #expect(exec.interactiveMode == "IfAvailable")
        #expect(exec.provideClusterInfo == false)
    }

    @Test func insecureServerNameAndProxy() throws {
        let config = try load(
            singleContextKubeconfig(
                cluster: """
                    server: https://10.0.0.1:6443/
                    insecure-skip-tls-verify: true
                    tls-server-name: kubernetes.default
                    proxy-url: socks5://127.0.0.1:1080
                    """,
                user: "token: t"))
        #expect(config.tls.insecureSkipVerify)
        #expect(config.tls.serverName == "kubernetes.default")
        #expect(config.proxyURL == "socks5://127.0.0.1:1080")
        #expect(config.server.absoluteString == "https://10.0.0.1:6443")
    }

    @Test func serverURLForms() throws {
        // client-go adds https:// to a bare host:port when TLS settings exist, http:// otherwise.
        let withTLS = try load(singleContextKubeconfig(cluster: "server: 10.0.0.1:6443\ninsecure-skip-tls-verify: true", user: ""))
        #expect(withTLS.server.absoluteString == "https://10.0.0.1:6443")
        let plain = try load(singleContextKubeconfig(cluster: "server: localhost:8080", user: ""))
        #expect(plain.server.absoluteString == "http://localhost:8080")
        // A path prefix (Rancher-style) is kept, without the trailing slash.
        let prefixed = try load(singleContextKubeconfig(cluster: "server: https://rancher.example.com/k8s/clusters/c-1/", user: ""))
        #expect(prefixed.server.absoluteString == "https://rancher.example.com/k8s/clusters/c-1")
        let ipv6 = try load(singleContextKubeconfig(cluster: "server: \"https://[fd00::1]:6443\"", user: ""))
        #expect(ipv6.server.absoluteString == "https://[fd00::1]:6443")
    }

    @Test func precedenceBetweenAuthMethods() throws {
        let exec = "exec: {apiVersion: client.authentication.k8s.io/v1, command: plugin, interactiveMode: Never}"
        // A token (or basic auth) is used as is and the plugin is not run, as in client-go.
        let tokenAndExec = try load(singleContextKubeconfig(cluster: "server: https://k", user: "token: t\n\(exec)"))
        #expect(tokenAndExec.credentials.summary == "bearer t")
        let basicAndExec = try load(singleContextKubeconfig(cluster: "server: https://k", user: "username: a\npassword: b\n\(exec)"))
        #expect(basicAndExec.credentials.summary == "basic a:b")
        // So is a client certificate.
        let certificateAndExec = try load(
            singleContextKubeconfig(
                cluster: "server: https://k",
                user: """
                    client-certificate-data: \(PEMFixture.base64(PEMFixture.clientCertificate))
                    client-key-data: \(PEMFixture.base64(PEMFixture.clientKey))
                    \(exec)
                    """))
        #expect(certificateAndExec.credentials.summary == "none")
        #expect(certificateAndExec.tls.clientCertificatePEM != nil)
    }

    @Test func contextWithoutUserHasNoCredentials() throws {
        let config = try load(singleContextKubeconfig(cluster: "server: https://k", user: "token: t", context: "cluster: c"))
        #expect(config.credentials.summary == "none")
    }

    @Test func anEntryThatIsNotUsedIsNotChecked() throws {
        // As in client-go, only the entries the chosen context uses are validated.
        let config = try load(
            """
            current-context: main
            clusters: [{name: c, cluster: {server: "https://k"}}, {name: no-server, cluster: {}}]
            users:
            - {name: u, user: {token: t}}
            - {name: broken, user: {exec: {apiVersion: client.authentication.k8s.io/v9}}}
            contexts: [{name: main, context: {cluster: c, user: u}}]
            """)
        #expect(config.credentials.summary == "bearer t")
    }

    // MARK: - Selecting

    @Test func contextAndNamespaceOverrides() throws {
        let yaml = """
            current-context: one
            clusters:
            - {name: first, cluster: {server: "https://one.example.com"}}
            - {name: second, cluster: {server: "https://two.example.com"}}
            users: [{name: u, user: {token: t}}]
            contexts:
            - {name: one, context: {cluster: first, user: u, namespace: apps}}
            - {name: two, context: {cluster: second, user: u}}
            """
        let current = try load(yaml)
        #expect(current.server.host == "one.example.com")
        #expect(current.namespace == "apps")

        let named = try load(yaml, context: "two")
        #expect(named.server.host == "two.example.com")
        #expect(named.namespace == "default")

        let overridden = try load(yaml, namespace: "ops")
        #expect(overridden.server.host == "one.example.com")
        #expect(overridden.namespace == "ops")
    }

    @Test func kubeconfigListIsMergedFirstFileWins() throws {
        let a = try dir.write(
            "a.yaml",
            """
            clusters:
            - {name: shared, cluster: {server: "https://from-a.example.com"}}
            users:
            - {name: shared-user, user: {token: token-from-a}}
            """)
        let b = try dir.write(
            "b.yaml",
            """
            current-context: ctx-b
            clusters:
            - {name: shared, cluster: {server: "https://from-b.example.com", insecure-skip-tls-verify: true}}
            users:
            - {name: shared-user, user: {token: token-from-b}}
            contexts:
            - {name: ctx-b, context: {cluster: shared, user: shared-user, namespace: from-b}}
            """)
        let c = try dir.write(
            "c.yaml",
            """
            current-context: ctx-c
            clusters:
            - {name: only-c, cluster: {server: "https://from-c.example.com"}}
            contexts:
            - {name: ctx-b, context: {cluster: only-c, user: shared-user}}
            - {name: ctx-c, context: {cluster: only-c, user: shared-user}}
            """)
        let list = [a, dir.file("missing.yaml"), b, c].joined(separator: ":")

        let merged = try dir.loader(environment: ["KUBECONFIG": list]).load()
        // current-context from the first file that sets one (b), not the last (c).
        #expect(merged.namespace == "from-b")
        // The first file to define "shared" wins, whole: b's insecure flag is not merged in.
        #expect(merged.server.host == "from-a.example.com")
        #expect(merged.tls.insecureSkipVerify == false)
        #expect(merged.credentials.summary == "bearer token-from-a")

        // Entries only a later file defines are still there.
        let fromC = try dir.loader(context: "ctx-c", environment: ["KUBECONFIG": list]).load()
        #expect(fromC.server.host == "from-c.example.com")
    }

    @Test func explicitPathWinsAndMustExist() throws {
        let listed = try dir.write("listed.yaml", singleContextKubeconfig(cluster: "server: https://listed", user: ""))
        let explicit = try dir.write("explicit.yaml", singleContextKubeconfig(cluster: "server: https://explicit", user: ""))
        let config = try dir.loader(explicitPath: explicit, environment: ["KUBECONFIG": listed]).load()
        #expect(config.server.host == "explicit")

        let missing = dir.file("nope.yaml")
        let error = #expect(throws: ConfigError.self) {
            try dir.loader(explicitPath: missing, environment: ["KUBECONFIG": listed]).load()
        }
        #expect(error == .fileNotFound(path: missing))
        #expect(error?.description == "kubeconfig \(missing) does not exist; check the path given with --kubeconfig")
    }

    @Test func homeConfigIsTheDefault() throws {
        try dir.write(".kube/config", singleContextKubeconfig(cluster: "server: https://home.example.com", user: ""))
        #expect(try dir.loader().load().server.host == "home.example.com")
        // An empty KUBECONFIG counts as unset.
        #expect(try dir.loader(environment: ["KUBECONFIG": ""]).load().server.host == "home.example.com")
    }

    @Test func inClusterFallbackWhenNoKubeconfig() throws {
        try dir.write("sa/token", "pod-token")
        try dir.write("sa/namespace", "operators")
        let environment = ["KUBERNETES_SERVICE_HOST": "10.96.0.1", "KUBERNETES_SERVICE_PORT": "443"]
        let loader = KubeConfigLoader(
            environment: ["HOME": dir.path],
            inCluster: InClusterConfig(serviceAccountDirectory: dir.file("sa"), environment: environment))
        let config = try loader.load()
        #expect(config.server.absoluteString == "https://10.96.0.1:443")
        #expect(config.namespace == "operators")
        #expect(config.credentials.summary == "tokenFile \(dir.file("sa/token"))")

        // A kubeconfig without a current context also falls back, as in client-go.
        try dir.write(".kube/config", "clusters: [{name: c, cluster: {server: \"https://k\"}}]")
        #expect(try loader.load().server.host == "10.96.0.1")
    }

    // MARK: - Errors

    @Test func nothingFound() throws {
        let error = #expect(throws: ConfigError.self) { try dir.loader().load() }
        let home = dir.file(".kube/config")
        #expect(error == .noConfiguration(searched: [home]))
        #expect(error?.description.contains("looked for \(home)") == true)
        #expect(error?.description.contains("KUBERNETES_SERVICE_HOST") == true)
    }

    @Test func noCurrentContext() throws {
        let error = try loadError("clusters: [{name: c, cluster: {server: \"https://k\"}}]")
        #expect(error == .noContext(files: [configFile]))
        #expect(error?.description.contains("--context") == true)
    }

    @Test func invalidYAMLCarriesLineAndColumn() throws {
        let error = try loadError("current-context: main\nclusters:\n- name: c\n  cluster: {server: x\n")
        guard case let .invalidYAML(path, line, column, message) = error else {
            Issue.record("expected invalidYAML, got \(String(describing: error))")
            return
        }
        #expect(path == configFile)
        #expect(line == 5)
        #expect(column == 1)
        #expect(!message.isEmpty)
        #expect(error?.description.hasPrefix("kubeconfig \(configFile) is not valid YAML: line 5, column 1: ") == true)
    }

    @Test func notAMapping() throws {
        let error = try loadError("- just\n- a list\n")
        #expect(error == .invalidField(.init(file: configFile, path: "(top level)"),
            problem: "expected a mapping with clusters, users and contexts, found array"))
    }

    @Test func notAKubeconfig() throws {
        let error = try loadError("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n")
        #expect(error?.description == "kubeconfig \(configFile): kind: expected \"Config\", found \"Pod\"; is this file a kubeconfig?")
    }

    @Test func wrongFieldType() throws {
        let error = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "exec: {apiVersion: client.authentication.k8s.io/v1, command: 42}"))
        #expect(error == .invalidField(.init(file: configFile, path: "users[0].user.exec.command"),
            problem: "expected a string, found integer; quote the value to make it a string"))
        #expect(error?.description == "kubeconfig \(configFile): users[0].user.exec.command: expected a string, "
            + "found integer; quote the value to make it a string")
    }

    @Test func wrongListType() throws {
        let error = try loadError("clusters: {name: c}\n")
        #expect(error == .invalidField(.init(file: configFile, path: "clusters"), problem: "expected a list, found object"))
    }

    @Test func missingServer() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "insecure-skip-tls-verify: true", user: ""))
        #expect(error == .invalidField(.init(file: configFile, path: "clusters[0].cluster.server"),
            problem: "no server is set; set it to the API server's URL, e.g. https://203.0.113.10:6443"))
    }

    @Test(arguments: ["https://", "ftp://files.example.com", "https://exa mple.com", "https://host:port"])
    func badServerURL(server: String) throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: \"\(server)\"", user: ""))
        guard case let .invalidField(field, problem) = error else {
            Issue.record("expected invalidField, got \(String(describing: error))")
            return
        }
        #expect(field == .init(file: configFile, path: "clusters[0].cluster.server"))
        #expect(problem.hasPrefix("\"\(server)\" is not"))
        #expect(problem.hasSuffix("expected e.g. https://203.0.113.10:6443"))
    }

    @Test func badBase64() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k\ncertificate-authority-data: not*base64", user: ""))
        guard case let .invalidField(field, problem) = error else {
            Issue.record("expected invalidField, got \(String(describing: error))")
            return
        }
        #expect(field.path == "clusters[0].cluster.certificate-authority-data")
        #expect(problem.hasPrefix("not valid base64"))
    }

    @Test func dataThatIsNotPEM() throws {
        let doubleEncoded = PEMFixture.base64(PEMFixture.base64(PEMFixture.certificateAuthority))
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k\ncertificate-authority-data: \(doubleEncoded)", user: ""))
        #expect(error == .invalidField(.init(file: configFile, path: "clusters[0].cluster.certificate-authority-data"),
            problem: "the decoded value is not PEM (no \"-----BEGIN\" line); was it base64-encoded twice?"))
    }

    @Test func missingCertificateAuthorityFile() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k\ncertificate-authority: ca.pem", user: ""))
        let field = ConfigError.Field(file: configFile, path: "clusters[0].cluster.certificate-authority")
        #expect(error == .unreadableFile(path: dir.file("ca.pem"), reason: "No such file or directory", referencedBy: field))
        #expect(error?.description == "kubeconfig \(configFile): clusters[0].cluster.certificate-authority: "
            + "cannot read \(dir.file("ca.pem")): No such file or directory")
    }

    @Test func kubeconfigThatIsADirectory() throws {
        try FileManager.default.createDirectory(atPath: dir.file("adir"), withIntermediateDirectories: true)
        let error = #expect(throws: ConfigError.self) { try dir.loader(explicitPath: dir.file("adir")).load() }
        #expect(error == .unreadableFile(path: dir.file("adir"), reason: "is a directory", referencedBy: nil))
    }

    @Test func currentContextNotDefined() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "").replacingOccurrences(
            of: "current-context: main", with: "current-context: staging"))
        #expect(error == .contextNotFound(name: "staging", files: [configFile]))
        #expect(error?.description.hasPrefix("context \"staging\" is not defined in kubeconfig \(configFile)") == true)
    }

    @Test func contextNamesMissingClusterOrUser() throws {
        let missingCluster = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "", context: "cluster: prod\n    user: u"))
        #expect(missingCluster == .clusterNotFound(name: "prod", context: "main", files: [configFile]))
        let missingUser = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "", context: "cluster: c\n    user: admin"))
        #expect(missingUser == .userNotFound(name: "admin", context: "main", files: [configFile]))
        #expect(missingUser?.description == "context \"main\" names user \"admin\", which is not defined in "
            + "kubeconfig \(configFile); add it under users or fix the context's user")
        let noCluster = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "", context: "user: u"))
        #expect(noCluster == .invalidField(.init(file: configFile, path: "contexts[0].context.cluster"),
            problem: "context \"main\" names no cluster; set it to one of the clusters defined (\"c\")"))
    }

    @Test func authProviderIsUnsupported() throws {
        let error = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "auth-provider:\n  name: oidc\n  config: {client-id: x}"))
        #expect(error == .unsupportedAuthProvider(
            provider: "oidc", user: .init(file: configFile, path: "users[0].user.auth-provider")))
        #expect(error?.description.contains("auth provider \"oidc\" is not supported") == true)
        #expect(error?.description.contains("exec credential plugin") == true)
    }

    @Test func impersonationIsUnsupported() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "token: t\nas: admin"))
        guard case let .invalidField(field, _) = error else {
            Issue.record("expected invalidField, got \(String(describing: error))")
            return
        }
        #expect(field.path == "users[0].user.as")
    }

    @Test func tokenAndBasicConflict() throws {
        let error = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "token: t\nusername: a\npassword: b"))
        #expect(error == .invalidField(.init(file: configFile, path: "users[0].user.token"),
            problem: "more than one authentication method is set (token and username/password); keep one"))
    }

    @Test func conflictingOrIncompleteTLS() throws {
        try dir.write("ca.pem", PEMFixture.certificateAuthority)
        let ca = "certificate-authority: ca.pem"
        let caData = "certificate-authority-data: \(PEMFixture.base64(PEMFixture.certificateAuthority))"

        let both = try loadError(singleContextKubeconfig(cluster: "server: https://k\n\(ca)\n\(caData)", user: ""))
        #expect(both == .invalidField(.init(file: configFile, path: "clusters[0].cluster.certificate-authority-data"),
            problem: "certificate-authority and certificate-authority-data are both set; keep one"))

        let insecure = try loadError(singleContextKubeconfig(cluster: "server: https://k\n\(ca)\ninsecure-skip-tls-verify: true", user: ""))
        guard case let .invalidField(field, problem) = insecure else {
            Issue.record("expected invalidField, got \(String(describing: insecure))")
            return
        }
        #expect(field.path == "clusters[0].cluster.insecure-skip-tls-verify")
        #expect(problem.contains("remove one of them"))

        let certificateOnly = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "client-certificate-data: \(PEMFixture.base64(PEMFixture.clientCertificate))"))
        #expect(certificateOnly == .invalidField(.init(file: configFile, path: "users[0].user.client-key"),
            problem: "a client certificate is set without its key; set client-key or client-key-data"))
    }

    @Test func execStanzaErrors() throws {
        let noMode = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "exec: {apiVersion: client.authentication.k8s.io/v1, command: p}"))
        #expect(noMode == .invalidField(.init(file: configFile, path: "users[0].user.exec.interactiveMode"),
            problem: "required for apiVersion client.authentication.k8s.io/v1; set it to Never (Baton never gives a plugin a terminal)"))

        let oldVersion = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: p}"))
        #expect(oldVersion == .invalidField(.init(file: configFile, path: "users[0].user.exec.apiVersion"),
            problem: "\"client.authentication.k8s.io/v1alpha1\" is not supported; use one of "
                + "client.authentication.k8s.io/v1, client.authentication.k8s.io/v1beta1"))

        let noCommand = try loadError(
            singleContextKubeconfig(cluster: "server: https://k", user: "exec: {apiVersion: client.authentication.k8s.io/v1beta1}"))
        #expect(noCommand == .invalidField(.init(file: configFile, path: "users[0].user.exec.command"),
            problem: "required: the credential plugin to run"))

        let unnamedVariable = try loadError(
            singleContextKubeconfig(
                cluster: "server: https://k",
                user: "exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: p, env: [{value: x}]}"))
        #expect(unnamedVariable == .invalidField(.init(file: configFile, path: "users[0].user.exec.env[0].name"),
            problem: "required"))
    }

    @Test func duplicateNamesInOneFile() throws {
        let error = try loadError(
            """
            clusters:
            - {name: prod, cluster: {server: "https://a"}}
            - {name: prod, cluster: {server: "https://b"}}
            """)
        #expect(error == .invalidField(.init(file: configFile, path: "clusters[1].name"),
            problem: "duplicate name \"prod\" (also clusters[0]); names must be unique within a file"))
    }

    @Test func badProxyURLAndNamespace() throws {
        let proxy = try loadError(singleContextKubeconfig(cluster: "server: https://k\nproxy-url: ftp://proxy", user: ""))
        #expect(proxy == .invalidField(.init(file: configFile, path: "clusters[0].cluster.proxy-url"),
            problem: "\"ftp://proxy\" is not an http, https or socks5 URL; expected e.g. http://proxy.example.com:3128"))

        let namespace = try loadError(singleContextKubeconfig(cluster: "server: https://k", user: "", context: "cluster: c\n    namespace: Team_A"))
        guard case let .invalidField(field, problem) = namespace else {
            Issue.record("expected invalidField, got \(String(describing: namespace))")
            return
        }
        #expect(field.path == "contexts[0].context.namespace")
        #expect(problem.hasPrefix("\"Team_A\" is not a valid namespace name"))
    }

    @Test func brokenFileInTheListIsAnError() throws {
        let good = try dir.write("good.yaml", singleContextKubeconfig(cluster: "server: https://k", user: ""))
        let bad = try dir.write("bad.yaml", "clusters: [\n")
        let error = #expect(throws: ConfigError.self) {
            try dir.loader(environment: ["KUBECONFIG": "\(good):\(bad)"]).load()
        }
        guard case let .invalidYAML(path, _, _, _) = error else {
            Issue.record("expected invalidYAML, got \(String(describing: error))")
            return
        }
        #expect(path == bad)
    }

    // MARK: - Credential providers from a configuration

    @Test func credentialProviderFactory() async throws {
        var config = ClientConfiguration(server: URL(string: "https://k")!)
        #expect(try await config.credentialProvider().credentials() == RequestCredentials())

        config.credentials = .bearerToken("abc")
        #expect(try await config.credentialProvider().credentials().authorization == "Bearer abc")

        config.credentials = .basic(username: "admin", password: "pa:ss")
        #expect(try await config.credentialProvider().credentials().authorization == "Basic YWRtaW46cGE6c3M=")

        try dir.write("token", " from-file \n")
        config.credentials = .tokenFile(dir.file("token"))
        let tokenProvider = config.credentialProvider()
        #expect(tokenProvider is TokenFileCredentialProvider)
        #expect(try await tokenProvider.credentials().authorization == "Bearer from-file")

        config.credentials = .exec(ExecConfig(command: "plugin"))
        #expect(config.credentialProvider() is ExecCredentialProvider)
    }
}
