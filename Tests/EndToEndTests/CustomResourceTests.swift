import KubeCore
import Testing
import YAML

/// Custom resources of the Widget CRD (`Manifests.widgetDefinition`): schema validation,
/// defaults, printer columns, short names and categories.
@Suite struct CustomResourceTests {
    @Test func invalidWidgetIsRefusedNamingEachField() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.installWidgets()
            let wrong = try await kubectl.run(
                ["apply", "-f", "-"], input: Manifests.widget("wrong", spec: ["color": "Blue1", "size": "huge", "replicas": -1]))
            #expect(!wrong.succeeded)
            for problem in [
                #"The Widget "wrong" is invalid: "#,
                #"spec.color: Invalid value: "Blue1": spec.color in body should match '^[a-z]+$'"#,
                #"spec.size: Unsupported value: "huge": supported values: "small", "medium", "large""#,
                #"spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or equal to 0"#,
            ] {
                #expect(wrong.stderr.contains(problem), "\(problem) in:\n\(wrong.stderr)")
            }

            let bare = try await kubectl.run(["apply", "-f", "-"], input: Manifests.widget("bare", spec: ["size": "small"]))
            #expect(!bare.succeeded)
            #expect(bare.stderr.contains(#"The Widget "bare" is invalid: spec.color: Required value"#), "\(bare.stderr)")
            expectEqual(try await kubectl.names(["widgets"]), [])
        }
    }

    @Test func defaultsAppearInTheStoredWidget() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.installWidgets()
            try await kubectl.apply(Manifests.widget("gear", spec: ["color": "blue"]))
            let stored = try YAML.parse(try await kubectl.succeed(["get", "widget", "gear", "-o", "yaml"]))
            #expect(stored["spec"] == ["color": "blue", "size": "medium", "replicas": 1])
        }
    }

    @Test func getShowsThePrinterColumns() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.installWidgets()
            try await kubectl.apply(Manifests.widget("gear", spec: ["color": "blue"]))
            try await kubectl.apply(Manifests.widget("sprocket", spec: ["color": "red", "size": "large", "replicas": 3]))
            try await kubectl.succeed(["patch", "widget", "gear", "--subresource=status", "--type=merge", "-p", #"{"status":{"phase":"Ready"}}"#])

            let table = try await kubectl.table(["widgets"])
            #expect(table.headers == ["NAME", "SIZE", "REPLICAS", "PHASE", "AGE"])
            #expect(table.row("gear")?["SIZE", "REPLICAS", "PHASE"] == ["medium", "1", "Ready"], "\(table)")
            #expect(table.row("sprocket")?["SIZE", "REPLICAS"] == ["large", "3"], "\(table)")
        }
    }

    @Test func shortNameCategoryAndQualifiedNamesListWidgets() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.installWidgets()
            try await kubectl.apply(Manifests.widget("gear", spec: ["color": "blue"]))
            for name in ["widgets", "widget", "wdg", "gadgets", "widgets.example.com", "widgets.v1.example.com"] {
                expectEqual(try await kubectl.names([name]), ["widget.example.com/gear"], "kubectl get \(name)")
            }
        }
    }
}
