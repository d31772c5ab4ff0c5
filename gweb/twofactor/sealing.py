"""Authenticator secrets sealed at rest.

A TOTP secret is as good as a second password, and it cannot be kept as a
hash: the server needs it to compute the codes. It is therefore stored
encrypted (Fernet: AES-128-CBC with HMAC-SHA256) under a key derived from
the installation's SECRET_KEY, which is not in the database nor in a
backup. A database dump or a stolen backup alone no longer gives anyone
the codes. When SECRET_KEY changes, list the old one in SECRET_KEY_FALLBACKS
(as Flask does for sessions) until every user has logged in again; secrets
sealed under a key no longer listed cannot be opened, and an admin resets
those users' two-factor.
"""
from __future__ import annotations

import base64

from flask import current_app

_INFO = b"gweb twofactor secret"


def _fernet(secret_keys: list):
    """A MultiFernet that seals with the first key and opens with any."""
    from cryptography.fernet import Fernet, MultiFernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    def derive(key) -> Fernet:
        material = key.encode() if isinstance(key, str) else bytes(key)
        raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(material)
        return Fernet(base64.urlsafe_b64encode(raw))

    return MultiFernet([derive(k) for k in secret_keys if k])


def installation_keys(config) -> list:
    """SECRET_KEY, then the SECRET_KEY_FALLBACKS of `config` (older keys)."""
    return [config["SECRET_KEY"], *(config.get("SECRET_KEY_FALLBACKS") or [])]


def seal(secret: str, keys: list | None = None) -> str:
    """`secret` encrypted under the first of `keys` (default: the current app's)."""
    keys = keys if keys is not None else installation_keys(current_app.config)
    return _fernet(keys).encrypt(secret.encode()).decode("ascii")


def unseal(sealed: str, keys: list | None = None) -> str | None:
    """The secret in `sealed`, or None when none of `keys` opens it."""
    from cryptography.fernet import InvalidToken

    keys = keys if keys is not None else installation_keys(current_app.config)
    try:
        return _fernet(keys).decrypt(sealed.encode("ascii")).decode()
    except (InvalidToken, ValueError):
        return None
