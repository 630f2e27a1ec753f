"""Qualifying words and the count intervals they allow (claims-format.md, `type = "count"`)."""
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.claims.intervals import CountInterval
from crosscheck.claims.numbers import find_numbers
from crosscheck.claims import qualifiers
from crosscheck.claims.qualifiers import QUALIFIERS, count_interval, describe, qualifier_from_text, wording_of

SEED = "At least 20 people have been killed and more than 40 wounded"

# (text, the number's value, phrase as written, allowed qualifiers)
WORDING = [
    # every phrase of the seed article
    (SEED, 20, "At least", {"at_least"}),
    (SEED, 40, "more than", {"more_than"}),
    ("with seven people killed in Idlib city", 7, None, {"exact"}),
    ("four in al-Nayrab, and six in Binnish", 4, None, {"exact"}),
    ("four in al-Nayrab, and six in Binnish", 6, None, {"exact"}),
    ("At least six children were among the victims", 6, "At least", {"at_least"}),
    ("Warplanes attacked four towns and cities", 4, None, {"exact"}),
    ("The offensive has killed almost 1,200 civilians", 1200, "almost", {"almost"}),
    ("and displaced more than 600,000", 600000, "more than", {"more_than"}),
    ("more than 235,000 people fled the area", 235000, "more than", {"more_than"}),
    ("UN \u2014 235,000+ Flee Latest Russia-Regime Offensive", 235000, "+", {"at_least", "more_than"}),
    # the rest of the table
    ("no fewer than 12", 12, "no fewer than", {"at_least"}),
    ("no less than 12", 12, "no less than", {"at_least"}),
    ("a minimum of 12", 12, "a minimum of", {"at_least"}),
    ("over 300", 300, "over", {"more_than"}),
    ("upwards of 300", 300, "upwards of", {"more_than"}),
    ("in excess of 300", 300, "in excess of", {"more_than"}),
    ("nearly 50", 50, "nearly", {"almost"}),
    ("just under 50", 50, "just under", {"almost"}),
    ("close to 50", 50, "close to", {"almost"}),
    ("about 70", 70, "about", {"about"}),
    ("around 70", 70, "around", {"about"}),
    ("some 70", 70, "some", {"about"}),
    ("roughly 70", 70, "roughly", {"about"}),
    ("approximately 70", 70, "approximately", {"about"}),
    ("an estimated 70", 70, "an estimated", {"about"}),
    ("circa 70", 70, "circa", {"about"}),
    ("up to 9", 9, "up to", {"at_most"}),
    ("at most 9", 9, "at most", {"at_most"}),
    ("no more than 9", 9, "no more than", {"at_most"}),
    ("fewer than 5", 5, "fewer than", {"fewer_than"}),
    ("less than 5", 5, "less than", {"fewer_than"}),
    ("under 5", 5, "under", {"fewer_than"}),
    # 1.1: the rest of the spec's table, before the number ...
    ("not fewer than 12", 12, "not fewer than", {"at_least"}),
    ("not less than 12", 12, "not less than", {"at_least"}),
    ("above 300", 300, "above", {"more_than"}),
    ("north of 300", 300, "north of", {"more_than"}),
    ("exceeding 300", 300, "exceeding", {"more_than"}),
    ("the toll rose above 5,000", 5000, "rose above", {"more_than"}),
    ("the toll has risen above 5,000", 5000, "risen above", {"more_than"}),
    ("the toll climbed above 5,000", 5000, "climbed above", {"more_than"}),
    ("the toll passes 20,000", 20000, "passes", {"more_than"}),
    ("the toll passed 20,000", 20000, "passed", {"more_than"}),
    ("passing 20,000", 20000, "passing", {"more_than"}),
    ("deaths surpassed 20,000", 20000, "surpassed", {"more_than"}),
    ("deaths surpasses 20,000", 20000, "surpasses", {"more_than"}),
    ("deaths exceeded 20,000", 20000, "exceeded", {"more_than"}),
    ("the toll exceeds 20,000", 20000, "exceeds", {"more_than"}),
    ("the toll topped 20,000", 20000, "topped", {"more_than"}),
    ("the toll tops 20,000", 20000, "tops", {"more_than"}),
    ("the toll crossed 20,000", 20000, "crossed", {"more_than"}),
    ("the toll crosses 20,000", 20000, "crosses", {"more_than"}),
    ("the toll is now past 20,000", 20000, "past", {"more_than"}),
    ("as many as 300", 300, "as many as", {"at_most"}),
    ("not more than 9", 9, "not more than", {"at_most"}),
    ("a maximum of 9", 9, "a maximum of", {"at_most"}),
    ("below 5", 5, "below", {"fewer_than"}),
    ("short of 5", 5, "short of", {"fewer_than"}),
    ("just shy of 50", 50, "just shy of", {"almost"}),
    ("approaching 50", 50, "approaching", {"almost"}),
    ("not quite 50", 50, "not quite", {"almost"}),
    ("estimated 70", 70, "estimated", {"about"}),
    ("~70 dead", 70, "~", {"about"}),
    # ... and after it
    ("20 or more", 20, "or more", {"at_least"}),
    ("40-plus", 40, "-plus", {"more_than"}),
    ("9 or fewer", 9, "or fewer", {"at_most"}),
    ("9 or less", 9, "or less", {"at_most"}),
    ("70 or so", 70, "or so", {"about"}),
    ("40-odd", 40, "-odd", {"about"}),
    ("40\u2011odd bodies", 40, "\u2011odd", {"about"}),
    ("2.3m+", 2300000, "+", {"at_least", "more_than"}),
    # a period is not a bound: "the past 24 hours"
    ("in the past 24 hours", 24, None, {"exact"}),
    # nor is "over" that belongs to its verb (a report of the November 2023 Gaza truce: "handed over 17 hostages")
    ("Hamas handed over 17 hostages", 17, None, {"exact"}),
    # nor "over" after a word of concern (the Pakistan floods, August 2025: "expresses fear over 1,000 deaths")
    ("An official expressed fear over 1,000 deaths in the province", 1000, None, {"exact"}),
    ("Anger over 40 deaths grew", 40, None, {"exact"}),
    ("Israel must hand over 60 prisoners", 60, None, {"exact"}),
    ("a toll of over 17", 17, "over", {"more_than"}),
    ("20 ormore", 20, None, {"exact"}),
    ("40-oddly", 40, None, {"exact"}),
    # how the phrase may be written
    ("AT  LEAST\n20", 20, "AT  LEAST\n20"[:9], {"at_least"}),
    ("Nearly two hundred", 200, "Nearly", {"almost"}),
    ("at least 20+", 20, "at least", {"at_least"}),  # a phrase before wins over the "+"
    ("killed almost 1,200 and wounded 40", 40, None, {"exact"}),
    ("almost, 1,200", 1200, None, {"exact"}),  # something other than white space between
    ("Moreover 3", 3, None, {"exact"}),  # "over" must be a word of its own
    ("handsome 3", 3, None, {"exact"}),
    ("20 + 3", 20, None, {"exact"}),
    # 1.2: verbs that report where a total stands; the longest wording wins
    ("the death toll has gone up to 2,497", 2497, "gone up to", {"exact", "at_most"}),
    ("the toll went up to 2,497", 2497, "went up to", {"exact", "at_most"}),
    ("the toll could go up to 3,000", 3000, "up to", {"at_most"}),
    # an addition: a headline's "toll up to" leaves out "has gone"; "up to" alone stays a bound
    ("Death toll up to 143 from Nepal earthquake", 143, "toll up to", {"exact", "at_most"}),
    ("shelter for up to 300 families", 300, "up to", {"at_most"}),
    # an addition (the Cebu earthquake, October 2025): "as high as" bounds as "as many as" does
    ("reports that as high as 60 individuals have perished", 60, "as high as", {"at_most"}),
    # an addition (Cyclone Ditwah, December 2025): a toll that passed "the" figure's mark is more than it; the
    # figure it passes with no mark is another's, exactly so many
    ("the death toll crossed the 450 mark on Tuesday", 450, "crossed the", {"more_than"}),
    ("deaths passed the 1,000 milestone", 1000, "passed the", {"more_than"}),
    ("it passed the 85 people killed in 2018", 85, None, {"exact"}),
    # an addition: a total that moved up to a figure stands there; the bare verb stays a bound
    ("the death toll inched up to 227 on Saturday", 227, "inched up to", {"exact", "at_most"}),
    ("the count has crept up to 40", 40, "crept up to", {"exact", "at_most"}),
    ("the toll could rise up to 3,000", 3000, "up to", {"at_most"}),
    ("the toll rose to 812", 812, "rose to", {"exact"}),
    ("the toll has risen to 812", 812, "risen to", {"exact"}),
    ("the toll rises to 812", 812, "rises to", {"exact"}),
    ("the toll rising to 812", 812, "rising to", {"exact"}),
    ("deaths climbed to 812", 812, "climbed to", {"exact"}),
    ("deaths jumped to 812", 812, "jumped to", {"exact"}),
    ("deaths increased to 812", 812, "increased to", {"exact"}),
    ("deaths grew to 812", 812, "grew to", {"exact"}),
    ("deaths reached 812", 812, "reached", {"exact"}),
    ("deaths reaches 812", 812, "reaches", {"exact"}),
    ("deaths hit 812", 812, "hit", {"exact"}),
    ("deaths hits 812", 812, "hits", {"exact"}),
    ("the toll stood at 1,305", 1305, "stood at", {"exact"}),
    ("the toll stands at 1,305", 1305, "stands at", {"exact"}),
    ("the toll is now at 1,305", 1305, "now at", {"exact"}),
    ("brought the number of dead to 1,602", 1602, "brought the number of dead to", {"exact"}),
    ("brought the toll at 1,602", 1602, "brought the toll at", {"exact"}),
    ("officials put the death toll at 1,602", 1602, "put the death toll at", {"exact"}),
    ("officials put the toll to 1,602", 1602, "put the toll to", {"exact"}),
    ("the toll rose above 5,000 overnight", 5000, "rose above", {"more_than"}),
    # a verb of reaching combined with other wording takes the other wording
    ("the toll rose to more than 2,000", 2000, "more than", {"more_than"}),
    ("the toll stood at about 1,300", 1300, "about", {"about"}),
    ("has gone up to at least 2,497", 2497, "at least", {"at_least"}),
    # "another", "a further", "an additional" between the wording and the number are skipped
    ("injured at least another 1,800", 1800, "at least", {"at_least"}),
    ("a further 30 were missing", 30, None, {"exact"}),
    ("an additional 30 were missing", 30, None, {"exact"}),
    ("another 30 were missing", 30, None, {"exact"}),
    ("up to a further 30", 30, "up to", {"at_most"}),
    ("more than an additional 30", 30, "more than", {"more_than"}),
    ("up to 300 prisoners", 300, "up to", {"at_most"}),
]


