#!/usr/bin/env bash
# PostgreSQL for the tests: install the server binaries if missing, then print their directory.
#
#   bash .ci/postgres.sh          install (as root, apt-get, non-interactive) if needed; print bindir
#   bash .ci/postgres.sh --find   never install: print bindir, or exit 1 if there is none
#
# tests/flows/conftest.py runs `--find` to locate initdb/pg_ctl; the tests then start a throwaway
# cluster on a free loopback port. initdb refuses to run as root, so when the tests run as root they
# run initdb/pg_ctl as the unprivileged system user `ropa` (created here when missing, falling back
# to Debian's `postgres` user that the server package creates).
#
# Debian packages installed: postgresql (pulls postgresql-15 + postgresql-client-15 on bookworm).
set -euo pipefail

find_bindir() {
  # An explicit override first (a non-Debian layout), then Debian's versioned dirs, newest first.
  if [ -n "${PG_BINDIR:-}" ] && [ -x "${PG_BINDIR}/initdb" ] && [ -x "${PG_BINDIR}/pg_ctl" ]; then
    echo "${PG_BINDIR}"
    return 0
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "${dir}/initdb" ] && [ -x "${dir}/pg_ctl" ] && [ -x "${dir}/postgres" ]; then
      echo "${dir}"
      return 0
    fi
  done
  return 1
}

ensure_user() {
  # The unprivileged owner of test clusters when the tests run as root.
  if [ "$(id -u)" = 0 ] && ! id -u ropa >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ropa
  fi
}

if [ "${1:-}" = "--find" ]; then
  find_bindir || { echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (run: sudo bash .ci/postgres.sh)" >&2; exit 1; }
  exit 0
fi

if ! find_bindir >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "postgres.sh: PostgreSQL is not installed and this is not root: run it as root (sudo bash .ci/postgres.sh)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
ensure_user
find_bindir
