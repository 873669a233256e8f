import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

struct ModelChildNamesTests {
    @Test func namesFromModelAndVersion() {
        let names = ModelChildNames(model: "fraud-detector", version: "2.1.0")
        #expect(names.trainingJob == "fraud-detector-2-1-0-train")
        #expect(names.workersService == "fraud-detector-2-1-0-workers")
        #expect(names.deployment == "fraud-detector-2-1-0")
        #expect(names.autoscaler == "fraud-detector-2-1-0")
        #expect(ModelChildNames.service(model: "fraud-detector") == "fraud-detector")
    }

    @Test(arguments: [("2.1.0", "2-1-0"), ("v42", "v42"), ("2024.11.27", "2024-11-27")])
    func plainVersionsReadAsThemselves(version: String, slug: String) {
        #expect(ModelChildNames.slug(version) == slug)
    }

    @Test func versionsThatSanitiseAlikeGetDistinctChildren() {
        for family in [["2.1.0", "2-1-0", "2_1_0", "2.1-0"], ["V1", "v1"], ["1.0.0-RC_1", "1.0.0-rc-1", "1.0.0-rc_1"]] {
            let names = family.map { ModelChildNames(model: "fraud-detector", version: $0) }
            for keyPath in [\ModelChildNames.trainingJob, \.deployment, \.workersService] {
                #expect(Set(names.map { $0[keyPath: keyPath] }).count == family.count, "\(family)")
            }
            for name in names { #expect(DNSLabel.isValid(name.deployment), "\(name.deployment)") }
        }
        #expect(ModelChildNames.slug("1.0.0-RC_1").hasPrefix("1-0-0-rc-1-"))
    }

    @Test func longNamesAreShortenedWithAStableHash() {
        let model = String(repeating: "recommendation-ranker-", count: 3) + "europe"
        let version = "2024.11.27-nightly.1234"
        let names = ModelChildNames(model: model, version: version)
        for name in [names.trainingJob, names.workersService, names.deployment, ModelChildNames.service(model: model)] {
            #expect(name.count <= 63, "\(name)")
            #expect(NameValidation.dns1123Label(name).isEmpty, "\(name)")
            #expect(DNSLabel.isValid(name), "\(name)")
        }
        // Room for an Indexed Job's "-1023" pod suffix.
        #expect(names.trainingJob.count <= 58)
        #expect(names.trainingJob.hasSuffix("-train"))
        #expect(names.workersService.hasSuffix("-workers"))
        #expect(names == ModelChildNames(model: model, version: version))
        #expect(names.deployment != ModelChildNames(model: model, version: version + "5").deployment)
        #expect(names.deployment.hasPrefix("recommendation-ranker-"))
    }

    @Test func namesThatAreNotLabelsAreMadeValidAndKeptApart() {
        let dotted = ModelChildNames.service(model: "fraud.detector")
        let dashed = ModelChildNames.service(model: "fraud-detector")
        #expect(dashed == "fraud-detector")
        #expect(dotted != dashed)
        #expect(DNSLabel.isValid(dotted))
        let digitFirst = ModelChildNames.service(model: "3d-model")
        #expect(DNSLabel.isValid(digitFirst))
        #expect(digitFirst.hasPrefix("x3d-model-"))
    }

    @Test func hashIsFNV1a() {
        // Reference values of 32-bit FNV-1a.
        #expect(FNV1a.hash("") == 0x811C_9DC5)
        #expect(FNV1a.hash("a") == 0xE40C_292C)
        #expect(FNV1a.hex("foobar") == "bf9cf968")
    }

    @Test func labelValuesStayValid() {
        #expect(BatonLabels.value("fraud-detector") == "fraud-detector")
        #expect(BatonLabels.value("2.1.0") == "2.1.0")
        let long = String(repeating: "a", count: 80)
        #expect(NameValidation.labelValue(BatonLabels.value(long)).isEmpty)
    }

    @Test func longModelNameGivesValidChildrenEndToEnd() {
        let name = String(repeating: "very-long-model-name-", count: 5) + "x"
        var training = Fixtures.trainer
        training.workers = 8
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(name: name, training: training)))
        for object in plan.objects {
            let objectName = Fixtures.name(of: object) ?? ""
            #expect(objectName.count <= 63)
            #expect(NameValidation.dns1123Label(objectName).isEmpty)
            for (_, value) in object["metadata"]?["labels"]?.objectValue ?? [:] {
                #expect(NameValidation.labelValue(value.stringValue ?? "").isEmpty)
            }
        }
        let job = Fixtures.object(plan, kind: "Job")
        let service = Fixtures.object(plan, kind: "Service")
        #expect(job?[path: ["spec", "template", "spec", "subdomain"]] == service?["metadata"]?["name"])
    }
}
