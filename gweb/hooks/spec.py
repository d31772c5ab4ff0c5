"""Every hook of gweb, grouped by purpose.

Hooks are called with keyword arguments only. An implementation may accept
any subset of the arguments named here. Unless a hook says "first result
wins", every implementation is called and the non-None results are returned
as a list. Core packages register their implementations first; as in pluggy,
the last registered is called first, so a plugin can override the core in a
first-result hook.

A plugin that raises inside a hook is logged with its name and its
contribution is dropped for that call; the request carries on.
"""
from gweb.hooks import hookspec

# -- set-up: called once while the app is built ------------------------------


@hookspec
def gweb_load_blueprints(app):
    """Register blueprints on `app`.

    Called once from `create_app`, after extensions and before the first
    request. A plugin receives a guarded view of the app whose only method is
    `register_blueprint`: the blueprint is named after the plugin (or starts
    with "<plugin>_"), every URL starts with /<plugin>/, /<lang:lang>/<plugin>/
    or /admin/<plugin>/, and no core endpoint is replaced; otherwise the plugin
    is reported and switched off. Returns nothing.
    """


@hookspec
def gweb_load_migrations():
    """Return the path of a folder of Alembic versions, or None.

    Called when migrations run (`gweb db upgrade`, `gweb init`). The folder's
    revisions form their own branch, labelled with the plugin's name, whose
    tables carry the plugin's name as prefix.
    """


@hookspec
def gweb_load_translations():
    """Return the path of a folder of gettext catalogues (`<lang>/LC_MESSAGES`).

    Called once from `create_app`; the folder is added to Flask-Babel's
    translation directories.
    """


@hookspec
def gweb_default_settings():
    """Return a dict of setting name -> default value for this plugin.

    Called once from `create_app`; values already in `app.config` win, so an
    installation overrides a default in instance/config.py or GWEB_*.
    """


@hookspec
def gweb_cli(cli):
    """Add commands to the `gweb` command group `cli` (a click.Group).

    Called when the command line starts, before any command runs.
    """


@hookspec
def gweb_jinja_env(env):
    """Add filters, tests or globals to the app's Jinja environment `env`.

    Called once from `create_app`. Returns nothing.
    """


@hookspec
def gweb_plugin_info():
    """Return a dict describing this plugin for the admin and `gweb plugins list`:
    {"label": {"lo": str, "en": str}, "description": {"lo": str, "en": str},
    "version": str, "public_names": [str]}. Every key is optional.
    "public_names" asks for public URLs under other names than the plugin's
    own (the e-services plugin serves /<lang>/services/); a name the core or
    another plugin holds is refused and logged. Called on the plugin alone
    (not gathered across plugins) when the app starts and when its name is
    shown.
    """


@hookspec
def gweb_permissions():
    """Return a dict of permission name -> the lowest role that holds it
    ("author", "editor" or "admin"), for example {"notice.edit": "editor"}.

    Called once from `create_app`. A plugin's permission names start with
    "<plugin>."; others are refused and logged. Admin views check them with
    `gweb.admin.guard.permission_required` like the core's.
    """


@hookspec
def gweb_plugin_settings():
    """Return a list of the settings a site admin edits for this plugin.

    Each entry is a dict: {"name": str, "label": str (translated or lazy),
    "default": value, "kind": "text" | "textarea" | "bool" | "int" | "choice",
    "choices": [(value, label), ...] (for "choice"), "help": str (optional),
    "translated": bool (one value per site language; default False),
    "check": callable (optional, for "text" and "textarea": takes the typed
    text, returns the value to store or raises ValueError with a message in
    the editor's language)}.
    Called on the plugin alone when its settings screen is shown or a value is
    read with `gweb.hooks.settings.plugin_settings(site, plugin)`.
    """


# -- navigation ---------------------------------------------------------------


@hookspec
def gweb_admin_menu_items(user):
    """Return a list of admin sidebar entries.

    Each entry is a dict: {"endpoint": str, "label": str (translated, or a
    lazy string), "permission": str (see gweb.users.permissions; the entry is
    shown only to users holding it), "order": int}. Called on every admin page.
    """


@hookspec
def gweb_menu_items(site, lang):
    """Return public menu entries this contributor adds for `site` in `lang`.

    Each entry is a dict: {"menu": "header" | "footer", "label": str,
    "url": str, "lang": the language of the label (usually `lang`),
    "order": int}. Called when a public page is rendered, after
    the site's own menu items.
    """


