import CSystemd
import Glibc
import NIOCore
import ZCEngine

/// Reads SO_PEERCRED once, when a connection is accepted: the uid, gid and pid of the process that connected.
enum PeerCredentials {
    static func read(_ channel: any Channel) -> EventLoopFuture<Peer> {
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
        }
        let future: EventLoopFuture<zc_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return future.map { Peer(uid: $0.uid, gid: $0.gid, pid: $0.pid) }
    }
}
