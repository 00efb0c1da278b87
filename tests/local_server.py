"""A real HTTP server on 127.0.0.1 for URL tests: pages, 404, redirects, a slow page, a huge page."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>小米集团发布财报</title>
<meta property="article:published_time" content="2022-03-23T10:00:00+08:00"></head>
<body><nav>首页 | 财经 | 科技</nav>
<article><h1>小米集团发布财报</h1>
<p>小米集团今年一季度营收同比增长20%，达到人民币730亿元。</p>
<p>公司总裁王翔表示，去年全年智能手机出货量超过1.9亿台，公司将继续加大研发投入。</p>
<p>分析人士认为，小米在高端市场的份额仍有提升空间，预计明年营收将突破4000亿元。</p>
</article><footer>版权所有</footer></body></html>"""

SLOW_SECONDS = 3.0


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/article.html":
            self._send(200, ARTICLE_HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/gbk.txt":
            self._send(200, "腾讯2021年营收同比增长16%。".encode("gb18030"), "text/plain")
        elif self.path == "/moved":
            self._redirect("/article.html")
        elif self.path.startswith("/loop"):
            self._redirect(f"/loop{len(self.path)}")
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "迟到的文章。".encode(), "text/plain; charset=utf-8")
        elif self.path == "/huge":
            self._send(200, b"<p>" + "很大".encode() * 2_000_000 + b"</p>", "text/html; charset=utf-8")
        elif self.path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve() -> Iterator[str]:
    """The base URL of a server that runs until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
