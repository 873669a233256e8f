import ArgumentParser
import BatonAPI
import RolloutView

struct RolloutHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the decisions about a Model's versions (status.history), oldest first.",
        discussion: "-o json or -o yaml prints the entries as a list, for scripts.")

    @Argument(help: "The Model's name.")
    var model: String

    @Option(name: .shortAndLong, help: "Output format: text, json or yaml.")
    var output: OutputFormat = .text

    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            let object = try await client.get(model)
            switch output {
            case .text: Terminal.writeLines(RolloutHistoryRenderer().render(object))
            case .json: Terminal.write(try StructuredOutput.json(object.status?.history ?? []))
            case .yaml: Terminal.write(try StructuredOutput.yaml(object.status?.history ?? []))
            }
        }
    }
}
