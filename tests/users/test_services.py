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
