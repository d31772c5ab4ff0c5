"""Lao and English text made comparable for search (gweb.text.normalize)."""
from gweb.text.normalize import (fold, is_lao, lao_syllables, match_tokens, normalize,
                                 stem, token_forms)


def test_the_two_spellings_of_lo_no_and_mo_become_one():
    assert normalize("ຫລວງ") == normalize("ຫຼວງ")
    assert normalize("ຫນ້າ") == normalize("ໜ້າ")
    assert normalize("ກົດຫມາຍ") == normalize("ກົດໝາຍ")


def test_am_typed_as_two_signs_equals_the_single_letter():
    assert normalize("ຊໍາລະ") == normalize("ຊຳລະ") == "ຊຳລະ"


def test_lao_digits_equal_arabic_digits():
    assert normalize("ປີ ໒໐໒໐") == "ປີ 2020"
    assert match_tokens("໑໒໓") == match_tokens("123") == ["123"]


def test_zero_width_characters_are_dropped():
    assert normalize("ກະ\u200bຊວງ\u200c\ufeff") == "ກະຊວງ"
    assert match_tokens("min\u00adistry", "en") == ["ministry"]


def test_repetition_and_ellipsis_marks_are_not_part_of_a_word():
    assert match_tokens("ຊ້າໆ") == ["ຊ້າ"]
    assert "ຯ" not in "".join(match_tokens("ກົມ ຯລຯ"))


def test_a_tone_mark_typed_before_the_vowel_sign_is_put_after_it():
    assert normalize("ກ\u0ec8\u0eb4ນ") == "ກ\u0eb4\u0ec8ນ"


def test_unspaced_lao_is_segmented_into_words():
    assert match_tokens("ກະຊວງໄປສະນີໂທລະຄົມມະນາຄົມ") == ["ກະຊວງ", "ໄປສະນີ", "ໂທລະຄົມມະນາຄົມ"]


def test_a_variant_spelling_segments_like_the_official_one():
    assert match_tokens("ຫນ້າຫລັກ") == match_tokens("ໜ້າຫຼັກ") == ["ໜ້າ", "ຫຼັກ"]


def test_vowel_signs_and_tone_marks_stay_inside_the_word():
    assert match_tokens("ລັດ") == ["ລັດ"]
    assert match_tokens("ລັດ") != match_tokens("ລິດ")


def test_english_is_case_folded_stripped_of_accents_and_plurals():
    assert match_tokens("Ministries of POSTS, Café", "en") == ["ministry", "of", "post", "cafe"]
    assert fold("ÉCOLE") == "ecole"
    assert stem("services") == "service" and stem("status") == "status" and stem("class") == "class"


def test_lao_letters_are_never_taken_for_accents():
    assert fold("ກິ່ງ") == "ກິ່ງ"


def test_punctuation_inside_a_word_splits_it():
    assert token_forms("e-mail") == ("e", "mail")
    assert token_forms("3.5") == ("3", "5")


def test_a_lao_word_splits_into_syllables_the_same_way_alone_and_inside_a_longer_word():
    assert lao_syllables("ນະຄອນຫຼວງວຽງຈັນ") == ("ນະ", "ຄອນ", "ຫຼວງ", "ວຽງ", "ຈັນ")
    assert lao_syllables("ວຽງຈັນ") == ("ວຽງ", "ຈັນ")
    assert lao_syllables("ການເງິນ") == ("ການ", "ເງິນ")
    assert lao_syllables("ໂທລະຄົມມະນາຄົມ") == ("ໂທ", "ລະ", "ຄົມ", "ມະ", "ນາ", "ຄົມ")
    assert lao_syllables("ຕິດຕໍ່") == ("ຕິດ", "ຕໍ່")


def test_script_is_recognised_by_the_first_letter():
    assert is_lao("ກົມ") and not is_lao("ministry") and not is_lao("")
