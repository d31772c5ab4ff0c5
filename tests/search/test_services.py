"""Searching: Lao words in unspaced text, spellings, digits, phrases,
prefixes, ranking, paging, filters, and what must never be found."""
from datetime import datetime

import pytest
from markupsafe import Markup

from gweb.search import services
from tests.search.helpers import make_page, urls


def titles(results) -> list[str]:
    return [Markup(hit.title).striptags() for hit in results.hits]


def test_a_lao_word_written_inside_unspaced_text_is_found(app, site):
    make_page(site, "ແຈ້ງການ", "ກອງປະຊຸມຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນໃນວັນຈັນ")
    assert titles(services.search(site.id, "lo", "ວຽງຈັນ")) == ["ແຈ້ງການ"]
    assert titles(services.search(site.id, "lo", "ກອງປະຊຸມ")) == ["ແຈ້ງການ"]


def test_a_vowel_sign_is_part_of_the_word_so_lat_does_not_find_lit(app, site):
    make_page(site, "ໜ້າທົດລອງ", "ລິດ")
    assert "ໜ້າທົດລອງ" not in titles(services.search(site.id, "lo", "ລັດ"))
    assert titles(services.search(site.id, "lo", "ລິດ")) == ["ໜ້າທົດລອງ"]


@pytest.mark.parametrize("written, typed", [
    ("ນະຄອນຫຼວງວຽງຈັນ", "ຫລວງ"), ("ນະຄອນຫລວງວຽງຈັນ", "ຫຼວງ"),
    ("ໜັງສືຜ່ານແດນ", "ຫນັງສື"), ("ຫນັງສືຜ່ານແດນ", "ໜັງສື"),
    ("ກົດໝາຍ", "ກົດຫມາຍ"), ("ກົດຫມາຍ", "ກົດໝາຍ"), ("ຊຳລະພາສີ", "ຊໍາລະ"),
])
def test_either_spelling_finds_the_other(app, site, written, typed):
    make_page(site, "ໜ້າທົດລອງ", f"ກ່ຽວກັບ{written}ສະບັບໃໝ່")
    assert "ໜ້າທົດລອງ" in titles(services.search(site.id, "lo", typed))


@pytest.mark.parametrize("written, typed", [("ເລກທີ ໑໒໓໔໕", "12345"), ("ເລກທີ 12345", "໑໒໓໔໕")])
def test_lao_and_arabic_digits_find_each_other(app, site, written, typed):
    make_page(site, "ດຳລັດ", written)
    assert titles(services.search(site.id, "lo", typed)) == ["ດຳລັດ"]


def test_zero_width_characters_in_a_query_are_ignored(app, site):
    make_page(site, "ກະຊວງການເງິນ", "")
    assert services.search(site.id, "lo", "ກະ\u200bຊວງ").total == 1


def test_every_word_of_a_query_must_be_found(app, site):
    make_page(site, "Roads", "New roads in the north", lang="en")
    make_page(site, "Bridges", "New bridges in the south", lang="en")
    assert titles(services.search(site.id, "en", "new roads ")) == ["Roads"]


def test_a_quoted_phrase_finds_the_words_side_by_side_only(app, site):
    make_page(site, "Posts", "The ministry of posts and telecommunications", lang="en")
    make_page(site, "Other", "Telecommunications and posts of the ministry", lang="en")
    assert titles(services.search(site.id, "en", '"posts and telecommunications"')) == ["Posts"]
    assert services.search(site.id, "en", "posts telecommunications ").total == 2


def test_a_lao_phrase_is_found_across_word_boundaries(app, site):
    make_page(site, "ກົມ", "ກະຊວງການເງິນແລະກະຊວງກະສິກຳ")
    make_page(site, "ຫ້ອງການ", "ການເງິນຂອງກະຊວງ")
    assert titles(services.search(site.id, "lo", '"ກະຊວງ ການເງິນ"')) == ["ກົມ"]


