import Foundation
import ZCProtocol

/// The sections of the example declaration (examples/declaration/), saved for each benchmark applicant with every
/// evidence placeholder `0` replaced by a newly uploaded file, as the example's README tells a person to do.
struct ExampleSections {
    /// Section name and content, in the form's order; 基础信息 is BenchContent's (appraisals for this year).
    let sections: [(SectionKey, AnyJSON)]

    init(folder: String) throws {
        var out: [(SectionKey, AnyJSON)] = []
        for key in SectionKey.allCases where key != .declaration {
            if key == .basicInfo {
                out.append((key, try ZCJSON.decode(AnyJSON.self, from: Array(BenchContent.basicInfo().utf8))))
                continue
            }
            let path = folder + "/\(key.rawValue).json"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.usage("cannot read \(path): give the example declaration's folder with --examples")
            }
            do {
                out.append((key, try ZCJSON.decode(AnyJSON.self, from: Array(data))))
            } catch {
                throw CLIError.usage("\(path) is not JSON: \(error)")
            }
        }
        sections = out
    }

    /// Saves every section of declaration `application`; `upload` gives a new file id for each placeholder.
    func fill(_ application: Int64, client: ZCClient, upload: () throws -> Int64) throws {
        for (key, content) in sections {
            let filled = try Self.replacingPlaceholders(content, upload: upload)
            let method = "application.save" + key.rawValue.prefix(1).uppercased() + key.rawValue.dropFirst()
            let params: [UInt8]
            do {
                params = try ZCJSON.encode(["application": AnyJSON.number(Double(application)), key.rawValue: filled])
            } catch {
                throw CLIError.local("cannot encode the \(key.rawValue) section: \(error)")
            }
            let outcome: ParsedResponse.Outcome
            do {
                outcome = try client.callRaw(method: method, params: params)
            } catch {
                throw BenchPreparation.failure(error, doing: "save \(key.rawValue)", client: client)
            }
            if case .failure(let e) = outcome {
                let details = (e.data.violations ?? []).prefix(3).map { "\($0.field): \($0.reason)" }
                throw CLIError.local(
                    "cannot save \(key.rawValue) of declaration \(application): \(e.message) [\(e.code.name)]"
                        + (details.isEmpty ? "" : "; " + details.joined(separator: "; ")))
            }
        }
    }

    /// `value` with each `0` of an `evidence` list, and a `summaryFile` of 0, replaced by `upload()`.
    static func replacingPlaceholders(_ value: AnyJSON, upload: () throws -> Int64) rethrows -> AnyJSON {
        switch value {
        case .object(let members):
            var out: [String: AnyJSON] = [:]
            for (key, member) in members {
                switch (key, member) {
                case ("evidence", .array(let items)):
                    var filled: [AnyJSON] = []
                    for item in items {
                        if item == .number(0) {
                            filled.append(.number(Double(try upload())))
                        } else {
                            filled.append(item)
                        }
                    }
                    out[key] = .array(filled)
                case ("summaryFile", .number(0)):
                    out[key] = .number(Double(try upload()))
                default:
                    out[key] = try replacingPlaceholders(member, upload: upload)
                }
            }
            return .object(out)
        case .array(let items):
            return .array(try items.map { try replacingPlaceholders($0, upload: upload) })
        default:
            return value
        }
    }
}

/// One small PDF, uploaded in full once; every later upload of the same content is stored already, so the daemon
/// answers `file.beginUpload` with a new file of the declaration at once (content-addressed storage).
struct EvidenceFile {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "/zcctl-bench-evidence-\(ProcessInfo.processInfo.processIdentifier).pdf"
        let content = "%PDF-1.4\n% zcctl bench: a stand-in for a scanned document\n%%EOF\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(content.utf8)) else {
            throw CLIError.local("cannot write \(path)")
        }
    }

    func upload(_ client: ZCClient, application: Int64) throws -> Int64 {
        do {
            return try FileTransfer.upload(client, application: application, path: path, name: "材料.pdf").id
        } catch {
            throw CLIError.local("cannot upload evidence to declaration \(application): \(error)")
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
