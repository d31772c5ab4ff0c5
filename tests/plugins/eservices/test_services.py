"""The e-services plugin's services: checks, Lao ordering, notices, search."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.timeutil import utcnow
from tests.conftest import schema_differences


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "tax.gov.la", "htp://tax.gov.la", "https://", "https:// tax.gov.la",
    "https://tax gov.la/", "ftp://tax.gov.la/", "https://user:pw@tax.gov.la/",
    "https://tax.gov.la:port/", "https://" + "a" * 500 + ".la/", "//tax.gov.la/",
])
def test_a_malformed_link_is_refused_with_a_message_and_nothing_is_saved(site, url):
    from plugins.eservices import services
    from plugins.eservices.models import EservicesService

    with pytest.raises(ValidationError) as error:
        services.save_service(site.id, {"title_lo": "ບໍລິການ", "audiences": ["citizens"],
                                        "online_url": url})
    assert error.value.errors["online_url"]
    assert db.session.scalars(select(EservicesService)).all() == []


@pytest.mark.parametrize("url", ["https://tax.gov.la/", "http://127.0.0.1:8080/x?y=1",
                                 "https://ບໍລິການ.ລາວ/", "https://[::1]:8443/"])
def test_well_formed_links_are_accepted(site, url):
    from plugins.eservices import services

    saved = services.save_service(site.id, {"title_lo": "ບໍລິການ", "audiences": ["citizens"],
                                            "online_url": url})
    assert saved.online_url == url


def test_a_service_needs_a_name_and_an_audience(site):
    from plugins.eservices import services

    with pytest.raises(ValidationError) as error:
        services.save_service(site.id, {"audiences": [], "fees_en": "Free"})
    assert set(error.value.errors) >= {"audiences", "title_en"}
    with pytest.raises(ValidationError) as error:
        services.save_service(site.id, {"audiences": ["aliens"], "title_lo": "ບໍລິການ"})
    assert "audiences" in error.value.errors


def test_the_directory_is_in_lao_alphabetical_order_not_codepoint_order(site, service):
    from plugins.eservices import services

    for title in ("ເອກະສານ", "ກວດສຸຂະພາບ", "ໃບອະນຸຍາດ", "ຂໍວີຊາ"):
        service(title_lo=title, title_en="")
    titles = [s.translation("lo").title for s in services.public_services(site.id, "lo")]
    # ICU puts each word with a pre-vowel (ເ ໃ) by its consonant: ອ after ຂ and ບ.
    assert titles == ["ກວດສຸຂະພາບ", "ຂໍວີຊາ", "ໃບອະນຸຍາດ", "ເອກະສານ"]
    assert titles != sorted(titles)


def test_the_directory_filters_by_audience(site, service):
    from plugins.eservices import services

    service(title_lo="ສຳລັບວິສາຫະກິດ", audiences=["businesses"])
    service(title_lo="ສຳລັບທຸກຄົນ", audiences=["citizens", "businesses"])
    service(title_lo="ສຳລັບພະນັກງານ", audiences=["civil_servants"])
    names = [s.translation("lo").title
             for s in services.public_services(site.id, "lo", "businesses")]
    assert sorted(names) == sorted(["ສຳລັບວິສາຫະກິດ", "ສຳລັບທຸກຄົນ"])


def test_steps_and_documents_are_kept_one_a_line(site, service):
    saved = service(steps_en="  Register\n\n Pay \nCollect", documents_en="ID card\nPhoto")
    text = saved.translation("en")
    assert text.step_list() == ["Register", "Pay", "Collect"]
    assert text.document_list() == ["ID card", "Photo"]


def test_a_notice_shows_only_between_its_start_and_end(site, service):
    from plugins.eservices import services

    saved = service()
    start = datetime(2030, 1, 10, 1, 0)
    notice = services.add_notice(site.id, saved, {"kind": "downtime", "message_lo": "ຂັດຂ້ອງ",
                                                  "starts_at": start,
                                                  "ends_at": start + timedelta(hours=4)})
    assert saved.current_notices(start - timedelta(minutes=1)) == []
    assert saved.current_notices(start) == [notice]
    assert saved.current_notices(start + timedelta(hours=4)) == []


@pytest.mark.parametrize("values, field", [
    ({"message_lo": "", "message_en": ""}, "message_lo"),
    ({"starts_at": None}, "starts_at"),
    ({"ends_at": datetime(2030, 1, 1)}, "ends_at"),
    ({"starts_at": datetime(1800, 1, 1)}, "starts_at"),
    ({"kind": "party"}, "kind"),
])
def test_a_bad_notice_is_refused_and_nothing_is_saved(site, service, values, field):
    from plugins.eservices import services
    from plugins.eservices.models import EservicesNotice

    saved = service()
    data = {"kind": "maintenance", "message_lo": "ປິດປັບປຸງ", "starts_at": datetime(2030, 1, 2),
            "ends_at": datetime(2030, 1, 3), **values}
    with pytest.raises(ValidationError) as error:
        services.add_notice(site.id, saved, data)
    assert field in error.value.errors
    assert db.session.scalars(select(EservicesNotice)).all() == []


def test_search_and_sitemap_carry_published_services_only(site, service):
    from gweb.search import services as search
    from plugins.eservices import services

    shown = service(title_lo="ລົງທະບຽນວິສາຫະກິດ", title_en="Business registration")
    hidden = service(title_lo="ເຊື່ອງໄວ້", title_en="Hidden", published=False)
    docs = services.search_documents(site.id)
    assert {(d["key"], d["lang"]) for d in docs} == {(str(shown.id), "lo"), (str(shown.id), "en")}
    base = services.public_url("en")
    assert [h.url for h in search.search(site.id, "en", "registration").hits] == [
        f"{base}{shown.id}/"]
    assert search.search(site.id, "en", "hidden").hits == []
    locs = [e["loc"] for e in services.sitemap_urls(site.id)]
    assert {"lo": services.public_url("lo", shown.id), "en": f"{base}{shown.id}/"} in locs
    assert not any(str(hidden.id) + "/" in url for loc in locs for url in loc.values()
                   if url.rstrip("/").endswith(str(hidden.id)))
    services.delete_service(site.id, shown)
    assert search.search(site.id, "en", "registration").hits == []


def test_the_demo_adds_six_services_once_one_under_maintenance(site):
    from plugins.eservices import services
    from plugins.eservices.demo import add_demo

    assert add_demo(site) == 6
    assert add_demo(site) == 0
    listed = services.public_services(site.id, "lo")
    assert len(listed) == 6 and all(set(s.languages()) == {"lo", "en"} for s in listed)
    assert sum(bool(s.current_notices(utcnow())) for s in listed) == 1
    assert {"citizens", "businesses", "civil_servants"} <= {
        a for s in listed for a in s.audience_list()}


def test_the_migration_builds_exactly_the_tables_the_models_describe(eservices_app):
    assert schema_differences("eservices_") == []
    assert {"eservices_service", "eservices_translation", "eservices_notice"} <= set(
        db.metadata.tables)
