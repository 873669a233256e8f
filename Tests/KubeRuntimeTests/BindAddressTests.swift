import Testing

@testable import KubeRuntime

@Suite struct BindAddressTests {
    @Test func acceptsControllerRuntimeForms() throws {
        #expect(try BindAddress.parse(":8080") == BindAddress(host: "0.0.0.0", port: 8080))
        #expect(try BindAddress.parse("127.0.0.1:0") == BindAddress(host: "127.0.0.1", port: 0))
        #expect(try BindAddress.parse("[::1]:9090") == BindAddress(host: "::1", port: 9090))
        #expect(try BindAddress.parse("0") == nil)
    }

    @Test(arguments: ["8080", "localhost", ":http", ":70000", "", ":-1"])
    func refusesTheRest(_ text: String) {
        #expect(throws: BindAddressError.self) { try BindAddress.parse(text) }
    }
}
