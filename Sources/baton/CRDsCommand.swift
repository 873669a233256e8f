import ArgumentParser
import BatonAPI

struct CRDsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crds",
        abstract: "Print the CustomResourceDefinitions of Baton's resources (Model, Pipeline, Monitor, Policy) as YAML.",
        discussion: "Generated from the Swift types; manifests/crds/baton.dev.yaml is this output. Install them with: baton crds | kubectl apply --server-side -f -")

    func run() throws {
        print(try CustomResourceDefinitions.yaml(), terminator: "")
    }
}
