"""Which articles changed since a git ref: what `--changed-since` reports on.

Changed means: a fixture or an article text added, modified or untracked since the merge base of REF
and HEAD (committed, staged or not). A deleted or renamed fixture, an article whose id changed, or a
changed ``[tool.crosscheck]`` table changes every article: their findings can move anywhere.
"""
from __future__ import annotations

from pathlib import Path

from crosscheck.claims.corpus import CorpusError
from crosscheck.claims.toml_read import TOMLDecodeError, TooDeep, loads, read_bytes

WATCHED = ("fixtures", "seeds", "pyproject.toml")


def changed_articles(root: Path, ref: str) -> frozenset[str] | None:
    """The ids of the articles whose fixture or text changed since ``git merge-base REF HEAD``; None
    when every article counts as changed. CorpusError for a REF git does not know, or a ``root`` that
    is not in a git work tree."""
    root = Path(root).resolve()
    if _git(root, "rev-parse", "--is-inside-work-tree", check=False).strip() != "true":
        raise CorpusError(f"--changed-since needs a git work tree: {root} is not in one")
    if not _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False):
        raise CorpusError(f"--changed-since {ref}: git knows no commit of that name in {root} "
                          f"(a branch not fetched? CI needs the history: fetch-depth: 0)")
    base = _git(root, "merge-base", ref, "HEAD", check=False).strip()
    if not base:
        raise CorpusError(f"--changed-since {ref}: {ref} and HEAD have no common ancestor in {root}")
    status = _git(root, "diff", "--relative", "--name-status", "--no-renames", "-z", base, "--", *WATCHED).split("\0")
    changed = [(kind, path) for kind, path in zip(status[::2], status[1::2]) if path]
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", "fixtures", "seeds").split("\0")
    changed += [("A", path) for path in untracked if path]

    ids: set[str] = set()
    texts: list[str] = []
    for kind, path in changed:
        if path == "pyproject.toml":
            if _settings(root, f"{base}:./pyproject.toml") != _settings(root, None):
                return None
        elif path.startswith("fixtures/") and path.endswith(".toml"):
            if kind == "D":
                return None
            try:
                article_id = _article_id(read_bytes(root / path), Path(path).stem)
            except OSError:
                return None
            if kind != "A" and _article_id(_show(root, f"{base}:./{path}"), Path(path).stem) != article_id:
                return None  # the old id's article is gone: as a deletion
            ids.add(article_id)
        elif path.startswith("seeds/"):
            ids.add(Path(path).stem)  # seeds/<id>.txt, the default text of article <id>
            texts.append(path)
    if texts:
        ids |= _articles_naming(root, texts)
    return frozenset(ids)


def _articles_naming(root: Path, texts: list[str]) -> set[str]:
    """Articles whose ``article.text`` names one of ``texts`` (a text not at seeds/<id>.txt)."""
    out = set()
    wanted = [t.encode("utf-8") for t in texts]
    for path in sorted((root / "fixtures").rglob("*.toml")):
        try:
            data = read_bytes(path)
        except OSError:
            continue  # a fixture that cannot be read names no text (the check says why it cannot be read)
        if any(t in data for t in wanted):
            try:
                text = loads(data.decode("utf-8")).get("article", {}).get("text")
            except (UnicodeDecodeError, TOMLDecodeError, TooDeep, AttributeError):
                continue
            if text in texts:
                out.add(_article_id(data, path.stem))
    return out


def _article_id(data: bytes, stem: str) -> str:
    """The article id as the loader takes it: ``[article] id``, else the file's stem."""
    try:
        article = loads(data.decode("utf-8")).get("article")
    except (UnicodeDecodeError, TOMLDecodeError, TooDeep):
        return stem
    found = article.get("id") if isinstance(article, dict) else None
    return found if isinstance(found, str) else stem


def _settings(root: Path, blob: str | None):
    """``[tool.crosscheck]`` of the pyproject at ``blob`` (None: the working tree's); a missing file has
    none, a file that is not TOML reads as a value of its own."""
    if blob:
        data = _show(root, blob)
    else:
        path = root / "pyproject.toml"
        try:
            data = read_bytes(path)
        except FileNotFoundError:
            data = b""
        except OSError:
            return "unreadable"
    try:
        tool = loads(data.decode("utf-8")).get("tool")
    except (UnicodeDecodeError, TOMLDecodeError, TooDeep):
        return "unreadable"
    return tool.get("crosscheck") if isinstance(tool, dict) else None


def _git(root: Path, *args: str, check: bool = True) -> str:
    return _run_git(root, args, check).decode("utf-8", "surrogateescape")


def _show(root: Path, blob: str) -> bytes:
    """A file as committed (``<commit>:./<path>``); empty when it was not there."""
    return _run_git(root, ("show", blob), check=False)


def _run_git(root: Path, args, check: bool) -> bytes:
    import subprocess  # here: only --changed-since runs git, and the import is 1% of a warm check

    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=120)
    except FileNotFoundError:
        raise CorpusError("--changed-since needs git, and there is no git on PATH") from None
    if done.returncode and check:
        raise CorpusError(f"git {' '.join(args)} failed in {root}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout if done.returncode == 0 else b""
