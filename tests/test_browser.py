"""The HTML report in a real browser (Debian's headless Chromium): it renders, its highlights and
timeline are in the DOM the browser built, and hostile text in a corpus runs nothing."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import crosscheck
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
