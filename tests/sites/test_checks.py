"""The standard check: a site that meets the G-Web standard passes, and a
site broken in each way is told exactly what is wrong."""
import io
from datetime import timedelta

import pytest
from PIL import Image

from gweb.extensions import db
from gweb.media.services import store_upload
from gweb.pages import editorial
from gweb.pages import services as pages
from gweb.sites.checks import check_site
from gweb.timeutil import utcnow


def _image(app, site, name, alts):
    buffer = io.BytesIO()
    Image.new("RGB", (60, 60), (0, 40, 104)).save(buffer, "PNG")
    buffer.seek(0)
    return store_upload(app.config["MEDIA_ROOT"], site.id, buffer, name, alts)


@pytest.fixture
def good_site(app, site):
    """The standard site with a logo described in both languages: it passes."""
    logo = _image(app, site, "logo.png", {"lo": "ໂລໂກ້ກະຊວງ", "en": "Ministry logo"})
    site.translation("lo").logo_media_id = logo.id
    db.session.commit()
    db.session.expire(site)
    return site


def _codes(site):
    return [p.code for p in check_site(site)]


def _edit(site, key, lang, body):
    page = editorial.page_by_key(site.id, key)
    row = page.translation(lang)
    pages.save_translation(page, lang, {"title": row.title, "slug": row.slug, "body": body},
                           publish=True)
    db.session.commit()


def test_a_standard_site_with_a_described_logo_meets_the_standard(good_site):
    assert check_site(good_site) == []


def test_a_mandatory_page_missing_in_one_language_is_named(good_site):
    pages.unpublish(editorial.page_by_key(good_site.id, "privacy"), "lo")
    db.session.commit()
    problems = check_site(good_site)
    assert [p.code for p in problems] == ["page.missing"]
    assert problems[0].message == "The standard page “Privacy policy” is not published in Lao."


def test_an_accessibility_statement_not_reviewed_for_a_year_is_stale(good_site):
    page = editorial.page_by_key(good_site.id, "accessibility")
    for row in page.translations:
        row.last_published_at = utcnow() - timedelta(days=400)
    db.session.commit()
    assert _codes(good_site) == ["accessibility.stale"]
    for row in page.translations:
        row.last_published_at = utcnow() - timedelta(days=300)
    db.session.commit()
    assert _codes(good_site) == []


def test_missing_contact_details_are_reported(good_site):
    good_site.translation("en").address = ""
    good_site.phone = good_site.email = ""
    db.session.commit()
    messages = [p.message for p in check_site(good_site)]
    assert messages == ["The site has no postal address in English.",
                        "The site has neither a phone number nor an e-mail address."]


def test_a_site_without_a_logo_and_a_logo_without_alt_text_are_reported(app, site):
    assert _codes(site) == ["logo.missing"]
    logo = _image(app, site, "logo.png", {"lo": "ໂລໂກ້"})
    site.translation("lo").logo_media_id = logo.id
    db.session.commit()
    db.session.expire(site)
    messages = [p.message for p in check_site(site)]
    assert "The logo has no alt text in English." in messages
    assert "The image “logo.png” has no alt text in English." in messages


def test_a_page_published_in_one_language_only_is_reported(good_site):
    about = editorial.page_by_key(good_site.id, "about")
    pages.create_page(good_site, about, {"en": {"title": "Our partners"}}, publish=True)
    db.session.commit()
    problems = check_site(good_site)
    assert [p.code for p in problems] == ["page.translation"]
    assert "“Our partners” (/en/about/our-partners) has no Lao version" in problems[0].message


def test_links_to_addresses_of_the_site_that_lead_nowhere_are_reported(good_site):
    _edit(good_site, "history", "en",
          '<p><a href="/en/about/mission">fine</a> <a href="/en/about/nowhere">gone</a> '
          '<a href="/en/search?q=x">search</a> <a href="https://example.org/en/x">outside</a> '
          '<a href="/lo/%E0%BA%81%E0%BB%88%E0%BA%BD%E0%BA%A7%E0%BA%81%E0%BA%B1%E0%BA%9A%E0%BA%9E%E0%BA%A7%E0%BA%81%E0%BB%80%E0%BA%AE%E0%BA%BB%E0%BA%B2">ok</a></p>')
    problems = check_site(good_site)
    assert [p.code for p in problems] == ["link.broken"]
    assert "/en/about/nowhere" in problems[0].message and "“History”" in problems[0].message


def test_images_without_alt_text_in_the_library_or_in_a_page_are_reported(app, good_site):
    _image(app, good_site, "chart.png", {"lo": "ແຜນວາດ"})
    assert _codes(good_site) == ["media.alt"]
    page = editorial.page_by_key(good_site.id, "history")
    row = page.translation("en")
    row.body = '<p><img src="/media/320/x.png"></p>'  # as an old import could have left it
    db.session.commit()
    assert _codes(good_site) == ["media.alt", "body.alt"]
