"""Never touch what is not ours: a hostile repository or environment (issue 13's eight cases).

Every case runs the real command in a subprocess and holds two promises: the run with the cache as
it is (cold, then warm) prints byte for byte what `--no-cache` prints, with the same exit status;
and nothing the tool did not write is deleted or rewritten. Where permissions matter the command
runs as an unprivileged user (nobody, via setpriv), which needs the tests to run as root.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import write_corpus

NOBODY = 65534
AS_ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not AS_ROOT, reason="running as another user (setpriv) needs the tests to run as root")

TOLL = """schema_version = 1

[article]
id = "quake-toll-2023-02-07"
title = "Quake deaths pass 5,000 in Turkey and Syria"
published = 2023-02-07
links = ["quake-first-hours-2023-02-06"]

[[claim]]
id = "killed"
type = "count"
quote = "more than 5,000 people have been killed"
measure = "killed"
value = 5000
key = "turkey-syria-quake-2023/killed-by-feb-7"
"""
RECOUNT = """schema_version = 1

[article]
id = "quake-recount-2023-02-07"
title = "Officials count 3,000 dead after the earthquake"
published = 2023-02-07

[[claim]]
id = "killed"
type = "count"
quote = "3,000 people were killed"
measure = "killed"
value = 3000
key = "turkey-syria-quake-2023/killed-by-feb-7"
"""
FIXTURES = {"quake-toll-2023-02-07": TOLL, "quake-recount-2023-02-07": RECOUNT}
SEEDS = {
    "quake-toll-2023-02-07": "Quake deaths pass 5,000 in Turkey and Syria\n\n"
                             "Rescuers said on Tuesday that more than 5,000 people have been killed in the two countries.\n",
    "quake-recount-2023-02-07": "Officials count 3,000 dead after the earthquake\n\n"
                                "By Tuesday evening officials said 3,000 people were killed.\n",
}


def cli(root: Path, *args: str, user: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "crosscheck.checks.cli", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, cwd=root, capture_output=True, timeout=timeout,
                          env={**os.environ, "COLUMNS": "200", "HOME": str(root)})


def check(root: Path, *args: str, user: int | None = None) -> subprocess.CompletedProcess:
    return cli(root, "check", "--root", str(root), "--format", "json", *args, user=user)


def three_ways(root: Path, user: int | None = None, settle: bool = False) -> tuple[bytes, int, list[str]]:
    """`--no-cache`, then with the cache twice (cold then warm): the same report and status each time.
    Returns them with the stderr lines of the cached runs. ``settle``: wait until the files changed
    just now are older than the racy second, so that the warm run trusts what it stored."""
    bypass = check(root, "--no-cache", user=user)
    assert bypass.returncode in (0, 1), bypass.stderr.decode()
    cold = check(root, user=user)
    if settle:
        time.sleep(1.1)
    warm = check(root, user=user)
    for done in (cold, warm):
        assert (done.stdout, done.returncode) == (bypass.stdout, bypass.returncode), done.stderr.decode()
    return bypass.stdout, bypass.returncode, warm.stderr.decode().splitlines()


def tree(path: Path) -> dict[str, tuple]:
    """Everything under ``path`` (not following symlinks): type, mode, content or link target."""
    out = {}
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            p = Path(folder) / name
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                out[str(p.relative_to(path))] = ("link", os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                out[str(p.relative_to(path))] = ("dir", st.st_mode)
            else:
                out[str(p.relative_to(path))] = ("file", st.st_mode, st.st_mtime_ns,
                                                 hashlib.sha256(p.read_bytes()).hexdigest())
    return out


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus", FIXTURES, SEEDS)


@pytest.fixture
def nobody_corpus():
    """A corpus owned by nobody, in a folder nobody can reach (pytest's tmp_path is root's alone)."""
    if not AS_ROOT:
        pytest.skip("running as another user (setpriv) needs the tests to run as root")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is not installed")
    base = Path(tempfile.mkdtemp(prefix="crosscheck-nobody-"))
    os.chmod(base, 0o755)
    root = write_corpus(base / "corpus", FIXTURES, SEEDS)
    for folder, dirs, files in os.walk(base):
        for name in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
            os.chown(name, NOBODY, NOBODY)
    yield root
    for folder, dirs, _ in os.walk(base):  # whatever a case took away, so that the folder can go
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755)
    shutil.rmtree(base)


def target_folder(tmp_path: Path) -> Path:
    """A folder worth protecting: sub-folders, files, a symlink, as /etc holds them."""
    target = tmp_path / "target"
    for sub in ("apt", "default", "ssl/certs", "systemd/system"):
        (target / sub).mkdir(parents=True)
        (target / sub / "settings.conf").write_text(f"# {sub}\nkeep = true\n")
    (target / "hostname").write_text("newsroom-ci\n")
    (target / "0123456789abcdef01234567").mkdir()  # named as a key folder of the cache would be
    (target / "0123456789abcdef01234567" / "0123456789abcdef0123456789abcdef").write_bytes(b"crosscheck-cache 1\n")
    (target / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n")
    os.symlink("hostname", target / "hostname-link")
    return target


# ---------------------------------------------------------------------------------------------
# Case 1: a symlinked or foreign .crosscheck_cache is refused, its target left byte for byte.
# ---------------------------------------------------------------------------------------------

def _symlink_to_target(root, target):
    os.symlink(target, root / ".crosscheck_cache")


def _foreign_folder(root, target):
    shutil.copytree(target, root / ".crosscheck_cache", symlinks=True)


def _file_in_the_way(root, target):
    (root / ".crosscheck_cache").write_text("my notes, not a cache\n")


def _key_folder_symlink(root, target):
    """A cache of ours whose key folders and entries are symlinks out of it."""
    assert check(root).returncode == 1
    base = root / ".crosscheck_cache"
    (folder,) = [p for p in base.iterdir() if p.is_dir()]
    os.symlink(target, base / "fedcba9876543210fedcba98")  # another key's folder: pruned when not ours
    for entry in folder.iterdir():
        if entry.name != "crosscheck-entries":
            entry.unlink()
            os.symlink(target / "hostname", entry)  # every entry a symlink out of the cache
    os.symlink(target / "hostname", folder / "0123456789abcdef0123456789abcdef")  # an entry of no fixture
    (root / "pyproject.toml").write_text("[tool.crosscheck]\nearly_ends = 9\n")  # a new key: the old is pruned


@pytest.mark.parametrize("plant, warned", [
    (_symlink_to_target, "is a symbolic link: not followed; checking without the cache"),
    (_foreign_folder, "holds no crosscheck CACHEDIR.TAG: not ours, left alone; checking without the cache"),
    (_file_in_the_way, "is not a folder: left alone; checking without the cache"),
    (_key_folder_symlink, None),
], ids=["symlink", "foreign-folder", "file-in-the-way", "symlinks-inside"])
def test_a_cache_that_is_not_ours_is_never_touched(corpus, tmp_path, plant, warned):
    target = target_folder(tmp_path)
    before = tree(target)
    plant(corpus, target)
    in_place = tree(corpus / ".crosscheck_cache") if not os.path.islink(corpus / ".crosscheck_cache") else None
    _, code, errors = three_ways(corpus)
    assert code == 1
    assert tree(target) == before  # byte for byte, modes and times included
    if warned:
        assert len(errors) == 1 and errors[0].endswith(warned), errors
        if in_place is not None:
            assert tree(corpus / ".crosscheck_cache") == in_place
    else:  # our own cache: its symlinks are removed or replaced, never followed
        assert errors == []
        assert (tmp_path / "target" / "hostname").read_text() == "newsroom-ci\n"


def test_the_cache_removes_only_the_key_folders_it_marked(corpus):
    assert check(corpus).returncode == 1
    base = corpus / ".crosscheck_cache"
    (mine,) = [p for p in base.iterdir() if p.is_dir()]
    stale = base / "00000000000000000000aaaa"
    shutil.copytree(mine, stale)  # another tool version's entries: ours, marked
    users = base / "00000000000000000000bbbb"
    users.mkdir()
    (users / "notes.txt").write_text("mine\n")  # named like a key folder, not marked: left
    (corpus / "pyproject.toml").write_text("[tool.crosscheck]\nmid_ends = 19\n")
    three_ways(corpus)
    assert not stale.exists() and not mine.exists()
    assert (users / "notes.txt").read_text() == "mine\n"


class _Planted:
    """What a hostile pull request commits as a cache entry: unpickling it would write a file."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (Path.write_text, (Path(self.path), "code ran\n"))


