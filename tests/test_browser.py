"""The HTML report in a real browser (Debian's headless Chromium): it renders, its highlights and
timeline are in the DOM the browser built, and hostile text in a corpus runs nothing."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import REPO, crosscheck, write_corpus
from report_corpora import hostile
from test_reports import Elements, quoted_claims

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium)")
TITLE = "crosscheck report"


def chromium(profile, *args: str) -> subprocess.CompletedProcess:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def report(root, out):
    run = crosscheck("check", "--root", str(root), "--format", "html", "--output", str(out))
    assert run.returncode in (0, 1), run.stderr
    return out


class Document(Elements):
    def __init__(self, html: str):
        self.title, self._in_title = "", False
        super().__init__(html)

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        self._in_title = tag == "title" and not self.title

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def dom(page, tmp_path) -> Document:
    run = chromium(tmp_path / "profile", "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    assert "</html>" in run.stdout, run.stderr[-2000:]
    return Document(run.stdout)


def test_the_harness_sees_a_script_that_runs(tmp_path):
    """Control: a page whose script does run shows it in the dump, so the checks below can fail."""
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><html><head><title>before</title></head><body>"
                    "<script>document.title='pwned';document.body.insertAdjacentHTML('beforeend','<b id=pwned>!</b>')"
                    "</script></body></html>", encoding="utf-8")
    doc = dom(page, tmp_path)
    assert doc.title == "pwned"
    assert any(a.get("id") == "pwned" for _, a in doc.tags)


def test_seed_corpus_report_in_chromium(seed_root, tmp_path):
    page = report(seed_root, tmp_path / "report.html")
    doc = dom(page, tmp_path)
    assert doc.title == TITLE
    starts = [ref for m in doc.all("mark") for ref in m.get("data-first", "").split()]
    assert sorted(starts) == sorted(quoted_claims(seed_root))
    svgs = [a.get("class", "") for t, a in doc.tags if t == "svg"]
    assert svgs.count("timeline") == 2
    assert sum("chart" in c for c in svgs) == 2
    shot = tmp_path / "report.png"
    run = chromium(tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page was painted, not a blank


def test_hostile_report_runs_nothing(tmp_path):
    root = hostile(tmp_path / "corpus")
    page = report(root, tmp_path / "report.html")
    doc = dom(page, tmp_path)
    assert doc.title == TITLE
    assert not any(a.get("id") == "pwned" for _, a in doc.tags)
    assert not doc.all("script") and not doc.all("img")
    assert not any("onerror" in attrs for _, attrs in doc.tags)
    starts = {ref for m in doc.all("mark") for ref in m.get("data-first", "").split()}
    assert starts == quoted_claims(root)


# ---------------------------------------------------------------------------- the site, driven page by page

LABELS = """[...document.querySelectorAll('svg.chart, svg.timeline')].map(svg =>
  [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => {
    const r = t.getBoundingClientRect();
    return [t.textContent, r.left, r.top, r.right, r.bottom];
  }))"""


# each placed label of a count chart with its leader line's ends and its own bar, in the chart's coordinates
LEADERS = """[...document.querySelectorAll('svg.chart g.cbar')].filter(g => g.querySelector('text.words')).map(g => {
  const t = g.querySelector('text.words').getBBox(), r = g.querySelector('rect:not(.asof)').getBBox();
  const l = g.querySelector('line.leader');
  return [g.querySelector('text.words').textContent, [t.x, t.y, t.x + t.width, t.y + t.height],
          [r.x, r.y, r.x + r.width, r.y + r.height],
          l && [+l.getAttribute('x1'), +l.getAttribute('y1'), +l.getAttribute('x2'), +l.getAttribute('y2')]];
})"""


def unled(labels) -> list[str]:
    """Labels with no line from their own bar to their words (a label set apart from its mark names no mark)."""
    def near(x, y, box, slack):
        return box[0] - slack <= x <= box[2] + slack and box[1] - slack <= y <= box[3] + slack
    return [words for words, text, bar, line in labels
            if line is None or not near(line[0], line[1], bar, 1) or not near(line[2], line[3], text, 4)]


def overlapping(charts) -> list[tuple[str, str]]:
    """Pairs of labels of one chart whose boxes (as the browser laid them out) overlap."""
    out = []
    for labels in charts:
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5:
                    out.append((a[0], b[0]))
    return out


def bench_corpus(root):
    """A small corpus made by bench/bench.py's generator (the bench's own shapes of keys and links)."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import bench
    finally:
        sys.path.remove(str(REPO / "bench"))
    bench.generate(60, root)
    return root


