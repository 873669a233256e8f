/// The Prometheus that answers a Monitor's queries, and how to authenticate to it. Credentials
/// and the CA come from the Monitor's namespace, so a Monitor can only use what its namespace
/// holds.
public struct PrometheusSource: Codable, Sendable, Hashable {
    /// The base URL of its HTTP API.
    public var url: String
    /// A Secret key whose value is sent as `Authorization: Bearer <value>`.
    public var bearerTokenSecretRef: KeySelector?
    public var basicAuth: BasicAuth?
    /// A ConfigMap key holding the PEM bundle of the CAs that sign Prometheus' certificate;
    /// the system's trust store when absent. Certificates are always verified.
    public var caConfigMapRef: KeySelector?
    /// How long one query may take before the check is Inconclusive.
    public var timeout: KubeDuration?

    public static let defaultTimeout: KubeDuration = "10s"

    public init(
        url: String, bearerTokenSecretRef: KeySelector? = nil, basicAuth: BasicAuth? = nil,
        caConfigMapRef: KeySelector? = nil, timeout: KubeDuration? = nil
    ) {
        self.url = url
        self.bearerTokenSecretRef = bearerTokenSecretRef
        self.basicAuth = basicAuth
        self.caConfigMapRef = caConfigMapRef
        self.timeout = timeout
    }
}

/// HTTP basic authentication, both parts from Secret keys.
public struct BasicAuth: Codable, Sendable, Hashable {
    public var usernameSecretRef: KeySelector
    public var passwordSecretRef: KeySelector

    public init(usernameSecretRef: KeySelector, passwordSecretRef: KeySelector) {
        self.usernameSecretRef = usernameSecretRef
        self.passwordSecretRef = passwordSecretRef
    }
}

extension BasicAuth: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "HTTP basic authentication; only over https.", required: ["usernameSecretRef", "passwordSecretRef"],
        properties: [
            "usernameSecretRef": KeySelector.openAPISchema.withDescription("A Secret key holding the user name."),
            "passwordSecretRef": KeySelector.openAPISchema.withDescription("A Secret key holding the password."),
        ])
}

extension PrometheusSource: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The Prometheus to query; the operator's configured one when absent.", required: ["url"],
        properties: [
            "url": .string(
                "The base URL of its HTTP API, such as https://prometheus.monitoring.svc:9090. Credentials are sent "
                    + "only over https (or to a loopback address).",
                pattern: "^https?://.+$"),
            "bearerTokenSecretRef": KeySelector.openAPISchema.withDescription(
                "A Secret key whose value is sent as the bearer token."),
            "basicAuth": BasicAuth.openAPISchema,
            "caConfigMapRef": KeySelector.openAPISchema.withDescription(
                "A ConfigMap key holding the PEM CA bundle that signs Prometheus' certificate; the system's trust store "
                    + "when absent. Certificates are always verified."),
            "timeout": .string(
                "How long one query may take before the check is Inconclusive, such as 10s.", pattern: KubeDuration.pattern
            ).defaulted(.string(defaultTimeout.text)),
        ]
    ).rule(
        "!(has(self.bearerTokenSecretRef) && has(self.basicAuth))",
        message: "set at most one of bearerTokenSecretRef and basicAuth")
}
