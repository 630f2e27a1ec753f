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
