import io
import zipfile

import pytest
from PIL import Image

from gweb.exceptions import ValidationError
from gweb.media import services


def _png(width=1600, height=900) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 40, 104)).save(buffer, "PNG")
    return buffer.getvalue()


def _store(app, site, data, name="photo.png", alts=None):
    return services.store_upload(app.config["MEDIA_ROOT"], site.id, io.BytesIO(data), name,
                                 alts if alts is not None else {"lo": "ຮູບ", "en": "A photo"})


def test_an_image_is_stored_under_a_generated_name_with_its_size(app, site):
    media = _store(app, site, _png(), name="../../etc/passwd.png")
    assert media.kind == "image" and (media.width, media.height) == (1600, 900)
    assert media.stored_name.endswith(".png") and "passwd" not in media.stored_name
    assert media.original_name == "passwd.png"


def test_a_file_is_judged_by_its_content_not_its_name(app, site):
    with pytest.raises(ValidationError):
        _store(app, site, b"<script>alert(1)</script>", name="innocent.png")
    media = _store(app, site, b"%PDF-1.7\n...", name="decree.jpg", alts={})
    assert media.kind == "document" and media.mime_type == "application/pdf"


def test_an_image_without_alt_text_is_refused(app, site):
    with pytest.raises(ValidationError) as error:
        _store(app, site, _png(), alts={"lo": " ", "en": ""})
    assert "alt" in error.value.errors


def test_images_are_served_with_renditions_that_are_never_upscaled(app, site, db, client):
    media = _store(app, site, _png())
    db.session.commit()
    original = client.get(f"/media/{media.stored_name}")
    assert original.status_code == 200 and original.mimetype == "image/png"
    assert original.headers["X-Content-Type-Options"] == "nosniff"
    small = client.get(f"/media/640/{media.stored_name}")
    assert Image.open(io.BytesIO(small.data)).size == (640, 360)
    assert client.get(f"/media/123/{media.stored_name}").status_code == 404


def test_documents_are_downloaded_not_shown_inline(app, site, db, client):
    media = _store(app, site, b"%PDF-1.7\n...", name="decree.pdf", alts={})
    db.session.commit()
    response = client.get(f"/media/{media.stored_name}")
    assert "attachment" in response.headers["Content-Disposition"]


def test_unknown_media_is_a_404(client, site):
    assert client.get("/media/nothing.png").status_code == 404
    assert client.get("/media/..%2F..%2Fconfig.py").status_code == 404


# -- the media library (issue 3) ----------------------------------------------------

import os  # noqa: E402

from sqlalchemy import func, select  # noqa: E402

from gweb.audit.models import AuditEvent  # noqa: E402
from gweb.media.models import Media  # noqa: E402
from tests.media import files  # noqa: E402

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="session")
def zip_bomb():
    return files.zip_bomb(300)


def _files_on_disk(app) -> list[str]:
    found = []
    for folder, _dirs, names in os.walk(app.config["MEDIA_ROOT"]):
        found += [os.path.join(folder, n) for n in names]
    return found


def _rows(db) -> int:
    return db.session.scalar(select(func.count(Media.id)))


def _upload(app, site, data, name="photo.png", alts=None, user=None, **kwargs):
    return services.upload(app.config["MEDIA_ROOT"], site.id, io.BytesIO(data), name,
                           alts=alts if alts is not None else {"lo": "ຮູບ", "en": "A photo"},
                           user=user, **kwargs)


def _refused(app, db, site, data, name, **kwargs) -> dict:
    with pytest.raises(ValidationError) as error:
        _upload(app, site, data, name=name, alts={"lo": "ເອກະສານ"}, **kwargs)
    assert _files_on_disk(app) == [] and _rows(db) == 0, "a refused file left something behind"
    return error.value.errors


def test_a_real_docx_is_stored_as_a_document(app, site, db):
    media = _upload(app, site, files.docx(), name="ດຳລັດ.docx", alts={})
    assert media.kind == "document" and media.mime_type == DOCX_MIME
    assert media.stored_name.endswith(".docx") and media.original_name == "ດຳລັດ.docx"
    assert os.path.isfile(services.original_path(app.config["MEDIA_ROOT"], media))


def test_an_opendocument_text_is_accepted(app, site):
    media = _upload(app, site, files.odt(), name="report.odt", alts={})
    assert media.mime_type == "application/vnd.oasis.opendocument.text"
    assert media.stored_name.endswith(".odt")


