import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing
import YAML

@testable import BatonControllers

struct OperatorConfigurationTests {
    @Test func defaults() {
        let configuration = OperatorConfiguration()
        #expect(configuration.storageInitializerImage == "kserve/storage-initializer:v0.14.1")
        #expect(configuration.jobTTLSecondsAfterFinished == 86_400)
        #expect(configuration.artifactStore == "s3://baton-artifacts")
        #expect(configuration.servingPort == 8080)
        #expect(configuration.runtimes[.mlServer].image == "docker.io/seldonio/mlserver:1.6.1")
        #expect(configuration.runtimes[.triton].readiness == .httpGet(path: "/v2/health/ready"))
        #expect(configuration.runtimes[.custom].image == nil)
        #expect(configuration.runtimes[.custom].readiness == .tcpSocket)
        #expect(configuration.serviceAccountName == nil)
        #expect(configuration.automountServiceAccountToken == false)
    }

    @Test func podAccountDefaults() throws {
        let configuration = try OperatorConfiguration(yaml: "serviceAccountName: model-runner\nautomountServiceAccountToken: true\n")
        #expect(configuration.serviceAccountName == "model-runner")
        #expect(configuration.automountServiceAccountToken == true)
        let text = try YAML.emit(JSONValue(encoding: configuration))
        #expect(try OperatorConfiguration(yaml: text) == configuration)
    }

    @Test(arguments: ["", "# nothing set yet\n", "---\n"])
    func emptyFileIsTheDefaults(text: String) throws {
        #expect(try OperatorConfiguration(yaml: text) == OperatorConfiguration())
    }

    @Test func fullFile() throws {
        let configuration = try OperatorConfiguration(yaml: """
            apiVersion: baton.dev/v1alpha1
            kind: OperatorConfiguration
            runtimes:
              MLServer: {image: registry.internal/mlserver:1.6.1, args: [], port: 9000}
              Triton:
                args: [tritonserver, "--model-repository=/mnt/models", "--http-port={{port}}", --log-verbose=1]
                env: [{name: CUDA_VISIBLE_DEVICES, value: "0"}]
                readiness: {httpGet: {path: /v2/health/live}}
              Custom: {readiness: {tcpSocket: {}}}
            storageInitializerImage: registry.internal/storage-initializer:v0.14.1
            jobTTLSecondsAfterFinished: 3600
            artifactStore: s3://team-artifacts/
            servingPort: 80
            """)
        #expect(configuration.storageInitializerImage == "registry.internal/storage-initializer:v0.14.1")
        #expect(configuration.jobTTLSecondsAfterFinished == 3600)
        #expect(configuration.artifactStore == "s3://team-artifacts")
        #expect(configuration.servingPort == 80)
        let mlServer = configuration.runtimes[.mlServer]
        #expect(mlServer.image == "registry.internal/mlserver:1.6.1")
        #expect(mlServer.port == 9000)
        // Fields the file leaves out keep their built-in values.
        #expect(mlServer.env == RuntimeTable.builtIn[.mlServer].env)
        #expect(mlServer.readiness == .httpGet(path: "/v2/health/ready"))
        let triton = configuration.runtimes[.triton]
        #expect(triton.image == RuntimeTable.builtIn[.triton].image)
        #expect(triton.args.last == "--log-verbose=1")
        #expect(triton.env == [EnvVar(name: "CUDA_VISIBLE_DEVICES", value: "0")])
        #expect(triton.readiness == .httpGet(path: "/v2/health/live"))
        #expect(configuration.runtimes[.tfServing] == RuntimeTable.builtIn[.tfServing])
    }

    @Test func printedConfigurationReadsBackTheSame() throws {
        var configuration = OperatorConfiguration(servingPort: 9090)
        configuration.runtimes[.torchServe].image = "registry.internal/torchserve:0.12.0-gpu"
        let text = try YAML.emit(JSONValue(encoding: configuration))
        #expect(try OperatorConfiguration(yaml: text) == configuration)
    }

