"""The documents editor at /admin/documents/: who may use it, adding and
changing documents, refusals in the editor's language, relations, PDFs,
deleting with confirmation, bodies and categories."""
from __future__ import annotations

import io
from datetime import date

from sqlalchemy import func, select

from gweb.extensions import db
from tests.conftest import csrf_token_from
from tests.plugins.documents.conftest import document_form


def documents():
    from plugins.documents.models import LegalDocument

    return list(db.session.scalars(select(LegalDocument)).unique())


def test_anonymous_visitors_go_to_the_login_and_authors_are_refused(app, site, client, login):
    from gweb.hooks.manager import plugin_host  # noqa: F401  (the plugin is loaded)

    response = client.get("/admin/documents/")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]
    author = login("author")
    for path in ("/admin/documents/", "/admin/documents/new", "/admin/documents/bodies/"):
        assert author.get(path).status_code == 403
    assert "/admin/documents/" not in author.get("/admin/").get_data(as_text=True)
    assert login("admin").get("/admin/documents/").status_code == 200


def test_an_editor_adds_a_document_in_lao_that_visitors_then_read(app, site, client, login,
                                                                  terms):
    editor = login("editor")
    page = editor.get("/admin/documents/new").get_data(as_text=True)
    assert "ເພີ່ມເອກະສານ" in page and "ປະເພດເອກະສານ" in page  # the editor's Lao
    response = document_form(editor, doc_type="law", number="20/ສພຊ",
                             issuer_id=str(terms["na"].id), issue_date="2012-12-07",
                             effective_date="2013-06-01",
                             title_lo="ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ",
                             title_en="Law on Electronic Transactions",
                             summary_en="<p>Rules.</p><script>x()</script>",
                             category_ids=[str(terms["cyber"].id)])
    assert response.status_code == 302
    [document] = documents()
    assert document.issue_date == date(2012, 12, 7) and document.summary_en == "<p>Rules.</p>"
    assert [c.id for c in document.categories] == [terms["cyber"].id]
    listing = editor.get("/admin/documents/").get_data(as_text=True)
    assert "20/ສພຊ" in listing and "ເຜີຍແຜ່ແລ້ວ" in listing
    public = client.get("/lo/documents/").get_data(as_text=True)
    assert "ກົດໝາຍວ່າດ້ວຍທຸລະກຳທາງເອເລັກໂຕຣນິກ" in public


def test_an_editor_changes_a_document_and_unpublishes_it(app, site, client, login, make_document):
    editor = login("editor")
    document = make_document()
    path = f"/admin/documents/{document.id}/edit"
    form = editor.get(path).get_data(as_text=True)
    assert 'value="136/ນຍ"' in form
    response = document_form(editor, path, number="136/ນຍ", issuer_id=str(document.issuer_id),
                             issue_date="2021-03-15", title_en="Decree, revised",
                             published="")
    assert response.status_code == 302
    db.session.refresh(document)
    assert document.title_en == "Decree, revised" and not document.published
    assert client.get(f"/en/documents/{document.id}").status_code == 404


def test_bad_input_is_refused_in_lao_and_nothing_is_saved(app, site, login, terms,
                                                          make_document):
    make_document()
    editor = login("editor", ui_lang="lo")
    base = {"issuer_id": str(terms["pm"].id), "title_lo": "ດຳລັດ", "number": "99/ນຍ",
            "issue_date": "2021-03-15"}
    cases = [({"issue_date": "1970-01-01"}, "ໃສ່ວັນທີລະຫວ່າງປີ 1975"),
             ({"issue_date": f"{date.today().year + 2}-01-01"}, "ໃສ່ວັນທີລະຫວ່າງປີ 1975"),
             ({"issue_date": "2021-02-30"}, "YYYY-MM-DD"),
             ({"effective_date": "2021-03-01"}, "ເອກະສານບໍ່ສາມາດມີຜົນສັກສິດກ່ອນວັນທີອອກໄດ້"),
             ({"number": "໑໓໖/ນຍ"}, "ມີເອກະສານປະເພດນີ້ ຈາກອົງການນີ້ ທີ່ໃຊ້ເລກທີ 136/ນຍ ແລ້ວ"),
             ({"status": "draft"}, "ໃສ່ວັນສຸດທ້າຍຂອງການປະກອບຄຳເຫັນ"),
             ({"gazette_url": "javascript:alert(1)"}, "https://")]
    for changes, message in cases:
        response = document_form(editor, **{**base, **changes})
        html = response.get_data(as_text=True)
        assert response.status_code == 200, changes
        assert message in html, changes
        assert 'aria-invalid="true"' in html
    assert len(documents()) == 1


def test_a_refusal_is_in_english_for_an_editor_working_in_english(app, site, login, terms,
                                                                  make_document):
    make_document()
    editor = login("editor", ui_lang="en")
    html = document_form(editor, issuer_id=str(terms["pm"].id), title_en="Copy",
                         number="136/ນຍ", issue_date="2021-03-15").get_data(as_text=True)
    assert "Another document of this type from this body already has the number 136/ນຍ." in html


