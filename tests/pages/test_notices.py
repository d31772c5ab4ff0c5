"""E-mail notices of the review workflow: the site's editors and admins hear
of a page sent for review, its author hears whether it was published or
sent back; in the site's language, never about what one did oneself."""
import pytest
from sqlalchemy import select

from gweb.extensions import db
from gweb.mail.models import OutgoingMail
from gweb.mail.services import deliver_due
from gweb.pages import editorial, notices, services
from gweb.sites.services import create_site
from gweb.users.services import grant_role


@pytest.fixture
def mail_on(app):
    app.config["MAIL_SERVER"] = "127.0.0.1"


@pytest.fixture
def page(site):
    return services.create_page(site, editorial.page_by_key(site.id, "about"),
                                {"lo": {"title": "ທີມງານ"}}, publish=True)


def outbox():
    db.session.expire_all()
    return list(db.session.scalars(select(OutgoingMail).order_by(OutgoingMail.id)))


def recipients():
    return sorted(m.recipient for m in outbox())


def submit(page, author, title="ທີມງານຂອງພວກເຮົາ"):
    return services.save_translation(page, "lo", {"title": title}, author=author, submit=True)


def test_a_submission_is_mailed_to_the_sites_editors_and_admins_only(
        site, page, make_user, mail_on):
    author = make_user("author")
    make_user("author", "other-author@ministry.test")
    make_user("editor")
    make_user("admin")
    elsewhere = make_user("editor", "editor@other.test")
    other = create_site("other.test", {"lo": "ກົມອື່ນ", "en": "Other department"})
    elsewhere.roles.clear()
    grant_role(elsewhere, other.id, "editor")
    db.session.commit()
    submit(page, author)
    assert recipients() == ["admin@ministry.test", "editor@ministry.test"]


def test_the_review_request_reaches_the_editor_in_lao_with_a_link_to_the_editing_screen(
        app, site, page, make_user, smtp_server):
    inbox, config = smtp_server
    app.config.update(config)
    author = make_user("author")
    make_user("editor")
    submit(page, author)
    assert deliver_due(app.config)["sent"] == 1
    [message] = inbox.messages
    assert message["To"] == "editor@ministry.test"
    assert message["Subject"] == "ໜ້າທີ່ລໍຖ້າກວດກາ: ທີມງານຂອງພວກເຮົາ"
    text = message.get_content()
    assert "Author ໄດ້ສົ່ງໜ້າໜຶ່ງຂອງ ກະຊວງທົດສອບ ໃຫ້ກວດກາ." in text
    assert "ໜ້າ: ທີມງານຂອງພວກເຮົາ" in text and "ພາສາ: ພາສາລາວ" in text
    assert f"https://ministry.test/admin/pages/{page.id}/edit/lo" in text


def test_a_site_whose_language_is_english_mails_in_english(site, page, make_user, mail_on):
    site.default_lang = "en"
    db.session.commit()
    author = make_user("author")
    make_user("editor")
    submit(page, author, title="Our team")
    [mail] = outbox()
    assert mail.subject == "Page to review: Our team"
    assert "Author sent a page of Ministry of Tests for review." in mail.body
    assert "Language: Lao" in mail.body


def test_publishing_a_page_under_review_mails_its_author(site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    services.publish(page, "lo", author=editor)
    mail = outbox()[-1]
    assert (mail.recipient, mail.subject) == ("author@ministry.test",
                                              "ເຜີຍແຜ່ແລ້ວ: ທີມງານຂອງພວກເຮົາ")
    assert "Editor ໄດ້ເຜີຍແຜ່ໜ້າທີ່ທ່ານສົ່ງໃຫ້ກວດກາຢູ່ ກະຊວງທົດສອບ ແລ້ວ." in mail.body


def test_scheduling_a_page_under_review_tells_its_author_it_will_go_live(
        site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    services.save_translation(page, "lo", {"title": "ທີມງານຂອງພວກເຮົາ"}, author=editor,
                              scheduled=True)
    assert outbox()[-1].subject == "ຕັ້ງເວລາເຜີຍແຜ່ແລ້ວ: ທີມງານຂອງພວກເຮົາ"


def test_sending_a_page_back_mails_its_author_and_keeps_it_a_draft(
        site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    row = services.send_back(page, "lo", author=editor)
    assert not row.in_review and editorial.awaiting_review(site.id) == []
    mail = outbox()[-1]
    assert (mail.recipient, mail.subject) == ("author@ministry.test", "ສົ່ງຄືນ: ທີມງານຂອງພວກເຮົາ")
    assert "ໜ້ານີ້ບໍ່ໄດ້ຖືກເຜີຍແຜ່" in mail.body
    assert editorial.latest_revision(page.id, "lo").title == "ທີມງານຂອງພວກເຮົາ"


def test_an_editor_who_saves_a_draft_instead_of_publishing_sends_the_page_back(
        site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    services.save_translation(page, "lo", {"title": "ທີມງານ (ແກ້ໄຂ)"}, author=editor)
    mail = outbox()[-1]
    assert (mail.recipient, mail.subject) == ("author@ministry.test", "ສົ່ງຄືນ: ທີມງານ (ແກ້ໄຂ)")


def test_acting_on_ones_own_page_mails_nobody(site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    services.save_translation(page, "lo", {"title": "ຖອນຄືນ"}, author=author)  # withdrawn
    submit(page, editor)                      # the only editor asks, and publishes it
    services.publish(page, "lo", author=editor)
    assert recipients() == ["editor@ministry.test"]  # the author's first request only


def test_someone_who_turned_the_notices_off_gets_none(site, page, make_user, mail_on):
    author, editor = make_user("author"), make_user("editor")
    make_user("admin")
    editor.review_notices = author.review_notices = False
    db.session.commit()
    submit(page, author)
    services.publish(page, "lo", author=editor)
    assert recipients() == ["admin@ministry.test"]


def test_nothing_is_queued_while_the_installation_sends_no_e_mail(site, page, make_user):
    author, editor = make_user("author"), make_user("editor")
    submit(page, author)
    services.publish(page, "lo", author=editor)
    assert outbox() == []


def test_a_notice_that_cannot_be_queued_never_costs_the_author_their_submission(
        site, page, make_user, mail_on, monkeypatch):
    author = make_user("author")
    make_user("editor")

    def broken(*args, **kwargs):
        db.session.add(OutgoingMail(recipient="x@ministry.test", subject="half", body=""))
        db.session.flush()
        raise RuntimeError("the outbox is broken")

    monkeypatch.setattr(notices, "queue_mail", broken)
    row = submit(page, author)
    db.session.expire_all()
    assert row.in_review and editorial.awaiting_review(site.id) == [row]
    assert editorial.latest_revision(page.id, "lo").title == "ທີມງານຂອງພວກເຮົາ"
    assert outbox() == []
