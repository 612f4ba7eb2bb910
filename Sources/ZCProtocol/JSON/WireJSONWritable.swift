/// A value that writes its own JSON: exactly the bytes its `Encodable` conformance gives through `WireJSONEncoder`
/// (and Foundation's `JSONEncoder` with ZCJSON's options), members in key order, nil members left out.
///
/// For the few values sent by the thousand: a queue page writes 50 cases, and encoding them through `Encodable`'s
/// containers (an encoder, a builder and a sort of 16 keys per case) was a third of `review.queue`'s CPU
/// (docs/performance.md). `WireJSONWritableTests` compares each conformance with Foundation's output.
protocol WireJSONWritable: Encodable {
    func appendWireJSON(to out: inout [UInt8])
}

/// Writes one object's members in the order given, which must be key order: `{"a":…,"b":…}`.
struct WireJSONObjectWriter {
    private var first = true

    mutating func key(_ key: StaticString, to out: inout [UInt8]) {
        out.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out += "\":".utf8
    }

    func end(_ out: inout [UInt8]) {
        out += (first ? "{}" : "}").utf8
    }
}

extension CaseInfo: WireJSONWritable {
    func appendWireJSON(to out: inout [UInt8]) {
        var o = WireJSONObjectWriter()
        o.key("applicant", to: &out)
        applicant.appendWireJSON(to: &out)
        o.key("application", to: &out)
        WireJSONText.appendInteger(application, to: &out)
        o.key("batch", to: &out)
        batch.appendWireJSON(to: &out)
        o.key("employer", to: &out)
        employer.appendWireJSON(to: &out)
        o.key("level", to: &out)
        WireJSONText.appendString(level.rawValue, to: &out)
        o.key("levelName", to: &out)
        WireJSONText.appendString(levelName, to: &out)
        o.key("qualificationCode", to: &out)
        WireJSONText.appendString(qualificationCode, to: &out)
        o.key("qualificationName", to: &out)
        WireJSONText.appendString(qualificationName, to: &out)
        o.key("round", to: &out)
        WireJSONText.appendInteger(Int64(round), to: &out)
        o.key("seriesCode", to: &out)
        WireJSONText.appendString(seriesCode, to: &out)
        if let stage {
            o.key("stage", to: &out)
            WireJSONText.appendString(stage.rawValue, to: &out)
        }
        o.key("state", to: &out)
        WireJSONText.appendString(state.rawValue, to: &out)
        o.key("stateName", to: &out)
        WireJSONText.appendString(stateName, to: &out)
        o.key("step", to: &out)
        WireJSONText.appendInteger(Int64(step), to: &out)
        if let submittedAt {
            o.key("submittedAt", to: &out)
            WireJSONText.appendDate(submittedAt, to: &out)
        }
        if let waitingSince {
            o.key("waitingSince", to: &out)
            WireJSONText.appendDate(waitingSince, to: &out)
        }
        o.end(&out)
    }
}

extension PersonRef: WireJSONWritable {
    func appendWireJSON(to out: inout [UInt8]) {
        var o = WireJSONObjectWriter()
        o.key("idNumber", to: &out)
        WireJSONText.appendString(idNumber, to: &out)
        o.key("name", to: &out)
        WireJSONText.appendString(name, to: &out)
        o.end(&out)
    }
}

extension OrganizationRef: WireJSONWritable {
    func appendWireJSON(to out: inout [UInt8]) {
        var o = WireJSONObjectWriter()
        o.key("code", to: &out)
        WireJSONText.appendString(code, to: &out)
        o.key("name", to: &out)
        WireJSONText.appendString(name, to: &out)
        o.end(&out)
    }
}

extension BatchRef: WireJSONWritable {
    func appendWireJSON(to out: inout [UInt8]) {
        var o = WireJSONObjectWriter()
        o.key("id", to: &out)
        WireJSONText.appendInteger(id, to: &out)
        o.key("name", to: &out)
        WireJSONText.appendString(name, to: &out)
        o.end(&out)
    }
}