def test_a_lao_phrase_is_never_found_across_a_word_of_another_script_or_from_title_to_body(
        app, site):
    # Enough documents that the words themselves answer (backends.ENOUGH),
    # not their syllables: ກະຊວງ ການເງິນ, then ການເງິນ ແຂວງ after a number.
    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "lo", "title": "ກະຊວງ",
         "body": "ກະຊວງ ການເງິນ 2026 ການເງິນ ແຂວງ", "url": f"/lo/news/{n}",
         "published_at": None} for n in range(60)])
    assert services.search(site.id, "lo", '"ກະຊວງ ການເງິນ ແຂວງ"').total == 0
    assert services.search(site.id, "lo", '"ກະຊວງ ການເງິນ"').total == 60
    assert services.search(site.id, "lo", '"ການເງິນ ແຂວງ"').total == 60
    assert services.search(site.id, "lo", '"ກະຊວງ ກະຊວງ"').total == 0  # title, then body


def test_the_last_word_being_typed_matches_as_a_prefix(app, site):
    make_page(site, "Ministry of Finance", "", lang="en")
    make_page(site, "ກະຊວງການເງິນ", "")
    assert services.search(site.id, "en", "minis").total == 1
    assert services.search(site.id, "en", "minis ").total == 0  # a finished word
    assert services.search(site.id, "lo", "ກະຊວ").total == 1


def test_an_unfinished_lao_word_typed_without_spaces_finds_the_word_it_begins(app, site):
    # ICU cuts the unfinished ສົ່ງເສ into pieces that no indexed word is
    # made of; what was typed, run together, begins ສົ່ງເສີມ.
    make_page(site, "ການລົງທຶນ", "ນະໂຍບາຍ ສົ່ງເສີມ ການລົງທຶນ")
    assert titles(services.search(site.id, "lo", "ສົ່ງເສ")) == ["ການລົງທຶນ"]


def test_a_phrase_written_inside_a_longer_word_is_found_when_few_have_it_as_words(app, site):
    make_page(site, "ກົມ", "ກອງປະຊຸມຂອງກະຊວງການເງິນປະຈຳປີ")
    assert titles(services.search(site.id, "lo", '"ກະຊວງ ການເງິນ"')) == ["ກົມ"]


def test_english_finds_singular_and_plural(app, site):
    make_page(site, "Ministries", "The ministries of the government", lang="en")
    assert services.search(site.id, "en", "ministry ").total == 1
    assert services.search(site.id, "en", "MINISTRIES").total == 1


def test_a_match_in_the_title_ranks_above_a_match_in_the_body(app, site):
    make_page(site, "ຂ່າວທົ່ວໄປ", "ບົດລາຍງານກ່ຽວກັບເຂື່ອນໄຟຟ້າ")
    make_page(site, "ເຂື່ອນໄຟຟ້າ", "ບົດລາຍງານ")
    assert titles(services.search(site.id, "lo", "ເຂື່ອນໄຟຟ້າ"))[0] == "ເຂື່ອນໄຟຟ້າ"


def test_results_come_ten_to_a_page(app, site):
    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "en", "title": f"Flood report {n}",
         "body": "river levels", "url": f"/en/news/{n}", "published_at": datetime(2026, 1, 1)}
        for n in range(25)])
    first = services.search(site.id, "en", "flood")
    third = services.search(site.id, "en", "flood", page=3)
    assert (first.total, first.pages, len(first.hits), len(third.hits)) == (25, 3, 10, 5)
    assert set(urls(first)).isdisjoint(urls(services.search(site.id, "en", "flood", page=2)))
    assert services.search(site.id, "en", "flood", page=99).page == 3


