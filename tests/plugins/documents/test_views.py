"""The public pages of the documents plugin in Lao and English, its search
and sitemap contributions, and the plugin switched off for a site."""
from __future__ import annotations

from datetime import date
from urllib.parse import unquote

from gweb.extensions import db


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def test_the_list_shows_published_documents_in_lao_with_lao_labels(app, site, client,
                                                                    make_document):
    make_document()
    make_document(number="7/ນຍ", title_lo="ດຳລັດລັບ", published=False)
    html = html_of(client.get("/lo/documents/"))
    assert "<h1>ນິຕິກຳ</h1>" in html and 'lang="lo"' in html
    assert "ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ" in html and "ເລກທີ 136/ນຍ" in html
    assert "ມີຜົນສັກສິດ" in html and "ນາຍົກລັດຖະມົນຕີ" in html  # status and issuer in Lao
    assert "ດຳລັດລັບ" not in html
    assert '<form class="doc-filters" method="get"' in html  # works without JavaScript
    assert 'hreflang="en" href="http://localhost/en/documents/"' in html


def test_the_list_in_english_uses_english_titles_and_labels(app, site, client, make_document):
    make_document()
    html = html_of(client.get("/en/documents/"))
    assert "Decree on Digital Government Services" in html and "No. 136/ນຍ" in html
    assert "In force" in html and "Prime Minister" in html and "1 document" in html


def test_a_visitor_finds_a_document_by_its_number_typed_with_lao_digits(app, site, client,
                                                                        terms, make_document):
    make_document()
    make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                  title_lo="ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ", title_en="Law on transactions")
    html = html_of(client.get("/lo/documents/", query_string={"q": "໑໓໖/ນຍ"}))
    assert "ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ" in html
    assert "ກົດໝາຍວ່າດ້ວຍທຸລະກຳ" not in html
    html = html_of(client.get("/en/documents/", query_string={"type": "law", "year": "2019"}))
    assert "No document matches these filters." in html


def test_the_list_pages_with_links_that_keep_the_filters(app, site, client, make_document):
    for n in range(22):
        make_document(number=f"{n + 1}/ນຍ", issue_date=date(2020, 1, 1 + n % 28))
    html = html_of(client.get("/en/documents/", query_string={"status": "in_force"}))
    assert "22 documents" in html and "page 1 of 2" in html
    assert 'href="/en/documents/?status=in_force&amp;page=2" rel="next"' in html
    second = html_of(client.get("/en/documents/?status=in_force&page=2"))
    assert second.count('class="doc-item"') == 2


def test_a_document_page_shows_its_facts_relations_both_ways_and_files(app, site, client, terms,
                                                                      make_document):
    from plugins.documents import attachments, relations
    from plugins.documents.demo import demo_pdf
    import io

    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                        title_lo="ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ",
                        title_en="Law on Electronic Transactions",
                        gazette_url="https://gazette.example/20")
    decree = make_document(agency_id=terms["na"].id)
    relations.add_relation(site.id, decree, law.id, "implements")
    attachments.attach_pdf(app.config["MEDIA_ROOT"], site.id, law, "en",
                           io.BytesIO(demo_pdf("Law")), "law-20.pdf")
    html = html_of(client.get(law.url("lo")))
    assert "<h1>ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ</h1>" in html
    assert "<dt>ຈັດຕັ້ງປະຕິບັດໂດຍ</dt>" in html and decree.url("lo") in html  # incoming
    assert ">PDF ພາສາອັງກິດ</a>" in html and 'hreflang="en"' in html
    assert 'href="https://gazette.example/20"' in html and "15 ມີນາ 2021" in html
    english = html_of(client.get(decree.url("en")))
    assert "<dt>Implements</dt>" in english and law.url("en") in english  # outgoing
    assert "Responsible agency" in english and "National Assembly" in english


