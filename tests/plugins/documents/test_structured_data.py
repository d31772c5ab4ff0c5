"""A legal document described for search engines: schema.org Legislation in
JSON-LD, with its number, type, dates, force, issuer and files."""
from __future__ import annotations

import io

from tests.seo.helpers import canonical, head_of, of_type


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def test_a_document_is_legislation_with_its_number_dates_force_and_issuer(app, site, client, terms,
                                                                          make_document):
    from plugins.documents import attachments
    from plugins.documents.demo import demo_pdf

    law = make_document(doc_type="law", number="20/ສພຊ", issuer_id=terms["na"].id,
                        title_en="Law on Electronic Transactions")
    attachments.attach_pdf(app.config["MEDIA_ROOT"], site.id, law, "en",
                           io.BytesIO(demo_pdf("Law")), "law-20.pdf")
    html = html_of(client, law.url("en"))
    data = of_type(html, "Legislation")
    assert data["name"] == "Law on Electronic Transactions" and data["inLanguage"] == "en"
    assert data["legislationIdentifier"] == "20/ສພຊ"
    assert data["legislationType"] == "Law"
    assert data["legislationDate"] == "2021-03-15"
    assert data["legislationDateOfApplicability"] == "2021-04-01"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"
    assert data["legislationPassedBy"] == {"@type": "GovernmentOrganization",
                                           "name": "National Assembly"}
    assert data["abstract"] == "Summary"
    assert data["url"] == "http://localhost" + law.url("en")
    [pdf] = data["encoding"]
    assert pdf["encodingFormat"] == "application/pdf" and pdf["inLanguage"] == "en"
    assert pdf["contentUrl"].startswith("http://localhost/media/")
    assert canonical(html) == ["http://localhost" + law.url("en")]
    assert head_of(html).meta["description"] == ["Summary"]


def test_a_repealed_document_is_marked_no_longer_in_force(client, make_document):
    repealed = make_document(status="repealed")
    data = of_type(html_of(client, repealed.url("lo")), "Legislation")
    assert data["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert data["name"] == "ດຳລັດວ່າດ້ວຍການບໍລິການລັດຖະບານດິຈິຕອນ"
