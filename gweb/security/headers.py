"""Security headers on every response: a strict Content Security Policy (no
inline or third-party script, nothing framed), HSTS over HTTPS, and the
headers that stop sniffing, referrer leaks and unused browser features."""
from __future__ import annotations

from flask import Flask, Response, request

# Styles may be inline (the site's colours are a <style> block, and the rich
# text editor sets style attributes); scripts may not, from anywhere.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
PERMISSIONS_POLICY = ("camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                      "interest-cohort=()")
HSTS = "max-age=31536000; includeSubDomains"


# Set on every response that does not set its own.
STANDARD = (("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("Permissions-Policy", PERMISSIONS_POLICY),
            ("Cross-Origin-Opener-Policy", "same-origin"))


def add_security_headers(response: Response) -> Response:
    """Set the security headers a response does not set itself."""
    headers = response.headers
    # One look at the names the response has (setdefault scans them all for each).
    present = {name.lower() for name, _value in headers.items()}
    headers.extend([(name, value) for name, value in STANDARD if name.lower() not in present])
    if request.is_secure and "strict-transport-security" not in present:
        headers.add("Strict-Transport-Security", HSTS)
    return response


def init_app(app: Flask) -> None:
    """Add the security headers to every response of `app`."""
    app.after_request(add_security_headers)
