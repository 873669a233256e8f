import ArgumentParser
import BatonAPI
import Foundation
import KubeCore

/// A request to the operator about a Model's rollout (promote, abort, retry, undo), as its
/// annotation: written with a merge patch, then awaited in `status.rollout.requests`, where
/// the operator acknowledges each value once with what came of it.
struct RolloutRequester {
    let client: ModelClient
    let model: String
    let action: RolloutAction
    /// The annotation's value: the time, unique per request, so the operator acts on it.
    let value: String
    let timeout: Duration

    /// Runs a request command: `action` on `model`, with the command's options.
    static func run(
        _ action: RolloutAction, full: Bool, model: String, request: RequestOptions, cluster: ClusterOptions
    ) async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            try await RolloutRequester(
                client: client, model: model, action: action, value: value(full: full, now: Date()), timeout: request.duration
            ).run()
        }
    }

    /// The time in RFC 3339 with microseconds, `full@` before it for a full promotion (the
    /// operator promotes at once on a value starting `full`).
    static func value(full: Bool, now: Date) -> String {
        (full ? "full@" : "") + KubeMicroTime(now).rfc3339
    }

    /// Writes the request and prints the operator's answer; throws when none comes in time,
    /// after taking the request back so it does not act later, on a rollout nobody meant.
    func run() async throws {
        _ = try await client.get(model)
        try await client.annotate(model, key: action.annotation, value: value)
        if let message = try await acknowledgement() {
            Terminal.write(message + "\n")
            return
        }
        await client.withdraw(model, key: action.annotation, value: value)
        var hint = ""
        if let current = try? await client.get(model), current.status?.rollout?.phase.isActive != true {
            let serving = current.status?.serving?.stableVersion.map { ": version \($0) serves" } ?? ""
            hint = " (no rollout is under way\(serving))"
        }
        throw CommandFailure(
            "the operator did not acknowledge the \(action.rawValue.lowercased()) request on Model \"\(model)\" within "
                + "\(timeout.components.seconds)s: is the operator running?\(hint) The request was withdrawn.")
    }

    /// The operator's message once it has handled this request; nil at the timeout.
    private func acknowledgement() async throws -> String? {
        let (action, value, model, client) = (action, value, model, client)
        return try await withThrowingTaskGroup(of: String?.self) { group in
            defer { group.cancelAll() }
            group.addTask {
                for try await current in client.changes(of: model) {
                    if let request = current.status?.rollout?.requests?.first(where: { $0.action == action && $0.value == value }) {
                        return request.message
                    }
                }
                return nil
            }
            group.addTask { [timeout] in
                try await Task.sleep(for: timeout)
                return nil
            }
            return try await group.next() ?? nil
        }
    }
}
