"""What every public page tells search engines and apps that preview links:
title, description, canonical address, language alternates, Open Graph and
Twitter card tags, and schema.org JSON-LD that no site text can break out of."""
from __future__ import annotations

from urllib.parse import quote

from tests.seo.helpers import canonical, head_of, hreflangs, json_ld, of_type

HISTORY_LO = "/lo/" + quote("ກ່ຽວກັບພວກເຮົາ/ປະຫວັດຄວາມເປັນມາ")


def html_of(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return response.get_data(as_text=True)


def test_the_home_page_describes_the_office_as_a_government_organization(client, site):
    html = html_of(client, "/lo/")
    head = head_of(html)
    assert head.title == "ກະຊວງທົດສອບ"
    assert canonical(html) == ["http://localhost/lo/"]
    assert hreflangs(html) == {"lo": "http://localhost/lo/", "en": "http://localhost/en/",
                               "x-default": "http://localhost/lo/"}
    organization = of_type(html, "GovernmentOrganization")
    assert organization["name"] == "ກະຊວງທົດສອບ"
    assert organization["alternateName"] == ["Ministry of Tests"]
    assert organization["email"] == "info@ministry.test"
    assert of_type(html, "WebSite")["url"] == "http://localhost/lo/"


def test_a_content_page_has_its_own_title_description_canonical_and_share_tags(client, site):
    html = html_of(client, "/en/about/history")
    head = head_of(html)
    assert head.title == "History · Ministry of Tests"
    description = head.meta["description"]
    assert len(description) == 1 and description[0]
    assert canonical(html) == ["http://localhost/en/about/history"]
    assert hreflangs(html)["lo"] == "http://localhost" + HISTORY_LO
    assert head.meta["og:title"] == ["History · Ministry of Tests"]
    assert head.meta["og:description"] == description
    assert head.meta["og:url"] == ["http://localhost/en/about/history"]
    assert head.meta["og:site_name"] == ["Ministry of Tests"]
    assert head.meta["og:type"] == ["website"]
    assert head.meta["og:locale"] == ["en_US"] and head.meta["og:locale:alternate"] == ["lo_LA"]
    assert head.meta["twitter:card"] == ["summary"]


def test_a_lao_page_says_it_is_lao_to_link_previews(client, site):
    html = html_of(client, HISTORY_LO)
    head = head_of(html)
    assert head.meta["og:locale"] == ["lo_LA"]
    assert head.meta["og:title"][0].startswith("ປະຫວັດຄວາມເປັນມາ")
    assert canonical(html) == ["http://localhost" + HISTORY_LO]


def test_a_page_without_its_own_description_falls_back_to_the_site_tagline(client, site, db):
    site.translation("en").tagline = "Serving the people"
    db.session.commit()
    html = html_of(client, "/en/search?q=ministry")
    assert head_of(html).meta["description"] == ["Serving the people"]


def test_search_results_and_missing_pages_name_no_canonical_address(client, site):
    assert canonical(html_of(client, "/en/search?q=ministry")) == []
    assert canonical(html_of(client, "/en/no-such-page", status=404)) == []


def test_a_site_name_cannot_break_out_of_the_json_ld_block(client, site, db):
    hostile = 'Ministry</script><script>alert("x")</script><!--'
    site.translation("en").name = hostile
    db.session.commit()
    html = html_of(client, "/en/")
    assert '<script>alert("x")' not in html
    assert of_type(html, "GovernmentOrganization")["name"] == hostile
    assert len(json_ld(html)) == 2


def test_json_ld_is_data_the_content_security_policy_does_not_need_to_allow(client, site):
    response = client.get("/lo/")
    policy = response.headers["Content-Security-Policy"]
    # No inline script is allowed, and none is needed: JSON-LD is never run.
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert 'type="application/ld+json"' in response.get_data(as_text=True)


def test_robots_txt_points_at_the_sitemap_which_lists_pages_with_alternates(client, site):
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert "Sitemap: http://localhost/sitemap.xml" in robots and "Disallow: /admin/" in robots
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    assert "<loc>http://localhost/en/about/history</loc>" in sitemap
    assert 'hreflang="lo"' in sitemap