def test_a_program_renamed_pdf_is_refused_and_nothing_is_stored(app, site, db):
    assert "file" in _refused(app, db, site, files.exe(), "decree.pdf")


def test_an_svg_is_refused_with_a_message_that_says_why(app, site, db):
    errors = _refused(app, db, site, files.SVG_WITH_SCRIPT, "logo.png")
    assert "SVG" in errors["file"]


def test_a_file_over_the_limit_is_refused(app, site, db):
    assert "file" in _refused(app, db, site, files.png(), "big.png", max_bytes=1000)


def test_an_empty_file_is_refused(app, site, db):
    assert "file" in _refused(app, db, site, b"", "empty.pdf")


def test_a_zip_bomb_dressed_as_a_word_document_is_refused(app, site, db, zip_bomb):
    assert len(zip_bomb) < 2 * 1024 * 1024  # small on the wire, 300 MB unpacked
    errors = _refused(app, db, site, zip_bomb, "report.docx")
    assert "zip" in errors["file"]


def test_a_small_archive_with_an_absurd_compression_ratio_is_refused(app, site, db):
    assert "file" in _refused(app, db, site, files.zip_bomb(5), "report.docx")


def test_a_macro_enabled_document_is_refused(app, site, db):
    assert "macro" in _refused(app, db, site, files.docx(macro=True), "report.docx")["file"]


def test_a_zip_that_is_no_office_document_is_refused(app, site, db):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("setup.exe", files.exe())
    assert "file" in _refused(app, db, site, buffer.getvalue(), "report.docx")


def test_a_decompression_bomb_image_is_refused(app, site, db):
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, "PNG")  # 48 megapixels in a few kilobytes
    assert "40" in _refused(app, db, site, buffer.getvalue(), "huge.png")["file"]


def test_an_image_needs_alt_text_in_the_sites_default_language(app, site, db):
    with pytest.raises(ValidationError) as error:
        _upload(app, site, files.png(), alts={"lo": "", "en": "A photo"})
    assert "alt" in error.value.errors and _rows(db) == 0 and _files_on_disk(app) == []
    media = _upload(app, site, files.png(), alts={"lo": "ຮູບພາບກອງປະຊຸມ", "en": ""})
    assert media.alt("lo") == "ຮູບພາບກອງປະຊຸມ" and media.alt("en") == "ຮູບພາບກອງປະຊຸມ"


def test_an_upload_is_audited_with_its_captions(app, site, db):
    media = _upload(app, site, files.png(), captions={"lo": "ກອງປະຊຸມ", "en": "Meeting"})
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "media.upload"))
    assert event.object_id == media.id and event.after["caption"]["en"] == "Meeting"


def test_alt_text_and_captions_can_be_changed_later(app, site, db):
    media = _upload(app, site, files.png())
    services.update_texts(media, {"lo": "ຮູບໃໝ່", "en": "New"}, {"lo": "", "en": "Caption"})
    assert media.alt("lo") == "ຮູບໃໝ່" and {t.lang: t.caption for t in media.translations} == {
        "lo": "", "en": "Caption"}
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "media.update"))
    assert event.before["alt"]["lo"] == "ຮູບ" and event.after["alt"]["lo"] == "ຮູບໃໝ່"
    with pytest.raises(ValidationError):
        services.update_texts(media, {"lo": " "}, {})
    db.session.expire_all()
    assert media.alt("lo") == "ຮູບໃໝ່"


def test_a_replaced_file_keeps_its_name_and_loses_its_old_renditions(app, site, db):
    root = app.config["MEDIA_ROOT"]
    media = _upload(app, site, files.png(1600, 900))
    name, old_sha, created = media.stored_name, media.sha256, media.created_at
    old_rendition = services.rendition_path(root, media, 640)
    old_webp = services.rendition_path(root, media, 640, webp=True)
    services.replace_file(root, media, io.BytesIO(files.png(800, 800, (206, 17, 38))),
                          "new.png")
    db.session.expire_all()
    media = db.session.get(Media, media.id)
    assert media.stored_name == name and media.sha256 != old_sha
    assert (media.width, media.height) == (800, 800) and media.updated_at >= created
    assert not os.path.exists(old_rendition) and not os.path.exists(old_webp)
    with open(services.original_path(root, media), "rb") as handle:
        assert handle.read() == files.png(800, 800, (206, 17, 38))
    new = Image.open(services.rendition_path(root, media, 640))
    assert new.size == (640, 640) and new.getpixel((10, 10)) == (206, 17, 38)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "media.replace"))
    assert event.before["sha256"] == old_sha and event.after["sha256"] == media.sha256


