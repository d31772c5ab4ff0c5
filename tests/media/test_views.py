"""Public serving of media: renditions in WebP, caching that survives a
replacement (ETag, revalidation, 304), and nothing across sites."""
import io

from PIL import Image

from gweb.media import services
from tests.media import files


def _store(app, db, site, data=None, name="photo.png"):
    media = services.store_upload(app.config["MEDIA_ROOT"], site.id,
                                  io.BytesIO(data or files.png()), name,
                                  {"lo": "ຮູບ", "en": "A photo"})
    db.session.commit()
    return media


def test_a_webp_rendition_is_served_as_image_webp(app, db, site, client):
    media = _store(app, db, site)
    stem = media.stored_name.rsplit(".", 1)[0]
    response = client.get(f"/media/640/{stem}.webp")
    assert response.status_code == 200 and response.mimetype == "image/webp"
    image = Image.open(io.BytesIO(response.data))
    assert image.format == "WEBP" and image.size == (640, 360)
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_webp_original_has_webp_renditions_under_its_own_name(app, db, site, client):
    buffer = io.BytesIO()
    Image.new("RGB", (1000, 500), (0, 40, 104)).save(buffer, "WEBP")
    media = _store(app, db, site, buffer.getvalue(), "photo.webp")
    response = client.get(f"/media/320/{media.stored_name}")
    assert response.mimetype == "image/webp"
    assert Image.open(io.BytesIO(response.data)).size == (320, 160)


def test_webp_is_only_made_at_the_themes_widths_and_for_images(app, db, site, client):
    image = _store(app, db, site)
    document = _store(app, db, site, files.docx(), "report.docx")
    stem = image.stored_name.rsplit(".", 1)[0]
    assert client.get(f"/media/500/{stem}.webp").status_code == 404
    assert client.get(f"/media/320/{document.stored_name.rsplit('.', 1)[0]}.webp"
                      ).status_code == 404
    assert client.get("/media/320/0123456789abcdef01234567.webp").status_code == 404


def test_media_is_cached_for_an_hour_then_revalidated_by_its_checksum(app, db, site, client):
    media = _store(app, db, site)
    response = client.get(f"/media/{media.stored_name}")
    cache = response.cache_control
    assert cache.max_age == 3600 and cache.must_revalidate
    assert response.get_etag()[0] == media.sha256
    again = client.get(f"/media/{media.stored_name}",
                       headers={"If-None-Match": f'"{media.sha256}"'})
    assert again.status_code == 304 and not again.data
    assert again.cache_control.must_revalidate


def test_renditions_have_their_own_etag_and_answer_304(app, db, site, client):
    media = _store(app, db, site)
    stem = media.stored_name.rsplit(".", 1)[0]
    plain = client.get(f"/media/640/{media.stored_name}")
    webp = client.get(f"/media/640/{stem}.webp")
    assert plain.get_etag()[0] != webp.get_etag()[0]
    assert media.sha256[:40] in webp.get_etag()[0]
    again = client.get(f"/media/640/{stem}.webp",
                       headers={"If-None-Match": webp.headers["ETag"]})
    assert again.status_code == 304


def test_another_sites_media_is_not_served(app, db, site, client):
    from gweb.sites.models import SiteDomain
    from gweb.sites.services import create_site

    db.session.add(SiteDomain(site_id=site.id, domain="localhost"))
    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    media = _store(app, db, other)
    stem = media.stored_name.rsplit(".", 1)[0]
    for path in (f"/media/{media.stored_name}", f"/media/320/{media.stored_name}",
                 f"/media/320/{stem}.webp"):
        assert client.get(path).status_code == 404
        assert client.get(path, headers={"Host": "other.test"}).status_code == 200
