"""The e-services editor at /admin/eservices/ and the plugin switched off."""
from __future__ import annotations

import re

from sqlalchemy import select

from gweb.extensions import db
from tests.conftest import csrf_token_from


def all_services():
    from plugins.eservices.models import EservicesService

    return list(db.session.scalars(select(EservicesService)))


def post_service(client, path, **values):
    page = client.get(path)
    assert page.status_code == 200
    data = {"csrf_token": csrf_token_from(page.get_data(as_text=True)), "online_url": "",
            "published": "y"}
    data.update(values)
    return client.post(path, data=data)


def test_an_editor_adds_a_service_that_visitors_find_in_the_directory(login, client):
    from plugins.eservices import services

    editor = login("editor")
    response = post_service(editor, "/admin/eservices/new", audiences=["citizens", "businesses"],
                            online_url="https://etax.example.la/", title_lo="ຊຳລະພາສີອາກອນ",
                            title_en="Pay taxes", steps_en="Register\nPay", fees_en="Free")
    assert response.status_code == 302
    saved = all_services()[0]
    assert saved.audience_list() == ["citizens", "businesses"]
    assert "ຊຳລະພາສີອາກອນ" in client.get(services.public_url("lo")).get_data(as_text=True)
    listing = editor.get("/admin/eservices/").get_data(as_text=True)
    assert "ຊຳລະພາສີອາກອນ" in listing and "https://etax.example.la/" in listing


def test_a_malformed_link_is_refused_in_lao_and_nothing_is_saved(login):
    editor = login("editor")
    response = post_service(editor, "/admin/eservices/new", audiences=["citizens"],
                            online_url="javascript:alert(1)", title_lo="ບໍລິການ")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ກະລຸນາໃສ່ທີ່ຢູ່ເຕັມຂອງບໍລິການອອນລາຍ ທີ່ເລີ່ມຕົ້ນດ້ວຍ https://" in html
    assert 'value="javascript:alert(1)"' in html  # what was typed stays, to be corrected
    no_audience = post_service(editor, "/admin/eservices/new", title_lo="ບໍລິການ")
    assert "ກະລຸນາເລືອກວ່າການບໍລິການນີ້ສຳລັບໃຜ" in no_audience.get_data(as_text=True)
    assert all_services() == []


def test_an_operator_posts_and_removes_a_maintenance_notice(login, client, service):
    from plugins.eservices import services

    saved = service()
    editor = login("editor")
    path = f"/admin/eservices/{saved.id}/notices"
    page = editor.get(path).get_data(as_text=True)
    backwards = editor.post(path, data={"csrf_token": csrf_token_from(page), "kind": "downtime",
                                        "message_lo": "ຂັດຂ້ອງ", "starts_at": "2030-01-10T08:00",
                                        "ends_at": "2030-01-09T08:00"})
    assert "ເວລາສິ້ນສຸດຕ້ອງຢູ່ຫຼັງເວລາເລີ່ມຕົ້ນ" in backwards.get_data(as_text=True)
    response = editor.post(path, data={"csrf_token": csrf_token_from(page), "kind": "downtime",
                                       "message_lo": "ລະບົບຂັດຂ້ອງ",
                                       "starts_at": "2020-01-01T08:00",
                                       "ends_at": "2099-01-01T08:00"})
    assert response.status_code == 302
    db.session.refresh(saved)
    assert saved.notices[0].starts_at.hour == 1  # 08:00 in Vientiane is 01:00 UTC
    public = client.get(services.public_url("lo", saved.id)).get_data(as_text=True)
    assert "ບໍລິການຂັດຂ້ອງ:</strong>" in public and "ລະບົບຂັດຂ້ອງ" in public
    page = editor.get(path).get_data(as_text=True)
    notice_id = saved.notices[0].id
    editor.post(f"/admin/eservices/notices/{notice_id}/delete",
                data={"csrf_token": csrf_token_from(page)})
    assert "ລະບົບຂັດຂ້ອງ" not in client.get(services.public_url("lo", saved.id)).get_data(
        as_text=True)


def test_an_editor_changes_and_deletes_a_service(login, client, service):
    from plugins.eservices import services

    saved = service()
    editor = login("editor")
    post_service(editor, f"/admin/eservices/{saved.id}/edit", audiences=["citizens"],
                 title_lo="ຊື່ໃໝ່")
    assert "ຊື່ໃໝ່" in client.get(services.public_url("lo", saved.id)).get_data(as_text=True)
    confirm = editor.get(f"/admin/eservices/{saved.id}/delete").get_data(as_text=True)
    editor.post(f"/admin/eservices/{saved.id}/delete",
                data={"csrf_token": csrf_token_from(confirm)})
    assert all_services() == []


def test_only_editors_may_edit_services(login, client):
    assert "/admin/login" in client.get("/admin/eservices/").headers["Location"]
    author = login("author")
    assert author.get("/admin/eservices/").status_code == 403
    assert author.get("/admin/eservices/new").status_code == 403
    editor = login("editor")
    assert re.search(r'<a href="/admin/eservices/"[^>]*>ບໍລິການອອນລາຍ</a>',
                     editor.get("/admin/").get_data(as_text=True))


def test_a_service_of_another_site_cannot_be_edited(login, site):
    from gweb.sites.services import create_site
    from plugins.eservices import services

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    db.session.commit()
    foreign = services.save_service(other.id, {"title_lo": "ຂອງເວັບໄຊອື່ນ",
                                               "audiences": ["citizens"]})
    here = "http://ministry.test"
    editor = login("editor", base_url=here)
    assert editor.get(f"/admin/eservices/{foreign.id}/edit", base_url=here).status_code == 404
    assert editor.get(f"/admin/eservices/{foreign.id}/notices", base_url=here).status_code == 404
    assert "ຂອງເວັບໄຊອື່ນ" not in editor.get(services.public_url("lo"), base_url=here).get_data(
        as_text=True)


def test_a_site_that_switches_eservices_off_gets_404s_no_menu_entry_and_keeps_its_data(
        login, client, site, service):
    from gweb.hooks.manager import plugin_host
    from gweb.hooks.services import set_site_state
    from plugins.eservices import services

    saved = service(title_lo="ຍັງຢູ່")
    editor = login("editor")
    set_site_state(site.id, "eservices", False, plugin_host().plugin_names())
    for path in (services.public_url("en", saved.id), "/admin/eservices/"):
        assert client.get(path).status_code == 404, path
    # The list's address shows the site's own standard Services page instead.
    assert "ຍັງຢູ່" not in client.get(services.public_url("lo")).get_data(as_text=True)
    assert 'href="/admin/eservices/"' not in editor.get("/admin/").get_data(as_text=True)
    assert [s.id for s in all_services()] == [saved.id]
    set_site_state(site.id, "eservices", True, plugin_host().plugin_names())
    assert "ຍັງຢູ່" in client.get(services.public_url("lo", saved.id)).get_data(as_text=True)
