import FlyingFox
import Foundation

/// The server's one handler: live-reload events at ``LiveReload/eventsPath``, and everything else
/// from the served site through ``SiteResponder``.
struct SiteHandler: HTTPHandler {
  let slot: SiteSlot
  let channel: ReloadChannel

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let rawPath = request.target.path(percentEncoded: true)
    if rawPath == LiveReload.eventsPath, request.method == .GET {
      let events = await channel.subscribe()
      let headers: HTTPHeaders = [
        HTTPHeader("Content-Type"): "text/event-stream", HTTPHeader("Cache-Control"): "no-store",
        HTTPHeader("X-Accel-Buffering"): "no",
      ]
      return HTTPResponse(
        statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: events)))
    }
    let reply = SiteResponder.respond(method: request.method.rawValue, rawPath: rawPath, site: slot.current)
    var headers = HTTPHeaders()
    for header in reply.headers { headers.addValue(header.value, for: HTTPHeader(header.name)) }
    return HTTPResponse(
      statusCode: HTTPStatusCode(reply.status, phrase: Self.phrase(reply.status)), headers: headers,
      body: Data(reply.body))
  }

  static func phrase(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 301: "Moved Permanently"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    default: "Error"
    }
  }
}
