import Testing

/// `kubectl explain`, which renders the server's OpenAPI v3 documents: types named after
/// their schema (`<[]Container>`), descriptions, required fields and enums.
@Suite struct ExplainTests {
    @Test func explainDescribesTheContainersOfADeployment() async throws {
        try await withKubectl { kubectl, _ in
            let text = try await kubectl.succeed(["explain", "deployment.spec.template.spec.containers"])
            #expect(text.contains("GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n"), "\(text)")
            withKnownIssue("DevCluster's OpenAPI documents inline schemas, so kubectl names types Object, not Container") {
                #expect(text.contains("FIELD: containers <[]Container>"), "\(text)")
                #expect(text.contains("  env\t<[]EnvVar>\n"), "\(text)")
                #expect(text.contains("  resources\t<ResourceRequirements>\n"), "\(text)")
            }
            #expect(text.contains("List of containers belonging to the pod."), "\(text)")
            #expect(text.contains("  name\t<string> -required-\n"), "\(text)")
            #expect(text.contains("  image\t<string>\n"), "\(text)")
        }
    }

    @Test func explainDescribesAScalarField() async throws {
        try await withKubectl { kubectl, _ in
            let text = try await kubectl.succeed(["explain", "deployment.spec.replicas"])
            #expect(text.contains("FIELD: replicas <integer>"), "\(text)")
            #expect(text.contains("Number of desired pods."), "\(text)")
        }
    }

    @Test func explainDescribesACustomResourceFromItsSchema() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.installWidgets()
            let color = try await kubectl.succeed(["explain", "widgets.spec.color"])
            #expect(color.contains("GROUP:      example.com\nKIND:       Widget\nVERSION:    v1\n"), "\(color)")
            #expect(color.contains("FIELD: color <string>"), "\(color)")
            #expect(color.contains("The widget's paint color, one lowercase word."), "\(color)")

            let spec = try await kubectl.succeed(["explain", "widget.spec"])
            #expect(spec.contains("What the widget should be."), "\(spec)")
            #expect(spec.contains("  color\t<string> -required-\n"), "\(spec)")
            #expect(spec.contains("  size\t<string>\n  enum: small, medium, large\n"), "\(spec)")
            #expect(spec.contains("  replicas\t<integer>\n"), "\(spec)")
        }
    }
}
