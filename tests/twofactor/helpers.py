"""Helpers for two-factor tests: a clock the tests move, and enrolment."""
from __future__ import annotations

import pyotp

from gweb.extensions import db
from gweb.twofactor import services

START = 1_790_000_000.0  # a fixed moment, at the start of a 30-second step


class Clock:
    """Stands in for services.clock: time moves only when a test says so."""

    def __init__(self, now: float = START):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def step(self, steps: int = 1) -> None:
        self.now += 30 * steps


def code(secret: str, clock: Clock, offset_steps: int = 0) -> str:
    """The code an authenticator app shows at the clock's time (plus steps)."""
    return pyotp.TOTP(secret).at(clock.now + 30 * offset_steps)


def enrol(user, clock: Clock, site_id=None) -> tuple[str, list[str]]:
    """Switch two-factor on for `user`; returns the secret and the recovery codes."""
    device = services.start_enrolment(user)
    db.session.commit()
    codes = services.confirm_enrolment(user, code(services.secret_of(device), clock), site_id)
    db.session.commit()
    clock.step()  # the enrolment code is spent; the next step's code is fresh
    return services.secret_of(device), codes
