"""The contract stays in step: docs/claims-format.md is the shared spec plus our own additions, and
the spec's qualifier wording table is all in the one data table the checker reads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from datetime import date

from crosscheck.claims.dates import PARTS_OF_A_DAY, resolve
from crosscheck.claims.numbers import VAGUE_AMOUNTS
from crosscheck.claims.qualifiers import WORDING_TABLE

REPO = Path(__file__).resolve().parent.parent
DOC = (REPO / "docs" / "claims-format.md").read_text(encoding="utf-8")
SHARED = REPO.parent / "shared" / "spec" / "claims-format.md"
OURS = "\n## Additions and readings of this implementation"


@pytest.mark.skipif(not SHARED.is_file(), reason="the shared spec is not beside this checkout")
def test_docs_are_the_shared_spec_word_for_word_then_our_additions():
    assert OURS in DOC
    assert DOC[:DOC.index(OURS)].rstrip() == SHARED.read_text(encoding="utf-8").rstrip()


def _spec_wording() -> dict[str, tuple[set[str], set[str]]]:
    table = DOC[DOC.index("**Qualifier wording**"):DOC.index("`qualifier-mismatch` fires")]
    out = {}
    for row in re.findall(r"^\| `(\w+)` \|(.*)\|(.*)\|\s*$", table, re.MULTILINE):
        qualifier, before, after = row
        if qualifier == "exact":
            continue  # "none of the above"; the 1.2 row of verbs is read below

        def phrases(cell: str) -> set[str]:
            cell = re.sub(r"\([^)]*\)", "", cell.split(";", 1)[0] + "," + (cell.split(";", 1)[1].split(":", 1)[-1]
                                                                        if ";" in cell else ""))
            words = set()
            for part in cell.split(","):
                part = part.strip().strip('"').strip()
                if "/" in part:  # "passed/passes/passing", "rose/risen/climbed above"
                    head, _, tail = part.rpartition(" ") if " " in part else (part, "", "")
                    forms = head.split("/") if tail else part.split("/")
                    words |= {f"{f} {tail}".strip() for f in forms}
                elif part:
                    words.add(part)
            return words

        out[qualifier] = (phrases(before), phrases(after))
    return out


def _spec_exact_verbs() -> tuple[set[str], set[str]]:
    """The 1.2 row of verbs that report where a total stands: (its phrases, those that also allow at_most)."""
    table = DOC[DOC.index("**Qualifier wording**"):DOC.index("`qualifier-mismatch` fires")]
    cell = re.search(r"^\| `exact` \(\*\*1\.2\*\*\) \|(.*?)\|", table, re.MULTILINE).group(1)
    verbs, rest = cell.split(":", 1)[1].split(";", 1)
    phrases = set()
    for part in verbs.split(","):
        head, _, tail = part.strip().rpartition(" ") if "/" in part.strip().split(" ")[0] and " " in part.strip() \
            else (part.strip(), "", "")
        phrases |= {f"{form} {tail}".strip() for form in head.split("/")}
    placed = re.search(r'"([\w/]+) <[^>]*> ([\w/]+)"', rest)  # "brought/put <the toll, ...> to/at"
    phrases |= {f"{verb} … {end}" for verb in placed.group(1).split("/") for end in placed.group(2).split("/")}
    both = set(re.findall(r'"(\w+ up to)"', rest))  # "went up to" / "gone up to" allow exact or at_most
    return phrases | both, both


def test_every_wording_of_the_spec_is_in_the_checkers_table():
    spec = _spec_wording()
    assert set(spec) | {"exact"} == set(WORDING_TABLE)
    verbs, both = _spec_exact_verbs()
    assert {"rose to", "stood at", "reached", "brought … to", "put … at", "gone up to"} <= verbs  # the parse reads the row
    assert verbs <= set(WORDING_TABLE["exact"][0]), verbs - set(WORDING_TABLE["exact"][0])
    assert both <= set(WORDING_TABLE["at_most"][0]) and len(both) == 2
    for qualifier, (before, after) in spec.items():
        ours_before, ours_after = map(set, WORDING_TABLE[qualifier])
        assert before <= ours_before, (qualifier, before - ours_before)
        assert after <= ours_after, (qualifier, after - ours_after)


def test_every_vague_amount_of_the_spec_is_read():
    amounts = DOC[DOC.index("A vague amount is its own interval"):DOC.index("Numbers are read as written")]
    spec = {m[0]: (int(m[1].replace(" ", "")), None if m[2] == "∞" else int(m[2].replace(" ", "")))
            for m in re.findall(r"([a-z][a-z ]*?) \[([\d ]+), ([\d ]+|∞)[\])]", amounts)}
    spec = {name.removeprefix("and ").strip(): bounds for name, bounds in spec.items()}
    assert spec == {name: (i.lo, i.hi) for name, i in VAGUE_AMOUNTS.items()}


MOROCCO = date(2023, 9, 9)  # a Saturday: the spec's examples name the Friday before and that Saturday
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _date_row(starts: str) -> list[str]:
    table = DOC[DOC.index("## Date expressions"):DOC.index("## Rules")]
    row = next(line for line in table.splitlines() if line.startswith(f"| **1.2** {starts}"))
    return re.findall(r'"([^"]+)"', row.split(" | ")[0])


@pytest.mark.parametrize("starts, days, kind", [
    ("a part of a day", 1, "day"), ("a night", 2, "night"), ('"last night"', 2, None),
])
def test_every_part_of_a_day_and_night_of_the_spec_is_read(starts, days, kind):
    examples = _date_row(starts)
    assert examples, starts
    for example in examples:
        interval = resolve(example, MOROCCO)
        assert (interval.end - interval.start).days + 1 == days, (example, interval)
        if kind is None or re.search(r"\d|'s\b", example) or len(_WEEKDAY.findall(example)) != 1:
            continue
        before, after = (part.strip() for part in _WEEKDAY.split(example))
        if bool(before) != bool(after):  # the table's words on one side of the day ("late Friday", "Friday night")
            assert (before in PARTS_OF_A_DAY[kind][0]) if before else (after in PARTS_OF_A_DAY[kind][1]), example
