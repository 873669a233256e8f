import ArgumentParser
import BatonAPI
import Foundation

/// `baton approve MODEL VERSION` (`kubectl baton approve …`): the approval a Policy's
/// `approval` rule asks for, bound to one version — annotations `baton.dev/approved-by` and
/// `baton.dev/approved-version` on the Model.
struct ApproveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve one version of a Model for the Policies that require an approval.",
        discussion: """
            Writes baton.dev/approved-by (you, as the API server knows you) and baton.dev/approved-version on the \
            Model. Approving one version does not approve the next. Where the API server cannot say who you are \
            (before Kubernetes 1.28, or baton dev), name yourself with --approver; on a cluster with Baton's \
            ValidatingAdmissionPolicy the name must be your own.
            """)

    @Argument(help: "The Model's name.")
    var model: String

    @Argument(help: "The version approved (the Model's spec.version, now or to come).")
    var version: String

    @Option(help: "Who approves, when the API server cannot say (default: your user, from a SelfSubjectReview).")
    var approver: String?

    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        try await ErrorReport.run(model: model, cluster: cluster) { client in
            _ = try await client.get(model)
            let known = await client.username()
            if let known, let approver, approver != known {
                throw CommandFailure("the API server knows you as \(known), not \(approver): an approval is in your own name")
            }
            guard let who = known ?? approver else {
                throw CommandFailure("the API server cannot say who you are: name yourself with --approver")
            }
            try await client.annotate(model, [
                ApprovalRule.approvedByAnnotation: who, ApprovalRule.approvedVersionAnnotation: version,
            ])
            Terminal.write("Version \(version) of Model \(model) approved by \(who).\n")
        }
    }
}
