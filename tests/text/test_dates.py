from datetime import date, datetime

from gweb.text import format_date, format_datetime


def test_a_date_in_lao_uses_the_lao_month_name():
    assert format_date(date(2020, 1, 9), "lo") == "9 ມັງກອນ 2020"


def test_a_date_in_english_reads_naturally():
    assert format_date(date(2020, 1, 9), "en") == "January 9, 2020"


def test_a_site_may_show_buddhist_era_years():
    assert "2563" in format_date(date(2020, 1, 9), "lo", buddhist_era=True)
    assert "ພ.ສ." in format_date(date(2020, 1, 9), "lo", buddhist_era=True)


def test_a_site_may_show_lao_digits():
    assert format_date(date(2020, 1, 9), "lo", lao_digits=True) == "໙ ມັງກອນ ໒໐໒໐"


def test_a_utc_time_late_in_the_evening_is_already_the_next_day_in_vientiane():
    assert format_date(datetime(2020, 1, 8, 20, 0), "lo") == "9 ມັງກອນ 2020"


def test_a_datetime_shows_the_vientiane_clock_time():
    assert "03:30" in format_datetime(datetime(2020, 1, 8, 20, 30), "en", "medium").replace("\u202f", " ") or \
        "3:30" in format_datetime(datetime(2020, 1, 8, 20, 30), "en", "medium")


def test_no_date_gives_an_empty_string():
    assert format_date(None) == ""


def test_the_same_moment_shows_the_same_day_however_it_is_given_and_asked_again():
    from datetime import timedelta, timezone

    vientiane = timezone(timedelta(hours=7))
    naive_utc = datetime(2020, 1, 8, 16, 59)  # 23:59 in Vientiane
    assert format_date(naive_utc, "en") == "January 8, 2020"
    assert format_date(naive_utc.replace(tzinfo=vientiane) + timedelta(hours=7), "en") \
        == "January 8, 2020"
    # A minute later it is the next day there, and asking again changes nothing.
    for _ in range(2):
        assert format_date(naive_utc + timedelta(minutes=1), "en") == "January 9, 2020"
        assert format_date(naive_utc, "en", tz="UTC") == "January 8, 2020"
        assert format_date(naive_utc + timedelta(hours=8), "en", tz="UTC") == "January 9, 2020"
