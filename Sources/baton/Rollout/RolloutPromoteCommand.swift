import ArgumentParser
import BatonAPI
import Foundation

struct RolloutPromoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promote",
        abstract: "Skip the current step's hold (a pause, or a step that waits to be promoted); --full promotes at once.",
        discussion: "Writes the baton.dev/promote annotation and waits until the operator acknowledges it.")

    @Argument(help: "The Model's name.")
    var model: String

    @Flag(help: "Skip every step left: the candidate takes all traffic now.")
    var full = false

    @OptionGroup var request: RequestOptions
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await RolloutRequester.run(.promote, full: full, model: model, request: request, cluster: cluster)
    }
}
