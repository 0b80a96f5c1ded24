"""The HTML report is one self-contained file that a browser renders without an error.

It is opened in headless Chromium (Debian's ``chromium`` package), driven over the DevTools
protocol: console errors, uncaught exceptions, browser log errors and every network request are
collected, and the DOM is read back. Without Chromium the browser test is skipped locally and
fails in CI (``CI=true``), where the package is installed.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator

import pytest

from flows.outputs.html import build_html, render_html
from flows.outputs.sample_catalog import build_sample_catalog

HEADINGS = ["ropa report", "Coverage", "Violations", "Categories by asset",
            "Undeclared personal data", "Over-retention", "Masked examples"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    cat = build_sample_catalog(tmp / "ropa.duckdb", today=date(2026, 6, 1))
    return render_html(cat.path, tmp / "out" / "report.html")


# ------------------------------------------------------------------------------ static checks


def test_the_report_is_self_contained(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "<script" not in text.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
    assert "url(" not in text  # no CSS fetches either
    assert "default-src 'none'" in text  # the browser enforces it too
    srcs = re.findall(r'<img[^>]*\ssrc="([^"]+)"', text)
    assert len(srcs) == 2 and all(s.startswith("data:image/png;base64,") for s in srcs)
    for s in srcs:  # real PNGs, not placeholders
        assert base64.b64decode(s.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"


def test_catalog_strings_are_escaped(tmp_path: Path) -> None:
    import duckdb

    cat = build_sample_catalog(tmp_path / "ropa.duckdb", today=date(2026, 6, 1))
    con = duckdb.connect(str(cat.path))
    con.execute("UPDATE violations SET detail = '<img src=x onerror=alert(1)> & more' "
                "WHERE entity = 'IBAN_CODE'")
    con.close()
    text = build_html(cat.path)
    assert "<img src=x" not in text and "&lt;img src=x onerror=alert(1)&gt; &amp; more" in text


def test_a_missing_catalog_says_what_to_do(tmp_path: Path) -> None:
    from catalog.errors import CatalogError

    with pytest.raises(CatalogError, match="run `ropa scan` first"):
        render_html(tmp_path / "nope.duckdb", tmp_path / "r.html")


# ------------------------------------------------------------------------------ the browser


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class Page:
    """What the browser saw while loading one page."""

    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    log_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dom: dict[str, Any] = field(default_factory=dict)


class Browser:
    """Headless Chromium over the DevTools protocol (a small client: websockets' sync API)."""

    def __init__(self, binary: str, profile: Path) -> None:
        from websockets.sync.client import connect

        self.log = open(profile.parent / "chromium.log", "wb")
        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
             "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not start; see chromium.log next to the profile")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=10)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 15.0) -> dict[str, Any]:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while True:
            reply = json.loads(self.ws.recv(timeout=max(0.01, deadline - time.monotonic())))
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            self.events.append(json.loads(self.ws.recv(timeout=max(0.01, deadline - time.monotonic()))))

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                return

    def load(self, url: str) -> Page:
        self.events = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime.enable", "Log.enable", "Page.enable", "Network.enable"):
            self.send(domain, session=session)
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired")
        self.drain(0.3)  # late console messages
        probe = """JSON.stringify({
            headings: [...document.querySelectorAll('h1,h2')].map(h => h.textContent.trim()),
            images: [...document.images].map(i => ({ok: i.complete && i.naturalWidth > 0,
                                                   w: i.naturalWidth})),
            tables: document.querySelectorAll('table').length,
            details: [...document.querySelectorAll('details h3')].map(h => h.textContent),
        })"""
        res = self.send("Runtime.evaluate", {"expression": probe, "returnByValue": True},
                        session=session)
        page = Page(dom=json.loads(res["result"]["value"]))
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                page.console_errors.append(" ".join(str(a.get("value", a.get("description")))
                                                    for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                page.exceptions.append(p["exceptionDetails"].get("text", "exception"))
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                page.log_errors.append(p["entry"].get("text", ""))
            elif m == "Network.requestWillBeSent":
                page.requests.append(p["request"]["url"])
        self.send("Target.closeTarget", {"targetId": target})
        return page

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                try:
                    self.send("Browser.close", timeout=5)
                except Exception:
                    pass
                self.ws.close()
        finally:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()  # our own child, by its handle
                self.proc.wait(timeout=10)
            self.log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    binary = _chromium()
    if binary is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is not installed; CI must `apt-get install -y chromium`")
        pytest.skip("chromium is not installed (apt-get install -y chromium); CI runs this test")
    b = Browser(binary, tmp_path_factory.mktemp("chromium") / "profile")
    try:
        yield b
    finally:
        b.close()


def _offline(page: Page) -> list[str]:
    return [u for u in page.requests if not u.startswith(("file:", "data:"))]


def test_the_report_renders_in_chromium_without_errors(browser: Browser, report: Path) -> None:
    page = browser.load(report.as_uri())
    assert page.console_errors == [] and page.exceptions == [] and page.log_errors == []
    assert _offline(page) == []
    assert page.dom["headings"] == HEADINGS
    assert [i["ok"] for i in page.dom["images"]] == [True, True]
    assert all(i["w"] > 300 for i in page.dom["images"])
    assert page.dom["tables"] >= 5
    assert "main.customers" in page.dom["details"]


def test_the_harness_sees_errors_and_requests(browser: Browser, tmp_path: Path) -> None:
    """A control: a page with a console error, an exception and an outside request is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><body><h1>x</h1>"
                   '<img src="http://127.0.0.1:9/pixel.png">'
                   "<script>console.error('boom'); undefinedFunction();</script>"
                   "</body></html>", encoding="utf-8")
    page = browser.load(bad.as_uri())
    assert page.console_errors == ["boom"]
    assert page.exceptions
    assert _offline(page) == ["http://127.0.0.1:9/pixel.png"]


def test_the_demo_report_renders_in_chromium(browser: Browser, demo, tmp_path: Path) -> None:
    """`ropa report --html` on the demo catalog (five organisations) renders cleanly too."""
    from flows.cli import main

    out = tmp_path / "demo-report.html"
    assert main(["report", "--catalog", str(demo.catalog), "--html", str(out)]) == 0
    page = browser.load(out.as_uri())
    assert page.console_errors == [] and page.exceptions == [] and page.log_errors == []
    assert _offline(page) == []
    assert page.dom["headings"] == HEADINGS
    assert "main.deurwaarder_overdrachten" in out.read_text(encoding="utf-8")
