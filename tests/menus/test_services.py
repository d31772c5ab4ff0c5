import pytest
from sqlalchemy import select

from gweb.audit.models import AuditEvent
from gweb.exceptions import ValidationError
from gweb.menus import services
from gweb.pages import editorial
from gweb.pages import services as pages
from gweb.timeutil import utcnow


def test_the_standard_header_menu_links_the_main_sections_in_each_language(site):
    lao = services.menu_links(site, "lo", utcnow())["header"]
    english = services.menu_links(site, "en", utcnow())["header"]
    assert [link.label for link in english] == [
        "Home", "About us", "News", "Legal documents", "Services", "Contact us"]
    assert lao[1].label == "ກ່ຽວກັບພວກເຮົາ" and lao[1].url.startswith("/lo/%E0%BA")
    assert english[1].url == "/en/about"


def test_an_item_to_an_unpublished_page_is_hidden(site, db):
    about = editorial.page_by_key(site.id, "about")
    pages.unpublish(about, "en")
    pages.unpublish(about, "lo")
    labels = [link.label for link in services.menu_links(site, "en", utcnow())["header"]]
    assert "About us" not in labels


def test_an_external_link_keeps_its_label_per_language(site, db):
    services.add_item(site.id, "footer", url="https://www.laogov.gov.la/",
                      labels={"lo": "ເວັບໄຊລັດຖະບານ", "en": "Government portal"})
    db.session.commit()
    lao = services.menu_links(site, "lo", utcnow())["footer"][-1]
    english = services.menu_links(site, "en", utcnow())["footer"][-1]
    assert (lao.label, english.label) == ("ເວັບໄຊລັດຖະບານ", "Government portal")
    assert lao.external and lao.url == "https://www.laogov.gov.la/"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "//evil.example/", "ftp://x"])
def test_unsafe_or_odd_addresses_are_refused(site, url):
    with pytest.raises(ValidationError):
        services.add_item(site.id, "footer", url=url, labels={"en": "x"})


def test_an_item_is_either_a_page_or_an_address(site):
    with pytest.raises(ValidationError):
        services.add_item(site.id, "footer", labels={"en": "nothing"})


# -- editing (the admin's menus editor) --------------------------------------------


class Editor:
    id = None
    email = "editor@ministry.test"


def _labels(site, key="header", lang="en"):
    return [link.label for link in services.menu_links(site, lang, utcnow())[key]]


def _events(db, action):
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_an_address_needs_a_label_in_every_language_it_is_given(site):
    with pytest.raises(ValidationError) as refused:
        services.add_item(site.id, "footer", url="https://example.gov.la/",
                          labels={"lo": "ຕົວຢ່າງ", "en": ""})
    assert set(refused.value.errors) == {"label_en"}
    with pytest.raises(ValidationError) as refused:
        services.add_item(site.id, "footer", url="https://example.gov.la/")
    assert set(refused.value.errors) == {"label"}


@pytest.mark.parametrize("url", ["https://", "mailto:", "/path with space",
                                 "/\\evil.example", "https://example.gov.la/\u202e",
                                 "data:text/html,x", " javascript:alert(1)", "x" * 2001])
def test_addresses_with_no_host_spaces_backslashes_or_other_schemes_are_refused(site, url):
    with pytest.raises(ValidationError) as refused:
        services.add_item(site.id, "footer", url=url, labels={"en": "x", "lo": "x"})
    assert set(refused.value.errors) == {"url"}


@pytest.mark.parametrize("url, stored", [
    ("tel:+85621000000", "tel:+85621000000"), ("mailto:info@ministry.gov.la", None),
    ("/lo/ຂ່າວ", None), ("HTTPS://www.LaoGov.gov.la/", "https://www.LaoGov.gov.la/"),
    ("http://example.la", None)])
def test_phone_mail_site_paths_and_web_addresses_are_accepted(site, url, stored):
    item = services.add_item(site.id, "footer", url=url, labels={"lo": "ກ", "en": "a"})
    assert item.url == (stored or url)


def test_an_item_cannot_link_to_a_page_of_another_site(site, db):
    from gweb.sites.services import create_site
    from gweb.sites.structure import build_standard_site

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    build_standard_site(other)
    foreign = editorial.page_by_key(other.id, "about")
    with pytest.raises(ValidationError) as refused:
        services.add_item(site.id, "header", page_id=foreign.id)
    assert set(refused.value.errors) == {"page_id"}


def test_adding_with_a_user_is_recorded_in_the_audit_log(site, db):
    item = services.add_item(site.id, "footer", url="https://www.laogov.gov.la/",
                             labels={"lo": "ລັດຖະບານ", "en": "Government"}, user=Editor())
    db.session.commit()
    [event] = _events(db, "menu.add")
    assert event.object_id == item.id and event.user_email == "editor@ministry.test"
    assert event.after["url"] == "https://www.laogov.gov.la/" and event.after["menu"] == "footer"
    assert "ລັດຖະບານ" in event.summary


def test_updating_an_item_changes_its_target_and_labels_and_is_recorded(site, db):
    about = services.items_of(site.id, "header")[1]
    page_id = about.page_id
    services.update_item(site.id, about.id, url="https://example.gov.la/about",
                         labels={"lo": "ກ່ຽວກັບ", "en": "About"}, user=Editor())
    db.session.commit()
    assert _labels(site)[1] == "About" and _labels(site, lang="lo")[1] == "ກ່ຽວກັບ"
    [event] = _events(db, "menu.update")
    assert event.before["page_id"] == page_id and event.before["url"] == ""
    assert event.after == {"menu": "header", "position": 1, "page_id": None,
                           "url": "https://example.gov.la/about",
                           "labels": {"en": "About", "lo": "ກ່ຽວກັບ"}}


