"""Public-site quality, measured the way a citizen's browser meets the site:
every public page type (core and plugins), in Lao and English, at a phone's
and a desktop's width, has no axe-core violation of WCAG 2.1 A/AA, is valid
HTML by the Nu HTML Checker, lays out at 320 px without sideways scrolling,
and the home page stays inside its weight budget on a slow, costly link.

The checkers come from the npm registry (tests/browser/tools.py). One survey
of all pages runs per module; the tests below read from it, so a failure
names every page and rule at once."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.browser import tools
from tests.conftest import make_app, skip_or_fail

pytestmark = pytest.mark.browser

LANGS = ("lo", "en")
PHONE, DESKTOP, NARROWEST = 360, 1280, 320
# WCAG 2.1 A and AA, and the best practices behind landmarks, heading order,
# one h1 and skip links, which WCAG leaves to judgement.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FIRST_VISIT_BUDGET = 150 * 1024
REPEAT_VISIT_BUDGET = 30 * 1024

# Page types and their address in each language; {news}, {document} and
# {service} are filled in from the demo content once the server runs.
PAGE_TYPES = {
    "home": {"lo": "/lo/", "en": "/en/"},
    "section": {"lo": "/lo/ກ່ຽວກັບພວກເຮົາ", "en": "/en/about"},
    "content page": {"lo": "/lo/ກ່ຽວກັບພວກເຮົາ/ປະຫວັດຄວາມເປັນມາ", "en": "/en/about/history"},
    "contact page": {"lo": "/lo/ຕິດຕໍ່ພວກເຮົາ", "en": "/en/contact"},
    "accessibility statement": {"lo": "/lo/ການເຂົ້າເຖິງ", "en": "/en/accessibility"},
    "sitemap page": {"lo": "/lo/ແຜນຜັງເວັບໄຊ", "en": "/en/sitemap"},
    "search results": {"lo": "/lo/search?q=ກະຊວງ", "en": "/en/search?q=ministry"},
    "search with no result": {"lo": "/lo/search?q=ຊຊຊຊຊຊ", "en": "/en/search?q=zzqqxx"},
    "not found": {"lo": "/lo/ບໍ່ມີໜ້ານີ້", "en": "/en/no-such-page"},
    "news list": {"lo": "/lo/news/", "en": "/en/news/"},
    "news category": {"lo": "/lo/news/category/announcement/", "en": "/en/news/category/announcement/"},
    "news article": {"lo": "{news_lo}", "en": "{news_en}"},
    "documents list": {"lo": "/lo/documents/", "en": "/en/documents/"},
    "documents filtered": {"lo": "/lo/documents/?type=law&sort=title", "en": "/en/documents/?type=law&sort=title"},
    "document": {"lo": "{document_lo}", "en": "{document_en}"},
    "e-services": {"lo": "/lo/services/", "en": "/en/services/"},
    "e-service": {"lo": "{service_lo}", "en": "{service_en}"},
    "feedback form": {"lo": "/lo/feedback/", "en": "/en/feedback/"},
    "admin login": {"lo": "/admin/login", "en": "/admin/login"},
}
# Pages whose state after a bad submission matters: the errors tied to fields.
SUBMIT_EMPTY = {"feedback form": "form.feedback-form button[type=submit]",
                "admin login": "main form button[type=submit]"}


@pytest.fixture(scope="module")
def quality_server(tmp_path_factory, migrated_sqlite):
    """gweb with every plugin switched on, the standard site, the demo content
    and a notice banner, served by waitress on a free port."""
    import waitress

    from gweb.demo.services import load_demo
    from gweb.extensions import db
    from gweb.schema import upgrade_all
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    folder = tmp_path_factory.mktemp("quality")
    path = folder / "gweb.sqlite"
    shutil.copy(migrated_sqlite, path)
    app = make_app(folder, f"sqlite:///{path}", PLUGINS_ENABLED="*")
    with app.app_context():
        upgrade_all(app)
        site = create_site("ministry.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Tests"})
        build_standard_site(site)
        load_demo(site)
        from plugins.notice.services import save_banner

        save_banner(site.id, {"text_lo": "ຫ້ອງການປິດໃນວັນພັກລັດຖະການ.",
                              "text_en": "The office is closed on public holidays.",
                              "level": "info", "link_url": "/lo/"})
        db.session.remove()
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, name="gweb-quality-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        server.close()
        server.task_dispatcher.shutdown(timeout=5)
        thread.join(timeout=5)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def first_link(base: str, path: str, pattern: str) -> str:
    """The first href on the page at `path` that matches `pattern`."""
    with urllib.request.urlopen(base + quote(path)) as response:
        html = response.read().decode()
    match = re.search(rf'href="({pattern})"', html)
    assert match, f"no link like {pattern} on {path}"
    return match.group(1)


def page_addresses(base: str) -> dict[str, dict[str, str]]:
    """PAGE_TYPES with the demo's first news article, document and e-service."""
    items = {}
    for lang in LANGS:
        items[f"news_{lang}"] = first_link(base, f"/{lang}/news/", rf"/{lang}/news/\d+/")
        items[f"document_{lang}"] = first_link(base, f"/{lang}/documents/", rf"/{lang}/documents/\d+[^\"]*")
        items[f"service_{lang}"] = first_link(base, f"/{lang}/services/", rf"/{lang}/services/\d+/")
    return {name: {lang: p.format(**items) for lang, p in paths.items()}
            for name, paths in PAGE_TYPES.items()}


