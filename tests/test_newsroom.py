"""A newsroom's repository: what its corpus holds never breaks a test of the tool.

The repository's fixtures/ and seeds/ are a newsroom's articles, checked by their own pytest items (one
per article, one per shared key). The tool's tests run on tests/corpus/ or on corpora built in tmp_path.
"""
from __future__ import annotations

import re
from pathlib import Path

from conftest import REPO

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
