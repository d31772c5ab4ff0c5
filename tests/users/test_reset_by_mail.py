"""A person who forgot their password asks at the login page for a link by
e-mail (where the installation sends mail), and nobody learns from the
answer which addresses have accounts."""
import re

from sqlalchemy import select

from gweb.extensions import db
from gweb.mail.models import OutgoingMail
from gweb.mail.services import deliver_due
from gweb.users import services as users
from tests.conftest import csrf_token_from

SENT = "ຖ້າມີບັນຊີຂອງເວັບໄຊນີ້ໃຊ້ທີ່ຢູ່ອີເມວນັ້ນ"


def ask(client, email):
    page = client.get("/admin/forgot-password", headers={"Accept-Language": "lo"},
                      base_url="http://ministry.test")
    assert page.status_code == 200
    return client.post("/admin/forgot-password", headers={"Accept-Language": "lo"},
                       base_url="http://ministry.test", data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)), "email": email})


def outbox():
    return list(db.session.scalars(select(OutgoingMail)))


def test_a_member_gets_a_link_in_lao_by_e_mail_and_sets_a_new_password(app, client, site,
                                                                       make_user, smtp_server):
    inbox, config = smtp_server
    app.config.update(config)
    member = make_user("editor", email="chanthy@ministry.test")
    member.ui_lang = "lo"
    db.session.commit()
    login = client.get("/admin/login", headers={"Accept-Language": "lo"}).get_data(as_text=True)
    assert "ລືມລະຫັດຜ່ານບໍ?" in login
    answer = ask(client, " Chanthy@Ministry.test ")
    assert answer.status_code == 200 and SENT in answer.get_data(as_text=True)
    assert deliver_due(config)["sent"] == 1
    [mail] = inbox.messages
    assert mail["To"] == "chanthy@ministry.test"
    assert mail["Subject"] == "ຕັ້ງລະຫັດຜ່ານໃໝ່ສຳລັບ ກະຊວງທົດສອບ"
    link = re.search(r"http://\S+/admin/users/reset/\S+", mail.get_content()).group(0)
    form = client.get(link)
    assert form.status_code == 200
    done = client.post(link, data={"csrf_token": csrf_token_from(form.get_data(as_text=True)),
                                   "new_password": "ນ້ຳຕົກຕາດ ຄອນພະເພັງ 2026",
                                   "repeat_password": "ນ້ຳຕົກຕາດ ຄອນພະເພັງ 2026"})
    assert done.status_code == 302
    assert users.authenticate("chanthy@ministry.test", "ນ້ຳຕົກຕາດ ຄອນພະເພັງ 2026") is not None
    assert client.get(link).status_code == 400  # used once


def test_an_address_without_an_account_here_gets_the_same_answer_and_no_mail(
        app, client, site, make_user, smtp_server):
    _inbox, config = smtp_server
    app.config.update(config)
    from gweb.sites.services import create_site
    from gweb.users.services import create_user

    other = create_site("province.test", {"lo": "ແຂວງ", "en": "Province"})
    create_user("elsewhere@province.test", "correct horse battery", role="admin", site_id=other.id)
    db.session.commit()
    for email in ("nobody@ministry.test", "elsewhere@province.test"):
        answer = ask(client, email)
        assert answer.status_code == 200 and SENT in answer.get_data(as_text=True)
    assert outbox() == []


def test_asking_again_soon_sends_no_second_mail(app, client, site, make_user, smtp_server):
    _inbox, config = smtp_server
    app.config.update(config)
    make_user("editor", email="chanthy@ministry.test")
    ask(client, "chanthy@ministry.test")
    again = ask(client, "chanthy@ministry.test")
    assert SENT in again.get_data(as_text=True)
    assert len(outbox()) == 1


def test_one_client_asking_too_often_is_told_to_wait(app, client, site, smtp_server):
    _inbox, config = smtp_server
    app.config.update(config, RESET_LIMIT_PER_CLIENT="2 per 15 minutes")
    assert ask(client, "a@ministry.test").status_code == 200
    assert ask(client, "b@ministry.test").status_code == 200
    assert ask(client, "c@ministry.test").status_code == 429


def test_without_an_smtp_server_the_login_page_offers_no_such_link(app, client, site):
    assert "forgot-password" not in client.get("/admin/login").get_data(as_text=True)
    assert client.get("/admin/forgot-password").status_code == 404
