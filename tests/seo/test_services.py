"""Structured data about a site, built without HTTP."""
from __future__ import annotations

import json
import re

from gweb.seo import services


def test_json_ld_keeps_lao_readable_and_reads_back_as_the_same_data():
    data = {"@type": "GovernmentOrganization", "name": "ກະຊວງທົດສອບ", "note": "A & B 'quoted'"}
    block = str(services.json_ld(data))
    assert block.startswith('<script type="application/ld+json">') and block.endswith("</script>")
    assert "ກະຊວງທົດສອບ" in block
    assert json.loads(block[len('<script type="application/ld+json">'):-len("</script>")]) == data


def test_no_text_in_json_ld_can_close_the_script_element_or_open_a_comment():
    hostile = "</script><script>alert(1)</script><!-- ]]> </SCRIPT >"
    block = str(services.json_ld({"name": hostile}))
    inner = block[len('<script type="application/ld+json">'):-len("</script>")]
    assert "<" not in inner and ">" not in inner
    assert not re.search(r"</script", inner, re.IGNORECASE)
    assert json.loads(inner) == {"name": hostile}


def test_the_organization_names_the_office_in_both_languages_with_its_contacts(site):
    data = services.organization(site, "en", "https://ministry.test/",
                                 social=["https://www.facebook.com/ministry.test"])
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Ministry of Tests" and data["alternateName"] == ["ກະຊວງທົດສອບ"]
    assert data["url"] == "https://ministry.test/en/"
    assert data["email"] == "info@ministry.test" and data["telephone"] == "+856 21 000 000"
    assert data["address"] == {"@type": "PostalAddress", "streetAddress": "Vientiane Capital",
                               "addressCountry": "LA"}
    assert data["sameAs"] == ["https://www.facebook.com/ministry.test"]
    assert "logo" not in data  # the test site has none


def test_the_website_offers_its_search_to_search_engines(site):
    data = services.website(site, "lo", "https://ministry.test")
    assert data["inLanguage"] == "lo" and data["name"] == "ກະຊວງທົດສອບ"
    assert data["potentialAction"]["target"] == "https://ministry.test/lo/search?q={query}"
    assert data["publisher"] == {"@id": "https://ministry.test/#organization"}
