"""Which site answers a request: host names with ports, upper case and
trailing dots, unknown hosts, suspended sites and the primary domain."""
from gweb.sites import services
from gweb.sites.structure import build_standard_site


def _second_site(db):
    other = services.create_site("province.test", {"lo": "ແຂວງທົດສອບ", "en": "Test Province"})
    build_standard_site(other)
    return other


def test_a_host_matches_its_site_whatever_the_port_case_or_trailing_dot(client, site, db):
    _second_site(db)
    for host in ("province.test", "PROVINCE.TEST", "province.test.", "Province.Test.:8443",
                 "province.test:80"):
        html = client.get("/en/", headers={"Host": host}).get_data(as_text=True)
        assert "Test Province" in html and "Ministry of Tests" not in html, host


def test_an_unknown_host_gets_a_404_page_saying_no_site_answers_there(client, site, db):
    _second_site(db)
    response = client.get("/en/", headers={"Host": "nobody.test"})
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "No website at this address" in html and "nobody.test" in html
    assert "Ministry of Tests" not in html and "Test Province" not in html


def test_a_single_site_install_answers_unknown_hosts_with_its_site(client, site):
    response = client.get("/en/", headers={"Host": "203.0.113.7:8080"})
    assert response.status_code == 200 and "Ministry of Tests" in response.get_data(as_text=True)


def test_another_domain_of_a_site_redirects_permanently_to_the_primary_keeping_path_and_query(
        client, site, db):
    _second_site(db)
    services.add_domain(site, "www.ministry.test")
    db.session.commit()
    response = client.get("/en/search?q=tax&page=2", headers={"Host": "WWW.Ministry.Test."})
    assert response.status_code == 301
    assert response.headers["Location"] == "http://ministry.test/en/search?q=tax&page=2"
    with_port = client.get("/lo/", headers={"Host": "www.ministry.test:8080"})
    assert with_port.headers["Location"] == "http://ministry.test:8080/lo/"
    assert client.get("/en/", headers={"Host": "ministry.test"}).status_code == 200


def test_a_unicode_domain_is_stored_in_its_idna_form_and_matched_by_it(client, site, db):
    lao = services.create_site("ກະຊວງ.test", {"lo": "ກະຊວງລາວ", "en": "Lao Ministry"})
    build_standard_site(lao)
    assert lao.primary_domain == "xn--" + "ກະຊວງ".encode("punycode").decode() + ".test"
    assert services.find_site("ກະຊວງ.test").id == lao.id
    html = client.get("/en/", headers={"Host": lao.primary_domain}).get_data(as_text=True)
    assert "Lao Ministry" in html


def test_duplicate_and_invalid_domain_names_are_refused_with_a_reason(app, site):
    import pytest

    from gweb.exceptions import ValidationError

    for bad, reason in (("MINISTRY.test.", "already belongs"), ("bad domain", "not a valid"),
                        ("-x-.test", "not a valid"), ("a" * 64 + ".test", "not a valid"),
                        ("ministry.test/admin", "not a valid"), ("", "not a valid")):
        with pytest.raises(ValidationError) as refused:
            services.create_site(bad, {"lo": "ກ", "en": "X"})
        assert reason in refused.value.errors["domain"], bad
        with pytest.raises(ValidationError):
            services.add_domain(site, bad)
    assert services.count_sites() == 1


def test_a_suspended_site_answers_503_with_a_notice_in_the_visitors_language(client, site, db):
    site.status = "suspended"
    db.session.commit()
    lao = client.get("/lo/")
    assert lao.status_code == 503
    assert "ເວັບໄຊນີ້ບໍ່ສາມາດໃຊ້ງານໄດ້ຊົ່ວຄາວ" in lao.get_data(as_text=True)
    english = client.get("/en/about")
    assert english.status_code == 503
    assert "This site is temporarily unavailable" in english.get_data(as_text=True)


def test_a_suspended_sites_admin_is_open_to_super_admins_only(client, site, db, login, app):
    from gweb.users.services import create_user
    from tests.conftest import csrf_token_from

    site.status = "suspended"
    db.session.commit()
    assert client.get("/admin/login").status_code == 200  # so that a super-admin can log in
    login("admin")
    assert client.get("/admin/").status_code == 503
    create_user("root@gweb.test", "correct horse battery", superadmin=True)
    db.session.commit()
    boss = app.test_client()
    page = boss.get("/admin/login")
    boss.post("/admin/login", data={"csrf_token": csrf_token_from(page.get_data(as_text=True)),
                                    "email": "root@gweb.test", "password": "correct horse battery"})
    assert boss.get("/admin/").status_code == 200
    assert boss.get("/en/").status_code == 503


def test_an_unknown_host_answers_in_lao_when_the_address_asks_for_no_language(client, site, db):
    _second_site(db)
    response = client.get("/", headers={"Host": "nobody.test"})
    assert response.status_code == 404
    assert '<html lang="lo"' in response.get_data(as_text=True)