def test_an_update_that_changes_nothing_records_nothing(site, db):
    about = services.items_of(site.id, "header")[1]
    services.update_item(site.id, about.id, page_id=about.page_id)
    assert _events(db, "menu.update") == []


def test_a_refused_update_leaves_the_item_as_it_was(site, db):
    about = services.items_of(site.id, "header")[1]
    with pytest.raises(ValidationError):
        services.update_item(site.id, about.id, url="javascript:alert(1)",
                             labels={"lo": "x", "en": "x"})
    assert about.page_id is not None and about.url == "" and about.label("en") == ""


def test_items_of_another_site_are_out_of_reach(site, db):
    from gweb.sites.services import create_site

    other = create_site("other.test", {"lo": "ອື່ນ", "en": "Other"})
    foreign = services.add_item(other.id, "header", url="/x", labels={"lo": "x", "en": "x"})
    db.session.commit()
    assert services.get_item(site.id, foreign.id) is None
    for change in (lambda: services.update_item(site.id, foreign.id, url="/y",
                                                labels={"en": "y"}),
                   lambda: services.delete_item(site.id, foreign.id),
                   lambda: services.move_item(site.id, foreign.id, -1)):
        with pytest.raises(services.ItemNotFound):
            change()
    with pytest.raises(ValidationError):
        services.reorder(site.id, "header",
                         [i.id for i in services.items_of(site.id, "header")] + [foreign.id])


def test_deleting_an_item_closes_the_gap_and_is_recorded(site, db):
    news = services.items_of(site.id, "header")[2]
    news_id, page_id = news.id, news.page_id
    services.delete_item(site.id, news_id, user=Editor())
    db.session.commit()
    items = services.items_of(site.id, "header")
    assert [i.position for i in items] == [0, 1, 2, 3, 4] and "News" not in _labels(site)
    [event] = _events(db, "menu.delete")
    assert event.before["page_id"] == page_id and event.after is None
    assert event.object_id == news_id


def test_moving_an_item_steps_it_up_or_down_and_stops_at_the_ends(site, db):
    ids = [i.id for i in services.items_of(site.id, "header")]
    services.move_item(site.id, ids[2], -1)
    assert [i.id for i in services.items_of(site.id, "header")][:3] == [ids[0], ids[2], ids[1]]
    services.move_item(site.id, ids[2], -5)
    services.move_item(site.id, ids[2], -1)  # already first: nothing happens
    db.session.commit()
    items = services.items_of(site.id, "header")
    assert items[0].id == ids[2] and [i.position for i in items] == list(range(6))
    assert _labels(site)[0] == "News"
    assert len(_events(db, "menu.reorder")) == 2
    services.move_item(site.id, ids[-1], 1)
    assert services.items_of(site.id, "header")[-1].id == ids[-1]


def test_reorder_puts_the_items_in_the_given_order_numbered_from_zero(site, db):
    ids = [i.id for i in services.items_of(site.id, "header")]
    new = list(reversed(ids))
    services.reorder(site.id, "header", [str(i) for i in new], user=Editor())
    db.session.commit()
    items = services.items_of(site.id, "header")
    assert [i.id for i in items] == new and [i.position for i in items] == list(range(6))
    assert _labels(site)[0] == "Contact us"
    [event] = _events(db, "menu.reorder")
    assert event.before == {"order": ids} and event.after == {"order": new}


@pytest.mark.parametrize("wrong", ["missing", "duplicate", "extra", "junk", "none"])
def test_reorder_needs_exactly_the_items_of_the_menu(site, db, wrong):
    ids = [i.id for i in services.items_of(site.id, "header")]
    footer = services.items_of(site.id, "footer")[0].id
    given = {"missing": ids[1:], "duplicate": ids + ids[:1], "extra": ids + [footer],
             "junk": ids[:-1] + ["two"], "none": None}[wrong]
    with pytest.raises(ValidationError):
        services.reorder(site.id, "header", given)
    assert [i.id for i in services.items_of(site.id, "header")] == ids
    assert _events(db, "menu.reorder") == []


def test_the_editor_rows_show_own_labels_and_page_titles_in_the_admin_language(site, db):
    services.add_item(site.id, "header", url="https://www.laogov.gov.la/",
                      labels={"lo": "ລັດຖະບານ", "en": "Government"})
    privacy = editorial.page_by_key(site.id, "privacy")
    pages.unpublish(privacy, "en")
    pages.unpublish(privacy, "lo")
    services.add_item(site.id, "header", page_id=privacy.id, labels={"lo": "", "en": ""})
    rows = services.editor_rows(site, "header", "en", utcnow())
    assert [r.target for r in rows][:2] == ["Home", "About us"]
    assert rows[1].labels == {} and rows[1].is_page and rows[1].name == "About us"
    assert rows[6].labels == {"lo": "ລັດຖະບານ", "en": "Government"} and not rows[6].is_page
    assert rows[6].target == "https://www.laogov.gov.la/" and rows[6].name == "Government"
    assert rows[7].target == "Privacy policy" and not rows[7].live
    assert services.editor_rows(site, "header", "lo", utcnow())[1].target == "ກ່ຽວກັບພວກເຮົາ"


def test_the_page_options_follow_the_tree_indented_by_depth(site):
    options = services.page_options(site, "en")
    titles = [title for _id, title, _lang in options]
    assert titles[:3] == ["Home", "\u2003– About us", "\u2003\u2003– History"]
    assert all(lang == "en" for _id, _title, lang in options)
    assert services.page_options(site, "lo")[0][1] == "ໜ້າຫຼັກ"
