import Testing

@testable import KubeCore

@Suite struct NameValidationTests {
    @Test(arguments: [
        "simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple", "now-with-dashes/simple",
        "now-with-dashes/now-with-dashes", "now.with.dots/simple", "now-with.dashes-and.dots/simple",
        "1-num.2-num/3-num", "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123", "example.com/Uppercase_Is_OK_123",
        "requests.storage-foo", String(repeating: "a", count: 63), String(repeating: "a", count: 253) + "/" + String(repeating: "b", count: 63),
    ])
    func validQualifiedNames(name: String) {
        #expect(NameValidation.qualifiedName(name) == [])
    }

    @Test(arguments: [
        "nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash", "Example.com/abc",
        "example_com/abc", "example.com/", "/simple", String(repeating: "a", count: 64),
        String(repeating: "a", count: 254) + "/abc", "",
    ])
    func invalidQualifiedNames(name: String) {
        #expect(!NameValidation.qualifiedName(name).isEmpty)
    }

    @Test func labelValues() {
        for value in ["", "simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", String(repeating: "a", count: 63), "a_b.c"] {
            #expect(NameValidation.labelValue(value) == [], "\(value)")
        }
        for value in ["nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun", "\\backslashes\\are\\bad", "-starts-with-dash", "ends-with-dash-", ".starts.with.dot", "ends.with.dot.", String(repeating: "a", count: 64)] {
            #expect(!NameValidation.labelValue(value).isEmpty, "\(value)")
        }
        #expect(
            NameValidation.labelValue(String(repeating: "a", count: 64)) == ["must be no more than 63 characters"])
    }

    @Test func dnsNames() {
        #expect(NameValidation.dns1123Subdomain("fraud-detector.risk.svc") == [])
        #expect(NameValidation.dns1123Subdomain("a") == [])
        #expect(NameValidation.dns1123Subdomain("Upper") != [])
        #expect(NameValidation.dns1123Subdomain("a..b") != [])
        #expect(NameValidation.dns1123Subdomain("") != [])
        #expect(NameValidation.dns1123Subdomain(String(repeating: "a", count: 254)) == ["must be no more than 253 characters"])
        #expect(NameValidation.dns1123Label("risk") == [])
        #expect(NameValidation.dns1123Label("a.b") != [])
        #expect(
            NameValidation.dns1123Label("-x")
                == ["a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"])
    }
}
