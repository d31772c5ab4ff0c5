"""`gweb plugins new NAME`: write a working plugin package to start from.

The files come from gweb/hooks/scaffold_template/. Every file there ends in
`.tmpl` (so that neither Python, pytest, pybabel nor setuptools mistakes it
for part of gweb); the scaffold strips that suffix and replaces these tokens
in names and contents with plain str.replace (the files hold Jinja `{{ }}`):

    __plugin__    the plugin's name            (faq)
    __Plugin__    its name in CamelCase         (Faq)
    __label_en__  its label in English          (FAQ)
    __label_lo__  its label in Lao              (ຄຳຖາມທີ່ພົບເລື້ອຍ)

Labels sit inside double-quoted strings in .py, .po, .toml and .html files
and are escaped for them.
"""
from __future__ import annotations

import keyword
from pathlib import Path

import click

TEMPLATE_DIR = Path(__file__).resolve().parent / "scaffold_template"
SUFFIX = ".tmpl"
# Names a plugin may not take, besides those the plugin manager reserves:
# its URLs (/<name>/, /admin/<name>/) would collide with the core's.
CORE_NAMES = frozenset({"admin", "pages", "media", "menus", "sites", "users", "audit",
                        "search", "plugins", "static", "api", "healthz", "gweb", "hooks",
                        "robots", "sitemap", "text", "templates", "translations", "tests"})


class ScaffoldError(Exception):
    """The plugin cannot be written; the message says why in one line."""


def reserved_names() -> frozenset[str]:
    """Every name a plugin may not take."""
    from gweb.hooks.services import RESERVED_NAMES

    return CORE_NAMES | RESERVED_NAMES


def check_name(name: str) -> None:
    """Raise ScaffoldError unless `name` can name a plugin: a lowercase Python
    identifier (letters, digits, underscores; not starting with a digit or an
    underscore) that the core does not use."""
    if not (name.isidentifier() and name.isascii() and name == name.lower()
            and not name.startswith("_") and not keyword.iskeyword(name)):
        raise ScaffoldError(f"{name!r} is not a valid plugin name: use lowercase letters, "
                            "digits and underscores, starting with a letter (e.g. legal_docs)")
    if name in reserved_names():
        raise ScaffoldError(f"{name!r} is a name of the gweb core; choose another plugin name")


def camel(name: str) -> str:
    """legal_docs -> LegalDocs (the prefix of the plugin's model classes)."""
    return "".join(part.capitalize() for part in name.split("_"))


def _quoted(text: str) -> str:
    """`text` escaped for a double-quoted string in Python, PO, TOML or Jinja."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def render(text: str, name: str, label_en: str, label_lo: str, quoted: bool = True) -> str:
    """Fill in the tokens of one template file."""
    esc = _quoted if quoted else (lambda s: s)
    return (text.replace("__plugin__", name).replace("__Plugin__", camel(name))
            .replace("__label_en__", esc(label_en)).replace("__label_lo__", esc(label_lo)))


def scaffold(name: str, dest: Path, label_en: str | None = None,
             label_lo: str | None = None) -> Path:
    """Write plugin `name` to dest/name (which must not exist) and compile its
    catalogues. Returns the plugin's folder."""
    check_name(name)
    label_en = (label_en or name.replace("_", " ").capitalize()).strip()
    label_lo = (label_lo or label_en).strip()
    for label in (label_en, label_lo):
        if not label or any(ord(c) < 32 for c in label):
            raise ScaffoldError("a label must be one line of text")
    target = Path(dest) / name
    if target.exists():
        raise ScaffoldError(f"{target} already exists; choose another name or --dest")
    files = [p for p in sorted(TEMPLATE_DIR.rglob("*" + SUFFIX)) if p.is_file()]
    if not files:
        raise ScaffoldError(f"the plugin template is missing from {TEMPLATE_DIR}")
    for source in files:
        relative = render(str(source.relative_to(TEMPLATE_DIR))[:-len(SUFFIX)], name, "", "")
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        quoted = path.suffix != ".md"
        path.write_text(render(source.read_text(encoding="utf-8"), name, label_en, label_lo,
                               quoted), encoding="utf-8")
    compile_catalogues(target / "translations")
    return target


def compile_catalogues(folder: Path) -> list[Path]:
    """Compile every <lang>/LC_MESSAGES/messages.po under `folder` to .mo."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as handle:
            catalogue = read_po(handle, locale=po_path.parent.parent.name)
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as handle:
            write_mo(handle, catalogue)
        written.append(mo_path)
    return written


def default_dest() -> Path:
    """The installation's plugins folder (PLUGINS_FOLDER), else <project>/plugins."""
    import os

    from flask import current_app, has_app_context

    from gweb.config import PROJECT_ROOT

    if has_app_context():
        folder = current_app.config.get("PLUGINS_FOLDER")
    else:
        folder = os.environ.get("GWEB_PLUGINS_FOLDER")
    return Path(folder) if folder else PROJECT_ROOT / "plugins"


@click.command("new")
@click.argument("name")
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the plugin in (default: the plugins folder, PLUGINS_FOLDER).")
@click.option("--label-lo", help="The plugin's name in Lao, as editors and visitors see it.")
@click.option("--label-en", help="The plugin's name in English.")
def new_command(name, dest, label_lo, label_en):
    """Create plugin NAME: a working package with a model and its migration,
    admin and public pages, translations, search entries and a test."""
    try:
        target = scaffold(name, dest or default_dest(), label_en, label_lo)
    except (ScaffoldError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created the plugin {name} in {target}")
    if not label_lo:
        click.echo("Its Lao label is still the English one: fix it in "
                   f"{target / 'translations/lo/LC_MESSAGES/messages.po'} and __init__.py.")
    click.echo("Next: read its README.md, then\n"
               f"  gweb plugins enable {name}      (switch it on and create its table)\n"
               f"  cd {target} && python -m pytest   (its tests, on the gweb.testing fixtures)")
