"""A throwaway PostgreSQL server of a test's own, for the tests that stop and start it or
load it from several programs: ``tools/pg_test_cluster.sh`` (the script CI and developers
start the suite's server with) makes it in a folder of its own, on a Unix socket (no TCP),
run as the postgres user, without fsync (nothing here outlives the test). ``why_not()``
says why this machine cannot (the test is then skipped with it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "pg_test_cluster.sh"


def why_not() -> str | None:
    if not sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        return "PostgreSQL's server binaries are not installed (Debian: postgresql)"
    if os.name != "posix" or shutil.which("bash") is None:
        return "the throwaway server's script needs bash (Debian's postgresql)"
    if os.geteuid() != 0:
        import pwd

        if pwd.getpwuid(os.geteuid()).pw_name != "postgres":
            return "a throwaway server is started as the postgres user, which needs root (CI)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "a throwaway server is started with runuser, which is not installed"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg (the server driver) is not installed"
    return None


class ThrowawayServer:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.url = self._script("start")

    def _script(self, action: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "DESK_PG_DURABLE"}
        done = subprocess.run(["bash", str(SCRIPT), action, str(self.folder)], env=env,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"pg_test_cluster.sh {action} failed: "
                               f"{done.stderr or done.stdout}")
        return done.stdout.strip()

    def start(self) -> None:
        self._script("start")

    def stop(self) -> None:
        """A fast shutdown: every session is ended, as when the server goes down."""
        self._script("stop")

    def remove(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