@hookspec
def gweb_dashboard_items(user):
    """Return a list of dashboard panels for `user` on the admin home.

    Each panel is a dict: {"title": str, "html": Markup, "order": int}.
    """


# -- content ------------------------------------------------------------------


@hookspec
def gweb_page_saved(page, is_new):
    """Called after a page (a `gweb.pages.models.Page`) and its translations were
    committed; `is_new` is True on creation. Returns nothing."""


@hookspec
def gweb_page_deleted(page):
    """Called after `page` was deleted and the deletion committed; the object
    is detached but its attributes can still be read. Returns nothing."""


@hookspec(firstresult=True)
def gweb_before_serve_page(page, lang):
    """Called before the public view renders `page` in `lang`. `page` is a
    read-only copy (`gweb.pages.copies.PageCopy`: the Page's columns, its
    translations and `translation(lang)`), not an ORM object.

    First result wins: return a Flask response to serve it instead of the
    page (for example a redirect or a login wall), or None to let the page
    render.
    """


@hookspec
def gweb_demo_content(site):
    """Add this contributor's demo content (in Lao and English) to `site`.

    Called by `gweb demo` after the core's demo pages, every time it runs, so
    that a plugin enabled later gets its content too: an implementation adds
    what is missing and leaves what is there. Returns the number of items
    added (an int) or None.
    """


@hookspec
def gweb_media_usages(site, media):
    """Return where this contributor uses `media` (a gweb.media.models.Media) on
    `site`: a list of {"label": str, "url": str or None}, for example a legal
    document whose PDF it is. Called when the media library shows a file's
    uses and before a file is deleted (a file in use needs a confirmation).
    """


@hookspec
def gweb_audit_labels():
    """Return a dict of this plugin's audit action codes -> translated labels
    (lazy strings), e.g. {"documents.create": _l("Document created")}, so
    the audit log names them in the reader's language. Called when the audit
    log is shown.
    """


@hookspec
def gweb_data_restored():
    """Called after `gweb restore` put a backup's rows and media in place, so
    that derived data (a search index, caches) can be rebuilt. Returns nothing.
    """


# -- page cache ----------------------------------------------------------------


@hookspec
def gweb_cache_horizon(site_id, now):
    """Return the next time (naive UTC, after `now`) at which something this
    contributor shows on the public pages of site `site_id` changes by
    itself, without anyone saving (a scheduled publication, a notice that
    starts or ends, a date shown as "today"), or None. No cached page or
    per-site memo outlives the earliest answer. Called once per change of
    the site's content; keep it to one query.

    Saved changes need no hook: every committed row with a `site_id` (or
    belonging to one that has) makes the site's cached pages stale.
    """


@hookspec
def gweb_cache_neutral_tables():
    """Return the names of this contributor's tables whose rows never show
    on a public page (submissions, logs), so that writing them does not
    empty the page cache."""


# -- search and feeds ---------------------------------------------------------


@hookspec
def gweb_search_documents(site):
    """Return an iterable of dicts describing what this contributor wants
    indexed for `site`: {"kind", "key", "lang", "title", "body", "url",
    "published_at"}. Called by `gweb search reindex` and after saves.
    """


@hookspec
def gweb_sitemap_urls(site):
    """Return an iterable of sitemap entries for `site`.

    Each entry is a dict: {"loc": {lang: absolute-or-root-relative URL},
    "lastmod": datetime or None}. Languages with a URL become each other's
    hreflang alternates. Called when /sitemap.xml is built.
    """


# -- template slots ------------------------------------------------------------
# Templates call them as {{ run_hook("head", site=site, lang=lang, page=page) }};
# the results are joined in order.


@hookspec
def gweb_tpl_head(site, lang, page):
    """Return HTML (Markup) to put at the end of <head> of a public page.

    `page` is the page being shown, or None on pages that are not part of
    the page tree (search, plugin lists, errors)."""


@hookspec
def gweb_tpl_top(site, lang, page):
    """Return HTML (Markup) shown at the top of every public page, above the
    header (for example an urgent notice)."""


@hookspec
def gweb_tpl_after_content(site, lang, page):
    """Return HTML (Markup) shown after the main content of a public page."""


@hookspec
def gweb_tpl_footer(site, lang, page):
    """Return HTML (Markup) shown in the public footer."""


@hookspec
def gweb_tpl_admin_sidebar(user):
    """Return HTML (Markup) shown below the admin sidebar menu."""


@hookspec
def gweb_tpl_home(site, lang, page):
    """Return HTML (Markup) shown on a site's home page below its
    introduction (for example the latest news)."""
