import io

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
