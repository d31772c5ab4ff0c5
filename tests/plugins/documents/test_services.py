"""The documents plugin's services: checking input, numbers in either digit
system, relations both ways, PDFs through the media library, the public list."""
from __future__ import annotations

import io
import os
from datetime import date

import pytest
from sqlalchemy import func, select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from tests.conftest import schema_differences


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_number_typed_with_lao_digits_and_spaces_has_the_same_key_as_with_arabic_digits():
    from plugins.documents.numbers import number_key

    assert number_key("໑໓໖ / ນຍ") == number_key("136/ນຍ") == "136/ນຍ"
    assert number_key("14/plbr") == number_key("14/PLBR")
    assert number_key("໐໕/ຫລຄ") == number_key("05/ຫຼຄ")  # both spellings of ຫຼ


def test_a_saved_document_keeps_its_fields_and_sanitises_its_summary(app, site, terms,
                                                                      make_document):
    document = make_document(summary_en='<p onclick="x()">Text</p><script>alert(1)</script>',
                             agency_id=terms["na"].id, gazette_url="https://gazette.example/1")
    assert document.number == "136/ນຍ" and document.issuer.name("en") == "Prime Minister"
    assert document.agency.name("lo") == "ສະພາແຫ່ງຊາດ"
    assert [c.name("en") for c in document.categories] == ["Digital government"]
    assert "script" not in document.summary_en and "onclick" not in document.summary_en
    assert document.url("lo").startswith(f"/lo/documents/{document.id}/")


@pytest.mark.parametrize("values, field", [
    ({"issue_date": date(1974, 12, 31)}, "issue_date"),
    ({"issue_date": date(date.today().year + 2, 1, 1)}, "issue_date"),
    ({"issue_date": None}, "issue_date"),
    ({"issue_date": date(2021, 3, 15), "effective_date": date(2021, 3, 14)}, "effective_date"),
    ({"status": "draft", "comment_deadline": None}, "comment_deadline"),
    ({"number": ""}, "number"),
    ({"title_lo": "", "title_en": ""}, "title_lo"),
    ({"gazette_url": "javascript:alert(1)"}, "gazette_url"),
    ({"doc_type": "poem"}, "doc_type"),
    ({"issuer_id": 99999}, "issuer_id"),
])
def test_wrong_values_are_refused_naming_the_field_and_nothing_is_saved(app, site, terms,
                                                                        make_document, values,
                                                                        field):
    from plugins.documents.models import LegalDocument

    with pytest.raises(ValidationError) as caught:
        make_document(**values)
    assert field in caught.value.errors
    assert count(LegalDocument) == 0


def test_a_document_may_take_effect_on_the_day_it_is_issued_or_years_later(app, site,
                                                                           make_document):
    make_document(number="1/ນຍ", effective_date=date(2021, 3, 15))
    make_document(number="2/ນຍ", effective_date=date(2026, 1, 1))


def test_a_draft_for_comment_needs_no_number_but_a_deadline_after_its_publication(
        app, site, make_document):
    draft = make_document(doc_type="draft", number="", status="draft",
                          issue_date=date(2025, 5, 1), effective_date=None,
                          comment_deadline=date(2025, 6, 30))
    assert draft.number_key is None and draft.comment_deadline == date(2025, 6, 30)
    with pytest.raises(ValidationError) as caught:
        make_document(doc_type="draft", number="", status="draft", issue_date=date(2025, 5, 1),
                      effective_date=None, comment_deadline=date(2025, 4, 30))
    assert "comment_deadline" in caught.value.errors
    second = make_document(doc_type="draft", number="", status="draft",
                           issue_date=date(2025, 5, 2), effective_date=None,
                           comment_deadline=date(2025, 7, 1))
    assert second.id != draft.id  # two drafts without numbers are not duplicates


