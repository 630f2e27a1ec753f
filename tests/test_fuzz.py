"""Fuzzing the loader and the checks: no fixture, however broken, may break a run.

Structure-aware mutations of real fixtures (the seed corpus's, and every corpus of the rule cases):
wrong types for a key, deleted / duplicated / swapped lines, stray TOML punctuation, NUL, BOM,
lone CR, invalid UTF-8, huge and negative counts, dates at the ends of the calendar with relative
expressions, absurd lengths, and reference cycles (`part_of`, `subset_of`, `before`, `after`,
`relative_to`). Properties, for every mutated corpus:

- loading, checking and every reporter finish without an exception;
- every finding names a file of the corpus and a line from 1 to the file's last line;
- the findings that do not involve the mutated article (nor a key it states) are exactly those of the
  unmutated corpus;
- what the compiled model (pydantic, strict) accepts, the JSON Schema accepts too: the loader trusts
  the model alone for valid files and walks the schema only for the others; what it refuses is a
  `schema` finding;
- the lines of claims, accepts and the article id found by the line index's shortcut are those of
  its full scan.

The suite runs a bounded number of examples; a long run sets CROSSCHECK_FUZZ_EXAMPLES (e.g. 20000)
and prints what it did when run with ``-s``.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.checks.engine import run
from crosscheck.checks.reporters import REPORTERS, reporter
from crosscheck.claims.corpus import load_corpus
from crosscheck.claims.loader import to_json
from crosscheck.claims.model import Fixture
from crosscheck.claims.schema import validator
from crosscheck.claims.text import _FOLD, find_quote, fold
from crosscheck.claims.toml_lines import LineIndex

from test_rule_cases import CASE_FILES

import tomli

CORPUS = Path(__file__).resolve().parent / "corpus"
EXAMPLES = int(os.environ.get("CROSSCHECK_FUZZ_EXAMPLES", "150"))


def _corpora() -> list[dict[str, bytes]]:
    """Every base corpus as {relative path: bytes}: the seed corpus (tests/corpus/), then each rule case's."""
    repo = {p.relative_to(CORPUS).as_posix(): p.read_bytes()
            for folder in ("fixtures", "seeds") for p in sorted((CORPUS / folder).rglob("*")) if p.is_file()}
    out = [repo]
    for data in CASE_FILES.values():
        for case in data.get("case", []):
            files = {f"fixtures/{n}.toml": t for n, t in case.get("fixtures", {}).items()}
            files |= {f"seeds/{n}.txt": t for n, t in case.get("seeds", {}).items()}
            files |= {k: v for k, v in case.get("files", {}).items() if not k.startswith("..")}
            if any(k.startswith("fixtures/") for k in files):
                out.append({k: v.encode("utf-8") for k, v in files.items()})
    return out


CORPORA = _corpora()

# Values of every type, and the extremes the issue names.
VALUES = [
    '"x"', '""', '" "', "-1", "0", "1000000000000000000000000000000", "1e30", "nan", "inf", "true", "[]",
    '["x"]', "{}", '{ a = 1 }', "2020-01-01", "0001-01-01", "9999-12-31", "9999-12-31T23:59:59Z",
    "00:00:00", '"last month"', '"next year"', '"tomorrow"', '"yesterday"', '"last week"', '"next month"',
    '"two days later"', '"the previous day"', '"within 3 days"', '"P9999Y"', '"P0D"', '"9999 years"',
    '"Monday\'s"', '"early February"', '"late December 9999"', '"January 1, 0001"', '"scores"',
    '"several"', '"a few"', '"roughly"', "'''a\nb'''", '"\\u0000"', '"\\uD800"',
]
KEYS = ["value", "qualifier", "when", "as_of", "date", "published", "length", "starts", "until", "by",
        "part_of", "subset_of", "before", "after", "relative_to", "event", "key", "source", "quote", "id",
        "type", "status", "links", "measure", "cumulative", "schema_version", "claims", "rule", "reason", "text"]
STRAYS = ["[", "]", "=", '"', "'''", '"""', "[[", "]]", "\x00", "\r", "\ufeff", "#", ",", "{", "}", "\\"]
INVALID_UTF8 = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]

_ID = re.compile(r'^id = "([^"]+)"', re.MULTILINE)
_KEY = re.compile(r'^key = "([^"]+)"', re.MULTILINE)

mutation = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(KEYS), st.sampled_from(VALUES), st.integers(0, 10**6)),
    st.tuples(st.just("delete"), st.integers(0, 10**6)),
    st.tuples(st.just("duplicate"), st.integers(0, 10**6)),
    st.tuples(st.just("swap"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("stray"), st.sampled_from(STRAYS), st.integers(0, 10**6)),
    st.tuples(st.just("bytes"), st.sampled_from(INVALID_UTF8 + [b"\x00", b"\r", b"\xef\xbb\xbf"]), st.integers(0, 10**6)),
    st.tuples(st.just("reference"), st.sampled_from(["part_of", "subset_of", "before", "after", "relative_to"]),
              st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("published"), st.sampled_from(["0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z"])),
)


