"""The media library in the admin, over HTTP: who may do what, uploads that
are checked and leave nothing behind when refused, alt text, replacing a file
under the same address, and deleting with a look at where it is used."""
import io
import os
import re

import pytest
from sqlalchemy import func, select

from gweb.audit.models import AuditEvent
from gweb.media import services
from gweb.media.models import Media
from tests.conftest import csrf_token_from
from tests.media import files


@pytest.fixture(scope="session")
def zip_bomb():
    return files.zip_bomb(300)


@pytest.fixture
def other_site(db, site):
    """A second site; the test site answers `localhost`, the test client's host."""
    from gweb.sites.models import SiteDomain
    from gweb.sites.services import create_site

    db.session.add(SiteDomain(site_id=site.id, domain="localhost"))
    other = create_site("other.test", {"lo": "ກະຊວງອື່ນ", "en": "Other ministry"})
    db.session.commit()
    return other


def _store(app, db, site, data=None, name="photo.png", alts=None):
    media = services.store_upload(app.config["MEDIA_ROOT"], site.id,
                                  io.BytesIO(data or files.png()), name,
                                  alts if alts is not None else {"lo": "ຮູບ", "en": "A photo"})
    db.session.commit()
    return media


def _token(client, path="/admin/media/upload"):
    return csrf_token_from(client.get(path).get_data(as_text=True))


def _post_upload(client, data, name, **fields):
    form = {"csrf_token": _token(client), "file": (io.BytesIO(data), name),
            "alt_lo": "", "alt_en": "", "caption_lo": "", "caption_en": ""}
    form.update(fields)
    return client.post("/admin/media/upload", data=form, content_type="multipart/form-data")


def _rows(db) -> int:
    return db.session.scalar(select(func.count(Media.id)))


def _files_on_disk(app) -> list[str]:
    found = []
    for folder, _dirs, names in os.walk(app.config["MEDIA_ROOT"]):
        found += [os.path.join(folder, n) for n in names]
    return found


def _media_events(db) -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.action.like("media.%")).order_by(AuditEvent.id)))


def _field_marked_invalid(html: str, name: str) -> bool:
    tag = re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html)
    return bool(tag) and 'aria-invalid="true"' in tag.group(0) and \
        f'aria-describedby="' in tag.group(0) and f'id="{name}-error"' in html


# -- who may do what -----------------------------------------------------------------

VIEWS = [("/admin/media/", "media.upload"), ("/admin/media/upload", "media.upload"),
         ("/admin/media/{id}", "media.upload"), ("/admin/media/{id}/replace", "media.manage"),
         ("/admin/media/{id}/delete", "media.manage")]
EXPECTED = {  # role -> permission -> status
    "author": {"media.upload": 200, "media.manage": 403},
    "editor": {"media.upload": 200, "media.manage": 200},
    "admin": {"media.upload": 200, "media.manage": 200},
}


def test_anonymous_visitors_are_sent_to_the_login_page_from_every_view(app, db, site, client):
    media = _store(app, db, site)
    for path, _permission in VIEWS:
        response = client.get(path.format(id=media.id))
        assert response.status_code == 302, path
        assert "/admin/login" in response.headers["Location"]
    # A post without a session has no valid CSRF token: refused before anything runs.
    assert client.post(f"/admin/media/{media.id}/delete", data={"confirm": "y"}
                       ).status_code == 400
    assert _rows(db) == 1


@pytest.mark.parametrize("role", ["author", "editor", "admin"])
def test_each_view_answers_each_role_as_its_permission_says(app, db, site, client, login, role):
    media = _store(app, db, site)
    login(role)
    for path, permission in VIEWS:
        response = client.get(path.format(id=media.id))
        assert response.status_code == EXPECTED[role][permission], (role, path)


def test_an_author_cannot_replace_or_delete_even_by_posting(app, db, site, client, login):
    media = _store(app, db, site)
    login("author")
    token = _token(client)
    assert client.post(f"/admin/media/{media.id}/delete",
                       data={"csrf_token": token, "confirm": "y"}).status_code == 403
    assert client.post(f"/admin/media/{media.id}/replace", content_type="multipart/form-data",
                       data={"csrf_token": token, "file": (io.BytesIO(files.png(10, 10)), "x.png")}
                       ).status_code == 403
    assert _rows(db) == 1


