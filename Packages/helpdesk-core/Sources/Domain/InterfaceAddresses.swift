#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KnowledgeBase

/// One address of one network interface of this machine.
public struct InterfaceAddress: Sendable, Hashable {
    public var interface: String
    public var address: IPAddress

    public init(interface: String, address: IPAddress) {
        self.interface = interface
        self.address = address
    }
}

/// Reads this machine's addresses with `getifaddrs` (no child process, so it cannot hang).
public enum InterfaceAddresses {
    /// The addresses of interfaces that are up, leaving out loopback and link-local addresses,
    /// which say nothing about the network the machine is on.
    public static func current() -> [InterfaceAddress] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [InterfaceAddress] = []
        var cursor = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0,
                let socketAddress = entry.pointee.ifa_addr,
                let text = numericHost(socketAddress), let address = IPAddress(text), !isLinkLocal(address)
            else { continue }
            found.append(InterfaceAddress(interface: String(cString: entry.pointee.ifa_name), address: address))
        }
        return found
    }

    /// 169.254.0.0/16 or fe80::/10.
    public static func isLinkLocal(_ address: IPAddress) -> Bool {
        let bytes = address.bytes
        if address.isIPv4 { return bytes[0] == 169 && bytes[1] == 254 }
        return bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80
    }

    /// The address in a socket address as text, for IPv4 and IPv6 only.
    private static func numericHost(_ socketAddress: UnsafeMutablePointer<sockaddr>) -> String? {
        let family = Int32(socketAddress.pointee.sa_family)
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch family {
        case AF_INET:
            var address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &address, &buffer, socklen_t(buffer.count)) != nil else { return nil }
        case AF_INET6:
            var address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
            guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return nil }
        default:
            return nil
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
