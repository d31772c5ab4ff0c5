"""The Site settings screen: who may use it, what it saves, and what the public
site shows afterwards."""
import re

import pytest

from gweb.audit.models import AuditEvent
from gweb.media.models import Media
from gweb.pages import editorial
from gweb.sites.models import Site
from tests.conftest import csrf_token_from

URL = "/admin/settings/"


def _image(db, site_id, name, kind="image", alt=None):
    media = Media(site_id=site_id, kind=kind, stored_name=f"{name}-{site_id}.png",
                  original_name=f"{name}.png", mime_type="image/png", size=10, width=200,
                  height=100, sha256="0" * 64)
    if alt:
        from gweb.media.models import MediaTranslation

        media.translations.append(MediaTranslation(lang="lo", alt=alt))
    db.session.add(media)
    db.session.commit()
    return media


def _form(client) -> dict:
    """The settings form as the browser would send it back unchanged."""
    html = client.get(URL).get_data(as_text=True)
    data = {"csrf_token": csrf_token_from(html)}
    for name, value in re.findall(r'<input[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', html):
        if name not in ("buddhist_era", "lao_digits", "csrf_token"):
            data[name] = value.replace("&amp;", "&").replace("&#34;", '"').replace("&#39;", "'")
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\r?\n?(.*?)</textarea>', html,
                                 re.S):
        data[name] = body
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option[^>]* selected[^>]* value="([^"]*)"', options)
        data[name] = chosen.group(1) if chosen else ""
    for box in ("buddhist_era", "lao_digits"):
        if re.search(rf'<input checked id="{box}"', html):
            data[box] = "y"
    return data


def _save(client, **changes):
    data = _form(client)
    data.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        data.pop(key)
    return client.post(URL, data=data)


def _english(db, user):
    user.ui_lang = "en"
    db.session.commit()


# -- who may open it ---------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_the_login_page(client, site, method):
    token = csrf_token_from(client.get("/admin/login").get_data(as_text=True))
    response = getattr(client, method)(URL, data={"csrf_token": token})
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["author", "editor", "admin"])
@pytest.mark.parametrize("method, admin_status", [("get", 200), ("post", 302)])
def test_only_admins_open_the_site_settings(client, login, role, method, admin_status):
    login(role)
    token = csrf_token_from(client.get("/admin/users/me/password").get_data(as_text=True))
    # A POST that sends no field leaves every setting as it was (and is saved).
    response = getattr(client, method)(URL, data={"csrf_token": token})
    assert response.status_code == (admin_status if role == "admin" else 403)


@pytest.mark.parametrize("role, sees", [("author", False), ("editor", False), ("admin", True)])
def test_the_sidebar_offers_site_settings_to_admins(client, login, role, sees):
    login(role)
    html = client.get("/admin/users/me/password").get_data(as_text=True)
    assert (f'href="{URL}"' in html) is sees


# -- saving ---------------------------------------------------------------------------


def test_saved_settings_show_on_the_public_site(client, login, site, db):
    login("admin")
    response = _save(client, name_lo="ກະຊວງ ໄປສະນີ", name_en="Ministry of Posts",
                     tagline_en="Serving the people", phone="+856 21 412 000",
                     email="contact@posts.gov.la",
                     social_facebook="https://www.facebook.com/ministryofposts",
                     social_youtube="https://youtube.com/@posts")
    assert response.status_code == 302
    english = client.get("/en/").get_data(as_text=True)
    assert '<span class="site-brand__name">Ministry of Posts</span>' in english
    assert '<span class="site-brand__tagline">Serving the people</span>' in english
    assert 'href="https://www.facebook.com/ministryofposts"' in english
    assert 'href="https://youtube.com/@posts"' in english and "+856 21 412 000" in english
    assert '<span class="site-brand__name">ກະຊວງ ໄປສະນີ</span>' in client.get("/lo/").get_data(
        as_text=True)
    event = db.session.query(AuditEvent).filter_by(action="site.settings").one()
    assert event.before["name_en"] == "Ministry of Tests"
    assert event.after["name_en"] == "Ministry of Posts"
    assert "buddhist_era" not in event.after  # only what changed
    assert event.after["social"] == {"facebook": "https://www.facebook.com/ministryofposts",
                                     "youtube": "https://youtube.com/@posts"}


def _last_updated(client, path):
    html = client.get(path).get_data(as_text=True)
    return re.search(r'class="page__updated">[^<]*<time[^>]*>([^<]+)</time>', html).group(1)