def mutate(text: bytes, ops) -> bytes:
    """Apply each mutation to the fixture's lines; positions wrap round the current text."""
    lines = text.split(b"\n")
    for op in ops:
        kind, n = op[0], len(lines)
        if kind == "set":  # a key of any table, given any value (new key if the line held another)
            _, key, value, at = op
            lines[at % n] = f"{key} = {value}".encode()
        elif kind == "delete" and n > 1:
            del lines[op[1] % n]
        elif kind == "duplicate":
            at = op[1] % n
            lines.insert(at, lines[at])
        elif kind == "swap":
            a, b = op[1] % n, op[2] % n
            lines[a], lines[b] = lines[b], lines[a]
        elif kind == "stray":
            at = op[2] % (len(b"\n".join(lines)) + 1)
            joined = b"\n".join(lines)
            lines = (joined[:at] + op[1].encode() + joined[at:]).split(b"\n")
        elif kind == "bytes":
            joined = b"\n".join(lines)
            at = op[2] % (len(joined) + 1)
            lines = (joined[:at] + op[1] + joined[at:]).split(b"\n")
        elif kind == "reference":  # point one claim at another (or itself): cycles come up often
            _, key, a, b = op
            ids = _ID.findall(b"\n".join(lines).decode("utf-8", "replace"))
            heads = [i for i, line in enumerate(lines) if line.strip() == b"[[claim]]"]
            if ids and heads:
                target = ids[b % len(ids)]
                value = f'["{target}"]' if key in ("before", "after") else f'"{target}"'
                lines.insert(heads[a % len(heads)] + 1, f"{key} = {value}".encode())
        elif kind == "published":
            lines = [f"published = {op[1]}".encode() if line.startswith(b"published") else line for line in lines]
    return b"\n".join(lines)


def _article_of(path: str, data: bytes) -> str:
    try:
        article = tomli.loads(data.decode("utf-8")).get("article", {})
        return article["id"] if isinstance(article.get("id"), str) else Path(path).stem
    except Exception:
        return Path(path).stem