def test_the_sidebar_offers_the_media_library_to_authors(client, site, login):
    login("author")
    html = client.get("/admin/media/").get_data(as_text=True)
    assert 'href="/admin/media/" aria-current="page"' in html


def test_replace_and_delete_links_show_only_to_those_who_may_use_them(app, db, site, client,
                                                                       login):
    media = _store(app, db, site)
    login("author")
    html = client.get(f"/admin/media/{media.id}").get_data(as_text=True)
    assert f"/admin/media/{media.id}/replace" not in html
    assert f"/admin/media/{media.id}/delete" not in html


# -- uploading -------------------------------------------------------------------------


def test_an_author_uploads_a_real_png_with_alt_text_in_both_languages(app, db, site, client,
                                                                       login):
    login("author")
    response = _post_upload(client, files.png(), "ກອງປະຊຸມ.png", alt_lo="ກອງປະຊຸມປະຈຳປີ",
                            alt_en="The annual meeting", caption_en="Vientiane, 2026")
    media = db.session.scalar(select(Media))
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/media/{media.id}"
    assert media.original_name == "ກອງປະຊຸມ.png" and media.alt("en") == "The annual meeting"
    assert client.get(f"/media/{media.stored_name}").data == files.png()
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "media.upload"))
    assert event.user_email == "author@ministry.test" and event.object_id == media.id
    html = client.get(f"/admin/media/{media.id}").get_data(as_text=True)
    assert "ກອງປະຊຸມປະຈຳປີ" in html and "Vientiane, 2026" in html
    assert f'value="/media/{media.stored_name}"' in html


def test_a_real_docx_uploads_without_alt_text(app, db, site, client, login):
    login("author")
    response = _post_upload(client, files.docx(), "ດຳລັດ.docx")
    media = db.session.scalar(select(Media))
    assert response.status_code == 302 and media.kind == "document"
    download = client.get(f"/media/{media.stored_name}")
    assert download.mimetype.endswith("wordprocessingml.document")
    assert "attachment" in download.headers["Content-Disposition"]


@pytest.mark.parametrize("case", ["exe renamed pdf", "svg with script", "oversized",
                                  "zip bomb", "empty"])
def test_a_refused_upload_says_why_and_stores_nothing(app, db, site, client, login, zip_bomb,
                                                      case):
    data, name = {"exe renamed pdf": (files.exe(), "decree.pdf"),
                  "svg with script": (files.SVG_WITH_SCRIPT, "logo.svg"),
                  "oversized": (files.png(), "big.png"),
                  "zip bomb": (zip_bomb, "report.docx"),
                  "empty": (b"", "empty.pdf")}[case]
    app.config["MEDIA_MAX_BYTES"] = 2 * 1024 * 1024 if case != "oversized" else 1000
    login("editor")
    response = _post_upload(client, data, name, alt_lo="ຮູບ", alt_en="Typed text stays")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _field_marked_invalid(html, "file"), html
    assert "Typed text stays" in html  # what was typed comes back
    if case == "svg with script":
        assert "SVG" in html
    assert _rows(db) == 0 and _files_on_disk(app) == []
    assert _media_events(db) == []


def test_the_default_limit_is_twenty_megabytes(app):
    assert app.config["MEDIA_MAX_BYTES"] == 20 * 1024 * 1024


def test_an_image_without_alt_text_in_the_default_language_is_sent_back(app, db, site, client,
                                                                        login):
    login("author")
    response = _post_upload(client, files.png(), "photo.png", alt_en="A photo",
                            caption_lo="ຄຳບັນຍາຍ")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and _rows(db) == 0 and _files_on_disk(app) == []
    assert _field_marked_invalid(html, "alt_lo")
    assert not _field_marked_invalid(html, "alt_en")
    assert "A photo" in html and "ຄຳບັນຍາຍ" in html


def test_a_file_is_required(app, db, site, client, login):
    login("author")
    response = client.post("/admin/media/upload", content_type="multipart/form-data",
                           data={"csrf_token": _token(client), "alt_lo": "ຮູບ"})
    assert response.status_code == 200 and _field_marked_invalid(response.get_data(as_text=True),
                                                                 "file")


def test_an_upload_without_the_csrf_token_is_refused(app, db, site, client, login):
    login("editor")
    response = client.post("/admin/media/upload", content_type="multipart/form-data",
                           data={"file": (io.BytesIO(files.png()), "p.png"), "alt_lo": "ຮູບ"})
    assert response.status_code == 400 and _rows(db) == 0


