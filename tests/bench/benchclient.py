#!/usr/bin/env python3
"""The client side of the benchmarks: talks HTTP to the netlab server, directly or through a
SOCKS5 proxy, and prints one JSON line with what it measured. A separate process so that it can
run inside a network namespace (sshuttle) and so that every peer is measured by the same code.

  benchclient.py bulk    --target HOST:PORT [--socks HOST:PORT] --bytes N
  benchclient.py latency --target HOST:PORT [--socks HOST:PORT] --count N --size BYTES
  benchclient.py fanout  --target HOST:PORT [--socks HOST:PORT] --conns N
  benchclient.py probe   --target HOST:PORT [--socks HOST:PORT] [--timeout S]

--target is where the connection goes: the HTTP server itself, or with --socks the address the
proxy is asked to reach. Times are time.monotonic() (CLOCK_MONOTONIC, comparable across
processes).
"""
import argparse
import asyncio
import json
import resource
import socket
import struct
import sys
import time


def hostport(text):
    host, _, port = text.rpartition(":")
    return host, int(port)


def socks_request(host, port):
    """The SOCKS5 CONNECT request for an IPv4 address or a name."""
    try:
        return b"\x05\x01\x00\x01" + socket.inet_aton(host) + struct.pack(">H", port)
    except OSError:
        raw = host.encode()
        return b"\x05\x01\x00\x03" + bytes([len(raw)]) + raw + struct.pack(">H", port)


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed during the SOCKS handshake")
        data += chunk
    return data


def open_connection(args, timeout=30.0):
    host, port = hostport(args.target)
    if not args.socks:
        sock = socket.create_connection((host, port), timeout=timeout)
    else:
        sock = socket.create_connection(hostport(args.socks), timeout=timeout)
        sock.sendall(b"\x05\x01\x00")
        if recv_exact(sock, 2) != b"\x05\x00":
            raise ConnectionError("the proxy refused the SOCKS5 greeting")
        sock.sendall(socks_request(host, port))
        head = recv_exact(sock, 4)
        if head[1] != 0:
            raise ConnectionError(f"the proxy answered CONNECT with {head[1]}")
        rest = {1: 4, 4: 16}.get(head[3])
        if rest is None:
            rest = recv_exact(sock, 1)[0]
        recv_exact(sock, rest + 2)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


