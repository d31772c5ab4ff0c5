"""The public e-services directory in Lao and English."""
from __future__ import annotations

from datetime import timedelta

from gweb.timeutil import utcnow


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def test_the_directory_answers_at_the_address_design_md_fixes(client, service):
    """/<lang>/services/ (the host grants the plugin that public name)."""
    saved = service()
    assert "ຊຳລະພາສີອາກອນ" in html_of(client, "/lo/services/")
    assert "Pay taxes" in html_of(client, f"/en/services/{saved.id}/")
    assert client.get("/lo/services").status_code in (301, 308)  # the tree's Services page


def test_visitors_read_a_service_with_everything_they_need_in_lao(client, service):
    saved = service(summary_lo="ຊຳລະພາສີຜ່ານອິນເຕີເນັດ", steps_lo="ລົງທະບຽນ\nຊຳລະເງິນ",
                    documents_lo="ບັດປະຈຳຕົວ\nເລກຜູ້ເສຍພາສີ", fees_lo="ບໍ່ເສຍຄ່າທຳນຽມ",
                    processing_time_lo="ທັນທີ", office_lo="ກົມສ່ວຍສາອາກອນ",
                    audiences=["citizens", "businesses"])
    from plugins.eservices import services

    html = html_of(client, services.public_url("lo", saved.id))
    assert '<html lang="lo">' in html and "<h1>ຊຳລະພາສີອາກອນ</h1>" in html
    assert "<h2 lang=\"lo\">ຂັ້ນຕອນ</h2>" in html and "<li>ລົງທະບຽນ</li>" in html
    assert "ເອກະສານທີ່ຕ້ອງການ" in html and "<li>ເລກຜູ້ເສຍພາສີ</li>" in html
    for label, value in (("ຄ່າທຳນຽມ", "ບໍ່ເສຍຄ່າທຳນຽມ"), ("ໄລຍະເວລາດຳເນີນການ", "ທັນທີ"),
                         ("ຫ້ອງການຮັບຜິດຊອບ", "ກົມສ່ວຍສາອາກອນ")):
        assert label in html and value in html
    assert "ປະຊາຊົນ, ວິສາຫະກິດ" in html


def test_the_online_link_shows_its_destination_host(client, service):
    from plugins.eservices import services

    saved = service(online_url="https://etax.example.la/pay?from=gweb")
    html = html_of(client, services.public_url("en", saved.id))
    assert 'href="https://etax.example.la/pay?from=gweb" rel="external noopener noreferrer"' in html
    assert "You will leave this site for etax.example.la" in html
    lao = html_of(client, services.public_url("lo", saved.id))
    assert "ທ່ານຈະອອກຈາກເວັບໄຊນີ້ໄປທີ່ etax.example.la" in lao


def test_a_current_maintenance_notice_shows_on_the_service_and_in_the_list(client, site, service):
    from plugins.eservices import services

    saved = service()
    now = utcnow()
    services.add_notice(site.id, saved, {"kind": "maintenance", "message_lo": "ປິດປັບປຸງລະບົບ",
                                         "message_en": "Closed for an upgrade",
                                         "starts_at": now - timedelta(hours=1),
                                         "ends_at": now + timedelta(hours=1)})
    services.add_notice(site.id, saved, {"kind": "downtime", "message_lo": "ອະນາຄົດ",
                                         "starts_at": now + timedelta(days=1),
                                         "ends_at": now + timedelta(days=2)})
    for path in (services.public_url("lo"), services.public_url("lo", saved.id)):
        html = html_of(client, path)
        assert "ປິດປັບປຸງ:</strong>" in html and "ປິດປັບປຸງລະບົບ" in html
        assert "ອະນາຄົດ" not in html
    english = html_of(client, services.public_url("en", saved.id))
    assert "Maintenance:</strong>" in english and "Closed for an upgrade" in english


def test_the_list_filters_by_audience_in_both_languages(client, service):
    from plugins.eservices import services

    service(title_lo="ສຳລັບວິສາຫະກິດ", title_en="For businesses", audiences=["businesses"])
    service(title_lo="ສຳລັບພະນັກງານ", title_en="For civil servants", audiences=["civil_servants"])
    html = html_of(client, services.public_url("en") + "?for=businesses")
    assert "For businesses" in html and "For civil servants" not in html
    assert 'aria-current="page">Businesses</a>' in html
    everyone = html_of(client, services.public_url("lo") + "?for=<script>")
    assert "ສຳລັບວິສາຫະກິດ" in everyone and "ສຳລັບພະນັກງານ" in everyone


def test_a_service_missing_in_english_is_shown_in_lao_and_marked_so(client, service):
    from plugins.eservices import services

    saved = service(title_en="")
    html = html_of(client, services.public_url("en", saved.id))
    assert "not described in English yet" in html
    assert '<article class="eservices-service" lang="lo">' in html


def test_a_hidden_or_unknown_service_is_404(client, service):
    from plugins.eservices import services

    hidden = service(published=False)
    assert client.get(services.public_url("lo", hidden.id)).status_code == 404
    assert client.get(services.public_url("lo", 99999)).status_code == 404


def test_the_sitemap_lists_the_directory_and_each_service(client, service):
    from plugins.eservices import services

    saved = service()
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    assert services.public_url("lo", saved.id) in xml and services.public_url("en") in xml
