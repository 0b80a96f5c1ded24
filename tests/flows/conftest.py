"""A real, throwaway PostgreSQL server for the source tests.

``postgres_server`` (session scope) finds the server binaries with ``bash .ci/postgres.sh --find``
(Debian's /usr/lib/postgresql/*/bin, or $PG_BINDIR), runs ``initdb`` into a fresh temporary
directory, starts the server on a free loopback port with TCP only (no Unix socket, trust auth
for the loopback address: the cluster lives for one test session and holds only test data),
and stops and deletes it at the end.

initdb refuses to run as root. When the tests run as root (containers, CI), the cluster is
owned by and run as the unprivileged system user ``ropa``, which ``.ci/postgres.sh`` creates
(Debian's ``postgres`` user is used when ``ropa`` is missing), through ``runuser``.

Without the binaries the PostgreSQL tests are skipped with the reason, except under CI
(``CI=true``), where a missing server is a failure: CI must exercise the real thing.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def uri(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _bindir() -> Path | None:
    script = REPO / ".ci" / "postgres.sh"
    found = subprocess.run(["bash", str(script), "--find"], capture_output=True, text=True, check=False)
    if found.returncode != 0 or not found.stdout.strip():
        return None
    return Path(found.stdout.strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The unprivileged user to run the server as, when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in ("ropa", "postgres"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    return "missing"


def _command(user: str | None, argv: list[str]) -> list[str]:
    return argv if user is None else ["runuser", "-u", user, "--", *argv]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = _bindir()
    if bindir is None:
        _missing("no PostgreSQL server binaries (install with: sudo bash .ci/postgres.sh)")
    assert bindir is not None
    user = _run_as()
    if user == "missing":
        _missing("running as root and no unprivileged 'ropa' or 'postgres' user: run sudo bash .ci/postgres.sh")
    workdir = Path(tempfile.mkdtemp(prefix="ropa-pg-"))
    data = workdir / "data"
    log = workdir / "server.log"
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(workdir, entry.pw_uid, entry.pw_gid)
    os.chmod(workdir, 0o700)
    superuser = "ropa_test"
    init = subprocess.run(
        _command(
            user,
            [str(bindir / "initdb"), "-D", str(data), "-U", superuser, "--auth=trust", "-E", "UTF8",
             "--locale=C", "--no-sync"],
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr.strip()[-500:]}", pytrace=False)
    port = 0
    started = False
    for _ in range(3):  # a port picked free can be taken before the server binds it: retry
        port = _free_port()
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=20"
        )
        start = subprocess.run(
            _command(user, [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "30", "start"]),
            capture_output=True,
            text=True,
            check=False,
        )
        if start.returncode == 0:
            started = True
            break
        time.sleep(0.2)
    if not started:
        tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        shutil.rmtree(workdir, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {tail}", pytrace=False)
    try:
        yield PostgresServer(host="127.0.0.1", port=port, user=superuser)
    finally:
        subprocess.run(
            _command(user, [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(workdir, ignore_errors=True)


# -- MariaDB ------------------------------------------------------------------------------------
#
# ``mariadb_server`` (session scope) runs ``mariadb-install-db`` into a fresh temporary datadir
# and starts a private ``mariadbd`` on a free loopback port, with its socket and pid file in the
# same temporary folder (never the system's /run/mysqld), and stops it at the end. Grant tables
# are real (no --skip-grant-tables): root logs in through the private socket only, and the tests
# connect over TCP as ``ropa_admin`` with a password. Run as root, the server runs with
# ``--user=root`` inside its own folder. Without the binaries the tests are skipped, except
# under CI, where a missing server is a failure.


@dataclass(frozen=True)
class MariaDBServer:
    host: str
    port: int
    user: str
    password: str
    socket: str

    def uri(self, database: str = "", *, password: bool = False) -> str:
        secret = f":{self.password}" if password else ""
        return f"mysql://{self.user}{secret}@{self.host}:{self.port}/{database}"

    def admin(self, database: str | None = None):
        """A PyMySQL connection as the test's admin user (autocommit)."""
        import pymysql

        return pymysql.connect(host=self.host, port=self.port, user=self.user, password=self.password,
                               database=database, autocommit=True, charset="utf8mb4")


def _mariadb_binaries() -> tuple[str, str] | None:
    server = shutil.which("mariadbd") or ("/usr/sbin/mariadbd" if os.access("/usr/sbin/mariadbd", os.X_OK) else None)
    install = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
    return (server, install) if server and install else None


def start_mariadb(workdir: Path) -> tuple[subprocess.Popen, int]:
    """A private mariadbd on a free loopback port with its datadir and socket under ``workdir``."""
    found = _mariadb_binaries()
    assert found is not None
    server, install = found
    user = ["--user=root"] if os.geteuid() == 0 else []
    init = subprocess.run(
        [install, "--no-defaults", f"--datadir={workdir / 'data'}", *user, "--auth-root-authentication-method=socket",
         "--skip-test-db", "--skip-name-resolve"],
        capture_output=True, text=True, check=False,
    )
    if init.returncode != 0:
        pytest.fail(f"mariadb-install-db failed: {init.stderr.strip()[-500:]}", pytrace=False)
    sock = workdir / "mysqld.sock"
    for _ in range(3):  # a port picked free can be taken before the server binds it: retry
        port = _free_port()
        proc = subprocess.Popen(
            [server, "--no-defaults", f"--datadir={workdir / 'data'}", *user, f"--port={port}",
             "--bind-address=127.0.0.1", f"--socket={sock}", f"--pid-file={workdir / 'mysqld.pid'}",
             f"--log-error={workdir / 'error.log'}", "--skip-name-resolve", "--skip-log-bin",
             "--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=0",
             "--max-connections=50"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return proc, port
            except OSError:
                time.sleep(0.2)
        proc.kill()
        proc.wait()
    log = (workdir / "error.log").read_text(errors="replace")[-800:] if (workdir / "error.log").exists() else ""
    pytest.fail(f"MariaDB did not start: {log}", pytrace=False)


def stop_mariadb(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def mariadb_server() -> Iterator[MariaDBServer]:
    if _mariadb_binaries() is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("MariaDB tests cannot run under CI: no mariadbd (apt-get install mariadb-server)", pytrace=False)
        pytest.skip("no MariaDB server binaries (apt-get install mariadb-server)")
    import pymysql

    workdir = Path(tempfile.mkdtemp(prefix="ropa-mariadb-"))
    proc, port = start_mariadb(workdir)
    try:
        admin, password = "ropa_admin", "Adm1n-test-pw"
        root = pymysql.connect(unix_socket=str(workdir / "mysqld.sock"), user="root", autocommit=True)
        with root.cursor() as cur:
            cur.execute(f"CREATE USER '{admin}'@'127.0.0.1' IDENTIFIED BY '{password}'")
            cur.execute(f"GRANT ALL PRIVILEGES ON *.* TO '{admin}'@'127.0.0.1' WITH GRANT OPTION")
        root.close()
        yield MariaDBServer(host="127.0.0.1", port=port, user=admin, password=password, socket=str(workdir / "mysqld.sock"))
    finally:
        stop_mariadb(proc)
        shutil.rmtree(workdir, ignore_errors=True)
