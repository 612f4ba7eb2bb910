import Glibc

/// One load thread and the connections it drives, as redis-benchmark and memtier drive theirs: a thread with one
/// connection blocks in its `recv`; a thread with several waits in `poll` and serves whichever answered.
///
/// Why several per thread: with one blocking thread per connection, every answer wakes a sleeping thread, and on two
/// vCPUs those wake-ups cost the client as much CPU as zcd spends answering (docs/performance.md). A thread that
/// finds several answers ready per `poll` sleeps once for all of them.
struct BenchThread: Sendable {
    let workers: [BenchWorker]

    func run() {
        if workers.count == 1 {
            let worker = workers[0]
            guard worker.begin() else { return }
            while worker.receive(wait: true) {}
        } else {
            multiplex()
        }
    }

    private func multiplex() {
        // poll, not epoll: Glibc's Swift module leaves epoll out, and a thread watches a few dozen sockets at most.
        var watched: [BenchWorker] = workers.filter { $0.begin() }
        var fds = watched.map { pollfd(fd: $0.socket.fd, events: Int16(POLLIN), revents: 0) }
        let timeout = Int32(BenchSocket.answerTimeoutSeconds * 1000)
        while !watched.isEmpty {
            let n = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), timeout) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = "poll: " + String(cString: strerror(errno))
                for worker in watched { worker.fail(reason) }
                return
            }
            if n == 0 {
                // Every connection still in flight has waited the whole timeout.
                for worker in watched { worker.fail("no answer within the timeout") }
                return
            }
            var i = 0
            while i < fds.count {
                if fds[i].revents != 0 && !watched[i].receive(wait: false) {
                    watched.swapAt(i, watched.count - 1)
                    fds.swapAt(i, fds.count - 1)
                    watched.removeLast()
                    fds.removeLast()
                    // The connection swapped in has not been looked at yet.
                    continue
                }
                i += 1
            }
        }
    }
}
