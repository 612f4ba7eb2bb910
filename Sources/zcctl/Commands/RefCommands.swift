import ArgumentParser
import Foundation
import ZCProtocol

struct Ref: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ref",
        abstract: "Reference data: title series (评审系列) and qualifications (资格).",
        subcommands: [RefSeriesCommand.self, RefQualificationsCommand.self])
}

struct RefSeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series", abstract: "List the title series with their qualifications by level (ref.series).")
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Also list retired series and qualifications.") var includeRetired = false

    func run() throws {
        let series = try options.call(RefSeriesRequest(includeRetired: includeRetired ? true : nil))
        options.emit(series) {
            let levels = TitleLevel.allCases
            var table = TextTable(["CODE", "NAME"] + ["员级", "助理级", "中级", "副高级", "正高级"] + ["CHECKED"])
            for s in series {
                let names = levels.map { level in
                    s.levels.first { $0.level == level }.map { $0.qualifications.map(\.name).joined(separator: "/") }
                        ?? "—"
                }
                let name = s.retired ? s.name + " (retired)" : s.name
                table.add([s.code, name] + names + [s.verified ? "yes" : "no"])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
        }
    }
}

struct RefQualificationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qualifications", abstract: "List the qualifications of one series (ref.qualifications).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The series code, e.g. zhongxiaoxue (zcctl ref series lists them).") var series: String
    @Option(help: "Only this level: yuan, zhuli, zhongji, fugao or zhenggao.", transform: { try wireEnum($0) })
    var level: TitleLevel?

    func run() throws {
        let qualifications = try options.call(RefQualificationsRequest(series: series, level: level))
        options.emit(qualifications) {
            var table = TextTable(["CODE", "NAME", "LEVEL", "COMMITTEE"])
            for q in qualifications {
                table.add([q.code, q.name, q.levelName, committeeLevelName(q.committeeLevel)])
            }
            FileHandle.standardOutput.write(Data(table.render().utf8))
        }
    }
}

/// 初级, 中级 or 高级.
func committeeLevelName(_ level: CommitteeLevel) -> String {
    switch level {
    case .chuji: "初级"
    case .zhongji: "中级"
    case .gaoji: "高级"
    }
}