def test_the_permalink_is_stable_old_slugs_and_bare_ids_redirect_to_it(app, site, client,
                                                                     make_document):
    from plugins.documents import services
    from plugins.documents.forms import DocumentForm

    document = make_document()
    old = document.url("en")
    services.save_document(site.id, {**DocumentForm.data_of(document),
                                     "title_en": "Decree on Online Public Services"},
                           document=document)
    new = document.url("en")
    assert new != old and new.endswith("/decree-on-online-public-services")
    for path in (old, f"/en/documents/{document.id}", f"/en/documents/{document.id}/"):
        response = client.get(path)
        assert response.status_code == 301 and response.headers["Location"].endswith(new)
    lao = document.url("lo")
    assert "ດຳລັດ" in unquote(lao)
    assert client.get(lao).status_code == 200


def test_unknown_unpublished_and_other_sites_documents_are_not_found(app, site, client,
                                                                   make_document):
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    hidden = make_document(published=False)
    assert client.get(hidden.url("lo")).status_code == 404
    assert client.get("/lo/documents/99999/x").status_code == 404
    shown = make_document(number="2/ນຍ")
    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    build_standard_site(other)
    assert client.get(shown.url("en"), base_url="http://other.test").status_code == 404
    assert client.get(shown.url("en"), base_url="http://ministry.test").status_code == 200


def test_the_standard_legal_documents_page_leads_to_the_library(app, site, client):
    response = client.get("/lo/documents")
    assert response.status_code in (301, 302, 308)
    assert response.headers["Location"].endswith("/lo/documents/")


def test_a_published_document_is_found_by_site_search_in_both_languages(app, site, client,
                                                                      make_document):
    from gweb.search import services as search
    from plugins.documents import services

    document = make_document()
    hidden = make_document(number="8/ນຍ", title_en="Secret decree", published=False)
    found = search.search(site.id, "en", "digital government services")
    assert [h.url for h in found.hits if h.kind == "documents"] == [document.url("en")]
    assert search.search(site.id, "lo", "136/ນຍ").total >= 1
    assert search.search(site.id, "en", "secret").total == 0
    services.delete_document(site.id, document)
    assert search.search(site.id, "en", "digital government services").total == 0
    assert hidden.id  # never indexed


def test_the_search_hook_gives_only_published_documents_for_a_rebuild(app, site, make_document):
    from gweb.hooks.manager import call_hook

    document = make_document()
    make_document(number="9/ນຍ", published=False)
    entries = [e for result in call_hook("gweb_search_documents", site=site) for e in result
               if e["kind"] == "documents"]
    assert {(e["key"], e["lang"]) for e in entries} == {(str(document.id), "lo"),
                                                        (str(document.id), "en")}
    english = next(e for e in entries if e["lang"] == "en")
    assert english["title"].startswith("Decree 136/ນຍ: ") and english["url"] == document.url("en")


def test_the_sitemap_lists_the_library_and_each_document_with_alternates(app, site, client,
                                                                        make_document):
    document = make_document()
    hidden = make_document(number="9/ນຍ", published=False)
    xml = html_of(client.get("/sitemap.xml"))
    assert "/lo/documents/</loc>" in xml and "/en/documents/</loc>" in xml
    assert f"/en/documents/{document.id}/decree-on-digital-government-services" in xml
    assert f"/documents/{hidden.id}/" not in xml


def test_switched_off_for_a_site_its_pages_and_admin_vanish_and_its_data_stays(app, site, login,
                                                                             make_document):
    from gweb.hooks.manager import plugin_host
    from gweb.hooks.services import set_site_state
    from plugins.documents.models import LegalDocument

    document = make_document()
    editor = login("editor")
    assert "/admin/documents/" in editor.get("/admin/").get_data(as_text=True)
    set_site_state(site.id, "documents", False, plugin_host().plugin_names())
    # The list's address shows the site's own standard page instead.
    assert document.title_lo not in editor.get("/lo/documents/").get_data(as_text=True)
    assert editor.get(document.url("en")).status_code == 404
    assert editor.get("/admin/documents/").status_code == 404
    assert "/admin/documents/" not in editor.get("/admin/").get_data(as_text=True)
    assert db.session.get(LegalDocument, document.id) is not None
    set_site_state(site.id, "documents", True, plugin_host().plugin_names())
    assert editor.get(document.url("en")).status_code == 200
