import ArgumentParser
import BatonAPI
import Foundation
import RolloutView
import UnixSignals

struct RolloutStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where a Model's rollout stands: versions, weights, step, pause, analysis.",
        discussion: """
            The text output is a tree that fits 80 columns; -o json or -o yaml prints status.rollout and \
            status.serving as one object instead, for scripts.

            With --watch it is drawn again at every change of the Model (and every second while a pause \
            counts down, on a terminal), until the rollout of the desired version ends. Exit status: 0 when \
            it Completed (or the version serves without a rollout), 1 when it was RolledBack or Aborted or \
            the version failed, 130 on Ctrl-C (SIGINT); 1 on any error.
            """)

    @Argument(help: "The Model's name.")
    var model: String

    @Flag(name: .shortAndLong, help: "Follow the rollout until it ends; the exit status says how (above).")
    var watch = false

    @Option(name: .shortAndLong, help: "Output format: text, json or yaml.")
    var output: OutputFormat = .text

    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            if watch {
                throw ExitCode(try await follow(client))
            }
            Terminal.write(try render(try await client.get(model), now: Date()))
        }
    }

    private func render(_ model: Model, now: Date) throws -> String {
        switch output {
        case .text: RolloutStatusRenderer().render(model, now: now).map { $0 + "\n" }.joined()
        case .json: try StructuredOutput.json(RolloutReport(model))
        case .yaml: try StructuredOutput.yaml(RolloutReport(model))
        }
    }

    private enum Happening: Sendable {
        case changed(Model)
        case tick
        case interrupted
        case failed(any Error)
    }

    /// Draws the Model at each change (and each second on a terminal) until the outcome is
    /// final; returns the exit status.
    private func follow(_ client: ModelClient) async throws -> Int32 {
        let (happenings, sink) = AsyncStream.makeStream(of: Happening.self)
        let name = model
        let signals = await UnixSignalsSequence(trapping: .sigint)
        // JSON and YAML documents are printed one after another, never drawn over.
        var display = LiveDisplay(interactive: Terminal.isInteractive && output == .text)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            defer { group.cancelAll() }
            group.addTask {
                do {
                    for try await model in client.changes(of: name) { sink.yield(.changed(model)) }
                } catch {
                    sink.yield(.failed(error))
                }
            }
            group.addTask {
                for await _ in signals {
                    sink.yield(.interrupted)
                    return
                }
            }
            if display.interactive {
                group.addTask {
                    while true {
                        try await Task.sleep(for: .seconds(1))
                        sink.yield(.tick)
                    }
                }
            }
            var latest: Model?
            for await happening in happenings {
                switch happening {
                case let .changed(model):
                    latest = model
                    display.show(try render(model, now: Date()).split(separator: "\n", omittingEmptySubsequences: false)
                        .dropLast().map(String.init))
                    switch RolloutWatchOutcome(model) {
                    case .pending: continue
                    case .succeeded: return 0
                    case let .failed(reason):
                        Terminal.writeError(reason)
                        return 1
                    }
                case .tick:
                    if let latest { display.show(RolloutStatusRenderer().render(latest, now: Date())) }
                case .interrupted:
                    return 130
                case let .failed(error):
                    throw error
                }
            }
            return 1
        }
    }
}
