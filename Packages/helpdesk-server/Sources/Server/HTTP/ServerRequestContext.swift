import Hummingbird
import NIOCore

/// The request context of the helpdesk server: Hummingbird's core storage and the client's
/// address (for the rate limit).
public struct ServerRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client as the rate limit knows it: its IP address (without the port).
    public var clientKey: String {
        remoteAddress?.ipAddress ?? "unknown"
    }
}