def test_an_entry_with_our_marks_but_not_our_signature_is_never_unpickled(corpus, tmp_path):
    """Marks can be copied into a pull request; the signing key lives outside the corpus, so a
    committed entry, however well formed, is a miss and never runs code."""
    import pickle

    assert check(corpus).returncode == 1
    (folder,) = [p for p in (corpus / ".crosscheck_cache").iterdir() if p.is_dir()]
    ran = tmp_path / "ran.txt"
    head = len(b"crosscheck-cache 1\n")
    entries = [p for p in folder.iterdir() if len(p.name) == 32]
    assert entries
    for entry in entries:  # the run's key copied from the real entry, the unkeyed digest an attacker can make
        data = entry.read_bytes()
        payload = pickle.dumps(_Planted(str(ran)))
        entry.write_bytes(data[:head + 20] + hashlib.sha256(payload).digest()[:20] + payload)
    bypass = check(corpus, "--no-cache")
    warm = check(corpus)
    assert not ran.exists()
    assert (warm.stdout, warm.returncode) == (bypass.stdout, bypass.returncode)


# ---------------------------------------------------------------------------------------------
# Case 2: cache trouble means a run without the cache, said once, same findings and status.
# ---------------------------------------------------------------------------------------------

def _chmod_cache(root):
    assert check(root, user=NOBODY).returncode == 1
    os.chmod(root / ".crosscheck_cache", 0)