@dataclass
class Survey:
    """What the browser found on every page type."""
    html: dict[str, str] = field(default_factory=dict)          # label -> served HTML
    structured: dict[str, list] = field(default_factory=dict)   # label -> JSON-LD blocks
    violations: list[str] = field(default_factory=list)         # label: rule (nodes)
    console: list[str] = field(default_factory=list)            # CSP and other errors
    overflow: list[str] = field(default_factory=list)           # wider than 320 px
    statuses: dict[str, int] = field(default_factory=dict)


AXE_RUN = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                            resultTypes: ['violations']});
    return result.violations.map(v => ({id: v.id, help: v.help,
        nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
}"""


def run_axe(page, label: str, survey: Survey) -> None:
    for violation in page.evaluate(AXE_RUN, AXE_TAGS):
        survey.violations.append(f"{label}: {violation['id']} ({violation['help']})\n      "
                                 + "\n      ".join(violation["nodes"]))


@pytest.fixture(scope="module")
def survey(browser, quality_server) -> Survey:
    """Visit every page type in both languages: run axe at phone and desktop
    width, keep the served HTML for the Nu checker, measure the width at 320 px."""
    try:
        axe_source = tools.tool_path(tools.AXE)
    except tools.ToolUnavailable as exc:
        skip_or_fail(f"axe-core could not be fetched: {exc}")
    result = Survey()
    addresses = page_addresses(quality_server)
    for lang in LANGS:
        # The admin follows the visitor's chosen language (a cookie before login).
        context = browser.new_context(viewport={"width": PHONE, "height": 800})
        context.add_cookies([{"name": "gweb_ui_lang", "value": lang, "url": quality_server}])
        # Injected by the browser itself, so the site's CSP (no inline
        # script) stays on and is tested along the way.
        context.add_init_script(path=str(axe_source))
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.on("console", lambda msg: msg.type == "error" and result.console.append(
            f"{page.url}: {msg.text}"))
        for name, paths in addresses.items():
            label = f"{name} [{lang}]"
            page.set_viewport_size({"width": PHONE, "height": 800})
            response = page.goto(quality_server + quote(paths[lang], safe="/?=&"))
            result.statuses[label] = response.status
            result.html[label] = response.text()
            run_axe(page, f"{label} {PHONE}px", result)
            page.set_viewport_size({"width": NARROWEST, "height": 800})
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > NARROWEST:
                result.overflow.append(f"{label}: {width}px wide")
            page.set_viewport_size({"width": DESKTOP, "height": 900})
            run_axe(page, f"{label} {DESKTOP}px", result)
            if name in SUBMIT_EMPTY:
                with page.expect_response(lambda r: r.request.method == "POST") as posted:
                    page.click(SUBMIT_EMPTY[name])
                page.wait_for_load_state()
                error_label = f"{name} with errors [{lang}]"
                result.html[error_label] = posted.value.text()
                run_axe(page, f"{error_label} {DESKTOP}px", result)
                page.set_viewport_size({"width": PHONE, "height": 800})
                run_axe(page, f"{error_label} {PHONE}px", result)
            if name == "feedback form":
                # And a message sent properly: the thank-you page with its reference.
                page.goto(quality_server + paths[lang])
                page.check("input[name=topic_id] >> nth=0")
                page.fill("textarea", "ຂໍສອບຖາມກ່ຽວກັບການບໍລິການອອນລາຍ." if lang == "lo"
                          else "A question about the online services.")
                with page.expect_response(lambda r: r.url.endswith("/thanks")) as thanked:
                    page.click(SUBMIT_EMPTY[name])
                page.wait_for_load_state()
                thanks_label = f"feedback thanks [{lang}]"
                result.statuses[thanks_label] = thanked.value.status
                result.html[thanks_label] = thanked.value.text()
                run_axe(page, f"{thanks_label} {DESKTOP}px", result)
        context.close()
    for label, html in result.html.items():
        result.structured[label] = [json.loads(block) for block in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)]
    return result


def test_every_page_type_answers_as_expected(survey):
    wrong = {label: status for label, status in survey.statuses.items()
             if status != (404 if label.startswith("not found") else 200)}
    assert not wrong, wrong


def test_no_public_page_type_has_an_axe_violation_in_either_language_or_width(survey):
    assert not survey.violations, "\n".join(["axe-core found:"] + survey.violations)


def test_home_news_and_documents_describe_themselves_in_json_ld_that_parses(survey):
    types = {label: [block["@type"] for block in blocks] for label, blocks in survey.structured.items()}
    for lang in LANGS:
        assert types[f"home [{lang}]"] == ["GovernmentOrganization", "WebSite"]
        assert types[f"news article [{lang}]"] == ["NewsArticle"]
        assert types[f"document [{lang}]"] == ["Legislation"]
    assert all(block["@context"] == "https://schema.org"
               for blocks in survey.structured.values() for block in blocks)


def test_no_page_makes_the_browser_report_an_error(survey):
    # A blocked script or style (CSP) or a failed load shows up here.
    real = [line for line in survey.console if "404 (NOT FOUND)" not in line.upper()
            and "status of 404" not in line]
    assert not real, "\n".join(real)


def test_every_page_type_fits_a_320_pixel_screen_without_sideways_scrolling(survey):
    assert not survey.overflow, survey.overflow


def test_every_public_page_type_is_valid_html_by_the_nu_checker(survey, tmp_path):
    java = shutil.which("java")
    if not java:
        skip_or_fail("java is missing: the Nu HTML Checker needs it (apt install default-jre-headless)")
    try:
        jar = tools.tool_path(tools.VNU)
    except tools.ToolUnavailable as exc:
        skip_or_fail(f"vnu-jar could not be fetched: {exc}")
    files = {}
    for number, (label, html) in enumerate(sorted(survey.html.items())):
        path = tmp_path / f"page-{number:02d}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = label
    # A page with a known error goes along: the checker must report it, so a
    # clean result means it ran and read every file.
    (tmp_path / "planted.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>'
        "<body><p><div>x</p></body></html>", encoding="utf-8")
    files["planted.html"] = "planted"
    # One JVM for every file, tuned for a short run: Java's start-up is the slow part.
    run = subprocess.run([java, "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                          "-jar", str(jar), "--errors-only", "--format", "json",
                          *[str(tmp_path / name) for name in files]],
                         capture_output=True, text=True, timeout=300)
    report = (run.stderr or run.stdout).strip()
    assert report.startswith("{"), f"the Nu HTML Checker did not report (exit {run.returncode}): {report[:500]}"
    messages = json.loads(report)["messages"]
    errors = {}
    for m in messages:
        if m.get("type") == "error" or m.get("subType") == "fatal":
            label = files.get(m.get("url", "").rsplit("/", 1)[-1], m.get("url"))
            errors.setdefault(label, []).append(
                f"line {m.get('lastLine')}: {m['message']}\n      {m.get('extract', '').strip()}")
    assert "planted" in errors, "the Nu HTML Checker missed a planted error"
    del errors["planted"]
    assert len(files) > 2 * len(PAGE_TYPES)
    assert not errors, "\n".join(["the Nu HTML Checker found:"] + [
        f"{label}: {line}" for label, lines in sorted(errors.items()) for line in lines])


class Transfer:
    """Bytes a page load took off the network, counted by Chromium (headers
    and compressed bodies, as on the wire; a cache hit counts nothing)."""

    def __init__(self, page):
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.total = 0
        self.cdp.on("Network.loadingFinished", self._add)

    def _add(self, event):
        self.total += int(event.get("encodedDataLength", 0))


def test_the_home_page_is_light_on_a_first_and_on_a_repeat_visit(browser, quality_server):
    for lang in LANGS:
        # A new browser profile per language: nothing cached from the other.
        context = browser.new_context(viewport={"width": PHONE, "height": 800})
        page = context.new_page()
        try:
            first_total = visit_weight(page, f"{quality_server}/{lang}/")
            repeat_total = visit_weight(page, f"{quality_server}/{lang}/")
        finally:
            context.close()
        print(f"/{lang}/: first visit {first_total} bytes, repeat visit {repeat_total} bytes")
        assert 0 < first_total < FIRST_VISIT_BUDGET, f"/{lang}/ first visit: {first_total} bytes"
        assert 0 < repeat_total < REPEAT_VISIT_BUDGET, f"/{lang}/ repeat visit: {repeat_total} bytes"


def visit_weight(page, address: str) -> int:
    """Bytes transferred to load `address` and scroll to its end (images
    below the fold load lazily; a visitor who scrolls fetches them)."""
    transfer = Transfer(page)
    page.goto(address, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)
    transfer.cdp.detach()
    return transfer.total


FOCUS_STATE = """() => {
    const el = document.activeElement, style = getComputedStyle(el), box = el.getBoundingClientRect();
    return {tag: el.tagName, id: el.id, text: (el.textContent || '').trim().slice(0, 40),
            href: el.getAttribute('href'), inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
            marked: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
                    || style.boxShadow !== 'none'
                    || style.backgroundColor === getComputedStyle(document.documentElement)
                        .getPropertyValue('--gweb-focus').trim().replace(/^#ffbf47$/i, 'rgb(255, 191, 71)')};
}"""


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_header_works_from_the_keyboard_alone_with_focus_always_visible(browser, quality_server,
                                                                           width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{quality_server}/lo/")
        page.keyboard.press("Tab")
        first = page.evaluate(FOCUS_STATE)
        assert first["href"] == "#main" and first["inView"] and first["marked"], first
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"

        page.goto(f"{quality_server}/lo/")
        seen = []
        for _ in range(40):  # banner link, brand, languages, search, main menu
            page.keyboard.press("Tab")
            state = page.evaluate(FOCUS_STATE)
            assert state["marked"], f"no visible focus on {state}"
            seen.append(state)
            if state["tag"] == "A" and state["href"] == "/en/":
                break
        else:
            pytest.fail(f"the English link was not reached by Tab: {seen}")
        # The language switcher: Enter follows it to the same page in English.
        page.keyboard.press("Enter")
        page.wait_for_url(f"{quality_server}/en/")
        assert page.evaluate("document.documentElement.lang") == "en"
        for _ in range(40):
            page.keyboard.press("Tab")
            state = page.evaluate(FOCUS_STATE)
            assert state["marked"], f"no visible focus on {state}"
            if state["tag"] == "A" and (state["href"] or "").startswith("/en/news"):
                break
        else:
            pytest.fail("the main menu's News link was not reached by Tab")
    finally:
        context.close()


def test_a_printed_page_keeps_the_content_and_drops_the_navigation(browser, quality_server):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{quality_server}/en/about/history")
        page.emulate_media(media="print")
        shown = page.evaluate("""() => Object.fromEntries(
            ['.main-nav', '.language-switcher', '.site-search', '.skip-link', '.breadcrumbs', 'main h1', '.site-brand__name']
            .map(s => [s, !!document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none']))""")
        pdf = page.pdf(format="A4")
    finally:
        context.close()
    assert shown == {".main-nav": False, ".language-switcher": False, ".site-search": False,
                     ".skip-link": False, ".breadcrumbs": False, "main h1": True,
                     ".site-brand__name": True}
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("path, controls", [
    ("/en/documents/", [".doc-filters"]),
    ("/en/news/", [".news-categories", ".news-feed-link"]),
    ("/en/services/", [".eservices-filter"]),
])
def test_printed_plugin_lists_keep_the_items_and_drop_their_controls(browser, quality_server,
                                                                    path, controls):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(quality_server + path)
        page.emulate_media(media="print")
        hidden = page.evaluate("""(selectors) => selectors.map(s => {
            const el = document.querySelector(s); return !!el && getComputedStyle(el).display === 'none'; })""",
                               controls)
        heading = page.evaluate("getComputedStyle(document.querySelector('main h1')).display")
    finally:
        context.close()
    assert hidden == [True] * len(controls) and heading != "none"


def test_the_site_can_be_read_navigated_and_searched_without_javascript(browser, quality_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": PHONE, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{quality_server}/lo/")
        page.click(".main-nav a[href^='/lo/news']")
        page.wait_for_url(re.compile(r".*/lo/news/?$"))
        # Each click loads a page: asked before it has loaded, the document
        # may not be there yet.
        with page.expect_navigation():
            page.click(".news-teaser__title a >> nth=0")
        assert re.search(r"/lo/news/\d+/$", page.url)
        assert page.locator("main h1").inner_text()
        with page.expect_navigation():
            page.click(".language-switcher a[lang=en]")
        assert page.evaluate("document.documentElement.lang") == "en"
        page.fill("#site-search-q", "ministry")
        page.press("#site-search-q", "Enter")
        page.wait_for_load_state()
        assert "/en/search?q=ministry" in page.url
        assert page.locator(".search-results li").count() > 0
    finally:
        context.close()
