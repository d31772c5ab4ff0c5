"""Answers of site search on a benchmark corpus, written down so that two
versions of the code can be compared: a change meant to make search faster
must not change what it finds, in what order, or what it shows.

Run by hand on a database built by bench/search_bench.py (same --docs and
--seed), once with each version of the code, then compare the files:

    .venv/bin/python bench/search_compare.py --database-url postgresql://postgres@127.0.0.1/gweb_search_bench --out /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl   # or: diff, to see which query differs

(--db FILE for SQLite, as search_bench.py.) To run the code of another
commit against the same database, extract it (`git archive COMMIT | tar -x
-C DIR`) and run DIR/bench/search_compare.py: it imports the gweb beside it.
Each line is one search or suggestion with everything a visitor sees:
totals and counts per kind, the results' addresses, highlighted titles and
snippets, "did you mean". The queries are drawn from the benchmark's
vocabulary with a fixed seed: single words, phrases, unfinished words,
words typed together, pieces of longer Lao words, the recall set's needles,
misspellings; pages 1 and 3 and a kind filter.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import search_bench  # noqa: E402  (the corpus' vocabulary)


def queries(rng: random.Random, per_kind: int) -> list[tuple[str, str, str]]:
    """(kind of query, language, text), `per_kind` of each kind."""
    from gweb.text.normalize import lao_syllables

    lao = [w for w in search_bench.LAO_WORDS if len(w) > 2]
    long_lao = [w for w in lao if len(lao_syllables(w)) >= 3]
    en = search_bench.EN_WORDS

    def inner(word: str) -> str:
        """Two or more syllables from inside a longer word (ວຽງຈັນ of ນະຄອນຫຼວງວຽງຈັນ)."""
        syllables = lao_syllables(word)
        start = rng.randrange(0, len(syllables) - 1)
        return "".join(syllables[start:rng.randrange(start + 2, len(syllables) + 1)])

    def misspelt(word: str) -> str:
        i = rng.randrange(len(word))
        return word[:i] + word[i + 1:] if len(word) > 3 else word + "x"

    makers = {
        "word lo": ("lo", lambda: rng.choice(lao)),
        "word en": ("en", lambda: rng.choice(en)),
        "phrase lo": ("lo", lambda: f'"{rng.choice(lao)} {rng.choice(lao)}"'),
        "phrase lo 3": ("lo", lambda: f'"{rng.choice(lao)} {rng.choice(lao)} {rng.choice(lao)}"'),
        "phrase en": ("en", lambda: f'"{rng.choice(en)} {rng.choice(en)}"'),
        "typed together lo": ("lo", lambda: rng.choice(lao) + rng.choice(lao) + " "),
        "prefix lo": ("lo", lambda: search_bench._prefix(rng.choice(lao))),
        "prefix lo together": ("lo", lambda: rng.choice(lao) + search_bench._prefix(rng.choice(lao))),
        "prefix en": ("en", lambda: rng.choice(en)[:rng.randint(1, 4)]),
        "two words lo": ("lo", lambda: f"{rng.choice(lao)} {rng.choice(lao)}"),
        "two words en": ("en", lambda: f"{rng.choice(en)} {rng.choice(en)} "),
        "inside a word lo": ("lo", lambda: inner(rng.choice(long_lao))),
        "needle": ("lo", lambda: rng.choice(search_bench.NEEDLES)[1]),
        "misspelt": ("en", lambda: misspelt(rng.choice(en)) + " "),
    }
    return [(name, lang, make()) for name, (lang, make) in makers.items()
            for _ in range(per_kind)]


def answers(site_id: int, rng: random.Random, per_kind: int):
    """One JSON-ready dict per search and suggestion."""
    from gweb.search import services

    def shown(results) -> dict:
        return {"total": results.total, "counts": results.counts, "capped": results.capped,
                "page": results.page, "message": results.message,
                "did_you_mean": results.did_you_mean and vars(results.did_you_mean),
                "hits": [[h.url, str(h.title), str(h.snippet), h.kind,
                          h.published_at and h.published_at.isoformat()] for h in results.hits]}

    for name, lang, text in queries(rng, per_kind):
        yield {"kind": name, "q": text, "lang": lang, **shown(services.search(site_id, lang, text))}
        if rng.random() < 0.3:
            yield {"kind": name, "q": text, "lang": lang, "page": 3,
                   **shown(services.search(site_id, lang, text, page=3))}
        if rng.random() < 0.3:
            yield {"kind": name, "q": text, "lang": lang, "filter": "news",
                   **shown(services.search(site_id, lang, text, kind="news"))}
        if name.startswith("prefix") or rng.random() < 0.1:
            yield {"kind": name, "q": text, "lang": lang,
                   "suggest": services.suggest(site_id, lang, text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a PostgreSQL URL built by search_bench.py")
    parser.add_argument("--db", help="a SQLite file built by search_bench.py")
    parser.add_argument("--out", required=True, help="where to write the answers (JSON lines)")
    parser.add_argument("--per-kind", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    if not (options.database_url or options.db):
        parser.error("give --database-url or --db")
    url = options.database_url or f"sqlite:///{options.db}"

    import tempfile

    from gweb import create_app
    import gweb.app

    if "gweb.search.hooks" not in gweb.app.CORE_HOOK_MODULES:
        gweb.app.CORE_HOOK_MODULES = (*gweb.app.CORE_HOOK_MODULES, "gweb.search.hooks")
    folder = tempfile.mkdtemp(prefix="gweb-search-compare-")
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url,
                      "MEDIA_ROOT": folder + "/media"}, instance=folder)
    # The moment every search is asked at: publication windows must not move.
    from datetime import datetime
    from unittest import mock

    with app.app_context(), app.test_request_context(), \
            mock.patch("gweb.search.services.utcnow", return_value=datetime(2026, 12, 1)):
        from gweb.sites.services import find_site

        site_id = find_site("bench.test").id
        lines = 0
        with open(options.out, "w", encoding="utf-8") as out:
            for answer in answers(site_id, random.Random(options.seed), options.per_kind):
                out.write(json.dumps(answer, ensure_ascii=False, sort_keys=True) + "\n")
                lines += 1
    print(f"{lines} answers written to {options.out} (code of {Path(gweb.__file__).parent})")


if __name__ == "__main__":
    main()
