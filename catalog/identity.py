"""One identity per source: the canonical, credential-free form every source is recorded under.

A source string is spelled many ways (``warehouse.duckdb``, ``./warehouse.duckdb``, its absolute
path, ``work/warehouse.duckdb`` from the parent folder; ``sqlite:///app.sqlite`` and
``app.sqlite``; a PostgreSQL URL with or without its password and defaults). The catalog keys an
asset by ``(source, asset)``, so each spelling would be a separate source: findings listed twice,
incremental skips that never happen. :func:`canonical` turns any spelling into one form:

=================================  ==========================================================
source                             canonical form
=================================  ==========================================================
file, folder, DuckDB file          the real absolute path (``~`` expanded, symlinks resolved)
                                   (``duckdb:///x.duckdb`` is the path of ``x.duckdb``)
SQLite file                        ``sqlite:///`` + the real absolute path (SQLAlchemy's
                                   four-slash form): ``.sqlite``/``.sqlite3``/``.db3``, a ``.db``
                                   whose first bytes say SQLite, or any ``sqlite:///`` URI
PostgreSQL                         ``postgresql://user@host:port/dbname?params``: password and
                                   ``sslpassword`` removed, host, port, user and database made
                                   explicit with libpq's own defaults (``PGHOST``, ``PGPORT``,
                                   ``PGUSER``, ``PGDATABASE``, else the socket folder, 5432, the
                                   login name), parameters sorted. With a ``service`` (or
                                   ``PGSERVICE``), nothing is filled in: the service file decides.
MySQL / MariaDB                    ``mysql://user@host:port/database?params`` (``mariadb://`` is
                                   the same server, so the same source): password removed, user
                                   (the login name, as the ``mysql`` client), host
                                   (``localhost``) and port (3306) made explicit, host lower-cased,
                                   parameters sorted; the database part is optional (all
                                   databases the user can see)
SQLAlchemy URL                     ``dialect+driver://…`` (a ``+`` in the scheme), or a scheme
                                   with no native reader that names an installed SQLAlchemy
                                   dialect: SQLAlchemy's own rendering of the URL with the
                                   password and credential-like query parameters removed, query
                                   sorted
S3                                 ``s3://bucket/prefix``: credential-like query parameters
                                   removed; the endpoint (``?endpoint=``, else
                                   ``AWS_ENDPOINT_URL_S3`` / ``AWS_ENDPOINT_URL``) is made
                                   explicit, since one bucket name on two endpoints is two sources
=================================  ==========================================================

The canonical form is the only one that may be stored, shown, logged or passed to an
orchestrator; it never holds a credential. A credential found in a spelling is handed back in
:attr:`SourceId.secrets` for the client process to keep in memory (``flows.sources.secrets``);
everywhere else credentials come from libpq's environment (``PGPASSWORD``, ``~/.pgpass``,
``PGSERVICE``).

It lives in ``catalog/`` because the catalog owns identity (``asset_id`` hashes it) and its
migration rewrites old spellings with this same function; ``flows.sources`` calls it where a
source string enters the program.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

__all__ = ["SourceId", "SourceSpellingError", "canonical", "redact"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SQLITE_SUFFIXES = (".sqlite", ".sqlite3", ".db3")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PG_SCHEMES = ("postgresql", "postgres")
_MYSQL_SCHEMES = ("mysql", "mariadb")
#: Schemes with a native reader or a meaning of their own, never handed to SQLAlchemy.
_NATIVE_SCHEMES = _PG_SCHEMES + _MYSQL_SCHEMES + ("sqlite", "duckdb", "s3", "file", "http", "https", "ftp")
#: libpq parameters that hold a credential: never kept in the canonical form.
_PG_SECRETS = ("password", "sslpassword")
#: query-string keys that look like a credential in any URI (redact() for messages).
_SECRET_KEY = re.compile(r"pass|pwd|secret|token|credential|signature|(^|[_-])key$|^key|apikey|auth", re.I)


class SourceSpellingError(ValueError):
    """A source string that cannot be understood; the message is one line and credential-free."""


@dataclass(frozen=True)
class SourceId:
    """A source's canonical identity.

    ``uri`` is the canonical, credential-free form; ``kind`` is ``path`` (a file, folder or
    DuckDB file), ``sqlite``, ``postgresql`` or ``other`` (a scheme ropa has no reader for);
    ``mysql``, ``sqlalchemy``, ``s3`` or ``other``; ``path`` is the real path for the first two. ``secrets`` holds the credentials removed from
    the spelling (libpq keyword -> value); it is left out of ``repr`` and comparisons.
    """

    uri: str
    kind: str
    path: Path | None = None
    secrets: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)


def canonical(text: str, *, base: str | Path | None = None) -> SourceId:
    """The canonical identity of ``text`` (see the module doc); relative paths against ``base``
    (default: the working directory). Idempotent: ``canonical(canonical(x).uri) == canonical(x)``.

    Raises :class:`SourceSpellingError` for an empty string or a malformed PostgreSQL URI.
    """
    text = str(text).strip()
    if not text:
        raise SourceSpellingError("no source given: pass a file, a folder or a postgresql:// URI")
    match = _SCHEME.match(text)
    if match:
        scheme = match.group(1).lower()
        if scheme in _PG_SCHEMES:
            return _postgres(text)
        if scheme in _MYSQL_SCHEMES:
            return _mysql(text)
        if scheme == "s3":
            return _s3(text)
        if "+" in scheme or (scheme not in _NATIVE_SCHEMES and _has_dialect(scheme)):
            return _sqlalchemy(text)
        if scheme in ("sqlite", "duckdb"):
            rest = text[len(match.group(0)):]
            if not rest.startswith("/"):
                raise SourceSpellingError(
                    f"{redact(text)}: a {scheme} URI has three slashes: "
                    f"{scheme}:///relative/path or {scheme}:////absolute/path"
                )
            path = _real(rest[1:], base)
            return SourceId(("sqlite:///" + str(path)) if scheme == "sqlite" else str(path),
                            scheme if scheme == "sqlite" else "path", path)
        return SourceId(redact(text), "other")
    path = _real(text, base)
    if _is_sqlite(path):
        return SourceId("sqlite:///" + str(path), "sqlite", path)
    return SourceId(str(path), "path", path)


def redact(text: str) -> str:
    """``text`` with anything credential-like removed, for a URI ropa may not even parse.

    The password of the authority (``user:secret@host``) and every query parameter whose key
    looks like a credential (password, token, secret, key, signature...) are dropped. Used for
    messages about unsupported or malformed URIs; supported sources use :func:`canonical`.
    """
    match = _SCHEME.match(text)
    if not match:
        return text
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return match.group(0) + "…"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = f"{userinfo.split(':', 1)[0]}@{host}"
    query = urllib.parse.urlencode(
        [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if not _SECRET_KEY.search(k)]
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))


# -- paths --------------------------------------------------------------------------------------


def _real(text: str, base: str | Path | None) -> Path:
    """The real absolute path: ``~`` expanded, relative to ``base``, symlinks and ``..`` resolved."""
    path = Path(os.path.expanduser(text))
    if not path.is_absolute():
        path = Path(base if base is not None else os.getcwd()) / path
    return Path(os.path.realpath(path))


def _is_sqlite(path: Path) -> bool:
    """A SQLite file by name, or a ``.db`` whose header says SQLite (a ``.db`` may be DuckDB)."""
    if path.is_dir():
        return False
    suffix = path.suffix.lower()
    if suffix in _SQLITE_SUFFIXES:
        return True
    if suffix != ".db" or not path.is_file():
        return False
    try:
        with open(path, "rb") as f:
            return f.read(16).startswith(_SQLITE_MAGIC)
    except OSError:
        return False


# -- PostgreSQL ---------------------------------------------------------------------------------


def _postgres(text: str) -> SourceId:
    """Parsed by libpq itself (``PQconninfoParse`` through psycopg), rebuilt in one spelling."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = {k: str(v) for k, v in conninfo_to_dict(text).items() if v is not None}
    except Exception:  # noqa: BLE001 - libpq's message may quote a fragment of the password
        raise SourceSpellingError(
            f"{redact(text)}: not a valid PostgreSQL URI: write postgresql://user@host:port/database"
            "[?sslmode=…] (parameters as libpq names them), and give the password through "
            "PGPASSWORD or ~/.pgpass"
        ) from None
    secrets = {k: params.pop(k) for k in _PG_SECRETS if k in params}
    service = "service" in params or bool(os.environ.get("PGSERVICE"))
    user, host, port, dbname = (params.pop(k, None) for k in ("user", "host", "port", "dbname"))
    if not service:
        user = user or _libpq_default("user") or ""
        host = host or os.environ.get("PGHOST") or _default_host()
        dbname = dbname or os.environ.get("PGDATABASE") or user
    hosts = [h if h.startswith("/") else h.lower() for h in host.split(",")] if host else []
    given = port.split(",") if port else []
    if given and hosts and len(given) not in (1, len(hosts)):
        raise SourceSpellingError(
            f"{_rebuild(user, hosts, [], dbname, params)}: {len(hosts)} hosts but {len(given)} ports: "
            "give one port, or one per host"
        )
    for p in given:  # libpq parses any text as a port and only fails at connect time, vaguely
        if p and not p.isdigit():
            raise SourceSpellingError(
                f"{redact(text)}: not a valid PostgreSQL URI (the port {p!r} is not a number): "
                "write postgresql://user@host:5432/database"
            )
        if p and not 0 < int(p) < 65536:
            raise SourceSpellingError(
                f"{redact(text)}: not a valid PostgreSQL URI (port out of range: {p}; 1 to 65535)"
            )
    fill = "" if service else (_libpq_default("port") or "5432")
    if hosts and len(given) == 1:
        given = given * len(hosts)
    ports = [p or fill for p in given] if given else [fill] * len(hosts)
    return SourceId(_rebuild(user, hosts, ports, dbname, params), "postgresql", None, secrets)