def test_buddhist_era_and_lao_digits_change_the_last_updated_date(client, login, site, db):
    login("admin")
    year = editorial.page_by_key(site.id, "about").translation("en").last_updated.year
    assert str(year) in _last_updated(client, "/en/about")
    _save(client, buddhist_era="y")
    assert str(year + 543) in _last_updated(client, "/en/about")
    _save(client, buddhist_era="y", lao_digits="y")
    lao_year = str(year + 543).translate(str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙"))
    lao_date = _last_updated(client, "/lo/ກ່ຽວກັບພວກເຮົາ")
    assert lao_year in lao_date and not re.search("[0-9]", lao_date)
    _save(client, buddhist_era=None, lao_digits=None)  # unticked boxes are not sent
    assert str(year) in _last_updated(client, "/en/about")
    db.session.expire_all()
    assert db.session.get(Site, site.id).settings.get("buddhist_era") is False


def test_the_default_language_decides_where_the_root_address_goes(client, login, site):
    login("admin")
    _save(client, default_lang="en")
    assert client.get("/").headers["Location"].endswith("/en/")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "http://facebook.com/ministry",
                                 "https://facebook.com@evil.example/", "https://evil.example/fb",
                                 "https://face book.com/x"])
def test_a_bad_social_address_is_refused_and_the_form_keeps_what_was_typed(client, login, site,
                                                                          db, url):
    login("admin")
    response = _save(client, social_facebook=url, name_en="Typed but not saved")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r'<input aria-describedby="social_facebook-error" aria-invalid="true"', html)
    assert 'id="social_facebook-error"' in html
    assert f'value="{url}"' in html.replace("&amp;", "&")
    assert 'value="Typed but not saved"' in html
    db.session.expire_all()
    assert db.session.get(Site, site.id).name("en") == "Ministry of Tests"
    assert db.session.query(AuditEvent).filter_by(action="site.settings").count() == 0
    assert url not in client.get("/en/").get_data(as_text=True)


def test_a_bad_social_address_is_explained_in_the_editors_language(client, login, db):
    _english(db, login("admin"))
    html = _save(client, social_x="http://x.com/ministry").get_data(as_text=True)
    assert "starting with https://" in html


def test_the_logo_can_be_chosen_only_among_this_sites_images(client, login, site, db):
    from gweb.sites import services as sites
    from gweb.sites.models import SiteDomain

    login("admin")
    mine = _image(db, site.id, "emblem", alt="ກາໝາຍກະຊວງ")
    document = _image(db, site.id, "report", kind="document")
    site.domains.append(SiteDomain(domain="localhost"))  # still ours with two sites
    other = sites.create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    db.session.commit()
    theirs = _image(db, other.id, "their-logo")
    html = client.get(URL).get_data(as_text=True)
    select = re.search(r'<select[^>]*name="logo_lo"[^>]*>(.*?)</select>', html, re.S).group(1)
    values = re.findall(r'value="([^"]*)"', select)
    assert values == ["", str(mine.id)]
    assert "emblem.png — ກາໝາຍກະຊວງ" in select
    assert str(document.id) not in values and str(theirs.id) not in values
    refused = _save(client, logo_lo=str(theirs.id))
    assert refused.status_code == 200 and 'id="logo_lo-error"' in refused.get_data(as_text=True)
    assert _save(client, logo_lo=str(mine.id)).status_code == 302
    assert f"/media/320/{mine.stored_name}" in client.get("/lo/").get_data(as_text=True)
    assert _save(client, logo_lo="").status_code == 302
    db.session.expire_all()
    assert db.session.get(Site, site.id).translation("lo").logo_media_id is None


def test_saving_an_unchanged_form_records_nothing(client, login, site, db):
    login("admin")
    lao = site.translation("lo")
    lao.address, lao.office_hours = "ບ້ານ ສີສະຫວາດ\nນະຄອນຫຼວງວຽງຈັນ", "08:00–16:00\nປິດວັນເສົາ"
    db.session.commit()
    data = _form(client)
    # Browsers send the lines of a textarea with CRLF.
    data.update({k: v.replace("\n", "\r\n") for k, v in data.items() if "\n" in v})
    assert "\r\n" in data["address_lo"] and "\r\n" in data["office_hours_lo"]
    assert client.post(URL, data=data).status_code == 302
    assert db.session.query(AuditEvent).filter_by(action="site.settings").count() == 0


def test_a_site_needs_a_name_in_both_languages(client, login, site, db):
    login("admin")
    html = _save(client, name_lo="   ").get_data(as_text=True)
    assert 'id="name_lo-error"' in html
    db.session.expire_all()
    assert db.session.get(Site, site.id).name("lo") == "ກະຊວງທົດສອບ"