@pytest.mark.parametrize(
    "text, value, phrase, allowed", WORDING, ids=[f"{t[:40]}|{v}" for t, v, _, _ in WORDING]
)
def test_wording_of(text, value, phrase, allowed):
    (mention,) = [m for m in find_numbers(text) if m.value == value][-1:]
    wording = wording_of(text, mention.start, mention.end)
    assert (wording.phrase, wording.allowed) == (phrase, frozenset(allowed))


QUALIFIER = [
    ("at least 20", "at_least"), ("more than 40", "more_than"), ("almost 1,200", "almost"), ("20", "exact"),
    ("235,000+", "at_least"), ("seven", "exact"), ("nearly two hundred", "almost"), ("up to 9", "at_most"),
    ("under 5", "fewer_than"), ("an estimated 70", "about"), ("no more than 9", "at_most"),
    ("has gone up to 2,497", "exact"), ("rose to more than 2,000", "more_than"), ("at least another 1,800", "at_least"),
]


@pytest.mark.parametrize("text, qualifier", QUALIFIER, ids=[t for t, _ in QUALIFIER])
def test_qualifier_from_text(text, qualifier):
    assert qualifier_from_text(text) == qualifier


@pytest.mark.parametrize("text", ["", "at least", "thousands", "no one"])
def test_qualifier_from_text_needs_a_number(text):
    with pytest.raises(ValueError, match=f"no number in {text!r}"):
        qualifier_from_text(text)


