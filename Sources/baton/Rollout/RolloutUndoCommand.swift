import ArgumentParser
import BatonAPI
import Foundation

struct RolloutUndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Serve the previous promoted version again; during a rollout, the same as abort.",
        discussion: "Writes the baton.dev/undo annotation and waits until the operator acknowledges it.")

    @Argument(help: "The Model's name.")
    var model: String

    @OptionGroup var request: RequestOptions
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            try await RolloutRequester(
                client: client, model: model, action: .undo, value: RolloutRequester.value(full: false, now: Date()),
                timeout: request.duration
            ).run()
        }
    }
}