def check(files: dict[str, bytes]):
    """Load, check and render a corpus written to a fresh folder: (findings, line counts by file)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for relative, data in files.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_bytes(data)
        result = run(load_corpus(root))
        for name in REPORTERS:
            reporter(name).render(result)
    return result.findings


def _about(finding, article: str) -> bool:
    """Whether a finding involves ``article`` (its own, one of its claims, or by name)."""
    return (finding.article == article or any(c.startswith(f"{article}:") for c in finding.claims)
            or re.search(rf"(?<![\w-]){re.escape(article)}(?![\w-])", finding.message) is not None)


_BASELINE: dict[int, tuple] = {}
STATS = {"examples": 0, "fixtures": 0, "findings": 0, "seconds": 0.0}


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 1000,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(0, len(CORPORA) - 1), st.integers(0, 10**6), st.lists(mutation, min_size=1, max_size=4))
def test_no_fixture_breaks_a_run(which, pick, ops):
    started = time.perf_counter()
    base = CORPORA[which]
    if which not in _BASELINE:
        _BASELINE[which] = check(base)
    fixtures = sorted(k for k in base if k.startswith("fixtures/"))
    target = fixtures[pick % len(fixtures)]
    files = dict(base)
    files[target] = mutate(base[target], ops)
    findings = check(files)  # no exception escapes: the property itself

    try:
        data = tomli.loads(files[target].decode("utf-8"))
    except (UnicodeDecodeError, tomli.TOMLDecodeError):
        data = None
    if data is not None:
        try:
            Fixture.model_validate(data, strict=True)
            model_accepts = True
        except ValueError:
            model_accepts = False
        if model_accepts:  # the schema walk is skipped: it must have had nothing to say
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(to_json(data))]
            assert not errors, errors
        else:  # a TOML date-time for `when` is a string to JSON Schema: the model's errors are reported then
            assert any(f.rule == "schema" and f.file == target for f in findings)
        # the claim and accept lines found without the full scan are the full scan's
        text = files[target].decode("utf-8")
        quick, full = LineIndex(text), LineIndex(text, shortcut=False)
        for name in ("claim", "accept"):
            entries = data.get(name)
            for i in range(len(entries) if isinstance(entries, list) else 0):
                assert quick.line((name, i)) == full.line((name, i)), (name, i)
            every = range((len(entries) if isinstance(entries, list) else 0) + 2)  # and past the last one
            assert LineIndex(text).entry_lines(name, every) == [full.line((name, i)) for i in every], name
        assert quick.line(("article", "id")) == full.line(("article", "id"))

    line_counts = {k: v.count(b"\n") + 1 for k, v in files.items()}
    for f in findings:
        assert f.file in line_counts, f"finding names no file of the corpus: {f}"
        assert 1 <= f.line <= line_counts[f.file], f"line {f.line} outside {f.file}: {f}"

    mutated = {_article_of(target, base[target]), _article_of(target, files[target]), Path(target).stem}
    # A cross-report rule reports each claim against the strongest counterpart of its key: with the
    # mutated article's claim gone, another pair of that key may rightly come forward.
    # A similar-key finding elsewhere counts the articles stating its candidate keys, and a key the
    # mutation writes may be a new candidate: keys the mutated article states before or after count.
    keys = {k for version in (base[target], files[target]) for k in _KEY.findall(version.decode("utf-8", "replace"))}
    names_key = lambda f: f.rule == "similar-key" and any(f"'{k}'" in f.message for k in keys)  # noqa: E731
    untouched = lambda fs: sorted((f for f in fs if f.file != target and f.key not in keys  # noqa: E731
                                   and not names_key(f) and not any(_about(f, a) for a in mutated)),
                                  key=lambda f: f.sort_key())
    assert untouched(findings) == untouched(_BASELINE[which])

    STATS["examples"] += 1
    STATS["fixtures"] += 1
    STATS["findings"] += len(findings)
    STATS["seconds"] += time.perf_counter() - started


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    if STATS["examples"]:
        print(f"\nfuzz: {STATS['fixtures']} mutated fixtures, {STATS['findings']} findings, "
              f"no exception, {STATS['seconds']:.1f} s")


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("expression", ["last month", "next year", "tomorrow", "yesterday", "last week",
                                        "next week", "this year", "late December", "early January", "Monday",
                                        "January 1"])
def test_dates_at_the_ends_of_the_calendar_are_findings(tmp_path, published, expression):
    """A relative date that leaves the calendar is a date-unresolvable finding, not a crash."""
    (tmp_path / "fixtures").mkdir()
    (tmp_path / "fixtures" / "edge-report.toml").write_text(
        f'schema_version = 1\n[article]\nid = "edge-report"\ntitle = "t"\npublished = {published}\n\n'
        f'[[claim]]\nid = "e"\ntype = "event"\nwhat = "x"\nwhen = "{expression}"\n'
        f'[[claim]]\nid = "s"\ntype = "event"\nwhat = "x"\nstatus = "scheduled"\nwhen = "{expression}"\n'
        f'[[claim]]\nid = "x"\ntype = "extension"\nsubject = "m"\nlength = "P9999Y"\nwhen = "{expression}"\n',
        encoding="utf-8")
    findings = run(load_corpus(tmp_path)).findings
    for f in findings:
        assert f.line >= 1 and f.file == "fixtures/edge-report.toml"
    unresolved = [f for f in findings if f.rule == "date-unresolvable"]
    assert all("not a real date" in f.message or "cannot" in f.message or "expression" in f.message
               for f in unresolved), [f.message for f in unresolved]


_MARKS = st.sampled_from(list("ab \n\t\u00a0\u2003’'“\"—–-x.,"))


def _regex_quote(quote: str, text: str):
    """The reference reading of a quote's place: one regex over the original text, each folded
    character matching every character folding to it and a space any run of white space."""
    needle = fold(quote)
    if not needle:
        return None
    classes: dict[str, set[str]] = {}
    for k, v in _FOLD.items():
        classes.setdefault(v, {v}).add(chr(k))
    pattern = "".join(r"\s+" if ch == " " else "[" + "".join(re.escape(c) for c in sorted(classes[ch])) + "]"
                      if ch in classes else re.escape(ch) for ch in needle)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


@settings(max_examples=int(os.environ.get("CROSSCHECK_FUZZ_EXAMPLES", 300)), deadline=None)
@given(st.text(_MARKS, max_size=40), st.text(_MARKS, max_size=8), st.integers(0, 40), st.integers(0, 9))
def test_a_quote_is_found_where_the_regex_reading_finds_it(text, quote, at, length):
    """find_quote searches a folded copy of the text once per article: it must find every quote exactly
    where the reference regex does (the highlights stand on those offsets)."""
    for q in (quote, text[at:at + length]):
        assert find_quote(q, text) == _regex_quote(q, text), (q, text)


@settings(max_examples=int(os.environ.get("CROSSCHECK_FUZZ_EXAMPLES", 300)), deadline=None)
@given(st.text(_MARKS, max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_part_of_a_text_is_a_part_of_it_folded(text, at, length):
    """quote-not-found takes a quote found as written for found folded, without folding it."""
    assert fold(text[at:at + length]) in fold(text)
