"""The report formats (html, markdown, sarif) through the real command line, on the seed
corpus (tests/corpus/) and on corpora with findings of every kind, and with hostile text."""
from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from crosscheck.checks import safe_files
from crosscheck.checks.reporters import output
from crosscheck.checks.reporters.markdown import escape
from crosscheck.checks.reporters.output import write_atomic
from crosscheck.claims.text import find_quote
from conftest import crosscheck
from report_corpora import ALERT_IMG, ALERT_SCRIPT, IMG, SCRIPT, hostile, with_findings

import tomli

SCHEMA = Path(__file__).parent / "sarif-2.1.0.schema.json"


def render(root: Path, fmt: str, out: Path) -> str:
    run = crosscheck("check", "--root", str(root), "--format", fmt, "--output", str(out))
    assert run.returncode in (0, 1), run.stderr
    assert run.stdout == ""
    return out.read_text(encoding="utf-8")


def findings_of(root: Path) -> list[dict]:
    return json.loads(crosscheck("check", "--root", str(root), "--format", "json").stdout)["findings"]


@pytest.fixture(scope="module")
def findings_corpus(tmp_path_factory):
    return with_findings(tmp_path_factory.mktemp("findings"))


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory):
    return hostile(tmp_path_factory.mktemp("hostile"))


class Elements(HTMLParser):
    """Every start tag with its attributes: what a browser would build, not what the text says."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict]:
        return [attrs for t, attrs in self.tags if t == tag]


def quoted_claims(root: Path) -> set[str]:
    """Claims whose quote stands in their article's text or headline: each must be highlighted."""
    out = set()
    for path in sorted((root / "fixtures").rglob("*.toml")):
        data = tomli.loads(path.read_text(encoding="utf-8"))
        article = data["article"]
        seed = root / "seeds" / f"{article['id']}.txt"
        text = seed.read_text(encoding="utf-8") if seed.exists() else ""
        for claim in data.get("claim", []):
            quote = claim.get("quote")
            if quote and (find_quote(quote, text) or find_quote(quote, article["title"])):
                out.add(f"{article['id']}:{claim['id']}")
    return out


# --- SARIF -------------------------------------------------------------------------------------

@pytest.mark.parametrize("corpus", ["seed", "findings"])
def test_sarif_is_valid_and_has_one_result_per_finding(corpus, findings_corpus, seed_root_module, tmp_path):
    root = seed_root_module if corpus == "seed" else findings_corpus
    log = json.loads(render(root, "sarif", tmp_path / "out.sarif"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(log), key=str)
    assert not errors, errors[0]

    expected = findings_of(root)
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "crosscheck" and driver["version"]
    assert len(run["results"]) == len(expected)
    rules = {r["id"]: r for r in driver["rules"]}
    assert {"order-violated", "cross-report-conflict", "quote-not-found"} <= set(rules)
    assert rules["order-violated"]["shortDescription"]["text"]
    assert "Bad:" in rules["order-violated"]["fullDescription"]["text"]
    assert rules["unused-accept"]["defaultConfiguration"]["level"] == "warning"
    for result, finding in zip(run["results"], expected):
        assert result["ruleId"] == finding["rule"]
        assert driver["rules"][result["ruleIndex"]]["id"] == finding["rule"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": finding["file"], "uriBaseId": "%SRCROOT%"}
        assert location["region"]["startLine"] == finding["line"]
        if finding["accepted"]:
            assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                               "justification": finding["reason"]}]
        else:
            assert "suppressions" not in result
    if corpus == "findings":
        assert {f["severity"] for f in expected} >= {"error", "warning"}
        assert any(f["accepted"] for f in expected)


# --- Markdown ----------------------------------------------------------------------------------

def test_markdown_on_the_seed_corpus(seed_root_module, tmp_path):
    text = render(seed_root_module, "markdown", tmp_path / "out.md")
    assert "| articles | claims | errors | warnings | accepted |" in text
    assert "| 3 | 25 | 0 | 0 | 0 |" in text
    assert "No findings." in text