def test_results_can_be_narrowed_to_a_kind_and_to_dates(app, site):
    services.index_documents(site.id, [
        {"kind": "news", "key": "1", "lang": "en", "title": "Rice harvest", "body": "",
         "url": "/en/news/1", "published_at": datetime(2025, 3, 1)},
        {"kind": "document", "key": "9", "lang": "en", "title": "Rice decree", "body": "",
         "url": "/en/documents/9", "published_at": datetime(2026, 3, 1)}])
    assert urls(services.search(site.id, "en", "rice", kind="news")) == ["/en/news/1"]
    assert services.search(site.id, "en", "rice").counts == {"news": 1, "document": 1}
    assert urls(services.search(site.id, "en", "rice", date_from=datetime(2026, 1, 1))) == [
        "/en/documents/9"]
    assert urls(services.search(site.id, "en", "rice", date_to=datetime(2026, 1, 1))) == [
        "/en/news/1"]


def test_a_search_finds_only_its_own_language(app, site):
    make_page(site, "Forestry", "", lang="en")
    assert services.search(site.id, "lo", "forestry").total == 0


def test_another_sites_content_is_never_found(app, site):
    from gweb.sites.services import create_site

    other = create_site("other.test", {"lo": "ກົມອື່ນ", "en": "Other"})
    services.index_documents(other.id, [{"kind": "news", "key": "1", "lang": "lo",
                                         "title": "ຂ່າວລັບສະເພາະ", "body": "", "url": "/lo/news/1",
                                         "published_at": None}])
    assert services.search(site.id, "lo", "ຂ່າວລັບສະເພາະ").total == 0
    assert services.search(other.id, "lo", "ຂ່າວລັບສະເພາະ").total == 1
    assert services.suggest(site.id, "lo", "ຂ່າວລັບ") == []


def test_snippets_mark_the_matching_words_and_cut_at_word_boundaries(app, site):
    filler = "ການພັດທະນາເສດຖະກິດແລະສັງຄົມ " * 30
    make_page(site, "ແຜນການ", filler + "ໂຄງການສ້າງເຂື່ອນໄຟຟ້າໃໝ່ " + filler)
    hit = services.search(site.id, "lo", "ເຂື່ອນໄຟຟ້າ").hits[0]
    assert "<mark>ເຂື່ອນໄຟຟ້າ</mark>" in hit.snippet
    text = Markup(hit.snippet).striptags()
    assert text.startswith("… ") and text.endswith(" …")
    inner = text.removeprefix("… ").removesuffix(" …").replace(" ", "")
    assert inner in (filler + "ໂຄງການສ້າງເຂື່ອນໄຟຟ້າໃໝ່" + filler).replace(" ", "")
    assert len(text) < 300


def test_the_title_is_highlighted_in_either_spelling(app, site):
    make_page(site, "ນະຄອນຫລວງວຽງຈັນ", "")
    hit = services.search(site.id, "lo", "ຫຼວງ").hits[0]
    assert "<mark>" in hit.title


@pytest.mark.parametrize("query", [
    "", "   ", '"', "*", "NEAR(", "NEAR(a b)", "AND OR", "OR", '"unbalanced', 'a"b"c"',
    "title:x", "{title}: x", "body : ministry", "^x", "-x", "x'y", "\\", "\x00", "ໆ", "ຯ",
    "(", ")", "a" * 501, "ກ" * 1000, "%", "_", "'; DROP TABLE search_document; --"])
def test_no_query_ever_raises(app, site, query):
    make_page(site, "Ministry", "x and title", lang="en")
    results = services.search(site.id, "en", query)
    assert results.total >= 0
    services.suggest(site.id, "en", query)


def test_a_query_over_500_characters_says_so_instead_of_searching(app, site):
    results = services.search(site.id, "lo", "ກ" * 501)
    assert results.message and results.total == 0


def test_nothing_in_this_language_points_to_the_other_language(app, site):
    make_page(site, "Hydropower", "", lang="en")
    suggestion = services.search(site.id, "lo", "hydropower").did_you_mean
    assert (suggestion.lang, suggestion.total) == ("en", 1)


