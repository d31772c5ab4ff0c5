"""Every text field of every form of the app, the core's and every plugin's,
admin and public, gets a script-injection payload; then every page, public
in both languages and admin, is read as a browser parses it: nothing of the
payloads can run, and what was typed shows as text.

Nothing here lists fields or forms. The sweep walks the site from every
address of the app without parameters, through links, redirects and search
forms; fills in each method="post" form it meets with a payload in every
text field (and a payload as the name of every file); tries a refused field
again with the payload inside something its validator takes, then with a
plain marker; and walks again. A field added tomorrow is covered, and the
floors below fail when the filler silently stops saving.

Each field gets the next payload of the list, after a breakout string that
leaves any attribute or raw-text element (a link field: as a javascript:
address first), and the sweep runs twice with the list rotated, so every
payload meets many kinds of field. Each value
starts with a marker (xq0001q) that tells where it was typed.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from werkzeug.exceptions import HTTPException

from gweb.config import PROJECT_ROOT
from gweb.extensions import db
from gweb.sites.models import SiteDomain
from tests.conftest import ALL_PLUGINS, log_in_client, standard_site
from tests.security import webforms
from tests.security.xss import BREAKOUT, PAYLOADS, dangers, shown

BASE = "http://localhost"
TURNS = 2  # the whole sweep, the payload list rotated by ROTATION each turn
ROTATION = 5
# Forms never sent, by the end of their address: a typed confirmation that
# deletes a site (delete), and the login and two-factor steps, which would
# lock the sweep's own account out. Forms with nothing to type (suspend,
# switch off, move, restore, log out ...) are never sent anyway.
NEVER_SENT = re.compile(r"/(delete|login(/code)?|two-factor/.*)$")
# Addresses not read as pages: files, machine-readable answers, keep-alives.
NOT_PAGES = re.compile(r"(^/media/|/static/|\.(csv|xml|txt|css)$|^/healthz$|/keepalive$"
                       r"|/search/suggest$|/export)")
# GET screens the walk never reads, and why.
NOT_READ = {"admin.login": "a logged-in person is sent on to the dashboard",
            "twofactor.login_code": "the same, once logged in",
            "admin.forgot_password": "the same (and only where mail is on)",
            "users_admin.reset_password": "needs a reset link's token",
            "pages_admin.media_picker": "JSON for the editor's image dialog (DOM nodes, no HTML)",
            "site.root": "sends on to a language"}
# Content is kept as a draft unless this box is ticked: ticked, as a person
# publishing would, so that what was typed reaches the public pages too.
TICKED = {"published"}
MAX_QUERY_VARIANTS = 2  # per path: paging and filters would go on for ever
# Admin screens of one kind read per walk (a page's edit, preview, revisions,
# compare ... for each page): every template with the rows the sweep filled
# in, without reading thirty pages' screens at every walk.
MAX_PER_SCREEN = 6
SEARCHED = "alert"  # typed into search and filter forms: every payload but one holds it
MARKER = re.compile(r"xq\d{4}q")
TEMPLATE_RAN = re.compile(r"49(?:<p>|&lt;p&gt;)ຂ່າວ")  # "{{7*7}}<p>ຂ່າວ" through a template
WITH_PAYLOAD = ("payload", "wrapped", "short")


@dataclass
class Typed:
    """One field and what to type into it (webforms.tries), the current
    try at `step`."""
    form: str
    name: str
    marker: str
    tries: list
    step: int = 0

    @property
    def level(self) -> str:
        return self.tries[self.step][0]

    @property
    def value(self) -> str:
        return self.tries[self.step][1]


@dataclass
class Sweep:
    app: object
    clients: dict  # "admin" and "visitor"
    counter: int = 0  # fields filled in, for their markers
    turn_start: int = 0  # the counter when this turn began
    kinds: set = field(default_factory=set)  # every kind of form met
    accepted: set = field(default_factory=set)  # kinds of form that saved
    refused: dict = field(default_factory=dict)  # kind -> why
    saved: list = field(default_factory=list)  # Typed, of forms that saved
    values: dict = field(default_factory=dict)  # marker -> what was saved with it
    errors: list = field(default_factory=list)  # 500s
    found: list = field(default_factory=list)  # what would run
    visited: set = field(default_factory=set)  # pages read, every walk
    reads: int = 0
    shown: set = field(default_factory=set)  # markers seen on some page
    as_text: set = field(default_factory=set)  # markers whose whole value showed as text
    template_shown: bool = False  # "{{7*7}}" seen as typed

    def client(self, path: str):
        return self.clients["admin" if path.startswith("/admin") else "visitor"]

    def endpoint(self, url: str, method: str = "GET") -> str:
        try:
            return self.app.url_map.bind("localhost").match(urlsplit(url).path, method)[0]
        except HTTPException:  # a page's own path, or no such address
            return "?"

    # -- reading every page --

    def walk(self, seeds: list[str]) -> dict[str, list[webforms.Form]]:
        """Read every page reachable from `seeds` through links, redirects
        and search forms, checking each. Returns url -> its forms."""
        queue, seen, pages = deque(seeds), set(seeds), {}
        variants, screens = Counter(), Counter()
        while queue:
            url = queue.popleft()
            response = self.client(url).get(url, base_url=BASE)
            self.reads += 1
            if response.status_code >= 500:
                self.errors.append(f"GET {url} -> {response.status_code}")
            links, searches = [], []
            if response.status_code in (301, 302, 303, 307, 308):
                links.append(response.headers["Location"])
            elif response.mimetype == "text/html":
                html = response.get_data(as_text=True)
                self.visited.add(url)
                self.check(url, html)
                pages[url] = webforms.page_forms(html)
                links += re.findall(r'<a\b[^>]*?\bhref="([^"]+)"', html)
                searches = [f"{f.action or url}?" + urlencode(
                    f.values({t.name: SEARCHED for t in f.text_fields}), doseq=True)
                    for f in pages[url] if f.method == "get" and f.text_fields]
            for link in links + searches:
                target = _local(url, link)
                if target is None or target in seen or NOT_PAGES.search(urlsplit(target).path):
                    continue
                path, query = urlsplit(target)[2:4]
                if query and link not in searches:
                    if variants[path] >= MAX_QUERY_VARIANTS:
                        continue
                    variants[path] += 1
                screen = self.endpoint(target)
                if path.startswith("/admin") and screens[screen] >= MAX_PER_SCREEN:
                    continue
                screens[screen] += 1
                seen.add(target)
                queue.append(target)
        return pages

    def check(self, url: str, html: str) -> None:
        self.found += [f"{url}: {d}" for d in dangers(html)]
        markers = set(MARKER.findall(html))
        if not markers:
            return
        self.found += [f"{url}: {{{{7*7}}}} ran: {m!r}" for m in TEMPLATE_RAN.findall(html)]
        self.template_shown |= "{{7*7}}" in html
        self.shown |= markers
        todo = {m for m in markers - self.as_text if m in self.values}
        if todo:
            text, attributes = shown(html)
            self.as_text |= {m for m in todo
                             if self.values[m] in text or self.values[m] in attributes}

    def check_files(self, urls: list[str]) -> None:
        """Feeds and sitemaps stay well-formed XML, HTML carried in them
        runs nothing; no typed text reaches a stylesheet or robots.txt."""
        for url in urls:
            response = self.clients["visitor"].get(url, base_url=BASE)
            self.reads += 1
            body = response.get_data(as_text=True)
            if response.status_code >= 500:
                self.errors.append(f"GET {url} -> {response.status_code}")
            elif not url.endswith(".xml"):
                self.found += [f"{url}: typed text {m}" for m in set(MARKER.findall(body))]
                continue
            try:
                root = ElementTree.fromstring(body.encode())
            except ElementTree.ParseError as exc:
                self.found.append(f"{url}: not well-formed XML ({exc})")
                continue
            self.found += [f"{url}: {d}" for element in root.iter()
                           if element.get("type") == "html" for d in dangers(element.text or "")]
            self.shown |= set(MARKER.findall(body))

    # -- filling in every form --

    def forms_of(self, pages: dict) -> dict[tuple, list[tuple[str, str, webforms.Form]]]:
        """Each kind of form (where it posts to, what is typed into it),
        with every (page, action, form) it was found as."""
        kinds = defaultdict(list)
        for url, forms in sorted(pages.items()):
            for form in forms:
                action = _local(url, form.action or url)
                if form.method != "post" or not form.typed_fields or action is None \
                        or NEVER_SENT.search(urlsplit(action).path):
                    continue
                kinds[self.kind_of(action, form)].append((url, action, form))
        self.kinds |= set(kinds)
        return kinds

    def kind_of(self, action: str, form: webforms.Form) -> tuple:
        return self.endpoint(action, "POST"), tuple(sorted(f.name for f in form.typed_fields))

    def again(self, kind: tuple, url: str) -> tuple[str, webforms.Form] | None:
        """The form of `kind` on page `url` read anew (its lists may have
        gained choices since)."""
        html = self.client(url).get(url, base_url=BASE).get_data(as_text=True)
        for form in webforms.post_forms(html):
            action = _local(url, form.action or url)
            if action and self.kind_of(action, form) == kind:
                return action, form
        return None

    def fill_in(self, kind: tuple, action: str, form: webforms.Form, turn: int) -> None:
        """Send `form` with a payload in each field; a field it refuses gets
        its next try, a choice it misses one, until it is taken."""
        typed = {}
        for f in form.typed_fields:
            self.counter += 1
            marker = f"xq{self.counter:04d}q"
            payload = PAYLOADS[(self.counter - self.turn_start + turn * ROTATION) % len(PAYLOADS)]
            typed[f.name] = Typed(f"{kind[0]} {action}", f.name, marker,
                                  webforms.tries(f, marker, BREAKOUT, payload))
        chosen = {f.name: f.value or "y" for f in form.fields
                  if f.type == "checkbox" and f.name in TICKED and not f.checked}
        press, client = webforms.button(form), self.client(action)
        for _attempt in range(8):
            data = form.values({n: t.value for n, t in typed.items()}, chosen, turn)
            if press:
                data.setdefault(press[0], []).append(press[1])
            for f in form.fields:
                if f.type == "file":
                    data[f.name] = webforms.upload(f, typed[f.name].value)
            response = client.post(action, data=data, base_url=BASE)
            if response.status_code >= 500:
                self.errors.append(f"POST {action} -> {response.status_code}")
                return
            html = response.get_data(as_text=True)
            if response.status_code in (302, 303):
                html = client.get(response.headers["Location"], base_url=BASE).get_data(
                    as_text=True)
            if webforms.accepted(response.status_code, html, form):
                kept = [t for t in typed.values() if t.level != "original"]
                self.accepted.add(kind)
                self.refused.pop(kind, None)
                self.saved += kept
                self.values.update({t.marker: t.value for t in kept})
                return
            # What the answer marks wrong: a choice left empty gets one, a
            # text its next try; a refusal that names no field: every text.
            bad = webforms.invalid_names(html, form) if response.status_code == 200 else set()
            missing = {n for n in bad - set(typed) - set(chosen) if form.choice_for(n)}
            chosen.update({n: form.choice_for(n) for n in missing})
            texts = [t for n, t in typed.items() if (n in bad or not bad)
                     and t.step < len(t.tries) - 1]
            if not texts and not missing:
                break
            for t in texts:
                t.step += 1
        self.refused[kind] = (response.status_code, {n: t.level for n, t in typed.items()})


def _local(base: str, link: str) -> str | None:
    """`link`, met on page `base`, as a path (and query) on this site, or None."""
    parts = urlsplit(urljoin(BASE + base, link.replace("&amp;", "&")))
    if parts.scheme not in ("http", "https") or parts.hostname != "localhost":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _seeds(app) -> tuple[list[str], list[str]]:
    """Every GET address of the app without parameters but the language,
    as (pages, files: stylesheets, feeds, sitemaps)."""
    seeds = {"/"}
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not set(rule.arguments) - {"lang"}:
            seeds |= {rule.rule.replace("<lang:lang>", lang) for lang in ("lo", "en")}
    files = {url for url in seeds if re.search(r"\.(css|xml|txt)$", url)}
    return sorted(url for url in seeds - files if not NOT_PAGES.search(url)), sorted(files)


def _owner(app, endpoint: str) -> str:
    """"core", or the name of the plugin whose view `endpoint` is."""
    module = app.view_functions[endpoint].__module__.split(".")
    return module[1] if module[0] == "plugins" else "core"


# The database cannot change escaping: SQLite only.
@pytest.mark.parametrize("make_plugin_app", ["sqlite"], indirect=True)
def test_a_payload_in_every_text_field_of_every_form_never_runs_on_any_page(make_plugin_app):
    import io

    from gweb.media.services import store_upload
    from gweb.users.services import create_user

    app = make_plugin_app(ALL_PLUGINS, folder=PROJECT_ROOT / "plugins")
    assert app.extensions["gweb.plugins"].failed == {}
    site = standard_site()
    site.domains.append(SiteDomain(domain="localhost"))  # the test clients' host
    create_user("admin@ministry.test", "correct horse battery", role="admin", site_id=site.id,
                superadmin=True, ui_lang="en")
    store_upload(app.config["MEDIA_ROOT"], site.id, io.BytesIO(webforms.PNG), "photo.png",
                 {"lo": "ຮູບ", "en": "A photo"})  # a row for the media screens' forms
    db.session.commit()
    sweep = Sweep(app, {"admin": log_in_client(app, "admin@ministry.test"),
                        "visitor": app.test_client()})
    seeds, files = _seeds(app)
    for turn in range(TURNS):
        kinds = sweep.forms_of(sweep.walk(seeds))
        sweep.check_files(files)
        sweep.turn_start = sweep.counter
        for kind in sorted(kinds):
            _, action, form = kinds[kind][turn % len(kinds[kind])]  # another row's each turn
            sweep.fill_in(kind, action, form, turn)
        # A form refused for want of another's row (a document needs the
        # body that issued it) is read anew and sent again after the others
        # (every kind met this turn was just sent: one still refused was so now).
        for kind in sorted(k for k in kinds if k in sweep.refused):
            found = sweep.again(kind, kinds[kind][turn % len(kinds[kind])][0])
            if found:
                sweep.fill_in(kind, *found, turn)
    sweep.walk(seeds)  # the last turn's payloads, on every page
    sweep.check_files(files)

    report = _report(sweep)
    print(report)  # with -s; and with any failure below
    assert sweep.errors == [], "\n".join(sweep.errors)
    assert sweep.found == [], "\n".join(sweep.found[:40])
    assert sweep.clients["admin"].get("/admin/", base_url=BASE).status_code == 200
    # The walk read every screen, so that no form and no page was missed.
    reached = {sweep.endpoint(url) for url in sweep.visited}
    assert {r.endpoint for r in app.url_map.iter_rules() if "GET" in r.methods
            and not NOT_PAGES.search(r.rule)} - reached - set(NOT_READ) == set(), report
    # Forms of the core and of every plugin saved payloads, which then showed.
    assert sweep.kinds - sweep.accepted == set(), report  # every form met was taken
    assert {_owner(app, endpoint) for endpoint, _ in sweep.accepted} >= {"core", *ALL_PLUGINS}
    assert len(sweep.accepted) >= 25, report
    with_payload = [t for t in sweep.saved if t.level in WITH_PAYLOAD]
    assert len({(t.form.split()[0], t.name) for t in with_payload}) >= 85, report
    assert sum(t.marker in sweep.shown for t in with_payload) >= 0.9 * len(with_payload), report
    assert sum(t.marker in sweep.as_text for t in with_payload) \
        >= 0.75 * len(with_payload), report
    assert sweep.template_shown, report


def _report(sweep: Sweep) -> str:
    with_payload = [t for t in sweep.saved if t.level in WITH_PAYLOAD]
    fields = {(t.form.split()[0], t.name) for t in with_payload}
    lines = [f"forms: {len(sweep.kinds)} kinds met, {len(sweep.accepted)} saved payloads; "
             f"fields: {len({(k[0], n) for k in sweep.kinds for n in k[1]})} met, "
             f"{len(sweep.saved)} saved, {len(with_payload)} with a payload "
             f"({len(fields)} distinct), {sum(t.marker in sweep.shown for t in with_payload)} "
             f"shown, {sum(t.marker in sweep.as_text for t in with_payload)} whole as text; "
             f"pages: {len(sweep.visited)} addresses, {sweep.reads} reads"]
    lines += [f"refused: {kind} {why}" for kind, why in sorted(sweep.refused.items())]
    lines += [f"not shown: {t.form} {t.name} {t.marker}" for t in with_payload
              if t.marker not in sweep.shown]
    return "\n".join(lines)
