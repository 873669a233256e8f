import ArgumentParser
import BatonAPI
import Foundation

/// `abort`, `retry` and `undo`: each writes its request annotation and waits for the operator's
/// answer, differing only in the action and its help.
struct RolloutRequestCommand<Kind: RolloutRequestKind>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Kind.action.rawValue.lowercased(), abstract: Kind.abstract,
            discussion: "Writes the \(Kind.action.annotation) annotation and waits until the operator acknowledges it.")
    }

    @Argument(help: "The Model's name.")
    var model: String

    @OptionGroup var request: RequestOptions
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await RolloutRequester.run(Kind.action, full: false, model: model, request: request, cluster: cluster)
    }
}

/// What a request command asks, and how its help says it.
protocol RolloutRequestKind {
    static var action: RolloutAction { get }
    static var abstract: String { get }
}

enum AbortRequest: RolloutRequestKind {
    static let action = RolloutAction.abort
    static let abstract = "Stop the rollout: all traffic goes back to the stable version."
}

enum RetryRequest: RolloutRequestKind {
    static let action = RolloutAction.retry
    static let abstract = "Start an aborted, rolled-back or held rollout again from its first step."
}

enum UndoRequest: RolloutRequestKind {
    static let action = RolloutAction.undo
    static let abstract = "Serve the previous promoted version again; during a rollout, the same as abort."
}