T = Fraction(1, 10)
# (value, qualifier, about tolerance, almost tolerance, lo, hi)
INTERVALS = [
    (20, "at_least", T, T, 20, None),
    (40, "more_than", T, T, 41, None),
    (7, "exact", T, T, 7, 7),
    (1200, "almost", T, T, 1080, 1199),
    (600000, "more_than", T, T, 600001, None),
    (235000, "more_than", T, T, 235001, None),
    (9, "at_most", T, T, 0, 9),
    (0, "at_most", T, T, 0, 0),
    (5, "fewer_than", T, T, 0, 4),
    (1300, "about", T, T, 1170, 1430),
    (7, "about", T, T, 6, 8),  # 6.3 floors to 6, 7.7 ceils to 8
    (0, "about", T, T, 0, 0),
    (1, "almost", T, T, 0, 0),
    (10, "almost", T, T, 9, 9),
    (1200, "about", Fraction(1, 4), T, 900, 1500),
    (1200, "almost", T, Fraction(1, 4), 900, 1199),
    (1200, "almost", T, 0, 1199, 1199),  # no tolerance: still below v
    (1200, "about", 0, T, 1200, 1200),
    (1200, "about", 0.1, T, 1080, 1320),  # a float setting is read as written, not as a binary fraction
    ("thousands", "exact", T, T, 2000, 19999),
    ("dozens", "exact", T, T, 24, 199),
    ("tens of thousands", "exact", T, T, 20000, 199999),
    ("hundreds of thousands", "exact", T, T, 200000, 1999999),
    ("millions", "exact", T, T, 2000000, None),
    # 1.1
    ("a few", "exact", T, T, 2, 9),
    ("several", "exact", T, T, 3, 9),
    ("a handful", "exact", T, T, 2, 9),
    ("scores", "exact", T, T, 40, 199),
    ("A  Few", "exact", T, T, 2, 9),
    (2300000, "exact", T, T, 2300000, 2300000),  # "2.3m"
]