class Reader:
    """Buffered reading of HTTP responses from a socket."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()

    def headers(self):
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed before the response headers")
            self.buf += chunk
        end = self.buf.index(b"\r\n\r\n") + 4
        head = bytes(self.buf[:end]).decode("latin-1")
        del self.buf[:end]
        status = int(head.split(" ", 2)[1])
        length = 0
        for line in head.split("\r\n")[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        return status, length

    def body(self, length):
        while len(self.buf) < length:
            chunk = self.sock.recv(max(65536, length - len(self.buf)))
            if not chunk:
                raise ConnectionError("closed inside the response body")
            self.buf += chunk
        data = bytes(self.buf[:length])
        del self.buf[:length]
        return data


def bulk(args):
    start = time.monotonic()
    sock = open_connection(args)
    connected = time.monotonic()
    sock.sendall(f"GET /bytes/{args.bytes} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
    reader = Reader(sock)
    status, length = reader.headers()
    if status != 200 or length != args.bytes:
        raise RuntimeError(f"unexpected answer {status} with {length} bytes")
    got = len(reader.buf)
    buf = bytearray(4 * 1024 * 1024)
    view = memoryview(buf)
    while got < length:
        n = sock.recv_into(view)
        if n == 0:
            raise ConnectionError(f"closed after {got} of {length} bytes")
        got += n
    end = time.monotonic()
    sock.close()
    seconds = end - connected
    return {"bytes": got, "seconds": seconds, "setupSeconds": connected - start,
            "mibPerSecond": got / (1024 * 1024) / seconds}


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * (len(ordered) - 1) + 0.5))]


def latency(args):
    sock = open_connection(args)
    reader = Reader(sock)
    body = bytes(range(256)) * (args.size // 256) + b"x" * (args.size % 256)
    request = (f"POST /echo HTTP/1.1\r\nHost: bench\r\nContent-Length: {len(body)}\r\n"
               "Content-Type: application/octet-stream\r\n\r\n").encode() + body
    times = []
    for i in range(args.count + args.warmup):
        start = time.perf_counter()
        sock.sendall(request)
        status, length = reader.headers()
        echoed = reader.body(length)
        elapsed = time.perf_counter() - start
        if status != 200 or echoed != body:
            raise RuntimeError(f"bad echo (status {status}, {len(echoed)} bytes)")
        if i >= args.warmup:
            times.append(elapsed * 1000.0)
    sock.close()
    return {"count": len(times), "p50Ms": percentile(times, 0.5), "p99Ms": percentile(times, 0.99),
            "meanMs": sum(times) / len(times)}


async def fanout_one(args, host, port, opened, release, results):
    start = time.monotonic()
    try:
        if args.socks:
            shost, sport = hostport(args.socks)
            reader, writer = await asyncio.open_connection(shost, sport)
            writer.write(b"\x05\x01\x00")
            if await reader.readexactly(2) != b"\x05\x00":
                raise ConnectionError("greeting refused")
            writer.write(socks_request(host, port))
            head = await reader.readexactly(4)
            if head[1] != 0:
                raise ConnectionError(f"CONNECT answered {head[1]}")
            await reader.readexactly({1: 4, 4: 16}.get(head[3], 0) + 2)
        else:
            reader, writer = await asyncio.open_connection(host, port)
        connected = time.monotonic()
        opened.append(connected - start)
        await release.wait()  # every connection is open at the same time before any request
        sent = time.monotonic()
        writer.write(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        await writer.drain()
        response = await reader.read()
        if not response.startswith(b"HTTP/1.1 200") or b"netlab" not in response:
            raise RuntimeError("bad response")
        results.append(("ok", time.monotonic() - sent))
        writer.close()
    except Exception as error:  # noqa: BLE001 - every failure counts as one error
        results.append(("error", repr(error)))
        opened.append(None)


async def fanout_main(args):
    host, port = hostport(args.target)
    opened, results = [], []
    release = asyncio.Event()
    start = time.monotonic()
    tasks = [asyncio.create_task(fanout_one(args, host, port, opened, release, results))
             for _ in range(args.conns)]
    deadline = time.monotonic() + 120
    while len(opened) < args.conns and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    all_open = time.monotonic()
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=180)
    end = time.monotonic()
    ok = [r[1] * 1000.0 for r in results if r[0] == "ok"]
    errors = [r[1] for r in results if r[0] == "error"]
    connect_ms = [o * 1000.0 for o in opened if o is not None]
    return {"conns": args.conns, "ok": len(ok), "errors": len(errors), "firstErrors": errors[:3],
            "openSeconds": all_open - start, "requestSeconds": end - all_open,
            "connectP50Ms": percentile(connect_ms, 0.5), "connectP99Ms": percentile(connect_ms, 0.99),
            "p50Ms": percentile(ok, 0.5), "p99Ms": percentile(ok, 0.99)}


def fanout(args):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = max(soft, min(hard, args.conns * 2 + 100))
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    return asyncio.run(fanout_main(args))


def probe(args):
    """Tries one GET / until it succeeds; prints when it did."""
    deadline = time.monotonic() + args.timeout
    attempts = 0
    while True:
        attempts += 1
        try:
            sock = open_connection(args, timeout=2.0)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
            reader = Reader(sock)
            status, length = reader.headers()
            reader.body(length)
            sock.close()
            if status == 200:
                return {"ok": True, "at": time.monotonic(), "attempts": attempts}
        except (OSError, ConnectionError, RuntimeError, ValueError, IndexError):
            pass
        if time.monotonic() > deadline:
            return {"ok": False, "at": time.monotonic(), "attempts": attempts}
        time.sleep(0.01)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["bulk", "latency", "fanout", "probe"])
    parser.add_argument("--target", required=True)
    parser.add_argument("--socks")
    parser.add_argument("--bytes", type=int, default=64 * 1024 * 1024)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--conns", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    result = {"bulk": bulk, "latency": latency, "fanout": fanout, "probe": probe}[args.mode](args)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    sys.exit(main())