def _chmod_key_folder(root):
    assert check(root, user=NOBODY).returncode == 1
    (folder,) = [p for p in (root / ".crosscheck_cache").iterdir() if p.is_dir()]
    os.chmod(folder, 0)


def _read_only_corpus(root):
    os.chmod(root, 0o555)


def _read_only_cache(root):
    assert check(root, user=NOBODY).returncode == 1
    (folder,) = [p for p in (root / ".crosscheck_cache").iterdir() if p.is_dir()]
    os.chmod(folder, 0o555)
    (root / "fixtures" / "quake-recount-2023-02-07.toml").write_text(RECOUNT + "# edited\n")


@pytest.mark.parametrize("trouble", [_chmod_cache, _chmod_key_folder, _read_only_corpus, _read_only_cache],
                         ids=["chmod-000-cache", "chmod-000-key-folder", "read-only-corpus", "read-only-cache"])
def test_cache_trouble_means_a_run_without_it_said_once(nobody_corpus, trouble):
    trouble(nobody_corpus)
    _, code, errors = three_ways(nobody_corpus, user=NOBODY)
    assert code == 1
    assert len(errors) == 1 and "checking without the cache" in errors[0], errors
    assert "Traceback" not in "\n".join(errors)


# ---------------------------------------------------------------------------------------------
# Case 3: nesting past the limit, and files that are no regular files or too large.
# ---------------------------------------------------------------------------------------------

DEEP = "a = " + "[" * 100_000 + "]" * 100_000 + "\n"


def test_a_fixture_nested_100000_deep_is_one_finding_and_the_rest_is_checked(corpus):
    (corpus / "fixtures" / "deep-nesting-2023-02-08.toml").write_text(
        'schema_version = 1\n\n[article]\nid = "deep-nesting-2023-02-08"\n' + DEEP)
    report, code, errors = three_ways(corpus)
    assert errors == [] and code == 1
    text = report.decode()
    assert '"file": "fixtures/deep-nesting-2023-02-08.toml"' in text
    assert "nested deeper than 100 levels" in text and text.count("nested deeper") == 1
    assert '"line": 5' in text
    assert "cross-report-conflict" in text and "link-missing" in text  # the other articles were checked


def test_pyproject_nested_100000_deep_is_a_settings_error(corpus):
    (corpus / "pyproject.toml").write_text("[tool.crosscheck]\n" + DEEP)
    for args in ((), ("--no-cache",)):
        done = check(corpus, *args)
        assert done.returncode == 2 and done.stdout == b""
        (line,) = done.stderr.decode().splitlines()
        assert line.endswith("pyproject.toml:2: cannot read [tool.crosscheck]: nested deeper than 100 levels "
                             "(arrays or inline tables inside each other)"), line