def test_a_misspelt_word_gets_a_did_you_mean_with_the_sites_own_word(app, site):
    make_page(site, "ເຂື່ອນໄຟຟ້າ", "ຂໍ້ມູນກ່ຽວກັບເຂື່ອນ")
    make_page(site, "Hydropower dams", "", lang="en")
    suggestion = services.search(site.id, "en", "hydropowre ").did_you_mean
    assert (suggestion.query, suggestion.lang) == ("hydropower", "en")
    assert services.search(site.id, "en", "zzzzqqq ").did_you_mean is None


def test_suggestions_give_titles_and_addresses_of_the_best_matches(app, site):
    make_page(site, "ກະຊວງການເງິນ", "")
    assert services.suggest(site.id, "lo", "ກະຊວງກາ") == [
        {"title": "ກະຊວງການເງິນ", "url": "/lo/ກະຊວງການເງິນ".replace(
            "ກະຊວງການເງິນ", "%E0%BA%81%E0%BA%B0%E0%BA%8A%E0%BA%A7%E0%BA%87%E0%BA%81%E0%BA%B2"
            "%E0%BA%99%E0%BB%80%E0%BA%87%E0%BA%B4%E0%BA%99"), "kind": "page"}]


def test_an_unfinished_word_beginning_more_words_than_are_looked_up_still_finds_them_all(app, site):
    from gweb.search.backends.sqlite import MAX_EXPANSION

    words = [f"zz{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(MAX_EXPANSION + 6)]
    services.index_documents(site.id, [
        {"kind": "news", "key": word, "lang": "en", "title": f"Notice {word}", "body": "",
         "url": f"/en/news/{word}", "published_at": None} for word in words])
    assert services.search(site.id, "en", "zz").total == len(words)
    assert services.search(site.id, "en", "zzb").total == 26


def _flood_warnings(site_id: int, lang: str, keys: range):
    services.index_documents(site_id, [
        {"kind": "news", "key": str(n), "lang": lang, "title": "Flood warning", "body": "",
         "url": f"/{lang}/news/{n}", "published_at": None} for n in keys])


@pytest.mark.parametrize("others", [2, 6])
def test_a_phrase_counts_only_its_own_sites_and_languages_matches_however_many_are_elsewhere(
        app, site, monkeypatch, others):
    # With three candidates at most: the newest matches of the whole index
    # are elsewhere (more of them than candidates, or fewer).
    from gweb.search import backends
    from gweb.search.backends import postgres, sqlite
    from gweb.sites.services import create_site

    for module in (backends, sqlite, postgres):
        monkeypatch.setattr(module, "CANDIDATES", 3)
    other = create_site("other.test", {"lo": "ກົມອື່ນ", "en": "Other"})
    _flood_warnings(site.id, "en", range(2))
    _flood_warnings(site.id, "lo", range(others))
    _flood_warnings(other.id, "en", range(others))
    found = services.search(site.id, "en", '"flood warning"')
    assert (found.total, found.capped) == (2, False)
    assert sorted(urls(found)) == ["/en/news/0", "/en/news/1"]
    _flood_warnings(site.id, "en", range(2, 5))
    found = services.search(site.id, "en", '"flood warning"')
    assert (found.total, found.capped) == (3, True)
    assert urls(found) == ["/en/news/4", "/en/news/3", "/en/news/2"]  # the newest


def test_the_newest_matches_are_found_however_far_back_they_lie(
        app, site, three_candidates_narrow_windows):
    # Three candidates at most, and on PostgreSQL a first window of two ids
    # (the planner's estimate said to be huge): the matches lie far apart,
    # most of them among the oldest documents.
    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "en",
         "title": "Flood warning" if n in (0, 1, 2, 3, 11) else "Road works", "body": "",
         "url": f"/en/news/{n}", "published_at": None} for n in range(40)])
    found = services.search(site.id, "en", "flood")
    assert (found.total, found.capped) == (3, True)
    assert urls(found) == ["/en/news/11", "/en/news/3", "/en/news/2"]
    assert urls(services.search(site.id, "en", "road")) == [
        "/en/news/39", "/en/news/38", "/en/news/37"]


