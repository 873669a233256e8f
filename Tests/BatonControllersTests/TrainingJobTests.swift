import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A Model with `spec.training` starts with one Job for its version.
struct TrainingJobTests {
    let plan = Fixtures.plan(
        ModelObservation(model: Fixtures.model(data: DatasetReference(uri: "s3://ml-data/fraud/train.parquet", version: "v42"))))

    var job: JSONValue? { Fixtures.object(plan, kind: "Job") }

    @Test func aFreshModelGetsOnlyItsTrainingJob() {
        #expect(plan.objects.count == 1)
        #expect(Fixtures.name(of: job ?? nil) == "fraud-detector-2-1-0-train")
        #expect(Fixtures.objects(plan, kind: "Deployment").isEmpty)
        #expect(Fixtures.objects(plan, kind: "Service").isEmpty)
        #expect(plan.delete.isEmpty && plan.retain.isEmpty)
        #expect(plan.requeueAfter == nil)
    }

    @Test func statusSaysTraining() {
        #expect(plan.status.phase == .training)
        #expect(plan.status.observedGeneration == 1)
        #expect(plan.status.training == TrainingStatus(version: "2.1.0", jobRef: LocalObjectReference(name: "fraud-detector-2-1-0-train"), attempts: 0))
        let trained = plan.status.condition(ModelConditions.trained)
        #expect(trained?.status == .unknown)
        #expect(trained?.reason == "Training")
        #expect(trained?.message == "Job fraud-detector-2-1-0-train is training version 2.1.0.")
        #expect(trained?.observedGeneration == 1)
        #expect(trained?.lastTransitionTime == Fixtures.nowTime)
        #expect(plan.status.condition(ModelConditions.ready)?.status == .false)
        #expect(plan.status.condition(ModelConditions.ready)?.reason == "Training")
        #expect(plan.status.condition(ModelConditions.progressing)?.status == .true)
        #expect(plan.status.condition(ModelConditions.degraded)?.status == .false)
        #expect(plan.status.serving == nil)
        #expect(plan.status.artifact == nil)
        #expect(plan.events == [
            PlannedEvent(.normal, reason: "TrainingStarted", action: "Train", message: "Job fraud-detector-2-1-0-train is training version 2.1.0.")
        ])
    }

    @Test func jobIsOwnedAndLabelled() throws {
        let job = try #require(job)
        #expect(job["apiVersion"] == "batch/v1")
        #expect(job["metadata"]?["namespace"] == "risk")
        #expect(job["metadata"]?["ownerReferences"] == [
            ["apiVersion": "baton.dev/v1alpha1", "kind": "Model", "name": "fraud-detector", "uid": "uid-fraud-detector",
             "controller": true, "blockOwnerDeletion": true]
        ])
        let labels: JSONValue = [
            "app.kubernetes.io/name": "fraud-detector", "app.kubernetes.io/managed-by": "baton",
            "baton.dev/model": "fraud-detector", "baton.dev/version": "2.1.0", "baton.dev/component": "training",
        ]
        #expect(job["metadata"]?["labels"] == labels)
        #expect(job[path: ["spec", "template", "metadata", "labels"]] == labels)
    }

    @Test func jobCarriesLimitsFromSpecAndConfiguration() throws {
        let spec = try #require(job?["spec"])
        #expect(spec["backoffLimit"] == 2)
        #expect(spec["activeDeadlineSeconds"] == 3600)
        #expect(spec["ttlSecondsAfterFinished"] == 86_400)
        #expect(spec["completions"] == 1)
        #expect(spec["parallelism"] == 1)
        #expect(spec["completionMode"] == nil)
        #expect(spec[path: ["template", "spec", "restartPolicy"]] == "Never")
        #expect(spec[path: ["template", "spec", "subdomain"]] == nil)
    }

    @Test func trainerContainerRunsTheSpecWithGPUs() throws {
        let trainer = try #require(job?.container("trainer"))
        #expect(trainer["image"] == "registry.example.com/fraud-train:1.4")
        #expect(trainer["command"] == ["python", "train.py"])
        #expect(trainer["args"] == ["--epochs", "10"])
        #expect(trainer["resources"] == [
            "limits": ["memory": "16Gi", "nvidia.com/gpu": "1"], "requests": ["cpu": "4", "memory": "16Gi"],
        ])
        #expect(trainer["terminationMessagePolicy"] == "FallbackToLogsOnError")
        #expect(trainer["ports"] == nil)
    }

    @Test func trainerEnvironmentTellsWhereDataAndOutputAre() throws {
        let env = try #require(job?.environment(container: "trainer"))
        #expect(env["BATON_MODEL_NAME"]?["value"] == "fraud-detector")
        #expect(env["BATON_MODEL_VERSION"]?["value"] == "2.1.0")
        #expect(env["BATON_DATA_URI"]?["value"] == "s3://ml-data/fraud/train.parquet")
        #expect(env["BATON_DATA_VERSION"]?["value"] == "v42")
        #expect(env["BATON_OUTPUT_URI"]?["value"] == "s3://baton-artifacts/risk/fraud-detector/2.1.0")
        #expect(env["EPOCHS"]?["value"] == "10")
        #expect(env["MASTER_ADDR"] == nil)
        // Baton's variables come first so the user's can refer to them.
        let names = job?.container("trainer")?["env"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names?.last == "EPOCHS")
    }

    @Test func outputURITemplateAndNoData() throws {
        var training = Fixtures.trainer
        training.outputURI = "s3://ml-models/fraud/{{version}}/model"
        training.container.env = [EnvVar(name: "BATON_OUTPUT_URI", value: "s3://elsewhere")]
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(training: training)))
        let env = try #require(Fixtures.object(plan, kind: "Job")?.environment(container: "trainer"))
        #expect(env["BATON_OUTPUT_URI"]?["value"] == "s3://ml-models/fraud/2.1.0/model")
        #expect(env["BATON_DATA_URI"] == nil)
        #expect(env["BATON_DATA_VERSION"] == nil)
        let names = Fixtures.object(plan, kind: "Job")?.container("trainer")?["env"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names?.filter { $0 == "BATON_OUTPUT_URI" }.count == 1)
    }

    @Test func artifactStoreComesFromConfiguration() throws {
        let configuration = OperatorConfiguration(artifactStore: "gs://team-models/")
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model()), configuration: configuration)
        let env = try #require(Fixtures.object(plan, kind: "Job")?.environment(container: "trainer"))
        #expect(env["BATON_OUTPUT_URI"]?["value"] == "gs://team-models/risk/fraud-detector/2.1.0")
    }

    @Test func noDeadlineWhenTheSpecSetsNone() {
        var training = Fixtures.trainer
        training.activeDeadlineSeconds = nil
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(training: training)))
        #expect(Fixtures.object(plan, kind: "Job")?["spec"]?["activeDeadlineSeconds"] == nil)
    }

    @Test func aRunningJobIsStillDesiredAndCountsAttempts() throws {
        let first = Fixtures.plan(ModelObservation(model: Fixtures.model()))
        var observation = Fixtures.applying(first, to: ModelObservation(model: Fixtures.model()))
        observation.jobs = [Fixtures.running(try #require(observation.jobs.first), active: 1, failed: 1)]
        let plan = Fixtures.plan(observation)
        #expect(Fixtures.object(plan, kind: "Job") != nil)
        #expect(plan.status.training?.attempts == 2)
        #expect(plan.status.condition(ModelConditions.trained)?.message
            == "Job fraud-detector-2-1-0-train is training version 2.1.0 (attempt 2 of 3).")
        #expect(plan.events.isEmpty)
        #expect(plan.status.phase == .training)
    }
}

