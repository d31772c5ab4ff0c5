"""Every string a visitor or an editor can see exists in Lao."""
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2"),
           ("templates/**.html", "jinja2")]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "lazy_gettext": None}


def _source_messages() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "gweb"), METHODS, keywords=KEYWORDS):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _lao_catalogue():
    with open(ROOT / "translations" / "lo" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale="lo")


def test_every_string_in_the_code_has_a_lao_translation():
    catalogue = _lao_catalogue()
    untranslated = sorted(m for m in _source_messages()
                          if not (catalogue.get(m) and catalogue.get(m).string)
                          or catalogue.get(m).fuzzy)
    assert untranslated == [], "run `make extract-messages` and translate: " + "; ".join(untranslated)


def test_lao_translations_keep_every_placeholder():
    for message in _lao_catalogue():
        if message.id and message.string:
            for placeholder in ("%(", "%s", "%d"):
                assert message.id.count(placeholder) == message.string.count(placeholder), message.id


def _plugins_with_catalogues():
    return sorted(p for p in (ROOT / "plugins").iterdir()
                  if (p / "translations" / "lo" / "LC_MESSAGES" / "messages.po").is_file())


def test_every_string_of_every_plugin_has_a_lao_translation_in_its_own_catalogue():
    missing = {}
    for plugin in _plugins_with_catalogues():
        with open(plugin / "translations" / "lo" / "LC_MESSAGES" / "messages.po", "rb") as handle:
            catalogue = read_po(handle, locale="lo")
        found = set()
        for _file, _line, message, _comments, _context in extract_from_dir(
                str(plugin), [("**.py", "python"), ("**/templates/**.html", "jinja2")],
                keywords=KEYWORDS):
            found.add(message if isinstance(message, str) else message[0])
        untranslated = sorted(m for m in found if not (catalogue.get(m) and catalogue.get(m).string)
                              or catalogue.get(m).fuzzy)
        if untranslated:
            missing[plugin.name] = untranslated
    assert missing == {}
