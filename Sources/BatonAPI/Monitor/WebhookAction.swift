/// POSTs the Monitor's violations as alerts in the shape of Alertmanager's API
/// (`POST /api/v2/alerts`: a JSON array of alerts with labels, annotations, startsAt, endsAt):
/// firing while the violation lasts, resolved (endsAt now) when it clears. Exactly one of `url`
/// and `urlSecretRef` is set: URLs that carry a token belong in a Secret.
public struct WebhookAction: Codable, Sendable, Hashable {
    public var url: String?
    public var urlSecretRef: KeySelector?
    /// A Secret key whose value is sent as the `Authorization` header (`Bearer …`, `Basic …`).
    public var authorizationSecretRef: KeySelector?

    public init(url: String? = nil, urlSecretRef: KeySelector? = nil, authorizationSecretRef: KeySelector? = nil) {
        self.url = url
        self.urlSecretRef = urlSecretRef
        self.authorizationSecretRef = authorizationSecretRef
    }
}

extension WebhookAction: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "POST the violations as alerts in Alertmanager's API shape (a JSON array to /api/v2/alerts): firing while "
            + "they last, resolved when they clear. Exactly one of url and urlSecretRef.",
        properties: [
            "url": .string(
                "Where to POST, such as http://alertmanager.monitoring.svc:9093/api/v2/alerts.", pattern: "^https?://.+$"),
            "urlSecretRef": KeySelector.openAPISchema.withDescription(
                "A Secret key holding the URL, for URLs that carry a token."),
            "authorizationSecretRef": KeySelector.openAPISchema.withDescription(
                "A Secret key whose value is sent as the Authorization header, such as \"Bearer <token>\"; only over "
                    + "https (or to a loopback address)."),
        ]
    ).requiringExactlyOne(of: ["url", "urlSecretRef"])
}
