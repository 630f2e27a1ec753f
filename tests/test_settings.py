"""[tool.crosscheck] in the corpus's pyproject.toml changes readings; a bad setting stops the run (exit 2)."""
import json

import pytest

from conftest import crosscheck
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
])
def test_a_bad_setting_stops_the_run(corpus_dir, settings, message):
    root = corpus_dir({"good-report": ABOUT})
    (root / "pyproject.toml").write_text(settings)
    run = crosscheck("check", "--root", str(root))
    assert run.returncode == 2 and message in run.stderr and "Traceback" not in run.stderr
