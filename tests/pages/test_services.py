from datetime import timedelta

import pytest

from gweb.exceptions import ConflictError, ValidationError
from gweb.pages import editorial, scheduling, services
from gweb.pages.lookup import find_public_page
from gweb.pages.models import PageRevision
from gweb.timeutil import utcnow


def _about(site):
    return editorial.page_by_key(site.id, "about")


def test_a_new_page_gets_its_path_under_its_parent_in_each_language(site):
    page = services.create_page(site, _about(site), {
        "lo": {"title": "ກົມແຜນການ"}, "en": {"title": "Planning Department"}}, publish=True)
    assert page.translation("lo").path == "ກ່ຽວກັບພວກເຮົາ/ກົມແຜນການ"
    assert page.translation("en").path == "about/planning-department"


def test_a_page_without_a_title_is_refused_and_nothing_is_written(site, db):
    before = db.session.query(PageRevision).count()
    with pytest.raises(ValidationError) as error:
        services.create_page(site, _about(site), {"lo": {"title": "  "}})
    assert "title" in error.value.errors
    assert db.session.query(PageRevision).count() == before


@pytest.mark.parametrize("slug", ["a/b", "!!!", "bad\x00slug"])
def test_a_bad_slug_is_refused_with_a_form_error(site, slug):
    with pytest.raises(ValidationError) as error:
        services.create_page(site, _about(site), {"en": {"title": "Team", "slug": slug}})
    assert "slug" in error.value.errors


def test_two_siblings_cannot_share_an_address(site):
    services.create_page(site, _about(site), {"en": {"title": "Team"}})
    with pytest.raises(ValidationError) as error:
        services.create_page(site, _about(site), {"en": {"title": "Team"}})
    assert "/en/about/team" in error.value.errors["slug"]


