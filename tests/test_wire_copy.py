"""Format 1.2 on wire copy: three reports of one earthquake, in our own words, with every wording the
revision adds (verbs of reaching, "another", clock times, parts of a day, nights, "as of", running
totals of one day), check clean with no [[accept]], and `show` reads each wording as the spec says."""
import json
import shutil
from pathlib import Path

import pytest

from conftest import crosscheck

CORPUS = Path(__file__).parent / "corpora" / "wire-copy"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wire-copy")
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)  # the cache is written beside the copy, not in tests/
    return root


def test_wire_copy_checks_clean_without_accepts(corpus):
    assert not any("[[accept]]" in p.read_text(encoding="utf-8") for p in (corpus / "fixtures").glob("*.toml"))
    run = crosscheck("check", "--root", str(corpus), "--strict", "--format", "json")
    body = json.loads(run.stdout)
    assert run.returncode == 0 and body["findings"] == [], run.stdout + run.stderr
    assert body["summary"]["articles"] == 3 and body["summary"]["claims"] == 24


# (article, claim, what `show --format json` explains for it)
READINGS = [
    ("saturday", "quake", 'when "11:11 pm (2211 GMT) Friday" → 2023-09-08'),
    ("saturday", "hit", 'when "late Friday" → 2023-09-08'),
    ("saturday", "second-shock", 'when "late on Friday" → 2023-09-08'),
    ("saturday", "killed-midday", "exactly 812 → [812, 812]"),
    ("saturday", "killed-afternoon", "exactly 1,305 → [1305, 1305]"),
    ("saturday", "killed-feared", "at most 3,000 → [0, 3000]"),
    ("saturday", "outdoors", 'when "last night" → 2023-09-08..2023-09-09'),
    ("saturday", "tents", 'when "in the early hours of Saturday" → 2023-09-09'),
    ("saturday", "field-hospital", 'when "early Saturday" → 2023-09-09'),
    ("saturday", "crisis-meeting", 'when "Saturday evening" (scheduled) → 2023-09-09'),
    ("saturday", "pulled-out", "exactly 40 → [40, 40]"),  # not 11: "11 pm" is a time
    ("saturday", "convoys", "exactly 3 → [3, 3]"),  # not 800: "0800 local time" is a time
    ("saturday", "fourth-convoy", 'when "23:11 on Saturday" → 2023-09-09'),
    ("sunday", "quake", "when \"Friday night's\" → 2023-09-08..2023-09-09"),
    ("sunday", "shaking", 'when "on the night of Friday" → 2023-09-08..2023-09-09'),
    ("sunday", "killed-saturday", 'as of "late Saturday" → 2023-09-09 (running total) (the end of that day'),
    ("sunday", "killed", "more than 2,000 → [2001, ∞)"),
    ("sunday", "injured", "at least 1,800 → [1800, ∞)"),
    ("sunday", "missing", "exactly 30 → [30, 30]"),
    ("sunday", "treated", "exactly 2,211 → [2211, 2211]"),
    ("monday", "killed-sunday", 'as of "as of September 10" → 2023-09-10 (running total) (the end of that day'),
    ("monday", "killed", "exactly 2,497 → [2497, 2497]"),
    ("monday", "search-began", 'when "late Friday night" → 2023-09-08..2023-09-09'),
    ("monday", "prisoners-moved", "at most 300 → [0, 300]"),
]


@pytest.mark.parametrize("article, claim, reading", READINGS, ids=[f"{a}-{c}" for a, c, _ in READINGS])
def test_show_reads_each_wording_as_the_spec_says(corpus, article, claim, reading):
    shown = _shown(corpus, article)
    assert reading in shown[claim]["explained"]


_SHOWN: dict = {}


def _shown(corpus: Path, article: str) -> dict:
    if article not in _SHOWN:
        run = crosscheck("show", str(corpus / "fixtures" / f"atlas-quake-{article}.toml"), "--format", "json")
        _SHOWN[article] = {c["id"]: c for c in json.loads(run.stdout)["claims"]}
    return _SHOWN[article]


# One slip each, made to the clean corpus: (edits as (file, text, replacement), the findings it must give)
SLIPS = [
    ("control", [("fixtures/atlas-quake-monday.toml", 'id = "killed"\ntype = "count"\nquote = "it has since gone up to 2,497"',
                   'id = "killed"\ntype = "count"\nquote = "it has since gone up to 2,497"\n#')],
     []),  # a comment changes nothing: the control
    ("key-typo", [("fixtures/atlas-quake-monday.toml", 'value = 2497\ncumulative = true\nkey = "morocco-quake-2023/killed"',
                   'value = 2497\ncumulative = true\nkey = "morocco-quake-2023/kiled"')],
     [("similar-key", "warning", "'morocco-quake-2023/kiled' is stated only here; did you mean "
                                 "'morocco-quake-2023/killed' (3 articles)?")]),
    ("end-of-day-drop", [("seeds/atlas-quake-monday.txt", "was 2,122", "was 1,522"),
                         ("fixtures/atlas-quake-monday.toml", "was 2,122", "was 1,522"),
                         ("fixtures/atlas-quake-monday.toml", "value = 2122", "value = 1522")],
     [("cumulative-decrease", "warning", "exactly 1,602 as of 2023-09-09 reported on 2023-09-10 per interior ministry"),
      ("cumulative-decrease", "warning", '[tool.crosscheck.sources] "Moroccan interior ministry" = ["interior ministry"]'),
      ("cumulative-decrease", "error", "more than 2,000 on 2023-09-10 (atlas-quake-sunday:killed"),
      ("cumulative-decrease", "error", "exactly 1,522 as of 2023-09-10 reported on 2023-09-11")]),
]


@pytest.mark.parametrize("name, edits, expected", SLIPS, ids=[f"{s[0]}-{len(s[2])}" for s in SLIPS])
def test_a_slip_in_the_wire_copy_is_caught(tmp_path, name, edits, expected):
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root)
    for relative, old, new in edits:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new), encoding="utf-8")
    body = json.loads(crosscheck("check", "--root", str(root), "--format", "json").stdout)
    found = sorted((f["rule"], f["severity"], f["message"]) for f in body["findings"])
    assert len(found) == len({e[:2] for e in expected}) or len(found) == len(expected), found
    for want_rule, want_severity, want in expected:  # every expected piece is in a finding of that rule and severity
        assert any((rule, severity) == (want_rule, want_severity) and want in message
                   for rule, severity, message in found), (want, found)
