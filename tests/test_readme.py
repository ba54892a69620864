"""The README's two commands are the contract with a new user; CI must run the test command exactly."""

import re

from tests.conftest import REPO_ROOT


def readme_commands() -> list[str]:
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Start")
    section = text[start : text.index("\n## ", start + 1)]
    return re.findall(r"```\n(.+?)\n```", section)


def test_the_readme_gives_exactly_two_commands():
    commands = readme_commands()
    assert len(commands) == 2
    assert commands[0].endswith("aide-memoire")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_the_readme_screenshot_exists():
    assert (REPO_ROOT / "resources" / "screenshots" / "meetings.png").stat().st_size > 10_000
