"""Numbers as written: parse_number, find_numbers, find_vague (claims-format.md, `type = "count"`)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.claims.intervals import CountInterval
from crosscheck.claims import date_text
from crosscheck.claims.date_text import clock_times, date_spans
from crosscheck.claims.numbers import VAGUE_AMOUNTS, NumberError, count_mentions, find_numbers, find_vague, parse_number

# (text, value)
PARSE = [
    # digits
    ("20", 20), ("0", 0), ("1,200", 1200), ("235,000+", 235000), ("600,000", 600000),
    ("1,000,000", 1000000), ("2020", 2020), (" 40 ", 40),
    # digits with a scale word, decimals only before one
    ("1.2 million", 1200000), ("2 million", 2000000), ("1.5 billion", 1500000000), ("20 thousand", 20000),
    ("1.25 Million", 1250000),
    # words
    ("seven", 7), ("four", 4), ("six", 6), ("Eleven", 11), ("zero", 0), ("twenty-three", 23),
    ("twenty three", 23), ("ninety-nine", 99), ("one hundred and twenty", 120), ("one  hundred\ntwenty", 120),
    ("a hundred", 100), ("nineteen hundred", 1900), ("two million", 2000000),
    ("two million five hundred thousand", 2500000), ("one thousand two hundred", 1200),
    ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6), ("half a million", 500000),
    # 1.1: abbreviated magnitudes
    ("2.3m", 2300000), ("2.3 mn", 2300000), ("1.2bn", 1200000000), ("1.2 bn", 1200000000),
    ("1.2 billion", 1200000000), ("15k", 15000), ("15K", 15000), ("5m", 5000000), ("235k+", 235000),
    # an addition: South Asian scales and digit grouping, as Indian, Pakistani and Nepali outlets write them
    ("1.5 lakh", 150000), ("2,000 crore", 20000000000), ("5 lakhs", 500000), ("1,50,000", 150000),
    ("10,00,000", 1000000), ("two lakh", 200000), ("two crore fifty lakh", 25000000),
    # a number word hyphenated to a unit
    ("six-month", 6), ("18-month", 18), ("one-year", 1), ("six\u2011month", 6),
]


@pytest.mark.parametrize("text, value", PARSE, ids=[t for t, _ in PARSE])
def test_parse_number(text, value):
    assert parse_number(text) == value


NOT_NUMBERS = [
    "", "   ", "dozens", "thousands", "no one", "someone", "at least 20", "20 people", "seven four",
    "3.5", "1,2000", "3rd", "twenty eleven", "half", "a", "and", "six month", "1.2345678 million", "20 + 3",
]


@pytest.mark.parametrize("text", NOT_NUMBERS, ids=[repr(t) for t in NOT_NUMBERS])
def test_parse_number_error_quotes_the_text(text):
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert caught.value.text == text
    assert str(caught.value).startswith(f"cannot read number {text!r}: ")


SEED = (
    "At least 20 people have been killed and more than 40 wounded in the latest pro-Assad bombing of Idlib "
    "Province. Warplanes attacked four towns and cities, with seven people killed in Idlib city, four in "
    "al-Nayrab, and six in Binnish. At least six children were among the victims."
)

# (id, text, [(value, text as written, plus)])
FIND = [
    ("seed-paragraph", SEED,
     [(20, "20", False), (40, "40", False), (4, "four", False), (7, "seven", False),
      (4, "four", False), (6, "six", False), (6, "six", False)]),
    ("seed-almost", "The offensive has killed almost 1,200 civilians, wounded thousands, and displaced more than 600,000.",
     [(1200, "1,200", False), (600000, "600,000", False)]),
    ("seed-fled", "Within two weeks in December, more than 235,000 people fled the area",
     [(2, "two", False), (235000, "235,000", False)]),
    ("seed-plus", "Syria Daily, Dec 28: UN \u2014 235,000+ Flee Latest Russia-Regime Offensive",
     [(28, "28", False), (235000, "235,000", True)]),
    ("seed-six-month", "only allowed a limited six-month extension on Friday", [(6, "six", False)]),
    ("seed-dates", "Binnish, Syria, January 11, 2020 ... in September 2018.",
     [(11, "11", False), (2020, "2020", False), (2018, "2018", False)]),
    ("maximal-words", "one hundred and twenty people", [(120, "one hundred and twenty", False)]),
    ("trailing-and", "two hundred and some more", [(200, "two hundred", False)]),
    ("no-one-someone", "no one was hurt and someone said No one", []),
    ("one-after-no-one", "no one, then one more", [(1, "one", False)]),
    ("anyone-none", "anyone, none, once, tens, dozens", []),
    ("scale-after-digits", "1.2 million fled, 2 million stayed", [(1200000, "1.2 million", False), (2000000, "2 million", False)]),
    ("bare-decimal-skipped", "3.5 km and 2.0 and version 1.2.3", []),
    ("ordinals-skipped", "the 3rd and 21st of May, 5 km", [(5, "5", False)]),
    ("document-symbol", "S/2019/961", [(2019, "2019", False), (961, "961", False)]),
    ("comma-list", "killed 4, 5 and 6", [(4, "4", False), (5, "5", False), (6, "6", False)]),
    ("comma-between-words", "one thousand, two hundred", [(1000, "one thousand", False), (200, "two hundred", False)]),
    ("adjacent-words", "seven four", [(7, "seven", False), (4, "four", False)]),
    ("year-in-words", "twenty eleven", [(20, "twenty", False), (11, "eleven", False)]),
    ("zero-stands-alone", "zero hundred", [(0, "zero", False)]),
    ("case-insensitive", "ELEVEN and Twenty-Three", [(11, "ELEVEN", False), (23, "Twenty-Three", False)]),
    ("half-a-dozen", "half a dozen children, a dozen adults", [(6, "half a dozen", False), (12, "a dozen", False)]),
    ("a-alone", "a year and a half", []),
    ("digits-and-words", "20 killed, twenty wounded", [(20, "20", False), (20, "twenty", False)]),
    # 1.1: abbreviated magnitudes glued on, or "mn"/"bn" after a space; a lone "m" after a space is metres
    ("magnitudes", "2.3m displaced, 1.2bn in aid, 15k fled, 2.3 mn, 1.2 bn",
     [(2300000, "2.3m", False), (1200000000, "1.2bn", False), (15000, "15k", False), (2300000, "2.3 mn", False),
      (1200000000, "1.2 bn", False)]),
    ("metres-not-millions", "a 5 m wall", [(5, "5", False)]),
    ("half-a-million", "half a million people", [(500000, "half a million", False)]),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in FIND], ids=[i for i, _, _ in FIND])
def test_find_numbers(text, expected):
    found = find_numbers(text)
    assert [(m.value, m.text, m.plus) for m in found] == expected
    for m in found:
        assert text[m.start:m.end] == m.text


# 1.2: (text, the counts a quote can state): the numbers of a clock time (and of a date) are no counts
COUNTS = [
    ("the quake struck at 11 pm", []),
    ("the quake struck at 11pm", []),
    ("the quake struck at 11:11 pm", []),
    ("shortly after 11.30am", []),
    ("the shaking began at 23:11", []),
    ("the quake hit at 11:11 pm (2211 GMT) on Friday", []),
    ("the first tremor, at (2211 GMT), was felt", []),
    ("aid arrived at 0800 local time", []),
    ("aid arrived at 0800 GMT on 9 September", []),
    ("the council met at 2 o'clock", []),
    ("the council met at two o\u2019clock", []),
    ("at 3:35 p.m. Wednesday, 40 people were rescued", [40]),
    ("2211 people were hurt", [2211]),
    ("at 11:11 pm, 2,012 were dead", [2012]),
    ("11 amendments were adopted", [11]),
    ("a 3:1 majority", [3, 1]),
]


@pytest.mark.parametrize("text, expected", COUNTS, ids=[t for t, _ in COUNTS])
def test_count_mentions_leave_out_clock_times(text, expected):
    assert [m.value for m in count_mentions(text)] == expected


# (text, the clock times in it as written)
CLOCKS = [
    ("11:11 pm (2211 GMT) Friday", ["11:11 pm", "(2211 GMT)"]),
    ("at 3:35 p.m. Wednesday", ["3:35 p.m."]),
    ("0800 local time", ["0800 local time"]),
    ("at 23:11 and 2211 people", ["23:11"]),
]


@pytest.mark.parametrize("text, expected", CLOCKS, ids=[t for t, _ in CLOCKS])
def test_clock_times(text, expected):
    assert [t.text for t in clock_times(text)] == expected


# (text, [(canonical word, text as written)])
VAGUE = [
    ("wounded thousands", [("thousands", "thousands")]),
    ("tens of thousands fled", [("tens of thousands", "tens of thousands")]),
    ("Hundreds  of\nthousands fled", [("hundreds of thousands", "Hundreds  of\nthousands")]),
    ("dozens dead, hundreds hurt, millions displaced",
     [("dozens", "dozens"), ("hundreds", "hundreds"), ("millions", "millions")]),
    ("a dozen, one thousand, Thousandsville", []),
    # 1.1
    ("a few killed, several wounded, A handful missing, scores fled",
     [("a few", "a few"), ("several", "several"), ("a handful", "A handful"), ("scores", "scores")]),
    ("a  few\ndays", [("a few", "a  few")]),
    # not the spec's amounts: "several dozen" is no "several", and never a guess
    ("several dozen, a few hundred, a few thousand", []),
    ("fewer, handfuls, underscores", []),
]


@pytest.mark.parametrize("text, expected", VAGUE, ids=[t for t, _ in VAGUE])
def test_find_vague(text, expected):
    assert [(word, text[s:e]) for word, s, e in find_vague(text)] == expected


def test_vague_amounts_are_the_spec_table():
    assert VAGUE_AMOUNTS == {
        "a few": CountInterval(2, 9), "several": CountInterval(3, 9), "a handful": CountInterval(2, 9),
        "scores": CountInterval(40, 199),
        "dozens": CountInterval(24, 199), "hundreds": CountInterval(200, 1999),
        "thousands": CountInterval(2000, 19999), "tens of thousands": CountInterval(20000, 199999),
        "hundreds of thousands": CountInterval(200000, 1999999), "millions": CountInterval(2000000, None),
    }


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_separators_round_trip(n):
    assert parse_number(format(n, ",")) == n
    assert parse_number(str(n) + "+") == n
    assert [m.value for m in find_numbers(f"killed {n:,} people")] == [n]


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """A plain English spelling to check the parser against (not the parser's own tables)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    for size, name in ((10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head, rest = divmod(n, size)
            tail = "" if not rest else (" and " if rest < 100 else " ") + _words(rest)
            return f"{_words(head)} {name}{tail}"
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_round_trip(n):
    assert parse_number(_words(n)) == n
    assert [m.value for m in find_numbers(f"Some {_words(n)} people")] == [n]


# Sentences made of date forms, near misses and odd case: the forms a sentence lacks the words for are
# left out of the search, and the spans must be those of every form searched at once.
_DATE_PIECES = ["January 11, 2020", "11th of Sept", "May 2019", "2020-01-11", "two days later", "within a day",
                "the first half of 2022", "third quarter of 2021", "Monday", "may", "day", "years", "half",
                "twenty-one weeks ago", "six months earlier", "AUGUST 5", "\u017fept 5", "\u212aelvin", "3", "-", "jun. 4", "early"]


@given(st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=6),
       st.sampled_from([" ", ", ", " and ", "-"]), st.sampled_from([str.lower, str.upper, lambda s: s]))
def test_date_spans_equal_every_form_searched_at_once(pieces, gap, case):
    text = case(gap.join(pieces))
    assert date_spans(text) == [m.span() for m in date_text._DATE_IN_TEXT.finditer(text)]
