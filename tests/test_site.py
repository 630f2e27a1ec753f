"""The report site (`crosscheck report --output DIR`) through the real command line: its pages and
links, warm re-runs that rewrite only what changed, the folder rules (never touch what is not
ours), a failed run that leaves the previous site whole, `--changed-since`, chips, verdicts and
coverage as an editor reads them."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import crosscheck, seed_corpus, write_corpus
from report_corpora import with_findings
from test_reports import Elements

from crosscheck.checks.engine import check
from crosscheck.checks.reporters.site import build as site_build
from crosscheck.checks.reporters.site.folder import MANIFEST, MARKER, SiteFolder

SEED_IDS = ("syria-daily-2019-12-28", "syria-daily-2020-01-09", "syria-daily-2020-01-11")


def report(root: Path, out: Path, *extra: str, ok=(0, 1)) -> subprocess.CompletedProcess:
    run = crosscheck("report", "--root", str(root), "--output", str(out), *extra)
    assert run.returncode in ok, run.stderr
    return run


def pages(out: Path) -> dict[str, tuple[int, int]]:
    """Every file of the site (relative path -> (inode, mtime_ns)): a rewritten page gets a new inode."""
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(out.rglob("*")) if p.is_file()}


def check_links(out: Path) -> int:
    """Every local link of every page resolves to a file of the site, and its fragment to an id there."""
    ids: dict[Path, set[str]] = {}
    count = 0
    for page in sorted(out.rglob("*.html")):
        doc = Elements(page.read_text(encoding="utf-8"))
        for tag, attrs in doc.tags:
            href = attrs.get("href")
            if tag not in ("a", "link") or not href or href.startswith("https://"):
                continue
            parts = urlsplit(href)
            assert not parts.scheme and not href.startswith("/"), f"{page}: {href} is not relative"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            assert target.is_file(), f"{page.relative_to(out)}: {href} leads nowhere"
            assert out.resolve() in target.parents, f"{page}: {href} leaves the site"
            if parts.fragment:
                if target not in ids:
                    ids[target] = {a["id"] for _, a in Elements(target.read_text(encoding="utf-8")).tags if "id" in a}
                assert parts.fragment in ids[target], f"{page.relative_to(out)}: {href}: no such id"
            count += 1
    return count


@pytest.fixture(scope="module")
def findings_site(tmp_path_factory):
    root = with_findings(tmp_path_factory.mktemp("findings"))
    out = tmp_path_factory.mktemp("site") / "report"
    run = report(root, out)
    return root, out, run


def test_site_pages_and_links(findings_site):
    root, out, run = findings_site
    assert run.returncode == 1  # the corpus has errors: the report says so and fails as check does
    assert f"wrote {out / 'index.html'}" in run.stdout
    for article_id in (*SEED_IDS, "syria-daily-2020-01-12"):
        assert (out / "articles" / f"{article_id}.html").is_file()
    assert (out / "keys" / "idlib-bombing-2020-01-11__killed.html").is_file()
    assert (out / "style.css").is_file() and (out / MARKER).is_file() and (out / MANIFEST).is_file()
    assert check_links(out) > 50
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text and "<style>" not in text  # one shared stylesheet, no script
        assert "style-src 'self'" in text
        assert not re.search(r"&lt;/?(?:a|br|span|td|tr|svg|rect|line|text|g)[\s&]", text), page  # none of ours escaped
    index = (out / "index.html").read_text(encoding="utf-8")
    # findings first: the unaccepted ones are listed before the articles table
    assert index.index('id="findings"') < index.index('id="articles"')
    assert "quote-not-found" in index and "order-violated" in index


def test_chips_and_key_verdicts(findings_site):
    root, out, _ = findings_site
    # the seed report whose only finding on it is accepted: "consistent (1 accepted)", not "accepted"
    later = (out / "articles" / "syria-daily-2020-01-12.html").read_text(encoding="utf-8")
    assert ">errors<" in later  # its quote is not in its text
    listing = (out / "articles.html").read_text(encoding="utf-8")
    chips = dict(re.findall(r'<span class="id">([a-z0-9-]+)</span>.*?<span class="badge b-[a-z]+">([^<]+)</span>',
                            listing))
    assert chips["syria-daily-2020-01-12"] == "errors"
    assert chips["syria-daily-2020-01-11"] in ("errors", "warnings")
    assert chips["syria-daily-2019-12-28"] == "consistent"
    key = (out / "keys" / "idlib-bombing-2020-01-11__killed.html").read_text(encoding="utf-8")
    # the only finding under the key is accepted: the verdict says so, from the finding
    assert "consistent (1 accepted)" in key and "an editor accepted" in key
    assert "The reports agree on this." not in key


def test_verdict_follows_the_findings(tmp_path):
    """A running total that falls: the key's sentence and bars report the cumulative-decrease finding."""
    fixture = """schema_version = 1

[article]
id = "{id}"
title = "Quake toll {value}"
published = {day}

[[claim]]
id = "killed"
type = "count"
quote = "{words} people have died"
measure = "killed"
value = {value}
qualifier = "{q}"
cumulative = true
key = "quake/killed"
"""
    write_corpus(tmp_path / "c", {
        "quake-one": fixture.format(id="quake-one", value=2012, words="At least 2,012", q="at_least", day="2023-09-10"),
        "quake-two": fixture.format(id="quake-two", value=1305, words="Exactly 1,305", q="exact", day="2023-09-11"),
    }, {"quake-one": "At least 2,012 people have died.\n", "quake-two": "Exactly 1,305 people have died.\n"})
    report(tmp_path / "c", tmp_path / "site")
    key = (tmp_path / "site" / "keys" / "quake__killed.html").read_text(encoding="utf-8")
    assert "cumulative-decrease" in key
    assert "The reports contradict each other" in key and "The reports agree" not in key
    assert 'class="cbar s-contradicted"' in key


