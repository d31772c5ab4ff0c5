"""Same answers before and after a change of site search: run a fixed set of
searches and suggestions on a benchmark database (built by
bench/search_bench.py) and write every answer to a JSON file; give two such
files to compare them.

    git stash; .venv/bin/python bench/search_answers.py --db /tmp/before.sqlite --out /tmp/before.json
    git stash pop; .venv/bin/python bench/search_answers.py --db /tmp/after.sqlite --out /tmp/after.json
    .venv/bin/python bench/search_answers.py --diff /tmp/before.json /tmp/after.json

Each database is migrated to the code's head first (so "after" runs on its
own copy). Twelve kinds of query, each searched on pages 1 and 3 and with a
kind filter, and the same queries as suggestions; the answer is everything
a visitor sees (totals, counts per kind, titles, snippets, "did you mean").
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import EN_WORDS, LAO_WORDS, NEEDLES, _prefix  # noqa: E402

NOW = datetime(2026, 11, 28, 12, 0)


def queries(rng: random.Random, per_kind: int) -> list[tuple[str, str, str]]:
    """(kind of query, language, text)."""
    from gweb.text.normalize import lao_syllables

    lao = [w for w in LAO_WORDS if len(w) > 2]
    pick, en = rng.choice, EN_WORDS
    kinds = {
        "word lo": ("lo", lambda: pick(lao)),
        "word en": ("en", lambda: pick(en)),
        "phrase lo": ("lo", lambda: f'"{pick(lao)} {pick(lao)}"'),
        "phrase en": ("en", lambda: f'"{pick(en)} {pick(en)}"'),
        "prefix lo": ("lo", lambda: _prefix(pick(lao))),
        "prefix en": ("en", lambda: pick(en)[:3]),
        "two words lo": ("lo", lambda: f"{pick(lao)} {pick(lao)}"),
        "run of three lo": ("lo", lambda: pick(lao) + pick(lao) + pick(lao)),
        "unfinished phrase lo": ("lo", lambda: f'"{pick(lao)} {_prefix(pick(lao))}'),
        "inside a word lo": ("lo", lambda: "".join(lao_syllables(pick(NEEDLES)[1])[1:])),
        "with digits lo": ("lo", lambda: '"' + pick(NEEDLES[-5:])[0] + '"'),
        "two words en": ("en", lambda: f"{pick(en)} {pick(en)}"),
    }
    return [(name, lang, make()) for name, (lang, make) in kinds.items() for _ in range(per_kind)]


def answers(db_path: str, per_kind: int, seed: int) -> dict:
    from gweb import create_app
    import gweb.app

    if "gweb.search.hooks" not in gweb.app.CORE_HOOK_MODULES:
        gweb.app.CORE_HOOK_MODULES = (*gweb.app.CORE_HOOK_MODULES, "gweb.search.hooks")
    app = create_app({"SECRET_KEY": "compare", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}"},
                     instance=tempfile.mkdtemp(prefix="gweb-search-compare-"))
    found = {"search": [], "suggest": []}
    with app.app_context(), app.test_request_context():
        from gweb.extensions import db
        from gweb.schema import upgrade_all
        from gweb.search import services
        from gweb.sites.services import find_site

        upgrade_all(app)
        site_id = find_site("bench.test").id
        for name, lang, text in queries(random.Random(seed), per_kind):
            for page, kind in ((1, None), (3, None), (1, "news")):
                r = services.search(site_id, lang, text, kind=kind, page=page, now=NOW)
                mean = r.did_you_mean
                found["search"].append({
                    "kind of query": name, "q": text, "page": page, "filter": kind,
                    "total": r.total, "counts": r.counts, "capped": r.capped, "message": r.message,
                    "did_you_mean": mean and [mean.query, mean.lang, mean.total],
                    "hits": [[h.url, str(h.title), str(h.snippet)] for h in r.hits]})
                db.session.rollback()
        for name, lang, text in queries(random.Random(seed + 1), max(1, per_kind // 2)):
            found["suggest"].append({"q": text, "lang": lang,
                                     "answer": services.suggest(site_id, lang, text, now=NOW)})
            db.session.rollback()
    return found


def diff(before: dict, after: dict) -> int:
    """Print the answers that differ; returns how many."""
    differing = 0
    for part in ("search", "suggest"):
        if len(before[part]) != len(after[part]):
            print(f"{part}: {len(before[part])} answers before, {len(after[part])} after")
            return 1
        for old, new in zip(before[part], after[part]):
            if old != new:
                differing += 1
                if differing <= 10:
                    print(f"differs: {old['q']!r} {old.get('page', '')} {old.get('filter', '')}")
        print(f"{part}: {len(before[part])} answers, {differing} differing so far")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="benchmark SQLite file (migrated to head first)")
    parser.add_argument("--out", help="JSON file to write the answers to")
    parser.add_argument("--per-kind", type=int, default=80)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    options = parser.parse_args()
    if options.diff:
        before, after = (json.loads(Path(p).read_text()) for p in options.diff)
        sys.exit(1 if diff(before, after) else 0)
    found = answers(options.db, options.per_kind, options.seed)
    Path(options.out).write_text(json.dumps(found, ensure_ascii=False, indent=0))
    print(f"{len(found['search'])} searches, {len(found['suggest'])} suggestions -> {options.out}")


if __name__ == "__main__":
    main()