def test_the_plugin_reads_a_deep_fixture_as_a_failing_item(corpus):
    (corpus / "fixtures" / "deep-nesting-2023-02-08.toml").write_text(
        'schema_version = 1\n\n[article]\nid = "deep-nesting-2023-02-08"\n' + DEEP)
    os.symlink(target_folder(corpus.parent), corpus / ".crosscheck_cache")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "fixtures"], cwd=corpus,
                          capture_output=True, text=True, timeout=120)
    assert "nested deeper than 100 levels" in done.stdout
    # the deep one, the toll (a missing link) and the conflict's key fail; the recount is clean
    assert "3 failed, 1 passed" in done.stdout, done.stdout
    assert done.stdout.count("is a symbolic link: not followed") == 1
    assert "RecursionError" not in done.stdout + done.stderr


def _fifo(path):
    os.mkfifo(path)


def _dev_zero(path):
    os.symlink("/dev/zero", path)


def _device(path):
    os.symlink("/dev/null", path)


def _too_large(path):
    path.write_text("# " + "x" * (4 << 20) + "\n")


@pytest.mark.parametrize("make, reason", [
    (_fifo, "not a regular file (a FIFO): refused, not read"),
    (_dev_zero, "not a regular file (a character device): refused, not read"),
    (_device, "not a regular file (a character device): refused, not read"),
    (_too_large, "larger than the 4 MiB a file may be: refused, not read"),
], ids=["fifo", "symlink-to-dev-zero", "device", "too-large"])
def test_only_regular_files_under_the_cap_are_read(corpus, make, reason):
    make(corpus / "fixtures" / "hostile-file-2023-02-08.toml")
    report, code, _ = three_ways(corpus)  # a FIFO would hang every run: the timeout would fail it
    text = report.decode()
    assert text.count("hostile-file-2023-02-08.toml") == 1 and reason in text
    assert "cross-report-conflict" in text


@pytest.mark.parametrize("make, said", [
    (_fifo, "cannot read 'seeds/quake-recount-2023-02-07.txt': not a regular file (a FIFO)"),
    (_dev_zero, "text 'seeds/quake-recount-2023-02-07.txt' is outside seeds/: refused"),
], ids=["fifo", "symlink-to-dev-zero"])
def test_an_article_text_that_is_no_regular_file_is_refused(corpus, make, said):
    text = corpus / "seeds" / "quake-recount-2023-02-07.txt"
    text.unlink()
    make(text)
    report, _, _ = three_ways(corpus)
    assert said.encode() in report


# ---------------------------------------------------------------------------------------------
# Cases 4 to 6: warm trusts a file only when all that --no-cache sees is unchanged.
# ---------------------------------------------------------------------------------------------

def test_a_text_moved_out_and_symlinked_back_is_refused_warm_too(corpus, tmp_path):
    first, _, _ = three_ways(corpus, settle=True)
    text = corpus / "seeds" / "quake-toll-2023-02-07.txt"
    outside = tmp_path / "elsewhere.txt"
    os.rename(text, outside)  # same inode, size and mtime
    os.symlink(outside, text)
    report, _, _ = three_ways(corpus, settle=True)
    assert report != first and b"is outside seeds/: refused" in report


@pytest.mark.parametrize("which", ["fixtures/quake-recount-2023-02-07.toml", "seeds/quake-toll-2023-02-07.txt"])
def test_a_file_made_unreadable_is_read_again_warm(nobody_corpus, which):
    first, _, _ = three_ways(nobody_corpus, user=NOBODY, settle=True)
    os.chmod(nobody_corpus / which, 0)
    time.sleep(1.1)  # older than the racy second: only the signature can tell
    report, _, _ = three_ways(nobody_corpus, user=NOBODY)
    assert report != first and b"permission denied" in report


def test_a_same_size_edit_with_its_mtime_set_back_is_read_again(corpus):
    first, _, _ = three_ways(corpus, settle=True)
    path = corpus / "fixtures" / "quake-recount-2023-02-07.toml"
    st = path.stat()
    path.write_text(RECOUNT.replace("value = 3000", "value = 5000"))  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # as `touch -r` or `cp -p` would
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    time.sleep(1.1)
    report, _, _ = three_ways(corpus)
    assert report != first and b"cross-report-conflict" not in report


# ---------------------------------------------------------------------------------------------
# Cases 7 and 8: outputs.
# ---------------------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB file system (tmpfs), filled up to the last few kilobytes."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int = 2048) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(folder / "filler", max(0, os.path.getsize(folder / "filler") - leave))


