"""pytest plugin: every fixture is a test item named by its article id; every key shared by two or
more articles is an item named by the key. The corpus is loaded and checked once per session.

`--crosscheck-changed-since REF` deselects the items of the articles not changed since REF (and of the
keys none of them states): what is left fails only on the findings involving a changed article."""
from __future__ import annotations

import functools
import gc
import os
from pathlib import Path

import pytest

from crosscheck.checks.cache import take_notes
from crosscheck.checks.changes import changed_articles
from crosscheck.checks.engine import check
from crosscheck.checks.result import Result
from crosscheck.claims.corpus import CorpusError

_RESULT = pytest.StashKey[Result]()
_ROOT = pytest.StashKey[Path]()
_NOTES = pytest.StashKey[list]()
_IS_CORPUS = pytest.StashKey[bool]()
_FOLDERS = pytest.StashKey[dict]()  # folder -> its files' shown path up to their name
_CHANGED = pytest.StashKey["frozenset[str] | None"]()
_FROZEN = pytest.StashKey[bool]()  # the plugin froze the collector's heap (gc.freeze)
_NAMED = pytest.StashKey["frozenset[Path]"]()  # fixture files named with "::" on the command line
USAGE_ERROR = 2  # as `crosscheck check`: the run could not be done


def pytest_addoption(parser):
    parser.addini("crosscheck_root", "corpus root holding fixtures/ and seeds/ (default: rootdir)", default="")
    group = parser.getgroup("crosscheck")
    group.addoption("--crosscheck-root", dest="crosscheck_root", default=None,
                    help="corpus root holding fixtures/ and seeds/ (default: the rootdir)")
    group.addoption("--crosscheck-changed-since", dest="crosscheck_changed_since", default=None, metavar="REF",
                    help="keep only the items of articles added or changed since git REF (and of the keys they "
                         "state); the others are deselected")


def pytest_configure(config):
    # Thawed last, after pytest's own last collections (which look for unraisable exceptions in the
    # garbage): the frozen heap is the session's, alive to its end, and not scanned twice more.
    config.add_cleanup(functools.partial(_thaw, config))
    option = config.getoption("crosscheck_root")
    # `pytest --crosscheck-root DIR` from another folder: the corpus is collected even when neither the
    # arguments nor testpaths lead to it (paths given on the command line are kept as the only ones)
    if option and config.args_source is not pytest.Config.ArgsSource.ARGS and _is_corpus(config):
        fixtures = _root(config) / "fixtures"
        given = [Path(config.invocation_params.dir, a.split("::")[0]).resolve() for a in config.args]
        if fixtures.is_dir() and not any(g == fixtures or g in fixtures.parents for g in given):
            config.args.append(str(fixtures))
    ref = config.getoption("crosscheck_changed_since")
    if ref:
        try:
            config.stash[_CHANGED] = changed_articles(_root(config), ref)
        except CorpusError as err:
            pytest.exit(f"crosscheck: {err}", returncode=USAGE_ERROR)


def _root(config) -> Path:
    if _ROOT not in config.stash:
        option, ini = config.getoption("crosscheck_root"), config.getini("crosscheck_root")
        if option:
            root = Path(config.invocation_params.dir) / option
        elif ini:
            root = Path(config.rootpath) / ini
        else:
            root = Path(config.rootpath)
            # `pytest fixtures` with no config file makes fixtures/ itself the rootdir
            if root.name == "fixtures" and not (root / "fixtures").is_dir():
                root = root.parent
        config.stash[_ROOT] = root.resolve()
    return config.stash[_ROOT]


def _result(config) -> Result:
    """The whole corpus, loaded and checked once per session, shared by every item."""
    if _RESULT not in config.stash:
        # the same .crosscheck_cache/ at the corpus root as `crosscheck check` reads and writes
        result = check(_root(config))
        # The result lives as long as the session, and a corpus's is a large heap: frozen, the
        # collector's passes while ten thousand items are made and run do not rescan it each time.
        gc.freeze()
        config.stash[_FROZEN] = True
        config.stash[_NOTES] = take_notes()  # why the cache was not used, if it was not
        ref = config.getoption("crosscheck_changed_since")
        config.stash[_RESULT] = result.involving(config.stash[_CHANGED], ref) if ref else result
    return config.stash[_RESULT]


