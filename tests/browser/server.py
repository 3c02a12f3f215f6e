"""Builds a throwaway demo site and serves it with `manage.py runserver` in a subprocess.

The browser talks to a real server over HTTP, so the tests never share a database connection or a
transaction with it: the server has its own SQLite file in a temp dir, filled by the same commands a
newcomer runs (migrate, seed_demo, ensure_demo_admin).
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
MANAGE = REPO_ROOT / "manage.py"
SETTINGS_MODULE = "cms.settings.dev"  # DEBUG serves uploaded media, so demo images load in screenshots
COMMAND_TIMEOUT = 180
STARTUP_TIMEOUT = 30


class DemoSiteError(RuntimeError):
    pass


@dataclass
class DemoSite:
    base_url: str
    admin_username: str
    admin_password: str
    log_path: Path
    process: subprocess.Popen

    @property
    def accounts_password(self):
        """The demo institution accounts' password (DEMO_ACCOUNTS_PASSWORD): the admin's, on this throwaway site."""
        return self.admin_password


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(workdir, admin_password):
    env = dict(os.environ)
    for name in ("REDIS_URL", "STATIC_ROOT", "SECRET_KEY"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DEMO_ADMIN_PASSWORD=admin_password,
        DEMO_ACCOUNTS_PASSWORD=admin_password,
        PYTHONUNBUFFERED="1",
    )
    return env


def run_manage(env, *args, log):
    command = [sys.executable, str(MANAGE), *args]
    log.write(f"$ {' '.join(args)}\n")
    log.flush()
    result = subprocess.run(
        command,
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
    log.write(result.stdout)
    log.flush()
    if result.returncode != 0:
        raise DemoSiteError(f"`manage.py {' '.join(args)}` failed ({result.returncode}):\n{result.stdout[-4000:]}")


def catalogues_need_compiling():
    for po_file in (REPO_ROOT / "locale").glob("*/LC_MESSAGES/*.po"):
        mo_file = po_file.with_suffix(".mo")
        if not mo_file.exists() or mo_file.stat().st_mtime < po_file.stat().st_mtime:
            return True
    return False


def wait_until_answering(base_url, process, log_path):
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise DemoSiteError(f"runserver exited with {process.returncode}:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(base_url + "/robots.txt", timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not with 200
        except OSError:
            time.sleep(0.2)
    raise DemoSiteError(f"runserver did not answer within {STARTUP_TIMEOUT}s:\n{log_path.read_text()[-4000:]}")


def start_demo_site(workdir, log_path):
    """Builds the database in `workdir`, starts runserver and returns a DemoSite once it answers."""
    admin_password = secrets.token_urlsafe(18)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = site_environment(workdir, admin_password)
    env["SITE_URL"] = base_url  # migrate gives the default Site this address, as scripts/run does
    with log_path.open("w") as log:
        if catalogues_need_compiling():
            run_manage(env, "compilemessages", "--ignore=.venv", "--ignore=node_modules", log=log)
        run_manage(env, "migrate", "--noinput", log=log)
        run_manage(env, "seed_demo", log=log)
        run_manage(env, "ensure_demo_admin", log=log)

    server_log = log_path.open("a")
    process = subprocess.Popen(
        [sys.executable, str(MANAGE), "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=REPO_ROOT,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    server_log.close()
    site = DemoSite(base_url, "admin", admin_password, log_path, process)
    try:
        wait_until_answering(base_url, process, log_path)
    except BaseException:
        stop_demo_site(site)
        raise
    return site


def stop_demo_site(site):
    if site.process.poll() is None:
        site.process.terminate()
        try:
            site.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            site.process.kill()
            site.process.wait(timeout=10)
