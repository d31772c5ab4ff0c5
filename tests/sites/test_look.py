"""A site's look within the standard: colours that keep AA contrast, extra
footer links, and a stylesheet that needs no inline style."""
import pytest

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.sites import look
from tests.conftest import csrf_token_from


def test_the_contrast_ratio_follows_wcag():
    assert look.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert look.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert look.contrast_ratio("#002868", "#ffffff") == pytest.approx(14.0, abs=0.1)
    assert look.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_every_palette_colour_keeps_aa_contrast_in_every_role():
    for colour in look.PALETTE:
        assert look.checked_colours({role: colour for role in look.ROLES})


def test_a_colour_that_breaks_contrast_or_is_not_a_colour_is_refused():
    with pytest.raises(ValidationError) as refused:
        look.checked_colours({"primary": "#ffcc00", "accent": "red", "link": "#777"})
    errors = refused.value.errors
    assert "4.5:1" in errors["primary"] and "1.5:1" in errors["primary"]
    assert "is not a colour" in errors["accent"]
    assert "#777777" in errors["link"]  # 4.48:1 on white: just too light
    assert look.checked_colours({"primary": "0B4FA8", "link": ""}) == {"primary": "#0b4fa8"}


def test_the_look_screen_saves_colours_and_footer_links_and_pages_show_them(client, site, login):
    login("admin").ui_lang = "en"
    db.session.commit()
    page = client.get("/admin/settings/look")
    response = client.post("/admin/settings/look", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "primary": "#00703c",
        "link1_label_lo": "ລັດຖະບານ", "link1_label_en": "Government portal",
        "link1_url": "https://laogov.gov.la/"})
    assert response.status_code == 302
    html = client.get("/en/").get_data(as_text=True)
    assert "<style" not in html
    assert 'href="https://laogov.gov.la/">Government portal</a>' in html
    href = next(part.split('"')[0] for part in html.split('href="')[1:]
                if part.startswith("/site.css"))
    css = client.get(href)
    assert css.mimetype == "text/css" and "--gweb-primary:#00703c;" in css.get_data(as_text=True)
    again = client.get("/site.css", headers={"If-None-Match": css.headers["ETag"]})
    assert again.status_code == 304
    # The mandatory elements stay: official banner, footer motto, standard menus.
    assert "official-banner" in html and "Peace Independence Democracy Unity Prosperity" in html


def test_a_hard_to_read_colour_is_refused_on_the_look_screen_and_nothing_is_saved(
        client, site, login):
    login("admin").ui_lang = "en"
    db.session.commit()
    page = client.get("/admin/settings/look")
    response = client.post("/admin/settings/look", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "primary": "#ffff00",
        "link1_url": "javascript:alert(1)", "link1_label_lo": "x", "link1_label_en": "x"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "too light" in html and "https://" in html
    db.session.expire_all()
    assert not (site.settings or {}).get("colours")


def test_a_footer_link_label_too_long_is_marked_on_the_label_in_its_own_language():
    with pytest.raises(ValidationError) as refused:
        look.checked_footer_links([{"label_lo": "ລ" * 101, "label_en": "Portal",
                                    "url": "https://laogov.gov.la/"}])
    assert set(refused.value.errors) == {"link1_label_lo"}
    assert look.checked_footer_links([{"label_lo": "ລ" * 100, "label_en": "Portal",
                                       "url": "/lo/"}])
