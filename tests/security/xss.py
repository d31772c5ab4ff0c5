"""Script-injection payloads and how to tell, as a browser parses a page,
whether one got through: shared by the XSS tests."""
from __future__ import annotations

import re
from html.parser import HTMLParser

PAYLOADS = [
    "<script>alert('xss1')</script>",
    "<img src=x onerror=alert('xss2')>",
    "<svg/onload=alert('xss3')>",
    "\"><script>alert('xss4')</script>",
    "'><img src=x onerror=alert('xss5')>",
    "<a href=\"javascript:alert('xss6')\">link</a>",
    "<iframe src=\"javascript:alert('xss7')\"></iframe>",
    "<body onload=alert('xss8')>",
    "<div style=\"background:url(javascript:alert('xss9'))\">x</div>",
    "</title><script>alert('xss10')</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss11')>",
    "{{7*7}}<p>ຂ່າວ {% raw %}</p>",
]
# Put before each payload of a sweep: it leaves a double- or single-quoted or
# unquoted attribute, a title, textarea, style or script element, so that
# every field is tried in every context each time; escaped, it is only text.
BREAKOUT = "\"'></title></textarea></style></script><img src=x onerror=alert('xss0')>"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "style"}


class Danger(HTMLParser):
    """What would run if a payload got through, as a browser parses the page:
    a script element that is not one of the site's own files (nor a JSON-LD
    data block, which a browser never runs), an iframe, an event handler
    attribute, a javascript: URL."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not (attributes.get("src") or "").startswith("/") \
                and attributes.get("type") != "application/ld+json":
            self.found.append(f"<script {attrs}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and _runs(name, value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")


def _runs(name: str, value: str) -> bool:
    """A javascript: address, read as a browser does (spaces and control
    characters around it and tabs or newlines inside dropped); in a style,
    one anywhere (url(javascript:...))."""
    squeezed = re.sub(r"[\t\n\r]", "", value).lower()
    if name == "style":
        return "javascript:" in squeezed.replace(" ", "")
    return squeezed.lstrip("".join(map(chr, range(33)))).startswith(("javascript:", "vbscript:"))


def dangers(html: str) -> list[str]:
    """Every element or attribute of `html` that would run a script."""
    parser = Danger()
    parser.feed(html)
    parser.close()
    return parser.found


class _Shown(HTMLParser):
    """The text of a page and the values of its attributes, as a browser
    reads them (character references decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.attributes += [value for _, value in attrs if value]

    def handle_data(self, data):
        self.text.append(data)


def shown(html: str) -> tuple[str, str]:
    """(the page's text, its attribute values), each joined by newlines: a
    payload found in either was shown as text, not run as markup."""
    parser = _Shown()
    parser.feed(html)
    parser.close()
    return "".join(parser.text), "\n".join(parser.attributes)
