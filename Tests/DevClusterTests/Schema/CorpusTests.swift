import KubeCore
import Testing

@testable import DevCluster

/// The corpus holds CRDs and objects that real clusters accept: all must pass here too.
@Suite struct CorpusTests {
    @Test func corpusIsPresent() {
        #expect(Corpus.crds.count >= 13)
        #expect(Corpus.objects.count >= 10)
    }

    @Test(arguments: Corpus.crds)
    func crdIsAccepted(_ crd: Corpus.Document) throws {
        let errors = CustomResourceDefinitionValidator.validate(crd.value)
        #expect(errors.isEmpty, "\(messages(errors).prefix(5))")
        for version in crd.value["spec"]?["versions"]?.arrayValue ?? [] {
            let schema = try #require(version["schema"]?["openAPIV3Schema"])
            _ = try StructuralSchema(schema)
        }
    }

    /// Samples that a current kube-apiserver refuses too, with what it says. KServe's income
    /// sample predates the removal of the Alibi explainer from the CRD (so Strict field
    /// validation reports it) and writes `cpu: 0.1` as a number where the CRD wants an
    /// int-or-string (compare cloudnative-pg/cloudnative-pg#1572).
    static let knownRejections: [String: (pruned: [String], errors: [String])] = [
        "kserve/income.yaml: InferenceService income": (
            ["spec.explainer.alibi"],
            [
                #"spec.predictor.sklearn.resources.requests.cpu: Invalid value: "number": spec.predictor.sklearn.resources.requests.cpu in body must be of type integer,string: "number""#,
                #"<nil>: Invalid value: "": "spec.predictor.sklearn.resources.requests.cpu" must validate at least one schema (anyOf)"#,
                #"spec.predictor.sklearn.resources.requests.cpu: Invalid value: "number": spec.predictor.sklearn.resources.requests.cpu in body must be of type integer: "number""#,
            ]
        )
    ]

    /// Objects whose CRD the corpus does not hold.
    static let withoutCRD = ["kserve/sequence.yaml: InferenceGraph model-chainer"]

    @Test func onlyKnownObjectsLackTheirCRD() throws {
        let missing = try Corpus.objects.filter { try Corpus.storageSchema(for: $0.value) == nil }
        #expect(missing.map(\.testDescription) == Self.withoutCRD)
    }

    @Test(arguments: Corpus.objects.filter { !withoutCRD.contains($0.testDescription) })
    func objectValidatesAgainstItsCRD(_ document: Corpus.Document) throws {
        let schema = try #require(try Corpus.storageSchema(for: document.value))
        var object = document.value
        let pruned = schema.prune(&object)
        schema.applyDefaults(to: &object)
        let errors = messages(schema.validate(object))
        let expected = Self.knownRejections[document.testDescription] ?? ([], [])
        #expect(pruned == expected.pruned)
        #expect(errors == expected.errors)
    }
}
