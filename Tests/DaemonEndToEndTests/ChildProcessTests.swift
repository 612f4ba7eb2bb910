import Foundation
import Glibc
import Testing

/// The harness's own process starter, which every end-to-end test relies on.
@Suite("Child processes of the harness")
struct ChildProcessTests {
    @Test("Standard streams go to the files given, the exit code comes back, no other descriptor is inherited")
    func streamsStatusAndDescriptors() throws {
        let folder = try TempFolder()
        let input = try folder.write("in", "hello\n")
        let out = folder.file("out")
        let err = folder.file("err")
        // A descriptor the child must not see: open without close-on-exec.
        let stray = open(input, O_RDONLY)
        defer { close(stray) }
        let child = try ChildProcess(
            "/bin/sh", ["-c", "cat; ls /proc/self/fd >&2; exit 7"], environment: ["PATH": "/usr/bin:/bin"],
            stdin: input, stdout: out, stderr: err)
        #expect(waitUntil(seconds: 30) { !child.isRunning })
        #expect(child.terminationReason == .exit)
        #expect(child.terminationStatus == 7)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "hello\n")
        // ls lists 0, 1, 2 and the descriptor it reads the folder with.
        let fds = try String(contentsOfFile: err, encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(!fds.contains(stray), "inherited \(stray): \(fds)")
        #expect(fds.count <= 4, "\(fds)")
    }

    @Test("A signal that ends it is reported as such")
    func signalled() throws {
        let child = try ChildProcess("/bin/sleep", ["30"], environment: [:])
        #expect(child.isRunning)
        kill(child.processIdentifier, SIGKILL)
        #expect(waitUntil(seconds: 30) { !child.isRunning })
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(child.terminationStatus == SIGKILL)
    }
}
