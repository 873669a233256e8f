import ArgumentParser
import BatonAPI

/// How long a request command waits for the operator to acknowledge it.
struct RequestOptions: ParsableArguments {
    @Option(help: "How long to wait for the operator to acknowledge the request, such as 30s or 2m.")
    var timeout = "30s"

    func validate() throws {
        guard KubeDuration(timeout) != nil else {
            throw ValidationError("--timeout: \"\(timeout)\" is not a duration: write it as 30s, 2m or 1m30s")
        }
    }

    var duration: Duration { KubeDuration(timeout)?.duration ?? .seconds(30) }
}
