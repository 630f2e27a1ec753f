"""The real `crosscheck` command in a subprocess, on the seed corpus (tests/corpus/) and on broken ones."""
import json
import os
import subprocess
import sys

import pytest

from crosscheck.checks.rules import all_rules
from crosscheck.claims.schema import SCHEMA_PATH
from conftest import CORPUS, crosscheck, seed_corpus, write_corpus
from test_loading import GOOD, HEADER

SEED = "fixtures/syria-daily-2020-01-11.toml"


def test_check_on_the_seed_corpus_is_clean(seed_root):
    run = crosscheck("check", cwd=seed_root)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 articles, 25 claims: 0 errors, 0 warnings, 0 accepted" in run.stdout
    for article in ("syria-daily-2020-01-11", "syria-daily-2020-01-09", "syria-daily-2019-12-28"):
        assert article in run.stdout


def test_report_and_check_say_one_of_a_thing_as_one(tmp_path):
    """Counts of one read as one everywhere: "1 error", "1 claim", "All 1 article", not "1 errors"."""
    bad = GOOD.replace('qualifier = "at_least"\n', "")  # exact, quoted "at least"
    root = write_corpus(tmp_path, {"good-report": bad})
    for out in ("report", "one.html"):
        run = crosscheck("report", "--output", out, cwd=root)
        assert run.returncode == 1, run.stdout + run.stderr
        assert "1 article, 1 error, 0 warnings" in run.stdout, run.stdout
    run = crosscheck("check", cwd=root)
    assert "2020-01-11  1 claim  1 error" in run.stdout and "1 article, 1 claim: 1 error," in run.stdout, run.stdout
    index = (root / "report" / "index.html").read_text(encoding="utf-8")
    assert "All 1 article<" in index and "0 facts shared" in index


def test_check_json_follows_the_spec(seed_root):
    run = crosscheck("check", "--format", "json", cwd=seed_root)
    body = json.loads(run.stdout)
    assert body == {"schema_version": 1, "findings": [],
                    "summary": {"articles": 3, "claims": 25, "errors": 0, "warnings": 0, "accepted": 0}}


@pytest.mark.parametrize("reading", [
    'ceasefire             event     when "Sunday" (scheduled) → 2020-01-12',
    'when "On Wednesday" → 2020-01-08',
    'when "on Friday" → 2020-01-10',
    'when "last month" → 2019-12-01..2019-12-31',
    'when "since late April" → 2019-04-21..2019-04-30',
    'when "in early September" → 2019-09-01..2019-09-10',
    'when "in September 2018" → 2018-09-01..2018-09-30',
    "almost 1,200 → [1080, 1199]",
    "more than 600,000 → [600001, ∞)",
    "at least 20 → [20, ∞)",
    "six-month (6 months) extension from 2020-01-10 ending 2020-07-10",
    "vetoed by China, Russia in the UN Security Council",
])
def test_show_prints_what_the_checker_reads(seed_shown, reading):
    assert seed_shown.returncode == 0, seed_shown.stderr
    assert reading in seed_shown.stdout


@pytest.fixture(scope="module")
def seed_shown():
    """`crosscheck show` of the seed fixture, run once for the readings looked for in it."""
    return crosscheck("show", SEED, cwd=CORPUS)


def test_show_json_gives_intervals_as_data():
    claims = {c["id"]: c for c in json.loads(crosscheck("show", SEED, "--format", "json", cwd=CORPUS).stdout)["claims"]}
    assert claims["civilians-killed"]["interval"] == {"lo": 1080, "hi": 1199}
    assert claims["displaced"]["interval"] == {"lo": 600001, "hi": None}
    assert claims["aid-extension"]["ends"] == {"start": "2020-07-10", "end": "2020-07-10"}
    assert claims["ceasefire"]["day"] == {"start": "2020-01-12", "end": "2020-01-12"}


def test_rules_lists_every_rule_with_its_doc():
    out = crosscheck("rules").stdout
    for rule in all_rules():
        assert f"{rule.id}  (" in out and rule.summary() in out


def test_rules_of_one_id_prints_that_rule_and_every_date_form():
    run = crosscheck("rules", "date-unresolvable")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("date-unresolvable  (error, article)") and "cumulative-decrease" not in run.stdout
    for form in ("'late Friday night'", "'in the early hours of Friday'", "'Friday at 11:11 pm'", "'last night'",
                 "'as of September 10'", "'the first quarter of 2022'", "'within three days'"):
        assert form in run.stdout


def test_schema_prints_the_committed_schema():
    assert json.loads(crosscheck("schema").stdout) == json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [("check", "--root", "no-such-dir"), ("check", "--format", "yaml"),
                                  ("show", "no-such.toml"), ("frobnicate",), ("rules", "no-such-rule")],
                         ids=lambda a: "-".join(a))