def test_a_deadline_is_dropped_from_a_document_that_is_not_a_draft(app, site, make_document):
    document = make_document(comment_deadline=date(2021, 5, 1))
    assert document.comment_deadline is None


def test_a_duplicate_number_within_one_issuer_and_type_is_refused_in_either_digit_system(
        app, site, terms, make_document):
    from plugins.documents.models import LegalDocument

    make_document()
    for typed in ("136/ນຍ", "໑໓໖/ນຍ", " 136 / ນຍ "):
        with pytest.raises(ValidationError) as caught:
            make_document(number=typed, title_en="Another decree")
        assert "136/ນຍ" in caught.value.errors["number"]
    make_document(doc_type="decision")  # another type: fine
    make_document(issuer_id=terms["na"].id)  # another issuer: fine
    assert count(LegalDocument) == 3


def test_editing_a_document_may_keep_its_own_number(app, site, make_document):
    from plugins.documents import services
    from plugins.documents.forms import DocumentForm

    document = make_document()
    values = {**DocumentForm.data_of(document), "title_en": "Renamed decree"}
    assert services.save_document(site.id, values, document=document).title_en == "Renamed decree"


def test_relations_show_both_ways_and_a_relation_to_itself_or_twice_is_refused(
        app, site, terms, make_document):
    from plugins.documents import relations
    from plugins.documents.models import DocumentsRelation

    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                        title_en="Law on Electronic Transactions")
    decree = make_document()
    relations.add_relation(site.id, decree, law.id, "implements")
    [out] = relations.relations_of(decree)
    [back] = relations.relations_of(law)
    assert (out.direction, out.kind, out.other.id) == ("out", "implements", law.id)
    assert (back.direction, back.kind, back.other.id) == ("in", "implements", decree.id)
    with pytest.raises(ValidationError) as caught:
        relations.add_relation(site.id, decree, decree.id, "amends")
    assert "itself" in caught.value.errors["target_id"]
    with pytest.raises(ValidationError):
        relations.add_relation(site.id, decree, law.id, "implements")
    with pytest.raises(ValidationError):
        relations.add_relation(site.id, decree, law.id, "cancels")
    assert count(DocumentsRelation) == 1


def test_the_audit_log_names_a_relation_in_lao_and_english_whoever_reads_it(
        app, site, terms, make_document):
    from gweb.audit.models import AuditEvent
    from plugins.documents import relations

    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id)
    decree = make_document()
    relations.add_relation(site.id, decree, law.id, "repeals")
    summary = db.session.scalar(select(AuditEvent.summary).where(
        AuditEvent.action == "documents.relate"))
    assert "136/ນຍ" in summary and "20/ສພຊ" in summary
    assert "Repeals" in summary and "ຍົກເລີກ" in summary and " repeals " not in summary


def test_deleting_a_document_removes_its_relations_both_ways(app, site, terms, make_document):
    from plugins.documents import relations, services
    from plugins.documents.models import DocumentsRelation

    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id)
    decree = make_document()
    relations.add_relation(site.id, decree, law.id, "implements")
    services.delete_document(site.id, law)
    assert count(DocumentsRelation) == 0 and relations.relations_of(decree) == []


def test_a_body_that_issued_documents_cannot_be_deleted_but_a_category_can(app, site, terms,
                                                                          make_document):
    from plugins.documents import services

    document = make_document()
    with pytest.raises(ValidationError):
        services.delete_term(site.id, "body", terms["pm"])
    services.delete_term(site.id, "category", terms["gov"])
    db.session.refresh(document)
    assert document.categories == []


