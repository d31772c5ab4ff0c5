import pytest

from gweb.text import slug_problem, slugify


def test_a_lao_title_keeps_its_vowels_and_tone_marks_in_the_slug():
    assert slugify("ກະຊວງ ໄປສະນີ") == "ກະຊວງ-ໄປສະນີ"
    assert slugify("ເຊື້ອພະຍາດ ແລະ ການປ້ອງກັນ") == "ເຊື້ອພະຍາດ-ແລະ-ການປ້ອງກັນ"


def test_two_lao_words_that_differ_only_by_a_vowel_get_different_slugs():
    assert slugify("ລັດ") != slugify("ລິດ")


def test_an_english_title_becomes_a_lower_case_slug_without_punctuation():
    assert slugify("  About Us / Our Team!  ") == "about-us-our-team"


def test_lao_digits_are_kept_as_digits():
    assert slugify("ດຳລັດ ເລກທີ ໑໓໖") == "ດຳລັດ-ເລກທີ-໑໓໖"


def test_decomposed_text_is_normalised_to_nfc():
    assert slugify("Cafe\u0301") == "café"


@pytest.mark.parametrize("bad", ["a/b", "tab\there", "ctl\x07", "!!!", "---", "", "two words",
                                 "zero\u200bwidth"])
def test_slugs_that_would_break_an_address_are_refused_with_a_reason(app, bad):
    assert slug_problem(bad)


@pytest.mark.parametrize("good", ["ກ່ຽວກັບພວກເຮົາ", "about", "news-2026", "໑໒໓"])
def test_ordinary_slugs_are_accepted(app, good):
    assert slug_problem(good) is None
