"""A throwaway PostgreSQL server of a test's own, for the tests that stop and start it or
load it from several programs: Debian's server binaries run as the postgres user, on a
Unix socket in a folder of its own (no TCP), without fsync (nothing here outlives the
test). ``why_not()`` says why this machine cannot (the test is then skipped with it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def _bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


def why_not() -> str | None:
    if _bin() is None:
        return "PostgreSQL's server binaries are not installed (Debian: postgresql)"
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("runuser") is None:
        return "a throwaway server is started as the postgres user, which needs root (CI)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg (the server driver) is not installed"
    return None


class ThrowawayServer:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self._as_postgres(["initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                           "-E", "UTF8", "--locale=C.UTF-8"])
        self.start()
        self._as_postgres(["createdb", "-h", str(self.folder), "-U", "postgres", "desk"])

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/desk?host={self.folder}"

    def _as_postgres(self, argv: list[str]) -> None:
        done = subprocess.run(["runuser", "-u", "postgres", "--", str(_bin() / argv[0]),
                               *argv[1:]], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {done.stderr or done.stdout}")

    def start(self) -> None:
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' "
                   "-c fsync=off -c synchronous_commit=off -c max_connections=100")
        self._as_postgres(["pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"),
                           "-w", "-t", "60", "-o", options, "start"])

    def stop(self) -> None:
        """A fast shutdown: every session is ended, as when the server goes down."""
        self._as_postgres(["pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def remove(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