def pytest_collection_finish(session):
    """A session of corpus items only (the newsroom's `pytest`) runs with the heap frozen as it is
    now (items included); with other tests in it, the collector works as usual for them."""
    # Each hook an item calls asks pytest which conftests apply to its path (a stat of the file,
    # a set difference), eight times per item; collected, no conftest loads any more: asked once
    # per folder.
    hooks = {}
    for item in session.items:
        if isinstance(item, _FindingsItem):
            if item.parent not in hooks:
                hooks[item.parent] = item.parent.ihook
            item.hooks = hooks[item.parent]
    if session.config.stash.get(_FROZEN, False):
        if all(isinstance(item, _FindingsItem) for item in session.items):
            gc.freeze()
        else:
            _thaw(session.config)


def _thaw(config) -> None:
    if config.stash.get(_FROZEN, False):
        gc.unfreeze()
        config.stash[_FROZEN] = False


def pytest_terminal_summary(terminalreporter, config):
    for note in config.stash.get(_NOTES, []):
        terminalreporter.write_line(f"crosscheck: {note}", yellow=True)


def _is_corpus(config) -> bool:
    """A corpus holds seeds/ beside fixtures/ (or is named with crosscheck_root): another project's
    fixtures/ folder of test data is none of the plugin's business. Decided once per session."""
    if _IS_CORPUS not in config.stash:
        configured = config.getoption("crosscheck_root") or config.getini("crosscheck_root")
        config.stash[_IS_CORPUS] = bool(configured) or (_root(config) / "seeds").is_dir()
    return config.stash[_IS_CORPUS]


def _shown(config, path: Path) -> str | None:
    """The fixture's path as findings name it (resolved, relative to the corpus root), or None outside
    fixtures/."""
    if path.is_symlink():
        resolved, root = path.resolve(), _root(config)
        return resolved.relative_to(root).as_posix() if root / "fixtures" in resolved.parents else None
    folder = _shown_folder(config, path.parent)
    return None if folder is None else folder + path.name


def _shown_folder(config, folder: Path) -> str | None:
    """The folder as findings name the files in it ("fixtures/2020/"), or None outside fixtures/.
    Each folder is resolved once, not each of its ten thousand files."""
    folders = config.stash.setdefault(_FOLDERS, {})
    if folder not in folders:
        resolved, fixtures = folder.resolve(), _root(config) / "fixtures"
        inside = resolved == fixtures or fixtures in resolved.parents
        folders[folder] = f"{resolved.relative_to(_root(config)).as_posix()}/" if inside else None
    return folders[folder]


def _in_fixtures(config, path: Path) -> bool:
    return _is_corpus(config) and _shown(config, path) is not None


def pytest_collection_modifyitems(config, items):
    if not config.getoption("crosscheck_changed_since") or config.stash.get(_CHANGED, None) is None:
        return
    changed = config.stash[_CHANGED]
    shared_keys = _result(config).shared_keys  # the articles stating each key, without loading the corpus
    kept, deselected = [], []
    for item in items:
        if isinstance(item, ArticleItem):
            keep = item.article_id in changed
        elif isinstance(item, KeyItem):
            keep = not shared_keys.get(item.key, frozenset()).isdisjoint(changed)
        else:
            keep = True
        (kept if keep else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


def pytest_report_header(config):
    ref = config.getoption("crosscheck_changed_since")
    if ref and _CHANGED in config.stash:
        changed = config.stash[_CHANGED]
        what = "every article" if changed is None else f"{len(changed)} article(s): {', '.join(sorted(changed))}"
        return f"crosscheck: changed since {ref}: {what}"
    return None


def pytest_collect_directory(path, parent):
    config = parent.config
    if isinstance(parent, CorpusDir) or (_is_corpus(config) and path.resolve() == _root(config) / "fixtures"):
        return CorpusDir.from_parent(parent, path=path)  # fixtures/ and every folder in it
    return None


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".toml" and _in_fixtures(parent.config, file_path):
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class CrosscheckFailure(Exception):
    def __init__(self, findings):
        super().__init__(f"{len(findings)} error finding(s)")
        self.findings = findings


class _FindingsItem(pytest.Item):
    hooks = None  # its folder's hook proxy, once collection is over

    @property
    def ihook(self):
        return super().ihook if self.hooks is None else self.hooks

    def _fail_on(self, findings) -> None:
        failing = [f for f in findings if f.fails]
        if failing:
            raise CrosscheckFailure(failing)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CrosscheckFailure):
            return "\n".join(f"{f.file}:{f.line} {f.rule} {f.message}" for f in excinfo.value.findings)
        return super().repr_failure(excinfo, style)


