import ArgumentParser
import KubeClient

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print Baton's version.")

    func run() {
        print("baton \(BatonVersion.current)")
    }
}