@pytest.mark.parametrize("command", [["check", "--format", "html", "--output"], ["report", "--output"]],
                         ids=["check-output", "report"])
def test_a_full_disk_exits_2_naming_the_file_and_keeps_the_old_output(corpus, small_disk, command):
    output = small_disk / "index.html"
    output.write_text("the report of yesterday\n")
    _fill(small_disk)
    done = cli(corpus, *command[:1], "--root", str(corpus), *command[1:], str(output), "--no-cache")
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line == f"crosscheck: cannot write {output}: no space left on device"
    assert output.read_text() == "the report of yesterday\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "index.html"]  # no temporary file


def test_a_corpus_on_a_full_disk_runs_without_the_cache(small_disk):
    root = write_corpus(small_disk / "corpus", FIXTURES, SEEDS)
    _fill(small_disk, leave=0)
    _, code, errors = three_ways(root)
    assert code == 1 and len(errors) == 1 and "no space left on device; checking without the cache" in errors[0]


def test_an_output_without_permission_exits_2(nobody_corpus):
    folder = nobody_corpus.parent / "published"
    folder.mkdir()
    (folder / "report.json").write_text("{}\n")
    os.chown(folder / "report.json", NOBODY, NOBODY)  # the user's old report, in a folder of root's
    done = check(nobody_corpus, "--output", str(folder / "report.json"), user=NOBODY)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [f"crosscheck: cannot write {folder / 'report.json'}: permission denied"]
    assert (folder / "report.json").read_text() == "{}\n" and os.listdir(folder) == ["report.json"]


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_an_output_that_is_a_pipe_or_a_device_is_written_into_never_replaced(corpus, tmp_path, fmt):
    """`--output /dev/null` replaced /dev/null with a regular file (a rename over it, as for a report file); a
    pipe or a character device is written into and stays what it was."""
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert check(corpus, "--format", fmt, "--output", str(fifo)).returncode == 1
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and got and got[0].lstrip()[:1] in (b"{", b"<")
    null = tmp_path / "null"
    os.symlink("/dev/null", null)  # (through a link of ours: were it replaced, only the link would be)
    assert check(corpus, "--format", fmt, "--output", str(null)).returncode == 1
    assert null.is_symlink() and stat.S_ISCHR(os.stat(null).st_mode)


def test_an_output_symlink_is_replaced_never_written_through(corpus, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("not a report\n")
    os.symlink(target, tmp_path / "out.json")
    assert check(corpus, "--output", str(tmp_path / "out.json")).returncode == 1
    assert target.read_text() == "not a report\n" and not (tmp_path / "out.json").is_symlink()


def test_a_killed_writes_temporary_file_is_removed_by_the_next_run_and_only_it(corpus, tmp_path):
    out = tmp_path / "report"
    out.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, cwd=tmp_path)
    dead = int(gone.stdout)  # a process that has ended: as a run killed while writing
    stale = out / f".index.html.crosscheck-{dead}-0a1b2c3d.tmp"
    stale.write_bytes(b"<html>half of a report")
    theirs = [out / ".index.html.tmp", out / ".index.html.1234.tmp", out / ".notes.crosscheck-1-0a1b2c3d.tmp"]
    for path in theirs:
        path.write_text("the user's own\n")
    done = cli(corpus, "report", "--root", str(corpus), "--output", str(out / "index.html"))
    assert done.returncode == 1, done.stderr
    assert not stale.exists()
    assert all(p.read_text() == "the user's own\n" for p in theirs)
    assert sorted(p.name for p in out.iterdir()) == sorted(["index.html", *(p.name for p in theirs)])


# ---------------------------------------------------------------------------------------------
# The nesting scan, against tomli itself: what hides a bracket (strings, comments) hides it from both.
# ---------------------------------------------------------------------------------------------

LIMIT = 100
NESTED = "[" * LIMIT + "]" * LIMIT


