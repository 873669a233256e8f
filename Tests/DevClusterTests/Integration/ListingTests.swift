import TestSupport
import KubeClient
import KubeCore
import Testing

/// Label and field selectors, all-namespace lists, and paging with limit/continue.
@Suite struct ListingTests {
    @Test func selectorsFilterLists() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a", labels: ["tier": "front", "env": "prod"]))
            _ = try await fixture.configMaps.create(configMap("b", labels: ["tier": "back", "env": "prod"]))
            _ = try await fixture.configMaps.create(configMap("c"))
            let names = { (options: ListOptions) in try await fixture.configMaps.list(options).items.map(\.name) }
            #expect(try await names(ListOptions(labelSelector: "env=prod")) == ["a", "b"])
            #expect(try await names(ListOptions(labelSelector: "tier in (front),env")) == ["a"])
            #expect(try await names(ListOptions(labelSelector: "!tier")) == ["c"])
            #expect(try await names(ListOptions(fieldSelector: "metadata.name!=a")) == ["b", "c"])
            #expect(try await names(ListOptions(fieldSelector: "metadata.namespace=default,metadata.name=c")) == ["c"])
            let everywhere = fixture.resource("", "v1", "namespaces", namespace: nil)
            #expect(try await everywhere.list(ListOptions(fieldSelector: "status.phase=Active")).items.count == 4)
        }
    }

    @Test func allNamespacesListSpansNamespaces() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("here"))
            _ = try await fixture.resource("", "v1", "configmaps", namespace: "kube-system").create(configMap("there"))
            let all = try await fixture.resource("", "v1", "configmaps", namespace: nil).list()
            #expect(all.items.map(\.name) == ["here", "there"])
        }
    }

    @Test func pagingReturnsEveryObjectOnceWithAContinueToken() async throws {
        try await withDevCluster { fixture in
            for index in 0..<25 { _ = try await fixture.configMaps.create(configMap(String(format: "cm-%02d", index))) }
            var seen: [String] = []
            var token: String?
            var pages = 0
            repeat {
                let page = try await fixture.configMaps.list(ListOptions(limit: 10, continueToken: token))
                seen += page.items.map(\.name)
                token = page.continueToken
                pages += 1
                if token != nil { #expect(page.metadata.remainingItemCount == Int64(25 - seen.count)) }
            } while token != nil
            #expect(pages == 3)
            #expect(seen == (0..<25).map { String(format: "cm-%02d", $0) })
            await #expect(throws: KubeAPIError.self) { _ = try await fixture.configMaps.list(ListOptions(continueToken: "garbage")) }
        }
    }
}