def _rebuild(user: str | None, hosts: list[str], ports: list[str], dbname: str | None, params: dict[str, str]) -> str:
    netloc = ",".join(_host(h) + (f":{ports[i]}" if i < len(ports) and ports[i] else "") for i, h in enumerate(hosts))
    if not hosts and ports:  # a port without a host (a service giving the host)
        params = {**params, "port": ports[0]}
    userinfo = urllib.parse.quote(user, safe="") + "@" if user else ""
    path = "/" + urllib.parse.quote(dbname, safe="") if dbname else ""
    query = urllib.parse.urlencode(sorted(params.items()), quote_via=urllib.parse.quote)
    return f"postgresql://{userinfo}{netloc}{path}" + (f"?{query}" if query else "")


def _host(host: str) -> str:
    if host.startswith("/") or "%" in host:  # a Unix socket folder: percent-encoded, as libpq reads it
        return urllib.parse.quote(host, safe="")
    if ":" in host:  # IPv6
        return f"[{host}]"
    return host


def _libpq_default(keyword: str) -> str | None:
    """libpq's default for ``keyword`` (its environment variable, else its compiled default)."""
    from psycopg import pq

    for option in pq.Conninfo.get_defaults():
        if option.keyword.decode() == keyword:
            value = option.val if option.val is not None else option.compiled
            return value.decode() if value else None
    return None


