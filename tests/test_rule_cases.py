"""Data-driven rule cases: tests/cases/<rule-id>.toml, one file per rule, each a list of small corpora.

Every case writes its articles (``[case.seeds]``, ``[case.fixtures]``, optional ``[case.files]``) into a
fresh corpus, loads it and runs every rule, then compares *all* findings, in the engine's order (file,
line, rule), with ``expect``. An entry of ``expect`` names the keys it checks: ``message`` must occur in
the finding's message, every other key (``rule``, ``severity``, ``file``, ``line``, ``claims``,
``accepted``, ``reason``, ``key``, ``article``) must equal the finding's field. ``expect = []`` means no
finding at all. On a mismatch the test prints the actual findings as ``expect`` entries.

Case file format (TOML 1.0: an inline table stays on one line)::

    rule = "breakdown-exceeds-total"

    [[case]]
    name = "parts-exceed-exact-total"     # test id: "<rule>-<name>"
    note = "why this case"                # optional
    expect = [
      { rule = "breakdown-exceeds-total", severity = "error", file = "fixtures/a-report.toml", line = 8, claims = ["a-report:killed", "a-report:killed-a"], accepted = false, message = "parts 7 + 4 + 9" },
    ]

    [case.seeds]                          # article id -> seeds/<id>.txt
    [case.fixtures]                       # article id (or sub/folder/id) -> fixtures/<id>.toml
    [case.files]                          # optional: any other file, by path relative to the corpus root

Line numbers count from the first line of a fixture string (TOML drops the newline after the opening
triple quote). The corpus root is ``tmp_path/corpus``, so ``[case.files]`` may hold "../secret.txt" to
prove that a fixture cannot read outside seeds/.
"""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from crosscheck.checks.engine import run
from crosscheck.checks.finding import Finding
from crosscheck.checks.rules import all_rules
from crosscheck.claims.corpus import load_corpus

import tomli

CASES = Path(__file__).parent / "cases"
FINDING_KEYS = {f.name for f in fields(Finding)}
CASE_KEYS = {"name", "expect", "seeds", "fixtures", "files", "note"}
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _case_files() -> dict[Path, dict]:
    out = {}
    for path in sorted(CASES.glob("*.toml")):
        try:
            out[path] = tomli.loads(path.read_text(encoding="utf-8"))
        except tomli.TOMLDecodeError as err:
            raise ValueError(f"{path}: not valid TOML: {err}") from err
    return out


CASE_FILES = _case_files()


def _params():
    out = []
    for path, data in CASE_FILES.items():
        for case in data.get("case", []):
            out.append(pytest.param(path, case, id=f"{data.get('rule')}-{case.get('name')}"))
    return out


def write_case(root: Path, case: dict) -> Path:
    """The case's corpus on disk under ``root/corpus`` (``[case.files]`` may reach ``root`` itself, not beyond)."""
    corpus = root / "corpus"
    (corpus / "fixtures").mkdir(parents=True)
    (corpus / "seeds").mkdir()
    files = {f"fixtures/{name}.toml": text for name, text in case.get("fixtures", {}).items()}
    files |= {f"seeds/{name}.txt": text for name, text in case.get("seeds", {}).items()}
    files |= case.get("files", {})
    for relative, text in files.items():
        path = corpus / relative
        assert path.resolve().is_relative_to(root.resolve()), f"case file {relative!r} leaves the test folder"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return corpus


def findings_of(root: Path, case: dict) -> list[Finding]:
    return list(run(load_corpus(write_case(root, case))).findings)


def _show(finding: Finding) -> str:
    """One finding as a TOML inline table, ready to paste into `expect`."""
    d = finding.to_dict()
    parts = [f"{k} = {_toml(d[k])}" for k in ("rule", "severity", "file", "line", "claims", "accepted")]
    parts += [f"{k} = {_toml(d[k])}" for k in ("reason", "key") if d.get(k) is not None]
    return "  { " + ", ".join(parts) + f", message = {_toml(d['message'])} }},"


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _value(finding: Finding, key: str):
    value = getattr(finding, key)
    if key == "severity":
        return value.value
    if key == "claims":
        return list(value)
    return value


def mismatches(actual: list[Finding], expected: list[dict]) -> list[str]:
    problems = []
    if len(actual) != len(expected):
        problems.append(f"expected {len(expected)} finding(s), got {len(actual)}")
    for index, (finding, want) in enumerate(zip(actual, expected)):
        for key, wanted in want.items():
            got = _value(finding, key)
            if key == "message":
                if wanted not in got:
                    problems.append(f"finding {index}: message does not contain {wanted!r}")
            elif got != wanted:
                problems.append(f"finding {index}: {key} is {got!r}, expected {wanted!r}")
    return problems


@pytest.mark.parametrize(("path", "case"), _params())
def test_rule_case(path: Path, case: dict, tmp_path: Path):
    unknown = set(case) - CASE_KEYS
    assert not unknown, f"{path.name}: case {case.get('name')!r} has unknown key(s) {sorted(unknown)}"
    assert "expect" in case, f"{path.name}: case {case.get('name')!r} has no `expect`"
    for want in case["expect"]:
        assert set(want) <= FINDING_KEYS, f"unknown expect key(s) {sorted(set(want) - FINDING_KEYS)}"
        assert "rule" in want, "every expected finding names its rule"

    actual = findings_of(tmp_path, case)
    problems = mismatches(actual, case["expect"])
    if problems:
        shown = "\n".join(_show(f) for f in actual) or "  (none)"
        pytest.fail(
            f"{path.name} case {case['name']!r}:\n  " + "\n  ".join(problems) + f"\nactual findings:\n{shown}",
            pytrace=False,
        )


def test_case_files_are_well_formed():
    """One file per rule, named after it; case names are unique slugs."""
    registered = {rule.id for rule in all_rules()}
    for path, data in CASE_FILES.items():
        assert data.get("rule") == path.stem, f"{path.name}: rule = {data.get('rule')!r}, expected {path.stem!r}"
        assert path.stem in registered, f"{path.name}: no rule '{path.stem}' is registered"
        names = [case.get("name") for case in data.get("case", [])]
        assert all(isinstance(n, str) and SLUG.match(n) for n in names), f"{path.name}: case names must be slugs"
        assert len(names) == len(set(names)), f"{path.name}: duplicate case names"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.id)
def test_rule_is_complete(rule, tmp_path: Path):
    """Every registered rule: id, summary, a Bad and a Good example, and a case file with a passing and a failing case."""
    assert rule.id and SLUG.match(rule.id)
    assert rule.summary().strip(), f"{rule.id}: no summary"
    assert "Bad:" in rule.doc() and "Good:" in rule.doc(), f"{rule.id}: the docstring needs 'Bad:' and 'Good:'"
    path = CASES / f"{rule.id}.toml"
    assert path.is_file(), f"no case file {path.relative_to(CASES.parent.parent)}"
    data = CASE_FILES[path]
    assert data.get("rule") == rule.id
    cases = data.get("case", [])
    assert any(case.get("expect") == [] for case in cases), f"{rule.id}: no passing case (expect = [])"
    failing = [case for case in cases if any(want.get("rule") == rule.id for want in case.get("expect", []))]
    assert failing, f"{rule.id}: no failing case whose findings include {rule.id}"
    # and the first failing case really does make the rule fire (not only the expectation says so)
    assert any(f.rule == rule.id for f in findings_of(tmp_path, failing[0])), f"{rule.id}: {failing[0]['name']} does not fire"
