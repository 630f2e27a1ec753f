"""Bad input becomes findings with file, line and key; nothing raises, nothing hides another article."""
import pytest

from crosscheck.checks.engine import run
from crosscheck.claims.corpus import load_corpus
from crosscheck.claims.toml_lines import LineIndex

GOOD = """\
schema_version = 1

[article]
id = "good-report"
title = "Strikes kill at least 20"
published = 2020-01-11

[[claim]]
id = "killed"
type = "count"
quote = "Strikes kill at least 20"
measure = "killed"
value = 20
qualifier = "at_least"
"""

HEADER = """\
schema_version = 1

[article]
id = "bad-report"
title = "Strikes kill 20"
published = 2020-01-11
"""

BAD = [
    # (case id, fixture text, [(line, text the message must contain)])
    ("malformed-toml", HEADER + '\n[[claim]]\nid = "killed\n', [(9, "not valid TOML")]),
    ("qualifier-enum", HEADER + """
[[claim]]
id = "killed"
type = "count"
quote = "Strikes kill 20"
measure = "killed"
value = 20
qualifier = "roughly"
""", [(14, "claim[0].qualifier: 'roughly' is not one of")]),
    ("every-violation-not-the-first", HEADER + """
[[claim]]
id = "Killed"
type = "count"
measure = "killed"
value = -3
colour = "red"

[[claim]]
id = "when"
type = "event"
what = "strike"
""", [(9, "claim[0].id: 'Killed' does not match"), (12, "claim[0].value"), (13, "claim[0].colour: unknown key"),
      (15, "claim[1]: 'when' is required")]),
    ("unknown-claim-type", HEADER + '\n[[claim]]\nid = "x"\ntype = "rumour"\n',
     [(10, "claim[0].type: 'rumour' is not one of ['count', 'event', 'veto', 'extension']")]),
    ("missing-article", "schema_version = 1\n", [(1, "'article' is required")]),
    # (format 1.2+) an extension gives its length or its end: without either it says nothing checkable
    ("extension-without-length-or-end", HEADER + '\n[[claim]]\nid = "x"\ntype = "extension"\nsubject = "the mandate"\n'
     'when = "on Thursday"\n', [(8, "claim[0]: 'length' or 'until' is required")]),
    ("id-not-file-name", HEADER.replace('"bad-report"', '"other-report"'),
     [(4, "article id 'other-report' must equal the file name 'bad-report'")]),
    ("text-outside-seeds", HEADER + 'text = "../secret.txt"\n', [(7, "outside seeds/: refused")]),
    ("text-absolute", HEADER + 'text = "/etc/passwd"\n', [(7, "outside seeds/: refused")]),
    # what the fuzz test found: neither may stop the run or shift a line
    ("stray-bracket-in-a-value", HEADER + '\n[[claim]]\nid = "x"\nkey =] "idlib-offensive-2019/x"\n',
     [(10, "not valid TOML")]),
    ("lone-carriage-return", HEADER.replace("\n[article]", "\r[article]"), [(2, "not valid TOML")]),
    ("bad-multiline-array", HEADER + '\n[[claim]]\nid = "v"\ntype = "veto"\nbody = "UN Security Council"\n'
     'subject = "aid"\nwhen = "last month"\nby = [\n  "Russia",\n  7,\n]\n', [(16, "claim[0].by[1]: 7 is not of type 'string'")]),
]


@pytest.mark.parametrize("fixture,expected", [pytest.param(f, e, id=i) for i, f, e in BAD])
def test_bad_fixture_is_a_finding_at_its_line_and_others_still_checked(corpus_dir, fixture, expected):
    root = corpus_dir({"bad-report": fixture, "good-report": GOOD})
    (root.parent / "secret.txt").write_text("not for the checker")
    result = run(load_corpus(root))
    bad = [f for f in result.findings if f.file == "fixtures/bad-report.toml"]
    assert [f.rule for f in bad] == ["schema"] * len(expected), [f"{f.line} {f.message}" for f in bad]
    for finding, (line, text) in zip(bad, expected):
        assert (finding.line, text in finding.message) == (line, True), f"{finding.line} {finding.message}"
    assert result.exit_code() == 1
    # the good article is still loaded and checked
    assert "good-report" in result.corpus.articles


def test_symlink_leading_out_of_seeds_is_refused_and_not_read(corpus_dir, tmp_path):
    secret = tmp_path.parent / "outside.txt"
    secret.write_text("Strikes kill 20")
    root = corpus_dir({"bad-report": HEADER})
    (root / "seeds" / "bad-report.txt").symlink_to(secret)
    result = run(load_corpus(root))
    [finding] = result.findings
    assert finding.rule == "schema" and "outside seeds/" in finding.message
    assert result.corpus.files[0].text is None


@pytest.mark.parametrize(
    "text,path,line",
    [
        ('a = 1\n[t]\nb = """x\nc = 2\n"""\nd = 3\n', ("t", "d"), 6),
        ("[[claim]]\nid = 1\n[[claim]]\nid = 2\n", ("claim", 1, "id"), 4),
        ("[[claim]]\nx = [\n 1,\n 2, # c\n]\n", ("claim", 0, "x", 1), 4),
        ("[[claim]]\n[claim.sub]\nk = 1\n", ("claim", 0, "sub", "k"), 3),
        ('"quoted key" = 1\nplain.dotted = 2\n', ("plain", "dotted"), 2),
        ("[[claim]]\nid = 1\n", ("claim", 0, "missing"), 1),
    ],
    ids=["after-multiline-string", "second-array-table", "array-element", "sub-table-of-array", "dotted-key",
         "missing-key-falls-back-to-table"],
)
def test_line_index(text, path, line):
    assert LineIndex(text).line(path) == line


@pytest.mark.parametrize(
    "text",
    ["a = 1\n[[claim]]\nid = 1\r\n\n[[accept]]\nrule = 'x'\n[[claim]]\nid = 2\n",
     "[[claim]]\nid = 1\n[[claim]]\n",  # the first header opens the file: the pattern's answer
     "x = 1\n  [[claim]]\nid = 1\n[[claim]]\n",  # indented
     'q = "[[claim]]"\n[[claim]]\n',  # in a string
     "[article]\nid = 'a'\n[[claim]] # c\n[[ accept ]]\n[[\"claim\"]]\n[[[claim]]\n"],
)
def test_entry_headers_shortcut(text):
    """The headers' lines, found by str methods or by the pattern, are those of each line opening with one."""
    lines = text.split("\n")
    names = {"[[claim]]": "claim", "[[ accept ]]": "accept", '[["claim"]]': "claim", "[[accept]]": "accept"}
    expected = {"claim": [], "accept": []}
    for number, line in enumerate(lines, start=1):
        head = line.strip(" \t").split(" #")[0].rstrip("\r")
        if head in names:
            expected[names[head]].append(number)
    index = LineIndex(text)
    assert index.entry_lines("claim", range(len(expected["claim"]))) == expected["claim"]
    assert index.entry_lines("accept", range(len(expected["accept"]))) == expected["accept"]
