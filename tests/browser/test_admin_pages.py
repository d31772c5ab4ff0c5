"""An editor builds a page in Lao from the admin, in a real browser."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from PIL import Image

pytestmark = pytest.mark.browser
PASSWORD = "a careful editor's password"


@pytest.fixture(scope="module")
def editor(live_server):
    from gweb.extensions import db
    from gweb.sites.services import find_site
    from gweb.users.services import create_user

    with live_server.app.app_context():
        site = find_site("ministry.test")
        user = create_user("somphone@ministry.test", PASSWORD, name="ສົມພອນ", role="editor",
                           site_id=site.id)
        db.session.commit()
        return user.email


@pytest.fixture
def admin_page(browser, live_server, editor):
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  base_url=live_server.url)
    page = context.new_page()
    page.goto("/admin/login")
    page.fill("#email", editor)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    yield page
    context.close()


def _type_lao_through_an_input_method(page, text: str) -> None:
    """Type as a Lao keyboard with an input method does: a composition, then its commit."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Input.imeSetComposition", {"text": text[:2], "selectionStart": 2, "selectionEnd": 2})
    cdp.send("Input.insertText", {"text": text})
    cdp.detach()


def _publish(page) -> None:
    page.click("button[value=publish]")
    page.wait_for_selector(".notice")


def test_an_editor_writes_a_lao_page_with_an_image_publishes_it_and_restores_an_older_version(
        admin_page, live_server, tmp_path):
    page = admin_page
    # 1. Upload an image with alt text in both languages.
    photo = tmp_path / "meeting.png"
    Image.new("RGB", (1200, 800), (0, 40, 104)).save(photo)
    page.goto("/admin/media/upload")
    page.set_input_files("input[type=file]", str(photo))
    page.fill("#alt_lo", "ຮູບກອງປະຊຸມປະຈຳປີ")
    page.fill("#alt_en", "The annual meeting")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/media/\d+$"))

    # 2. Create a page in Lao below "About us".
    page.goto("/admin/pages/")
    page.locator("tr", has_text="ກ່ຽວກັບພວກເຮົາ").first.locator("a", has_text="ເພີ່ມໜ້າຍ່ອຍ").click()
    page.select_option("#lang", "lo")
    page.fill("#title", "ກອງປະຊຸມປະຈຳປີ")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/lo$"))
    page_id = re.search(r"/admin/pages/(\d+)/", page.url).group(1)

    # 3. Write in the rich-text editor through an input method, insert the image, publish.
    editor = page.locator(".ql-editor")
    editor.click()
    _type_lao_through_an_input_method(page, "ກະຊວງໄດ້ຈັດກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ")
    page.click(".ql-image")
    page.locator(".picker__item", has_text="ຮູບກອງປະຊຸມປະຈຳປີ").click()
    _publish(page)
    public = page.context.new_page()
    address = "/lo/" + quote("ກ່ຽວກັບພວກເຮົາ/ກອງປະຊຸມປະຈຳປີ")
    public.goto(address)
    assert public.locator("main h1").inner_text() == "ກອງປະຊຸມປະຈຳປີ"
    assert "ກະຊວງໄດ້ຈັດກອງປະຊຸມສະຫຼຸບວຽກງານປະຈຳປີ" in public.locator(".prose").inner_text()
    image = public.locator(".prose img")
    assert image.get_attribute("alt") == "ຮູບກອງປະຊຸມປະຈຳປີ"
    assert public.evaluate("img => img.complete && img.naturalWidth > 0", image.element_handle())

    # 4. A second version replaces the text...
    page.goto(f"/admin/pages/{page_id}/edit/lo")
    page.locator(".ql-editor p").first.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    _type_lao_through_an_input_method(page, "ສະບັບທີສອງ")
    _publish(page)
    public.reload()
    assert "ສະບັບທີສອງ" in public.locator(".prose").inner_text()

    # 5. ...and the editor restores the first one from the revisions, then publishes it.
    page.goto(f"/admin/pages/{page_id}/revisions/lo")
    page.locator("tbody tr").nth(1).locator("button", has_text="ກູ້ຄືນ").click()  # the first publication
    page.wait_for_url(re.compile(rf"/admin/pages/{page_id}/edit/lo$"))
    _publish(page)
    public.reload()
    assert "ກະຊວງໄດ້ຈັດກອງປະຊຸມ" in public.locator(".prose").inner_text()
    assert "ສະບັບທີສອງ" not in public.locator(".prose").inner_text()