@pytest.mark.parametrize("source, deep_at", [
    (f"a = {NESTED}\n", None),  # exactly the limit: parsed
    (f"a = [{NESTED}]\n", 1),
    ("a = " + "{b = " * (LIMIT + 1) + "1" + "}" * (LIMIT + 1) + "\n", 1),  # inline tables count too
    (f"x = 1\n\na = [\n  {NESTED},\n  [{NESTED}],\n]\n", 4),  # the line where the limit is passed
    ('a = "' + "[" * 500 + '"\n', None),  # brackets in strings are text
    ("a = '" + "[" * 500 + "'\n", None),
    ('a = """\n' + "[" * 500 + '\n"""\n', None),
    ("a = '''\n" + "{" * 500 + "\n'''\n", None),
    ("# " + "[" * 500 + "\na = 1\n", None),  # and in comments
    ('a = "\\"' + "[" * 500 + '"\n', None),  # an escaped quote does not end the string
    ('a = """x""""\nb = ' + "[" * 101 + "]" * 101 + "\n", 2),  # """x"""" ends with a quote of its own
    ("[[claim]]\n" * 200 + "a = 1\n", None),  # table headers open and close on their line
])
def test_the_nesting_scan_sees_what_the_parser_sees(source, deep_at):
    import tomli

    from crosscheck.claims.toml_read import MAX_DEPTH, TooDeep, loads

    assert MAX_DEPTH == LIMIT
    if deep_at is None:
        assert loads(source) == tomli.loads(source)
    else:
        with pytest.raises(TooDeep) as caught:
            loads(source)
        assert caught.value.lineno == deep_at


# ---------------------------------------------------------------------------------------------
# The differential test: random steps, each checked warm and with --no-cache, as nobody.
# CROSSCHECK_DIFF_STEPS=400 makes it long.
# ---------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_warm_equals_no_cache_through_random_hostile_steps(nobody_corpus):
    import random

    steps = int(os.environ.get("CROSSCHECK_DIFF_STEPS", "30"))
    rng = random.Random(int(os.environ.get("CROSSCHECK_DIFF_SEED", "13")))
    root, outside = nobody_corpus, nobody_corpus.parent / "moved"
    outside.mkdir()
    os.chown(outside, NOBODY, NOBODY)
    files = [f"fixtures/{n}.toml" for n in FIXTURES] + [f"seeds/{n}.txt" for n in SEEDS]
    values = ["3000", "5000", "4000", "9000"]

    def same_size_edit(path):
        st = os.stat(path)
        text = path.read_text()
        for old in values:
            if f"value = {old}" in text:
                path.write_text(text.replace(f"value = {old}", f"value = {rng.choice(values)}"))
                break
        else:
            path.write_text(text.replace("5,000", "9,000") if "5,000" in text else text.replace("9,000", "5,000"))
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # mtime set back

    def symlink_out(path):
        if path.is_symlink() or not path.exists():
            return
        moved = outside / f"{path.name}.{rng.randrange(10 ** 6)}"
        os.rename(path, moved)  # same inode, size and mtime
        os.symlink(moved, path)

    def symlink_back(path):
        if path.is_symlink():
            target = Path(os.readlink(path))
            path.unlink()
            os.rename(target, path)

    def symlink_inside(path):  # a text that points at another text inside seeds/
        if path.parent.name == "seeds" and not path.is_symlink():
            other = next((p for p in (root / "seeds").iterdir() if p != path and not p.is_symlink()), None)
            if other is None:
                return
            shutil.copyfile(path, path.with_suffix(".bak"))
            path.unlink()
            os.symlink(other.name, path)

    def chmod_none(path):
        if path.exists():
            os.chmod(path, 0)

    def chmod_back(path):
        if path.exists():
            os.chmod(path, 0o644)

    def remove_and_restore(path):
        if path.exists() and not path.is_symlink():
            data = path.read_bytes()
            path.unlink()
            path.write_bytes(data)  # a new inode, the same bytes
            os.chown(path, NOBODY, NOBODY)

    actions = [same_size_edit, symlink_out, symlink_back, symlink_inside, chmod_none, chmod_back, remove_and_restore]
    for step in range(steps):
        action, path = rng.choice(actions), root / rng.choice(files)
        try:
            action(path)
        except OSError:
            pass
        if rng.random() < 0.3:
            time.sleep(1.05)  # now and then older than the racy second: only the signature can tell
        warm = check(root, user=NOBODY)
        bypass = check(root, "--no-cache", user=NOBODY)
        assert (warm.stdout, warm.returncode) == (bypass.stdout, bypass.returncode), \
            f"step {step}: {action.__name__} {path.relative_to(root)}\n{warm.stderr.decode()}"
        assert warm.stderr == b"", warm.stderr.decode()
