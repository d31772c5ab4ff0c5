"""The public feedback form as citizens use it, in Lao and English: sending,
the reference number, mistakes, the honeypot, the rate limit, privacy, and
the plugin switched off for a site."""
from __future__ import annotations

import re

from gweb.hooks.manager import plugin_host
from gweb.hooks.services import set_site_state
from gweb.hooks.settings import save_plugin_settings

from tests.conftest import csrf_token_from

from .conftest import send, standard_site, submissions

MESSAGE = "ຂໍສອບຖາມວິທີຕໍ່ອາຍຸໃບອະນຸຍາດດຳເນີນທຸລະກິດ"


def _html(response) -> str:
    return response.get_data(as_text=True)


def _rate(site, count, minutes=10):
    save_plugin_settings(site.id, "feedback", {"rate_count": count, "rate_minutes": minutes,
                                               "intro": {"lo": "", "en": ""}})


def test_the_form_is_in_lao_with_labels_topics_and_a_honeypot_no_one_sees(site, client, topics):
    response = client.get("/lo/feedback/")
    html = _html(response)
    assert response.status_code == 200 and '<html lang="lo">' in html
    assert "<h1>ສົ່ງຄຳຕິຊົມເຖິງພວກເຮົາ</h1>" in html
    assert '<legend id="topic-legend">ຂໍ້ຄວາມຂອງທ່ານກ່ຽວກັບເລື່ອງຫຍັງ?</legend>' in html
    for topic in topics:
        assert f">{topic.label_lo}</label>" in html
    assert '<label for="message">ຂໍ້ຄວາມຂອງທ່ານ</label>' in html
    assert 'aria-describedby="message-hint"' in html and "ບໍ່ເກີນ 3000 ຕົວອັກສອນ." in html
    trap = re.search(r'<div class="feedback-trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap and 'tabindex="-1"' in trap.group(1) and 'autocomplete="off"' in trap.group(1)
    assert 'name="csrf_token"' in html
    assert "https://" not in html.split("<body>", 1)[1].split('class="site-footer"')[0].replace(
        'href="https://', "")  # nothing fetched from other hosts: no captcha, no CDN
    assert 'hreflang="en" href="http://localhost/en/feedback/"' in html


def test_a_citizen_sends_a_message_in_lao_and_gets_a_reference_number_to_quote(site, client,
                                                                                topics):
    response = send(client, topic_id=str(topics[2].id), message=MESSAGE,
                    name="ນາງ ຄຳແພງ", contact="020 5555 1234")
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/lo/feedback/thanks")
    stored, = submissions()
    assert (stored.message, stored.name, stored.contact, stored.contact_kind, stored.lang,
            stored.topic_id, stored.status) == (MESSAGE, "ນາງ ຄຳແພງ", "020 5555 1234", "phone",
                                                "lo", topics[2].id, "new")
    thanks = client.get("/lo/feedback/thanks")
    html = _html(thanks)
    assert thanks.status_code == 200 and "ຂອບໃຈສຳລັບຂໍ້ຄວາມຂອງທ່ານ" in html
    assert "ເລກອ້າງອີງຂອງທ່ານແມ່ນ:" in html
    assert re.search(r'<strong translate="no">FB-\d{4}-000001</strong>', html)
    assert stored.reference in html
    # A refresh shows the number again and sends nothing twice.
    assert stored.reference in _html(client.get("/lo/feedback/thanks"))
    assert len(submissions()) == 1


def test_the_standard_contact_page_points_to_the_form_in_each_language(site, client):
    english = _html(client.get("/en/contact"))
    assert '<a class="button" href="/en/feedback/">Open the feedback form</a>' in english
    lao = _html(client.get("/lo/ຕິດຕໍ່ພວກເຮົາ"))
    assert '<a class="button" href="/lo/feedback/">ເປີດແບບຟອມຄຳຕິຊົມ</a>' in lao
    assert "/feedback/" not in _html(client.get("/en/about")).split('class="site-footer"')[0]


def test_the_thank_you_page_without_a_message_sent_goes_back_to_the_form(site, client):
    response = client.get("/en/feedback/thanks")
    assert response.status_code == 302 and response.headers["Location"].endswith("/en/feedback/")


def test_an_english_visitor_gets_english_labels_and_english_mistakes(site, client, topics):
    response = send(client, lang="en", topic_id=str(topics[0].id), message="Hello",
                    contact="call me")
    html = _html(response)
    assert response.status_code == 200 and '<html lang="en">' in html
    assert "Your message was not sent. Please correct what is marked below." in html
    assert "Give a phone number (for example 020 5555 1234) or an e-mail address." in html
    assert 'aria-invalid="true"' in html and 'value="call me"' in html
    assert submissions() == []


def test_an_oversize_message_is_refused_in_lao_and_what_was_typed_is_kept(site, client, topics):
    long_text = "ສະບາຍດີ " * 400  # 3200 characters
    response = send(client, topic_id=str(topics[0].id), message=long_text, name="ທ້າວ ສົມພອນ")
    html = _html(response)
    assert response.status_code == 200
    assert "ຂໍ້ຄວາມຂອງທ່ານຍາວ 3199 ຕົວອັກສອນ; ຂີດຈຳກັດແມ່ນ 3000." in html  # trimmed end
    assert long_text.strip() in html and 'value="ທ້າວ ສົມພອນ"' in html
    assert f'<input checked id="topic_id-0" name="topic_id" type="radio" value="{topics[0].id}">' \
        in html
    assert submissions() == []


def test_an_empty_message_and_no_topic_are_refused_with_a_clear_message(site, client, topics):
    html = _html(send(client, message="   "))
    assert "ກະລຸນາຂຽນຂໍ້ຄວາມຂອງທ່ານ." in html
    assert "ກະລຸນາເລືອກວ່າຂໍ້ຄວາມຂອງທ່ານກ່ຽວກັບເລື່ອງຫຍັງ." in html
    assert 'href="#topic-legend"' in html and 'href="#message"' in html
    assert submissions() == []


def test_a_robot_that_fills_in_the_honeypot_is_thanked_and_nothing_is_stored(site, client,
                                                                              topics):
    response = send(client, topic_id=str(topics[0].id), message="cheap pills",
                    website="http://spam.example")
    assert response.status_code == 303
    html = _html(client.get(response.headers["Location"]))
    assert "ຂອບໃຈສຳລັບຂໍ້ຄວາມຂອງທ່ານ" in html and "FB-" not in html
    assert submissions() == []


def test_a_form_without_its_csrf_token_is_not_stored_and_the_text_comes_back(site, client,
                                                                              topics):
    response = client.post("/lo/feedback/", data={"topic_id": str(topics[0].id),
                                                  "message": MESSAGE, "website": ""})
    html = _html(response)
    assert response.status_code == 400
    assert "ຂໍ້ຄວາມຂອງທ່ານຍັງບໍ່ທັນຖືກສົ່ງ" in html and MESSAGE in html
    assert submissions() == []
    forged = send(client, token="not-a-token", topic_id=str(topics[0].id), message=MESSAGE)
    assert forged.status_code == 400 and submissions() == []


def test_after_five_messages_a_visitor_is_asked_kindly_to_wait_with_429(site, client, topics):
    for number in range(5):
        assert send(client, topic_id=str(topics[0].id),
                    message=f"{MESSAGE} {number}").status_code == 303
    response = send(client, topic_id=str(topics[0].id), message="ຂໍ້ຄວາມທີຫົກ")
    html = _html(response)
    assert response.status_code == 429
    assert "ກະລຸນາລໍຖ້າຈັກໜ້ອຍກ່ອນສົ່ງອີກຄັ້ງ" in html and "ຂໍ້ຄວາມທີຫົກ" in html
    assert '<html lang="lo">' in html and "Traceback" not in html
    assert int(response.headers["Retry-After"]) > 0
    assert len(submissions()) == 5
    # The form itself still opens, and another visitor may still write.
    assert client.get("/lo/feedback/").status_code == 200
    page = client.get("/lo/feedback/", environ_base={"REMOTE_ADDR": "10.9.8.7"})
    response = client.post("/lo/feedback/", environ_base={"REMOTE_ADDR": "10.9.8.7"}, data={
        "csrf_token": csrf_token_from(_html(page)), "topic_id": str(topics[0].id),
        "message": "ຈາກຜູ້ອື່ນ", "website": ""})
    assert response.status_code == 303 and len(submissions()) == 6


def test_the_limit_is_a_site_setting_and_mistakes_do_not_count_against_it(site, client, topics):
    _rate(site, 2)
    for _ in range(4):  # corrections never use up the visitor's allowance
        assert send(client, topic_id=str(topics[0].id), message="").status_code == 200
    assert send(client, topic_id=str(topics[0].id), message="ໜຶ່ງ").status_code == 303
    assert send(client, topic_id=str(topics[0].id), message="ສອງ").status_code == 303
    limited = send(client, lang="en", topic_id=str(topics[0].id), message="three")
    assert limited.status_code == 429
    assert "Please wait a little before sending again" in _html(limited)
    assert len(submissions()) == 2


def test_the_form_is_in_the_footer_and_the_sitemap_but_no_message_is_anywhere_public(
        site, client, topics):
    from gweb.search import services as search

    secret = "ຊ້າງເຜືອກສີມ່ວງບິນຂ້າມນ້ຳຂອງ"  # "a purple white elephant flies over the Mekong"
    send(client, topic_id=str(topics[0].id), message=secret, name="Xaysomphou Zzyzx",
         contact="secret.person@example.la")
    reference = submissions()[0].reference
    home = _html(client.get("/lo/"))
    assert '<a href="/lo/feedback/">ສົ່ງຄຳຕິຊົມເຖິງພວກເຮົາ</a>' in home
    assert '<a href="/en/feedback/">Send us your feedback</a>' in _html(client.get("/en/"))
    sitemap = _html(client.get("/sitemap.xml"))
    assert "/lo/feedback/</loc>" in sitemap and "/en/feedback/</loc>" in sitemap
    search.reindex(site)
    for lang, words in (("lo", f'"{secret}"'), ("lo", "ຊ້າງເຜືອກສີມ່ວງ"), ("en", reference),
                        ("en", "Zzyzx"), ("en", "secret.person")):
        assert search.search(site.id, lang, words).hits == []
        results = _html(client.get(f"/{lang}/search", query_string={"q": words}))
        # The page repeats what was asked, but lists nothing.
        assert '<ol class="search-results"' not in results
    for text in (reference, secret, "Zzyzx", "secret.person", "/feedback/thanks"):
        assert text not in sitemap
    assert plugin_host().call_flat("gweb_search_documents", site=site) == []


def test_a_site_that_switches_feedback_off_loses_the_form_and_links_but_keeps_the_messages(
        fb_app, site, client, topics, staff):
    send(client, topic_id=str(topics[0].id), message=MESSAGE)
    editor, _user = staff("editor")
    set_site_state(site.id, "feedback", False, plugin_host().plugin_names())
    assert client.get("/lo/feedback/").status_code == 404
    assert client.post("/lo/feedback/", data={"message": "x"}).status_code == 404
    assert client.get("/lo/feedback/thanks").status_code == 404
    assert client.get("/feedback/static/feedback.css").status_code == 404
    assert "/lo/feedback/" not in _html(client.get("/lo/"))
    assert "/feedback/" not in _html(client.get("/sitemap.xml"))
    assert editor.get("/admin/feedback/").status_code == 404
    assert editor.get("/admin/feedback/export.csv").status_code == 404
    dashboard = _html(editor.get("/admin/"))
    assert "/admin/feedback/" not in dashboard and "ຄຳຕິຊົມຂອງປະຊາຊົນ" not in dashboard
    assert len(submissions()) == 1  # the data stays
    set_site_state(site.id, "feedback", True, plugin_host().plugin_names())
    assert client.get("/lo/feedback/").status_code == 200
    assert MESSAGE in _html(editor.get("/admin/feedback/"))
    # Switched off on one site, the form stays on another of the installation.
    set_site_state(site.id, "feedback", False, plugin_host().plugin_names())
    standard_site("other.test", "Other")
    assert client.get("/lo/feedback/", base_url="http://other.test").status_code == 200
    assert client.get("/lo/feedback/", base_url="http://ministry.test").status_code == 404


def test_the_site_admin_writes_a_text_above_the_form_in_each_language(site, client, staff):
    admin, _user = staff("admin", email="admin@ministry.test")
    settings = admin.get("/admin/plugins/feedback/settings")
    html = _html(settings)
    assert settings.status_code == 200 and "ຂໍ້ຄວາມເທິງແບບຟອມຄຳຕິຊົມ" in html
    assert "ຈຳນວນຂໍ້ຄວາມທີ່ຜູ້ຢ້ຽມຊົມຄົນໜຶ່ງສົ່ງຕິດຕໍ່ກັນໄດ້" in html
    save_plugin_settings(site.id, "feedback", {
        "rate_count": 5, "rate_minutes": 10,
        "intro": {"lo": "ພວກເຮົາຕອບພາຍໃນ 3 ວັນລັດຖະການ.\nເລື່ອງດ່ວນ: ໂທ 1516",
                  "en": "We answer within 3 working days."}})
    lao = _html(client.get("/lo/feedback/"))
    intro = "ພວກເຮົາຕອບພາຍໃນ 3 ວັນລັດຖະການ.\nເລື່ອງດ່ວນ: ໂທ 1516"
    assert f'<div class="feedback__intro">{intro}</div>' in lao
    assert "We answer within 3 working days." in _html(client.get("/en/feedback/"))
