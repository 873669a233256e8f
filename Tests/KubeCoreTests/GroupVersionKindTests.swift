import Testing

@testable import KubeCore

@Suite struct GroupVersionKindTests {
    @Test(arguments: [
        ("v1", "", "v1"),
        ("apps/v1", "apps", "v1"),
        ("baton.dev/v1alpha1", "baton.dev", "v1alpha1"),
        ("networking.k8s.io/v1", "networking.k8s.io", "v1"),
    ])
    func parsesAPIVersions(apiVersion: String, group: String, version: String) throws {
        let groupVersion = try GroupVersion(apiVersion: apiVersion)
        #expect(groupVersion == GroupVersion(group: group, version: version))
        #expect(groupVersion.apiVersion == apiVersion)
        #expect(groupVersion.description == apiVersion)
    }

    @Test(arguments: ["", "/", "/v1", "apps/", "a/b/c", "apps//v1"])
    func rejectsMalformedAPIVersions(apiVersion: String) {
        do {
            _ = try GroupVersion(apiVersion: apiVersion)
            Issue.record("accepted \(apiVersion)")
        } catch {
            #expect(
                error.description
                    == "invalid apiVersion \"\(apiVersion)\": expected \"<version>\" for the core group (\"v1\") or \"<group>/<version>\" (\"apps/v1\")")
        }
    }

    @Test func kinds() throws {
        let deployment = try GroupVersionKind(apiVersion: "apps/v1", kind: "Deployment")
        #expect(deployment == GroupVersionKind(group: "apps", version: "v1", kind: "Deployment"))
        #expect(deployment.apiVersion == "apps/v1")
        #expect(deployment.description == "apps/v1, Kind=Deployment")
        let pod = GroupVersion(group: "", version: "v1").withKind("Pod")
        #expect(pod.apiVersion == "v1")
        #expect(pod.description == "/v1, Kind=Pod")
        #expect(throws: GroupVersion.ParseError.self) { try GroupVersionKind(apiVersion: "x/y/z", kind: "K") }
    }

    @Test func resources() {
        let deployments = GroupVersion(group: "apps", version: "v1").withResource("deployments")
        #expect(deployments.groupResource == "deployments.apps")
        #expect(deployments.description == "apps/v1, Resource=deployments")
        #expect(deployments.groupVersion.apiVersion == "apps/v1")
        #expect(GroupVersionResource(group: "", version: "v1", resource: "pods").groupResource == "pods")
    }

    @Test func typeMeta() {
        #expect(TypeMeta(apiVersion: "baton.dev/v1alpha1", kind: "Model").groupVersionKind
            == GroupVersionKind(group: "baton.dev", version: "v1alpha1", kind: "Model"))
        #expect(TypeMeta(apiVersion: "v1").groupVersionKind == nil)
        #expect(TypeMeta(apiVersion: "a/b/c", kind: "X").groupVersionKind == nil)
    }
}