def test_a_pdf_is_stored_in_the_media_library_and_replaced_under_the_same_address(
        app, site, make_document):
    from gweb.media.models import Media
    from plugins.documents import attachments
    from plugins.documents.demo import demo_pdf

    document = make_document()
    root = app.config["MEDIA_ROOT"]
    first = attachments.attach_pdf(root, site.id, document, "lo", io.BytesIO(demo_pdf("One")),
                                   "decree-136.pdf")
    address = first.url
    again = attachments.attach_pdf(root, site.id, document, "lo",
                                   io.BytesIO(demo_pdf("One, corrected")), "decree-136-v2.pdf")
    assert again.url == address and again.original_name == "decree-136-v2.pdf"
    assert count(Media) == 1
    assert app.test_client().get(address).headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n" + b"0" * 100, "as a PDF file"),
    (b"just some text", "as a PDF file"),
    (b"", "empty"),
    (b"%PDF-1.4\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n%%EOF\n", "scripts"),
    (b"%PDF-1.4\n1 0 obj << >> endobj\n", "incomplete"),
])
def test_a_file_that_is_not_a_clean_pdf_is_refused_and_leaves_nothing_behind(
        app, site, make_document, data, words):
    from gweb.media.models import Media
    from plugins.documents import attachments
    from plugins.documents.models import DocumentsAttachment

    document = make_document()
    with pytest.raises(ValidationError) as caught:
        attachments.attach_pdf(app.config["MEDIA_ROOT"], site.id, document, "en",
                               io.BytesIO(data), "decree.pdf")
    assert words in caught.value.errors["file"]
    assert count(Media) == 0 and count(DocumentsAttachment) == 0
    media_root = app.config["MEDIA_ROOT"]
    assert not os.path.exists(media_root) or not any(files for _, _, files in os.walk(media_root))


def test_the_list_sorts_titles_in_lao_collation_not_code_point_order(app, site, make_document):
    from plugins.documents.listing import Filters, browse

    titles = (("1/ນຍ", "ວຽກງານໄປສະນີ"), ("2/ນຍ", "ເກັບກຳຂໍ້ມູນ"), ("3/ນຍ", "ຂໍ້ມູນຂ່າວສານ"))
    for number, title in titles:
        make_document(number=number, title_lo=title)
    result = browse(site.id, "lo", Filters(sort="title"))
    # ເກັບ sorts under ກ (before ຂ); code points would put it last.
    assert [d.title_lo for d in result.items] == ["ເກັບກຳຂໍ້ມູນ", "ຂໍ້ມູນຂ່າວສານ", "ວຽກງານໄປສະນີ"]


def test_titles_sort_in_lao_collation_across_pages_and_a_renamed_document_moves(
        app, site, make_document):
    from plugins.documents import services
    from plugins.documents.forms import DocumentForm
    from plugins.documents.listing import Filters, browse

    # Five titles in code-point order, which is not Lao order: ເ (a vowel
    # written first) sorts under the consonant after it.
    titles = ["ກົດໝາຍ", "ຂໍ້ຕົກລົງ", "ວຽກງານ", "ເກັບກຳ", "ແຜນການ"]
    made = {title: make_document(number=f"{n + 1}/ນຍ", title_lo=title, title_en="")
            for n, title in enumerate(titles)}

    def shown(lang="lo"):
        return [d.title(lang) for page in (1, 2, 3)
                for d in browse(site.id, lang, Filters(sort="title"), page=page,
                                per_page=2).items]

    assert shown() == ["ກົດໝາຍ", "ເກັບກຳ", "ຂໍ້ຕົກລົງ", "ແຜນການ", "ວຽກງານ"]
    # Without an English title the Lao one is shown, and sorted, in English too.
    assert shown("en") == shown()
    document = made["ວຽກງານ"]
    services.save_document(site.id, {**DocumentForm.data_of(document), "title_lo": "ກະຊວງ"},
                           document=document)
    assert shown()[:2] == ["ກະຊວງ", "ກົດໝາຍ"]


def test_the_migration_builds_exactly_the_tables_the_model_describes(app):
    assert schema_differences("documents_") == []


