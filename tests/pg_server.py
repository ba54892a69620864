"""A real PostgreSQL server for the tests: Debian's `postgresql` binaries (installed by .ci/run), a cluster made
with initdb in a temporary folder, started with pg_ctl on a free port and a socket in that folder, stopped at the
end. Run as root (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "aide_admin"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them per major version under /usr/lib/postgresql."""
    versions = Path("/usr/lib/postgresql")
    found = sorted(versions.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3])) if versions.is_dir() else []
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    bin: Path
    as_user: list[str]

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def socket_url(self, database: str = "postgres") -> str:
        """Through the socket in the server's folder (trusted even when TCP asks for a password)."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}&port={self.port}"

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, str(self.bin / tool), *args], check=True, capture_output=True,
                              text=True, timeout=120)  # fmt: skip

    def halt(self) -> None:
        """Stop the server and keep its files (a restart, a network cut)."""
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    def resume(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-o", options, "-l", str(self.folder / "server.log"),
                 "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "stop"], capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server(password: str | None = None) -> PgServer:
    """With a password, connections over TCP must give it (scram-sha-256); the socket in the folder stays trusted,
    so that the tests can set the server up as its administrator."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL's server programs are not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="aide-memoire-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse root: run them as the postgres user
        shutil.chown(folder, user="postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    os.chmod(folder, 0o700)
    server = PgServer(folder, _free_port(), binaries, as_user)
    data = folder / "data"
    auth = ["--auth=trust"]
    if password is not None:
        secret = folder / "pwfile"
        secret.write_text(password + "\n", encoding="utf-8")
        if as_user:
            shutil.chown(secret, user="postgres")
        auth = ["--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={secret}"]
    server.run("initdb", "-D", str(data), "-U", SUPERUSER, *auth, "-E", "UTF8", "--locale=C.UTF-8")
    server.resume()
    return server
