#!/usr/bin/env python3
"""The workload of every ordinary pod in the netlab: one HTTP server in the cluster netns.

Answers on every address of the netns (pod IPs arrive here through the kube-proxy rules), and
says where it was reached so tests can tell which pod served them:
  GET /            -> JSON {"server": "netlab", "addr": <local ip>, "port": ..., "path", "headers"}
  GET /bytes/N     -> N bytes of a deterministic pattern (for throughput and checksum tests)
  POST /echo       -> the request body
"""
import argparse
import json
import socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
        addr, port = self.connection.getsockname()[:2]
        body = json.dumps({"server": "netlab", "addr": addr, "port": port, "path": self.path,
                           "headers": dict(self.headers.items())}).encode() + b"\n"
        self._send(200, body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        self._send(200, self.rfile.read(length), "application/octet-stream")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    address_family = socket.AF_INET


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    Server(("0.0.0.0", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
