import KubeCore
import Testing

@testable import DevCluster

@Suite struct ManagedFieldsTests {
    typealias F = ApplyFixtures

    /// The multi-manager example of the Server-Side Apply documentation.
    static let documented = F.yaml(
        """
        - manager: kubectl
          operation: Apply
          time: '2019-03-30T15:00:00.000Z'
          apiVersion: v1
          fieldsType: FieldsV1
          fieldsV1:
            f:metadata:
              f:labels:
                f:test-label: {}
        - manager: kube-controller-manager
          operation: Update
          apiVersion: v1
          time: '2019-03-30T16:00:00.000Z'
          fieldsType: FieldsV1
          fieldsV1:
            f:data:
              f:key: {}
          subresource: status
        """)

    @Test func decodesAndEncodesTheDocumentedEntries() throws {
        let managed = try ManagedFields(json: Self.documented)
        let updater = try #require(
            managed[ManagerIdentity(manager: "kube-controller-manager", operation: .update, apiVersion: "v1", subresource: "status")])
        #expect(updater.time == KubeTime(secondsSince1970: 1_553_961_600))
        #expect(updater.fields == FieldSet([[.field("data"), .field("key")]]))
        // Appliers are the same applier at any version.
        #expect(managed[ManagerIdentity(manager: "kubectl", operation: .apply, apiVersion: "v9", subresource: "")] != nil)
        #expect(try managed.json?.jsonString() == """
            [{"manager":"kubectl","operation":"Apply","apiVersion":"v1","time":"2019-03-30T15:00:00Z",\
            "fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{"f:test-label":{}}}}},\
            {"manager":"kube-controller-manager","operation":"Update","apiVersion":"v1","time":"2019-03-30T16:00:00Z",\
            "fieldsType":"FieldsV1","fieldsV1":{"f:data":{"f:key":{}}},"subresource":"status"}]
            """)
    }

    @Test func identifiersAreKubesManagerKeys() {
        let updater = ManagerIdentity(manager: "m", operation: .update, apiVersion: "apps/v1", subresource: "status")
        #expect(updater.identifier == #"{"manager":"m","operation":"Update","apiVersion":"apps/v1","subresource":"status"}"#)
        #expect(updater.printed == #""m" using apps/v1"#)
        let applier = ManagerIdentity(manager: "m", operation: .apply, apiVersion: "apps/v1", subresource: "")
        #expect(applier.identifier == #"{"manager":"m","operation":"Apply"}"#)
        #expect(applier.printed == #""m""#)
    }

    @Test(arguments: [
        (["operation": "Patch", "apiVersion": "v1", "fieldsType": "FieldsV1"], "operation must be `Apply` or `Update`"),
        (["operation": "Apply", "fieldsType": "FieldsV1"], "apiVersion must not be empty"),
        (["operation": "Apply", "apiVersion": "v1"], "missing fieldsType in managed fields entry 0"),
        (["operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV2"], #"invalid fieldsType "FieldsV2" in managed fields entry 0"#),
        (["operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV1", "fieldsV1": ["f:a": 1]],
         "error decoding set in managed fields entry 0: expected a JSON object in FieldsV1, got integer"),
        (["manager": 3, "operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV1"],
         "managed fields entry 0: manager must be a string, not integer"),
    ] as [(JSONValue, String)])
    func rejectsInvalidEntries(entry: JSONValue, message: String) {
        #expect(throws: ManagedFieldsError(message)) { try ManagedFields(json: [entry]) }
    }

    @Test func recognisesResetRequests() {
        #expect(ManagedFields.isResetRequest([]))
        #expect(ManagedFields.isResetRequest([[:]]))
        #expect(ManagedFields.isResetRequest([["manager": "", "time": nil]]))
        #expect(!ManagedFields.isResetRequest(nil))
        #expect(!ManagedFields.isResetRequest(.null))
        #expect(!ManagedFields.isResetRequest([["fieldsV1": [:]]]))
        #expect(!ManagedFields.isResetRequest([[:], [:]]))
    }
}
