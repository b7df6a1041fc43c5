import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A minimal HTTP/1.1 client on a plain socket, so a test sends exactly the bytes it means to
/// (raw `%2e%2e` paths included) and can read a Server-Sent Events stream as it arrives.
final class RawHTTP {
  struct Response {
    var status: Int
    var headers: [String: String]
    var body: String
  }

  private let descriptor: Int32

  init(port: UInt16) throws {
    descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(descriptor)
      throw POSIXError(.ECONNREFUSED)
    }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(descriptor) }

  func send(_ method: String, _ path: String) {
    let request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    _ = request.withCString { write(descriptor, $0, strlen($0)) }
  }

  /// Whatever arrives next, or nil at the end of the stream or after the timeout.
  func readChunk() -> String? { readBytes().map { String(decoding: $0, as: UTF8.self) } }

  /// The next bytes as they arrived; decode only whole responses, since a chunk can end inside a
  /// character.
  func readBytes() -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    return count > 0 ? Array(buffer[..<count]) : nil
  }

  /// One whole request and response on a new connection.
  static func request(_ method: String = "GET", _ path: String, port: UInt16) throws -> Response {
    let client = try RawHTTP(port: port)
    client.send(method, path)
    var bytes: [UInt8] = []
    while let chunk = client.readBytes() { bytes += chunk }
    let text = String(decoding: bytes, as: UTF8.self)
    let parts = text.components(separatedBy: "\r\n\r\n")
    let head = parts.first?.components(separatedBy: "\r\n") ?? []
    let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    return Response(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
  }
}
