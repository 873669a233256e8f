import ArgumentParser

/// `baton rollout …`, which is also `kubectl baton rollout …` through a `kubectl-baton` link to
/// the binary on PATH.
struct RolloutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Follow and steer a Model's rollout (also as the kubectl plugin: kubectl baton rollout ...).",
        discussion: """
            As a kubectl plugin: ln -s "$(command -v baton)" ~/.local/bin/kubectl-baton (or any directory on PATH). \
            Every command reads $KUBECONFIG or ~/.kube/config, or --kubeconfig; -n picks the namespace.
            """,
        subcommands: [
            RolloutStatusCommand.self, RolloutPromoteCommand.self, RolloutRequestCommand<AbortRequest>.self,
            RolloutRequestCommand<RetryRequest>.self, RolloutRequestCommand<UndoRequest>.self, RolloutHistoryCommand.self,
        ])
}
