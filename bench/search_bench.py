"""Site search benchmark: build a corpus of Lao and English documents in a
temporary SQLite database, index it, and report index build time, index
size against the text, query latency percentiles (single words, phrases,
prefixes) and recall on Lao queries whose right answers are known.

Run by hand, never in the test suite:

    .venv/bin/python bench/search_bench.py            # 100,000 documents
    .venv/bin/python bench/search_bench.py --docs 20000 --queries 300

    .venv/bin/python bench/search_bench.py --database-url postgresql://postgres@127.0.0.1/gweb_search_bench

Latency is the server time of `gweb.search.services.search` (counting,
ranking, loading, snippets), one query at a time on one core: wall-clock,
and the CPU time of this process (the figure to quote when other work
shares the machine; the database is in-process with SQLite). With
PostgreSQL the database is created when missing and reused like --db.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Everyday government vocabulary (LAO-TERMS.md and common words), written
# the way pages are: without spaces inside a sentence.
LAO_WORDS = (
    "ກະຊວງ ກົມ ພະແນກ ຫ້ອງການ ແຂວງ ເມືອງ ບ້ານ ນະຄອນຫຼວງວຽງຈັນ ຂ່າວ ແຈ້ງການ ປະກາດ ນິຕິກຳ "
    "ເອກະສານ ກົດໝາຍ ດຳລັດ ຂໍ້ຕົກລົງ ຄຳສັ່ງ ຄຳແນະນຳ ການບໍລິການ ບໍລິການ ອອນລາຍ ຊຳລະ ພາສີອາກອນ "
    "ຕິດຕໍ່ ພວກເຮົາ ຄຳຕິຊົມ ຄົ້ນຫາ ນະໂຍບາຍ ຄວາມເປັນສ່ວນຕົວ ລັດຖະບານ ປະຊາຊົນ ສາທາລະນະລັດ "
    "ປະຊາທິປະໄຕ ການພັດທະນາ ເສດຖະກິດ ສັງຄົມ ການສຶກສາ ສາທາລະນະສຸກ ກະສິກຳ ປ່າໄມ້ ການຄ້າ ອຸດສາຫະກຳ "
    "ການເງິນ ງົບປະມານ ແຜນການ ໂຄງການ ກອງປະຊຸມ ລັດຖະມົນຕີ ຮອງລັດຖະມົນຕີ ຫົວໜ້າ ພະນັກງານ ວິຊາການ "
    "ຄະນະນຳ ໂຄງຮ່າງການຈັດຕັ້ງ ໜ້າທີ່ ສິດ ພັນທະ ການຄຸ້ມຄອງ ການກວດກາ ຄວາມປອດໄພ ສິ່ງແວດລ້ອມ ນ້ຳ "
    "ໄຟຟ້າ ຖະໜົນ ການຂົນສົ່ງ ໄປສະນີ ໂທລະຄົມມະນາຄົມ ເຕັກໂນໂລຊີ ຂໍ້ມູນ ຂ່າວສານ ວັດທະນະທຳ ທ່ອງທ່ຽວ "
    "ແຮງງານ ສະຫວັດດີການ ປີ ເດືອນ ວັນທີ ປະຈຳ ໃໝ່ ສຳຄັນ ທົ່ວປະເທດ ຮ່ວມມື ສາກົນ ກ່ຽວກັບ ເພື່ອ ແລະ "
    "ໃນ ຂອງ ໄດ້ ມີ ຈະ ຕ້ອງ ໃຫ້ ກັບ ຈາກ ເຖິງ ໂດຍ ຕາມ ທີ່ ນີ້ ນັ້ນ ການປະຕິບັດ ຜົນສຳເລັດ ບັນຫາ ແກ້ໄຂ "
    "ຄົ້ນຄວ້າ ຍົກລະດັບ ສົ່ງເສີມ ປັບປຸງ ຮັບຮອງ ອະນຸມັດ ລົງນາມ ເຜີຍແຜ່ ຈັດຕັ້ງ ສະຫຼຸບ ລາຍງານ"
).split()
EN_WORDS = (
    "ministry department office province district village capital news notice announcement "
    "law decree decision order instruction guideline service online payment tax contact "
    "feedback search privacy policy government people republic development economy society "
    "education health agriculture forestry trade industry finance budget plan project meeting "
    "minister deputy director staff technical leadership structure duty right obligation "
    "management inspection safety environment water electricity road transport post "
    "telecommunications technology information culture tourism labour welfare year month "
    "date annual new important nationwide cooperation international about for and in of "
    "implementation achievement problem solution research upgrade promote improve approve "
    "sign publish organise summary report citizens regulation public national local"
).split()
# Words that appear only in the recall set's documents, each with the
# spelling or digits a query may use differently.
NEEDLES = [
    # (written in the document, typed by the visitor)
    ("ຫຼວງພະບາງ", "ຫລວງພະບາງ"), ("ຫລວງນ້ຳທາ", "ຫຼວງນ້ຳທາ"), ("ສະຫວັນນະເຂດ", "ສະຫວັນນະເຂດ"),
    ("ຈຳປາສັກ", "ຈໍາປາສັກ"), ("ອັດຕະປື", "ອັດຕະປື"), ("ຊຽງຂວາງ", "ຊຽງຂວາງ"),
    ("ຫົວພັນ", "ຫົວພັນ"), ("ບໍ່ແກ້ວ", "ບໍ່ແກ້ວ"), ("ອຸດົມໄຊ", "ອຸດົມໄຊ"), ("ຜົ້ງສາລີ", "ຜົ້ງສາລີ"),
    ("ໄຊຍະບູລີ", "ໄຊຍະບູລີ"), ("ບໍລິຄຳໄຊ", "ບໍລິຄໍາໄຊ"), ("ຄຳມ່ວນ", "ຄໍາມ່ວນ"), ("ສາລະວັນ", "ສາລະວັນ"),
    ("ເຊກອງ", "ເຊກອງ"), ("ໄຊສົມບູນ", "ໄຊສົມບູນ"), ("ວັງວຽງ", "ວັງວຽງ"), ("ໜອງຄາຍ", "ຫນອງຄາຍ"),
    ("ໝາກມີ້", "ຫມາກມີ້"), ("ໝາກມ່ວງ", "ຫມາກມ່ວງ"), ("ໜັງສືຜ່ານແດນ", "ຫນັງສືຜ່ານແດນ"),
    ("ໃບຂັບຂີ່", "ໃບຂັບຂີ່"), ("ບັດປະຈຳຕົວ", "ບັດປະຈໍາຕົວ"), ("ສຳມະໂນຄົວ", "ສໍາມະໂນຄົວ"),
    ("ເຂື່ອນໄຟຟ້າ", "ເຂື່ອນໄຟຟ້າ"), ("ທາງລົດໄຟ", "ທາງລົດໄຟ"), ("ສະໜາມບິນ", "ສະຫນາມບິນ"),
    ("ໂຮງໝໍ", "ໂຮງຫມໍ"), ("ຢາປົວພະຍາດ", "ຢາປົວພະຍາດ"), ("ວັກຊີນ", "ວັກຊີນ"),
    ("ນັກຮຽນ", "ນັກຮຽນ"), ("ມະຫາວິທະຍາໄລ", "ມະຫາວິທະຍາໄລ"), ("ທຶນການສຶກສາ", "ທຶນການສຶກສາ"),
    ("ຝົນຕົກ", "ຝົນຕົກ"), ("ນ້ຳຖ້ວມ", "ນ້ຳຖ້ວມ"), ("ໄພແຫ້ງແລ້ງ", "ໄພແຫ້ງແລ້ງ"),
    ("ເຂົ້າໜຽວ", "ເຂົ້າຫນຽວ"), ("ກາເຟ", "ກາເຟ"), ("ຢາງພາລາ", "ຢາງພາລາ"), ("ມັນຕົ້ນ", "ມັນຕົ້ນ"),
    ("ຫຼັກຊັບ", "ຫລັກຊັບ"), ("ຫຼຽນຄຳ", "ຫລຽນຄຳ"), ("ເງິນກີບ", "ເງິນກີບ"), ("ອັດຕາແລກປ່ຽນ", "ອັດຕາແລກປ່ຽນ"),
    ("ສົນທິສັນຍາ", "ສົນທິສັນຍາ"), ("ບົດບັນທຶກ", "ບົດບັນທຶກ"), ("ກອງທຶນ", "ກອງທຶນ"),
    ("ຊົນເຜົ່າ", "ຊົນເຜົ່າ"), ("ແມ່ຍິງ", "ແມ່ຍິງ"), ("ເຍົາວະຊົນ", "ເຍົາວະຊົນ"),
    # numbers: written in Lao digits, typed in Arabic, and the other way round
    ("ເລກທີ ໓໔໕໖໗", "34567"), ("ເລກທີ 45678", "໔໕໖໗໘"), ("ສະບັບ ໗໗໘໘", "7788"),
    ("ປີ ໒໕໖໗", "2567"), ("ລະຫັດ 99123", "໙໙໑໒໓"),
]
DOCS_PER_NEEDLE = 3


def lao_sentence(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(LAO_WORDS) for _ in range(words))


def en_sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(EN_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_doc(rng: random.Random, number: int, base: datetime) -> dict:
    lao = rng.random() < 0.7
    sentence = lao_sentence if lao else en_sentence
    title = sentence(rng, rng.randint(2, 5))
    body = " ".join(sentence(rng, rng.randint(4, 12)) for _ in range(rng.randint(3, 10)))
    return {"kind": rng.choice(("page", "news", "news", "document")), "key": str(number),
            "lang": "lo" if lao else "en", "title": title, "body": body,
            "url": f"/{'lo' if lao else 'en'}/news/{number}",
            "published_at": base - timedelta(hours=number)}


def plant_needles(rng: random.Random, docs: list[dict]) -> list[tuple[str, set[str]]]:
    """Put each needle, as written, inside unspaced Lao text of a few Lao
    documents; returns (query, keys of the documents it must find)."""
    lao_docs = [d for d in docs if d["lang"] == "lo"]
    chosen = rng.sample(lao_docs, len(NEEDLES) * DOCS_PER_NEEDLE)
    cases = []
    for index, (written, typed) in enumerate(NEEDLES):
        keys = set()
        for doc in chosen[index * DOCS_PER_NEEDLE:(index + 1) * DOCS_PER_NEEDLE]:
            doc["body"] += " " + lao_sentence(rng, 3) + written + lao_sentence(rng, 3)
            keys.add(doc["key"])
        cases.append((typed, keys))
    return cases


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300, help="per kind of query")
    parser.add_argument("--repeat", type=int, default=1, help="run each query this many times"
                        " and keep its least time (takes most of the neighbours' noise out)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="SQLite file to build (or to reuse when it holds the corpus"
                        " of the same --docs and --seed: only the queries run again)")
    parser.add_argument("--database-url", help="a PostgreSQL URL instead of SQLite")
    options = parser.parse_args()
    rng = random.Random(options.seed)

    from gweb import create_app
    from gweb.extensions import db
    import gweb.app

    if "gweb.search.hooks" not in gweb.app.CORE_HOOK_MODULES:
        gweb.app.CORE_HOOK_MODULES = (*gweb.app.CORE_HOOK_MODULES, "gweb.search.hooks")
    folder = Path(tempfile.mkdtemp(prefix="gweb-search-bench-"))
    db_file = Path(options.db) if options.db else folder / "bench.sqlite"
    if options.database_url:
        url, reuse = options.database_url, _ensure_postgres_database(options.database_url)
    else:
        url, reuse = f"sqlite:///{db_file}", db_file.exists()
    app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": url,
                      "MEDIA_ROOT": str(folder / "media")}, instance=str(folder))
    with app.app_context(), app.test_request_context():
        from gweb.schema import upgrade_all
        from gweb.search import services
        from gweb.search.backends import backend
        from gweb.sites.services import create_site

        import logging
        logging.getLogger("alembic").setLevel(logging.WARNING)
        from gweb.sites.services import find_site

        upgrade_all(app)
        if not reuse:
            create_site("bench.test", {"lo": "ກະຊວງທົດສອບ", "en": "Ministry of Benchmarks"})
            create_site("other.test", {"lo": "ກົມອື່ນ", "en": "Other department"})
            db.session.commit()
        site, other = find_site("bench.test"), find_site("other.test")

        base = datetime(2026, 11, 1)
        docs = [make_doc(rng, n, base) for n in range(options.docs)]
        cases = plant_needles(rng, docs)
        text_bytes = sum(len(d["title"].encode()) + len(d["body"].encode()) for d in docs)
        print(f"corpus: {len(docs):,} documents ({sum(d['lang'] == 'lo' for d in docs):,} Lao), "
              f"{text_bytes / 1e6:.1f} MB of text")

        started = time.perf_counter()
        for start in range(0, len(docs) if not reuse else 0, 1000):
            services.index_documents(site.id, docs[start:start + 1000])
            if start and start % 20000 == 0:
                print(f"  indexed {start:,} in {time.perf_counter() - started:.0f} s", flush=True)
        # Another site with the same words: results must never cross over.
        sqlite = db.engine.dialect.name == "sqlite"
        if not reuse:
            services.index_documents(other.id, docs[:2000])
            if sqlite:
                db.session.execute(db.text("INSERT INTO search_fts(search_fts) VALUES('optimize')"))
            db.session.commit()
            if not sqlite:
                # As autovacuum would soon do: merge the GIN indexes' pending
                # lists and give the planner statistics; timed right after a
                # bulk load without it, a Lao word took seconds.
                with db.engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT") as connection:
                    connection.exec_driver_sql("VACUUM ANALYZE search_document")
        build = time.perf_counter() - started
        index_bytes = backend().index_size_bytes()
        size = "LENGTH(CAST({} AS BLOB))" if sqlite else "OCTET_LENGTH({})"
        terms_bytes = db.session.scalar(db.text(
            f"SELECT SUM({size.format('title_terms')} + {size.format('body_terms')})"
            " FROM search_document"))
        stored = _stored_bytes(db, sqlite)
        if not reuse:
            print(f"index build: {build:.1f} s ({len(docs) / build:,.0f} documents/s)"
                  + (", then FTS5 'optimize'" if sqlite else ", then VACUUM ANALYZE"))
        print(f"{'FTS5' if sqlite else 'GIN'} index: {index_bytes / 1e6:.1f} MB"
              f" = {index_bytes / text_bytes:.2f} x the text;"
              f" plus the segmented text it is built from: {terms_bytes / 1e6:.1f} MB"
              f" = {terms_bytes / text_bytes:.2f} x")
        matching = index_bytes + terms_bytes + stored["vocabulary"] + stored["narrow indexes"]
        print(f"stored for matching (index + segmented text + vocabulary"
              f" {stored['vocabulary'] / 1e6:.1f}"
              f" MB + narrow indexes {stored['narrow indexes'] / 1e6:.1f} MB):"
              f" {matching / 1e6:.1f} MB = {matching / text_bytes:.2f} x the text;"
              f" search tables on disk in all (with the text shown): {stored['all'] / 1e6:.1f} MB"
              f" = {stored['all'] / text_bytes:.2f} x")

        lao_common = [w for w in LAO_WORDS if len(w) > 2]
        kinds = {
            "single word (lo)": lambda: rng.choice(lao_common),
            "single word (en)": lambda: rng.choice(EN_WORDS),
            "phrase (lo)": lambda: '"' + rng.choice(lao_common) + " " + rng.choice(lao_common) + '"',
            "phrase (en)": lambda: '"' + rng.choice(EN_WORDS) + " " + rng.choice(EN_WORDS) + '"',
            "prefix (lo)": lambda: _prefix(rng.choice(lao_common)),
            "prefix (en)": lambda: rng.choice(EN_WORDS)[:3],
            "two words (lo)": lambda: rng.choice(lao_common) + " " + rng.choice(lao_common),
        }
        site_id, other_id = site.id, other.id  # kept: a rollback expires the objects
        print(f"\nquery latency, {options.queries} queries each"
              + (f", least of {options.repeat} runs" if options.repeat > 1 else "") + " (ms):"
              " wall p50 / p95 / p99 / max | CPU p50 / p95")
        every, every_cpu = [], []
        for label, make in kinds.items():
            lang = "en" if "(en)" in label else "lo"
            times, cpu = [], []
            for _ in range(options.queries):
                query = make()
                runs = []
                for _ in range(options.repeat):
                    t0, c0 = time.perf_counter(), time.process_time()
                    services.search(site_id, lang, query)
                    runs.append(((time.perf_counter() - t0) * 1000,
                                 (time.process_time() - c0) * 1000))
                    db.session.rollback()
                times.append(min(wall for wall, _ in runs))
                cpu.append(min(used for _, used in runs))
            every.extend(times)
            every_cpu.extend(cpu)
            print(f"  {label:18} {_row(times, cpu)}")
        print(f"  {'all':18} {_row(every, every_cpu)}")

        found = expected = 0
        misses = []
        needle_times = []
        for query, keys in cases:
            t0 = time.perf_counter()
            results = services.search(site_id, "lo", query)
            needle_times.append((time.perf_counter() - t0) * 1000)
            got = {h.url.rsplit("/", 1)[-1] for h in results.hits}
            found += len(keys & got)
            expected += len(keys)
            if keys - got:
                misses.append(query)
        print(f"\nrecall on {len(cases)} Lao queries (first results page): {found / expected:.3f}"
              f" ({found}/{expected}); needle queries p50 {percentile(needle_times, 50):.2f} ms")
        if misses:
            print("  missed:", ", ".join(misses))
        leaked = services.search(other_id, "lo", cases[0][0]).total
        print(f"site isolation: the other site finds {leaked} document(s) for a needle of this site")
    print(f"\n(database: {url})")


def _row(wall: list[float], cpu: list[float]) -> str:
    return (f"{percentile(wall, 50):7.2f} {percentile(wall, 95):7.2f} {percentile(wall, 99):7.2f}"
            f" {max(wall):7.2f} | {percentile(cpu, 50):7.2f} {percentile(cpu, 95):7.2f}")


def _stored_bytes(db, sqlite: bool) -> dict[str, int]:
    """Bytes on disk of the vocabulary, of search_document's narrow indexes,
    and of every search table and index together."""
    if sqlite:
        def size(where: str) -> int:
            return int(db.session.scalar(db.text(
                f"SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE {where}")) or 0)
        narrow = "name LIKE 'ix_search_document%' OR name LIKE 'sqlite_autoindex_search_document%'"
        return {"vocabulary": size("name = 'search_term'"), "narrow indexes": size(narrow),
                "all": size("name LIKE 'search%' OR name LIKE 'ix_search%'"
                            " OR name LIKE 'sqlite_autoindex_search%'")}

    def size(sql: str) -> int:
        return int(db.session.scalar(db.text(sql)) or 0)
    from gweb.search.models import FTS_INDEXES

    narrow = ("SELECT SUM(pg_relation_size(indexrelid)) FROM pg_index WHERE"
              " indrelid = 'search_document'::regclass AND indexrelid::regclass::text <> ALL(:fts)")
    return {"vocabulary": size("SELECT pg_total_relation_size('search_term')"),
            "narrow indexes": int(db.session.scalar(db.text(narrow),
                                                    {"fts": list(FTS_INDEXES)}) or 0),
            "all": size("SELECT pg_total_relation_size('search_document')"
                        " + pg_total_relation_size('search_term')")}


def _ensure_postgres_database(url: str) -> bool:
    """Create the benchmark's PostgreSQL database when missing; True when it
    was there already (its corpus is reused)."""
    import sqlalchemy as sa

    target = sa.engine.make_url(url)
    server = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        exists = conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                             {"name": target.database})
        if not exists:
            conn.execute(sa.text(f'CREATE DATABASE "{target.database}"'))
    server.dispose()
    return bool(exists)


def _prefix(word: str) -> str:
    """The first syllables of a Lao word and part of the next, as typed."""
    from gweb.text.normalize import lao_syllables

    syllables = lao_syllables(word)
    return "".join(syllables[:-1]) + syllables[-1][:2] if len(syllables) > 1 else word[:3]


if __name__ == "__main__":
    main()