CROWDED = """schema_version = 1

[article]
id = "{id}"
title = "Quake toll, report {n}"
published = 2023-09-10
source_note = ""

[[claim]]
id = "killed"
type = "count"
quote = "{words} people have died"
measure = "killed"
value = {value}
qualifier = "{q}"
source = "{source}"
key = "quake/killed"
"""


def test_site_in_chromium(tmp_path):
    from devtools import Browser

    root = bench_corpus(tmp_path / "bench")
    # four reports of one day on one key: their labels must not overlap
    fixtures, seeds = {}, {}
    for n, (words, value, q, source) in enumerate([("More than 1,300", 1300, "more_than", "Interior ministry"),
                                                   ("Exactly 1,305", 1305, "exact", "Red Crescent"),
                                                   ("At least 1,290", 1290, "at_least", "UN"),
                                                   ("About 1,300", 1300, "about", "OCHA")]):
        fixtures[f"quake-{n}"] = CROWDED.format(id=f"quake-{n}", n=n, words=words, value=value, q=q,
                                                source=source).replace('source_note = ""\n', "")
        seeds[f"quake-{n}"] = f"{words} people have died, officials said.\n"
    write_corpus(root, fixtures, seeds)
    out = tmp_path / "site"
    run = crosscheck("report", "--root", str(root), "--output", str(out))
    assert run.returncode in (0, 1), run.stderr
    browser = Browser(tmp_path / "profile")
    try:
        browser.open((out / "index.html").as_uri())
        assert browser.evaluate("document.title") == TITLE
        assert browser.evaluate("getComputedStyle(document.body).maxWidth") != "none"  # style.css applied
        article = browser.evaluate("document.querySelector('#articles a[href^=\"articles/\"]').getAttribute('href')")
        # each navigation starts after the evaluation has answered: a navigation that commits first
        # closes the context the answer was due from ("Inspected target navigated or closed", under load)
        browser.evaluate(f"setTimeout(() => document.querySelector('a[href=\"{article}\"]').click())")
        browser.wait_for(article)
        assert browser.evaluate("document.querySelectorAll('mark').length") > 3
        assert not overlapping(browser.evaluate(LABELS))
        key = browser.evaluate("document.querySelector('a[href^=\"../keys/\"]').getAttribute('href')")
        browser.evaluate(f"setTimeout(() => document.querySelector('a[href=\"{key}\"]').click())")
        browser.wait_for(key.rsplit("/", 1)[-1])
        assert browser.evaluate("document.querySelectorAll('svg.chart').length") >= 1
        assert browser.evaluate("document.querySelector('.verdict').textContent").strip()
        assert not overlapping(browser.evaluate(LABELS))
        browser.evaluate("setTimeout(() => history.back())")
        browser.wait_for(article)
        assert browser.evaluate("document.querySelector('h2.headline') !== null")
        # the crowded key: every label placed or moved to the table, none over another
        browser.open((out / "keys" / "quake__killed.html").as_uri())
        charts = browser.evaluate(LABELS)
        words = [label[0] for chart in charts for label in chart]
        assert any("1,305" in w for w in words) and any("1,300" in w for w in words)
        assert not overlapping(charts)
        leaders = browser.evaluate(LEADERS)
        assert len(leaders) >= 2 and not unled(leaders), leaders
        assert browser.evaluate("getComputedStyle(document.querySelector('.badge')).borderRadius") != "0px"
        # control: two labels drawn over each other are seen
        control = tmp_path / "control.html"
        control.write_text('<!DOCTYPE html><html><head><title>c</title></head><body><svg class="chart" width="300" '
                           'height="60"><text x="10" y="30">more than 1,300</text><text x="40" y="34">exactly 1,305'
                           '</text></svg></body></html>', encoding="utf-8")
        browser.open(control.as_uri())
        assert overlapping(browser.evaluate(LABELS)) == [("more than 1,300", "exactly 1,305")]
    finally:
        browser.close()


def test_hostile_site_runs_nothing(tmp_path):
    root = hostile(tmp_path / "corpus")
    out = tmp_path / "site"
    run = crosscheck("report", "--root", str(root), "--output", str(out))
    assert run.returncode in (0, 1), run.stderr
    for page in [out / "index.html", *sorted((out / "articles").glob("*.html")), *sorted((out / "keys").glob("*.html"))]:
        doc = dom(page, tmp_path)
        assert not any(a.get("id") == "pwned" for _, a in doc.tags), page
        assert not doc.all("script") and not doc.all("img"), page
        assert not any("onerror" in attrs for _, attrs in doc.tags), page
