"""The articles a change touches: what `--changed-since REF` puts first.

A minimal reading of git: the fixtures and texts that differ between REF and the work tree
(committed, staged, unstaged and untracked), mapped to their article ids.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from crosscheck.claims.corpus import CorpusError


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise CorpusError(f"cannot run git in {root}: {err}") from None
    if done.returncode != 0:
        raise CorpusError(f"git {' '.join(args)} in {root}: {done.stderr.strip() or 'failed'}")
    return done.stdout


def changed_articles(root: Path, ref: str) -> frozenset[str] | None:
    """Ids of the articles whose fixture or text differs from ``ref``; None when ``ref`` holds no
    fixture at all (every article is new). CorpusError for a bad ref or no git work tree."""
    root = Path(root)
    if _git(root, "rev-parse", "--is-inside-work-tree").strip() != "true":
        raise CorpusError(f"{root} is not in a git work tree: --changed-since needs one")
    _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    prefix = _git(root, "rev-parse", "--show-prefix").strip()
    listed = _git(root, "ls-tree", "-r", "--name-only", ref, "--", "fixtures")
    if not listed.strip():
        return None
    names = _git(root, "diff", "--name-only", "--relative", ref, "--", "fixtures", "seeds").split("\n")
    names += _git(root, "ls-files", "--others", "--exclude-standard", "--", "fixtures", "seeds").split("\n")
    out = set()
    for name in filter(None, names):
        path = Path(name[len(prefix):] if name.startswith(prefix) else name)
        if path.suffix in (".toml", ".txt") and path.parts[0] in ("fixtures", "seeds"):
            out.add(path.stem)
    return frozenset(out)