def test_a_run_that_cannot_be_done_exits_2(args):
    run = crosscheck(*args)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_to_a_full_disk_is_said_and_exits_2(seed_root, fmt):
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "crosscheck.checks.cli", "check", "--root", str(seed_root),
                              "--format", fmt], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip() == "crosscheck: cannot write to standard output: no space left on device"


def test_broken_fixtures_are_findings_and_hide_nothing(corpus_dir):
    root = corpus_dir({
        "a-malformed": HEADER.replace("bad-report", "a-malformed") + "[[claim]\n",
        "b-schema": HEADER.replace("bad-report", "b-schema") + '\n[[claim]]\nid = "k"\ntype = "count"\n',
        "c-outside": HEADER.replace("bad-report", "c-outside") + 'text = "../../etc/passwd"\n',
        "good-report": GOOD.replace('qualifier = "at_least"', 'qualifier = "more_than"'),  # a real finding
    })
    run = crosscheck("check", "--root", str(root), "--format", "json")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    found = {(f["file"], f["line"], f["rule"]) for f in json.loads(run.stdout)["findings"]}
    assert ("fixtures/a-malformed.toml", 7, "schema") in found
    assert ("fixtures/b-schema.toml", 8, "schema") in found
    assert ("fixtures/c-outside.toml", 7, "schema") in found
    assert ("fixtures/good-report.toml", 14, "qualifier-mismatch") in found
    text = crosscheck("check", "--root", str(root)).stdout
    assert "fixtures/c-outside.toml:7 error schema article.text: text '../../etc/passwd' is outside seeds/" in text


def test_github_annotations_put_each_open_finding_on_its_line(corpus_dir):
    root = corpus_dir({"good-report": GOOD.replace('qualifier = "at_least"', 'qualifier = "more_than"') +
                       '\n[[accept]]\nrule = "quote-not-found"\nclaims = ["killed"]\nreason = "stale"\n'})
    run = crosscheck("check", "--root", str(root), "--format", "github")
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "::error file=fixtures/good-report.toml,line=14,title=qualifier-mismatch::the quote says 'at least 20' but "
        'qualifier = "more_than"; that wording means qualifier = "at_least"',
        "::warning file=fixtures/good-report.toml,line=16,title=unused-accept::[[accept]] of quote-not-found for "
        "killed matches no finding: remove it, or name the rule and claims of the finding it is for",
    ]


def test_strict_fails_on_warnings_and_output_goes_to_the_file(corpus_dir, tmp_path):
    root = corpus_dir({"good-report": GOOD + '\n[[accept]]\nrule = "quote-not-found"\nclaims = ["killed"]\n'
                                              'reason = "stale"\n'})
    assert crosscheck("check", "--root", str(root)).returncode == 0
    out = tmp_path / "out" / "findings.json"
    run = crosscheck("check", "--root", str(root), "--strict", "--format", "json", "--output", str(out))
    assert (run.returncode, run.stdout) == (1, "")
    [finding] = json.loads(out.read_text())["findings"]
    assert (finding["rule"], finding["severity"], finding["line"]) == ("unused-accept", "warning", 16)


def _seed_copy(tmp_path):
    return seed_corpus(tmp_path)


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_changed_weekday_contradicts_the_prior_report(tmp_path, pytester):
    root = _seed_copy(tmp_path)
    _edit(root / "seeds/syria-daily-2020-01-11.txt", "On Wednesday, Russian", "On Tuesday, Russian")
    _edit(root / SEED, "On Wednesday", "On Tuesday")
    run = crosscheck("check", "--root", str(root))
    assert run.returncode == 1
    [line] = [ln for ln in run.stdout.splitlines() if "cross-report-conflict" in ln]
    assert "fixtures/syria-daily-2020-01-11.toml:198 error" in line
    assert "dated 2020-01-08 by the report of 2020-01-09 (syria-daily-2020-01-09:maarat-pounded, " \
           "fixtures/syria-daily-2020-01-09.toml:11)" in line
    assert "dated 2020-01-07 by the report of 2020-01-11" in line
    tests = pytester.runpytest_subprocess("--rootdir", str(root), str(root / "fixtures"), "-p", "no:cacheprovider")
    tests.assert_outcomes(passed=4, failed=1)
    tests.stdout.fnmatch_lines(["*fixtures/syria-daily-2020-01-11.toml:198 cross-report-conflict*"])


@pytest.mark.parametrize("source,severity,exit_code", [(None, "error", 1), ("UN", "error", 1),
                                                       ("SOHR", "warning", 0)])
