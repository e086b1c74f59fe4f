#!/usr/bin/env python3
"""The workload of every ordinary pod in the netlab: one HTTP server in the cluster netns.

Answers on every address of the netns (pod IPs arrive here through the kube-proxy rules), and
says where it was reached so tests can tell which pod served them:
  GET /            -> JSON {"server": "netlab", "addr": <local ip>, "port": ..., "path", "headers"}
  GET /bytes/N     -> N bytes of a deterministic pattern (for throughput and checksum tests)
  GET /drip/S      -> a line every 100 ms for S seconds (a request that stays in flight)
  POST /echo       -> the request body

HTTP/2 over cleartext with prior knowledge (h2c, as gRPC clients and `curl
--http2-prior-knowledge` speak it) is answered too when the h2 module is there (Debian's
python3-h2): GET gives the same JSON plus "protocol": "h2". Tests also run it on the host as the
"local process" of a session (--name, --bind).
"""
import argparse
import json
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

try:
    import h2.config
    import h2.connection
    import h2.events
    import h2.exceptions
except ImportError:  # HTTP/1.1 only
    h2 = None

H2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
SERVER_NAME = "netlab"

PATTERN = bytes(range(256)) * 256  # 64 KiB


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body are two writes: with Nagle the body waits for the peer's delayed ACK
    # (40 ms), which would dominate every request/response latency measured through it.
    disable_nagle_algorithm = True

    def log_message(self, fmt, *args):  # quiet: tests read responses, not logs
        pass

    def _send(self, code, body, ctype="application/json"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/bytes/"):
            try:
                total = int(self.path[len("/bytes/"):])
            except ValueError:
                return self._send(400, b"bad size\n", "text/plain")
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(total))
            self.end_headers()
            left = total
            while left > 0:
                chunk = PATTERN[: min(left, len(PATTERN))]
                self.wfile.write(chunk)
                left -= len(chunk)
            return
        if self.path.startswith("/drip/"):
            try:
                lines = int(float(self.path[len("/drip/"):]) * 10)
            except ValueError:
                return self._send(400, b"bad duration\n", "text/plain")
            line = b"drip drip drip\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(lines * len(line)))
            self.end_headers()
            try:
                for _ in range(lines):
                    self.wfile.write(line)
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:  # the client went away
                pass
            return
        addr, port = self.connection.getsockname()[:2]
        body = json.dumps({"server": SERVER_NAME, "addr": addr, "port": port, "path": self.path,
                           "headers": dict(self.headers.items())}).encode() + b"\n"
        self._send(200, body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self._send(200, self.rfile.read(length), "application/octet-stream")


def serve_h2(sock):
    """One h2c connection: every request gets the JSON that GET / gives over HTTP/1.1."""
    conn = h2.connection.H2Connection(
        config=h2.config.H2Configuration(client_side=False, header_encoding="utf-8"))
    conn.initiate_connection()
    sock.sendall(conn.data_to_send())
    addr, port = sock.getsockname()[:2]
    requests = {}
    while True:
        data = sock.recv(65536)
        if not data:
            return
        for event in conn.receive_data(data):
            if isinstance(event, h2.events.RequestReceived):
                requests[event.stream_id] = dict(event.headers)
            elif isinstance(event, h2.events.DataReceived):
                conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
            elif isinstance(event, h2.events.StreamEnded):
                headers = requests.pop(event.stream_id, {})
                body = json.dumps({"server": SERVER_NAME, "addr": addr, "port": port,
                                   "path": headers.get(":path", ""), "protocol": "h2",
                                   "headers": {k: v for k, v in headers.items()
                                               if not k.startswith(":")}}).encode() + b"\n"
                conn.send_headers(event.stream_id, [(":status", "200"),
                                                    ("content-type", "application/json"),
                                                    ("content-length", str(len(body)))])
                conn.send_data(event.stream_id, body, end_stream=True)
            elif isinstance(event, h2.events.ConnectionTerminated):
                sock.sendall(conn.data_to_send())
                return
        sock.sendall(conn.data_to_send())


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    address_family = socket.AF_INET

    def finish_request(self, request, client_address):
        if h2 is not None and self._is_h2(request):
            try:
                serve_h2(request)
            except (OSError, h2.exceptions.ProtocolError):
                pass
            return
        super().finish_request(request, client_address)

    @staticmethod
    def _is_h2(sock):
        # Peek until the first bytes either are the HTTP/2 preface or cannot be.
        seen = b""
        while len(seen) < len(H2_PREFACE):
            try:
                seen = sock.recv(len(H2_PREFACE), socket.MSG_PEEK)
            except OSError:
                return False
            if not seen or not H2_PREFACE.startswith(seen[: len(H2_PREFACE)]):
                return False
            if len(seen) < len(H2_PREFACE):
                time.sleep(0.01)  # more of the preface is on its way
        return True


def main():
    global SERVER_NAME
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bind", default="0.0.0.0")
    parser.add_argument("--name", default="netlab", help='the "server" field of every answer')
    args = parser.parse_args()
    SERVER_NAME = args.name
    Server((args.bind, args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
