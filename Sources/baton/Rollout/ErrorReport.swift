import ArgumentParser
import Foundation
import KubeClient
import RolloutView

/// Turns whatever a rollout command hit into one line on stderr and exit status 1: a missing
/// Model, a cluster that cannot be reached, a refusal — never a stack trace or a dump.
enum ErrorReport {
    /// Connects with `cluster` and runs `body`; an error either throws (other than an exit
    /// code `body` chose) is reported.
    static func run(model: String, cluster: ClusterOptions, _ body: (ModelClient) async throws -> Void) async throws {
        var client: ModelClient?
        do {
            client = try cluster.connect()
            try await body(client!)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Terminal.writeError("error: " + line(error, model: model, namespace: client?.namespace, server: client?.server))
            throw ExitCode.failure
        }
    }

    static func line(_ error: any Error, model: String, namespace: String?, server: String?) -> String {
        let text: String
        let place = namespace.map { " in namespace \"\($0)\"" } ?? ""
        switch error {
        case let failure as CommandFailure:
            text = failure.description
        case let error as KubeAPIError:
            switch error {
            case .notFound where error.message.contains("could not find the requested resource"):
                text = "the API server does not serve Models (models.baton.dev): are Baton's CRDs installed? "
                    + "(baton crds | kubectl apply --server-side -f -)"
            case .notFound:
                text = "Model \"\(model)\" not found\(place)"
            case .forbidden:
                text = "forbidden: \(error.message.isEmpty ? "the API server refused the request" : error.message)"
            case .unauthorized:
                text = "unauthorized: the API server refused the kubeconfig's credentials"
            default:
                text = "the API server refused the request: \(error)"
            }
        case let error as TransportError:
            text = "cannot connect to the API server\(server.map { " at \($0)" } ?? ""): \(error)"
        case let error as DecodingError:
            text = "Model \"\(model)\" cannot be read: \(describe(error))"
        default:
            text = "\(error)"
        }
        return TerminalText.singleLine(text)
    }

    private static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case let .typeMismatch(_, c), let .valueNotFound(_, c), let .keyNotFound(_, c), let .dataCorrupted(c): context = c
        @unknown default: return "\(error)"
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
    }
}
