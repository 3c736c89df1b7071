/// JSON's white space (RFC 8259: space, tab, line feed, carriage return), for the readers that
/// scan JSON text byte by byte.
public enum JSONSpace {
    public static func contains(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
