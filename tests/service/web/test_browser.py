"""Reviewing in a real browser: Debian's chromium driven by Python playwright.

One real ``python -m service serve`` on a free loopback port, on the tiny
models, is shared by the tests of this module; each test gets a fresh
browser context. The browser runs with the service's own
Content-Security-Policy, so a page that needed an inline script or style
would log a CSP violation, which the tests count as a console error.

Artifacts: ``test-artifacts/review-page.png`` (a 1400x1000 viewport screenshot
of the review page) on every run; ``docs/review-page.png`` (shown in the README)
only when it is missing or ``TQC_UPDATE_DOCS_SCREENSHOT=1``, so a test run
does not rewrite a tracked file.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.conftest import ROOT, SEEDS
from tests.service.conftest import start_server

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("TQC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
DOCS_SCREENSHOT = ROOT / "docs" / "review-page.png"
SEED = SEEDS[3]
XSS = ["<script>alert('title')</script>", "<img src=x onerror=alert('img')>",
       "\"><svg onload=alert('svg')>", "javascript:alert('href')"]
TIMEOUT_MS = 15_000
FIRST_SCREEN = {"width": 1400, "height": 1000}


@pytest.fixture(scope="module")
def env(tiny_models, tmp_path_factory) -> dict[str, str]:
    fr_en, en_fr = tiny_models
    folder = tmp_path_factory.mktemp("browser")
    env = dict(os.environ)
    for name in ("TQC_API_TOKEN", "TQC_SECRET_KEY", "TQC_BACKTRANSLATION", "TQC_QUEUE_SIZE",
                 "TQC_WORKERS", "TQC_GLOSSARY"):
        env.pop(name, None)
    env.update(TQC_MODEL_FR_EN=str(fr_en), TQC_MODEL_EN_FR=str(en_fr),
               TQC_DB=str(folder / "tqc.sqlite3"), PYTHONPATH=str(ROOT))
    return env


@pytest.fixture(scope="module")
def server(env, tmp_path_factory):
    log = tmp_path_factory.mktemp("browser-log") / "server.log"
    running = start_server(env, log)
    yield running
    if running.process.poll() is None:
        running.process.send_signal(signal.SIGTERM)
        try:
            running.process.wait(30)
        except subprocess.TimeoutExpired:
            running.process.kill()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: pip install -r requirements-dev.txt")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (scripts/setup.sh) "
                    "or set TQC_CHROMIUM")
    home = tmp_path_factory.mktemp("chromium-home")
    launch_env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"),
                  "XDG_CACHE_HOME": str(home / "cache")}
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                     headless=True, env=launch_env)
        yield chromium
        chromium.close()


class Watched:
    """A page with every dialog, console error and uncaught exception recorded."""

    def __init__(self, page):
        self.page, self.dialogs, self.errors = page, [], []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.set_default_timeout(TIMEOUT_MS)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    watched = Watched(context.new_page())
    yield watched
    context.close()


def post_text(server, text: str, query: str = "") -> dict:
    response = requests.post(f"{server.url}/api/v1/reports{query}", data=text.encode("utf-8"),
                             headers={"Content-Type": "text/plain; charset=utf-8"}, timeout=120)
    assert response.status_code == 201, response.text
    return response.json()


def current(page):
    return page.locator(".sentence.is-current")


def target_of(page) -> tuple[str, str]:
    """(code, sentence text) of the flag that c/d act on now."""
    row = page.locator(".sentence.is-current .finding.is-target")
    return row.get_attribute("data-code"), current(page).locator(".side p[lang=fr]").first.inner_text()


def test_a_reviewer_walks_the_flags_with_the_keyboard_and_the_verdicts_stay(
        server, page, env, tmp_path):
    from playwright.sync_api import expect

    report = post_text(server, SEED.read_text("utf-8"))
    sentences = report["articles"][0]["sentences"]
    texts = {s["index"]: s["text"] for s in sentences}
    p = page.page
    p.goto(f"{server.url}/reports/{report['report_id']}")
    cards = p.locator(".sentence[data-review]")
    assert cards.count() >= 2

    p.keyboard.press("j")
    expect(cards.nth(0)).to_have_class(re.compile(r"\bis-current\b"))
    expect(cards.nth(0)).to_be_focused()
    p.keyboard.press("j")
    expect(cards.nth(1)).to_have_attribute("aria-current", "true")
    p.keyboard.press("k")
    expect(cards.nth(0)).to_have_attribute("aria-current", "true")
    assert cards.nth(1).get_attribute("aria-current") is None

    # The reviewer's name, entered once for the page (remembered), a note with n,
    # Escape back to the current sentence.
    first = cards.nth(0)
    assert p.locator('[data-role="reviewer"]').count() == 1
    assert p.locator('[data-role="note"]').count() == 1
    p.locator('[data-role="reviewer"]').fill("Ana")
    p.locator('[data-role="reviewer"]').dispatch_event("change")
    p.keyboard.press("Escape")
    expect(first).to_be_focused()
    p.keyboard.press("n")
    expect(p.locator('[data-role="note"]')).to_be_focused()
    p.keyboard.type("Fine, just a quirky round trip: keep the sentence")
    p.keyboard.press("Escape")
    expect(first).to_have_attribute("aria-current", "true")

    dismissed_code, _ = target_of(p)
    dismissed_index = int(first.get_attribute("id").split("-s")[1])
    p.keyboard.press("d")
    dismissed_row = first.locator(f'.finding[data-code="{dismissed_code}"]').first
    expect(dismissed_row).to_have_attribute("data-verdict", "dismissed")
    expect(dismissed_row.locator('[data-role="verdict"]')).to_contain_text("dismissed by Ana")
    expect(p.locator("#review-status")).to_contain_text(f"Dismissed flag {dismissed_code}")

    p.keyboard.press("j")
    second = cards.nth(1)
    expect(second).to_have_attribute("aria-current", "true")
    confirmed_code, _ = target_of(p)
    confirmed_index = int(second.get_attribute("id").split("-s")[1])
    p.keyboard.press("c")
    confirmed_row = second.locator(f'.finding[data-code="{confirmed_code}"]').first
    expect(confirmed_row).to_have_attribute("data-verdict", "confirmed")
    expect(confirmed_row.locator('[data-role="verdict"]')).to_contain_text("confirmed by Ana")
    expect(p.locator('[data-role="note"]')).to_have_value("")  # the note went with one verdict

    p.reload()
    expect(p.locator('[data-role="reviewer"]')).to_have_value("Ana")  # remembered
    first, second = cards.nth(0), cards.nth(1)
    expect(first.locator(f'.finding[data-code="{dismissed_code}"]').first).to_have_attribute(
        "data-verdict", "dismissed")
    verdict = first.locator(f'.finding[data-code="{dismissed_code}"] [data-role="verdict"]').first
    expect(verdict).to_contain_text("dismissed by Ana")
    expect(verdict).to_contain_text("Fine, just a quirky round trip: keep the sentence")
    expect(second.locator(f'.finding[data-code="{confirmed_code}"]').first).to_have_attribute(
        "data-verdict", "confirmed")
    stored = requests.get(f"{server.url}/api/v1/reports/{report['report_id']}", timeout=10).json()
    reviews = {s["index"]: s["reviews"] for s in stored["articles"][0]["sentences"]}
    assert [(r["verdict"], r["code"], r["reviewer"]) for r in reviews[dismissed_index]] == [
        ("dismissed", dismissed_code, "Ana")]
    assert [(r["verdict"], r["code"]) for r in reviews[confirmed_index]] == [
        ("confirmed", confirmed_code)]

    # The screenshot of the review page at 1400x1000: the first sentence current, a
    # highlight focused.
    p.set_viewport_size(FIRST_SCREEN)
    p.keyboard.press("j")
    mark = first.locator("mark").first
    if mark.count():
        mark.focus()
    p.evaluate("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    p.screenshot(path=str(ARTIFACTS / "review-page.png"))
    if not DOCS_SCREENSHOT.exists() or os.environ.get("TQC_UPDATE_DOCS_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(ARTIFACTS / "review-page.png", DOCS_SCREENSHOT)

    # An audit of the same article no longer raises the dismissed flag, and says so.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(SEED, corpus / SEED.name)
    result = subprocess.run([sys.executable, "-m", "service", "audit", str(corpus), "--json"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    summary = json.loads(result.stdout)
    assert summary["suppressed"] >= 1
    audit = requests.get(f"{server.url}/api/v1/reports/audit-{summary['run_id']}",
                         timeout=30).json()
    by_text = {s["text"]: s for a in audit["articles"] for s in a["sentences"]}
    assert dismissed_code not in {f["code"] for f in by_text[texts[dismissed_index]]["findings"]}
    kept = [f for f in by_text[texts[confirmed_index]]["findings"] if f["code"] == confirmed_code]
    assert kept and kept[0]["verdict"] == "confirmed"  # the verdict follows the sentence
    assert audit["summary"]["suppressed"] == summary["suppressed"]

    p.goto(f"{server.url}/reports/audit-{summary['run_id']}")
    expect(p.locator(".suppressed")).to_contain_text(
        re.compile(rf"\b{summary['suppressed']} flags? dismissed"))
    expect(p.locator(f'.finding[data-code="{confirmed_code}"][data-verdict="confirmed"]'
                     ).first.locator('[data-role="verdict"]')).to_contain_text("on report")
    assert page.dialogs == [] and page.errors == []


def test_article_text_runs_no_script_anywhere_on_the_review_pages(server, page):
    from playwright.sync_api import expect

    body = {"id": XSS[2], "title": XSS[0],
            "text": "".join(f"Le ministre a écrit {x} hier soir, et le pays hôte souhaitaient {x}.\n"
                            for x in XSS)}
    response = requests.post(f"{server.url}/api/v1/reports?backtranslation=off", json=body,
                             timeout=60)
    assert response.status_code == 201, response.text
    report = response.json()
    p = page.page
    p.goto(f"{server.url}/reports/{report['report_id']}")
    expect(p.locator("#a0-title")).to_have_text(XSS[0])  # shown as text, not run
    for mark in p.locator("mark").all()[:4]:
        mark.hover()
        mark.focus()
    p.keyboard.press("j")
    p.keyboard.press("?")
    expect(p.locator("#keys-help")).to_be_visible()
    p.keyboard.press("Escape")
    expect(p.locator("#keys-help")).to_be_hidden()
    assert p.locator(".sentence[data-review]").count() >= 1
    p.keyboard.press("n")
    p.keyboard.type(XSS[1])
    p.keyboard.press("Escape")
    p.keyboard.press("d")
    expect(p.locator(".sentence.is-current .verdict-line q").first).to_have_text(XSS[1])
    for url in (f"/reports/{report['report_id']}", "/review-queue?state=all",
                f"/review-queue?article={requests.utils.quote(XSS[2])}&state=all",
                "/checks/precision", "/"):
        p.goto(server.url + url)
        p.wait_for_load_state("load")
        assert p.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.dialogs == [], page.dialogs
    assert page.errors == [], page.errors


def test_everything_works_with_the_mouse_and_is_labelled(server, page):
    from playwright.sync_api import expect

    report = post_text(server, "Le sommet\n\nLe pays hôte souhaitaient tous la paix. "
                               "Les ministres ont parlé de la guerre en Ukraine.\n",
                       "?backtranslation=off")
    p = page.page
    p.goto(f"{server.url}/review-queue?report={report['report_id']}")
    card = p.locator(".sentence[data-review]").first
    row = card.locator(".finding[data-flag]").first
    row.get_by_role("button", name="Dismiss").click()
    expect(row).to_have_attribute("data-verdict", "dismissed")
    expect(card).to_have_attribute("data-state", "dismissed")
    card.get_by_role("button", name="Confirm all flags").click()
    expect(row).to_have_attribute("data-verdict", "confirmed")
    expect(card.locator('[data-role="history-count"]')).to_have_text("2")

    # the keys do nothing while typing, and the highlight explains itself on focus
    p.locator('[data-role="note"]').fill("")
    p.locator('[data-role="note"]').press("j")
    expect(p.locator('[data-role="note"]')).to_have_value("j")
    mark = card.locator("mark").first
    mark.focus()
    tip = mark.evaluate("el => getComputedStyle(el, '::after').content")
    assert mark.get_attribute("data-tip") in tip
    p.get_by_role("button", name="All keys").click()
    expect(p.get_by_role("dialog")).to_be_visible()
    p.get_by_role("button", name="Close").click()
    expect(p.get_by_role("dialog")).to_be_hidden()

    unlabelled = p.evaluate("""() => [...document.querySelectorAll(
        'input:not([type=hidden]), textarea, select')].filter(el => !el.labels.length)
        .map(el => el.outerHTML)""")
    assert unlabelled == []
    nameless = p.evaluate("""() => [...document.querySelectorAll('button')]
        .filter(b => !b.hidden && !b.textContent.trim()).map(b => b.outerHTML)""")
    assert nameless == []
    p.goto(f"{server.url}/checks/precision")
    expect(p.get_by_role("table")).to_contain_text("TQ101")
    assert page.dialogs == [] and page.errors == []


def flagged_on_first_screen(p) -> int:
    """Flagged sentences wholly inside the viewport, before any scrolling."""
    return p.evaluate("""() => [...document.querySelectorAll('.sentence.flagged')].filter(el => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight; }).length""")


def test_four_flagged_sentences_fit_the_first_screen_and_nothing_scrolls_sideways(
        server, browser):
    # a seed no other test reviews: verdicts follow the sentence text across reports
    report = post_text(server, SEEDS[2].read_text("utf-8"))
    context = browser.new_context(viewport=FIRST_SCREEN)
    try:
        p = Watched(context.new_page()).page
        for url in (f"/reports/{report['report_id']}",
                    f"/review-queue?report={report['report_id']}"):
            p.goto(server.url + url)
            assert flagged_on_first_screen(p) >= 4, url
            assert p.evaluate("document.documentElement.scrollWidth") <= FIRST_SCREEN["width"]
        # the unflagged sentences are folded, still in reading order, and open on demand
        p.goto(f"{server.url}/reports/{report['report_id']}")
        folded = p.locator("details.unflagged")
        if folded.count():
            assert not folded.first.locator(".sentence").first.is_visible()
            folded.first.locator(":scope > summary").click()
            assert folded.first.locator(".sentence").first.is_visible()
        footer = p.locator("footer.calibration")
        assert footer.locator("table.models").count() == 1
        assert "engine" not in footer.inner_text().split("Settings")[-1].lower()  # parsed out
        assert "torch" in footer.inner_text()
    finally:
        context.close()


def test_without_javascript_the_page_form_carries_the_reviewer_to_each_verdict(server, browser):
    from playwright.sync_api import expect

    report = post_text(server, "Le sommet\n\nLe pays hôte souhaitaient tous la paix.\n",
                       "?backtranslation=off")
    context = browser.new_context(java_script_enabled=False, viewport=FIRST_SCREEN)
    try:
        p = context.new_page()
        p.goto(f"{server.url}/reports/{report['report_id']}")
        p.locator("#review-reviewer").fill("Zoé")
        p.locator("#review-reviewer").press("Enter")  # no verdict is given by Enter
        assert requests.get(f"{server.url}/api/v1/reports/{report['report_id']}",
                            timeout=10).json()["summary"]["reviews"] == 0
        p.locator("#review-note").fill("sans script")
        row = p.locator(".finding[data-flag]").first
        code = row.get_attribute("data-code")
        row.get_by_role("button", name="Dismiss").click()
        p.wait_for_load_state("load")
        assert p.url.split("#")[0] == f"{server.url}/reports/{report['report_id']}"
        done = p.locator(f'.finding[data-code="{code}"]').first
        expect(done).to_have_attribute("data-verdict", "dismissed")
        expect(done.locator('[data-role="verdict"]')).to_contain_text("dismissed by Zoé")
        expect(done.locator('[data-role="verdict"]')).to_contain_text("sans script")
    finally:
        context.close()


def test_static_audit_pages_wrap_long_text_at_1000_px(browser, tmp_path):
    from service.audit.html import write_html
    from tests.service.audit.test_html import make_result

    index = write_html(make_result(), [], tmp_path, base_url="https://tqc.example.org")
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        p = Watched(context.new_page()).page
        for page_path in [index, *sorted((tmp_path / "articles").glob("*.html"))]:
            p.goto(page_path.as_uri())
            assert p.evaluate("document.documentElement.scrollWidth") <= 1000, page_path.name
            assert p.locator(".snapshot").is_visible()
    finally:
        context.close()


def test_a_french_browser_gets_french_buttons_and_the_keyboard_still_works(server, browser):
    from playwright.sync_api import expect

    report = post_text(server, "La réunion\n\nLes négociateurs étrangers était fatigués "
                               "après la nuit de discussions.\n", "?backtranslation=off")
    context = browser.new_context(locale="fr-FR", viewport=FIRST_SCREEN)
    try:
        watched = Watched(context.new_page())
        p = watched.page
        p.goto(f"{server.url}/reports/{report['report_id']}")
        assert p.locator("html").get_attribute("lang") == "fr"
        card = p.locator(".sentence[data-review]").first
        row = card.locator(".finding[data-flag]").first
        expect(row.get_by_role("button", name=re.compile(r"^Confirmer\b"))).to_be_visible()
        expect(row.get_by_role("button", name=re.compile(r"^Écarter\b"))).to_be_visible()
        expect(p.locator(".keys-line")).to_contain_text("Touches")
        code = row.get_attribute("data-code")
        p.keyboard.press("j")
        expect(card).to_have_attribute("aria-current", "true")
        p.keyboard.press("c")
        expect(row).to_have_attribute("data-verdict", "confirmed")
        expect(row.locator('[data-role="verdict"]')).to_contain_text("confirmé par anonyme,")
        expect(p.locator("#review-status")).to_contain_text(
            f"Signalement {code} de la phrase #")
        expect(card.locator('[data-role="state"]')).to_have_text("relecture\u202f: confirmé")
        p.keyboard.press("?")
        expect(p.get_by_role("dialog")).to_contain_text("Raccourcis clavier")
        assert watched.dialogs == [] and watched.errors == []
    finally:
        context.close()
