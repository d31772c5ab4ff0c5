"""The menus editor in Debian's Chromium: an editor reorders the header menu
by drag and drop and by keyboard, and visitors see the new order."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

EMAIL, PASSWORD = "menus-editor@ministry.test", "correct horse battery"
ITEMS = "ol[data-menu-list] > li"


@pytest.fixture(scope="module")
def editor(live_server):
    """An editor of the live server's site, with the admin in English."""
    from gweb.extensions import db
    from gweb.sites.services import find_site
    from gweb.users.services import create_user

    with live_server.app.app_context():
        site = find_site("ministry.test")
        create_user(EMAIL, PASSWORD, name="Menus Editor", role="editor", site_id=site.id,
                    ui_lang="en")
        db.session.commit()
        db.session.remove()
    return EMAIL


def public_header(page, base: str) -> list[str]:
    page.goto(base + "/en/")
    return [text.strip() for text in page.locator(".main-nav a").all_inner_texts()]


def admin_order(page) -> list[str]:
    return page.locator(ITEMS).evaluate_all("items => items.map(li => li.dataset.itemId)")


def test_an_editor_reorders_the_header_by_drag_and_drop_and_by_keyboard(browser, live_server,
                                                                        editor):
    # Tall enough for the whole list: Playwright would scroll between the
    # press on the source and the move to the target, and drag another item.
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        before = public_header(page, live_server.url)
        assert len(before) >= 3, before

        page.goto(live_server.url + "/admin/login")
        page.fill("#email", EMAIL)
        page.fill("#password", PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url(live_server.url + "/admin/")
        page.goto(live_server.url + "/admin/menus/header")
        ids = admin_order(page)

        # Drag the last item onto the top half of the first one.
        page.locator(f"{ITEMS}:last-child").drag_to(
            page.locator(f"{ITEMS}:first-child"), target_position={"x": 40, "y": 4})
        status = page.locator("#menu-status")
        status.filter(has_text="is now number 1 of").wait_for()
        assert admin_order(page) == [ids[-1], *ids[:-1]]
        assert page.evaluate("document.activeElement.id") == f"item-{ids[-1]}-down"

        page.reload()
        assert admin_order(page) == [ids[-1], *ids[:-1]]
        after_drag = public_header(page, live_server.url)
        assert after_drag == [before[-1], *before[:-1]]

        # Keyboard: focus "Move up" of the third item and press Enter.
        page.goto(live_server.url + "/admin/menus/header")
        third = admin_order(page)[2]
        page.focus(f"#item-{third}-up")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith(f"/admin/menus/header#item-{third}-up")
        assert page.evaluate("document.activeElement.id") == f"item-{third}-up"
        assert "is now number 2 of" in page.locator("main").inner_text()
        assert public_header(page, live_server.url) == [
            after_drag[0], after_drag[2], after_drag[1], *after_drag[3:]]
    finally:
        context.close()
