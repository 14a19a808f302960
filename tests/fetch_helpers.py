"""Test helpers for the fetch stage: a scripted HTTP site on 127.0.0.1 (or another loopback address)."""
from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (oversize body, timeout tests) is expected, not an error to print."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    stream: bool = False  # no Content-Length: the body ends when the connection closes
    delay: float = 0.0  # real seconds to wait before answering (timeouts)
    drip: float = 0.0  # after the headers, send the body one byte every `drip` seconds (a hostile slow server)


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    at: float  # on the site's clock


class LocalSite:
    """An HTTP server on 127.0.0.1 (ephemeral port) answering scripted replies and logging every request."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, address: str = "127.0.0.1"):
        self.clock = clock
        self.seen: list[Seen] = []
        self.dripped: list[int] = []  # bytes each dripping reply sent before the client hung up
        self._routes: dict[str, list[Reply] | Callable[[Seen], Reply]] = {}
        self._lock = threading.Lock()
        self._server = _QuietServer((address, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def route(self, path: str, *replies: Reply | Callable[[Seen], Reply]) -> None:
        """Replies are served in order, the last one repeating; a single callable answers every request."""
        if len(replies) == 1 and callable(replies[0]):
            self._routes[path] = replies[0]
        else:
            self._routes[path] = list(replies)

    def paths(self) -> list[str]:
        return [request.path for request in self.seen]

    def requests_to(self, path: str) -> list[Seen]:
        return [request for request in self.seen if request.path == path]

    def start(self) -> LocalSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _reply_for(self, request: Seen) -> Reply:
        with self._lock:
            self.seen.append(request)
            route = self._routes.get(request.path)
            if route is None:
                return Reply(404, b"not found", {"Content-Type": "text/plain"})
            if callable(route):
                return route(request)
            return route.pop(0) if len(route) > 1 else route[0]

    def _handler_class(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (stdlib name)
                reply = site._reply_for(Seen(self.path, dict(self.headers.items()), site.clock()))
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.stream:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.drip:
                    self._drip(reply)
                    return
                try:
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (oversize body): expected

            def _drip(self, reply):
                sent = 0
                try:
                    for byte in reply.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        sent += 1
                        time.sleep(reply.drip)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                site.dripped.append(sent)

            def log_message(self, *args):
                pass

        return Handler


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def html(body: str, **headers: str) -> Reply:
    names = {key.replace("_", "-").title().replace("Etag", "ETag"): value for key, value in headers.items()}
    return Reply(200, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8", **names})