def _default_host() -> str:
    """The host libpq uses when none is given: its compiled Unix socket folder (Debian:
    ``/var/run/postgresql``, upstream ``/tmp``), asked of libpq rather than guessed.

    ``PQconnectStart`` parses the options and starts (without waiting for) a connection to that
    socket; ``PQhost`` then names it, and the attempt is abandoned at once.
    """
    from psycopg import pq

    try:
        conn = pq.PGconn.connect_start(b"dbname=ropa_probe connect_timeout=1")
    except Exception:  # noqa: BLE001
        return "localhost"
    try:
        host = conn.host.decode() if conn.host else ""
    finally:
        conn.finish()
    return host or "localhost"


# -- MySQL / MariaDB ----------------------------------------------------------------------------

_MYSQL_SECRETS = ("password", "passwd")


def _mysql(text: str) -> SourceId:
    """``mysql://user[:password]@host[:port][/database][?params]`` in one spelling."""
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
        host = parts.hostname
    except ValueError:
        raise SourceSpellingError(
            f"{redact(text)}: not a valid MySQL URI: write mysql://user@host:port/database, and give the "
            "password through MYSQL_PWD"
        ) from None
    secrets: dict[str, str] = {}
    if parts.password is not None:
        secrets["password"] = urllib.parse.unquote(parts.password)
    params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    for key in list(params):
        if key.lower() in _MYSQL_SECRETS:
            secrets["password"] = params.pop(key)
        elif _SECRET_KEY.search(key):
            params.pop(key)
    user = urllib.parse.unquote(parts.username) if parts.username else _login_name()
    database = urllib.parse.unquote(parts.path.lstrip("/")) if parts.path.strip("/") else ""
    if "/" in database:
        raise SourceSpellingError(f"{redact(text)}: a MySQL URI names one database: mysql://user@host:port/database")
    host = (host or "localhost").lower()
    netloc = urllib.parse.quote(user, safe="") + "@" + (f"[{host}]" if ":" in host else host) + f":{port or 3306}"
    path = "/" + urllib.parse.quote(database, safe="") if database else ""
    query = urllib.parse.urlencode(sorted(params.items()), quote_via=urllib.parse.quote)
    return SourceId(f"mysql://{netloc}{path}" + (f"?{query}" if query else ""), "mysql", None, secrets)


