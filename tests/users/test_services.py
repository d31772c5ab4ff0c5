import pytest

from gweb.exceptions import ValidationError
from gweb.users import services


def test_a_user_logs_in_with_the_right_password_whatever_the_case_of_the_email(site, db):
    services.create_user("Somphone@Ministry.LA", "correct horse battery", role="editor",
                         site_id=site.id)
    db.session.commit()
    user = services.authenticate("somphone@ministry.la", "correct horse battery")
    assert user is not None and user.last_login_at is not None
    assert user.password_hash.startswith("scrypt:")
    assert services.authenticate("somphone@ministry.la", "wrong password") is None


def test_an_inactive_user_cannot_log_in(site, db):
    user = services.create_user("gone@ministry.la", "correct horse battery")
    user.active = False
    db.session.commit()
    assert services.authenticate("gone@ministry.la", "correct horse battery") is None


@pytest.mark.parametrize("email, password, field", [
    ("no-at-sign", "correct horse battery", "email"),
    # Addresses no reset link or notice could be mailed to (gweb.mail.services.is_address).
    ("ບຸນມີ@ministry.la", "correct horse battery", "email"),
    ("two@ministry.la, three@ministry.la", "correct horse battery", "email"),
    ("ok@ministry.la", "short", "password"),
])
def test_bad_accounts_are_refused_field_by_field(site, email, password, field):
    with pytest.raises(ValidationError) as error:
        services.create_user(email, password)
    assert field in error.value.errors


def test_the_same_email_cannot_have_two_accounts(site, db):
    services.create_user("one@ministry.la", "correct horse battery")
    db.session.commit()
    with pytest.raises(ValidationError):
        services.create_user("ONE@ministry.la", "correct horse battery")


def test_roles_rise_from_author_to_editor_to_admin(site, db):
    user = services.create_user("a@ministry.la", "correct horse battery", role="author",
                                site_id=site.id)
    assert services.has_role(user, site.id, "author")
    assert not services.has_role(user, site.id, "editor")
    services.grant_role(user, site.id, "admin")
    assert services.has_role(user, site.id, "editor")
    assert not services.has_role(user, site.id + 1, "author")


def test_generated_passwords_are_long_and_different(app):
    first, second = services.generate_password(), services.generate_password()
    assert first != second and len(first) >= 20


# -- managing the people of one site -------------------------------------------

from gweb.audit.models import AuditEvent  # noqa: E402
from gweb.users.models import User  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture
def people(site, db):
    """An admin, an editor and an author on the test site."""
    made = {role: services.create_user(f"{role}@ministry.la", PASSWORD, name=name, role=role,
                                       site_id=site.id)
            for role, name in (("admin", "ແກ້ວ"), ("editor", "ບຸນມີ"), ("author", "ອຳພອນ"))}
    db.session.commit()
    return made


@pytest.fixture
def other_site(site, db):
    from gweb.sites import services as sites

    other = sites.create_site("province.la", {"lo": "ແຂວງ", "en": "Province"})
    db.session.commit()
    return other


def test_site_members_are_this_sites_people_in_lao_order(site, people, other_site, db):
    services.create_user("elsewhere@province.la", PASSWORD, role="admin", site_id=other_site.id)
    db.session.commit()
    members = services.site_members(site.id)
    # Lao order goes by consonant: ແກ້ວ (ກ) before ບຸນມີ (ບ) before ອຳພອນ (ອ);
    # code-point order would put ແກ້ວ, with its pre-posed vowel, last.
    assert [u.email for u, _role in members] == [
        "admin@ministry.la", "editor@ministry.la", "author@ministry.la"]
    assert dict((u.email, r) for u, r in members)["editor@ministry.la"] == "editor"
    assert services.site_member(site.id, people["editor"].id) is people["editor"]
    assert services.site_member(other_site.id, people["editor"].id) is None


def test_inviting_a_new_address_makes_an_account_with_a_generated_password(site, people, db):
    user, password = services.invite(site.id, "New@Ministry.la", "ໃໝ່", "author", people["admin"])
    db.session.commit()
    assert user.email == "new@ministry.la" and user.role_on(site.id) == "author"
    assert services.authenticate("new@ministry.la", password) is not None
    event = db.session.query(AuditEvent).filter_by(action="user.create").one()
    assert event.after == {"email": "new@ministry.la", "name": "ໃໝ່", "role": "author",
                           "active": True}


def test_inviting_an_address_known_on_another_site_gives_it_a_role_here(site, people,
                                                                      other_site, db):
    known = services.create_user("known@province.la", PASSWORD, role="editor",
                                 site_id=other_site.id)
    user, password = services.invite(site.id, "known@province.la", "", "admin", people["admin"])
    assert user is known and password is None
    assert known.role_on(site.id) == "admin" and known.role_on(other_site.id) == "editor"


