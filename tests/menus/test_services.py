import pytest

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
