"""A newsroom's repository: what its corpus holds never breaks a test of the tool.

The repository's fixtures/ and seeds/ are a newsroom's articles, checked by their own pytest items (one
per article, one per shared key). The tool's tests run on tests/corpus/ or on corpora built in tmp_path:
a static guard holds that, and a copy of the repository with three articles added runs the README's
test command with only the new contradiction failing.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import INNER_RUN, REPO
from test_changes import GIT_ENV

HERE = Path(__file__).resolve()
# A line that names the repository root for what is not the corpus says so with this marker.
MARKER = "# not the corpus:"
JOINED = re.compile(r"\bREPO\s*/\s*(\"[^\"]*\"|'[^']*'|\w+)")
AS_A_ROOT = re.compile(r"(?:(?<!relative_to)\(\s*REPO\s*[,)]|str\(\s*REPO\s*\)|cwd\s*=\s*REPO\b(?!\s*/))")


def _corpus_reads(path: Path) -> list[str]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if MARKER in line or line.lstrip().startswith("#"):
            continue
        for match in JOINED.finditer(line):
            part = match.group(1)
            if not part[0] in "\"'" or part.strip("\"'").split("/")[0] in ("fixtures", "seeds", ""):
                out.append(f"{path.name}:{number}: {line.strip()}")
        if AS_A_ROOT.search(line):
            out.append(f"{path.name}:{number}: {line.strip()}")
    return out


def test_no_test_module_reads_the_live_corpus():
    """Static: REPO / "fixtures", REPO / "seeds", REPO / <a variable>, or REPO itself as a corpus root or a
    working folder are refused unless the line says why it is not the corpus."""
    found = [hit for path in sorted((REPO / "tests").rglob("*.py")) if path != HERE for hit in _corpus_reads(path)]
    assert not found, "tests must not read the repository's fixtures/ or seeds/ (copy tests/corpus/):\n" + \
        "\n".join(found)


def test_the_guard_sees_a_read_of_the_live_corpus(tmp_path):
    """Control: each way of reaching the live corpus is caught, and the marked or harmless lines are not."""
    module = tmp_path / "test_x.py"
    module.write_text('shutil.copytree(REPO / "fixtures", root)\n'
                      'text = (REPO / "seeds/x.txt").read_text()\n'
                      'for folder in x: shutil.copytree(REPO / folder, tmp / folder)\n'
                      'crosscheck("check", "--root", str(REPO))\n'
                      'render(REPO, "html", out)\n'
                      'crosscheck("show", SEED, cwd=REPO)\n'
                      'run(["lint"], cwd=REPO)  # not the corpus: the import contracts\n'
                      'doc = (REPO / "docs" / "claims-format.md").read_text()\n'
                      'crosscheck("draft", x, cwd=REPO / "tests")\n', encoding="utf-8")
    assert [hit.split(":")[1] for hit in _corpus_reads(module)] == ["1", "2", "3", "4", "5", "6"]


# --- adding articles to this repository, as the README says -------------------------------------------

ADDED = REPO / "tests" / "added"  # three articles written for this test: two Morocco reports, and one
CONTRADICTION = "fixtures::idlib-offensive-2019/fled-maarat-al-numan-december"  # ... contradicting the UN


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```sh\n(.*?)\n```$", readme, re.MULTILINE | re.DOTALL)[:2]


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get(INNER_RUN)), reason="this test, run again inside itself")
def test_articles_added_to_this_repository_break_no_test_of_the_tool():
    # not under tmp_path (0700): the security tests run the copy's venv as the user nobody
    place = Path(tempfile.mkdtemp(prefix="crosscheck-newsroom-"))
    place.chmod(0o755)
    try:
        _added_articles_run(place / "newsroom")
    finally:
        shutil.rmtree(place, ignore_errors=True)


def _added_articles_run(copy: Path) -> None:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
                            cwd=REPO, capture_output=True, text=True, check=True)  # not the corpus: the files
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name  # not the corpus: every file copied as it is
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    env = {**os.environ, **GIT_ENV}
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "the tool"]):
        subprocess.run(command, cwd=copy, check=True, capture_output=True, env=env)
    for folder in ("fixtures", "seeds"):
        for path in (ADDED / folder).iterdir():
            shutil.copy2(path, copy / folder / path.name)
    subprocess.run(["git", "add", "-A"], cwd=copy, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", "three articles"], cwd=copy, check=True, env=env)

    # The inner run is the whole suite again: it bounds the fuzzing, which mutates tests/corpus/ and the
    # rule cases (the outer run does the full 150 examples), and skips the slow tests, none of which
    # reads the repository's corpus (conftest.py).
    test_command = _readme_commands()[1]
    run = subprocess.run(["bash", "-c", test_command], cwd=copy, capture_output=True, text=True, timeout=3000,
                         env={**os.environ, INNER_RUN: "1", "CROSSCHECK_FUZZ_EXAMPLES": "25"})
    tail = run.stdout[-6000:] + run.stderr[-3000:]
    assert run.returncode == 1, tail
    assert re.findall(r"^(?:FAILED|ERROR) (\S+)", run.stdout, re.MULTILINE) == [CONTRADICTION], tail
    assert "fixtures/syria-daily-2020-01-12.toml:12 cross-report-conflict" in run.stdout
    summary = run.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"=+ 1 failed, \d+ passed, \d+ skipped in .*", summary), summary
    assert not re.search(r"\berror", summary)
