"""Shared fixtures.

``pg_url``: a real PostgreSQL server for the session. It runs ``initdb`` into a temporary
directory and ``pg_ctl start`` on a free localhost port with its unix socket in the same
directory, creates a fresh database per test, and stops the server at the end. PostgreSQL
refuses to run as root, so under root the server runs as an unprivileged user (``nobody``
by default, or $SITREP_PG_USER) through ``runuser``/``su``. Without binaries (initdb/pg_ctl
on PATH or under /usr/lib/postgresql/*/bin) or psycopg, the tests that need it are skipped
with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _pg_bindir() -> str | None:
    for name in ("initdb", "pg_ctl"):
        if shutil.which(name) is None:
            break
    else:
        return str(Path(shutil.which("initdb") or "").resolve().parent)
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for d in dirs:
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _PgServer:
    def __init__(self, bindir: str):
        self.bindir = bindir
        self.root = tempfile.mkdtemp(prefix="sitrep-pg-")
        self.data = os.path.join(self.root, "data")
        self.sock = os.path.join(self.root, "sock")
        os.makedirs(self.sock)
        self.port = _free_port()
        self.user: str | None = None
        if os.geteuid() == 0:
            self.user = os.environ.get("SITREP_PG_USER", "nobody")
            import pwd

            pw = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o755)
            for path in (self.root, self.sock):
                os.chown(path, pw.pw_uid, pw.pw_gid)

    def _run(self, args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
        cmd = [os.path.join(self.bindir, args[0]), *args[1:]]
        if self.user:
            if shutil.which("runuser"):
                cmd = ["runuser", "-u", self.user, "--", *cmd]
            else:
                cmd = ["su", "-s", "/bin/sh", self.user, "-c", " ".join(cmd)]
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=self.root,
                              timeout=120, **kw)  # type: ignore[call-overload]

    def start(self) -> None:
        r = self._run(["initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                       "-E", "UTF8", "--no-sync"])
        if r.returncode != 0:
            raise RuntimeError(f"initdb failed: {r.stderr.strip() or r.stdout.strip()}")
        opts = (f"-h 127.0.0.1 -p {self.port} -k {self.sock} -F "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        r = self._run(["pg_ctl", "-D", self.data, "-o", opts, "-l",
                       os.path.join(self.root, "log"), "-w", "-t", "60", "start"])
        if r.returncode != 0:
            log = Path(self.root, "log")
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()} "
                               f"{log.read_text() if log.exists() else ''}")

    def stop(self) -> None:
        self._run(["pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: PostgreSQL tests skipped")
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in "
                    "/usr/lib/postgresql/*/bin: PostgreSQL tests skipped")
    server = _PgServer(bindir)
    try:
        server.start()
    except (RuntimeError, KeyError, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        pytest.skip(f"could not start a PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _pg_database(pg_server: _PgServer) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url(name)


@pytest.fixture()
def pg_url(_pg_database: str) -> str:
    """A URL (postgresql://...) to an empty database on the session server.

    Emptied by recreating its public schema (much faster than CREATE DATABASE per test).
    """
    import psycopg

    with psycopg.connect(_pg_database, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return _pg_database
