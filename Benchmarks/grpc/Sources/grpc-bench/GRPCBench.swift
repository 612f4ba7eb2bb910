import ArgumentParser

@main
struct GRPCBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grpc-bench",
        abstract: "zcd's ping and read workloads over gRPC (grpc-swift 2, HTTP/2 on a Unix socket), for comparison.",
        subcommands: [Serve.self, Bench.self])
}
