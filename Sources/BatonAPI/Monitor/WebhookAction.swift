/// POSTs a JSON alert, with both Alertmanager's webhook fields and Slack's `text`. Exactly one
/// of `url` and `urlSecretRef` is set: Slack-style URLs carry their token, so they belong in a
/// Secret.
public struct WebhookAction: Codable, Sendable, Hashable {
    public var url: String?
    public var urlSecretRef: KeySelector?

    public init(url: String? = nil, urlSecretRef: KeySelector? = nil) {
        self.url = url
        self.urlSecretRef = urlSecretRef
    }
}

extension WebhookAction: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "POST a JSON alert with Alertmanager's webhook fields and Slack's text. Exactly one of url and urlSecretRef.",
        properties: [
            "url": .string("Where to POST.", pattern: "^https?://.+$"),
            "urlSecretRef": KeySelector.openAPISchema.withDescription(
                "A Secret key holding the URL, for URLs that carry a token."),
        ]
    ).requiringExactlyOne(of: ["url", "urlSecretRef"])
}