def test_matches_of_a_newer_window_are_kept_once_when_the_next_reaches_further_back(
        app, site, three_candidates_narrow_windows):
    # On PostgreSQL the first window (two ids) holds one match of four; the
    # next windows read only older ids. Every match is found once, newest
    # first, and the count says there were more than the candidates.
    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "en",
         "title": "Flood warning" if n in (0, 1, 2, 38) else "Road works", "body": "",
         "url": f"/en/news/{n}", "published_at": None} for n in range(40)])
    found = services.search(site.id, "en", "flood")
    assert (found.total, found.capped) == (3, True)
    assert urls(found) == ["/en/news/38", "/en/news/2", "/en/news/1"]
    found = services.search(site.id, "en", '"flood warning"')  # rows checked
    assert urls(found) == ["/en/news/38", "/en/news/2", "/en/news/1"]


def test_matches_in_distant_ranges_of_ids_are_found_newest_first_through_narrow_windows(
        app, site, three_candidates_narrow_windows):
    # On PostgreSQL the index keeps each range of 16,384 ids apart (migration
    # 0017pgscoped): the rows are spread over six ranges, and windows of a
    # few ids each must reach back through them.
    import sqlalchemy as sa

    from gweb.extensions import db
    services.index_documents(site.id, [
        {"kind": "news", "key": str(n), "lang": "en",
         "title": "Flood warning" if n in (0, 1, 3, 5) else "Road works", "body": "",
         "url": f"/en/news/{n}", "published_at": None} for n in range(6)])
    if db.engine.dialect.name == "postgresql":
        db.session.execute(sa.text("UPDATE search_document SET id = id * 30000"))
        db.session.commit()
    for query in ("flood", "floo", '"flood warning"'):
        found = services.search(site.id, "en", query)
        assert (found.total, found.capped) == (3, True), query
        assert urls(found) == ["/en/news/5", "/en/news/3", "/en/news/1"], query


def test_a_search_gives_the_database_session_its_planner_settings_back(app, site):
    import sqlalchemy as sa

    from gweb.extensions import db

    if db.engine.dialect.name != "postgresql":
        return
    make_page(site, "ກອງປະຊຸມ")
    names = ("enable_indexscan", "enable_seqscan", "plan_cache_mode",
             "max_parallel_workers_per_gather")
    db.session.execute(sa.text("SET max_parallel_workers_per_gather = 3"))
    before = [db.session.scalar(sa.text(f"SHOW {name}")) for name in names]
    assert services.search(site.id, "lo", "ກອງປະຊຸມ").total == 1
    assert [db.session.scalar(sa.text(f"SHOW {name}")) for name in names] == before
    assert before[-1] == "3"


def test_every_word_of_a_long_query_must_be_found_however_many_the_index_is_asked_for(app, site):
    # PostgreSQL asks its index for four of the words and checks the rest
    # in the rows it finds (backends.postgres.INDEXED_GROUPS).
    for n, body in enumerate(("ministry budget report ສາທາລະນະສຸກ annual meeting",
                              "ministry budget report ສາທາລະນະສຸກ annual",
                              "ministry budget report annual meeting")):
        make_page(site, "ກອງປະຊຸມ ວຽງຈັນ", body, slug=f"page-{n}")
    for query, total in (("ກອງປະຊຸມ ວຽງຈັນ ministry budget report annual meeting ", 2),
                         ("ກອງປະຊຸມ ວຽງຈັນ ministry budget report ສາທາລະນະສຸກ annual meet", 1),
                         ("ministry budget report annual ສາທາລະນະສຸກ ", 2),
                         ("ministry budget report annual ສາທາລະນະ ", 2),
                         ('ministry budget report annual "meeting ministry" ', 0)):
        assert services.search(site.id, "lo", query).total == total, query
