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
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import INNER_RUN, REPO, write_corpus
from live_corpus import LiveCorpusGuard
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


def test_the_runtime_guard_sees_a_read_of_the_live_corpus(tmp_path):
    """Control: the runtime guard (tests/live_corpus.py) watching a corpus sees its files opened and listed
    and Python started in its root or its folders, and not a file beside them or git run there."""
    root = write_corpus(tmp_path / "repository", {"a": "article"}, {"a": "text"})
    (root / "README.md").write_text("not the corpus\n", encoding="utf-8")
    with LiveCorpusGuard(root).watching() as guard:
        (root / "fixtures" / "a.toml").read_bytes()
        os.listdir(root / "seeds")
        subprocess.run([sys.executable, "-c", "pass"], cwd=root, check=True)
        subprocess.run(["bash", "-c", "true"], cwd=root / "fixtures", check=True)
        (root / "README.md").read_text(encoding="utf-8")
        subprocess.run(["git", "--version"], cwd=root, check=True, capture_output=True)
    assert [line.split(" ", 1)[0] for line in guard.seen] == ["open", "os.listdir", "a", "a"], guard.seen
    assert guard.seen[0].endswith("a.toml") and guard.seen[3].startswith(f"a process in {root / 'fixtures'}: bash")


# --- adding articles to this repository, as the README says -------------------------------------------

ADDED = REPO / "tests" / "added"  # three articles written for this test: two Morocco reports, and one
CONTRADICTION = "fixtures::idlib-offensive-2019/fled-maarat-al-numan-december"  # ... contradicting the UN


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```sh\n(.*?)\n```$", readme, re.MULTILINE | re.DOTALL)[:2]


@pytest.mark.slow
@pytest.mark.touches_the_repository
@pytest.mark.skipif(bool(os.environ.get(INNER_RUN)), reason="this test, run again inside itself")
def test_articles_added_to_this_repository_break_no_test_of_the_tool():
    """Issue 14's Done-when: a copy of the tracked repository, three articles added (tests/added/, one
    contradicting an older report), the README's test command run there (a fresh venv, then `pytest`):
    every test it runs passes, and exactly the new contradiction fails, as a corpus item.

    The inner run (conftest.py `inner_run_keeps`) runs every corpus item of the copy, old and new: the
    contradiction is the one failure, named as the key's item, and no other article or key fails. Of the
    tests of the tool it runs those that may meet the copy's corpus: the ones the guards let touch the
    repository (marked touches_the_repository: the wheel built from every tracked file, the import
    contracts linted at the root) and the ones that run pytest (pytester), which finds its corpus by
    itself, with the copy's own fresh install of the plugin; and this module's guard tests.

    The other tests of the tool cannot depend on what fixtures/ and seeds/ hold, and the outer run shows
    it for each of them: each runs in an empty working folder (so no relative path or default root
    reaches the corpus), the runtime guard (tests/live_corpus.py) fails a test that opens or lists the
    corpus in its process or starts Python in the repository's root, and the static guard above refuses
    a path named through REPO. Running them all again here (about two minutes) proved no more about the
    corpus; that the whole suite passes from a fresh venv is .ci/run's to show.
    """
    # outside pytest's tmp_path (0700, root's alone): a checkout any user can read, as a newsroom's is
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

    test_command = _readme_commands()[1]
    run = subprocess.run(["bash", "-c", test_command], cwd=copy, capture_output=True, text=True, timeout=3000,
                         env={**os.environ, INNER_RUN: "1"})
    tail = run.stdout[-6000:] + run.stderr[-3000:]
    assert run.returncode == 1, tail
    assert re.findall(r"^(?:FAILED|ERROR) (\S+)", run.stdout, re.MULTILINE) == [CONTRADICTION], tail
    assert "fixtures/syria-daily-2020-01-12.toml:12 cross-report-conflict" in run.stdout
    kept = re.search(r"^inner run: (\d+) corpus items, (\d+) tests of the tool$", run.stdout, re.MULTILINE)
    assert kept, tail
    corpus_items, tools = int(kept[1]), int(kept[2])
    assert corpus_items >= 6 and tools >= 10, kept[0]  # six articles and their shared keys; pytester's and more
    summary = run.stdout.strip().splitlines()[-1]
    passed = re.fullmatch(r"=+ 1 failed, (\d+) passed, \d+ deselected in .*", summary)
    assert passed and int(passed[1]) == corpus_items + tools - 1, summary
