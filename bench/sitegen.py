"""Build the benchmark's gweb instance: a SQLite database migrated through
the real migrations, every plugin on, the standard site with the demo
content, a tree of N more pages in Lao and English (10 sections x 10
subsections x the rest as leaves), a ministry's legal library (2,000
documents) and news (1,000 articles), all indexed for search.

    .venv/bin/python bench/sitegen.py INSTANCE_FOLDER [--pages 10000]
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import en_sentence, lao_sentence  # noqa: E402  (the same vocabulary)

DOMAIN = "bench.test"
EDITOR = ("editor@bench.test", "bench editor passphrase 2026")
SECRET = "bench-secret-key-not-for-production"
DOCUMENTS = 2_000  # a ministry's legal library, decades of it
ARTICLES = 1_000  # a few years of news


def write_config(folder: Path) -> None:
    """The instance's config.py: a fixed secret, every plugin on."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.py").write_text(
        f"SECRET_KEY = {SECRET!r}\nPLUGINS_ENABLED = '*'\n", encoding="utf-8")


def build(folder: Path, pages: int, seed: int = 9) -> dict:
    """Create the instance in `folder`; returns what the load needs (URLs, ids)."""
    write_config(folder)
    from gweb import create_app
    from gweb.extensions import db

    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = create_app({"PAGE_CACHE": False}, instance=str(folder))
    with app.app_context(), app.test_request_context():
        from gweb.demo.services import load_demo
        from gweb.schema import upgrade_all
        from gweb.search.services import reindex
        from gweb.sites.services import create_site
        from gweb.sites.structure import build_standard_site
        from gweb.users.services import create_user

        upgrade_all(app)
        site = create_site(DOMAIN, {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Benchmarks"})
        build_standard_site(site)
        load_demo(site)
        create_user(EDITOR[0], EDITOR[1], name="Bench editor", role="editor", site_id=site.id)
        db.session.commit()
        started = time.perf_counter()
        deep = _grow(db, site, pages, random.Random(seed))
        _library(db, site, DOCUMENTS, random.Random(seed + 1))
        _news(db, site, ARTICLES, random.Random(seed + 2))
        grown = time.perf_counter() - started
        indexed = reindex(site)
        db.session.commit()
        info = {"site_id": site.id, "deep": deep, "pages_added": pages,
                "grow_seconds": round(grown, 1), "indexed": indexed,
                "documents": DOCUMENTS, "articles": ARTICLES,
                "editor_pages": _editor_pages(db, site.id)}
        db.session.remove()
        db.engine.dispose()
    return info


def _grow(db, site, count: int, rng: random.Random) -> dict:
    """Insert `count` published pages in both languages in bulk (the ORM
    path would take minutes and measure nothing of interest here)."""
    from sqlalchemy import func, insert, select

    from gweb.pages.editorial import root_page
    from gweb.pages.models import Page, PageTranslation

    home = root_page(site.id)
    next_id = (db.session.scalar(select(func.max(Page.id))) or 0) + 1
    now = datetime.utcnow().replace(microsecond=0)
    page_rows, text_rows = [], []
    paths: dict[int, dict[str, str]] = {home.id: {"lo": "", "en": ""}}

    def add(parent_id: int, position: int, depth: int) -> int:
        nonlocal next_id
        page_id, next_id = next_id, next_id + 1
        page_rows.append({"id": page_id, "site_id": site.id, "parent_id": parent_id,
                          "position": position, "show_in_menus": True, "version": 1,
                          "created_at": now - timedelta(days=rng.randint(1, 900)),
                          "updated_at": now})
        paths[page_id] = {}
        for lang, sentence in (("lo", lao_sentence), ("en", en_sentence)):
            title = sentence(rng, rng.randint(2, 4)).rstrip(".")
            slug = f"{'ໜ້າ' if lang == 'lo' else 'page'}-{depth}-{page_id}"
            path = "/".join(p for p in (paths[parent_id][lang], slug) if p)
            paths[page_id][lang] = path
            body = "".join(f"<p>{sentence(rng, rng.randint(8, 20))}</p>"
                           for _ in range(rng.randint(4, 9)))
            text_rows.append({"page_id": page_id, "site_id": site.id, "lang": lang,
                              "title": title, "slug": slug, "path": path,
                              "summary": sentence(rng, 10), "body": body,
                              "meta_description": "", "status": "published",
                              "first_published_at": now - timedelta(days=30),
                              "last_published_at": now - timedelta(days=1),
                              "has_unpublished_changes": False, "in_review": False,
                              "updated_at": now})
        return page_id

    sections = [add(home.id, 100 + n, 1) for n in range(10)]
    subsections = [add(s, n, 2) for s in sections for n in range(10)]
    leaves = count - len(sections) - len(subsections)
    last = None
    for n in range(leaves):
        last = add(subsections[n % len(subsections)], n, 3)
    for start in range(0, len(page_rows), 2000):
        db.session.execute(insert(Page), page_rows[start:start + 2000])
    for start in range(0, len(text_rows), 2000):
        db.session.execute(insert(PageTranslation), text_rows[start:start + 2000])
    db.session.commit()
    return {"lo": "/lo/" + paths[last]["lo"], "en": "/en/" + paths[last]["en"],
            "section": "/en/" + paths[subsections[-1]]["en"]}


def _library(db, site, count: int, rng: random.Random) -> None:
    """`count` published legal documents over 25 years, issued by the demo's
    bodies, each in one or two of its categories (bulk, like the pages)."""
    from sqlalchemy import func, insert, select

    from plugins.documents.models import (TYPES, DocumentsBody, DocumentsCategory,
                                          LegalDocument, document_category)
    from plugins.documents.numbers import number_key, search_text

    from gweb.text.collate import sort_key

    bodies = list(db.session.scalars(select(DocumentsBody.id).where(
        DocumentsBody.site_id == site.id)))
    categories = list(db.session.scalars(select(DocumentsCategory.id).where(
        DocumentsCategory.site_id == site.id)))
    next_id = (db.session.scalar(select(func.max(LegalDocument.id))) or 0) + 1
    now = datetime.utcnow().replace(microsecond=0)
    rows, links = [], []
    for n in range(count):
        number = f"{n + 1:04d}/ບທ"
        titles = [lao_sentence(rng, rng.randint(4, 9)).rstrip("."),
                  en_sentence(rng, rng.randint(4, 9)).rstrip(".")]
        rows.append({"id": next_id + n, "site_id": site.id, "doc_type": rng.choice(TYPES),
                     "number": number, "number_key": number_key(number),
                     "issuer_id": rng.choice(bodies), "agency_id": None,
                     "issue_date": (now - timedelta(days=rng.randint(0, 25 * 365))).date(),
                     "status": rng.choice(("in_force", "in_force", "amended", "repealed")),
                     "title_lo": titles[0], "title_en": titles[1],
                     "summary_lo": f"<p>{lao_sentence(rng, 20)}</p>",
                     "summary_en": f"<p>{en_sentence(rng, 20)}</p>", "gazette_url": "",
                     "published": True, "search_text": search_text(number, titles),
                     "title_key_lo": sort_key(titles[0], "lo"),
                     "title_key_en": sort_key(titles[1], "en"),
                     "created_at": now, "updated_at": now})
        for category in rng.sample(categories, min(len(categories), rng.randint(1, 2))):
            links.append({"document_id": next_id + n, "category_id": category})
    db.session.execute(insert(LegalDocument), rows)
    db.session.execute(insert(document_category), links)
    db.session.commit()


def _news(db, site, count: int, rng: random.Random) -> None:
    """`count` published articles in Lao and English, one every day or two
    back from yesterday (bulk)."""
    from sqlalchemy import func, insert, select

    from plugins.news.models import NewsArticle, NewsTranslation

    next_id = (db.session.scalar(select(func.max(NewsArticle.id))) or 0) + 1
    now = datetime.utcnow().replace(microsecond=0)
    articles, texts = [], []
    for n in range(count):
        moment = now - timedelta(days=1 + n * 1.5, hours=rng.randint(0, 8))
        articles.append({"id": next_id + n, "site_id": site.id, "category": "news",
                         "image_id": None, "published": True, "publish_at": moment,
                         "pinned_until": None, "author_id": None, "created_at": moment,
                         "updated_at": moment})
        for lang, sentence in (("lo", lao_sentence), ("en", en_sentence)):
            texts.append({"article_id": next_id + n, "lang": lang,
                          "title": sentence(rng, rng.randint(4, 8)).rstrip("."),
                          "summary": sentence(rng, 18),
                          "body": "".join(f"<p>{sentence(rng, rng.randint(10, 25))}</p>"
                                          for _ in range(rng.randint(3, 7)))})
    db.session.execute(insert(NewsArticle), articles)
    db.session.execute(insert(NewsTranslation), texts)
    db.session.commit()


def _editor_pages(db, site_id: int) -> list[int]:
    """Pages the editor clients save, one each (no two editors on one page)."""
    from sqlalchemy import select

    from gweb.pages.models import Page

    return list(db.session.scalars(select(Page.id).where(
        Page.site_id == site_id, Page.parent_id.is_not(None)).order_by(Page.id.desc()).limit(64)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    options = parser.parse_args()
    info = build(options.folder, options.pages)
    (options.folder / "bench-info.json").write_text(json.dumps(info))
    print(info)


if __name__ == "__main__":
    main()