def test_markdown_lists_findings_with_escaped_cells(findings_corpus, tmp_path):
    text = render(findings_corpus, "markdown", tmp_path / "out.md")
    expected = findings_of(findings_corpus)
    assert "❌" in text
    assert "### Errors (3)" in text and "### Warnings (1)" in text
    assert "<details>" in text and "<summary>Accepted findings (1)</summary>" in text
    for finding in expected:
        assert escape(finding["message"]) in text
        assert f"| {escape(finding['rule'])} | {escape(finding['file'])}:{finding['line']} |" in text
    # the editor's reason holds "|" and a tag: neither may break the table or become markup
    reason = next(f["reason"] for f in expected if f["accepted"])
    assert "|" in reason and "<b>" in reason
    assert r"count \| the later report &lt;b&gt;corrects&lt;/b&gt; it" in text
    for line in text.splitlines():
        if line.startswith("| ") and "order-violated" in line:
            assert len(re.findall(r"(?<!\\)\|", line)) == 4  # three cells: no stray separator


def test_markdown_escape():
    assert escape("a | b") == r"a \| b"
    assert escape("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert escape("[link](javascript:x) *b* `c` ~~d~~ a_b") == r"\[link\](javascript:x) \*b\* \`c\` \~\~d\~\~ a\_b"
    assert escape("one\ntwo") == "one<br>two"


# --- HTML --------------------------------------------------------------------------------------

def test_html_report_of_the_seed_corpus(seed_root_module, tmp_path):
    html = render(seed_root_module, "html", tmp_path / "report.html")
    doc = Elements(html)
    expected = quoted_claims(seed_root_module)
    assert len(expected) == 25
    marks = doc.all("mark")
    # a quote may be cut into several marks where quotes overlap; each starts in exactly one
    starts = [ref for m in marks for ref in m.get("data-first", "").split()]
    assert sorted(starts) == sorted(expected)
    assert len(marks) >= len(expected)
    assert all(m.get("tabindex") == "0" for m in marks if "sample" not in m.get("class", ""))
    covered = {ref for m in marks for ref in m.get("data-claims", "").split()}
    assert covered == expected
    # overlapping quotes: "The strikes came before a Sunday ceasefire" / "a Sunday ceasefire, announced ..."
    shared = [m for m in marks if {"syria-daily-2020-01-11:strikes", "syria-daily-2020-01-11:ceasefire"}
              <= set(m.get("data-claims", "").split())]
    assert len(shared) == 1 and "multi" in shared[0]["class"]
    # the two headline-only reports are highlighted in their headlines
    assert html.count('class="headline"') == 3
    # every claim anchor is unique, and every in-page link has its target
    ids = [a["id"] for _, a in doc.tags if "id" in a]
    assert len(ids) == len(set(ids))
    for _, attrs in doc.tags:
        if attrs.get("href", "").startswith("#"):
            assert attrs["href"][1:] in ids, attrs["href"]

    assert 'content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:"' in html
    assert not doc.all("script") and not doc.all("link") and not doc.all("img")
    timelines = [a for t, a in doc.tags if t == "svg" and "timeline" in a.get("class", "")]
    assert len(timelines) == 2  # the 2019-12-28 report holds only a count: no dated claim
    assert "published Jan 11, 2020" in html and "“in September 2018”" in html
    assert "Sep" in html and ">2018</text>" in html and ">2020</text>" in html
    charts = [a for t, a in doc.tags if t == "svg" and "chart" in a.get("class", "")]
    assert len(charts) == 2  # the fled count and the hospital date: the two keys shared by two reports
    assert 'id="k-idlib-offensive-2019__fled-maarat-al-numan-december"' in html
    assert "at least 235,000 per UN" in html and "more than 235,000" in html
    assert "what the checker read" in html.lower()
    # what the checker read, in each highlight's tooltip
    assert "read as: almost 1,200 → [1080, 1199]" in html


def test_html_report_with_findings(findings_corpus, tmp_path):
    html = render(findings_corpus, "html", tmp_path / "report.html")
    doc = Elements(html)
    marks = doc.all("mark")
    statuses = {ref: m["class"] for m in marks for ref in m.get("data-first", "").split()}
    assert "s-contradicted" in statuses["syria-daily-2020-01-11:pause"]
    assert "s-contradicted" in statuses["syria-daily-2020-01-12:fled"]
    assert "s-accepted" in statuses["syria-daily-2020-01-12:killed"]
    assert "s-consistent" in statuses["syria-daily-2020-01-11:offensive"]
    assert "syria-daily-2020-01-12:ghost" not in statuses  # its quote is nowhere
    # the order violation is drawn in red on the timeline
    assert html.count('class="row s-contradicted violated"') == 2
    assert "⚠ order: Putin declares a pause" in html
    # findings with rule docs, file:line, accepted reason; one chart per shared key
    assert "fixtures/syria-daily-2020-01-12.toml:31" in html
    assert "<details class=\"doc\"><summary>Rule <code>order-violated</code>" in html
    assert "Accepted: Medics&#39; early count | the later report &lt;b&gt;corrects&lt;/b&gt; it" in html
    assert len([a for t, a in doc.tags if t == "svg" and "chart" in a.get("class", "")]) == 3
    assert "White Helmets" in html
    # newest first in the overview table
    rows = re.findall(r'<td class="date">([^<]+)</td>', html)
    assert rows == sorted(rows, reverse=True) and rows[0] == "2020-01-12"


def test_html_escapes_hostile_text(hostile_corpus, tmp_path):
    html = render(hostile_corpus, "html", tmp_path / "report.html")
    doc = Elements(html)
    assert not doc.all("script") and not doc.all("img")
    assert not any(a.get("id") == "pwned" for _, a in doc.tags)
    for payload in (SCRIPT, IMG, ALERT_SCRIPT, ALERT_IMG):
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert not any("onerror" in attrs for _, attrs in doc.tags)
    assert not any(v and "javascript:" in v for _, attrs in doc.tags for v in attrs.values())
    # the quotes holding markup are still found and highlighted
    starts = {ref for m in doc.all("mark") for ref in m.get("data-first", "").split()}
    assert starts == quoted_claims(hostile_corpus) == {"hostile-one:payload", "hostile-one:count",
                                                        "hostile-two:payload", "hostile-two:count"}


def test_reports_are_byte_identical_run_to_run(findings_corpus, tmp_path):
    for fmt in ("html", "markdown", "sarif"):
        first = (render(findings_corpus, fmt, tmp_path / f"a.{fmt}"), render(findings_corpus, fmt, tmp_path / f"b.{fmt}"))
        assert first[0] == first[1], fmt
        assert (tmp_path / f"a.{fmt}").read_bytes() == (tmp_path / f"b.{fmt}").read_bytes()


def test_report_command_writes_report_index(seed_root_module, tmp_path):
    run = crosscheck("report", "--root", str(seed_root_module), "--output", str(tmp_path / "report" / "index.html"))
    assert run.returncode == 0, run.stderr
    assert "wrote" in run.stdout
    page = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert page == render(seed_root_module, "html", tmp_path / "again.html")


# --- writing ------------------------------------------------------------------------------------

def test_output_leaves_no_temporary_file(seed_root_module, tmp_path):
    out = tmp_path / "site" / "report.html"
    render(seed_root_module, "html", out)
    render(seed_root_module, "html", out)  # over an existing report
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_write_atomic_keeps_the_previous_report_on_failure(tmp_path, monkeypatch, failing):
    target = tmp_path / "report.html"
    write_atomic(target, "previous report\n")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(safe_files.os, failing, boom)
    with pytest.raises(output.OutputError, match=f"cannot write {re.escape(str(target))}: disk full"):
        write_atomic(target, "new report that never lands\n")
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_html_shows_fixtures_that_could_not_be_loaded_first(findings_corpus, tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(findings_corpus, root)
    (root / "fixtures" / "broken.toml").write_text('schema_version = 1\n[article\nid = "x"\n', encoding="utf-8")
    html = render(root, "html", tmp_path / "report.html")
    rows = re.findall(r'<td class="date">([^<]+)</td><td><a href="#([^"]+)">', html)
    assert rows[0] == ("—", Elements(html).all("article")[0]["id"])
    assert "not valid TOML" in html and "fixtures/broken.toml:2" in html


# --- the pieces the HTML is computed from ---------------------------------------------------------

def test_overlapping_quotes_split_into_segments():
    from crosscheck.checks.reporters.highlight import paragraphs

    text = "one two three four\n\nfive six"
    spans = {"a:x": (0, 13), "a:y": (4, 18), "a:z": (8, 13), "a:w": (14, 28)}  # partial, nested, across a break
    paras = paragraphs(text, spans)
    assert "".join(s.text for s in paras[0]) == "one two three four" and "".join(s.text for s in paras[1]) == "five six"
    assert [(s.text, s.refs, s.first) for s in paras[0]] == [
        ("one ", ("a:x",), ("a:x",)), ("two ", ("a:x", "a:y"), ("a:y",)), ("three", ("a:x", "a:y", "a:z"), ("a:z",)),
        (" ", ("a:y",), ()), ("four", ("a:y", "a:w"), ("a:w",))]
    assert [(s.text, s.refs, s.first) for s in paras[1]] == [("five six", ("a:w",), ())]  # anchored once


def test_time_scale_breaks_empty_months_and_keeps_order():
    import datetime as dt

    from crosscheck.checks.reporters.timescale import TimeScale

    d = dt.date
    spans = [(d(2018, 9, 1), d(2018, 9, 30)), (d(2019, 11, 1), d(2019, 12, 31)), (d(2020, 1, 8), d(2020, 1, 8)),
             (d(2020, 1, 11), d(2020, 1, 12))]
    scale = TimeScale(spans, 0, 900)
    assert len(scale.pieces) == 3 and len(scale.gaps) == 2  # 2018 | Nov-Dec 2019 | the week of January 2020
    days = [d(2018, 9, 1), d(2018, 9, 30), d(2019, 11, 1), d(2019, 12, 31), d(2020, 1, 8), d(2020, 1, 11)]
    xs = [scale.x(day) for day in days]
    assert xs == sorted(xs) and 0 <= xs[0] and xs[-1] <= 900
    assert scale.x(d(2020, 1, 9)) - scale.x(d(2020, 1, 8)) > 20  # a day of the last week is readable
    labels = [t.label for t in scale.ticks()]
    assert {"Sep 1", "Nov 1", "Dec 1", "Jan 9", "Jan 11"} <= set(labels)
    assert [y.label for y in scale.years()] == ["2018", "2019", "2020"]
    ticks = scale.ticks()
    assert all(b.x > a.x for a, b in zip(ticks, ticks[1:]))


# (sources as the claims of one key give them, the settings' groups, the legend's names)
SOURCE_COLOURS = [
    (["UN", "the  UN", "un"], (), ["UN"]),
    (["Lebanese health ministry", "Lebanese government", None], (("Lebanese government", ("Lebanese health ministry",)),),
     ["Lebanese government", "no source given"]),
    (["Lebanese health ministry", "Lebanese government"], (), ["Lebanese government", "Lebanese health ministry"]),
]


@pytest.mark.parametrize("written, groups, legend", SOURCE_COLOURS)
def test_key_charts_colour_one_source_as_the_rules_count_it(written, groups, legend):
    from types import SimpleNamespace

    from crosscheck.checks.reporters.keycharts import SourceColors, legend as legend_of
    from crosscheck.claims.sources import SourceGroups

    views = [SimpleNamespace(claim=SimpleNamespace(source=s)) for s in written]
    colors = SourceColors(views, SourceGroups(groups))
    assert [entry["name"] for entry in legend_of(colors)] == legend
    assert len({colors.of(v)["color"] for v in views if v.claim.source}) == len([n for n in legend if n != "no source given"])


def _veto(aid: str, day: str, when: str) -> str:
    return (f'schema_version = 1\n\n[article]\nid = "{aid}"\ntitle = "Russia vetoes the aid renewal"\n'
            f'published = {day}\n\n[[claim]]\nid = "veto"\ntype = "veto"\nquote = "{when}, Russia vetoed"\n'
            f'body = "UN Security Council"\nby = ["Russia"]\nsubject = "the aid renewal"\nwhen = "{when}"\n'
            f'key = "aid-2023/veto"\n')


def test_html_folds_the_findings_of_one_rule_on_one_claim_into_one_card(tmp_path):
    """(In our words, after the July 2023 Syria aid veto.) Three reports date Russia's veto on Tuesday, a fourth on
    Wednesday: three findings, one per earlier report, all about the one wrong date. The JSON keeps the three; the
    report's index and the article page show one card, the other two folded under it, named."""
    from conftest import write_corpus

    reports = {"aid-a-2023-07-11": ("2023-07-11", "On Tuesday"), "aid-b-2023-07-11": ("2023-07-11", "On Tuesday"),
               "aid-c-2023-07-12": ("2023-07-12", "On Tuesday"), "aid-late-2023-07-14": ("2023-07-14", "On Wednesday")}
    root = write_corpus(tmp_path / "corpus", {aid: _veto(aid, day, when) for aid, (day, when) in reports.items()},
                        {aid: f"Russia vetoes the aid renewal\n\n{when}, Russia vetoed the aid renewal.\n"
                         for aid, (_, when) in reports.items()})
    assert [(f["rule"], f["file"], f["line"]) for f in findings_of(root)] == \
        [("cross-report-conflict", "fixtures/aid-late-2023-07-14.toml", 8)] * 3
    run = crosscheck("report", "--root", str(root), "--output", str(tmp_path / "report" / "index.html"))
    assert run.returncode == 1, run.stderr
    for page in [tmp_path / "report" / "index.html", *sorted((tmp_path / "report" / "articles").glob("aid-late*"))]:
        html = page.read_text(encoding="utf-8")  # (a small corpus's index holds the article's section too)
        cards = html.count('<li class="finding ')
        assert cards >= 1 and html.count("and 2 more <code>cross-report-conflict</code> findings") == cards, page
        summary = re.search(r"and 2 more <code>cross-report-conflict</code> findings on this claim, against ([^<]*)"
                            r"</summary>", html)
        shown = re.search(r'<p class="refs">Claims: <a [^>]*>aid-late-2023-07-14:veto</a>, <a [^>]*>([^<]+)</a>', html)
        assert summary and shown, page
        assert sorted([shown.group(1), *summary.group(1).split(", ")]) == [
            "aid-a-2023-07-11:veto", "aid-b-2023-07-11:veto", "aid-c-2023-07-12:veto"], page


def _toll(aid: str, day: str, value: int) -> str:
    return (f'schema_version = 1\n\n[article]\nid = "{aid}"\ntitle = "Hall attack toll"\npublished = {day}\n\n'
            f'[[claim]]\nid = "killed"\ntype = "count"\nquote = "toll stands at {value}"\nmeasure = "killed"\n'
            f'value = {value}\ncumulative = true\nkey = "hall-attack-2024/killed"\n')


def test_html_folds_the_findings_against_one_and_the_same_claim_into_one_card(tmp_path):
    """(In our words, after the March 2024 Crocus City Hall attack.) One early report's unconfirmed 150 stands above
    three later official tolls: three cumulative-decrease findings, each on a later report's claim, all against the
    one early claim. The site's index shows one card, the other two folded under it, naming the claim they share
    (each article's page lists its own)."""
    from conftest import write_corpus

    reports = {"hall-a-2024-03-23": ("2024-03-23", 150), "hall-b-2024-03-24": ("2024-03-24", 137),
               "hall-c-2024-03-27": ("2024-03-27", 140), "hall-d-2024-03-28": ("2024-03-28", 140)}
    root = write_corpus(tmp_path / "corpus", {aid: _toll(aid, day, n) for aid, (day, n) in reports.items()},
                        {aid: f"Hall attack toll\n\nThe toll stands at {n}.\n" for aid, (_, n) in reports.items()})
    assert sorted(f["file"] for f in findings_of(root)) == [
        f"fixtures/{aid}.toml" for aid in ("hall-b-2024-03-24", "hall-c-2024-03-27", "hall-d-2024-03-28")]
    run = crosscheck("report", "--root", str(root), "--output", str(tmp_path / "site"))  # the site: an index of findings
    assert run.returncode == 1, run.stderr
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    findings = index[index.index('id="findings-h"'):index.index("</ul>", index.index('id="findings-h"'))]
    assert findings.count('<li class="finding ') == 1
    assert ("and 2 more <code>cumulative-decrease</code> findings against the same claim, hall-a-2024-03-23:killed, "
            "on hall-c-2024-03-27:killed, hall-d-2024-03-28:killed</summary>") in findings
