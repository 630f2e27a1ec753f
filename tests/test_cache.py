"""The cache never changes a result: the JSON report of a cold run, a warm run and a `--no-cache`
run is byte-identical, after every kind of change to the corpus, the settings or the tool.

The real command runs in a subprocess. A small runner lets a test pretend to be another tool
version (a different version key) or force the process pool on a small corpus.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from crosscheck.checks.cache import BUCKETS, CACHE_DIR, DELTA, FOLDER_MARK, GROUPS, SNAPSHOT, Cache
from crosscheck.checks.facts import Facts, packed, packed_bytes, stored_facts, unpacked
from crosscheck.checks.snapshot import EMPTY
from conftest import REPO, seed_corpus
from test_same_result import _bench

GROUP_FILES = [f"{GROUPS}{b}" for b in range(BUCKETS)]

RUNNER = """
import sys
import crosscheck.checks.cache as cache, crosscheck.checks.records as records
import crosscheck.checks.snapshot as snapshot
tool, parallel_from, snapshot.DELTA_MAX = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if tool:
    cache.tool_key = lambda: tool
if parallel_from:
    records.PARALLEL_FROM = parallel_from
from crosscheck.checks.cli import main
sys.exit(main(sys.argv[4:]))
"""

# A fourth article reading the others: a link to a missing article, a conflicting count under a
# shared key, and an [[accept]] naming a claim of another article.
LATER = """schema_version = 1

[article]
id = "syria-daily-2020-01-12"
title = "Syria Daily: 200,000 Fled Ma’arat al-Num’an in December"
published = 2020-01-12
links = ["syria-daily-2020-01-11", "syria-daily-2020-01-10"]

[[claim]]
id = "fled-december"
type = "count"
quote = "200,000 Fled Ma’arat al-Num’an in December"
measure = "fled"
value = 200000
key = "idlib-offensive-2019/fled-maarat-al-numan-december"

