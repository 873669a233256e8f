import Foundation
import KubeClient
import Testing

/// The in-cluster configuration from a fake service-account directory and environment.
@Suite struct InClusterConfigTests {
    let dir: ConfigFixtureDirectory
    let serviceEnvironment = ["KUBERNETES_SERVICE_HOST": "10.96.0.1", "KUBERNETES_SERVICE_PORT": "443"]

    init() throws {
        dir = try ConfigFixtureDirectory()
    }

    private func inCluster(_ environment: [String: String]) -> InClusterConfig {
        InClusterConfig(serviceAccountDirectory: dir.file("sa"), environment: environment)
    }

    @Test func loadsTheServiceAccount() throws {
        try dir.write("sa/token", "pod-token\n")
        try dir.write("sa/ca.crt", PEMFixture.certificateAuthority)
        try dir.write("sa/namespace", "operators\n")
        let inCluster = inCluster(serviceEnvironment)
        #expect(inCluster.isAvailable)

        let config = try inCluster.load()
        #expect(config.server.absoluteString == "https://10.96.0.1:443")
        #expect(config.tls.certificateAuthorityPEM == Data(PEMFixture.certificateAuthority.utf8))
        #expect(config.tls.insecureSkipVerify == false)
        #expect(config.namespace == "operators")
        // The token is re-read from its file, because the kubelet rotates it.
        #expect(config.credentials.summary == "tokenFile \(dir.file("sa/token"))")
    }

    @Test func ipv6HostIsBracketed() throws {
        try dir.write("sa/token", "t")
        let config = try inCluster(["KUBERNETES_SERVICE_HOST": "fd00:10:96::1", "KUBERNETES_SERVICE_PORT": "6443"]).load()
        #expect(config.server.absoluteString == "https://[fd00:10:96::1]:6443")
        #expect(config.server.port == 6443)
    }

    @Test func namespacePrecedence() throws {
        try dir.write("sa/token", "t")
        #expect(try inCluster(serviceEnvironment).load().namespace == "default")
        try dir.write("sa/namespace", "  from-file \n")
        #expect(try inCluster(serviceEnvironment).load().namespace == "from-file")
        let withPodNamespace = inCluster(serviceEnvironment.merging(["POD_NAMESPACE": "from-env"]) { $1 })
        #expect(try withPodNamespace.load().namespace == "from-env")
        #expect(try withPodNamespace.load(namespace: "from-flag").namespace == "from-flag")
    }

    @Test func missingCertificateAuthorityFallsBackToSystemTrust() throws {
        try dir.write("sa/token", "t")
        #expect(try inCluster(serviceEnvironment).load().tls.certificateAuthorityPEM == nil)
        try dir.write("sa/ca.crt", "not a certificate")
        #expect(try inCluster(serviceEnvironment).load().tls.certificateAuthorityPEM == nil)
    }

    @Test func notInAPod() throws {
        try dir.write("sa/token", "t")
        let inCluster = inCluster(["KUBERNETES_SERVICE_HOST": "10.96.0.1"])
        #expect(!inCluster.isAvailable)
        let error = #expect(throws: ConfigError.self) { try inCluster.load() }
        #expect(error?.description == "in-cluster configuration: KUBERNETES_SERVICE_HOST and "
            + "KUBERNETES_SERVICE_PORT are not set; this process is not running in a Kubernetes pod")
    }

    @Test func missingOrEmptyToken() throws {
        let inCluster = inCluster(serviceEnvironment)
        #expect(!inCluster.isAvailable)
        let missing = #expect(throws: ConfigError.self) { try inCluster.load() }
        #expect(missing == .inCluster(
            problem: "cannot read the service account token \(dir.file("sa/token")): No such file or directory; "
                + "is automountServiceAccountToken disabled for this pod?"))

        try dir.write("sa/token", " \n")
        let empty = #expect(throws: ConfigError.self) { try inCluster.load() }
        #expect(empty == .inCluster(problem: "the service account token \(dir.file("sa/token")) is empty"))
    }

    @Test func badServiceVariables() throws {
        try dir.write("sa/token", "t")
        let badPort = #expect(throws: ConfigError.self) {
            try inCluster(["KUBERNETES_SERVICE_HOST": "10.96.0.1", "KUBERNETES_SERVICE_PORT": "https"]).load()
        }
        #expect(badPort == .inCluster(problem: "KUBERNETES_SERVICE_PORT \"https\" is not a port number"))
        let badHost = #expect(throws: ConfigError.self) {
            try inCluster(["KUBERNETES_SERVICE_HOST": "10.96.0.1/evil", "KUBERNETES_SERVICE_PORT": "443"]).load()
        }
        #expect(badHost == .inCluster(problem: "KUBERNETES_SERVICE_HOST \"10.96.0.1/evil\" is not a host name or IP address"))
    }

    @Test func rotatedTokenIsPickedUpAfterA401() async throws {
        try dir.write("sa/token", "first")
        let provider = try inCluster(serviceEnvironment).load().credentialProvider()
        #expect(try await provider.credentials().authorization == "Bearer first")
        try dir.write("sa/token", "second")
        await provider.invalidate()
        #expect(try await provider.credentials().authorization == "Bearer second")
    }
}