# -- describing ------------------------------------------------------------------------


def test_alt_text_and_captions_are_edited_later(app, db, site, client, login):
    media = _store(app, db, site)
    login("author")
    response = client.post(f"/admin/media/{media.id}", data={
        "csrf_token": _token(client), "alt_lo": "ຮູບອາຄານກະຊວງ", "alt_en": "The ministry",
        "caption_lo": "", "caption_en": "Built in 1975"})
    assert response.status_code == 302
    db.session.expire_all()
    assert media.alt("lo") == "ຮູບອາຄານກະຊວງ"
    assert _media_events(db) == ["media.update"]


def test_alt_text_of_the_default_language_cannot_be_emptied(app, db, site, client, login):
    media = _store(app, db, site)
    login("author")
    response = client.post(f"/admin/media/{media.id}", data={
        "csrf_token": _token(client), "alt_lo": "  ", "alt_en": "Changed"})
    assert response.status_code == 200
    assert _field_marked_invalid(response.get_data(as_text=True), "alt_lo")
    db.session.expire_all()
    assert media.alt("lo") == "ຮູບ" and media.alt("en") == "A photo"


def test_an_image_missing_alt_text_in_a_language_is_flagged(app, db, site, client, login):
    media = _store(app, db, site, alts={"lo": "ຮູບ"})
    login("author")
    assert "badge--missing" in client.get("/admin/media/").get_data(as_text=True)
    assert "badge--missing" in client.get(f"/admin/media/{media.id}").get_data(as_text=True)


# -- the library screen ------------------------------------------------------------------


def test_the_library_shows_thumbnails_filters_searches_and_pages(app, db, site, client, login):
    _store(app, db, site, name="ກອງປະຊຸມ.png", alts={"lo": "ພິທີເປີດ ຫຼວງພະບາງ"})
    _store(app, db, site, files.docx(), name="Decree-2026.docx", alts={})
    for n in range(24):
        _store(app, db, site, files.png(40, 40), name=f"photo-{n:02}.png")
    login("author")
    html = client.get("/admin/media/").get_data(as_text=True)
    assert html.count('class="media-card"') == 24 and "/media/320/" in html
    assert "page=2" in client.get("/admin/media/").get_data(as_text=True)
    assert client.get("/admin/media/?page=2").get_data(as_text=True).count(
        'class="media-card"') == 2
    documents = client.get("/admin/media/?kind=document").get_data(as_text=True)
    assert "Decree-2026.docx" in documents and "photo-01.png" not in documents
    assert "Decree-2026.docx" in client.get("/admin/media/?q=decree").get_data(as_text=True)
    found = client.get("/admin/media/?q=ຫລວງພະບາງ").get_data(as_text=True)  # other spelling
    assert "ກອງປະຊຸມ.png" in found and "photo-01.png" not in found
    listed = client.get("/admin/media/?view=list&q=photo").get_data(as_text=True)
    assert "<table" in listed and "photo-23.png" in listed


def test_the_library_never_shows_or_reaches_another_sites_media(app, db, site, client, login,
                                                                other_site):
    mine = _store(app, db, site, name="mine.png")
    theirs = _store(app, db, other_site, name="theirs.png")
    login("admin")
    html = client.get("/admin/media/").get_data(as_text=True)
    assert "mine.png" in html and "theirs.png" not in html
    token = _token(client)
    for path, _permission in VIEWS[2:]:
        assert client.get(path.format(id=theirs.id)).status_code == 404
    assert client.post(f"/admin/media/{theirs.id}/delete",
                       data={"csrf_token": token, "confirm": "y"}).status_code == 404
    assert client.get(f"/media/{theirs.stored_name}").status_code == 404
    assert client.get(f"/admin/media/{mine.id}").status_code == 200
    assert _rows(db) == 2


# -- replacing -----------------------------------------------------------------------------


