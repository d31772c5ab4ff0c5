"""Two-factor authentication: a TOTP authenticator app and single-use
recovery codes, required per site by its admins."""
