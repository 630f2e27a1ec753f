"""[tool.crosscheck] in the corpus's pyproject.toml changes readings; a bad setting stops the run (exit 2)."""
import json

import pytest

from conftest import crosscheck
from crosscheck.claims.settings import Settings, load_settings
from test_loading import GOOD

ABOUT = GOOD.replace("at least 20", "about 100").replace('value = 20\nqualifier = "at_least"',
                                                         'value = 100\nqualifier = "about"')


@pytest.mark.parametrize("settings,interval", [
    ("", {"lo": 90, "hi": 110}),
    ("[tool.crosscheck]\nabout_tolerance = 0.25\n", {"lo": 75, "hi": 125}),
])
def test_about_tolerance_is_a_setting(corpus_dir, settings, interval):
    root = corpus_dir({"good-report": ABOUT})
    (root / "pyproject.toml").write_text(settings)
    show = crosscheck("show", str(root / "fixtures/good-report.toml"), "--format", "json")
    assert json.loads(show.stdout)["claims"][0]["interval"] == interval


@pytest.mark.parametrize("settings,message", [
    ("[tool.crosscheck]\nabout_tolerance = 1.5\n", "about_tolerance must be a number in [0, 1)"),
    ("[tool.crosscheck]\nthirds = true\n", "unknown [tool.crosscheck] setting(s): thirds"),
    ("[tool.crosscheck]\nearly_ends = 20\nmid_ends = 10\n", "early_ends must be before mid_ends"),
    ("[tool.crosscheck]\nsources = [\"UN\"]\n",
     "tool.crosscheck.sources must be a table of group name = [names], not ['UN']"),
    ("[tool.crosscheck.sources]\nUN = \"OCHA\"\n",
     'tool.crosscheck.sources."UN" must be an array of names, not \'OCHA\''),
    ("[tool.crosscheck.sources]\nUN = [\"OCHA\", 3]\n",
     'tool.crosscheck.sources."UN": 3 is not a name (a non-blank string)'),
    ("[tool.crosscheck.sources]\nUN = [\"OCHA\", \"  \"]\n",
     'tool.crosscheck.sources."UN": \'  \' is not a name (a non-blank string)'),
    ("[tool.crosscheck.sources]\n\" \" = [\"OCHA\"]\n",
     'tool.crosscheck.sources." ": a group name must not be blank'),
    ("[tool.crosscheck.sources]\n\"Lebanese government\" = [\"OCHA\"]\nUN = [\"OCHA\"]\n",
     'pyproject.toml: tool.crosscheck.sources."UN": "OCHA" is already in group "Lebanese government"'),
    ("[tool.crosscheck.sources]\n\"Lebanese government\" = [\"OCHA\"]\nUN = [\"the  ocha\"]\n",
     'tool.crosscheck.sources."UN": "the  ocha" is already in group "Lebanese government" (as "OCHA")'),
    ("[tool.crosscheck.sources]\nUN = [\"OCHA\"]\n\"the UN\" = [\"United Nations\"]\n",
     'tool.crosscheck.sources."the UN": "the UN" is already in group "UN"'),
    ("[tool.crosscheck.sources]\nUN = [\"OCHA\"]\nOCHA = []\n",
     'tool.crosscheck.sources."OCHA": "OCHA" is already in group "UN"'),
    # disable: rule ids only
    ("[tool.crosscheck]\ndisable = [\"similar-keys\"]\n",
     "pyproject.toml: tool.crosscheck.disable: no rule 'similar-keys'; the rules are breakdown-exceeds-total"),
    ("[tool.crosscheck]\ndisable = \"similar-key\"\n",
     'tool.crosscheck.disable must be an array of rule ids ("similar-key", ...), not \'similar-key\''),
    ("[tool.crosscheck]\ndisable = [\"similar-key\", 3]\n", "tool.crosscheck.disable must be an array of rule ids"),
])
def test_a_bad_setting_stops_the_run(corpus_dir, settings, message):
    root = corpus_dir({"good-report": ABOUT})
    (root / "pyproject.toml").write_text(settings)
    run = crosscheck("check", "--root", str(root))
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
    assert run.stdout == ""  # nothing is checked under settings that were misread


def test_source_groups_read_into_comparable_settings(tmp_path):
    """Settings compare and hash by value (caches may key on them); a group's own name is a member."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.crosscheck.sources]\n"Lebanese government" = ["Lebanese health ministry"]\nUN = ["OCHA"]\n')
    first, second = load_settings(tmp_path), load_settings(tmp_path)
    assert first == second and hash(first) == hash(second) and first != Settings()
    groups = first.sources
    assert [groups.group_of(n) for n in ("the lebanese  Government", "Lebanese Health Ministry", "the UN", "WHO")] \
        == ["Lebanese government", "Lebanese government", "UN", None]


KILLED = """schema_version = 1

[article]
id = "{id}"
title = "Quake toll: {value} killed"
published = {published}

[[claim]]
id = "killed"
type = "count"
quote = "{value} killed"
measure = "killed"
value = {value}
cumulative = true
key = "{key}"
{accept}"""
TYPO = {
    "wire-a": KILLED.format(id="wire-a", value=2012, published="2023-09-10", key="quake/killed", accept=""),
    "wire-b": KILLED.format(id="wire-b", value=2100, published="2023-09-11", key="quake/killed", accept=""),
    # a typo in the key (similar-key), and a value its quote does not state (value-not-in-quote), accepted
    "wire-c": KILLED.format(id="wire-c", value=2200, published="2023-09-12", key="quake/kiled",
                            accept='\n[[accept]]\nrule = "value-not-in-quote"\nclaims = ["killed"]\nreason = "x"\n')
    .replace('quote = "2200 killed"', 'quote = "2200"').replace("value = 2200", "value = 2201"),
}


@pytest.mark.parametrize("disable, rules", [
    ("", ["similar-key"]),
    ('disable = ["similar-key"]', []),
    ('disable = ["similar-key", "value-not-in-quote"]', []),  # the accept of a rule turned off is not unused
    ('disable = ["value-not-in-quote"]', ["similar-key"]),
])
@pytest.mark.parametrize("cache", ["--no-cache", "cold-then-warm"])
def test_disable_turns_rules_off(corpus_dir, disable, rules, cache):
    root = corpus_dir(TYPO)
    (root / "pyproject.toml").write_text(f"[tool.crosscheck]\n{disable}\n")
    runs = [crosscheck("check", "--root", str(root), "--format", "json", *([cache] if cache == "--no-cache" else []))
            for _ in range(1 if cache == "--no-cache" else 2)]
    for run in runs:
        body = json.loads(run.stdout)
        open_rules = [f["rule"] for f in body["findings"] if not f["accepted"]]
        assert open_rules == rules, run.stdout
        accepted = [f["rule"] for f in body["findings"] if f["accepted"]]
        assert accepted == ([] if "value-not-in-quote" in disable else ["value-not-in-quote"])
