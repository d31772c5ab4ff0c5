"""The facts an accessibility statement reports, taken from the site itself
rather than written by hand: the standard aimed at, whether the site's
content meets it as far as the G-Web standard check can tell, the problems
found, and when the statement was last reviewed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from gweb.sites.checks import check_site
from gweb.sites.models import Site

STANDARD = "WCAG 2.1 AA"
# Problems of the standard check that keep a page from being accessible.
ACCESSIBILITY_CODES = ("logo.alt", "media.alt", "body.alt")


@dataclass(frozen=True)
class StatementFacts:
    standard: str
    problems: list[str] = field(default_factory=list)
    reviewed: datetime | None = None

    @property
    def conforms(self) -> bool:
        """True when the check found no content problem ("fully conforms");
        otherwise the site conforms partially and says where it falls short."""
        return not self.problems


def statement_facts(site: Site, reviewed: datetime | None,
                    languages: tuple[str, ...] = ("lo", "en")) -> StatementFacts:
    """What `site`'s accessibility statement states: the content problems the
    standard check finds now (messages in the current language) and the date
    the statement was last reviewed (`reviewed`, its last publication)."""
    problems = [p.message for p in check_site(site, languages) if p.code in ACCESSIBILITY_CODES]
    return StatementFacts(STANDARD, problems, reviewed)
