import Foundation
import KubeCore
import Testing

/// Steps that must work for a test to go on: a failure is recorded at the caller's line with
/// kubectl's stderr and ends the test there, instead of piling up follow-on failures.
extension Kubectl {
    @discardableResult
    func succeed(_ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let result = try await run(arguments, input: input)
        try #require(
            result.succeeded, "kubectl \(arguments.joined(separator: " ")) failed: \(result.stderr)",
            sourceLocation: sourceLocation)
        return result.stdout
    }

    /// `kubectl apply -f -`: its stdout, one `<kind>/<name> <action>` line per object.
    @discardableResult
    func apply(_ manifest: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await succeed(["apply", "-f", "-"], input: manifest, sourceLocation: sourceLocation)
    }

    /// `kubectl get <arguments> -o json`, parsed.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        try JSONParser().parse(await succeed(["get"] + arguments + ["-o", "json"], sourceLocation: sourceLocation))
    }

    /// `kubectl get <arguments> -o jsonpath=<template>`.
    func jsonpath(_ template: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await succeed(["get"] + arguments + ["-o", "jsonpath=\(template)"], sourceLocation: sourceLocation)
    }

    /// `kubectl get <arguments> -o name`, one `<kind>/<name>` per element.
    func names(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
        try await succeed(["get"] + arguments + ["-o", "name"], sourceLocation: sourceLocation)
            .split(separator: "\n").map(String.init)
    }

    /// `kubectl get <arguments>` as a table.
    func table(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Table {
        Table(try await succeed(["get"] + arguments, sourceLocation: sourceLocation))
    }

    /// Applies a Deployment and waits until it is Available.
    func deploy(_ manifest: String, name: String, namespace: String = "default", sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await apply(manifest, sourceLocation: sourceLocation)
        try await succeed(
            ["wait", "-n", namespace, "--for=condition=Available", "deployment/\(name)", "--timeout=60s"],
            sourceLocation: sourceLocation)
    }

    /// Installs the Widget CRD of `Manifests.widgetDefinition` and waits until it is served.
    func installWidgets(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await apply(Manifests.widgetDefinition, sourceLocation: sourceLocation)
        try await succeed(
            ["wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=60s"],
            sourceLocation: sourceLocation)
    }
}

extension Kubectl {
    /// Polls `kubectl get <arguments> -o name` until nothing matches (kubectl's own
    /// `wait --for=delete -l` fails when nothing matched to begin with).
    func waitUntilNone(_ arguments: [String], timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = ContinuousClock.now + timeout
        var left = try await names(arguments, sourceLocation: sourceLocation)
        while !left.isEmpty, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(250))
            left = try await names(arguments, sourceLocation: sourceLocation)
        }
        #expect(left.isEmpty, "still there after \(timeout): \(left)", sourceLocation: sourceLocation)
    }
}