def test_inviting_someone_already_on_this_site_or_with_a_bad_role_is_refused(site, people):
    with pytest.raises(ValidationError) as error:
        services.invite(site.id, "editor@ministry.la", "", "author", people["admin"])
    assert "email" in error.value.errors
    with pytest.raises(ValidationError) as error:
        services.invite(site.id, "x@ministry.la", "", "owner", people["admin"])
    assert "role" in error.value.errors


def test_the_last_active_admin_can_be_neither_demoted_nor_removed_nor_deactivated(
        site, people, db):
    editor, admin = people["editor"], people["admin"]
    for change in (lambda: services.change_role(site.id, admin, "editor", editor),
                   lambda: services.remove_role(site.id, admin, editor),
                   lambda: services.set_active(site.id, admin, False, editor)):
        with pytest.raises(ValidationError):
            change()
    assert admin.role_on(site.id) == "admin" and admin.active
    services.change_role(site.id, editor, "admin", admin)  # a second admin ...
    services.change_role(site.id, admin, "author", editor)  # ... and the first may go
    assert admin.role_on(site.id) == "author"


def test_a_deactivated_admin_does_not_count_as_another_admin(site, people, db):
    second = services.create_user("second@ministry.la", PASSWORD, role="admin", site_id=site.id)
    second.active = False
    with pytest.raises(ValidationError):
        services.change_role(site.id, people["admin"], "editor", people["editor"])


def test_nobody_changes_their_own_role_or_account(site, people):
    admin = people["admin"]
    services.create_user("second@ministry.la", PASSWORD, role="admin", site_id=site.id)
    for change in (lambda: services.change_role(site.id, admin, "editor", admin),
                   lambda: services.remove_role(site.id, admin, admin),
                   lambda: services.set_active(site.id, admin, False, admin)):
        with pytest.raises(ValidationError):
            change()


def test_only_a_superadmin_deactivates_an_account_used_on_other_sites(site, people, other_site,
                                                                     db):
    author = people["author"]
    services.grant_role(author, other_site.id, "editor")
    with pytest.raises(ValidationError):
        services.set_active(site.id, author, False, people["admin"])
    root = services.create_user("root@gweb.la", PASSWORD, superadmin=True)
    services.set_active(site.id, author, False, root)
    assert not author.active
    services.set_active(site.id, people["editor"], False, people["admin"])  # this site only
    assert not people["editor"].active


def test_changes_to_people_are_audited_without_secrets(site, people, db):
    admin, author = people["admin"], people["author"]
    services.change_role(site.id, author, "editor", admin)
    services.set_active(site.id, author, False, admin)
    services.set_active(site.id, author, True, admin)
    services.remove_role(site.id, author, admin)
    services.change_own_password(site.id, admin, PASSWORD, "another good passphrase",
                                 "another good passphrase")
    db.session.commit()
    events = db.session.query(AuditEvent).filter(AuditEvent.action.like("user.%")) \
        .order_by(AuditEvent.id).all()
    assert [e.action for e in events] == ["user.role", "user.deactivate", "user.activate",
                                          "user.remove_role", "user.password"]
    assert all(e.site_id == site.id and e.user_id == admin.id for e in events)
    text = repr([(e.summary, e.before, e.after) for e in events])
    assert "passphrase" not in text and "scrypt" not in text and PASSWORD not in text


def test_changing_ones_own_password_checks_the_current_one_and_the_repeat(site, people, db):
    admin = people["admin"]
    cases = [("wrong password", "another good passphrase", "another good passphrase",
              "current_password"),
             (PASSWORD, "another good passphrase", "another good passphrasf", "repeat_password"),
             (PASSWORD, "short", "short", "new_password"),
             (PASSWORD, PASSWORD, PASSWORD, "new_password")]
    for current, new, repeat, field in cases:
        with pytest.raises(ValidationError) as error:
            services.change_own_password(site.id, admin, current, new, repeat)
        assert field in error.value.errors
    services.change_own_password(site.id, admin, PASSWORD, "another good passphrase",
                                 "another good passphrase")
    db.session.commit()
    assert services.authenticate("admin@ministry.la", "another good passphrase") is admin
    assert db.session.get(User, admin.id).active


def test_a_common_or_patterned_password_is_refused_with_advice(app, site):
    for weak in ("password1234", "qwertyuiop12", "Password2026!", "editorministry"):
        with pytest.raises(ValidationError) as caught:
            services.create_user("editor@ministry.test", weak, role="editor", site_id=site.id)
        assert "too easy to guess" in caught.value.errors["password"], weak


def test_a_long_passphrase_in_lao_or_english_is_accepted(app, site):
    services.create_user("a@ministry.test", "ກະຊວງການເງິນ ນະຄອນຫຼວງ", role="editor", site_id=site.id)
    services.create_user("b@ministry.test", "paddy field kettle orbit", role="editor",
                         site_id=site.id)


def test_an_installation_hashes_passwords_with_scrypt_at_its_full_cost(tmp_path):
    # The test suite lowers the cost for speed; nothing else may.
    from gweb import create_app

    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/x.db"},
                     instance=str(tmp_path))
    assert app.config["PASSWORD_HASH_METHOD"] == "scrypt"
