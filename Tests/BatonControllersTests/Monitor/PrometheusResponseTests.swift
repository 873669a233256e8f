import Foundation
import Testing

@testable import BatonControllers

/// Reading Prometheus' query API answers, good and bad.
struct PrometheusResponseTests {
    private func samples(_ body: String, status: Int = 200) throws(PrometheusError) -> [PrometheusSample] {
        try PrometheusResponse.samples(status: status, body: Data(body.utf8))
    }

    @Test func vectorsAndScalarsAreRead() throws {
        let vector = try samples(
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"le":"0.5","model":"m"},"value":[1700000000.1,"12.5"]},{"metric":{"le":"+Inf"},"value":[1700000000.1,"+Inf"]}]}}"#)
        #expect(vector == [
            PrometheusSample(labels: ["le": "0.5", "model": "m"], value: 12.5), PrometheusSample(labels: ["le": "+Inf"], value: .infinity),
        ])
        #expect(try samples(#"{"status":"success","data":{"resultType":"scalar","result":[1700000000,"0.25"]}}"#)
            == [PrometheusSample(labels: [:], value: 0.25)])
        #expect(try samples(#"{"status":"success","data":{"resultType":"vector","result":[]}}"#).isEmpty)
        #expect(try samples(#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"NaN"]}]}}"#)[0].value.isNaN)
    }

    @Test func prometheusErrorsKeepTheirTypeAndMessage() {
        #expect(throws: PrometheusError.queryFailed(status: 400, type: "bad_data", message: "1:5: parse error: unexpected <EOF>")) {
            try samples(#"{"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected <EOF>"}"#, status: 400)
        }
        #expect(throws: PrometheusError.httpStatus(502, "<html>Bad Gateway</html>")) {
            try samples("<html>Bad Gateway</html>", status: 502)
        }
        #expect(throws: PrometheusError.httpStatus(401, #"{"message":"unauthorized"}"#)) {
            try samples(#"{"message":"unauthorized"}"#, status: 401)
        }
    }

    @Test func malformedAnswersSayWhatIsWrong() {
        for body in [
            "not json", #"{"status":"success"}"#, #"{"status":"success","data":{"resultType":"vector"}}"#,
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1]}]}}"#,
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"twelve"]}]}}"#,
            #"[1,2,3]"#,
        ] {
            #expect(throws: PrometheusError.self, "\(body)") { try samples(body) }
        }
        #expect(throws: PrometheusError.malformedResponse(
            "a matrix result; checks need an instant vector or a scalar (a range selector needs a function such as rate(...[5m]))"
        )) {
            try samples(#"{"status":"success","data":{"resultType":"matrix","result":[]}}"#)
        }
    }

    @Test func templatesEscapeWhatTheyInsert() {
        let template = QueryTemplate(model: "fraud", namespace: "risk", version: #"1"0\"#)
        #expect(template.render(#"up{model="{{model}}",namespace="{{namespace}}",version="{{version}}"}"#)
            == #"up{model="fraud",namespace="risk",version="1\"0\\"}"#)
    }
}
