"""Helpers shared by the ``test_sources_*`` modules (no tests of its own)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.sources.base import Asset, Source


def asset_named(source: Source, name: str) -> Asset:
    """The asset ``source.assets()`` lists as ``name`` (StopIteration when there is none)."""
    return next(a for a in source.assets() if a.name == name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_moto(log: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """A moto S3 server on a free loopback port, its requests logged to ``log``; (process, endpoint)."""
    for _ in range(3):
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL, stderr=open(log, "wb"), env={**os.environ, **(env or {})},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return proc, f"http://127.0.0.1:{port}"
            except OSError:
                time.sleep(0.2)
        proc.kill()
        proc.wait()
    pytest.fail(f"moto server did not start: {log.read_text(errors='replace')[-500:]}", pytrace=False)


def stop_process(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
