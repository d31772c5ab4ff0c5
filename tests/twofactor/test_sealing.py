"""Authenticator secrets are stored encrypted and open only with the
installation's keys (gweb.twofactor.sealing, migration 0010totpseal)."""
import pyotp
import sqlalchemy as sa

from gweb.extensions import db
from gweb.twofactor import sealing, services


def test_the_database_never_holds_an_authenticator_secret_in_clear(app, site, make_user):
    user = make_user("editor")
    device = services.start_enrolment(user)
    db.session.commit()
    secret = services.secret_of(device)
    stored = db.session.scalar(sa.text("SELECT sealed_secret FROM twofactor_totp"))
    assert len(secret) == 32 and secret not in stored
    assert sealing.unseal(stored, ["another installation's key"]) is None


def test_codes_keep_working_after_the_secret_key_changes_while_the_old_one_is_a_fallback(
        app, site, make_user):
    user = make_user("editor")
    device = services.start_enrolment(user)
    secret = services.secret_of(device)
    old_key = app.config["SECRET_KEY"]
    app.config["SECRET_KEY"] = "a new secret key for this installation"
    assert services.secret_of(device) == ""  # a code cannot be checked...
    app.config["SECRET_KEY_FALLBACKS"] = [old_key]
    assert services.secret_of(device) == secret  # ...until the old key is listed


def test_migration_0010_seals_existing_secrets_and_opens_them_going_down(pg_or_sqlite_empty):
    import flask_migrate

    from gweb.schema import migrations, upgrade_all

    migrations()  # Flask-Migrate is set up on first use only
    flask_migrate.upgrade(revision="0009searchsyl")
    secret = pyotp.random_base32()
    with db.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO \"user\" (id, email, name, password_hash, active, is_superadmin,"
            " ui_lang, created_at) VALUES (1, 'a@b.test', 'A', 'x', true, false, 'lo',"
            " CURRENT_TIMESTAMP)"))
        conn.execute(sa.text("INSERT INTO twofactor_totp (id, user_id, secret, created_at)"
                             " VALUES (1, 1, :secret, CURRENT_TIMESTAMP)"), {"secret": secret})
    upgrade_all(pg_or_sqlite_empty)
    sealed = db.session.scalar(sa.text("SELECT sealed_secret FROM twofactor_totp"))
    assert secret not in sealed and sealing.unseal(sealed) == secret
    db.session.remove()

    flask_migrate.downgrade(revision="0009searchsyl")
    assert db.session.scalar(sa.text("SELECT secret FROM twofactor_totp")) == secret
    db.session.remove()
    upgrade_all(pg_or_sqlite_empty)
    from gweb.twofactor.models import TotpDevice

    assert services.secret_of(db.session.get(TotpDevice, 1)) == secret
