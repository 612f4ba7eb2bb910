import Foundation
import Glibc

/// Reads passwords: from the terminal without echo, or one per line from standard input when it is not a terminal
/// (scripts, tests).
enum PasswordPrompt {
    static func read(_ prompt: String) throws(CLIError) -> String {
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data(prompt.utf8))
            var old = termios()
            tcgetattr(STDIN_FILENO, &old)
            var quiet = old
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
            defer {
                tcsetattr(STDIN_FILENO, TCSANOW, &old)
                FileHandle.standardError.write(Data("\n".utf8))
            }
            guard let line = readLine(strippingNewline: true) else { throw .usage("no password given") }
            return line
        }
        guard let line = readLine(strippingNewline: true) else {
            throw .usage("expected a password on standard input")
        }
        return line
    }
}