def _login_name() -> str:
    """The user the ``mysql`` client logs in as when none is given: the login name."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a container without passwd entry)
        return "root"


# -- SQLAlchemy ---------------------------------------------------------------------------------


def _has_dialect(scheme: str) -> bool:
    """Whether SQLAlchemy knows ``scheme`` as a dialect (built in or an installed plugin)."""
    try:
        from sqlalchemy.engine.url import make_url

        make_url(f"{scheme}://").get_dialect()
        return True
    except Exception:  # noqa: BLE001 - NoSuchModuleError, a broken plugin: not a dialect
        return False


def _sqlalchemy(text: str) -> SourceId:
    """SQLAlchemy's rendering of the URL, password and credential-like parameters removed."""
    from sqlalchemy.engine.url import make_url

    try:
        url = make_url(text)
    except Exception:  # noqa: BLE001 - the parser's message may quote the password
        raise SourceSpellingError(
            f"{redact(text)}: not a valid SQLAlchemy URL: write dialect+driver://user@host:port/database"
        ) from None
    secrets: dict[str, str] = {}
    if url.password is not None:
        secrets["password"] = str(url.password)
    query = {}
    for key, value in url.query.items():
        if _SECRET_KEY.search(key):
            secrets[key] = value if isinstance(value, str) else value[0]
        else:
            query[key] = value
    host = url.host.lower() if url.host else url.host
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        url = url.set(database=str(_real(url.database, None)))  # one file, one identity, whatever the cwd
    url = url._replace(password=None, host=host).set(query=dict(sorted(query.items())))  # set() skips None
    return SourceId(url.render_as_string(hide_password=False), "sqlalchemy", None, secrets)


# -- S3 -----------------------------------------------------------------------------------------


def s3_endpoint(params: Mapping[str, str] | None = None) -> str | None:
    """The S3 endpoint: ``?endpoint=`` in the URI, else the AWS SDKs' environment variables."""
    given = (params or {}).get("endpoint") or os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    return given.rstrip("/") if given else None


def _s3(text: str) -> SourceId:
    """``s3://bucket/prefix[?endpoint=…&region=…]``: credential-like parameters removed,
    the endpoint made explicit (see the module doc)."""
    parts = urllib.parse.urlsplit(text)
    bucket = parts.netloc.rsplit("@", 1)[-1]
    if not bucket:
        raise SourceSpellingError(f"{redact(text)}: an S3 URI names a bucket: s3://bucket/prefix/")
    secrets: dict[str, str] = {}
    params: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
        if _SECRET_KEY.search(key):
            secrets[key] = value
        elif key in ("endpoint", "region"):
            params[key] = value
    endpoint = s3_endpoint(params)
    if endpoint:
        params["endpoint"] = endpoint
    query = urllib.parse.urlencode(sorted(params.items()), quote_via=urllib.parse.quote, safe=":/")
    uri = f"s3://{bucket}{parts.path}" + (f"?{query}" if query else "")
    return SourceId(uri, "s3", None, secrets)
