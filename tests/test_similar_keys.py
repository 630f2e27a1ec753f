"""`similar-key` (format 1.2): which keys are one slip from a key that other articles state."""
import pytest

from crosscheck.claims.similar_keys import KeyIndex, edits

STORY = "morocco-quake-2023"
# three reports state the right keys; "lone" states the key under test
CORPUS = {
    f"{STORY}/killed": {"a", "b", "c"},
    f"{STORY}/injured": {"a", "b"},
    f"{STORY}/displaced-families": {"a", "b"},
    f"{STORY}/day-3": {"a", "b"},
    "morocco-flood-2023/freed": {"a", "b"},
    "gaza-war/killed": {"a"},
}

# (key stated by "lone" only, the keys it may have meant with their article counts)
NEAR = [
    (f"{STORY}/kiled", [(f"{STORY}/killed", 3)]),  # delete
    (f"{STORY}/killled", [(f"{STORY}/killed", 3)]),  # insert
    (f"{STORY}/kilked", [(f"{STORY}/killed", 3)]),  # replace
    (f"{STORY}/kileld", [(f"{STORY}/killed", 3)]),  # swap of neighbours
    ("morocco-quake-2O23/killed", [(f"{STORY}/killed", 3)]),  # a letter for a digit is no digit-only difference
    (f"{STORY}-killed", [(f"{STORY}/killed", 3)]),  # an edit of the "/"
    (f"{STORY}killed", [(f"{STORY}/killed", 3)]),
    ("morocco-quake-223/killed", []),  # a digit dropped: digits only
    (f"{STORY}/displcaed-famillis", []),  # three edits
    (f"{STORY}/displaced-famlies", [(f"{STORY}/displaced-families", 2)]),  # one
    (f"{STORY}/dsplaced-famlies", [(f"{STORY}/displaced-families", 2)]),  # two inside a segment of 8+
    ("morroco-quake-2023/kiled", []),  # two edits, in two segments
    (f"{STORY}/injred", [(f"{STORY}/injured", 2)]),
    (f"{STORY}/injrd", []),  # two edits in a segment of 7
    (f"{STORY}/day-4", []),  # digits only
    (f"{STORY}/day-13", []),
    ("morocco-quake-2024/killed", []),
    ("morocco-flood-2023/fled", []),  # "fled" and "freed": two edits in a short segment
    ("libya-floods-2023/missing", []),  # far from every key
    ("gaza-war/kiled", [("gaza-war/killed", 1)]),  # one other article is "other articles" too
    (f"{STORY}/killed", []),  # stated by others too: no slip
]


@pytest.mark.parametrize("key, expected", NEAR, ids=[k for k, _ in NEAR])
def test_near(key, expected):
    corpus = {**CORPUS, key: CORPUS.get(key, set()) | {"lone"}}
    assert KeyIndex(corpus).near(key, "lone") == expected


def test_a_key_stated_twice_by_one_article_is_not_a_key_of_other_articles():
    index = KeyIndex({"quake/killed": {"lone"}, "quake/kiled": {"lone"}})
    assert index.near("quake/kiled", "lone") == []


def test_every_candidate_is_listed_nearest_first_then_by_articles():
    index = KeyIndex({"quake/killed": {"a", "b"}, "quake/kills": {"a", "b", "c"}, "quake/kille": {"x", "lone"},
                      "quake/killd": {"lone"}})
    assert index.near("quake/killd", "lone") == [("quake/kills", 3), ("quake/kille", 2), ("quake/killed", 2)]


@pytest.mark.parametrize("a, b, n", [("kiled", "killed", 1), ("kileld", "killed", 1), ("abc", "abc", 0),
                                     ("fled", "freed", 2), ("ca", "abc", 3), ("displaced", "dsplacde", 2)])
def test_edits(a, b, n):
    assert edits(a, b) == n == edits(b, a)
