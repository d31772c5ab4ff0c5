import xml.etree.ElementTree as ET

from gweb.pages import editorial
from gweb.pages import services as pages
from gweb.sites import services

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_the_root_redirects_to_the_site_default_language(client, site):
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/lo/")


def test_health_check_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["database"] == "ok"


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, site):
    body = client.get("/robots.txt").get_data(as_text=True)
    assert "Disallow: /admin/" in body and "Sitemap: http://localhost/sitemap.xml" in body


def test_the_sitemap_lists_every_published_page_in_both_languages_with_alternates(client, site):
    pages.create_page(site, editorial.page_by_key(site.id, "about"), {"en": {"title": "Draft"}})
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    root = ET.fromstring(response.data)
    urls = root.findall(f"{SITEMAP}url")
    locs = {u.find(f"{SITEMAP}loc").text for u in urls}
    assert "http://localhost/en/about/history" in locs
    assert "http://localhost/lo/%E0%BA%81%E0%BB%88%E0%BA%BD%E0%BA%A7%E0%BA%81%E0%BA%B1%E0%BA%9A%E0%BA%9E%E0%BA%A7%E0%BA%81%E0%BB%80%E0%BA%AE%E0%BA%BB%E0%BA%B2" in locs
    assert not any("draft" in loc for loc in locs)
    assert len(urls) == 2 * 13
    for url in urls:
        alternates = {link.get("hreflang") for link in url.findall(f"{XHTML}link")}
        assert alternates == {"lo", "en"}
        assert url.find(f"{SITEMAP}lastmod").text.endswith("Z")


def test_a_single_site_answers_any_host(client, site):
    assert client.get("/lo/", headers={"Host": "anything.example"}).status_code == 200


def test_with_several_sites_each_host_gets_its_own_site_and_unknown_hosts_404(client, site, db):
    other = services.create_site("other.test", {"lo": "ແຂວງ", "en": "Province"})
    from gweb.sites.structure import build_standard_site

    build_standard_site(other)
    assert "Province" in client.get("/en/", headers={"Host": "other.test"}).get_data(as_text=True)
    assert "Ministry of Tests" in client.get("/en/", headers={"Host": "ministry.test:8080"}) \
        .get_data(as_text=True)
    assert client.get("/en/", headers={"Host": "unknown.test"}).status_code == 404


def test_a_malformed_host_header_never_causes_a_500(client, site):
    for host in ("bad host", "évil..", "[::1", "a" * 300, "x:y:z"):
        assert client.get("/lo/", headers={"Host": host}).status_code in (200, 400, 404)


def test_a_site_logo_shows_in_the_header_of_every_page(app, client, site, db):
    import io

    from PIL import Image

    from gweb.media.services import store_upload

    buffer = io.BytesIO()
    Image.new("RGB", (400, 400), (206, 17, 38)).save(buffer, "PNG")
    buffer.seek(0)
    logo = store_upload(app.config["MEDIA_ROOT"], site.id, buffer, "logo.png",
                        {"lo": "ກາໂລກະຊວງ", "en": "Ministry logo"})
    site.translation("lo").logo_media_id = logo.id
    db.session.commit()
    for path in ("/lo/", "/en/about"):  # English falls back to the default language's logo
        html = client.get(path).get_data(as_text=True)
        assert f'src="/media/320/{logo.stored_name}"' in html
    assert client.get(f"/media/320/{logo.stored_name}").status_code == 200


def test_a_large_sitemap_becomes_an_index_of_numbered_files_that_together_list_every_url(
        app, client, site):
    app.config["SITEMAP_ENTRIES_PER_FILE"] = 5
    index = ET.fromstring(client.get("/sitemap.xml").data)
    assert index.tag == f"{SITEMAP}sitemapindex"
    files = [s.find(f"{SITEMAP}loc").text for s in index.findall(f"{SITEMAP}sitemap")]
    assert files == [f"http://localhost/sitemap-{n}.xml" for n in (1, 2, 3)]  # 13 pages, 5 a file
    locs = []
    for address in files:
        response = client.get(address.removeprefix("http://localhost"))
        assert response.status_code == 200 and response.mimetype == "application/xml"
        urls = ET.fromstring(response.data).findall(f"{SITEMAP}url")
        assert len(urls) <= 2 * 5
        locs += [u.find(f"{SITEMAP}loc").text for u in urls]
    assert len(locs) == len(set(locs)) == 2 * 13
    assert "http://localhost/en/about/history" in locs
    assert all(s.find(f"{SITEMAP}lastmod").text.endswith("Z")
               for s in index.findall(f"{SITEMAP}sitemap"))


def test_a_sitemap_file_past_the_last_one_is_not_found(app, client, site):
    app.config["SITEMAP_ENTRIES_PER_FILE"] = 5
    assert client.get("/sitemap-4.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_a_made_up_sitemap_file_number_is_refused_without_listing_the_site_again(
        app, client, site, monkeypatch):
    from gweb.sites import sitemap

    app.extensions["gweb.cache"].enabled = True  # as in production
    app.config["SITEMAP_ENTRIES_PER_FILE"] = 5
    for _ in range(2):  # teach the cache the host; then the site's count is kept
        assert client.get("/sitemap-1.xml").status_code == 200
    listed = []
    monkeypatch.setattr(sitemap, "sitemap_entries",
                        lambda site: listed.append(site) or [])
    for number in (4, 99999, 0):
        assert client.get(f"/sitemap-{number}.xml").status_code == 404
    assert listed == []
    monkeypatch.undo()
    # Three pages more make a fourth file, at once.
    about = editorial.page_by_key(site.id, "about")
    for n in range(3):
        pages.create_page(site, about, {"en": {"title": f"Notice {n}"}}, publish=True)
    assert client.get("/sitemap-4.xml").status_code == 200


def test_a_small_site_has_no_numbered_sitemap_files(client, site):
    assert client.get("/sitemap-1.xml").status_code == 404
