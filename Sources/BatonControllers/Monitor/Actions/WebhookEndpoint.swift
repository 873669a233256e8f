import BatonAPI
import Foundation
import KubeClient

/// A webhook action resolved: its URL (perhaps from a Secret) and Authorization header.
struct WebhookEndpoint: Sendable, Hashable {
    var url: URL
    var authorization: String?

    static func resolve(_ action: WebhookAction, namespace: String, values: NamespacedValues) async throws(ValueError) -> WebhookEndpoint {
        let text: String
        if let url = action.url {
            text = url
        } else if let selector = action.urlSecretRef {
            text = try await values.secret(selector, namespace: namespace)
        } else {
            throw ValueError("the webhook has neither url nor urlSecretRef")
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil
        else { throw ValueError("the webhook URL is not an http or https URL") }
        var endpoint = WebhookEndpoint(url: url)
        if let selector = action.authorizationSecretRef {
            guard !url.sendsInTheClear else {
                throw ValueError("refusing to send the Authorization header to \(url.host ?? "") over plain http; use https")
            }
            endpoint.authorization = try await values.secret(selector, namespace: namespace)
        }
        return endpoint
    }
}
