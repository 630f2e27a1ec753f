"""The contract stays in step: docs/claims-format.md is the shared spec plus our own additions, and
the spec's qualifier wording table is all in the one data table the checker reads."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_every_wording_of_the_spec_is_in_the_checkers_table():
    spec = _spec_wording()
    assert set(spec) == set(WORDING_TABLE) | {"exact"}
    for qualifier, (before, after) in spec.items():
        if qualifier == "exact":
            continue
        ours_before, ours_after = map(set, WORDING_TABLE[qualifier])
        assert before <= ours_before, (qualifier, before - ours_before)
        assert after <= ours_after, (qualifier, after - ours_after)


def test_every_vague_amount_of_the_spec_is_read():
    amounts = DOC[DOC.index("A vague amount is its own interval"):DOC.index("Numbers are read as written")]
    spec = {m[0]: (int(m[1].replace(" ", "")), None if m[2] == "∞" else int(m[2].replace(" ", "")))
            for m in re.findall(r"([a-z][a-z ]*?) \[([\d ]+), ([\d ]+|∞)[\])]", amounts)}
    spec = {name.removeprefix("and ").strip(): bounds for name, bounds in spec.items()}
    assert spec == {name: (i.lo, i.hi) for name, i in VAGUE_AMOUNTS.items()}