    @Test(arguments: [
        ("runtimes: {mlserver: {image: x}}", "runtimes.mlserver", "unknown runtime (did you mean MLServer?); known runtimes: MLServer, TFServing, TorchServe, Triton, Custom"),
        ("runtimes: {Seldon: {image: x}}", "runtimes.Seldon", "unknown runtime; known runtimes: MLServer, TFServing, TorchServe, Triton, Custom"),
        ("servingPort: http", "servingPort", "expected an integer, found string \"http\""),
        ("servingPort: 70000", "servingPort", "expected a port from 1 to 65535, found 70000"),
        ("jobTTLSecondsAfterFinished: -5", "jobTTLSecondsAfterFinished", "expected 0 or more seconds, found -5"),
        ("runtimes: {Triton: {args: tritonserver}}", "runtimes.Triton.args", "expected a list, found string \"tritonserver\""),
        ("runtimes: {Triton: {args: [tritonserver, true]}}", "runtimes.Triton.args[1]", "expected a string, found boolean true"),
        ("runtimes: {Triton: {port: 0}}", "runtimes.Triton.port", "expected a port from 1 to 65535, found 0"),
        ("runtimes: {Triton: {imgae: x}}", "runtimes.Triton.imgae", "unknown field; known fields: image, command, args, env, port, readiness"),
        ("runtimes: {Triton: {readiness: {exec: {}}}}", "runtimes.Triton.readiness.exec", "unknown field; known fields: httpGet, tcpSocket"),
        ("runtimes: {Triton: {readiness: {httpGet: {path: ping}}}}", "runtimes.Triton.readiness.httpGet.path", "expected an absolute path such as /ping, found \"ping\""),
        ("runtimes: {Triton: {readiness: {}}}", "runtimes.Triton.readiness", "expected exactly one of httpGet: {path: ...} and tcpSocket: {}"),
        ("runtimes: [MLServer]", "runtimes", "expected a mapping, found array [\"MLServer\"]"),
        ("storageInitialiserImage: x", "storageInitialiserImage", "unknown field; known fields: apiVersion, kind, runtimes, storageInitializerImage, jobTTLSecondsAfterFinished, artifactStore, servingPort, serviceAccountName, automountServiceAccountToken, prometheus"),
        ("serviceAccountName: Model_Runner", "serviceAccountName", "expected a ServiceAccount name, found \"Model_Runner\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
        ("automountServiceAccountToken: maybe", "automountServiceAccountToken", "expected a boolean, found string \"maybe\""),
        ("kind: Model", "kind", "expected \"OperatorConfiguration\", found \"Model\""),
        ("artifactStore: baton-artifacts", "artifactStore", "expected a URI with a scheme, such as s3://baton-artifacts, found \"baton-artifacts\""),
        ("storageInitializerImage: \"\"", "storageInitializerImage", "expected an image reference, found an empty string"),
        ("prometheus: {url: prometheus:9090}", "prometheus.url", "expected an http or https URL such as http://prometheus.monitoring.svc:9090, found \"prometheus:9090\""),
        ("prometheus: {url: \"http://p:9090\", token: x}", "prometheus.token", "unknown field; known fields: url, timeout, bearerTokenFile, caFile"),
        ("prometheus: {url: \"http://p:9090\", timeout: soon}", "prometheus.timeout", "\"soon\" is not a duration: expected up to four groups of a number and a unit h, m, s or ms, such as \"2m\", \"1h30m\" or \"500ms\""),
    ])
    func badFieldsAreNamed(text: String, field: String, problem: String) {
        #expect(throws: ConfigurationError(field: field, problem: problem)) {
            try OperatorConfiguration(yaml: text)
        }
    }

    @Test func defaultPrometheusIsReadAndWrittenBack() throws {
        let configuration = try OperatorConfiguration(yaml: "prometheus: {url: \"https://prometheus.monitoring.svc:9090\", timeout: 5s}")
        #expect(configuration.prometheus == DefaultPrometheus(url: "https://prometheus.monitoring.svc:9090", timeout: "5s"))
        #expect(try configuration.prometheus?.endpoint().timeout == .seconds(5))
        #expect(try OperatorConfiguration(yaml: YAML.emit(JSONValue(encoding: configuration))) == configuration)
        #expect(try OperatorConfiguration(yaml: "").prometheus == nil)
    }

    @Test func notYAML() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try OperatorConfiguration(yaml: "runtimes: {MLServer: [\n")
        }
        #expect(error.field == nil)
        #expect(error.problem.hasPrefix("not valid YAML: line "))
        #expect(error.description.hasPrefix("operator configuration: not valid YAML"))
    }

    @Test func notAMapping() {
        #expect(throws: ConfigurationError(field: nil, problem: "expected a mapping of settings at the top level, found array")) {
            try OperatorConfiguration(yaml: "- MLServer\n- Triton\n")
        }
    }

    @Test func errorDescriptionNamesTheField() {
        let error = ConfigurationError(field: "servingPort", problem: "expected an integer, found string \"http\"")
        #expect(error.description == "operator configuration: servingPort: expected an integer, found string \"http\"")
    }

    @Test func placeholdersAreFilledPerModel() {
        let settings = RuntimeTable.builtIn[.tfServing].resolved(modelName: "churn")
        #expect(settings.args == ["--model_base_path=/mnt/models", "--rest_api_port=8080", "--model_name=churn"])
        #expect(settings.readiness == .httpGet(path: "/v1/models/churn"))
    }

    @Test func everyBuiltInImageIsPinned() {
        for runtime in ServingRuntime.allCases {
            guard let image = RuntimeTable.builtIn[runtime].image else { continue }
            let tag = image.split(separator: ":").last.map(String.init) ?? ""
            #expect(image.contains(":") && tag != "latest" && tag.first?.isNumber == true, "\(runtime): \(image)")
        }
    }
}
