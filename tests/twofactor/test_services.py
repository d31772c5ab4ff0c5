"""Two-factor authentication without HTTP: enrolment, codes that work once,
recovery codes, switching off, resets by an admin and the site's rule."""
import pytest
from sqlalchemy import select

from gweb.audit.models import AuditEvent
from gweb.exceptions import ValidationError
from gweb.extensions import db
from gweb.twofactor import services
from gweb.twofactor.models import RecoveryCode, TotpDevice
from tests.twofactor.helpers import code, enrol


def test_an_authenticator_is_not_in_force_until_a_right_code_confirms_it(app, make_user, clock):
    user = make_user("editor")
    device = services.start_enrolment(user)
    db.session.commit()
    assert not services.is_enabled(user)
    with pytest.raises(ValidationError) as wrong:
        services.confirm_enrolment(user, "000000" if code(services.secret_of(device), clock) != "000000"
                                   else "111111", None)
    assert "code" in wrong.value.errors
    db.session.rollback()
    assert not services.is_enabled(user)
    codes = services.confirm_enrolment(user, code(services.secret_of(device), clock), None)
    db.session.commit()
    assert services.is_enabled(user)
    assert len(codes) == 10 and len(set(codes)) == 10


def test_recovery_codes_are_stored_only_as_salted_hashes(app, make_user, clock):
    user = make_user("editor")
    _, codes = enrol(user, clock)
    stored = db.session.scalars(select(RecoveryCode.code_hash)).all()
    assert len(stored) == 10
    for clear in codes:
        assert not any(clear.replace("-", "") in h or clear in h for h in stored)
    assert all(h.startswith("pbkdf2:sha256:") for h in stored)


def test_a_code_is_accepted_once_and_never_again_within_its_window(app, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    now_code = code(secret, clock)
    assert services.check_code(user, now_code) == "app"
    db.session.commit()
    assert services.check_code(user, now_code) is None  # replayed at once
    clock.step()
    assert services.check_code(user, now_code) is None  # still inside the window
    assert services.check_code(user, code(secret, clock)) == "app"


def test_an_older_code_is_refused_once_a_newer_one_was_used(app, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    assert services.check_code(user, code(secret, clock, offset_steps=1)) == "app"
    assert services.check_code(user, code(secret, clock)) is None


def test_codes_of_the_neighbouring_steps_work_but_not_further_off(app, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    clock.step(5)
    assert services.check_code(user, code(secret, clock, offset_steps=-2)) is None
    assert services.check_code(user, code(secret, clock, offset_steps=2)) is None
    assert services.check_code(user, code(secret, clock, offset_steps=-1)) == "app"


def test_a_code_typed_in_lao_digits_or_with_a_space_is_read(app, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    typed = code(secret, clock).translate({ord(str(d)): chr(ord("໐") + d) for d in range(10)})
    assert services.check_code(user, typed[:3] + " " + typed[3:]) == "app"


def test_a_recovery_code_works_once_whatever_its_case(app, make_user, clock):
    user = make_user("editor")
    _, codes = enrol(user, clock)
    assert services.check_code(user, codes[3].upper()) == "recovery"
    db.session.commit()
    assert services.recovery_codes_left(user) == 9
    assert services.check_code(user, codes[3]) is None


def test_new_recovery_codes_replace_the_old_ones(app, make_user, clock):
    user = make_user("editor")
    secret, old = enrol(user, clock)
    new = services.new_recovery_codes(user, code(secret, clock), None)
    db.session.commit()
    assert services.check_code(user, old[0]) is None
    assert services.check_code(user, new[0]) == "recovery"


def test_switching_off_needs_the_password_and_a_code(app, make_user, clock):
    user = make_user("editor")
    secret, _ = enrol(user, clock)
    with pytest.raises(ValidationError) as wrong:
        services.disable(user, "not my password", code(secret, clock), None)
    assert set(wrong.value.errors) == {"password"}
    db.session.rollback()
    with pytest.raises(ValidationError) as no_code:
        services.disable(user, "correct horse battery", "123", None)
    assert set(no_code.value.errors) == {"code"}
    db.session.rollback()
    services.disable(user, "correct horse battery", code(secret, clock), None)
    db.session.commit()
    assert not services.is_enabled(user)
    assert db.session.scalar(select(RecoveryCode)) is None


def test_an_admin_resets_another_members_two_factor_and_the_audit_log_says_so(
        app, site, make_user, clock):
    admin = make_user("admin")
    editor = make_user("editor")
    enrol(editor, clock)
    with pytest.raises(ValidationError):
        services.reset_for(admin, site.id, admin)
    services.reset_for(editor, site.id, admin)
    db.session.commit()
    assert db.session.scalar(select(TotpDevice).where(TotpDevice.user_id == editor.id)) is None
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "twofactor.reset"))
    assert (event.user_id, event.object_id, event.site_id) == (admin.id, editor.id, site.id)


def test_an_admin_must_use_two_factor_before_requiring_it_for_the_site(
        app, site, make_user, clock):
    admin = make_user("admin")
    with pytest.raises(ValidationError) as refused:
        services.set_site_requirement(site.id, True, admin)
    assert "required" in refused.value.errors
    db.session.rollback()
    assert not services.site_requires(site.id)
    enrol(admin, clock)
    services.set_site_requirement(site.id, True, admin)
    db.session.commit()
    assert services.site_requires(site.id)
    assert db.session.scalar(select(AuditEvent.after).where(
        AuditEvent.action == "twofactor.site_rule")) == {"two_factor_required": True}


def test_the_qr_code_is_an_svg_made_here_holding_the_secret_address(app, make_user, clock):
    user = make_user("editor")
    device = services.start_enrolment(user)
    uri = services.provisioning_uri(device, user, "ກະຊວງທົດສອບ")
    assert uri.startswith("otpauth://totp/") and f"secret={services.secret_of(device)}" in uri
    svg = services.qr_svg(uri)
    assert svg.startswith("<svg") and "http" not in svg.split(">", 1)[1]
