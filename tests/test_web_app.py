"""The web app in a real browser: Playwright driving Debian's chromium (/usr/bin/chromium).

A `sitrep serve` application runs in a thread on a free 127.0.0.1 port over a database of
known events; the tests load the app, read the map and the list, filter by type and by the
timeline brush, open an event and check the highlighted evidence, and save a screenshot of
each page under test-output/screenshots/ (checked not to be blank).
"""

from __future__ import annotations

import base64
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium "
                "(scripts/setup_web.sh installs it)", allow_module_level=True)
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need the `playwright` Python package (dev extra)")

import uvicorn  # noqa: E402

from sitrep.api import testdata  # noqa: E402
from sitrep.api.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "web.db"
    testdata.build(str(db))
    app = create_app(str(db))
    assert not app.state.missing_assets, (
        f"web assets missing {app.state.missing_assets}: run scripts/setup_web.sh (make setup)")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(base_url: str) -> Iterator[object]:
    # Depends on base_url so that the browser (and its keep-alive connections) closes before
    # the server shuts down.
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url: str):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # Nothing may be fetched from anywhere but the app itself (no CDN, no tiles by default).
    outside: list[str] = []
    pg.on("request", lambda req: None if req.url.startswith((base_url, "data:"))
          else outside.append(req.url))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests outside the app: {outside}"


def wait_ready(pg) -> None:
    pg.wait_for_function("document.body.dataset.ready === '1'", timeout=10_000)


def list_locations(pg) -> list[str]:
    return pg.locator("#event-list li .where").all_inner_texts()


def marker_count(pg) -> int:
    return pg.locator("path.event-marker").count()


def screenshot(pg, name: str, full_page: bool = False) -> Path:
    """Save a screenshot and check it is not blank (many distinct colours when decoded)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    data = pg.screenshot(path=str(path), full_page=full_page)
    url = "data:image/png;base64," + base64.b64encode(data).decode()
    colours = pg.evaluate("""async (url) => {
        const img = new Image(); img.src = url; await img.decode();
        const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
        const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i+1] << 8) | d[i+2]);
        return seen.size;
    }""", url)
    assert colours > 50, f"{name} looks blank ({colours} colours)"
    assert path.stat().st_size > 20_000
    return path


def test_map_list_and_type_filter(page, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_ready(page)
    page.wait_for_function("document.body.dataset.mapMarkers !== undefined")
    assert sorted(list_locations(page)) == ["Garissa, Kenya", "Kafr Nabl, Idlib, Syria",
                                            "Mandera, Kenya", "Nairobi, Kenya"]
    assert marker_count(page) == 3  # Garissa has no coordinates: listed, not mapped
    assert page.locator("#list-count").inner_text() == "4 events"
    # Country outlines drawn from the bundled Natural Earth data.
    assert page.locator(".leaflet-overlay-pane path:not(.event-marker)").count() > 100
    assert page.locator("#timeline rect.bar").count() >= 10
    screenshot(page, "events.png")

    page.select_option("#f-type", "Protests")
    page.wait_for_function("document.querySelectorAll('#event-list li').length === 1")
    assert list_locations(page) == ["Nairobi, Kenya"]
    page.wait_for_function("document.querySelectorAll('path.event-marker').length === 1")
    screenshot(page, "events-filter-type.png")

    page.select_option("#f-type", "")
    # Wait for the unfiltered list first: the Protests result also has one row.
    page.wait_for_function("document.querySelectorAll('#event-list li').length === 4")
    page.fill("#f-q", "weapons")
    page.wait_for_function(
        "[...document.querySelectorAll('#event-list li .where')].map(e => e.innerText)"
        ".join('|') === 'Garissa, Kenya'")
    assert list_locations(page) == ["Garissa, Kenya"]


def test_timeline_brush_filters_map_and_list(page, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_ready(page)
    page.wait_for_function("document.querySelectorAll('path.event-marker').length === 3")
    # The week of the Kafr Nabl strike: the second non-empty bar.
    bars = [b for b in page.locator("#timeline rect.bar").all()
            if float(b.get_attribute("height")) > 0]
    box = bars[1].bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, y, steps=4)
    page.mouse.move(box["x"] + box["width"] - 1, y, steps=4)
    page.mouse.up()
    page.wait_for_function("document.querySelectorAll('#event-list li').length === 1")
    assert list_locations(page) == ["Kafr Nabl, Idlib, Syria"]
    page.wait_for_function("document.querySelectorAll('path.event-marker').length === 1")
    assert page.locator("#f-dates-text").inner_text() == "2024-03-04 to 2024-03-10"
    screenshot(page, "events-brushed.png")
    page.click("#f-dates-clear")
    page.wait_for_function("document.querySelectorAll('#event-list li').length === 4")


def test_event_page_reports_side_by_side(page, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_ready(page)
    page.locator("#event-list li", has_text="Kafr Nabl").locator("a").click()
    page.wait_for_function("document.querySelectorAll('#reports article.report').length === 2")
    wait_ready(page)
    assert page.locator("#event-grade").inner_text() == "fair"
    assert "fatalities" in page.locator("#contradictions").inner_text()
    reports = page.locator("#reports article.report")
    by_doc = {reports.nth(i).get_attribute("data-doc-id"): reports.nth(i)
              for i in range(reports.count())}
    assert set(by_doc) == set(testdata.KAFR_NABL_DOCS)
    ledger = by_doc["ledger-kafr-nabl"].locator("mark.val").all_inner_texts()
    wire = by_doc["coastwire-kafr-nabl"].locator("mark.val").all_inner_texts()
    assert {"six civilians", "Kafr Nabl", "on Monday"} <= set(ledger)
    assert {"nine people", "Kafr Nabl", "struck"} <= set(wire)
    # The sentence around each value is highlighted too.
    assert by_doc["ledger-kafr-nabl"].locator("mark.sent").count() > 0
    # Side by side: the two reports sit in one row.
    b1 = reports.nth(0).bounding_box()
    b2 = reports.nth(1).bounding_box()
    assert abs(b1["y"] - b2["y"]) < 2 and b2["x"] > b1["x"] + b1["width"] - 1
    page.set_viewport_size({"width": 1400, "height": 1300})
    screenshot(page, "event.png")


def test_sources_page(page, base_url: str) -> None:
    page.goto(base_url + "/#/sources")
    wait_ready(page)
    page.wait_for_selector("#vocabulary")
    outlets = page.locator("#outlets tbody tr").all_inner_texts()
    assert len(outlets) == 3 and any("Coast Wire" in o and "SANA" in o for o in outlets)
    vocab = page.locator("#vocabulary").inner_text()
    assert "terrorists" in vocab and "rebels" in vocab and "regime" in vocab
    assert "Syrian Observatory for Human Rights" in page.locator("#citations").inner_text()
    screenshot(page, "sources.png")


def test_unknown_event_shows_an_error(page, base_url: str) -> None:
    page.goto(base_url + "/#/event/EV-nothing")
    wait_ready(page)
    assert "no event" in page.locator("#view-event .error").inner_text()
