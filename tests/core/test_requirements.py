"""Production installs only what production runs: the test and lint tools live in the development lock."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV_ONLY = {"pytest", "pytest-django", "pytest-xdist", "playwright", "pytest-playwright", "ruff", "djhtml", "faker"}


def locked(path):
    names = set()
    for line in (ROOT / path).read_text().splitlines():
        if line and not line.startswith(("#", "-r")):
            name, _, version = line.partition("==")
            assert version, f"{path}: {line!r} is not pinned to an exact version"
            names.add(name.lower().replace("_", "-"))
    return names


def requirement_name(requirement):
    for separator in "<>=![; ":
        requirement = requirement.split(separator)[0]
    return requirement.lower().replace("_", "-")


def test_the_production_lock_holds_no_test_or_lint_tool():
    assert not locked("requirements.lock.txt") & DEV_ONLY


def test_the_development_lock_builds_on_the_production_lock():
    lines = (ROOT / "requirements-dev.lock.txt").read_text().splitlines()
    assert "-r requirements.lock.txt" in lines
    assert locked("requirements-dev.lock.txt") >= DEV_ONLY
    assert not locked("requirements.lock.txt") & locked("requirements-dev.lock.txt")


def test_every_declared_dependency_is_locked_where_it_belongs():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {requirement_name(r) for r in project["dependencies"]}
    dev = {requirement_name(r) for r in project["optional-dependencies"]["dev"]}
    assert runtime <= locked("requirements.lock.txt")
    assert dev <= locked("requirements.lock.txt") | locked("requirements-dev.lock.txt")


def test_no_build_metadata_is_committed():
    assert not list(ROOT.glob("*.egg-info"))
