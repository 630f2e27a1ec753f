"""`crosscheck draft`: a drafted fixture passes the checker on its own text, and `--missing` lists what a
fixture leaves out.

The guarantee (issue 9): a drafted fixture, alone in a corpus with its text, gets no `schema`,
`quote-not-found`, `value-not-in-quote`, `qualifier-mismatch` or `date-unresolvable` finding — on every
text of the tests (tests/corpus/seeds/ and the rule cases' seeds) and on generated news-like sentences.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.checks.engine import run
from crosscheck.claims.corpus import load_corpus
from crosscheck.claims.draft import draft, statements, toml_string
from conftest import CORPUS, REPO, SEED, crosscheck

import tomli

GUARANTEED = {"schema", "quote-not-found", "value-not-in-quote", "qualifier-mismatch", "date-unresolvable"}


def _published(fixture_text: str | None) -> dt.date:
    try:
        published = tomli.loads(fixture_text or "")["article"]["published"]
    except (tomli.TOMLDecodeError, KeyError, TypeError):
        return dt.date(2020, 1, 11)
    return published.date() if isinstance(published, dt.datetime) else published


def _texts() -> list:
    """(name, text, published) for every text the tests hold."""
    out = []
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        fixture = CORPUS / "fixtures" / f"{path.stem}.toml"
        out.append(pytest.param(path.read_text(encoding="utf-8"),
                                _published(fixture.read_text(encoding="utf-8") if fixture.is_file() else None),
                                id=f"seeds/{path.name}"))
    for case_file in sorted((REPO / "tests" / "cases").glob("*.toml")):
        for case in tomli.loads(case_file.read_text(encoding="utf-8")).get("case", []):
            for name, text in case.get("seeds", {}).items():
                fixture = case.get("fixtures", {}).get(name)
                out.append(pytest.param(text, _published(fixture),
                                        id=f"{case_file.stem}/{case['name']}/{name}"))
    out += [pytest.param(text, published, id=f"editor/{name}") for name, text, published in EDITOR_TEXTS]
    return out


# Articles as an editor meets them: (name, text, published).
QUAKE = ("Quake toll rises above 5,000\n\nThe death toll from Monday's earthquake rose above 5,000 on Friday, officials "
         "said, and some 2.3m people have been displaced. Rescuers pulled scores of survivors from the rubble two "
         "days later. Last Thursday, aid agencies pledged 1.2bn. A Russian veto blocked a resolution over the weekend.")
EDITOR_TEXTS = [
    ("quake", QUAKE, dt.date(2023, 2, 10)),
    ("vetoes", "Moscow vetoed the draft on Tuesday. A Chinese and Russian veto sank a resolution on Friday.\n\n"
               "The toll has passed 300, and 40 people were wounded in the town on Friday.", dt.date(2023, 2, 10)),
]


def _findings(root: Path, text: str, published, article_id: str = "drafted-article"):
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "fixtures").mkdir(exist_ok=True)
    (root / "seeds" / f"{article_id}.txt").write_text(text, encoding="utf-8")
    fixture = draft(text, published, article_id=article_id)
    (root / "fixtures" / f"{article_id}.toml").write_text(fixture, encoding="utf-8")
    return fixture, run(load_corpus(root)).findings


@pytest.mark.parametrize("text, published", _texts())
def test_a_drafted_fixture_passes_on_its_own_text(tmp_path, text, published):
    fixture, findings = _findings(tmp_path, text, published)
    broken = [f"{f.rule} line {f.line}: {f.message}" for f in findings if f.rule in GUARANTEED]
    assert not broken, fixture


_NUMBER = st.sampled_from(["20", "1,200", "235,000", "seven", "four", "twenty-three", "40", "600,000", "12",
                           "a dozen", "1.2 million", "thousands", "dozens", "hundreds", "tens of thousands"])
_QUALIFIER = st.sampled_from(["", "At least ", "at least ", "more than ", "almost ", "about ", "up to ", "nearly ",
                              "fewer than ", "some ", "over ", "around "])
_WHO = st.sampled_from(["", "people ", "civilians ", "children ", "women ", "of people ", "towns "])
_VERB = st.sampled_from(["killed", "were killed", "have been killed", "wounded", "were injured", "fled",
                         "displaced", "are missing", "were arrested", "died", "left homeless", ""])
_PLACE = st.sampled_from(["", " in Idlib city", " in al-Nayrab", " near Aleppo", " in the north"])
_DATE = st.sampled_from(["", " on Wednesday", " last month", " in early September", " on January 10, 2020",
                         " since late April", " yesterday", " two days later", " the next day", " in 2019",
                         " on Sunday", " last week", " in September 2018", " this week", " three days ago",
                         " overnight", " at the weekend", " in mid-March"])
_TAIL = st.sampled_from(["", ", officials said", ", including six children", ", with four in Binnish",
                         " and only allowed a six-month extension on Friday",
                         ". Russia and China vetoed the resolution last month",
                         ". The council will meet on Monday", ". The ceasefire is due to start on Sunday",
                         ". The mandate was renewed for a year on Thursday", " (\"quoted\" \\ text)"])


@st.composite
def news_sentences(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        sentence = (draw(_QUALIFIER) + draw(_NUMBER) + " " + draw(_WHO) + draw(_VERB) + draw(_PLACE)
                    + draw(_DATE) + draw(_TAIL)).strip()
        parts.append(sentence[:1].upper() + sentence[1:] + ".")
    return draw(st.sampled_from([" ", "\n\n"])).join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_sentences(), published=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_drafts_of_generated_sentences_pass(text, published):
    with tempfile.TemporaryDirectory() as tmp:
        fixture, findings = _findings(Path(tmp), text, published)
    broken = [f"{f.rule} line {f.line}: {f.message}" for f in findings if f.rule in GUARANTEED]
    assert not broken, fixture


@given(st.text())
def test_toml_strings_read_back(value):
    assert tomli.loads(f"x = {toml_string(value)}")["x"] == value


def test_cli_drafts_the_seed_into_a_corpus_that_checks_clean(tmp_path):
    (tmp_path / "seeds").mkdir()
    text = (CORPUS / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    (tmp_path / "seeds" / f"{SEED}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "fixtures" / f"{SEED}.toml"
    done = crosscheck("draft", f"seeds/{SEED}.txt", "--published", "2020-01-11", "--output", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    drafted = out.read_text(encoding="utf-8")
    assert drafted.startswith("#:schema ../claims/claims.schema.json\n")
    data = tomli.loads(drafted)
    assert data["article"]["id"] == SEED and data["article"]["published"] == dt.date(2020, 1, 11)
    # text order, readable unique ids, the seed's statements as the issue describes them
    quotes = [c["quote"] for c in data["claim"]]
    assert [text.index(q) for q in quotes] == sorted(text.index(q) for q in quotes)
    assert len({c["id"] for c in data["claim"]}) == len(data["claim"])
    by_quote = {c["quote"]: c for c in data["claim"]}
    assert by_quote["more than 40 wounded"] | {} == {"id": "wounded", "type": "count", "quote": "more than 40 wounded",
                                                     "measure": "wounded", "value": 40, "qualifier": "more_than"}
    assert by_quote["seven people killed in Idlib city"]["part_of"] == by_quote["At least 20 people have been killed"]["id"]
    assert by_quote["At least six children were among the victims"]["subset_of"] == \
        by_quote["At least 20 people have been killed"]["id"]
    ceasefire = next(c for c in data["claim"] if c.get("when") == "Sunday")
    assert ceasefire["status"] == "scheduled"
    veto = next(c for c in data["claim"] if c["type"] == "veto")
    assert veto["by"] == ["Russia", "China"] and veto["when"] == "last month"
    extension = next(c for c in data["claim"] if c["type"] == "extension")
    assert extension["length"] == "six-month" and extension["when"] == "on Friday"
    assert "# check: is this one place's share of the earlier total?" in drafted
    assert "not drafted: a date relative to another event" in drafted  # "Within two weeks"
    checked = crosscheck("check", "--root", str(tmp_path))
    assert checked.returncode == 0, checked.stdout


def test_cli_missing_lists_what_a_fixture_leaves_out(tmp_path):
    fixture = (CORPUS / "fixtures" / f"{SEED}.toml").read_text(encoding="utf-8")
    # drop the claim on "more than 40 wounded"
    start = fixture.index('[[claim]]\nid = "wounded"')
    trimmed = fixture[:start] + fixture[fixture.index("[[claim]]", start + 1):]
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / f"{SEED}.txt").write_text((CORPUS / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    (tmp_path / "fixtures" / f"{SEED}.toml").write_text(trimmed, encoding="utf-8")
    done = crosscheck("draft", f"seeds/{SEED}.txt", "--missing", f"fixtures/{SEED}.toml", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"seeds/{SEED}.txt:8: 'more than 40 wounded': more than 40 wounded",
        f"22 of 23 numbers and dates encoded in fixtures/{SEED}.toml",
    ]
    whole = crosscheck("draft", f"seeds/{SEED}.txt", "--missing", f"fixtures/{SEED}.toml", cwd=CORPUS)
    assert whole.returncode == 0 and whole.stdout.endswith("23 of 23 numbers and dates encoded in "
                                                            f"fixtures/{SEED}.toml\n")


@pytest.mark.parametrize("args, message", [
    (["seeds/x.txt"], "draft needs --published"),
    (["seeds/x.txt", "--published", "11 January"], "is not a date"),
    (["seeds/x.txt", "--published", "2020-01-11", "--id", "Not A Slug"], "not an article id"),
    (["seeds/nowhere.txt", "--published", "2020-01-11"], "cannot read the article text"),
])
def test_cli_draft_refuses_bad_arguments(tmp_path, args, message):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_text("Seven people were killed on Sunday.\n", encoding="utf-8")
    done = crosscheck("draft", *args, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, done.stderr


def test_statements_say_what_they_read():
    text = "At least 20 people have been killed.\n\nThe next day, several fled."
    found = statements(text, dt.date(2020, 1, 11))
    assert [(st.phrase(text), st.claim is not None) for st in found][:1] == [("At least 20 people have been killed", True)]
    relative = next(st for st in found if st.kind == "event")
    assert relative.claim is None and "relative to another event" in relative.todo


# (text, published, a phrase of the claim's quote, keys the drafted claim has, keys it must not have)
READINGS = [
    # an adjective names the vetoing state; by holds the state, as value-not-in-quote and veto-by-non-member read it
    (QUAKE, dt.date(2023, 2, 10), "Russian veto", {"type": "veto", "by": ["Russia"], "subject": "a resolution",
                                                   "when": "over the weekend"}, ()),
    (EDITOR_TEXTS[1][1], dt.date(2023, 2, 10), "Moscow vetoed", {"type": "veto", "by": ["Moscow"]}, ()),
    (EDITOR_TEXTS[1][1], dt.date(2023, 2, 10), "Chinese and Russian veto", {"by": ["China", "Russia"]}, ()),
    # the toll's verb, then the number: a running count of the dead, with the wording's qualifier
    (QUAKE, dt.date(2023, 2, 10), "death toll from Monday's earthquake rose above 5,000",
     {"type": "count", "measure": "killed", "value": 5000, "qualifier": "more_than", "cumulative": True}, ()),
    (EDITOR_TEXTS[1][1], dt.date(2023, 2, 10), "toll has passed 300",
     {"measure": "killed", "value": 300, "qualifier": "more_than", "cumulative": True}, ()),
    # "death toll" earlier in the sentence is another clause's: no running total here
    (QUAKE, dt.date(2023, 2, 10), "2.3m people", {"measure": "displaced", "value": 2300000, "qualifier": "about"},
     ("cumulative",)),
    (EDITOR_TEXTS[1][1], dt.date(2023, 2, 10), "40 people were wounded", {"measure": "wounded", "value": 40},
     ("cumulative",)),
    # a possessive date is the date of the noun it is of
    (QUAKE, dt.date(2023, 2, 10), "Monday's earthquake", {"type": "event", "what": "earthquake", "when": "Monday's"},
     ()),
    # two days after Friday (publication day) would be after publication: after Monday's earthquake
    (QUAKE, dt.date(2023, 2, 10), "two days later", {"type": "event", "relative_to": "earthquake"}, ()),
]


@pytest.mark.parametrize("text, published, phrase, has, lacks", READINGS, ids=[row[2] for row in READINGS])
def test_the_draft_reads_an_editors_article(text, published, phrase, has, lacks):
    claims = [st.claim for st in statements(text, published) if st.claim is not None]
    claim = next((c for c in claims if phrase in c["quote"] and c["type"] == has.get("type", c["type"])), None)
    assert claim is not None, [c["quote"] for c in claims]
    assert {k: claim.get(k) for k in has} == has
    assert not [k for k in lacks if k in claim]


def _bench():
    import importlib.util

    spec = importlib.util.spec_from_file_location("draft_recall", REPO / "bench" / "draft_recall.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_seed_draft_recovers_the_hand_written_fixture():
    """Held at what the draft reached (issue 9 asks >= 90% of counts, >= 80% of dated claims): 11/11 counts,
    11/12 dated claims (the one missed, "strikes", is dated only by the photo caption), every drafted
    claim matching a hand-written one."""
    bench = _bench()
    row = next(r for r in bench.measure(CORPUS) if r.article == SEED)
    assert (row.counts_found, row.counts) == (11, 11)
    assert row.dated_found >= 11 and row.dated == 12
    assert row.precision == 1.0, row
    assert row.missed == ["strikes"]


def test_draft_recall_script_prints_its_table():
    import subprocess

    script = REPO / "bench" / "draft_recall.py"
    done = subprocess.run([sys.executable, str(script), "--root", str(CORPUS)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{SEED}        11/11   100%   11/12    92%" in done.stdout


def test_html_report_marks_what_the_fixture_leaves_out(tmp_path):
    fixture = (CORPUS / "fixtures" / f"{SEED}.toml").read_text(encoding="utf-8")
    start = fixture.index('[[claim]]\nid = "wounded"')
    trimmed = fixture[:start] + fixture[fixture.index("[[claim]]", start + 1):]
    trimmed = trimmed.replace('links = ["syria-daily-2020-01-09", "syria-daily-2019-12-28"]\n', "")  # alone here
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / f"{SEED}.txt").write_text((CORPUS / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    (tmp_path / "fixtures" / f"{SEED}.toml").write_text(trimmed, encoding="utf-8")
    done = crosscheck("report", "--root", str(tmp_path), "--output", str(tmp_path / "report.html"))
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<span class="gap" title="not encoded: more than 40 wounded">more than 40 wounded</span>' in html
    assert html.count('<span class="gap" title=') == 1
    assert "22 of 23 numbers and dates encoded" in html  # the article's header
    assert '<td class="num partial">22 of 23</td>' in html  # the overview table
