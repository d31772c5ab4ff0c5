"""Site settings as a service: checking, saving, auditing."""
import pytest

from gweb.audit.models import AuditEvent
from gweb.exceptions import ValidationError
from gweb.media.models import Media
from gweb.sites import services
from gweb.sites.models import Site


@pytest.fixture
def admin(site, db):
    from gweb.users import services as users

    user = users.create_user("admin@ministry.test", "correct horse battery", role="admin",
                             site_id=site.id)
    db.session.commit()
    return user


def _values(site, **changes):
    values = services.settings_snapshot(site)
    values.update(changes)
    return values


@pytest.mark.parametrize("network, url", [
    ("facebook", "https://www.facebook.com/ministry"),
    ("facebook", "https://facebook.com/profile.php?id=100064"),
    ("youtube", "https://youtu.be/abc"),
    ("youtube", "https://m.youtube.com/@ministry"),
    ("x", "https://twitter.com/ministry"),
    ("x", "HTTPS://X.COM/ministry"),
    ("tiktok", "https://www.tiktok.com/@ministry"),
])
def test_social_addresses_of_the_right_network_over_https_are_accepted(app, network, url):
    assert services.social_url_problem(network, url) is None


@pytest.mark.parametrize("network, url", [
    ("facebook", "javascript:alert(1)"),
    ("facebook", "http://facebook.com/ministry"),
    ("facebook", "//facebook.com/ministry"),
    ("facebook", "https://facebook.com@evil.example/"),
    ("facebook", "https://user:pw@facebook.com/"),
    ("facebook", "https://facebook.com:8443/ministry"),
    ("facebook", "https://evilfacebook.com/ministry"),
    ("facebook", "https://facebook.com.evil.example/"),
    ("facebook", "https://face book.com/"),
    ("facebook", "https://facebook.com\\@evil.example"),
    ("facebook", "https://localhost/"),
    ("facebook", "https://[::1]/"),
    ("youtube", "https://www.facebook.com/ministry"),
    ("x", "https://"),
])
def test_other_social_addresses_are_refused(app, network, url):
    assert services.social_url_problem(network, url)


def test_saving_settings_changes_the_site_and_audits_only_what_changed(site, admin, db):
    site.settings = {"colours": {"primary": "#002868"}, "demo": True}
    db.session.commit()
    changed = services.update_settings(site, _values(
        site, name_en="  Ministry  of Posts ", phone="021 412 000", buddhist_era=True,
        social={"facebook": "https://facebook.com/posts", "youtube": ""}), admin)
    db.session.commit()
    assert set(changed) == {"name_en", "phone", "buddhist_era", "social"}
    db.session.expire_all()  # read back what the database holds (JSON column included)
    saved = db.session.get(Site, site.id)
    assert saved.name("en") == "Ministry of Posts" and saved.phone == "021 412 000"
    assert saved.settings == {"colours": {"primary": "#002868"}, "demo": True,
                              "buddhist_era": True, "lao_digits": False,
                              "social": {"facebook": "https://facebook.com/posts"}}
    event = db.session.query(AuditEvent).filter_by(action="site.settings").one()
    assert event.before == {"name_en": "Ministry of Tests", "phone": "+856 21 000 000",
                            "buddhist_era": False, "social": {}}
    assert event.after["social"] == {"facebook": "https://facebook.com/posts"}


def test_clearing_every_social_link_removes_them(site, admin, db):
    services.update_settings(site, _values(site, social={"x": "https://x.com/m"}), admin)
    db.session.commit()
    services.update_settings(site, _values(site, social={"x": ""}), admin)
    db.session.commit()
    db.session.expire_all()
    assert "social" not in db.session.get(Site, site.id).settings
    assert services.social_links(db.session.get(Site, site.id)) == []


def test_nothing_is_changed_when_any_field_is_wrong(site, admin, db):
    with pytest.raises(ValidationError) as error:
        services.update_settings(site, _values(
            site, name_en="Renamed", name_lo="", email="not-mail", phone="call us",
            default_lang="fr", tagline_lo="ກ" * 301,
            social={"facebook": "http://facebook.com/x"}), admin)
    assert set(error.value.errors) == {"name_lo", "email", "phone", "default_lang",
                                       "tagline_lo", "social_facebook"}
    assert site.name("en") == "Ministry of Tests"
    assert db.session.query(AuditEvent).filter_by(action="site.settings").count() == 0


def test_a_logo_must_be_an_image_of_the_same_site(site, admin, db):
    other = services.create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    rows = {}
    for name, site_id, kind in (("ours", site.id, "image"), ("doc", site.id, "document"),
                                ("theirs", other.id, "image")):
        rows[name] = Media(site_id=site_id, kind=kind, stored_name=f"{name}.png",
                           original_name=f"{name}.png", mime_type="image/png", size=1,
                           sha256="0" * 64)
        db.session.add(rows[name])
    db.session.commit()
    assert [m.id for m in services.image_choices(site.id)] == [rows["ours"].id]
    for bad in (rows["doc"].id, rows["theirs"].id, "abc"):
        with pytest.raises(ValidationError) as error:
            services.update_settings(site, _values(site, logo_en=bad), admin)
        assert "logo_en" in error.value.errors
    services.update_settings(site, _values(site, logo_en=str(rows["ours"].id)), admin)
    assert site.translation("en").logo_media_id == rows["ours"].id
    db.session.commit()
    db.session.expire_all()
    assert db.session.get(Site, site.id).logo("en").id == rows["ours"].id


def test_social_links_come_in_a_fixed_order_with_their_labels(site):
    site.settings = {"social": {"tiktok": "https://tiktok.com/@m",
                                "facebook": "https://facebook.com/m"}}
    assert services.social_links(site) == [("Facebook", "https://facebook.com/m"),
                                           ("TikTok", "https://tiktok.com/@m")]
    assert services.social_links(None) == []
