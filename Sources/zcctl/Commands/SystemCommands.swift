import ArgumentParser
import ZCProtocol

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the provincial title-reform office (省职改办) and its admin (operators only, once).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "The office's 2-digit code (default 13).") var code: String?
    @Option(help: "The office's name (default 河北省职称改革领导小组办公室).") var name: String?

    func run() throws {
        let result = try options.call(SystemInitRequest(code: code, name: name))
        options.emit(result) {
            out("created \(result.organization.name) (\(result.organization.code))")
            out("admin account:    \(result.admin.account)")
            out("initial password: \(result.admin.initialPassword)")
            out("This password is shown once; it must be changed at the first login (zcctl login, then zcctl passwd).")
        }
    }
}