@pytest.mark.parametrize("same_day", [2, 7])
def test_reports_of_one_day_are_drawn_within_that_day(tmp_path, same_day):
    """(Nepal's protests, 12 September 2025: seven reports of the toll in one day) the bars of one day's reports
    stand side by side within that day, under its tick: drawn 16 px apart from the day's centre, the seventh
    stood past the next day's tick, as if reported a day later."""
    fixture = """schema_version = 1

[article]
id = "{id}"
title = "Protest toll"
published = {day}

[[claim]]
id = "killed"
type = "count"
quote = "{value} people have died"
measure = "killed"
value = {value}
cumulative = true
key = "protests/killed"
"""
    days = ["2025-09-09"] + ["2025-09-12"] * same_day
    ids = [f"np-{i}" for i in range(len(days))]
    values = [19] + [51] * same_day
    write_corpus(tmp_path / "c", {a: fixture.format(id=a, day=d, value=v) for a, d, v in zip(ids, days, values)},
                 {a: f"{v} people have died.\n" for a, v in zip(ids, values)})
    report(tmp_path / "c", tmp_path / "site")
    page = (tmp_path / "site" / "keys" / "protests__killed.html").read_text(encoding="utf-8")
    ticks = {label: float(x) for x, label in re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">'
                                                        r'(Sep \d+)</text>', page)}
    day = ticks["Sep 13"] - ticks["Sep 12"]  # a tick stands at its day's centre
    bars = [(float(x), float(w)) for x, w in re.findall(r'<g class="cbar[^"]*"><title>[^<]*</title><rect x="([\d.]+)" '
                                                        r'y="[\d.]+" width="([\d.]+)"', page)]
    assert len(bars) == 1 + same_day
    late = bars[1:]  # (in day order)
    assert all(ticks["Sep 12"] - day / 2 <= x and x + w <= ticks["Sep 12"] + day / 2 for x, w in late), (late, ticks)
    assert all(a[0] + a[1] <= b[0] for a, b in zip(late, late[1:]))  # side by side, none over another


def test_warm_run_rewrites_only_what_changed(tmp_path):
    root = seed_corpus(tmp_path / "c")
    out = tmp_path / "site"
    report(root, out)
    before = pages(out)
    again = report(root, out)
    assert "0 unchanged" not in again.stdout
    after = pages(out)
    unchanged = {p for p in before if after.get(p) == before[p]}
    assert {f"articles/{a}.html" for a in SEED_IDS} <= unchanged
    assert all(p in unchanged for p in before if p.startswith("keys/"))
    # one edit: that article's page (and the pages listing it) are written again, no other article's
    fixture = root / "fixtures" / "syria-daily-2020-01-09.toml"
    fixture.write_text(fixture.read_text(encoding="utf-8").replace("title = \"", "title = \"Edited: ", 1),
                       encoding="utf-8")
    report(root, out)
    edited = pages(out)
    assert edited["articles/syria-daily-2020-01-09.html"] != after["articles/syria-daily-2020-01-09.html"]
    assert edited["articles/syria-daily-2019-12-28.html"] == after["articles/syria-daily-2019-12-28.html"]
    assert "Edited: " in (out / "articles" / "syria-daily-2020-01-09.html").read_text(encoding="utf-8")
    # the article citing it shows its new title
    assert "Edited: " in (out / "articles" / "syria-daily-2020-01-11.html").read_text(encoding="utf-8")
    assert "Edited: " in (out / "index.html").read_text(encoding="utf-8")
    # a deleted article's page goes, and a killed run's temporary file; a file of the user's stays
    (out / "CNAME").write_text("reports.example.org\n", encoding="utf-8")
    (out / "articles" / ".x.html.crosscheck-4194303-0badcafe.tmp").write_text("<p>half", encoding="utf-8")
    (out / "articles" / ".notes.tmp").write_text("mine\n", encoding="utf-8")
    fixture.unlink()
    report(root, out)
    assert not (out / "articles" / "syria-daily-2020-01-09.html").exists()
    assert (out / "CNAME").read_text(encoding="utf-8") == "reports.example.org\n"
    assert not (out / "articles" / ".x.html.crosscheck-4194303-0badcafe.tmp").exists()
    assert (out / "articles" / ".notes.tmp").read_text(encoding="utf-8") == "mine\n"
    check_links(out)