class ArticleFile(pytest.File):
    def collect(self):
        # a look-up in the result: the corpus itself is never loaded for naming items
        shown = _shown(self.config, self.path)
        result = _result(self.config)
        name = result.files.get(shown, self.path.stem)
        yield ArticleItem.from_parent(self, name=name, article_id=name, file=shown,
                                      findings=result.by_article.get(name, ()))


class ArticleItem(_FindingsItem):
    def __init__(self, *, article_id: str, file: str, findings=(), **kwargs):
        super().__init__(**kwargs)
        self.article_id, self.file, self.findings = article_id, file, findings  # the article's, looked up once

    def runtest(self):
        # Only the findings this file is responsible for: its own rules, and cross-report
        # findings pointing at it (those fail under their key item too).
        self._fail_on([f for f in self.findings if f.file == self.file and not f.key])

    def reportinfo(self):
        return self.path, 0, f"article {self.article_id}"


class CorpusDir(pytest.Dir):
    """A folder of fixtures/, collected as pytest's Dir collects it except that each fixture file
    gives its item here, with no collector of its own: a File node costs pytest a node, two hooks
    and a collect report per article, more than the item. The node ids, `-k` names and locations
    are those a File would give. fixtures/ itself also holds one item per key shared by two or more
    articles."""

    def collect(self):
        config = self.config
        shown = _shown_folder(config, self.path)
        if shown is None or "::" in self.nodeid:  # outside the corpus's fixtures/: as pytest does
            yield from super().collect()
        else:
            yield from self._collect(config, shown)
        if not isinstance(self.parent, CorpusDir):
            for key in _result(config).shared_keys:  # in key order
                yield KeyItem.from_parent(self, name=key, key=key)

    def _collect(self, config, shown: str):
        session, ihook, folder = self.session, self.ihook, self.path
        files, by_article = _result(config).files, _result(config).by_article
        named = _named(config)
        nodeid = f"{self.nodeid}/" if self.nodeid else ""
        where = _location_prefix(config, folder)
        for entry in _entries(folder):
            path = folder / entry.name
            if entry.is_dir():
                if session.isinitpath(path, with_parents=True) or not ihook.pytest_ignore_collect(
                        collection_path=path, config=config):
                    col = ihook.pytest_collect_directory(path=path, parent=self)
                    if col is not None:
                        yield col
            elif entry.is_file():
                if not session.isinitpath(path) and ihook.pytest_ignore_collect(collection_path=path, config=config):
                    continue
                if not entry.name.endswith(".toml") or entry.is_symlink() or path in named:
                    yield from ihook.pytest_collect_file(file_path=path, parent=self)  # an ArticleFile, if any
                    continue
                file = shown + entry.name
                name = files.get(file, entry.name[:-5])
                item = ArticleItem.from_parent(self, name=name, path=path, nodeid=f"{nodeid}{entry.name}::{name}",
                                               article_id=name, file=file, findings=by_article.get(name, ()))
                item.extra_keyword_matches.add(entry.name)  # `-k` matches the file's name, as under a File
                item.keywords[entry.name] = True
                if where is not None:
                    item.__dict__["location"] = (where + entry.name, 0, f"article {name}")  # Item.location's value
                yield item


def _entries(folder: Path) -> list[os.DirEntry]:
    """The folder's entries by name, as pytest's Dir reads them."""
    with os.scandir(folder) as scan:
        return sorted(scan, key=lambda entry: entry.name)


def _location_prefix(config, folder: Path) -> str | None:
    """What pytest's Item.location (the path relative to the rootdir) starts with for a file in
    ``folder``, worked out once per folder rather than once per item; None to let pytest do it."""
    try:
        relative = os.path.relpath(folder, config.rootpath)
    except ValueError:  # another drive
        return None
    return "" if relative == os.curdir else relative + os.sep


def _named(config) -> frozenset[Path]:
    """The files named with "::" on the command line (`pytest fixtures/a.toml::a`): pytest finds
    that item under its file, so those files keep their collector."""
    if _NAMED not in config.stash:
        here = config.invocation_params.dir
        config.stash[_NAMED] = frozenset(Path(os.path.abspath(here / arg.split("::")[0]))
                                         for arg in config.args if "::" in arg)
    return config.stash[_NAMED]


class KeyItem(_FindingsItem):
    def __init__(self, *, key: str, **kwargs):
        super().__init__(**kwargs)
        self.key = key

    def runtest(self):
        self._fail_on(_result(self.config).by_key.get(self.key, []))

    def reportinfo(self):
        return self.path, 0, f"key {self.key}"