[[accept]]
rule = "cross-report-conflict"
claims = ["fled-december", "syria-daily-2019-12-28:fled-december"]
reason = "the UN revised its figure"
"""


def run(root: Path, *args: str, tool: str = "", parallel_from: int = 0, delta_max: int = 50) -> bytes:
    done = subprocess.run([sys.executable, "-c", RUNNER, tool, str(parallel_from), str(delta_max), "check", "--root", str(root),
                           "--format", "json", *args], capture_output=True, timeout=120,
                          cwd=REPO / "tests", env={**os.environ, "COLUMNS": "200"})
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def same_ways(root: Path, warm: bool = False) -> bytes:
    """The report with the cache as it is (cold, or partly stale after a change), bypassed, and warm."""
    first, bypassed = run(root), run(root, "--no-cache")
    assert first == bypassed
    if warm:
        assert run(root) == first
    return first


def test_cold_warm_and_no_cache_reports_are_identical_through_every_change(tmp_path):
    root = tmp_path / "corpus"
    seed_corpus(root)
    (root / "fixtures" / "syria-daily-2020-01-12.toml").write_text(LATER, encoding="utf-8")
    (root / "pyproject.toml").write_text("[tool.crosscheck]\nabout_tolerance = 0.1\n", encoding="utf-8")

    reports = [same_ways(root, warm=True)]  # cold: no cache yet
    assert (root / CACHE_DIR / ".gitignore").read_text().strip().endswith("*")
    assert (root / CACHE_DIR / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert b"link-missing" in reports[0] and b"cross-report-conflict" in reports[0]

    edited = root / "fixtures" / "syria-daily-2019-12-28.toml"  # a fixture read by the others' rules
    edited.write_text(edited.read_text(encoding="utf-8").replace("value = 235000", "value = 250000"), encoding="utf-8")
    reports.append(same_ways(root))
    text = root / "seeds" / "syria-daily-2020-01-11.txt"  # an article text alone
    text.write_text(text.read_text(encoding="utf-8").replace("Idlib", "Idleb", 1), encoding="utf-8")
    reports.append(same_ways(root))
    (root / "fixtures" / "syria-daily-2020-01-11.toml").unlink()  # deleted: linked and referred to
    reports.append(same_ways(root))
    (root / "fixtures" / "2020").mkdir()  # renamed into a sub-folder
    (root / "fixtures" / "syria-daily-2020-01-09.toml").rename(root / "fixtures" / "2020" / "syria-daily-2020-01-09.toml")
    reports.append(same_ways(root))
    twin = root / "fixtures" / "2020" / "a-twin.toml"  # the same article id, earlier in path order: it wins
    twin.write_text((root / "fixtures" / "syria-daily-2019-12-28.toml").read_text(encoding="utf-8")
                    .replace("value = 250000", "value = 260000"), encoding="utf-8")
    reports.append(same_ways(root))
    twin.unlink()  # and gone again: the fixture it displaced is checked again, unchanged since
    reports.append(same_ways(root, warm=True))
    assert reports[-1] == reports[-3]
    folder = next(p for p in (root / CACHE_DIR).iterdir() if p.is_dir())
    for name in GROUP_FILES:  # the key groups' claims lost, the snapshot intact
        groups = folder / Cache(root)._entry_path(name).name
        if groups.exists():
            groups.write_bytes(groups.read_bytes()[:-10])
    later = root / "fixtures" / "syria-daily-2020-01-12.toml"
    later.write_text(later.read_text(encoding="utf-8").replace("value = 200000", "value = 210000"), encoding="utf-8")
    reports.append(same_ways(root, warm=True))
    later.write_text(later.read_text(encoding="utf-8").replace("value = 210000", "value = 220000"), encoding="utf-8")
    written = run(root, delta_max=0)  # a new snapshot: the delta on file is left naming the old one
    later.write_text(later.read_text(encoding="utf-8").replace("value = 220000", "value = 210000"), encoding="utf-8")
    assert written != reports[-1] and same_ways(root, warm=True) == reports[-1]
    (root / "pyproject.toml").write_text("[tool.crosscheck]\nabout_tolerance = 0.3\n", encoding="utf-8")
    reports.append(same_ways(root))
    assert reports[1] != reports[0] and reports[3] != reports[2]  # the edit and the deletion show
    for other in ("text", "markdown", "sarif"):  # the warm path's light articles name files as the corpus does
        assert run(root, "--format", other) == run(root, "--format", other, "--no-cache"), other
    assert len([p for p in (root / CACHE_DIR).iterdir() if p.is_dir()]) == 1  # the old settings' entries are gone


def test_a_corrupt_truncated_or_foreign_entry_is_never_trusted(tmp_path):
    root = tmp_path / "corpus"
    seed_corpus(root)
    truth = run(root, "--no-cache", tool="old")
    assert run(root, tool="old") == truth
    # a check writes no per-fixture record: the first run that reads the whole corpus does (HTML report)
    assert run(root, "--format", "html", "--output", str(tmp_path / "r0.html"), tool="old") == b""
    folder = next(p for p in (root / CACHE_DIR).iterdir() if p.is_dir())
    entries = sorted(folder.iterdir())
    # one per fixture, the snapshot of the whole corpus and its key groups' claims (and perhaps the facts
    # changed since the snapshot: files copied less than a second ago are hashed again and noted there)
    special = {Cache(root)._entry_path(name).name for name in (SNAPSHOT, DELTA, *GROUP_FILES)} | {FOLDER_MARK}
    assert len([p for p in entries if p.name not in special]) == 3
    assert Cache(root)._entry_path(SNAPSHOT).name in {p.name for p in entries}

    # Poison every entry with a well-formed one whose findings are made up, under the old tool's key.
    import crosscheck.checks.cache as cache

    real_key = cache.tool_key
    cache.tool_key = lambda: "old"
    try:
        old = Cache(root)
        for name in ("fixtures/syria-daily-2019-12-28.toml", "fixtures/syria-daily-2020-01-09.toml",
                     "fixtures/syria-daily-2020-01-11.toml"):
            entry = old.read(name)
            assert entry is not None
            entry.record.problems.append(_problem(name))
            old.write(name, entry)
        for name in (SNAPSHOT, DELTA):  # what a warm run reads: the facts of every fixture, of the changed ones
            snapshot = old.read(name)
            if snapshot:
                every = unpacked(snapshot["facts"])
                for facts in every.values():
                    facts.schema += (_made_up(facts.file),)
                old.write(name, {**snapshot, "facts": packed(every)})
    finally:
        cache.tool_key = real_key
    poisoned = run(root, tool="old")
    assert poisoned != truth  # the same key trusts its entries: the check below is not vacuous
    assert run(root, tool="new") == truth  # an upgrade ignores them
    assert not (folder).exists()  # and removes them
    assert run(root, "--format", "html", "--output", str(tmp_path / "r1.html"), tool="new") == b""

    folder = next(p for p in (root / CACHE_DIR).iterdir() if p.is_dir())
    snapshot = folder / Cache(root)._entry_path(SNAPSHOT).name
    for damage in ("truncated", "flipped", "foreign"):
        first, second, third = [p for p in sorted(folder.iterdir()) if p.name not in special]
        first.write_bytes(first.read_bytes()[:40])  # truncated
        data = bytearray(second.read_bytes())
        data[-5] ^= 0xFF  # one flipped bit in the payload: the checksum no longer matches
        second.write_bytes(bytes(data))
        third.write_bytes(b"not a cache entry at all")  # foreign
        if damage == "truncated":
            snapshot.write_bytes(snapshot.read_bytes()[:60])
        elif damage == "flipped":
            data = bytearray(snapshot.read_bytes())
            data[len(data) // 2] ^= 0x01
            snapshot.write_bytes(bytes(data))
        else:
            snapshot.write_bytes(b"crosscheck-cache 1\n" + b"\0" * 40 + b"not a snapshot")
        for groups in [p for p in folder.iterdir() if p.name in special and p != snapshot and p.name != FOLDER_MARK]:
            groups.write_bytes(groups.read_bytes()[:-1])
        assert run(root, tool="new") == truth, damage
        assert run(root, "--format", "html", "--output", str(tmp_path / "r.html"), tool="new") == b""
        assert run(root, tool="new") == truth, damage  # the HTML report read back the fixtures' entries
    cache.tool_key = lambda: "new"
    try:  # and rebuilt: every entry reads back
        assert all(Cache(root).read(f"fixtures/{p.name}") for p in (root / "fixtures").iterdir())
        assert Cache(root).read(SNAPSHOT)["version"] == EMPTY["version"]
    finally:
        cache.tool_key = real_key


def _made_up(file):
    from crosscheck.checks.finding import Finding, Severity

    return Finding("schema", Severity.ERROR, "made-up", (), "made up by the test", file, 1)


def _problem(name):
    from crosscheck.claims.loader import Problem

    return Problem(name, 1, "", "made up by the test")


def test_jobs_2_equals_jobs_1(tmp_path):
    root = tmp_path / "corpus"
    seed_corpus(root)
    (root / "fixtures" / "syria-daily-2020-01-12.toml").write_text(LATER, encoding="utf-8")
    one = run(root, "--no-cache", "--jobs", "1")
    assert run(root, "--jobs", "2", parallel_from=1) == one  # cold, the pool writing the entries
    assert run(root, "--no-cache", "--jobs", "2", parallel_from=1) == one


# Edits of the members of one big shared group (the bench's running siege toll, stated by every fifth
# article): each step's warm report must equal --no-cache's. A step that keeps what the rules compare
# (a source respelled, a line moved) re-makes only the findings naming the edited member
# (key_groups._remade), the others compare the whole group again; a step that keeps what the rules
# across articles read of it re-runs those rules on that article only (snapshot._cross).
SIEGE = 'key = "ghouta-siege/killed"'
SOURCE = 'source = "Syrian American Medical Society"'
GROUP_EDITS = [  # (what, which member in path order, how, with what, whether the report changes)
    ("a member's total far above the later ones: findings name it as the earlier claim",
     1, "value", 990000, True),
    ("its source respelled: the same pairs, their messages name 'the' source", 1, "replace",
     (SOURCE, 'source = "the Syrian American Medical Society"'), True),
    ("a later member's total far below: findings name it as the later claim", -2, "value", 3, True),
    ("that one's source respelled", -2, "replace", (SOURCE, 'source = "syrian american medical society"'), True),
    ("a comment above its claims: every finding naming it moves down a line", -2, "replace",
     ("[[claim]]", "# moved\n[[claim]]"), True),
    ("the first member's source respelled: no finding names it", 0, "replace",
     (SOURCE, 'source = "The Syrian American Medical Society"'), False),
    ("the high total back to an ordinary one", 1, "value", 2000, True),
    ("a member links to an article not in the corpus: a finding across articles", 3, "replace",
     ("links = [", 'links = ["bench-missing", '), True),
    ("a comment on top of that one: its finding across articles moves down a line, the others' stay", 3,
     "replace", ("schema_version = 1", "# moved\nschema_version = 1"), True),
    ("a new member", -1, "copy", "bench-new", True),
    ("a member removed", 2, "remove", None, True),
]


def _siege_member(root: Path, index: int, action: str, arg) -> None:
    members = sorted(p for p in (root / "fixtures").rglob("*.toml") if SIEGE in p.read_text(encoding="utf-8"))
    path = members[index]
    text = path.read_text(encoding="utf-8")
    if action == "value":  # the siege claim's value (exact) and its quote's figure
        head, claim = text.split('id = "siege-killed"')
        claim, rest = claim.split("\n[[", 1) if "\n[[" in claim else (claim, None)
        claim = re.sub(r'\nqualifier = "[a-z_]+"', "", claim)
        value = re.search(r"\nvalue = (\d+)", claim).group(1)
        quote = re.search(r'\nquote = "[^"]*?([\d,]+) people"', claim).group(1)
        claim = claim.replace(f"\nvalue = {value}", f"\nvalue = {arg}").replace(f"{quote} people", f"{arg:,} people")
        path.write_text(head + 'id = "siege-killed"' + claim + ("" if rest is None else "\n[[" + rest), encoding="utf-8")
    elif action == "replace":
        old, new = arg
        assert old in text
        path.write_text(text.replace(old, new, 1) if old == "[[claim]]" else text.replace(old, new), encoding="utf-8")
    elif action == "copy":
        article_id = re.search(r'\nid = "([^"]+)"', text).group(1)
        (path.parent / f"{arg}.toml").write_text(text.replace(f'id = "{article_id}"', f'id = "{arg}"', 1), encoding="utf-8")
    else:
        path.unlink()


def test_edits_of_a_big_shared_group_give_what_a_full_compare_gives(tmp_path):
    root = tmp_path / "corpus"
    _bench().generate(100, root)  # 20 members under the siege's key
    reports = [same_ways(root, warm=True)]
    for what, index, action, arg, shows in GROUP_EDITS:
        _siege_member(root, index, action, arg)
        reports.append(same_ways(root, warm=True))
        assert (reports[-1] != reports[-2]) == shows, what
    assert b"ghouta-siege/killed: " in reports[1] and b"per the Syrian American" in reports[2]


def test_the_snapshot_keeps_the_facts_as_the_workers_packed_them_unless_a_line_was_read_into_them_since():
    made = {n: Facts(n, None, b"h", None, None, b"", n, n[0], True, 1, ()) for n in ("a.toml", "b.toml", "c.toml")}
    first, second = packed_bytes({"a.toml": made["a.toml"]}), packed_bytes({"b.toml": made["b.toml"]})
    packs = [(["a.toml"], first, 0), (["b.toml"], second, 0)]  # c.toml: made in this process
    made["b.toml"].lines[("claims", 0, "quote")] = 7  # read for a finding after it was sent
    parts = stored_facts(made, packs)
    assert parts[0] is first and len(parts) == 2  # the stale part is packed again here, with c.toml
    assert unpacked(parts) == made and unpacked(parts)["b.toml"].lines == {("claims", 0, "quote"): 7}