def test_the_relations_editor_adds_removes_and_refuses_a_relation_to_itself(app, site, client,
                                                                          login, terms,
                                                                          make_document):
    editor = login("editor")
    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                        title_en="Law on Electronic Transactions")
    decree = make_document()
    path = f"/admin/documents/{decree.id}/relations"
    token = csrf_token_from(editor.get(path).get_data(as_text=True))
    refused = editor.post(path, data={"csrf_token": token, "kind": "amends",
                                      "target_id": str(decree.id)})
    assert "ເອກະສານບໍ່ສາມາດພົວພັນກັບຕົວມັນເອງໄດ້" in refused.get_data(as_text=True)
    assert editor.post(path, data={"csrf_token": token, "kind": "implements",
                                   "target_id": str(law.id)}).status_code == 302
    assert "Implemented by" in client.get(law.url("en")).get_data(as_text=True)
    page = editor.get(path).get_data(as_text=True)
    assert "ຈັດຕັ້ງປະຕິບັດ" in page
    from plugins.documents.relations import relations_of

    [related] = relations_of(decree)
    assert editor.post(f"{path}/{related.relation.id}/delete",
                       data={"csrf_token": token}).status_code == 302
    assert relations_of(law) == []


def test_deleting_asks_for_confirmation_first(app, site, login, make_document):
    editor = login("editor")
    document = make_document()
    page = editor.get(f"/admin/documents/{document.id}/delete").get_data(as_text=True)
    assert "ລຶບເອກະສານນີ້ບໍ?" in page and len(documents()) == 1
    assert editor.post(f"/admin/documents/{document.id}/delete", data={}).status_code == 400
    assert len(documents()) == 1  # no CSRF token, no deletion
    editor.post(f"/admin/documents/{document.id}/delete",
                data={"csrf_token": csrf_token_from(page)})
    assert documents() == []


def test_an_editor_uploads_a_pdf_per_language_and_a_non_pdf_is_refused_in_lao(
        app, site, client, login, make_document):
    from gweb.media.models import Media
    from plugins.documents.demo import demo_pdf

    editor = login("editor")
    document = make_document()
    path = f"/admin/documents/{document.id}/files"
    token = csrf_token_from(editor.get(path).get_data(as_text=True))
    refused = editor.post(path, data={"csrf_token": token, "lang": "lo",
                                      "file": (io.BytesIO(b"GIF89a not really"), "law.pdf")},
                          content_type="multipart/form-data")
    assert "ກະລຸນາອັບໂຫຼດເອກະສານເປັນໄຟລ໌ PDF" in refused.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Media.id))) == 0
    response = editor.post(path, data={"csrf_token": token, "lang": "lo",
                                       "file": (io.BytesIO(demo_pdf("Decree")), "decree.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.refresh(document)
    file = document.attachment("lo")
    assert file is not None and "decree.pdf" in editor.get(path).get_data(as_text=True)
    html = client.get(document.url("lo")).get_data(as_text=True)
    assert f'href="/media/{file.stored_name}" hreflang="lo"' in html
    editor.post(f"{path}/lo/delete", data={"csrf_token": token})
    db.session.refresh(document)
    assert document.attachment("lo") is None
    assert db.session.scalar(select(func.count(Media.id))) == 0


def test_editors_keep_the_lists_of_bodies_and_categories(app, site, login):
    from plugins.documents import services

    editor = login("editor")
    token = csrf_token_from(editor.get("/admin/documents/bodies/").get_data(as_text=True))
    editor.post("/admin/documents/bodies/", data={"csrf_token": token, "name_lo": "ລັດຖະບານ",
                                                  "name_en": "Government"})
    refused = editor.post("/admin/documents/bodies/", data={"csrf_token": token,
                                                            "name_lo": "ລັດຖະບານ", "name_en": ""})
    assert "ຊື່ນີ້ມີຢູ່ໃນລາຍການແລ້ວ" in refused.get_data(as_text=True)
    editor.post("/admin/documents/categories/", data={"csrf_token": token, "name_lo": "",
                                                      "name_en": "Telecommunications"})
    assert [b.name_en for b in services.list_terms(site.id, "body")] == ["Government"]
    [category] = services.list_terms(site.id, "category")
    editor.post(f"/admin/documents/categories/{category.id}/delete", data={"csrf_token": token})
    assert services.list_terms(site.id, "category") == []


def test_the_admin_list_filters_by_number_in_lao_digits_type_and_status(app, site, login, terms,
                                                                      make_document):
    editor = login("editor")
    make_document()
    make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                  title_en="Law on Electronic Transactions")
    html = editor.get("/admin/documents/?q=໒໐").get_data(as_text=True)
    assert "20/ສພຊ" in html and "136/ນຍ" not in html
    html = editor.get("/admin/documents/?type=decree&status=in_force").get_data(as_text=True)
    assert "136/ນຍ" in html and "20/ສພຊ" not in html


def test_the_demo_adds_a_dozen_documents_once(app, site):
    from plugins.documents.demo import add_demo
    from plugins.documents.relations import relations_of

    added = add_demo(site)
    assert added > 12 and len(documents()) == 12
    assert add_demo(site) == 0 and len(documents()) == 12
    draft = next(d for d in documents() if d.status == "draft")
    assert draft.comment_deadline > date.today() and not draft.number
    assert all(d.title_lo and d.title_en for d in documents())
    assert sum(len(relations_of(d)) for d in documents()) == 14  # 7 relations, seen both ways


def test_the_media_library_says_a_pdf_is_a_documents_attachment(app, site, make_document):
    from gweb.media.models import Media
    from gweb.media.services import usages
    from plugins.documents.models import DocumentsAttachment

    document = make_document()
    media = Media(site_id=site.id, kind="document", stored_name="decree.pdf",
                  original_name="decree.pdf", mime_type="application/pdf", size=10, sha256="0" * 64)
    db.session.add(media)
    db.session.flush()
    db.session.add(DocumentsAttachment(site_id=site.id, document_id=document.id, lang="lo",
                                       media_id=media.id, stored_name="decree.pdf"))
    db.session.commit()
    used = usages(site.id, media)
    assert used.in_use and document.number in used.others[0]["label"]
