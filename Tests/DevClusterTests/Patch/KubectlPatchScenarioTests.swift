import KubeCore
import Testing
import YAML

@testable import DevCluster

/// The patches kubectl sends, applied to Deployments and Pods under schemas that declare the
/// real types' patch metadata.
@Suite struct KubectlPatchScenarioTests {
    static let liveDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web, tier: frontend}
          finalizers: [example.com/a, example.com/b, example.com/c]
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
                - name: app
                  image: example/app:v1
                  imagePullPolicy: IfNotPresent
                  env:
                    - {name: A, value: "1"}
                    - {name: B, value: "2"}
                    - {name: INJECTED, value: by-webhook}
                - name: sidecar
                  image: example/sidecar:v1
              volumes:
                - name: data
                  emptyDir: {}
        """

    private func patchDeployment(_ patch: String) throws -> JSONValue {
        try PatchTest.apply(patch, to: Self.liveDeployment, schema: PatchSchemaFixtures.deployment)
    }

    private func containers(of deployment: JSONValue) -> [JSONValue] {
        deployment["spec"]?["template"]?["spec"]?["containers"]?.arrayValue ?? []
    }

    /// What client-side `kubectl apply` computes when the manifest changes the image and drops the
    /// env var `B`: `$setElementOrder` for every list it touches, the deletion as a directive.
    @Test func kubectlApplyChangesImageAndRemovesEnvVar() throws {
        let applied = try patchDeployment(
            """
            {"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}},
             "spec":{"template":{"spec":{
               "$setElementOrder/containers":[{"name":"app"},{"name":"sidecar"}],
               "containers":[{"$setElementOrder/env":[{"name":"A"}],
                              "env":[{"$patch":"delete","name":"B"}],
                              "image":"example/app:v2","name":"app"}]}}}}
            """)
        let app = try #require(containers(of: applied).first)
        #expect(app["image"] == "example/app:v2")
        #expect(app["imagePullPolicy"] == "IfNotPresent", "fields the manifest never set survive")
        // The env var a webhook injected is server-only: it stays, after the ones the manifest orders.
        #expect(app["env"] == [["name": "A", "value": "1"], ["name": "INJECTED", "value": "by-webhook"]])
        #expect(containers(of: applied).map { $0["name"] } == ["app", "sidecar"])
        #expect(applied["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] == "{}")
    }

    /// `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"v2"}]}}}}'`
    @Test func kubectlPatchSetsOneContainerImage() throws {
        let applied = try patchDeployment(
            #"{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"v2"}]}}}}"#)
        let live = try YAML.parse(Self.liveDeployment)
        var expected = live
        expected["spec"]?["template"]?["spec"]?["containers"] = .array(
            containers(of: live).map { $0["name"] == "app" ? $0.applyingMergePatch(["image": "v2"]) : $0 })
        #expect(applied == expected)
    }

    /// "Update API Objects in Place Using kubectl patch" (kubernetes.io): a container added by a
    /// strategic merge patch joins the list — ahead of the existing one, as the page's output shows
    /// — while the tolerations, which declare no patch strategy, are replaced.
    @Test func kubernetesDocsPatchDemo() throws {
        let demo = """
            spec:
              template:
                spec:
                  containers: [{name: patch-demo-ctr, image: nginx}]
                  tolerations: [{effect: NoSchedule, key: dedicated, value: test-team}]
            """
        let withRedis = try PatchTest.apply(
            "spec: {template: {spec: {containers: [{name: patch-demo-ctr-2, image: redis}]}}}", to: demo,
            schema: PatchSchemaFixtures.deployment)
        #expect(
            withRedis["spec"]?["template"]?["spec"]?["containers"]
                == [["name": "patch-demo-ctr-2", "image": "redis"], ["name": "patch-demo-ctr", "image": "nginx"]])
        let withTolerations = try PatchTest.apply(
            "spec: {template: {spec: {tolerations: [{effect: NoSchedule, key: disktype, value: ssd}]}}}", to: demo,
            schema: PatchSchemaFixtures.deployment)
        #expect(
            withTolerations["spec"]?["template"]?["spec"]?["tolerations"]
                == [["effect": "NoSchedule", "key": "disktype", "value": "ssd"]])
    }

    @Test func nullRemovesALabel() throws {
        let applied = try patchDeployment(#"{"metadata":{"labels":{"tier":null,"track":"stable"}}}"#)
        #expect(applied["metadata"]?["labels"] == ["app": "web", "track": "stable"])
    }

    @Test func deleteFromPrimitiveListRemovesAFinalizer() throws {
        let applied = try patchDeployment(#"{"metadata":{"$deleteFromPrimitiveList/finalizers":["example.com/b"]}}"#)
        #expect(applied["metadata"]?["finalizers"] == ["example.com/a", "example.com/c"])
    }

    /// A merging scalar list takes the union; a value the live list lacks goes first, as it does
    /// in a list of maps.
    @Test func finalizersMergeAsAUnion() throws {
        let applied = try patchDeployment(#"{"metadata":{"finalizers":["example.com/b","example.com/d"]}}"#)
        #expect(
            applied["metadata"]?["finalizers"] == ["example.com/a", "example.com/b", "example.com/d", "example.com/c"])
    }

    /// The docs' retainKeys walk-through: without `$retainKeys` the defaulted `rollingUpdate`
    /// stays beside `type: Recreate` (and validation rejects the result); with it, it goes.
    @Test func retainKeysClearsTheOtherStrategy() throws {
        let kept = try patchDeployment("spec: {strategy: {type: Recreate}}")
        #expect(
            kept["spec"]?["strategy"] == [
                "type": "Recreate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": "25%"],
            ])
        let cleared = try patchDeployment("spec: {strategy: {$retainKeys: [type], type: Recreate}}")
        #expect(cleared["spec"]?["strategy"] == ["type": "Recreate"])
        // What client-side apply sends when the last-applied manifest had set rollingUpdate.
        let applied = try patchDeployment(
            "spec: {strategy: {$retainKeys: [type], rollingUpdate: null, type: Recreate}}")
        #expect(applied["spec"]?["strategy"] == ["type": "Recreate"])
    }

    /// Volumes merge by name with retainKeys: switching a volume's source drops the old one.
    @Test func retainKeysSwitchesAVolumeSource() throws {
        let applied = try patchDeployment(
            """
            spec:
              template:
                spec:
                  volumes: [{$retainKeys: [configMap, name], name: data, configMap: {name: settings}}]
            """)
        #expect(
            applied["spec"]?["template"]?["spec"]?["volumes"] == [["name": "data", "configMap": ["name": "settings"]]])
    }

    /// Every merge key of the fixtures: ports by containerPort, volume mounts by mountPath, owner
    /// references by uid, pull secrets by name, host aliases by ip, conditions by type.
    @Test func listsMergeByTheirDeclaredKeys() throws {
        let pod = """
            metadata:
              ownerReferences: [{uid: u1, kind: ReplicaSet, name: rs1}]
            spec:
              containers:
                - name: app
                  ports: [{containerPort: 80, protocol: TCP}]
                  volumeMounts: [{name: data, mountPath: /data}]
              imagePullSecrets: [{name: registry}]
              hostAliases: [{ip: 10.0.0.1, hostnames: [a.local]}]
            status:
              conditions: [{type: Ready, status: "False"}, {type: Initialized, status: "True"}]
            """
        let applied = try PatchTest.apply(
            """
            metadata:
              ownerReferences: [{uid: u1, name: rs1-renamed}, {uid: u2, kind: Job, name: job}]
            spec:
              containers:
                - name: app
                  ports: [{containerPort: 80, name: http}]
                  volumeMounts: [{mountPath: /data, readOnly: true}]
              imagePullSecrets: [{name: mirror}]
              hostAliases: [{ip: 10.0.0.1, hostnames: [b.local]}]
            status:
              conditions: [{type: Ready, status: "True"}]
            """, to: pod, schema: PatchSchemaFixtures.pod)
        let expected = try YAML.parse(
            """
            metadata:
              ownerReferences: [{uid: u1, kind: ReplicaSet, name: rs1-renamed}, {uid: u2, kind: Job, name: job}]
            spec:
              containers:
                - name: app
                  ports: [{containerPort: 80, protocol: TCP, name: http}]
                  volumeMounts: [{name: data, mountPath: /data, readOnly: true}]
              imagePullSecrets: [{name: mirror}, {name: registry}]
              hostAliases: [{ip: 10.0.0.1, hostnames: [b.local]}]
            status:
              conditions: [{type: Ready, status: "True"}, {type: Initialized, status: "True"}]
            """)
        #expect(applied == expected)
    }

    @Test func replaceDirectivesReplaceAListAndAMap() throws {
        let applied = try patchDeployment(
            """
            spec:
              template:
                metadata: {labels: {$patch: replace, app: web2}}
                spec:
                  containers: [{$patch: replace}, {name: only, image: example/only:v1}]
            """)
        #expect(applied["spec"]?["template"]?["metadata"]?["labels"] == ["app": "web2"])
        #expect(containers(of: applied) == [["name": "only", "image": "example/only:v1"]])
    }

    @Test func deleteDirectivesRemoveAContainerAndEmptyAMap() throws {
        let applied = try patchDeployment(
            """
            spec:
              selector: {matchLabels: {$patch: delete}}
              template: {spec: {containers: [{$patch: delete, name: sidecar}]}}
            """)
        #expect(applied["spec"]?["selector"] == ["matchLabels": [:]])
        #expect(containers(of: applied).map { $0["name"] } == ["app"])
    }

    /// A field the live object lacks is taken from the patch without its nulls and directives.
    @Test func newFieldsLoseNullsAndDirectives() throws {
        let applied = try patchDeployment(
            """
            spec:
              template:
                spec:
                  nodeSelector: {disk: ssd, zone: null}
                  initContainers: [{name: init, image: busybox, args: null}, {$patch: delete, name: old}]
            """)
        #expect(applied["spec"]?["template"]?["spec"]?["nodeSelector"] == ["disk": "ssd"])
        #expect(applied["spec"]?["template"]?["spec"]?["initContainers"] == [["name": "init", "image": "busybox"]])
    }

    /// Without a schema every list is replaced and every map merges, as in JSON merge patch.
    @Test func withoutASchemaListsAreReplaced() throws {
        let applied = try PatchTest.apply(
            "spec: {template: {spec: {containers: [{name: app, image: v2}]}}, replicas: 3}", to: Self.liveDeployment,
            schema: nil)
        #expect(containers(of: applied) == [["name": "app", "image": "v2"]])
        #expect(applied["spec"]?["replicas"] == 3)
    }
}