def test_almost_235000_contradicts_the_un_figure(tmp_path, source, severity, exit_code):
    root = _seed_copy(tmp_path)
    for path in (root / "seeds/syria-daily-2020-01-11.txt", root / SEED):  # the text and both quotes of it
        _edit(path, "more than 235,000 people", "almost 235,000 people")
    _edit(root / SEED, 'value = 235000\nqualifier = "more_than"',
          'value = 235000\nqualifier = "almost"' + (f'\nsource = "{source}"' if source else ""))
    run = crosscheck("check", "--root", str(root), "--format", "json")
    [finding] = json.loads(run.stdout)["findings"]
    assert (finding["rule"], finding["severity"], run.returncode) == ("cross-report-conflict", severity, exit_code)
    assert finding["claims"] == ["syria-daily-2020-01-11:fled-december", "syria-daily-2019-12-28:fled-december"]
    assert "at least 235,000 on 2019-12-28 per UN" in finding["message"]
    assert "almost 235,000 on 2020-01-11" in finding["message"]


QUAKE_SEED = """The earthquake struck late Friday. The death toll as of September 10 was 2,000, the interior ministry said,
among them 300 children, and 1,200 of the dead were in Al Haouz. Rescuers reached Talat N'Yaaqoub a day later.
The king declared national mourning. Officials counted 2,059 injured."""
QUAKE_FIXTURE = """schema_version = 1

[article]
id = "atlas-quake"
title = "Quake in the High Atlas"
published = 2023-09-11

[[claim]]
id = "quake"
type = "event"
quote = "The earthquake struck late Friday"
what = "the earthquake strikes"
when = "late Friday"
key = "morocco-quake-2023/struck"

[[claim]]
id = "killed"
type = "count"
quote = "The death toll as of September 10 was 2,000"
measure = "killed"
value = 2000
cumulative = true
as_of = "as of September 10"
event = "quake"
key = "morocco-quake-2023/killed"
source = "interior  ministry"

[[claim]]
id = "children"
type = "count"
quote = "among them 300 children"
measure = "killed"
value = 300
subset_of = "killed"

[[claim]]
id = "al-haouz"
type = "count"
quote = "1,200 of the dead were in Al Haouz"
measure = "killed"
value = 1200
part_of = "killed"

[[claim]]
id = "reached"
type = "event"
quote = "Rescuers reached Talat N'Yaaqoub a day later"
what = "rescuers reach Talat N'Yaaqoub"
when = "a day later"
relative_to = "quake"

[[claim]]
id = "mourning"
type = "event"
quote = "The king declared national mourning"
what = "national mourning is declared"
when = 2023-09-10

[[claim]]
id = "injured"
type = "count"
quote = "Officials counted 2,059 injured"
measure = "injured"
value = 2059
as_of = 2023-09-10
"""


@pytest.fixture(scope="module")
def quake_shown(tmp_path_factory):
    """`crosscheck show` of the quake fixture, as text and as JSON, run once for the readings looked for."""
    root = write_corpus(tmp_path_factory.mktemp("quake"), {"atlas-quake": QUAKE_FIXTURE}, {"atlas-quake": QUAKE_SEED})
    fixture = str(root / "fixtures/atlas-quake.toml")
    return crosscheck("show", fixture), crosscheck("show", fixture, "--format", "json")


@pytest.mark.parametrize("reading", [
    'when "late Friday" → 2023-09-08; key morocco-quake-2023/struck',
    'as of "as of September 10" → 2023-09-10 (running total) (the end of that day: reported on a later one); '
    "key morocco-quake-2023/killed; source 'interior ministry'; event quake",
    "exactly 300 → [300, 300]; subset_of killed",
    "exactly 1,200 → [1200, 1200]; part_of killed",
    "when \"a day later\" (1 day after 'quake') → 2023-09-09; relative_to quake",
    # a TOML date is read as itself: no arrow pointing from a date to the same date
    "mourning  event     when 2023-09-10\n",
    "exactly 2,059 → [2059, 2059]; as of 2023-09-10 (the end of that day",
])
def test_show_prints_every_key_the_rules_use(quake_shown, reading):
    run, shown_json = quake_shown
    assert run.returncode == 0, run.stderr
    assert reading in run.stdout
    claims = {c["id"]: c for c in json.loads(shown_json.stdout)["claims"]}
    assert claims["killed"]["key"] == "morocco-quake-2023/killed" and claims["killed"]["event"] == "quake"
    assert claims["killed"]["as_of"] == {"start": "2023-09-10", "end": "2023-09-10"}
    assert claims["reached"]["relative_to"] == "quake" and claims["children"]["subset_of"] == "killed"
