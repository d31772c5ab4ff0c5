"""Login throttling: failed logins counted per account and per client, in the
app's rate-limit storage (memory, or Redis when configured), so that password
guessing is slowed down on every app server alike."""
from __future__ import annotations

import logging

from flask import current_app
from limits import parse

from gweb.extensions import limiter

auth_log = logging.getLogger("gweb.security.auth")


def _limits():
    config = current_app.config
    return (parse(config["LOGIN_LIMIT_PER_ACCOUNT"]), parse(config["LOGIN_LIMIT_PER_CLIENT"]))


def _keys(email: str, client: str) -> tuple[str, str]:
    return (f"login-account:{(email or '').strip().lower()}", f"login-client:{client}")


def login_allowed(email: str, client: str) -> bool:
    """False while the account or the client has used up its failed attempts."""
    if not limiter.enabled:
        return True
    per_account, per_client = _limits()
    account_key, client_key = _keys(email, client)
    return limiter.limiter.test(per_account, account_key) and \
        limiter.limiter.test(per_client, client_key)


def login_failed(email: str, client: str) -> None:
    """Count a failed login against the account and the client."""
    if not limiter.enabled:
        return
    per_account, per_client = _limits()
    account_key, client_key = _keys(email, client)
    limiter.limiter.hit(per_account, account_key)
    limiter.limiter.hit(per_client, client_key)


def log_attempt(step: str, outcome: str, email: str, client: str) -> None:
    """Log an authentication decision (ASVS 7.2.1): the step (password,
    code), what was decided (ok, failed, throttled), the account and the
    client; never what was typed as a secret. Failures log as warnings."""
    level = logging.INFO if outcome == "ok" else logging.WARNING
    auth_log.log(level, "login %s %s for %s from %s", step, outcome,
                 (email or "").strip().lower()[:254], client)
