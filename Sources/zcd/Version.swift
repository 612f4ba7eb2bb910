/// The release of this build of zcd; `rpc.hello` reports it.
enum ZCDVersion {
    static let current = "0.1.0"
}
