"""The forms of a page as a browser sees them, and filling them in as a
person would: for the sweeps that push payloads through every field."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from PIL import Image

# A button whose name or value says it takes something away is never pressed.
UNWANTED_BUTTON = re.compile(r"delete|remove|unpublish|unpin|cancel|discard", re.I)
# Inputs a person types free text into.
TEXT_TYPES = {"", "text", "search", "url", "email", "tel"}
DATES = {"date": "2024-03-{day}", "datetime-local": "2024-03-{day}T10:00", "month": "2024-03"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


@dataclass
class Field:
    """An input, textarea or select of a form, as the page holds it."""
    tag: str  # input, textarea, select
    name: str
    type: str = ""
    value: str = ""
    checked: bool = False
    options: list[tuple[str, bool]] = field(default_factory=list)  # (value, selected)
    accept: str = ""
    maxlength: int | None = None
    hidden_from_people: bool = False  # inside aria-hidden: a honeypot

    @property
    def is_text(self) -> bool:
        return not self.hidden_from_people and (
            self.tag == "textarea" or (self.tag == "input" and self.type in TEXT_TYPES))


@dataclass
class Form:
    """A form of a page: where it goes, its fields and its named buttons."""
    action: str
    method: str
    fields: list[Field] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (name, value) of submits

    @property
    def text_fields(self) -> list[Field]:
        return [f for f in self.fields if f.is_text]

    @property
    def typed_fields(self) -> list[Field]:
        """What a person types or names: text fields and chosen files."""
        return [f for f in self.fields if f.is_text or f.type == "file"]

    def values(self, typed: dict[str, str] | None = None, chosen: dict[str, str] | None = None,
               turn: int = 0) -> dict[str, list]:
        """What the browser sends, with `typed` (name -> text) in place of what
        the page holds and `chosen` (name -> value) ticked or selected: hidden
        values, checked boxes, selected options (or a list's first) kept as
        they are. Of a group of radio buttons the `turn`-th choice is taken,
        so that turn after turn every branch of a form is sent (a menu link
        to a page, then to an address)."""
        typed, chosen = typed or {}, chosen or {}
        data: dict[str, list] = {}
        radios: dict[str, list[str]] = {}
        for f in self.fields:
            if f.name in chosen and (f.tag == "select" or f.type in ("checkbox", "radio")):
                data[f.name] = [chosen[f.name]]
            elif f.tag == "select":
                data.setdefault(f.name, []).extend(
                    [v for v, selected in f.options if selected] or [v for v, _ in f.options[:1]])
            elif f.type == "radio":
                radios.setdefault(f.name, []).append(f.value)
            elif f.type == "checkbox":
                if f.checked:
                    data.setdefault(f.name, []).append(f.value or "on")
            elif f.type not in ("file", "submit", "button", "reset", "image"):
                data.setdefault(f.name, []).append(typed.get(f.name, chosen.get(f.name, f.value)))
        for name, options in radios.items():
            data.setdefault(name, [options[turn % len(options)]])
        return data

    def choice_for(self, name: str) -> str | None:
        """A value a person would pick for a field the form said is missing:
        the first real option of a list or group, a number, a date (each
        date field of the form a day after the one before it, so that an
        end comes after its start)."""
        dates = [f.name for f in self.fields if f.type in DATES]
        for f in self.fields:
            if f.name != name:
                continue
            if f.tag == "select":
                return next((v for v, _ in f.options if v), None)
            if f.type in ("checkbox", "radio"):
                return f.value or "on"
            if f.type in DATES:
                return DATES[f.type].format(day=15 + dates.index(name))
            return "3" if f.type == "number" else None
        return None


def _number(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


class _FormParser(HTMLParser):
    """The forms of a page, with what a browser would send from each."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.form: Form | None = None
        self.textarea: Field | None = None
        self.select: Field | None = None
        self.option: list | None = None
        self.hidden: list[str] = []  # open elements from an aria-hidden="true" one down

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if self.hidden and tag not in VOID:
            self.hidden.append(tag)
        elif a.get("aria-hidden") == "true" and tag not in VOID:
            self.hidden = [tag]
        if tag == "form":
            self.form = Form(action=a.get("action", ""), method=a.get("method", "get").lower())
            self.forms.append(self.form)
        elif tag == "option" and self.select is not None:
            if self.option is not None:  # </option> may be left out
                self._end_option()
            self.option = [a.get("value"), "selected" in a, "" if "disabled" not in a else None]
        elif self.form is None or not a.get("name") or "disabled" in a:
            return  # a disabled field is not sent
        elif tag == "input" and a.get("type", "").lower() in ("submit", "image"):
            self.form.buttons.append((a["name"], a.get("value", "")))
        elif tag == "input":
            self.form.fields.append(Field(
                "input", a["name"], a.get("type", "").lower(), a.get("value", ""), "checked" in a,
                accept=a.get("accept", ""), maxlength=_number(a.get("maxlength")),
                hidden_from_people=bool(self.hidden)))
        elif tag == "textarea":
            self.textarea = Field("textarea", a["name"], maxlength=_number(a.get("maxlength")),
                                  hidden_from_people=bool(self.hidden))
            self.form.fields.append(self.textarea)
        elif tag == "select":
            self.select = Field("select", a["name"])
            self.form.fields.append(self.select)
        elif tag == "button" and a.get("type", "submit") == "submit":
            self.form.buttons.append((a["name"], a.get("value", "")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.hidden and tag in self.hidden:
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
        if tag == "form":
            self.form = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "option" and self.option is not None:
            self._end_option()
        elif tag == "select":
            if self.option is not None:
                self._end_option()
            self.select = None

    def _end_option(self):
        value, selected, text = self.option
        if text is not None:  # a disabled option cannot be chosen
            self.select.options.append((text.strip() if value is None else value, selected))
        self.option = None

    def handle_data(self, data):
        if self.textarea is not None:
            # The first newline after <textarea> belongs to the markup, not the text.
            self.textarea.value += data.removeprefix("\n") if not self.textarea.value else data
        if self.option is not None and self.option[2] is not None:
            self.option[2] += data


def page_forms(html: str) -> list[Form]:
    """The forms of a page."""
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    return parser.forms


def post_forms(html: str) -> list[Form]:
    """The method="post" forms of a page."""
    return [f for f in page_forms(html) if f.method == "post"]


def invalid_names(html: str, form: Form) -> set[str]:
    """Names of the fields of `form` that a page marks as mistaken: marked
    aria-invalid="true", or linked from the summary of mistakes above it."""
    names = set(re.findall(r'aria-invalid="true"[^>]*\bname="([^"]+)"', html))
    names |= set(re.findall(r'\bname="([^"]+)"[^>]*aria-invalid="true"', html))
    names |= set(re.findall(r'href="#([^"]+)"', html))
    return names & {f.name for f in form.fields}


def button(form: Form) -> tuple[str, str] | None:
    """The submit button a person presses to save: "publish" where there
    is one, never one that takes something away."""
    wanted = [b for b in form.buttons if not UNWANTED_BUTTON.search(" ".join(b))]
    return next((b for b in wanted if b[1] == "publish"), wanted[0] if wanted else None)


def accepted(status: int, html: str, form: Form) -> bool:
    """Whether a sent form was taken, from the answer (after its redirect):
    sent on, or answered in place saying so or without the form, and no
    mistake marked (role="alert", aria-invalid)."""
    if status not in (200, 302, 303) or 'role="alert"' in html or 'aria-invalid="true"' in html:
        return False
    names = {f.name for f in form.typed_fields}
    return status != 200 or 'role="status"' in html or not any(
        {f.name for f in other.typed_fields} == names for other in post_forms(html))


def is_link(f: Field) -> bool:
    """An address field, by its type or its name."""
    hint = f"{f.type} {f.name}".lower()
    return f.type == "url" or any(word in hint for word in ("url", "href", "social", "website"))


def tries(f: Field, marker: str, breakout: str, payload: str) -> list[tuple[str, str]]:
    """What to type into `f`, in order, until its form takes it, as (level,
    text): the marker, the breakout and the payload (into a link as a
    javascript: address); for a link the same inside a real address
    (spaces as slashes, as tags allow), for another field the marker and
    payload alone (shorter); a bare marker in the shape the field wants;
    at last what the field held."""
    full, hint = f"{marker} {breakout} {payload}", f"{f.type} {f.name}".lower()
    if is_link(f):
        # A link named after a network (social_facebook) must point to it.
        host = f"www.{f.name.rpartition('_')[2]}.com" if "social" in f.name else "example.org"
        steps = [("payload", f"javascript:alert('{marker}')//{full}"),
                 ("wrapped", f"https://{host}/{marker}?q={full.replace(' ', '/')}"),
                 ("marker", f"https://{host}/{marker}")]
    else:
        steps = [("payload", full), ("short", f"{marker} {payload}"),
                 ("marker", f"{marker}@example.org" if "mail" in hint else
                  f"{marker}.example.org" if "domain" in hint else marker)]
    cut = (lambda text: text[:f.maxlength]) if f.maxlength else (lambda text: text)
    return [(level, cut(text)) for level, text in steps] + [("original", f.value)]


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")


def upload(f: Field, name: str) -> tuple[io.BytesIO, str]:
    """A small file of the kind the file input accepts (a PDF or a PNG),
    named `name` (without slashes, as a browser sends a file name)."""
    accept = f.accept.lower()
    pdf_only = "pdf" in accept and "png" not in accept and "image" not in accept
    content, extension = (PDF, "pdf") if pdf_only else (PNG, "png")
    return io.BytesIO(content), f"{name.replace('/', '')}.{extension}"
