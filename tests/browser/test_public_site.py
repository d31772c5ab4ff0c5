"""The public site as a visitor's browser gets it: Debian's Chromium driving a
real gweb (waitress, SQLite, the standard site with the demo content)."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser

HOME_LO, HOME_EN = "/lo/", "/en/"
HISTORY_LO = "/lo/ກ່ຽວກັບພວກເຮົາ/ປະຫວັດຄວາມເປັນມາ"
HISTORY_EN = "/en/about/history"
SITEMAP_LO = "/lo/ແຜນຜັງເວັບໄຊ"
CONTACT_LO = "/lo/ຕິດຕໍ່ພວກເຮົາ"
MISSING_LO = "/lo/ບໍ່ມີ"
MISSING_EN = "/en/no-such-page"
LAO_FONT = "fonts/noto-sans-lao/noto-sans-lao-lao-400-normal.woff2"

FONTS_READY = "async () => { await document.fonts.ready; return true; }"


@pytest.fixture
def open_page(browser, live_server):
    """open_page(path, **context_options) -> a Playwright page at `path` of the
    live server, in a fresh browser context; every request any of them makes
    is in `open_page.requests`."""
    contexts = []
    requests: list[str] = []

    def _open(path: str, **options):
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("request", lambda request: requests.append(request.url))
        response = page.goto(url(live_server, path))
        page.last_status = response.status if response else None
        return page

    _open.requests = requests
    yield _open
    for context in contexts:
        context.close()


def url(live_server, path: str) -> str:
    return live_server.url + quote(path, safe="/#?=&")


def path_of(page) -> str:
    return unquote(urlsplit(page.url).path)


def wait_for_fonts(page) -> None:
    page.evaluate(FONTS_READY)


def test_the_lao_home_page_renders_its_lao_text_in_the_shipped_noto_sans_lao(open_page, live_server):
    page = open_page(HOME_LO)
    wait_for_fonts(page)
    font_requests = [r for r in open_page.requests if r.endswith(".woff2")]

    assert page.evaluate("""async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Sans Lao"', 'ກະຊວງ');
    }""")
    # check() is also true when no face matches at all, so ask which faces loaded.
    loaded = page.evaluate("""() => [...document.fonts]
        .filter(f => f.status === 'loaded')
        .map(f => f.family.replace(/"/g, '') + ' ' + f.unicodeRange)""")
    assert any(f.startswith("Noto Sans Lao") and "E81" in f.upper() for f in loaded), loaded
    assert f"{live_server.url}/static/{LAO_FONT}" in font_requests, font_requests
    assert all(r.startswith(live_server.url + "/") for r in font_requests), font_requests

    # And the glyphs Chromium actually drew for the site's Lao name came from that web font.
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    name = cdp.send("DOM.querySelector", {"nodeId": root, "selector": ".site-brand__name"})["nodeId"]
    assert "ກະຊວງ" in page.locator(".site-brand__name").inner_text()
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": name})["fonts"]
    assert fonts, "Chromium reports no font for the site name"
    main_font = max(fonts, key=lambda f: f["glyphCount"])
    assert main_font["familyName"] == "Noto Sans Lao" and main_font["isCustomFont"], fonts


def test_choosing_english_in_the_language_switcher_lands_on_the_same_page_in_english(open_page):
    page = open_page(HISTORY_LO)
    assert page.locator("html").get_attribute("lang") == "lo"
    page.locator("nav.language-switcher a[hreflang=en]").click()
    page.wait_for_url(lambda u: urlsplit(u).path == HISTORY_EN)
    assert path_of(page) == HISTORY_EN
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main h1").inner_text() == "History"


def test_at_320_pixels_wide_no_page_scrolls_sideways(open_page):
    paths = [HOME_LO, HOME_EN, HISTORY_LO, SITEMAP_LO, CONTACT_LO, MISSING_LO]
    page = open_page(HOME_LO, viewport={"width": 320, "height": 640})
    too_wide = {}
    for path in paths:
        page.goto(url_of(page, path))
        wait_for_fonts(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    assert not too_wide, f"pages wider than 320 px: {too_wide}"


def url_of(page, path: str) -> str:
    """`path` on the same server as `page`."""
    parts = urlsplit(page.url)
    return f"{parts.scheme}://{parts.netloc}" + quote(path, safe="/#?=&")


def test_no_request_goes_to_any_host_but_the_site_itself(open_page, live_server):
    page = open_page("/")
    wait_for_fonts(page)
    for path in (HOME_EN, HISTORY_LO, HISTORY_EN, SITEMAP_LO, "/en/sitemap", CONTACT_LO,
                 "/en/contact", "/lo/news", MISSING_EN, "/en/about/structure"):
        page.goto(url(live_server, path))
        wait_for_fonts(page)
    # and a page of the demo's own content, reached the way a visitor would
    page.locator("main .child-pages a").first.click()
    page.wait_for_url(lambda u: urlsplit(u).path.startswith("/en/about/structure/"))
    wait_for_fonts(page)
    elsewhere = [r for r in open_page.requests
                 if not r.startswith(live_server.url + "/") and not r.startswith("data:")]
    assert len(open_page.requests) > 20, open_page.requests
    assert not elsewhere, f"requests to other hosts: {elsewhere}"


def test_the_site_works_without_javascript(open_page):
    page = open_page(HOME_LO, java_script_enabled=False)
    menu = page.locator("nav.main-nav a")
    assert menu.count() >= 6
    about = page.locator("nav.main-nav a", has_text="ກ່ຽວກັບພວກເຮົາ")
    about.click()
    page.wait_for_url(lambda u: unquote(urlsplit(u).path) == "/lo/ກ່ຽວກັບພວກເຮົາ")
    assert page.locator("main h1").inner_text() == "ກ່ຽວກັບພວກເຮົາ"

    page.locator("nav.language-switcher a[hreflang=en]").click()
    page.wait_for_url(lambda u: urlsplit(u).path == "/en/about")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main h1").inner_text() == "About us"


def test_the_skip_link_is_the_first_stop_of_tab_and_moves_focus_to_the_main_content(open_page):
    page = open_page(HOME_LO)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    skip = page.locator("a.skip-link")
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["width"] > 0, f"the focused skip link is off screen: {box}"
    assert skip.inner_text() == "ຂ້າມໄປຫາເນື້ອໃນຫຼັກ"  # "Skip to main content"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues from the main content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_a_missing_english_translation_shows_the_lao_text_with_a_visible_note(open_page, live_server):
    from gweb.pages import editorial
    from gweb.pages import services as pages
    from gweb.sites.services import find_site

    title = "ໜ້າທີ່ມີແຕ່ພາສາລາວ"
    body = "ເນື້ອໃນນີ້ມີແຕ່ພາສາລາວເທົ່ານັ້ນ."
    with live_server.app.app_context():
        site = find_site("ministry.test")
        if editorial.page_by_key(site.id, "lao-only") is None:
            pages.create_page(site, editorial.page_by_key(site.id, "about"),
                              {"lo": {"title": title, "slug": "ມີແຕ່ລາວ", "body": f"<p>{body}</p>"}},
                              key="lao-only", publish=True)

    page = open_page("/en/about")
    page.locator("main a", has_text=title).click()
    page.wait_for_url(lambda u: unquote(urlsplit(u).path) == "/en/ກ່ຽວກັບພວກເຮົາ/ມີແຕ່ລາວ")
    assert page.locator("html").get_attribute("lang") == "en"
    note = page.locator(".notice--fallback")
    assert note.is_visible()
    assert note.inner_text() == "This page is not available in English yet; it is shown in Lao."
    article = page.locator("article.page")
    assert article.get_attribute("lang") == "lo"
    assert article.locator("h1").inner_text() == title
    assert body in article.inner_text()


def test_the_not_found_page_speaks_the_language_of_the_address(open_page):
    english = open_page(MISSING_EN)
    assert english.last_status == 404
    assert english.locator("html").get_attribute("lang") == "en"
    assert english.locator("main h1").inner_text() == "Page not found"
    assert english.locator("main h1").is_visible()

    lao = open_page(MISSING_LO)
    assert lao.last_status == 404
    assert lao.locator("html").get_attribute("lang") == "lo"
    assert lao.locator("main h1").inner_text() == "ບໍ່ພົບໜ້າທີ່ທ່ານຊອກຫາ"
    assert lao.locator("main h1").is_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_home_pages_render_as_full_pages_at_phone_and_desktop_widths(open_page, tmp_path, width):
    """Saves full-page screenshots to $GWEB_TEST_ARTIFACTS (default: tmp_path)."""
    folder = Path(os.environ.get("GWEB_TEST_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page = open_page(HOME_LO, viewport={"width": width, "height": 800})
    for path, lang, heading in ((HOME_LO, "lo", "ກະຊວງ"), (HOME_EN, "en", "Ministry")):
        page.goto(url_of(page, path))
        wait_for_fonts(page)
        assert page.locator("html").get_attribute("lang") == lang
        assert heading in page.locator("header .site-brand__name").inner_text()
        assert page.locator("main").is_visible()
        assert page.locator("footer").is_visible()
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height > 800, f"{path} at {width} px is only {height} px tall"
        shot = page.screenshot(path=str(folder / f"home-{lang}-{width}.png"), full_page=True)
        assert len(shot) > 10_000