def test_the_title_keys_migration_orders_documents_saved_before_it_and_goes_back(app, site,
                                                                                  make_document):
    import flask_migrate
    import sqlalchemy as sa

    from gweb.schema import upgrade_all
    from plugins.documents.listing import Filters, browse

    site_id = site.id
    for n, title in enumerate(["ວຽກງານ", "ເກັບກຳ", "ກົດໝາຍ"]):
        make_document(number=f"{n + 1}/ນຍ", title_lo=title)
    db.session.remove()
    flask_migrate.downgrade(revision="documents0001")
    columns = {c["name"] for c in sa.inspect(db.engine).get_columns("documents_document")}
    assert "title_key_lo" not in columns and "title_lo" in columns
    db.session.remove()

    upgrade_all(app)
    result = browse(site_id, "lo", Filters(sort="title"))
    assert [d.title_lo for d in result.items] == ["ກົດໝາຍ", "ເກັບກຳ", "ວຽກງານ"]


def test_rekeying_after_an_icu_upgrade_restores_the_title_order(app, site, make_document):
    import sqlalchemy as sa

    from plugins.documents.listing import Filters, browse

    for n, title in enumerate(["ວຽກງານ", "ເກັບກຳ", "ກົດໝາຍ"]):
        make_document(number=f"{n + 1}/ນຍ", title_lo=title)
    # Keys another ICU made: they no longer say the Lao order.
    db.session.execute(sa.text("UPDATE documents_document SET title_key_lo = :key"),
                       {"key": b"\x01"})
    db.session.commit()

    result = app.test_cli_runner().invoke(args=["documents", "rekey"])
    assert result.exit_code == 0 and "3 document(s) re-keyed" in result.output
    items = browse(site.id, "lo", Filters(sort="title")).items
    assert [d.title_lo for d in items] == ["ກົດໝາຍ", "ເກັບກຳ", "ວຽກງານ"]


def test_the_list_filters_by_type_year_body_category_status_and_number(app, site, terms,
                                                                      make_document):
    from plugins.documents.listing import Filters, browse

    decree = make_document()
    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                        issue_date=date(2012, 12, 7), effective_date=None, status="amended",
                        category_ids=[terms["cyber"].id], title_en="Law on Transactions")
    hidden = make_document(number="99/ນຍ", published=False)

    def ids(**filters):
        return [d.id for d in browse(site.id, "en", Filters(**filters)).items]

    assert ids() == [decree.id, law.id]  # newest first; unpublished left out
    assert ids(sort="date_asc") == [law.id, decree.id]
    assert ids(doc_type="law") == [law.id]
    assert ids(year=2012) == [law.id]
    assert ids(body=terms["pm"].id) == [decree.id]
    assert ids(category=terms["cyber"].id) == [law.id]
    assert ids(status="amended") == [law.id]
    assert ids(q="໒໐/ສພຊ") == [law.id]  # Lao digits find the Arabic-digit number
    assert ids(q="20 / ສພຊ") == [law.id]
    assert ids(q="transactions") == [law.id]
    assert hidden.id not in ids(q="99")
    assert browse(site.id, "en", Filters()).years == (2021, 2012)


def test_the_list_pages_and_a_page_past_the_end_shows_the_last(app, site, make_document):
    from plugins.documents.listing import Filters, browse

    for n in range(7):
        make_document(number=f"{n + 1}/ນຍ", issue_date=date(2020, 1, n + 1))
    result = browse(site.id, "lo", Filters(), page=9, per_page=5)
    assert (result.total, result.pages, result.page, len(result.items)) == (7, 2, 2, 2)


def test_filters_from_a_query_string_drop_what_they_do_not_know():
    from plugins.documents.listing import Filters

    filters = Filters.from_args({"type": "poem", "year": "abc", "body": "1; drop", "sort": "x",
                                 "status": "in_force", "q": "  136   ນຍ "})
    assert (filters.doc_type, filters.year, filters.body, filters.sort, filters.status,
            filters.q) == ("", None, None, "date", "in_force", "136 ນຍ")
