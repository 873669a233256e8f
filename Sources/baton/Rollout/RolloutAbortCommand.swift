import ArgumentParser
import BatonAPI
import Foundation

struct RolloutAbortCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abort",
        abstract: "Stop the rollout: all traffic goes back to the stable version.",
        discussion: "Writes the baton.dev/abort annotation and waits until the operator acknowledges it.")

    @Argument(help: "The Model's name.")
    var model: String

    @OptionGroup var request: RequestOptions
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            try await RolloutRequester(
                client: client, model: model, action: .abort, value: RolloutRequester.value(full: false, now: Date()),
                timeout: request.duration
            ).run()
        }
    }
}
