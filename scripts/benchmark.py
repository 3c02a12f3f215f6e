"""Load-test Multaqa as production serves it, against a static file of the same size (the limit).

Usage:
    .venv/bin/python scripts/benchmark.py [--duration 10] [--rounds 3] [--connections N] [--workers N] [--sqlite]
                                          [--json FILE]

What it does, every step on this machine's loopback only:
1. builds a throwaway database: PostgreSQL when 127.0.0.1:5432 answers (a new database, dropped at the
   end), else SQLite in a temp dir (it says so); runs migrate and seed_demo;
2. runs collectstatic into a temp STATIC_ROOT and serves the site with gunicorn and
   `cms.settings.production` on 127.0.0.1:<free port> with the repository's `gunicorn.conf.py` (one sync
   worker per core unless --workers or WEB_CONCURRENCY;
   a random SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false; every request sends
   `X-Forwarded-Proto: https` as the TLS proxy would, so the secure settings behave as in production);
3. finds the URLs by following links: the Arabic home, the Arabic news index, its first article, and a
   search for the longest word of that article's title (which must list articles);
4. saves the home page's HTML as a static file served by the same gunicorn + WhiteNoise: the limit;
5. loads the static file, then each page, then the static file again, and so on for --rounds rounds,
   each URL with `wrk --latency` for --duration seconds (after a short warm-up). A page's ratio in a
   round is its requests/s over the higher of the two static runs around that round; the figure is
   the median over the rounds (the static limit itself moves by 10 % or more from one run to the next
   on a shared VM). It prints the medians of requests/s, p50 and p99 latency, size, each round's ratio
   and the median ratio, and, from the Django test client in one process, the queries of one request
   and its wall, CPU and SQL time;
6. stops gunicorn and drops the database, also on Ctrl-C or an error.

`wrk` is Debian's package: installed with apt-get when missing (as root, or through sudo), or the script
stops with a message. No page cache is involved: every request renders the page. The issue's bar: every
page at least 5 % of the static limit (the Wagtail bakerydemo reaches 1.1-2.2 %). Exit status: 0 when
every page meets it, 1 when one does not, 2 when the run itself failed, 130 when interrupted.

The figures are only as good as the machine is quiet: the script prints the load average before and
after, and warns when something else was already using the CPU.
"""

import argparse
import json
import os
import re
import runpy
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
MANAGE = REPO_ROOT / "manage.py"
GUNICORN = Path(PYTHON).with_name("gunicorn")
GUNICORN_CONFIG = REPO_ROOT / "gunicorn.conf.py"
POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER = "127.0.0.1", 5432, "postgres"
HEADERS = {"Accept-Language": "ar", "X-Forwarded-Proto": "https"}
STATIC_COPY = "benchmark/home-copy.html"
BAR_PERCENT = 5.0
COMMAND_TIMEOUT = 600
WARM_UP_SECONDS = 2


def say(message):
    print(f"==> {message}", flush=True)


class BenchmarkError(RuntimeError):
    pass


# -- tools ---------------------------------------------------------------------------------------------


