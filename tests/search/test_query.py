"""What a visitor types becomes a safe index query."""
from gweb.search.query import fts5_expression, match_options, parse


def test_operators_and_column_filters_become_plain_quoted_words():
    query = parse('NEAR(x) AND OR title:y * "z')
    expression = fts5_expression(query)
    assert [g.words for g in query.groups] == [("near", "x"), ("and",), ("or",),
                                                ("title", "y"), ("z",)]
    assert "NEAR(" not in expression and "title:" not in expression
    assert expression.count('"') % 2 == 0


def test_quotes_make_a_phrase_and_an_unclosed_quote_runs_to_the_end():
    assert [g.phrase for g in parse('"ministry of finance" budget').groups] == [True, False]
    assert parse('"ministry of').groups[0].words == ("ministry", "of")


def test_only_a_last_word_not_followed_by_a_space_is_a_prefix():
    assert [g.prefix for g in parse("roads brid").groups] == [False, True]
    assert [g.prefix for g in parse("roads bridge ").groups] == [False, False]


def test_lao_words_carry_their_syllables_to_match_inside_longer_words():
    group = parse("ວຽງຈັນ ").groups[0]
    assert group.syllables == ("ວຽງ", "ຈັນ")
    assert '"ໆວຽງ ໆຈັນ"' in fts5_expression(parse("ວຽງຈັນ "))
    assert (True, ("ວຽງ", "ຈັນ"), False) in match_options(parse("ວຽງຈັນ "))[0]


def test_empty_or_oversized_queries_have_nothing_to_search():
    assert parse("").is_empty and parse("  \u200b ").is_empty and parse("x" * 501).is_empty
    assert parse('" * ( ) :').is_empty


def test_lao_words_typed_without_spaces_must_stay_together():
    group = parse("ຫຼວງນ້ຳທາ ").groups
    assert len(group) == 1 and group[0].phrase and group[0].syllables == ("ຫຼວງ", "ນ້ຳ", "ທາ")
    assert len(parse("ຫຼວງ ນ້ຳທາ ").groups) == 2


def test_syllables_are_asked_for_as_terms_apart_from_the_same_letters_as_words():
    expression = fts5_expression(parse("ການບໍລິກາ"), expansions={"ກາ": ("ການ",)})
    assert '("໐ການໆບໍ ໐ບໍໆລິ ໐ລິໆການ")' in expression  # the words, by their pairs
    assert '("ໆການ ໆບໍ ໆລິ ໆການ")' in expression


def test_a_complete_lao_word_is_asked_for_by_its_syllables_alone():
    # Where its words stand, its syllables stand side by side: asking for
    # both would only read more.
    assert fts5_expression(parse("ວຽງຈັນ "), 0) == '("ໆວຽງ ໆຈັນ")'
    assert match_options(parse("ວຽງຈັນ "), 0) == [[(True, ("ວຽງ", "ຈັນ"), False)]]
    # An unfinished word may end inside a syllable: its words are kept.
    assert fts5_expression(parse("ວຽງຈັ")).startswith('("໐ວຽງໆຈັ" OR')
    assert fts5_expression(parse("budget "), 0) == '("budget")'


def test_a_phrase_of_lao_words_is_asked_for_by_its_pairs_of_adjacent_words():
    # One rare list per pair instead of the positions of common words.
    assert fts5_expression(parse('"ກະຊວງ ການເງິນ ແຂວງ"'), 0) == '("໐ກະຊວງໆການເງິນ ໐ການເງິນໆແຂວງ")'
    # Unfinished, first as the beginning of one word, then of its words.
    assert fts5_expression(parse('"ກະຊວງ ການເງ'), 1) == \
        '("໐ກະຊວງໆການ ໐ການໆເງ" OR "ກະຊວງການເງ"*)'
    assert fts5_expression(parse('"ກະຊວງ ການເງ'), 2) == \
        '("໐ກະຊວງໆການ ໐ການໆເງ" OR "໐ກະຊວງໆການ ໐ການໆເງ"* OR "ກະຊວງການເງ"*)'
    # Words of other scripts, alone or with Lao words, stay words.
    assert fts5_expression(parse('"ministry of finance"'), 0) == '("ministry of finance")'
    assert fts5_expression(parse('"ເລກທີ 45678"'), 0) == '("ເລກທີ 45678")'