def test_replacing_keeps_the_address_and_changes_the_bytes(app, db, site, client, login):
    media = _store(app, db, site, files.png(1600, 900))
    stem = media.stored_name.rsplit(".", 1)[0]
    before = client.get(f"/media/{media.stored_name}")
    old_webp = client.get(f"/media/640/{stem}.webp").data
    login("editor")
    new = files.jpeg(800, 600)
    response = client.post(f"/admin/media/{media.id}/replace", content_type="multipart/form-data",
                           data={"csrf_token": _token(client), "file": (io.BytesIO(new), "n.jpg")})
    assert response.status_code == 302
    after = client.get(f"/media/{media.stored_name}")
    assert after.status_code == 200 and after.data == new and after.mimetype == "image/jpeg"
    assert after.headers["ETag"] != before.headers["ETag"]
    # A browser holding the old copy revalidates and gets the new one; the new ETag gets 304.
    stale = client.get(f"/media/{media.stored_name}",
                       headers={"If-None-Match": before.headers["ETag"]})
    assert stale.status_code == 200 and stale.data == new
    fresh = client.get(f"/media/{media.stored_name}",
                       headers={"If-None-Match": after.headers["ETag"]})
    assert fresh.status_code == 304
    assert client.get(f"/media/640/{stem}.webp").data != old_webp  # renditions were remade
    db.session.expire_all()
    assert (media.width, media.height, media.size) == (800, 600, len(new))
    assert _media_events(db) == ["media.replace"]


def test_an_image_cannot_be_replaced_by_a_document_over_http(app, db, site, client, login):
    media = _store(app, db, site)
    login("editor")
    response = client.post(f"/admin/media/{media.id}/replace", content_type="multipart/form-data",
                           data={"csrf_token": _token(client),
                                 "file": (io.BytesIO(files.docx()), "d.docx")})
    assert response.status_code == 200
    assert _field_marked_invalid(response.get_data(as_text=True), "file")
    assert client.get(f"/media/{media.stored_name}").data == files.png()


# -- deleting --------------------------------------------------------------------------------


def _use_on_a_page(db, site, media):
    from gweb.pages.models import PageTranslation

    row = db.session.scalar(select(PageTranslation).where(
        PageTranslation.site_id == site.id, PageTranslation.lang == "lo",
        PageTranslation.path == "ກ່ຽວກັບພວກເຮົາ"))
    row.body = f'<p><img src="/media/960/{media.stored_name}" alt="ຮູບ"></p>'
    db.session.commit()
    return row


def test_deleting_a_file_in_use_lists_its_uses_and_needs_confirmation(app, db, site, client,
                                                                     login):
    media = _store(app, db, site)
    page = _use_on_a_page(db, site, media)
    login("editor")
    screen = client.get(f"/admin/media/{media.id}/delete").get_data(as_text=True)
    assert page.title in screen and 'name="confirm"' in screen
    token = csrf_token_from(screen)
    refused = client.post(f"/admin/media/{media.id}/delete", data={"csrf_token": token})
    assert refused.status_code == 200 and _rows(db) == 1
    assert _field_marked_invalid(refused.get_data(as_text=True), "confirm")
    done = client.post(f"/admin/media/{media.id}/delete",
                       data={"csrf_token": token, "confirm": "y"})
    assert done.status_code == 302 and done.headers["Location"] == "/admin/media/"
    assert _rows(db) == 0 and _files_on_disk(app) == []
    assert client.get(f"/media/{media.stored_name}").status_code == 404
    assert _media_events(db) == ["media.delete"]


def test_a_file_used_as_the_site_logo_is_listed_before_deleting(app, db, site, client, login):
    media = _store(app, db, site)
    site.translation("en").logo_media_id = media.id
    db.session.commit()
    login("editor")
    screen = client.get(f"/admin/media/{media.id}/delete").get_data(as_text=True)
    assert 'name="confirm"' in screen and 'lang="en"' in screen
    usage = client.get(f"/admin/media/{media.id}").get_data(as_text=True)
    assert 'class="media-usages"' in usage


def test_a_file_not_in_use_is_deleted_with_its_renditions_without_a_checkbox(app, db, site,
                                                                             client, login):
    media = _store(app, db, site)
    stem = media.stored_name.rsplit(".", 1)[0]
    client.get(f"/media/320/{stem}.webp")
    client.get(f"/media/640/{media.stored_name}")
    assert len(_files_on_disk(app)) == 3
    login("editor")
    screen = client.get(f"/admin/media/{media.id}/delete").get_data(as_text=True)
    assert 'name="confirm"' not in screen
    response = client.post(f"/admin/media/{media.id}/delete",
                           data={"csrf_token": csrf_token_from(screen)})
    assert response.status_code == 302 and _rows(db) == 0 and _files_on_disk(app) == []