/// More than one worker: an Indexed Job, a headless Service and rendezvous variables.
struct DistributedTrainingTests {
    let plan: ModelPlan = {
        var training = Fixtures.trainer
        training.workers = 4
        return Fixtures.plan(ModelObservation(model: Fixtures.model(training: training)))
    }()

    @Test func indexedJobWithOnePodPerWorker() throws {
        let spec = try #require(Fixtures.object(plan, kind: "Job")?["spec"])
        #expect(spec["completionMode"] == "Indexed")
        #expect(spec["completions"] == 4)
        #expect(spec["parallelism"] == 4)
        #expect(spec[path: ["template", "spec", "subdomain"]] == "fraud-detector-2-1-0-workers")
        #expect(Fixtures.object(plan, kind: "Job")?.container("trainer")?["ports"] == [
            ["name": "rendezvous", "containerPort": 29500, "protocol": "TCP"]
        ])
    }

    @Test func headlessServiceSelectsTheTrainingPods() throws {
        let service = try #require(Fixtures.object(plan, kind: "Service"))
        #expect(Fixtures.name(of: service) == "fraud-detector-2-1-0-workers")
        #expect(service["spec"]?["clusterIP"] == "None")
        #expect(service["spec"]?["publishNotReadyAddresses"] == true)
        #expect(service["spec"]?["selector"] == [
            "baton.dev/model": "fraud-detector", "baton.dev/version": "2.1.0", "baton.dev/component": "training",
        ])
        #expect(service["spec"]?["ports"] == [["name": "rendezvous", "port": 29500, "targetPort": 29500, "protocol": "TCP"]])
        #expect(service["metadata"]?["ownerReferences"]?[0]?["uid"] == "uid-fraud-detector")
    }

    @Test func workersGetRendezvousVariables() throws {
        let env = try #require(Fixtures.object(plan, kind: "Job")?.environment(container: "trainer"))
        let master = "fraud-detector-2-1-0-train-0.fraud-detector-2-1-0-workers"
        let rank: JSONValue = ["fieldRef": ["fieldPath": "metadata.annotations['batch.kubernetes.io/job-completion-index']"]]
        #expect(env["MASTER_ADDR"]?["value"] == .string(master))
        #expect(env["MASTER_PORT"]?["value"] == "29500")
        #expect(env["WORLD_SIZE"]?["value"] == "4")
        #expect(env["RANK"]?["valueFrom"] == rank)
        #expect(env["PET_MASTER_ADDR"]?["value"] == .string(master))
        #expect(env["PET_MASTER_PORT"]?["value"] == "29500")
        #expect(env["PET_NNODES"]?["value"] == "4")
        #expect(env["PET_NODE_RANK"]?["valueFrom"] == rank)
    }

    @Test func headlessServiceGoesOnceTrainingIsOver() throws {
        var training = Fixtures.trainer
        training.workers = 4
        let model = Fixtures.model(training: training)
        var observation = Fixtures.applying(plan, to: ModelObservation(model: model))
        let job = try #require(observation.jobs.first)
        observation.jobs = [Fixtures.completed(job, succeeded: 4)]
        observation.trainingPods = (0..<4).map {
            Fixtures.trainingPod(
                job: "fraud-detector-2-1-0-train", message: $0 == 0 ? #"{"metrics": {"accuracy": 0.9}}"# : "", index: $0)
        }
        let next = Fixtures.plan(observation)
        #expect(next.status.condition(ModelConditions.trained)?.status == .true)
        #expect(next.status.training?.metrics == ["accuracy": 0.9])
        #expect(next.delete == [ChildReference(apiVersion: "v1", kind: "Service", name: "fraud-detector-2-1-0-workers")])
        #expect(next.retain == [ChildReference(apiVersion: "batch/v1", kind: "Job", name: "fraud-detector-2-1-0-train")])
    }
}