def test_an_image_cannot_be_replaced_by_a_document(app, site, db):
    root = app.config["MEDIA_ROOT"]
    media = _upload(app, site, files.png())
    with pytest.raises(ValidationError):
        services.replace_file(root, media, io.BytesIO(files.docx()), "x.docx")
    with open(services.original_path(root, media), "rb") as handle:
        assert handle.read() == files.png()
    assert len(_files_on_disk(app)) == 1


def test_webp_renditions_are_webp_and_never_upscaled(app, site):
    media = _upload(app, site, files.jpeg(800, 600))
    for width, size in ((320, (320, 240)), (1280, (800, 600))):
        with Image.open(services.rendition_path(app.config["MEDIA_ROOT"], media, width,
                                                webp=True)) as image:
            assert image.format == "WEBP" and image.size == size


def _page_with_body(site, db, body):
    from gweb.pages.models import PageTranslation

    row = db.session.scalar(select(PageTranslation).where(
        PageTranslation.site_id == site.id, PageTranslation.lang == "en",
        PageTranslation.path == "about"))
    row.body = body
    db.session.commit()
    return row


def test_usages_lists_pages_that_link_any_size_of_a_file_and_logos(app, site, db):
    media = _upload(app, site, files.png())
    other = _upload(app, site, files.png(300, 300))
    stem = media.stored_name.rsplit(".", 1)[0]
    assert not services.usages(site.id, media).in_use
    page = _page_with_body(site, db, f'<p><img src="/media/640/{stem}.webp" alt="x"></p>')
    site.translation("lo").logo_media_id = media.id
    db.session.commit()
    used = services.usages(site.id, media)
    assert [t.id for t in used.pages] == [page.id] and [t.lang for t in used.logos] == ["lo"]
    assert not services.usages(site.id, other).in_use


def test_a_file_in_use_is_deleted_only_when_confirmed(app, site, db):
    root = app.config["MEDIA_ROOT"]
    media = _upload(app, site, files.png())
    services.rendition_path(root, media, 320, webp=True)
    _page_with_body(site, db, f'<a href="/media/{media.stored_name}">photo</a>')
    site.translation("lo").logo_media_id = media.id
    db.session.commit()
    with pytest.raises(ValidationError) as error:
        services.delete_media(root, media)
    assert "confirm" in error.value.errors and _rows(db) == 1
    services.delete_media(root, media, confirm_in_use=True)
    assert _rows(db) == 0 and _files_on_disk(app) == []
    db.session.expire_all()
    assert site.translation("lo").logo_media_id is None
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "media.delete"))
    assert event.before["stored_name"] == media.stored_name


def test_the_library_filters_searches_and_pages(app, site, db):
    from gweb.sites.services import create_site

    _upload(app, site, files.png(), name="Meeting.PNG", alts={"lo": "ກອງປະຊຸມ ຫຼວງພະບາງ"})
    _upload(app, site, files.docx(), name="decree.docx", alts={})
    for n in range(25):
        _upload(app, site, files.png(50, 50), name=f"photo-{n}.png", alts={"lo": "ຮູບ"})
    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    _upload(app, other, files.png(), name="meeting-elsewhere.png", alts={"lo": "ກອງປະຊຸມ"})
    first = services.library(site.id)
    assert first.total == 27 and len(first.items) == 24 and first.pages == 2
    assert len(services.library(site.id, page=2).items) == 3
    assert [m.original_name for m in services.library(site.id, kind="document").items] == [
        "decree.docx"]
    assert [m.original_name for m in services.library(site.id, query="meeting").items] == [
        "Meeting.PNG"]
    for lao in ("ກອງປະຊຸມ", "ຫລວງພະບາງ"):  # either spelling of ຫຼ finds it
        assert [m.original_name for m in services.library(site.id, query=lao).items] == [
            "Meeting.PNG"]
    assert services.library(site.id, query="100%").total == 0
    assert services.get_media(site.id, services.library(other.id).items[0].id) is None
