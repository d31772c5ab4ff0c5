"""Lao (and English) text: word segmenting, collation, slugs and dates.

Lao is written without spaces between words, sorts by consonant before its
pre-posed vowel, and keeps vowel signs and tone marks as combining marks:
the helpers here get each of those right so that no other package has to.
"""
from gweb.text.collate import sort_key, sorted_lao
from gweb.text.dates import format_date, format_datetime
from gweb.text.segment import segment_words
from gweb.text.slugs import slugify, slug_problem

__all__ = ["format_date", "format_datetime", "segment_words", "slug_problem",
           "slugify", "sort_key", "sorted_lao"]