/// Children the planner does not account for are cleaned up; finished Jobs never are.
struct ChildPartitionTests {
    @Test func distributedTrainingIsIdempotent() {
        var training = Fixtures.trainer
        training.workers = 4
        var life = Lifecycle(Fixtures.model(training: training))
        life.expectIdempotent()
        life.reconcile()
        #expect(life.plan.events.isEmpty)
        life.expectIdempotent()
    }

    @Test func unexpectedChildrenAreDeletedAndFinishedJobsKept() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        let stray: JSONValue = ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "fraud-detector-old-naming"]]
        let oldJob = Fixtures.completed(["apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": "fraud-detector-1-9-0-train"]])
        life.observation.deployments.append(stray)
        life.observation.jobs.append(oldJob)
        life.replan()
        #expect(life.plan.delete == [ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-old-naming")])
        #expect(Set(life.plan.retain.map(\.name)) == ["fraud-detector-2-1-0-train", "fraud-detector-1-9-0-train"])
        #expect(life.plan.events.isEmpty)
    }

    @Test func plannerNamesTheKindsItOwns() {
        #expect(ModelPlanner.childKinds.map(\.apiVersion) == ["batch/v1", "apps/v1", "v1", "autoscaling/v2", "gateway.networking.k8s.io/v1"])
    }
}
