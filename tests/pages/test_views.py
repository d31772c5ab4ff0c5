from gweb.pages import editorial, services


def test_the_lao_home_page_is_in_lao(client, site):
    response = client.get("/lo/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<html lang="lo">' in html
    assert "ກະຊວງທົດສອບ" in html
    assert "ເວັບໄຊທາງການຂອງ ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ" in html


def test_the_english_home_page_is_in_english(client, site):
    html = client.get("/en/").get_data(as_text=True)
    assert '<html lang="en">' in html
    assert "Ministry of Tests" in html
    assert "An official website of the Lao People's Democratic Republic" in html


def test_a_lao_page_is_found_by_its_lao_address(client, site):
    response = client.get("/lo/ກ່ຽວກັບພວກເຮົາ/ປະຫວັດຄວາມເປັນມາ")
    assert response.status_code == 200
    assert "<h1>ປະຫວັດຄວາມເປັນມາ</h1>" in response.get_data(as_text=True)


def test_a_percent_encoded_lao_address_finds_the_same_page(client, site):
    from urllib.parse import quote

    response = client.get("/lo/" + quote("ກ່ຽວກັບພວກເຮົາ/ຄະນະນຳ"))
    assert response.status_code == 200
    assert "<h1>ຄະນະນຳ</h1>" in response.get_data(as_text=True)


def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(client, site):
    html = client.get("/en/about/history").get_data(as_text=True)
    assert 'href="/lo/%E0%BA%81%E0%BB%88%E0%BA%BD%E0%BA%A7' in html  # /lo/ກ່ຽວ...
    assert 'hreflang="lo"' in html and 'hreflang="x-default"' in html


def test_a_missing_translation_falls_back_to_lao_and_says_so(client, site):
    about = editorial.page_by_key(site.id, "about")
    services.create_page(site, about, {"lo": {"title": "ທີມງານ", "body": "<p>ເນື້ອໃນ</p>"}},
                         publish=True)
    # Links on the English side lead to the Lao address under /en/.
    assert 'href="/en/%E0%BA%81' in client.get("/en/about").get_data(as_text=True)
    response = client.get("/en/ກ່ຽວກັບພວກເຮົາ/ທີມງານ")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "not available in English" in html
    assert '<article class="page" lang="lo">' in html


def test_a_page_shown_in_lao_on_the_english_side_marks_its_lao_breadcrumbs_as_lao(client, site):
    about = editorial.page_by_key(site.id, "about")
    services.create_page(site, about, {"lo": {"title": "ທີມງານ", "body": "<p>ເນື້ອໃນ</p>"}},
                         publish=True)
    html = client.get("/en/ກ່ຽວກັບພວກເຮົາ/ທີມງານ").get_data(as_text=True)
    crumbs = html.split('<nav class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert '<ol lang="lo">' in crumbs and "ກ່ຽວກັບພວກເຮົາ" in crumbs
    assert "<ol>" in client.get("/en/about/history").get_data(as_text=True).split(
        '<nav class="breadcrumbs', 1)[1]


def test_the_default_language_address_of_a_translated_page_redirects_to_its_own(client, site):
    response = client.get("/en/ກ່ຽວກັບພວກເຮົາ")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/en/about")


def test_an_unknown_language_prefix_is_a_404_not_a_500(client, site):
    response = client.get("/fr/about")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True) or \
        "ບໍ່ພົບໜ້າ" in response.get_data(as_text=True)


def test_an_unknown_page_is_a_404_in_the_language_of_the_address(client, site):
    lao = client.get("/lo/ບໍ່ມີໜ້ານີ້")
    english = client.get("/en/no-such-page")
    assert lao.status_code == english.status_code == 404
    assert '<html lang="lo">' in lao.get_data(as_text=True)
    assert "Page not found" in english.get_data(as_text=True)


def test_a_draft_page_is_a_404_for_visitors(client, site):
    services.create_page(site, editorial.page_by_key(site.id, "about"), {"en": {"title": "Secret"}})
    assert client.get("/en/about/secret").status_code == 404


def test_every_page_shows_breadcrumbs_and_when_it_was_last_updated(client, site):
    html = client.get("/lo/ກ່ຽວກັບພວກເຮົາ/ຄະນະນຳ").get_data(as_text=True)
    assert 'aria-label="' in html and "breadcrumbs" in html
    assert "ອັບເດດຫຼ້າສຸດ" in html or "Last updated" in html
    assert "<time datetime=" in html


def test_the_header_and_footer_menus_are_shown_in_the_page_language(client, site):
    html = client.get("/en/").get_data(as_text=True)
    for label in ("About us", "News", "Legal documents", "Services", "Contact us",
                  "Privacy policy", "Accessibility statement", "Sitemap"):
        assert label in html


def test_the_sitemap_page_lists_the_page_tree(client, site):
    html = client.get("/en/sitemap").get_data(as_text=True)
    assert 'class="sitemap-tree"' in html
    assert "Organisation structure" in html and "Leadership" in html


def test_the_contact_page_shows_the_site_contact_details(client, site):
    html = client.get("/en/contact").get_data(as_text=True)
    assert "+856 21 000 000" in html and "info@ministry.test" in html and "Vientiane Capital" in html


def test_a_section_page_lists_its_child_pages(client, site):
    html = client.get("/en/about").get_data(as_text=True)
    assert "History" in html and "Mission and mandate" in html


def test_a_scheduled_version_goes_live_on_the_first_page_view_after_its_time(client, site):
    import contextvars
    from datetime import timedelta

    from gweb.extensions import db
    from gweb.pages import scheduling
    from gweb.timeutil import utcnow

    about = editorial.page_by_key(site.id, "about")
    page = services.create_page(site, about, {"en": {"title": "Fees", "body": "<p>2025 fees</p>"}},
                                publish=True)
    services.save_translation(page, "en", {"title": "Fees", "body": "<p>2026 fees</p>"})
    row = scheduling.schedule(page, "en", publish_at=utcnow() + timedelta(days=1),
                              unpublish_at=None)
    row.scheduled_at = utcnow() - timedelta(seconds=1)  # its time has come
    db.session.commit()
    # In a context of its own, as each request of a server has (the test's
    # application context would otherwise carry over from earlier requests).
    response = contextvars.Context().run(client.get, "/en/about/fees")
    assert "2026 fees" in response.get_data(as_text=True)
