import ArgumentParser
import BatonAPI
import Foundation

struct RolloutRetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Start an aborted, rolled-back or held rollout again from its first step.",
        discussion: "Writes the baton.dev/retry annotation and waits until the operator acknowledges it.")

    @Argument(help: "The Model's name.")
    var model: String

    @OptionGroup var request: RequestOptions
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            try await RolloutRequester(
                client: client, model: model, action: .retry, value: RolloutRequester.value(full: false, now: Date()),
                timeout: request.duration
            ).run()
        }
    }
}
