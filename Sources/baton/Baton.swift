import ArgumentParser
import KubeClient

@main
struct Baton: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baton",
        abstract: "Runs the whole life of a machine-learning model on Kubernetes from declared YAML.",
        version: BatonVersion.current,
        subcommands: [
            OperatorCommand.self, DevCommand.self, RolloutCommand.self, ApproveCommand.self, CRDsCommand.self,
            VersionCommand.self,
        ])
}