@pytest.mark.parametrize("content", ["notes.txt", "index.html"])
def test_refuses_a_folder_it_did_not_write(tmp_path, content):
    root = seed_corpus(tmp_path / "c")
    out = tmp_path / "docs"
    out.mkdir()
    (out / content).write_text("<p>the team's own page</p>\n", encoding="utf-8")
    run = report(root, out, ok=(2,))
    assert f"{out} is not empty" in run.stderr and MARKER in run.stderr
    assert sorted(p.name for p in out.iterdir()) == [content]
    assert (out / content).read_text(encoding="utf-8") == "<p>the team's own page</p>\n"
    file_out = tmp_path / "plain"
    file_out.write_text("x", encoding="utf-8")
    run = report(root, file_out, ok=(2,))
    assert "is a file, not a folder" in run.stderr and file_out.read_text(encoding="utf-8") == "x"


def test_adopts_the_one_page_of_the_old_default(tmp_path):
    """An earlier version wrote report/index.html as one page: the site replaces it in place."""
    root = seed_corpus(tmp_path / "c")
    out = tmp_path / "report"
    report(root, out / "index.html")
    report(root, out)
    assert (out / MARKER).is_file() and (out / "articles").is_dir()


def test_one_page_for_a_small_corpus_and_refused_past_its_size(tmp_path, monkeypatch):
    root = seed_corpus(tmp_path / "c")
    report(root, tmp_path / "one.html")
    text = (tmp_path / "one.html").read_text(encoding="utf-8")
    assert "<style>" in text and text.count('<article id="a-') == 3
    fixtures = {f"brief-{i:04d}": f'schema_version = 1\n\n[article]\nid = "brief-{i:04d}"\ntitle = "Brief {i}"\n'
                                  f"published = 2020-01-01\n" for i in range(501)}
    write_corpus(tmp_path / "big", fixtures)
    run = report(tmp_path / "big", tmp_path / "big.html", ok=(2,))
    assert "one page holds at most 500 articles" in run.stderr and "501" in run.stderr
    assert "--output" in run.stderr and not (tmp_path / "big.html").exists()