def test_a_draft_is_not_public_until_it_is_published(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Draft page"}})
    assert find_public_page(site, "en", "about/draft-page", utcnow()) == (None, None)
    services.publish(page, "en")
    public, _ = find_public_page(site, "en", "about/draft-page", utcnow())
    assert public.translation.title == "Draft page"


def test_a_draft_saved_on_a_published_page_waits_until_it_is_published(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Team", "body": "<p>v1</p>"}},
                                publish=True)
    services.save_translation(page, "en", {"title": "Team", "body": "<p>v2</p>"})
    public, _ = find_public_page(site, "en", "about/team", utcnow())
    assert public.translation.body == "<p>v1</p>"
    assert public.translation.has_unpublished_changes
    services.publish(page, "en")
    public, _ = find_public_page(site, "en", "about/team", utcnow())
    assert public.translation.body == "<p>v2</p>"
    assert [r.action for r in editorial.revisions(page.id, "en")] == ["publish", "draft", "publish"]


def test_rich_text_is_sanitised_when_saved(site):
    page = services.create_page(site, _about(site), {"en": {
        "title": "X", "body": '<p>ok</p><script>alert(1)</script><a href="javascript:x">y</a>'}})
    body = page.translation("en").body
    assert "<script" not in body and "javascript:" not in body and "<p>ok</p>" in body


def test_a_page_scheduled_for_tomorrow_is_hidden_today_and_shown_tomorrow(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Later"}})
    tomorrow = utcnow() + timedelta(days=1)
    scheduling.schedule(page, "en", publish_at=tomorrow, unpublish_at=None)
    assert find_public_page(site, "en", "about/later", utcnow())[0] is None
    assert find_public_page(site, "en", "about/later", tomorrow + timedelta(minutes=1))[0]


def test_a_page_past_its_unpublish_time_disappears(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Expiring"}}, publish=True)
    soon = utcnow() + timedelta(hours=1)
    scheduling.schedule(page, "en", publish_at=None, unpublish_at=soon)
    assert find_public_page(site, "en", "about/expiring", utcnow())[0]
    assert find_public_page(site, "en", "about/expiring", soon)[0] is None


def test_an_unpublish_time_before_the_publish_time_is_refused(site):
    page = services.create_page(site, _about(site), {"en": {"title": "X"}})
    now = utcnow()
    with pytest.raises(ValidationError):
        scheduling.schedule(page, "en", publish_at=now, unpublish_at=now - timedelta(days=1))


def test_renaming_a_page_moves_the_addresses_of_all_its_descendants(site):
    about = _about(site)
    team = services.create_page(site, about, {"en": {"title": "Team"}}, publish=True)
    services.create_page(site, team, {"en": {"title": "Heads"}}, publish=True)
    services.save_translation(about, "en", {"title": "About us", "slug": "who-we-are"},
                              publish=True)
    assert find_public_page(site, "en", "who-we-are/team/heads", utcnow())[0] is not None
    assert find_public_page(site, "en", "about/team/heads", utcnow())[0] is None


def test_moving_a_page_changes_its_address_and_keeps_sibling_order(site):
    team = services.create_page(site, _about(site), {"en": {"title": "Team"}}, publish=True)
    contact = editorial.page_by_key(site.id, "contact")
    services.move_page(team, contact, position=0)
    assert team.translation("en").path == "contact/team"
    assert contact.children[0].id == team.id


def test_a_page_cannot_be_moved_under_its_own_child(site):
    about = _about(site)
    child = services.create_page(site, about, {"en": {"title": "Child"}})
    with pytest.raises(ValidationError):
        services.move_page(about, child)


def test_the_second_editor_saving_an_old_version_is_told_of_the_conflict(site):
    page = _about(site)
    loaded = page.version
    services.save_translation(page, "en", {"title": "About A"}, expected_version=loaded)
    with pytest.raises(ConflictError):
        services.save_translation(page, "en", {"title": "About B"}, expected_version=loaded)
    assert editorial.latest_revision(page.id, "en").title == "About A"


def test_the_home_page_cannot_be_deleted_but_others_can_with_their_children(site, db):
    with pytest.raises(ValidationError):
        services.delete_page(editorial.root_page(site.id))
    about = _about(site)
    about_id = about.id
    services.delete_page(about)
    assert editorial.page_by_key(site.id, "history") is None
    assert editorial.get_page(site.id, about_id) is None


def test_a_site_has_only_one_home_page(site):
    with pytest.raises(ValidationError):
        services.create_page(site, None, {"en": {"title": "Second home"}})


def test_a_new_version_scheduled_for_tomorrow_replaces_the_live_text_only_then(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Fees", "body": "<p>2025 fees</p>"}},
                                publish=True)
    services.save_translation(page, "en", {"title": "Fees", "body": "<p>2026 fees</p>"})
    tomorrow = utcnow() + timedelta(days=1)
    scheduling.schedule(page, "en", publish_at=tomorrow, unpublish_at=None)
    assert scheduling.promote_due(site.id, utcnow()) == 0
    assert find_public_page(site, "en", "about/fees", utcnow())[0].translation.body == "<p>2025 fees</p>"
    assert scheduling.promote_due(site.id, tomorrow + timedelta(seconds=1)) == 1
    live = find_public_page(site, "en", "about/fees", tomorrow + timedelta(seconds=1))[0]
    assert live.translation.body == "<p>2026 fees</p>" and live.translation.last_published_at == tomorrow


def test_every_change_to_a_page_is_in_the_audit_log_with_who_and_what(site, make_user):
    from gweb.audit.services import recent

    editor = make_user("editor")
    page = services.create_page(site, _about(site), {"en": {"title": "Team"}}, author=editor)
    services.save_translation(page, "en", {"title": "Our team"}, author=editor, publish=True)
    services.unpublish(page, "en", author=editor)
    actions = [(e.action, e.user_email) for e in recent(site.id, limit=3)]
    assert actions == [("page.unpublish", editor.email), ("page.publish", editor.email),
                       ("page.create", editor.email)]
    publish_event = recent(site.id, limit=2)[1]
    assert publish_event.before["title"] == "Team" and publish_event.after["title"] == "Our team"


def test_an_author_submission_waits_for_review_until_an_editor_publishes(site):
    page = services.create_page(site, _about(site), {"en": {"title": "Draft"}})
    row = services.save_translation(page, "en", {"title": "Draft v2"}, submit=True)
    assert row.in_review and editorial.awaiting_review(site.id) == [row]
    services.publish(page, "en")
    assert not row.in_review and editorial.awaiting_review(site.id) == []


def test_restoring_an_old_revision_makes_it_the_newest_draft(site):
    page = services.create_page(site, _about(site), {"en": {"title": "One"}}, publish=True)
    services.save_translation(page, "en", {"title": "Two"}, publish=True)
    first = editorial.revisions(page.id, "en")[-1]
    services.restore_revision(page, first)
    assert editorial.latest_revision(page.id, "en").title == "One"
    assert editorial.latest_revision(page.id, "en").action == "restore"
    assert page.translation("en").title == "Two"  # live until published
