"""The pytest plugin, run as a newsroom runs it: `pytest` at the root of a corpus."""
import gc

import pytest
from test_loading import GOOD, HEADER

PRIOR = GOOD.replace("good-report", "prior-report").replace("2020-01-11", "2020-01-09").replace(
    'qualifier = "at_least"', 'qualifier = "at_least"\nkey = "strikes/killed"\ncumulative = true')
LATER = GOOD.replace('qualifier = "at_least"', 'qualifier = "at_least"\nkey = "strikes/killed"\ncumulative = true')


def _corpus(pytester, **fixtures):
    (pytester.path / "seeds").mkdir()
    (pytester.path / "fixtures").mkdir()
    for name, text in fixtures.items():
        (pytester.path / "fixtures" / f"{name}.toml").parent.mkdir(parents=True, exist_ok=True)
        (pytester.path / "fixtures" / f"{name}.toml").write_text(text)
    return pytester


def test_one_item_per_article_and_per_shared_key(pytester):
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR,
                         "bad-report": HEADER + '\n[[claim]]\nid = "k"\ntype = "count"\n'})
    result = pytester.runpytest("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines([
        "*fixtures/bad-report.toml::bad-report FAILED*",
        "*fixtures/good-report.toml::good-report PASSED*",
        "*fixtures/prior-report.toml::prior-report PASSED*",
        "*fixtures::strikes/killed PASSED*",
    ])
    # the failure is the finding as an editor reads it, not a Python traceback
    result.stdout.fnmatch_lines(["fixtures/bad-report.toml:8 schema claim[[]0]: 'measure' is required (claim 'k' is left out*"])
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*raise CrosscheckFailure*")


# every item where pytest itself would have located it (the plugin works the location out per folder)
SAME_LOCATION = """
def pytest_collection_modifyitems(items):
    for item in items:
        assert item.location == type(item).location.func(item), item.location
"""


@pytest.mark.parametrize("args, outcomes", [
    (["-k", "prior-report"], {"passed": 1, "deselected": 2}),
    (["-k", "prior-report.toml"], {"passed": 1, "deselected": 2}),  # its file's name, as under a File node
    (["-k", "2020"], {"passed": 1, "deselected": 2}),  # its folder's name
    (["fixtures/2020/prior-report.toml"], {"passed": 1}),
    (["fixtures/2020/prior-report.toml::prior-report"], {"passed": 1}),
    (["fixtures/2020"], {"passed": 1}),
    (["--deselect", "fixtures/2020/prior-report.toml::prior-report"], {"passed": 2, "deselected": 1}),
    (["--ignore", "fixtures/2020/prior-report.toml"], {"passed": 2}),
    (["--ignore-glob", "*/prior-*"], {"passed": 2}),
    (["--rootdir", "..", "--crosscheck-root", "."], {"passed": 3}),
])
def test_selecting_items(pytester, args, outcomes):
    _corpus(pytester, **{"good-report": LATER, "2020/prior-report": PRIOR})
    pytester.makeconftest(SAME_LOCATION)
    result = pytester.runpytest(*args, "-p", "no:cacheprovider")
    result.assert_outcomes(**outcomes)


def test_cross_report_error_fails_the_key_item(pytester):
    lower = LATER.replace("at least 20", "2").replace('value = 20\nqualifier = "at_least"', "value = 2")
    higher = PRIOR.replace("at least 20", "at least 200").replace("value = 20", "value = 200")
    _corpus(pytester, **{"good-report": lower, "prior-report": higher})
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*fixtures/good-report.toml:8 cumulative-decrease strikes/killed: at least 200 on "
                                 "2020-01-09*but exactly 2 on 2020-01-11*a running total cannot shrink"])


def test_corpus_is_loaded_once_per_session(pytester, monkeypatch):
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR})
    pytester.makeconftest("""
import crosscheck.checks.pytest_plugin as plugin
calls = []
real = plugin.check
def counting(*a, **k):
    calls.append(1)
    return real(*a, **k)
plugin.check = counting
def pytest_sessionfinish(session):
    print(f"\\nloads={len(calls)}")
""")
    result = pytester.runpytest("-s", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["loads=1"])
    assert gc.get_freeze_count() == 0  # the heap the plugin froze for its items is thawed after them


def test_items_call_the_hooks_of_their_folders_conftests_only(pytester):
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR})
    for folder in ("fixtures", "other"):
        (pytester.path / folder).mkdir(exist_ok=True)
        (pytester.path / folder / "conftest.py").write_text(
            f"def pytest_runtest_call(item):\n    print('{folder} conftest:', item.name)\n")
    (pytester.path / "other" / "test_app.py").write_text("def test_app():\n    pass\n")
    result = pytester.runpytest("-s", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*fixtures conftest: good-report*", "*other conftest: test_app*"])
    result.stdout.no_fnmatch_line("*other conftest: good-report*")


def test_other_tests_run_with_the_garbage_collector_as_usual(pytester):
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR})
    pytester.makepyfile(test_app="import gc\ndef test_app():\n    assert gc.get_freeze_count() == 0\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_pytest_fixtures_without_a_config_file_finds_the_corpus(pytester):
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR})
    result = pytester.runpytest("fixtures", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_fixtures_folder_without_seeds_is_not_a_corpus(pytester):
    (pytester.path / "fixtures").mkdir()
    (pytester.path / "fixtures" / "config.toml").write_text("[server]\nport = 8080\n")
    pytester.makepyfile(test_app="def test_app():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest("--crosscheck-root", ".", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)  # named explicitly, it is checked (and is no fixture)
