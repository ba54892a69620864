"""A department server that asks for a password (scram-sha-256 over TCP, a real server the tests start): the
command line takes it from PostgreSQL's own means, or asks the person at the terminal once, and never writes it."""

import json
import os
import pty
import select
import sys
import time

from tests.conftest import SERVER_PASSWORD as SECRET
from tests.test_cli import env, run  # noqa: F401  (env is a fixture)


def _at_terminal(environ, args, answer):
    """Run the command with a terminal of its own (as a person does), answering its password prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.execve(sys.executable, [sys.executable, "-m", "app", *args], environ)
    seen = b""
    answered = False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed its terminal
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"Password for" in seen:
            os.write(fd, answer.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def test_without_a_terminal_the_command_says_where_a_password_goes(env, locked_server):  # noqa: F811
    env.pop("PGPASSWORD", None)
    result = run(env, "--db", locked_server.url("desk"), "sample")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "asks for a password" in lines[0] and "pgpass" in lines[0], result.stderr


def test_postgresqls_own_means_need_no_prompt(env, locked_server, tmp_path):  # noqa: F811
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{locked_server.port}:*:aide_admin:{SECRET}\n", encoding="utf-8")
    passfile.chmod(0o600)
    env["PGPASSFILE"] = str(passfile)
    result = run(env, "--db", locked_server.url("desk"), "sample")
    assert result.returncode == 0, result.stderr
    assert "sample meetings" in result.stdout


def test_a_person_at_the_terminal_is_asked_once_and_the_password_is_never_written(env, locked_server, tmp_path):  # noqa: F811
    env.pop("PGPASSWORD", None)
    url = locked_server.url("desk")
    code, screen = _at_terminal(env, ["--db", url, "search", "Kenya", "--json"], SECRET)
    assert code == 0, screen
    assert screen.count("Password for postgresql://aide_admin@127.0.0.1") == 1, screen
    assert SECRET not in screen, "the terminal does not echo the password"
    found = json.loads(screen[screen.index("[") :])
    assert isinstance(found, list)
    for folder in (tmp_path / "data", tmp_path / "state"):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), f"the password was written to {path}"


def test_a_wrong_password_at_the_terminal_is_said_in_one_line(env, locked_server):  # noqa: F811
    env.pop("PGPASSWORD", None)
    code, screen = _at_terminal(env, ["--db", locked_server.url("desk"), "search", "Kenya"], "wrong")
    assert code == 1
    assert "the one given was not accepted" in screen and "Traceback" not in screen, screen