def ensure_wrk():
    if path := shutil.which("wrk"):
        return path
    as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if as_root and not shutil.which("sudo"):
        raise BenchmarkError("wrk is missing and this user cannot apt-get it: run `apt-get install wrk` as root.")
    say("Installing wrk with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "wrk"]):
        if subprocess.run([*as_root, *command], env=env, stdout=subprocess.DEVNULL, check=False).returncode:
            raise BenchmarkError("Could not install wrk with apt-get: run `apt-get install wrk` as root.")
    if path := shutil.which("wrk"):
        return path
    raise BenchmarkError("apt-get finished but wrk is still missing.")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_manage(env, *args, log):
    with log.open("a") as out:
        out.write(f"$ manage.py {' '.join(args)}\n")
        out.flush()
        result = subprocess.run(
            [PYTHON, str(MANAGE), *args],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    if result.returncode:
        raise BenchmarkError(f"manage.py {' '.join(args)} failed; see {log}:\n{log.read_text()[-3000:]}")


# -- database ------------------------------------------------------------------------------------------


def postgres_reachable():
    try:
        with socket.create_connection((POSTGRES_HOST, POSTGRES_PORT), timeout=2):
            return True
    except OSError:
        return False


def postgres_admin_connection():
    import psycopg

    return psycopg.connect(
        host=POSTGRES_HOST, port=POSTGRES_PORT, user=POSTGRES_USER, dbname="postgres", autocommit=True
    )


class ThrowawayDatabase:
    """A new PostgreSQL database (dropped on close) or an SQLite file in the work dir."""

    def __init__(self, workdir, use_sqlite):
        self.postgres_name = None
        if not use_sqlite and postgres_reachable():
            self.postgres_name = f"multaqa_bench_{os.getpid()}_{secrets.token_hex(3)}"
            with postgres_admin_connection() as connection:
                connection.execute(f'CREATE DATABASE "{self.postgres_name}"')
            self.url = f"postgres://{POSTGRES_USER}@{POSTGRES_HOST}:{POSTGRES_PORT}/{self.postgres_name}"
            self.description = f"PostgreSQL database {self.postgres_name} on {POSTGRES_HOST}:{POSTGRES_PORT}"
        else:
            self.url = f"sqlite:///{workdir / 'bench.sqlite3'}"
            reason = "--sqlite given" if use_sqlite else f"PostgreSQL not reachable at {POSTGRES_HOST}:{POSTGRES_PORT}"
            self.description = f"SQLite in {workdir} ({reason})"

    def drop(self):
        if self.postgres_name:
            with postgres_admin_connection() as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.postgres_name}" WITH (FORCE)')
            self.postgres_name = None


# -- gunicorn ------------------------------------------------------------------------------------------


class Gunicorn:
    def __init__(self, env, workers, log):
        self.env, self.workers, self.log = env, workers, log
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        out = self.log.open("a")
        self.process = subprocess.Popen(
            [
                str(GUNICORN),
                "cms.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--config={GUNICORN_CONFIG}",
                f"--workers={self.workers}",
                "--log-level=warning",
            ],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        out.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BenchmarkError(
                    f"gunicorn exited with {self.process.returncode}:\n{self.log.read_text()[-3000:]}"
                )
            try:
                fetch(self.base_url + "/robots.txt")
                return
            except OSError:
                time.sleep(0.3)
        raise BenchmarkError(f"gunicorn did not answer within 60 s:\n{self.log.read_text()[-3000:]}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None


def fetch(url):
    """(status, body) of a GET that does not follow redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=HEADERS), timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


# -- finding the URLs ----------------------------------------------------------------------------------


class PageLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth_in_main = 0
        self.in_h1 = False
        self.main_links = []
        self.h1 = ""

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth_in_main += 1
        elif tag == "h1" and self.depth_in_main:
            self.in_h1 = True
        elif tag == "a" and self.depth_in_main and (href := dict(attrs).get("href")):
            self.main_links.append(href)

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth_in_main -= 1
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_h1:
            self.h1 += data


def parse(body):
    links = PageLinks()
    links.feed(body.decode())
    return links


def get_ok(base_url, path):
    status, body = fetch(base_url + path)
    if status != 200:
        raise BenchmarkError(f"{path} answered {status}, not 200")
    return body


def find_urls(base_url):
    """[(name, path)] of the pages to load, found by following links from the Arabic news index."""
    home, news = "/ar/", "/ar/news/"
    get_ok(base_url, home)
    index_links = parse(get_ok(base_url, news)).main_links
    articles = []
    for href in index_links:
        parts = urlsplit(urljoin(base_url + news, href))
        if parts.path.startswith(news) and parts.path != news and not parts.query and "/feed/" not in parts.path:
            articles.append(parts.path)
    if not articles:
        raise BenchmarkError(f"{news} links to no article")
    article = articles[0]
    # The longest word of the article's title: usually a common word, so the search lists a full page of results.
    title = parse(get_ok(base_url, article)).h1.strip()
    word = max(re.findall(r"\w+", title), key=len)
    search = f"/ar/search/?q={quote(word)}"
    result_paths = {
        unquote(urlsplit(urljoin(base_url, href)).path) for href in parse(get_ok(base_url, search)).main_links
    }
    if not result_paths & {unquote(path) for path in articles}:
        raise BenchmarkError(f"The search for {word!r} lists no article of {news}")
    return [("home", home), ("news index", news), ("article", article), ("search", search)]


# -- load ----------------------------------------------------------------------------------------------

UNIT_SECONDS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}


def seconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNIT_SECONDS[unit]


def parse_wrk(output):
    requests_per_second = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = {int(p): seconds(v) for p, v in re.findall(r"^\s+(\d+)%\s+([\d.]+\w+)\s*$", output, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:.*", output)
    return {
        "requests_per_second": requests_per_second,
        "p50_ms": percentiles[50] * 1000,
        "p99_ms": percentiles[99] * 1000,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(0) if socket_errors else "",
    }


def load(wrk, url, duration, connections, threads):
    headers = [item for name, value in HEADERS.items() for item in ("-H", f"{name}: {value}")]
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout=10s", "--latency", *headers, url]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=False)
    if result.returncode:
        raise BenchmarkError(f"wrk failed on {url}:\n{result.stdout}{result.stderr}")
    return parse_wrk(result.stdout)


def measure(wrk, gunicorn, name, path, options, connections, threads, round_number=None):
    url = gunicorn.base_url + path
    size = len(get_ok(gunicorn.base_url, path))
    load(wrk, url, WARM_UP_SECONDS, connections, threads)
    where = f" (round {round_number}/{options.rounds})" if round_number else ""
    say(f"wrk {options.duration}s, {connections} connections: {name} {unquote(path)}{where}")
    result = load(wrk, url, options.duration, connections, threads)
    if result["non_2xx"] or result["socket_errors"]:
        raise BenchmarkError(f"{unquote(path)}: {result['non_2xx']} non-2xx, {result['socket_errors']}")
    return {"name": name, "path": path, "bytes": size, "round": round_number, **result}


def summarise(rows, limits):
    """One row per page: medians over the rounds. A round's limit is the higher of the static runs just
    before and just after it (the stricter bar); each page's ratio is taken against its own round's
    limit, and the median ratio is the page's figure."""
    summary = {}
    for row in rows:
        limit = max(limits[row["round"] - 1]["requests_per_second"], limits[row["round"]]["requests_per_second"])
        summary.setdefault(row["path"], []).append({**row, "percent": 100 * row["requests_per_second"] / limit})
    result = []
    for runs in summary.values():
        median_row = dict(runs[0])
        for key in ("requests_per_second", "p50_ms", "p99_ms", "percent"):
            median_row[key] = statistics.median(run[key] for run in runs)
        median_row["percents"] = [run["percent"] for run in runs]
        result.append(median_row)
    return result


# -- profile: queries and CPU time of one request, in one process ---------------------------------------


def profile_requests(paths, repeats):
    """Runs inside a subprocess with the benchmark's environment (see --profile-requests).

    Per path: the queries of one request, and over `repeats` requests the mean wall time, the CPU time of
    this process (Python: ORM, templates, middleware) and the wall time spent inside cursor.execute
    (the database's share, including the round trip).
    """
    sys.path.insert(0, str(REPO_ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    sql_seconds = 0.0

    def timed_execute(execute, sql, params, many, context):
        nonlocal sql_seconds
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_seconds += time.perf_counter() - started

    client = Client(headers={"accept-language": "ar", "host": "127.0.0.1", "x-forwarded-proto": "https"})
    report = {}
    for path in paths:
        for _ in range(3):
            client.get(path)  # warm caches and renditions
        with CaptureQueriesContext(connection) as queries:
            status = client.get(path).status_code
        query_count = len(queries)  # read now: the next request clears the connection's query log
        if status != 200:
            raise SystemExit(f"{path} answered {status} to the test client")
        sql_seconds = 0.0
        with connection.execute_wrapper(timed_execute):
            wall_started, cpu_started = time.perf_counter(), time.process_time()
            for _ in range(repeats):
                client.get(path)
            wall, cpu = time.perf_counter() - wall_started, time.process_time() - cpu_started
        report[path] = {
            "queries": query_count,
            "wall_ms": wall * 1000 / repeats,
            "cpu_ms": cpu * 1000 / repeats,
            "sql_ms": sql_seconds * 1000 / repeats,
        }
    print(json.dumps(report))


def profile(env, paths):
    result = subprocess.run(
        [PYTHON, __file__, "--profile-requests", *paths],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
    if result.returncode:
        print(f"(query profile failed: {result.stderr[-1500:]})", file=sys.stderr)
        return {}
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- report --------------------------------------------------------------------------------------------


def print_table(rows):
    header = (
        "page",
        "URL",
        "req/s",
        "p50 ms",
        "p99 ms",
        "bytes",
        "% of static",
        "each round",
        "queries",
        "1 req: wall/CPU/SQL ms",
    )
    lines = [header]
    for row in rows:
        in_process = "-"
        if "wall_ms" in row:
            in_process = f"{row['wall_ms']:.1f} / {row['cpu_ms']:.1f} / {row['sql_ms']:.1f}"
        lines.append(
            (
                row["name"],
                unquote(row["path"]),
                f"{row['requests_per_second']:.1f}",
                f"{row['p50_ms']:.1f}",
                f"{row['p99_ms']:.1f}",
                str(row["bytes"]),
                f"{row['percent']:.1f} %",
                " ".join(f"{percent:.1f}" for percent in row["percents"]),
                str(row.get("queries", "-")),
                in_process,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * width for width in widths))
    print()
    print("req/s, p50, p99 and % of static are medians over the rounds; 'each round' lists each round's %.")
    print("queries and '1 req' come from the Django test client in one process (no HTTP, no concurrency):")
    print("wall = whole request, CPU = this process's Python work, SQL = time inside cursor.execute.")


# -- main ----------------------------------------------------------------------------------------------


def benchmark(options):
    wrk = ensure_wrk()
    cores = os.cpu_count() or 1
    workers = options.workers or runpy.run_path(str(GUNICORN_CONFIG))["workers"]
    connections = options.connections or 2 * cores
    threads = max(1, min(cores, connections))
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="multaqa-bench-") as tmp:
        workdir = Path(tmp)
        log = workdir / "benchmark.log"
        database = ThrowawayDatabase(workdir, options.sqlite)
        gunicorn = None
        try:
            say(f"Database: {database.description}")
            env = {
                **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}},
                "DJANGO_SETTINGS_MODULE": "cms.settings.production",
                "SECRET_KEY": secrets.token_urlsafe(64),
                "ALLOWED_HOSTS": "127.0.0.1",
                "SECURE_SSL_REDIRECT": "false",
                "DATABASE_URL": database.url,
                "STATIC_ROOT": str(workdir / "static"),
                "MEDIA_ROOT": str(workdir / "media"),
                "LOG_LEVEL": "WARNING",
                "PYTHONWARNINGS": "ignore",
            }
            say("migrate, compilemessages, seed_demo, collectstatic")
            run_manage(env, "compilemessages", "--ignore=.venv", "--ignore=node_modules", "--verbosity=0", log=log)
            run_manage(env, "migrate", "--noinput", "--verbosity=0", log=log)
            run_manage(env, "seed_demo", log=log)
            run_manage(env, "collectstatic", "--noinput", "--verbosity=0", log=log)

            gunicorn = Gunicorn(env, workers, log)
            say(f"gunicorn: {workers} sync workers at {gunicorn.base_url} (cms.settings.production)")
            gunicorn.start()
            pages = find_urls(gunicorn.base_url)
            home_html = get_ok(gunicorn.base_url, "/ar/")

            # WhiteNoise indexes STATIC_ROOT when a worker starts: add the copy, then restart gunicorn.
            static_copy = workdir / "static" / STATIC_COPY
            static_copy.parent.mkdir(parents=True, exist_ok=True)
            static_copy.write_bytes(home_html)
            gunicorn.stop()
            gunicorn.start()
            static_path = f"/static/{STATIC_COPY}"
            if get_ok(gunicorn.base_url, static_path) != home_html:
                raise BenchmarkError(f"{static_path} does not serve the saved home page")

            rows, limits = [], []
            for number in range(1, options.rounds + 1):
                if number == 1:
                    limits.append(measure(wrk, gunicorn, "static limit", static_path, options, connections, threads))
                for name, path in pages:
                    rows.append(measure(wrk, gunicorn, name, path, options, connections, threads, number))
                limits.append(measure(wrk, gunicorn, "static limit", static_path, options, connections, threads))
            gunicorn.stop()

            say("Queries and CPU time of one request (Django test client, one process)")
            profiles = profile(env, [path for _, path in pages])
            summary = summarise(rows, limits)
            for row in summary:
                row.update(profiles.get(row["path"], {}))
        finally:
            if gunicorn:
                gunicorn.stop()
            database.drop()

    limit_runs = [run["requests_per_second"] for run in limits]
    print()
    print(f"Multaqa benchmark: {cores} cores, {workers} gunicorn workers, wrk {threads} threads x {connections}")
    database_name = database.description.split(" (")[0]
    print(f"connections, {options.duration} s per URL, {options.rounds} rounds, database: {database_name}")
    print(f"Load average before the run: {load_before:.2f}, after: {os.getloadavg()[0]:.2f} ({cores} cores).")
    if load_before > cores / 2:
        print("Warning: the machine was busy before the run started; the figures are noisy. Run it again when idle.")
    print(
        "Static limit, before and after each round: "
        + ", ".join(f"{value:.0f}" for value in limit_runs)
        + f" req/s (median {statistics.median(limit_runs):.0f})"
    )
    print()
    print_table(summary)
    below = [row["name"] for row in summary if row["percent"] < BAR_PERCENT]
    print()
    print(
        f"Bar: every page >= {BAR_PERCENT:g} % of the static limit (median over the rounds): "
        + ("MET" if not below else f"NOT MET ({', '.join(below)})")
    )
    if options.json:
        report = {"limits": limits, "rows": rows, "summary": summary}
        Path(options.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if not below else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per URL and round (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the pages, static runs between (default 3)")
    parser.add_argument("--connections", type=int, help="wrk connections (default 2 per core)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py's, 1 per core)")
    parser.add_argument("--sqlite", action="store_true", help="use SQLite even when PostgreSQL is reachable")
    parser.add_argument("--json", help="also write the results to this JSON file")
    parser.add_argument("--profile-requests", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()

    if options.profile_requests:
        profile_requests(options.profile_requests, repeats=50)
        return 0
    if not 1 <= options.duration <= 300:
        parser.error("--duration must be between 1 and 300 seconds")
    if not 1 <= options.rounds <= 20:
        parser.error("--rounds must be between 1 and 20")

    # SIGINT (even when a parent shell ignored it) and SIGTERM end the run like Ctrl-C does, so the finally
    # blocks stop gunicorn and drop the database.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        return benchmark(options)
    except BenchmarkError as error:
        print(f"benchmark: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("benchmark: interrupted; gunicorn stopped and the database dropped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