@pytest.mark.parametrize(
    "value, qualifier, about, almost, lo, hi", INTERVALS,
    ids=[f"{q}-{v}-about{a}-almost{b}" for v, q, a, b, _, _ in INTERVALS],
)
def test_count_interval(value, qualifier, about, almost, lo, hi):
    got = count_interval(value, qualifier, about_tolerance=about, almost_tolerance=almost)
    assert got == CountInterval(lo, hi)


# (value, qualifier, part of the message)
BAD_COUNTS = [
    ("thousands", "at_least", "a vague amount takes no qualifier"),
    ("thousands", "about", "a vague amount takes no qualifier"),
    ("umpteen", "exact", "'umpteen' is not a number or a vague amount"),
    ("scores", "about", "a vague amount takes no qualifier"),
    (0, "fewer_than", "fewer than 0 allows no count"),
    (0, "almost", "almost 0 allows no count"),
    (-1, "exact", "not -1"),
    (True, "exact", "not True"),
    (20, "roughly", "unknown qualifier 'roughly'"),
]


@pytest.mark.parametrize("value, qualifier, message", BAD_COUNTS, ids=[f"{v}-{q}" for v, q, _ in BAD_COUNTS])
def test_count_interval_errors(value, qualifier, message):
    with pytest.raises(ValueError) as caught:
        count_interval(value, qualifier)
    assert message in str(caught.value)


@pytest.mark.parametrize("tolerance", [Fraction(-1, 10), 1, 1.5])
def test_tolerance_must_be_below_one(tolerance):
    with pytest.raises(ValueError, match="tolerance"):
        count_interval(100, "about", about_tolerance=tolerance)


DESCRIBE = [
    (1300, "at_least", "at least 1,300"), (1200, "almost", "almost 1,200"), (600000, "more_than", "more than 600,000"),
    (18, "exact", "exactly 18"), (9, "at_most", "at most 9"), (5, "fewer_than", "fewer than 5"),
    (70, "about", "about 70"), ("thousands", "exact", "thousands"), ("thousands", "about", "about thousands"),
]


@pytest.mark.parametrize("value, qualifier, words", DESCRIBE, ids=[w for _, _, w in DESCRIBE])
def test_describe(value, qualifier, words):
    assert describe(value, qualifier) == words


tolerances = st.fractions(min_value=0, max_value=Fraction(99, 100))


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(QUALIFIERS), tolerances, tolerances)
def test_interval_is_never_empty_and_almost_excludes_v(v, qualifier, about, almost):
    got = count_interval(v, qualifier, about_tolerance=about, almost_tolerance=almost)
    assert got.hi is None or got.lo <= got.hi
    assert (got.hi is None or v <= got.hi) == (qualifier not in ("almost", "fewer_than"))
    assert (got.lo <= v) == (qualifier != "more_than")


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(QUALIFIERS))
def test_qualifier_read_back_from_describe(v, qualifier):
    if v == 0 and qualifier in ("almost", "fewer_than"):
        return
    assert qualifier_from_text(describe(v, qualifier)) == qualifier


# Text before a number made of the table's phrases, words near them and odd case or spacing: the
# wording found by trying only the phrases that end with the text's last word must be the one every
# phrase of the table finds, tried longest first.
_PIECES = [p for p, _ in qualifiers._allowed_by(0)] + ["the past", "handed", "another", "a further", "Kelvin \u212a",
                                                        "stra\u017fse", "ABOUT", "\u00e0 peu", "least2", "(", "~", ""]
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", " \u00a0", "-", ""])


@given(st.lists(st.tuples(st.sampled_from(_PIECES), _GAPS), min_size=1, max_size=5),
       st.sampled_from([str.lower, str.upper, str.title, lambda s: s]))
def test_wording_of_tries_every_phrase_that_could_match(pieces, case):
    before = case("".join(piece.replace("…", "the toll") + gap for piece, gap in pieces))
    text = before + "20 people"
    near = before[-60:]
    if skipped := qualifiers._SKIPPED.search(near):
        near = near[:skipped.start()]
    expected = None if qualifiers._NOT_QUALIFYING_RE.search(near) else next(
        (qualifiers.Wording(m.group(1), allowed) for pattern, allowed in qualifiers._BEFORE_RE
         if (m := pattern.search(near))), None)
    got = wording_of(text, len(before), len(before) + 2)
    assert got == expected if expected is not None else (got.phrase is None or got.after)
