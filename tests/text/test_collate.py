from gweb.text import segment_words, sorted_lao


def test_lao_words_sort_by_consonant_not_by_their_leading_vowel():
    words = ["ໂຮງຮຽນ", "ເມືອງ", "ກະຊວງ", "ຂ່າວ", "ແຂວງ"]
    assert sorted_lao(words) == ["ກະຊວງ", "ຂ່າວ", "ແຂວງ", "ເມືອງ", "ໂຮງຮຽນ"]
    # Code-point order would have put ແຂວງ after ໂຮງຮຽນ's consonant group: all pre-vowels last.
    assert sorted(words)[:2] == ["ກະຊວງ", "ຂ່າວ"] and sorted(words)[2] == "ເມືອງ"


def test_lao_text_without_spaces_is_split_into_words():
    assert segment_words("ສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວ") == [
        "ສາທາລະນະລັດ", "ປະຊາທິປະໄຕ", "ປະຊາຊົນ", "ລາວ"]


def test_punctuation_and_spaces_are_not_words():
    assert segment_words("Ministry, of Health!", "en") == ["Ministry", "of", "Health"]
