"""Two-factor: authenticator secrets are stored encrypted under a key derived
from SECRET_KEY (twofactor_totp.secret becomes sealed_secret), so that a
database dump or a backup alone does not give away anyone's codes.

Revision ID: 0010totpseal
Revises: 0009searchsyl
Create Date: 2026-11-26 11:00:00.000000

Hand-written: existing secrets are sealed (and, going down, opened) here
with the installation's keys, which the running app holds; the rows are
few (one per editor with two-factor on).
"""
from alembic import op
import sqlalchemy as sa
from flask import current_app

from gweb.twofactor.sealing import installation_keys, seal, unseal

# revision identifiers, used by Alembic.
revision = '0010totpseal'
down_revision = '0009searchsyl'
branch_labels = None
depends_on = None

TOTP = sa.table("twofactor_totp", sa.column("id", sa.Integer),
                sa.column("secret", sa.String), sa.column("sealed_secret", sa.String))


def upgrade():
    keys = installation_keys(current_app.config)
    with op.batch_alter_table("twofactor_totp") as batch_op:
        batch_op.add_column(sa.Column("sealed_secret", sa.String(length=255), nullable=True))
    connection = op.get_bind()
    for row_id, secret in connection.execute(sa.select(TOTP.c.id, TOTP.c.secret)).all():
        connection.execute(TOTP.update().where(TOTP.c.id == row_id)
                           .values(sealed_secret=seal(secret, keys)))
    with op.batch_alter_table("twofactor_totp") as batch_op:
        batch_op.alter_column("sealed_secret", existing_type=sa.String(length=255),
                              nullable=False)
        batch_op.drop_column("secret")


def downgrade():
    keys = installation_keys(current_app.config)
    with op.batch_alter_table("twofactor_totp") as batch_op:
        batch_op.add_column(sa.Column("secret", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(TOTP.c.id, TOTP.c.sealed_secret)).all()
    for row_id, sealed in rows:
        secret = unseal(sealed, keys)
        if secret is None:
            # Sealed under a key this installation no longer has: the device is
            # useless either way; its user sets two-factor up again.
            connection.execute(TOTP.delete().where(TOTP.c.id == row_id))
        else:
            connection.execute(TOTP.update().where(TOTP.c.id == row_id).values(secret=secret))
    with op.batch_alter_table("twofactor_totp") as batch_op:
        batch_op.alter_column("secret", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_column("sealed_secret")
