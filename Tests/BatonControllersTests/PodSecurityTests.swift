import BatonAPI
import Foundation
import KubeCore
import Testing
import YAML

@testable import BatonControllers

/// Every pod Baton creates for a Model meets the "restricted" Pod Security Standard and runs
/// without an API token, unless the Model (or, for the ServiceAccount, the operator's
/// configuration) says otherwise.
struct PodSecurityTests {
    static let podPath = ["spec", "template", "spec"]
    static let restrictedPod: JSONValue = ["runAsNonRoot": true, "seccompProfile": ["type": "RuntimeDefault"]]
    static let restrictedContainer: JSONValue = ["allowPrivilegeEscalation": false, "capabilities": ["drop": ["ALL"]]]

    static func trainingPod(_ training: TrainingSpec = Fixtures.trainer, configuration: OperatorConfiguration = Fixtures.configuration)
        -> JSONValue?
    {
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(training: training)), configuration: configuration)
        return Fixtures.object(plan, kind: "Job")?[path: podPath]
    }

    static func servingPod(_ serving: ServingSpec = ServingSpec(runtime: .mlServer), configuration: OperatorConfiguration = Fixtures.configuration)
        -> JSONValue?
    {
        Fixtures.object(ServingTests.plan(serving, configuration: configuration), kind: "Deployment")?[path: podPath]
    }

    /// A plain run, a distributed run, and a served version: every pod template Baton writes.
    static func defaultPods() throws -> [JSONValue] {
        var distributed = Fixtures.trainer
        distributed.workers = 4
        return try [trainingPod(), trainingPod(distributed), servingPod()].map { try #require($0) }
    }

    static func containers(_ pod: JSONValue) -> [JSONValue] {
        (pod["initContainers"]?.arrayValue ?? []) + (pod["containers"]?.arrayValue ?? [])
    }

    @Test func everyPodAndContainerCarriesTheRestrictedDefaults() throws {
        let pods = try Self.defaultPods()
        for pod in pods {
            #expect(pod["securityContext"] == Self.restrictedPod)
            for container in Self.containers(pod) {
                #expect(container["securityContext"] == Self.restrictedContainer, "\(container["name"] ?? nil)")
            }
        }
        // The storage initializer is among them.
        #expect(Self.containers(pods[2]).map { $0["name"] } == ["storage-initializer", "server"])
    }

    @Test func defaultPodsMeetTheRestrictedProfile() throws {
        for pod in try Self.defaultPods() {
            #expect(RestrictedProfile.violations(of: pod) == [])
        }
    }

    /// A stock server image that runs as root: the Model turns the check off and the rest stays.
    @Test func podOverridesReplaceOnlyTheFieldsTheyName() throws {
        let pod = try #require(Self.servingPod(
            ServingSpec(runtime: .tfServing, pod: PodSettings(securityContext: PodSecurityContext(runAsNonRoot: false)))))
        #expect(pod["securityContext"] == ["runAsNonRoot": false, "seccompProfile": ["type": "RuntimeDefault"]])
        #expect(RestrictedProfile.violations(of: pod) == ["runAsNonRoot"])
        for container in Self.containers(pod) {
            #expect(container["securityContext"] == Self.restrictedContainer)
        }
    }

    @Test func everyPodFieldCanBeGiven() throws {
        var training = Fixtures.trainer
        training.pod.securityContext = PodSecurityContext(
            runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 2000,
            seccompProfile: SeccompProfile(type: .localhost, localhostProfile: "profiles/trainer.json"))
        let pod = try #require(Self.trainingPod(training))
        #expect(pod["securityContext"] == [
            "runAsNonRoot": true, "runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 2000,
            "seccompProfile": ["type": "Localhost", "localhostProfile": "profiles/trainer.json"],
        ])
        #expect(pod["securityContext"] == (try JSONValue(encoding: training.pod.securityContext)))
        #expect(RestrictedProfile.violations(of: pod) == [])
    }

    /// The Model's container takes its overrides; the storage initializer, Baton's image, keeps
    /// the defaults. Adding NET_BIND_SERVICE (a server on port 80) keeps every other capability
    /// dropped.
    @Test func containerOverridesApplyToTheModelsOwnContainer() throws {
        let overrides = ContainerSecurityContext(readOnlyRootFilesystem: true, capabilities: Capabilities(add: ["NET_BIND_SERVICE"]))
        let pod = try #require(Self.servingPod(ServingSpec(runtime: .mlServer, pod: PodSettings(containerSecurityContext: overrides))))
        let server = try #require(pod["containers"]?[0])
        #expect(server["securityContext"] == [
            "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true,
            "capabilities": ["add": ["NET_BIND_SERVICE"], "drop": ["ALL"]],
        ])
        #expect(pod["initContainers"]?[0]?["securityContext"] == Self.restrictedContainer)
        #expect(RestrictedProfile.violations(of: pod) == [])

        var training = Fixtures.trainer
        training.pod.containerSecurityContext = ContainerSecurityContext(
            allowPrivilegeEscalation: true, capabilities: Capabilities(drop: []))
        let trainer = try #require(Self.trainingPod(training)?["containers"]?[0])
        // Dropping nothing leaves the list out, as the API server stores it.
        #expect(trainer["securityContext"] == ["allowPrivilegeEscalation": true])
    }

    @Test func podsUseTheNamespaceDefaultAccountWithoutAToken() throws {
        for pod in try Self.defaultPods() {
            #expect(pod["serviceAccountName"] == nil)
            #expect(pod["automountServiceAccountToken"] == false)
        }
    }

    @Test func theConfigurationSetsTheAccountDefaults() throws {
        let configuration = OperatorConfiguration(serviceAccountName: "model-runner", automountServiceAccountToken: true)
        for pod in [Self.trainingPod(configuration: configuration), Self.servingPod(configuration: configuration)] {
            #expect(pod?["serviceAccountName"] == "model-runner")
            #expect(pod?["automountServiceAccountToken"] == true)
        }
    }

    @Test func aModelsAccountSettingsWinOverTheConfiguration() throws {
        let configuration = OperatorConfiguration(serviceAccountName: "model-runner", automountServiceAccountToken: false)
        var training = Fixtures.trainer
        training.pod = PodSettings(serviceAccountName: "fraud-trainer", automountServiceAccountToken: true)
        let trainingPod = try #require(Self.trainingPod(training, configuration: configuration))
        #expect(trainingPod["serviceAccountName"] == "fraud-trainer")
        #expect(trainingPod["automountServiceAccountToken"] == true)

        let servingPod = try #require(Self.servingPod(
            ServingSpec(runtime: .mlServer, pod: PodSettings(serviceAccountName: "fraud-server")),
            configuration: OperatorConfiguration(automountServiceAccountToken: true)))
        #expect(servingPod["serviceAccountName"] == "fraud-server")
        // Not named by the Model: the configuration's choice.
        #expect(servingPod["automountServiceAccountToken"] == true)
    }

    /// The operator's own pod meets the profile too: its namespace enforces it.
    @Test func theOperatorDeploymentMeetsTheRestrictedProfile() throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: packageRoot.appendingPathComponent("manifests/operator/deployment.yaml"), encoding: .utf8)
        let pod = try #require(try YAML.parse(text)[path: Self.podPath])
        #expect(Self.containers(pod).count == 1)
        #expect(RestrictedProfile.violations(of: pod) == [])
    }

    /// The checker is not vacuous: each of its rules catches the pod that breaks it.
    @Test func theCheckerCatchesEachRule() {
        func pod(_ breach: (inout JSONValue, inout JSONValue) -> Void = { _, _ in }) -> JSONValue {
            var pod: JSONValue = ["securityContext": Self.restrictedPod]
            var container: JSONValue = ["name": "c", "image": "i", "securityContext": Self.restrictedContainer]
            breach(&pod, &container)
            pod["containers"] = [container]
            return pod
        }
        #expect(RestrictedProfile.violations(of: pod()) == [])
        let breaches: [(String, (inout JSONValue, inout JSONValue) -> Void)] = [
            ("hostNamespaces", { pod, _ in pod["hostNetwork"] = true }),
            ("hostProcess", { pod, _ in pod[path: ["securityContext", "windowsOptions"]] = ["hostProcess": true] }),
            ("privileged", { _, container in container[path: ["securityContext", "privileged"]] = true }),
            ("hostPathVolumes", { pod, _ in pod["volumes"] = [["name": "v", "hostPath": ["path": "/"]]] }),
            ("hostPorts", { _, container in container["ports"] = [["containerPort": 80, "hostPort": 80]] }),
            ("appArmor", { pod, _ in pod[path: ["securityContext", "appArmorProfile"]] = ["type": "Unconfined"] }),
            ("seLinux", { pod, _ in pod[path: ["securityContext", "seLinuxOptions"]] = ["user": "root"] }),
            ("procMount", { _, container in container[path: ["securityContext", "procMount"]] = "Unmasked" }),
            ("sysctls", { pod, _ in pod[path: ["securityContext", "sysctls"]] = [["name": "kernel.msgmax", "value": "1"]] }),
            ("volumeTypes", { pod, _ in pod["volumes"] = [["name": "v", "nfs": ["server": "s", "path": "/"]]] }),
            ("allowPrivilegeEscalation", { _, container in
                container[path: ["securityContext", "allowPrivilegeEscalation"]] = nil
            }),
            ("runAsNonRoot", { pod, _ in pod[path: ["securityContext", "runAsNonRoot"]] = nil }),
            ("runAsUser", { _, container in container[path: ["securityContext", "runAsUser"]] = 0 }),
            ("seccompProfile", { pod, _ in pod[path: ["securityContext", "seccompProfile"]] = ["type": "Unconfined"] }),
            ("capabilities", { _, container in
                container[path: ["securityContext", "capabilities", "add"]] = ["SYS_ADMIN"]
            }),
        ]
        #expect(breaches.map(\.0) == RestrictedProfile.checks.map(\.name))
        for (rule, breach) in breaches {
            // A hostPath volume is also outside restricted's list of volume types.
            let expected = rule == "hostPathVolumes" ? [rule, "volumeTypes"] : [rule]
            #expect(RestrictedProfile.violations(of: pod(breach)) == expected)
        }
    }
}
