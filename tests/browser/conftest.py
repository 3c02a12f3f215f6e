"""Fixtures of the browser suite: Debian's chromium, a demo site served in a subprocess, pages per language.

The site runs in its own process with its own SQLite database, so these tests never touch the ORM and
need no `django_db` mark.
"""

import re
import shutil
import tempfile
from pathlib import Path

import pytest

from .links import discover
from .server import DemoSiteError, start_demo_site, stop_demo_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
DEFAULT_TIMEOUT_MS = 10_000
VIEWPORT = {"width": 1280, "height": 800}
EAGER_IMAGES_JS = """
() => Promise.race([
    Promise.all([...document.images].map((image) => {
        image.loading = "eager";
        return image.complete ? null : new Promise((done) => { image.onload = image.onerror = done; });
    })),
    new Promise((done) => setTimeout(done, 2000)),
])
"""


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Runs the browser tests after every other test.

    Playwright's sync API keeps an asyncio event loop running from the first browser test to the end of the
    session, and Django refuses ORM calls while a loop runs (SynchronousOnlyOperation): tests after ours
    would fail. Running ours last keeps both working without DJANGO_ALLOW_ASYNC_UNSAFE.
    """
    here = Path(__file__).parent
    items.sort(key=lambda item: Path(str(item.path)).is_relative_to(here))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser suite drives Debian's chromium. "
            "Install it with `scripts/install_chromium.sh` (apt-get install chromium fonts-noto-core).",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def artifacts_dir():
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def demo_site(artifacts_dir):
    with tempfile.TemporaryDirectory(prefix="multaqa-browser-") as workdir:
        try:
            site = start_demo_site(Path(workdir), artifacts_dir / "server.log")
        except DemoSiteError as error:
            pytest.fail(f"Could not start the demo site: {error}", pytrace=False)
        try:
            yield site
        finally:
            stop_demo_site(site)


@pytest.fixture(scope="session")
def demo_urls(demo_site):
    """{(language, "home" | "news_index" | "article"): path}, found by following the site's links."""
    return discover(demo_site.base_url)


@pytest.fixture(scope="session")
def base_url(demo_site):
    # Also replaces pytest-playwright's own base_url fixture, which pytest 9 warns about (warnings are errors).
    return demo_site.base_url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": VIEWPORT}


@pytest.fixture
def open_page(new_context):
    """open_page("ar") -> a fresh page whose browser asks for that language (Accept-Language and locale)."""

    def _open(language):
        context = new_context(locale=language, extra_http_headers={"Accept-Language": language})
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        return context.new_page()

    return _open


@pytest.fixture
def shot(request, artifacts_dir):
    """shot(page, "step-name") saves a full-page screenshot under artifacts/<test name>/."""
    test_name = request.node.name.replace("[chromium]", "").replace("[chromium-", "[")
    folder = artifacts_dir / re.sub(r"[^\w.-]+", "_", test_name).strip("_")
    counter = iter(range(1, 100))

    def _shot(page, step):
        folder.mkdir(exist_ok=True)
        # A full-page screenshot does not scroll, so lazy images below the fold would show blank.
        page.evaluate(EAGER_IMAGES_JS)
        path = folder / f"{next(counter):02d}-{step}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return _shot
