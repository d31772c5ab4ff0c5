"""Reading what a page tells search engines and link previews."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(html: str) -> list[dict]:
    """Every JSON-LD block of a page, parsed."""
    return [json.loads(block) for block in _LD.findall(html)]


def of_type(html: str, kind: str) -> dict:
    found = [data for data in json_ld(html) if data.get("@type") == kind]
    assert len(found) == 1, (kind, json_ld(html))
    return found[0]


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.title, self._in_title = {}, [], "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head_of(html: str) -> _Head:
    """The <head> of a page: .title, .meta (name or property -> [contents]), .links."""
    parser = _Head()
    parser.feed(html.split("</head>", 1)[0])
    return parser


def canonical(html: str) -> list[str]:
    return [link["href"] for link in head_of(html).links if link.get("rel") == "canonical"]


def hreflangs(html: str) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in head_of(html).links
            if link.get("rel") == "alternate" and "hreflang" in link}
