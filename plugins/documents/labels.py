"""Names of types, statuses and relations, in the reader's language."""
from collections.abc import Mapping

from flask_babel import lazy_gettext as _l

TYPE_LABELS = {
    "law": _l("Law"),
    "decree": _l("Decree"),
    "decision": _l("Decision"),
    "order": _l("Order"),
    "instruction": _l("Instruction"),
    "notice": _l("Notice"),
    "agreement": _l("Agreement"),
    "draft": _l("Draft for comment"),
}
# Plural headings for the type filter.
TYPE_PLURALS = {
    "law": _l("Laws"),
    "decree": _l("Decrees"),
    "decision": _l("Decisions"),
    "order": _l("Orders"),
    "instruction": _l("Instructions"),
    "notice": _l("Notices"),
    "agreement": _l("Agreements"),
    "draft": _l("Drafts for comment"),
}
STATUS_LABELS = {
    "in_force": _l("In force"),
    "amended": _l("Amended"),
    "repealed": _l("Repealed"),
    "draft": _l("Draft open for comment"),
}
# (kind, direction) -> how the relation reads on this document's page.
RELATION_LABELS = {
    ("implements", "out"): _l("Implements"),
    ("implements", "in"): _l("Implemented by"),
    ("amends", "out"): _l("Amends"),
    ("amends", "in"): _l("Amended by"),
    ("repeals", "out"): _l("Repeals"),
    ("repeals", "in"): _l("Repealed by"),
}
RELATION_KIND_LABELS = {
    "implements": _l("implements"),
    "amends": _l("amends"),
    "repeals": _l("repeals"),
}


class TranslatedOnce(Mapping):
    """One of the label tables above, each name translated when a template
    first asks for it and kept for the rest of that render: a list of twenty
    documents asks for the same few names twenty times, and each lazy
    string looks its catalogue up again."""

    def __init__(self, labels: Mapping):
        self._labels = labels
        self._translated: dict = {}

    def __getitem__(self, key):
        try:
            return self._translated[key]
        except KeyError:
            name = self._translated[key] = str(self._labels[key])
            return name

    def __iter__(self):
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)
