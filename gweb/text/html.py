"""Rich text sanitising with nh3: an allow-list, so nothing an editor types
can run script in a visitor's browser."""
from html import unescape

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "blockquote", "a", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "hr", "span",
    "abbr", "code", "pre",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "*": {"lang", "dir"},
}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html: str) -> str:
    """Return `html` with every tag, attribute and URL scheme outside the
    allow-list removed; links get rel="noopener noreferrer"."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def plain_text(html: str) -> str:
    """The text of `html` without any markup (for summaries and meta tags)."""
    return " ".join(unescape(nh3.clean(html or "", tags=set())).split())