@pytest.mark.parametrize("failure", ["disk full", "fixture broken after the check", "fixture edited after the check"])
def test_a_failed_run_leaves_the_previous_site_whole(tmp_path, monkeypatch, failure):
    root = seed_corpus(tmp_path / "c")
    out = tmp_path / "site"
    report(root, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    fixture = root / "fixtures" / "syria-daily-2020-01-11.toml"
    fixture.write_text(fixture.read_text(encoding="utf-8").replace("title = \"", "title = \"Changed: ", 1),
                       encoding="utf-8")
    written = []
    real = SiteFolder.write

    def failing(self, page, content):
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(page)
        real(self, page, content)

    result = check(root)
    if failure == "disk full":
        monkeypatch.setattr(SiteFolder, "write", failing)
        expected = OSError
    else:  # the pages read their fixtures again: one that is not the fixture checked stops the run
        edited = fixture.read_text(encoding="utf-8").replace("Changed: ", "Changed twice: ", 1)
        fixture.write_text("[article\n" if "broken" in failure else edited, encoding="utf-8")
        expected = site_build.ChangedWhileWriting
    with pytest.raises(expected) as raised:
        site_build.build(result, root, out, jobs=1)
    if failure != "disk full":
        assert str(raised.value) == ("fixtures/syria-daily-2020-01-11.toml changed while the report was being "
                                     "written: run it again")
    now = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert set(now) == set(before)  # no temporary file left, nothing removed
    assert now[out / "index.html"] == before[out / "index.html"] and now[out / MANIFEST] == before[out / MANIFEST]
    for page in now:
        if page.suffix == ".html":
            assert now[page].rstrip().endswith(b"</html>")
    check_links(out)
    if failure == "disk full":
        monkeypatch.setattr(SiteFolder, "write", real)
        report(root, out)  # the next run finds the half-written pages' inputs unlike the manifest's
        assert "Changed: " in (out / "index.html").read_text(encoding="utf-8")


def git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


def test_changed_since_puts_the_change_first(tmp_path):
    root = seed_corpus(tmp_path / "c")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "corpus")
    later = with_findings(tmp_path / "w")  # the same corpus plus one new article
    for name in ("fixtures/syria-daily-2020-01-12.toml", "seeds/syria-daily-2020-01-12.txt"):
        (root / name).write_bytes((later / name).read_bytes())
    out = tmp_path / "site"
    report(root, out, "--changed-since", "HEAD")
    index = (out / "index.html").read_text(encoding="utf-8")
    changed = index[index.index('id="changed"'):index.index('id="findings"')]
    assert "syria-daily-2020-01-12" in changed and "syria-daily-2019-12-28" not in changed
    assert index.index('id="changed"') < index.index('id="findings"') < index.index('id="articles"')
    key = (out / "keys" / "idlib-bombing-2020-01-11__killed.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr( class="new")?><td>.*?(syria-daily-[0-9-]+):killed', key)
    assert ("", "syria-daily-2020-01-11") in rows and (' class="new"', "syria-daily-2020-01-12") in rows
    assert 'class="new"' in key[:key.index("<table")]  # the new statement is marked in the chart too
    bad = report(root, tmp_path / "other", "--changed-since", "no-such-ref", ok=(2,))
    assert "no-such-ref" in bad.stderr


def test_a_key_of_many_statements_gets_several_pages(tmp_path):
    n = site_build.KEY_ROWS + 5
    fixtures, seeds = {}, {}
    for i in range(n):
        a = f"toll-{i:04d}"
        fixtures[a] = (f'schema_version = 1\n\n[article]\nid = "{a}"\ntitle = "Toll update {i}"\n'
                       f"published = 2021-{1 + i // 28:02d}-{1 + i % 28:02d}\n\n[[claim]]\nid = \"killed\"\n"
                       f'type = "count"\nquote = "at least {1000 + i} people killed"\nmeasure = "killed"\n'
                       f'value = {1000 + i}\nqualifier = "at_least"\ncumulative = true\nkey = "war/killed"\n')
        seeds[a] = f"Officials said at least {1000 + i} people killed so far.\n"
    write_corpus(tmp_path / "c", fixtures, seeds)
    out = tmp_path / "site"
    report(tmp_path / "c", out)
    first, second = out / "keys" / "war__killed.html", out / "keys" / "war__killed.2.html"
    assert first.is_file() and second.is_file() and not (out / "keys" / "war__killed.3.html").exists()
    text = second.read_text(encoding="utf-8")
    assert f"page 2 of 2: statements {site_build.KEY_ROWS + 1}–{n} of {n}" in text
    assert text.count("<tr><td>") + text.count('<tr class="new"><td>') == 5
    assert 'href="../keys/war__killed.html"' in text  # the pager
    assert max(p.stat().st_size for p in out.rglob("*.html")) < 300_000
    check_links(out)


def test_coverage_counts_what_the_format_counts(tmp_path):
    text = ("A 6.8-magnitude earthquake struck at 11:11 p.m. on Friday, 72 km southwest of Marrakesh.\n\n"
            "At least 2,000 people were killed and 1,400 injured, the ministry said.\n")
    fixture = """schema_version = 1

[article]
id = "quake-report"
title = "Morocco earthquake"
published = 2023-09-09
not_claims = ["1,400 injured"]  # the ministry's injured count: to be encoded when confirmed

[[claim]]
id = "killed"
type = "count"
quote = "At least 2,000 people were killed"
measure = "killed"
value = 2000
qualifier = "at_least"

[[claim]]
id = "quake"
type = "event"
quote = "A 6.8-magnitude earthquake struck at 11:11 p.m. on Friday"
what = "earthquake"
when = "on Friday"
"""
    write_corpus(tmp_path / "c", {"quake-report": fixture}, {"quake-report": text})
    out = tmp_path / "site"
    report(tmp_path / "c", out)
    page = (out / "articles" / "quake-report.html").read_text(encoding="utf-8")
    assert "2 of 2 numbers and dates encoded" in page
    assert 'class="gap"' not in page.split("</header>", 1)[1].split('<h3>Timeline')[0]


def test_no_cache_writes_the_same_site(findings_site, tmp_path):
    """The site made from the check's cache (article pages loaded in batches, key groups from the
    cache's files) is byte for byte the one made from a corpus read afresh (`--no-cache`)."""
    root, out, _ = findings_site
    fresh = tmp_path / "fresh"
    report(root, fresh, "--no-cache")
    made = {p.relative_to(fresh).as_posix(): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
    cached = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    made.pop(MANIFEST), cached.pop(MANIFEST)
    assert made.keys() == cached.keys()
    assert [p for p in made if made[p] != cached[p]] == []
