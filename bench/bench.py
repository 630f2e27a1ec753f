#!/usr/bin/env python3
"""Benchmark of `crosscheck check` on a synthetic corpus (a benchmark, not a test).

How to run (from the repository root):

    .venv/bin/python bench/bench.py                       # N = 1000, 10000, 30000
    .venv/bin/python bench/bench.py --sizes 100,1000,10000 --repeat 3
    .venv/bin/python bench/bench.py --sizes 1000 --out /tmp/corpus   # keep the corpus (DIR/n1000/)
    .venv/bin/python bench/bench.py --profile 1000        # cProfile of the in-process check
    .venv/bin/python bench/bench.py --sizes 1000 --html   # also time the HTML report

What it does, for each size N:

1. Writes N articles (seeds/<id>.txt and fixtures/<year>/<id>.toml) under a temp dir or --out.
   Each article has ~9-10 claims of all four types, every quote taken from its own text:
   a bombing (event, dated "on Wednesday", "yesterday", "last month", "early September",
   "January 10, 2020", ...), its death toll and "dozens" wounded (counts, "at least",
   "more than", "almost", "about", number words), children among the dead (subset_of), a
   scheduled ceasefire ("on Sunday"), the start of an offensive, the offensive's running total
   (cumulative, rising over time), the war's start and running total; every other story a
   veto (Russia/China or their aliases) and a "six-month" / "one-year" extension with `until`;
   `links` to earlier articles. Keys are shared at three scales:
     - a story: ~10 articles over ~25 days share `story-NNNNN/...` keys;
     - ~1% of the corpus: five `displacement/<province>` running totals;
     - a long-running story, every fifth article: `ghouta-siege/killed` (2,000 at 10,000; one
       source), the key the shared-key warm run edits;
     - ALL articles: `syria-war/start` and `syria-war/killed` (this is the key that would show
       any cost quadratic in a key group: it grows with the corpus, not its square).
2. Injects one known conflict per 1,000 articles (article 555, 1555, ...; for N < 1000,
   article 55): the story's running total written far too low, i.e. one `cumulative-decrease`
   each. Every second injected article also carries an `[[accept]]` for it. The corpus must
   check with exactly these findings and nothing else; the script verifies that and stops
   with exit status 1 if not.
3. Times, each in a subprocess, best of R runs (--repeat; default 3 for N < 10000, 1 above; the warm
   runs at least 5), in one run so that the ratios compare like with like on a shared machine:
   - the floor: tomli (its compiled wheel; the table says whether `tomli._parser` is a .so)
     parses every fixture, and every text is read;
   - `crosscheck check --format json` cold (no .crosscheck_cache/) with --jobs 1 and with the default
     jobs; warm after appending a comment to one fixture; warm after one claim under the
     long-running story's key is edited; --no-cache. The five reports must be identical;
   - `pytest` on the corpus (the plugin, no cache, as a fresh CI clone) beside pytest's own floor:
     as many empty items, one per fixture file, collected by a ten-line conftest;
     each run's CPU per item in pytest's process, in its collection (less the check) and its run loop
     (printed under the table: the plugin's own cost per item beside the floor's);
   - the peak memory of every run (ru_maxrss of the process and its workers).
   With --html, also one `--format html` run (check + render) and the report's size.

It prints one table: a row per size, the columns explained under it (cold / floor, pytest against
its budget of its floor + 1.2 x cold, and the ratio of cold time per article to the previous size's:
about 1.0 means the cost grows linearly), and the load average.

`--profile N` instead generates one corpus of N articles and prints the top entries, by cumulative
and by own time, of a cold `check --jobs 1` under cProfile in this process.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta

REPO = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# The synthetic world: every fact has one true value or date, and each article words it in a way
# whose reading contains the truth. That is what makes the corpus check clean by construction.
# --------------------------------------------------------------------------------------------

START = date(2015, 1, 5)  # a Monday; article i is published START + i // PER_DAY
PER_DAY = 4
BLOCK = 100  # articles per block; within a block, STORIES stories interleave
STORIES = 10  # so a story is every 10th article of a block: ~10 articles over ~25 days
INJECT_EVERY = 1000
INJECT_AT = 555  # position in each 1,000 (a story's 6th article: earlier ones exist)
INJECT_SMALL = 55  # for N < 1000
SIEGE_EVERY, SIEGE_AT = 5, 3  # the long-running story: every fifth article states its toll
SIEGE_KEY, SIEGE_SOURCE = "ghouta-siege/killed", "Syrian American Medical Society"

MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
TOWNS = ["Binnish", "Saraqeb", "Ma’arat al-Num’an", "Ariha", "Jisr al-Shughur", "Kafranbel", "Khan Shaykhun",
         "Sarmin", "al-Nayrab", "Atarib", "Darat Izza", "Taftanaz"]
PROVINCES = ["Idlib", "Hama", "Aleppo", "Latakia", "Deir ez-Zor"]
STORY_SOURCES = ["Syrian Observatory for Human Rights", "White Helmets", "UN", "local health officials"]
WAR_SOURCES = ["Syrian Observatory for Human Rights", "UN", "Syrian Network for Human Rights"]
ALIASES = {"Russia": ["Russia", "Moscow", "the Kremlin"], "China": ["China", "Beijing"]}
LENGTHS = {6: ["six-month", "six months", "6-month", "6 months"], 12: ["one-year", "12-month", "one year", "12 months"]}
FILLER = [
    "Residents said the streets emptied within minutes as families fled towards the Turkish border.",
    "Aid groups warned that camps along the border were already overcrowded and short of winter supplies.",
    "The regime and Russia deny targeting civilians, saying they strike only at “terrorists”.",
    "Opposition fighters said they had repelled an advance on two villages to the south.",
    "Doctors described a shortage of blood, anaesthetics and fuel for the hospital’s generators.",
    "Turkey has reinforced its observation posts in the area, but has not intervened against the assault.",
    "Footage posted by activists showed rescuers pulling survivors from the rubble of a five-storey building.",
    "The UN’s humanitarian coordinator called for an immediate halt to attacks on markets and hospitals.",
]


def words_or_digits(n: int, rng: random.Random) -> str:
    """How an article writes a number: words for small ones (sometimes), else digits with commas."""
    if n < len(WORDS) and rng.random() < 0.5:
        return WORDS[n]
    return f"{n:,}"


def prev_month(d: date) -> tuple[int, int]:
    return (d.year - 1, 12) if d.month == 1 else (d.year, d.month - 1)


def year_before(month: int, day: int, published: date) -> int:
    """The year a year-less expression starting on (month, day) takes: nearest on or before publication."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def date_phrase(d: date, published: date, rng: random.Random, *, month_level: bool = False) -> tuple[str, str]:
    """A way to write the past day `d` in an article of `published`: (as in the text, `when`).

    Only forms whose reading (claims-format.md, "Date expressions") contains `d` are offered.
    The most relative valid form is preferred half the time, as news writes.
    """
    delta = (published - d).days
    assert delta >= 0, (d, published)
    month = MONTHS[d.month - 1]
    part, first = ("early", 1) if d.day <= 10 else ("mid-", 11) if d.day <= 20 else ("late", 21)
    candidates: list[tuple[str, str]] = []  # most relative first
    if not month_level:
        if delta == 0:
            candidates.append(("today", "today"))
        if delta == 1:
            candidates.append(("yesterday", "yesterday"))
        if delta <= 6:
            candidates.append((f"on {WEEKDAYS[d.weekday()]}",) * 2)
    if (d.year, d.month) == prev_month(published):
        candidates.append(("last month", "last month"))
    if (d.year, d.month) == (published.year, published.month) and delta > 6:
        candidates.append(("earlier this month", "this month"))
    partly = f"{part} {month}" if part != "mid-" else f"mid-{month}"
    yearless = year_before(d.month, first, published) == d.year
    candidates.append((f"in {partly}" + ("" if yearless else f" {d.year}"),) * 2)
    candidates.append((f"in {month}" + ("" if year_before(d.month, 1, published) == d.year else f" {d.year}"),) * 2)
    if not month_level:
        if year_before(d.month, d.day, published) == d.year:
            candidates.append((f"on {month} {d.day}",) * 2)
        abbr = month if month == "May" else month[:3] + "."
        candidates += [(f"on {month} {d.day}, {d.year}",) * 2, (f"on {d.day} {month} {d.year}",) * 2,
                       (f"on {abbr} {d.day}, {d.year}",) * 2]
    return candidates[0] if rng.random() < 0.5 else rng.choice(candidates)


def toll_words(true: int, rng: random.Random, step: int) -> tuple[str, int, str]:
    """A running total as written, (qualifier, value, wording), whose interval contains `true`.

    `step` is the rounding news uses (10, 100, 1000); almost/about need true >= 10 * step.
    """
    qualifier = rng.choice(["exact", "at_least", "more_than", "almost", "about"])
    if qualifier == "exact":
        return qualifier, true, ""
    if qualifier == "at_least":
        return qualifier, true // step * step, "at least "
    if qualifier == "more_than":
        return qualifier, (true - 1) // step * step, "more than "
    if qualifier == "almost":
        return qualifier, (true // step + 1) * step, "almost "  # [0.9v, v-1] holds true: v - step <= true < v
    return qualifier, round(true, -1), "about "  # |v - true| <= 5 <= 10% of v


class Story:
    """The facts ~10 articles report on, over about 25 days; each article words them its own way."""

    def __init__(self, number: int, first_published: date):
        r = random.Random(f"story-{number}")
        self.key = f"story-{number:05d}"
        self.first_published = first_published
        self.town = r.choice(TOWNS)
        self.province = r.choice(PROVINCES)
        self.bombing = first_published - timedelta(days=r.randint(0, 2))
        self.killed = r.randint(8, 60)
        self.offensive = self.bombing - timedelta(days=r.randint(40, 300))
        self.toll_base = r.randint(1000, 3000)  # civilians killed by the offensive at the first report
        self.toll_rate = r.randint(5, 20)  # ... and a day since
        self.source = STORY_SOURCES[number % len(STORY_SOURCES)]  # one source per story
        self.un = number % 2 == 0  # every other story also reports a veto and an extension
        self.extension = first_published - timedelta(days=r.randint(0, 5))
        self.veto = self.extension - timedelta(days=r.randint(10, 40))
        self.months = r.choice([6, 12])
        self.states = ["Russia", "China"] if number % 4 == 0 else ["Russia"]

    def toll(self, published: date) -> int:
        return self.toll_base + self.toll_rate * (published - self.first_published).days


def war_toll(published: date) -> int:
    return 300_000 + 40 * (published - START).days


def siege_toll(published: date) -> int:
    return 2_000 + 3 * (published - START).days


def displaced(province: int, published: date) -> int:
    return 50_000 + 10_000 * province + 150 * (published - START).days


def article_id(i: int) -> str:
    return f"bench-{i:06d}"


def published_on(i: int) -> date:
    return START + timedelta(days=i // PER_DAY)


def story_of(i: int) -> int:
    return (i // BLOCK) * STORIES + i % STORIES


def injected_positions(n: int) -> list[int]:
    positions = list(range(INJECT_AT, n, INJECT_EVERY))
    if not positions and n > INJECT_SMALL:
        positions = [INJECT_SMALL]
    return positions


# --------------------------------------------------------------------------------------------
# Writing: TOML by hand, as an editor would lay it out.
# --------------------------------------------------------------------------------------------

def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, date)):
        return str(v) if isinstance(v, int) else v.isoformat()
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(v)


def toml_table(header: str, pairs: dict) -> str:
    lines = [header] + [f"{k} = {toml_value(v)}" for k, v in pairs.items() if v is not None]
    return "\n".join(lines) + "\n"


def article(i: int, stories: dict[int, Story], injected: dict[int, bool]) -> tuple[str, str]:
    """(seed text, fixture TOML) of article i."""
    rng = random.Random(i)
    aid, published = article_id(i), published_on(i)
    story = stories[story_of(i)]
    claims: list[dict] = []
    paragraphs: list[str] = []

    def claim(quote: str, **fields) -> None:
        claims.append({"id": fields.pop("id"), "type": fields.pop("type"), "quote": quote, **fields})

    # The bombing, its dead and wounded.
    said, when = date_phrase(story.bombing, published, rng)
    town = story.town
    town_quoted = town.replace("’", "'") if rng.random() < 0.5 else town  # quotes fold typographic apostrophes
    kq = rng.choice(["exact", "at_least", "more_than", "about", "almost"])
    kv = {"exact": story.killed, "at_least": story.killed - rng.randint(0, 2),
          "more_than": story.killed - 1 - rng.randint(0, 2), "about": story.killed, "almost": story.killed + 1}[kq]
    kw = {"exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ", "almost": "almost "}[kq]
    killed_text = f"killing {kw}{words_or_digits(kv, rng)} people"
    bombing = f"Pro-government warplanes bombed a market in {town} {said}"
    paragraphs.append(f"Rescuers searched the rubble in {town}, {story.province} Province, after the latest strikes.")
    paragraphs.append(f"{bombing}, {killed_text} and wounding dozens more.")
    claim(bombing.replace(town, town_quoted), id="bombing", type="event", what=f"warplanes bomb a market in {town}",
          when=when, date=story.bombing if rng.random() < 0.5 else None, place=town, key=f"{story.key}/bombing")
    claim(killed_text, id="killed", type="count", measure="killed", who="people", value=kv,
          qualifier=None if kq == "exact" else kq, event="bombing", key=f"{story.key}/bombing-killed")
    claim("wounding dozens more", id="wounded", type="count", measure="wounded", who="people", value="dozens",
          event="bombing")
    if i % 2:
        children = story.killed // 4
        text = f"At least {words_or_digits(children, rng)} children were among the dead"
        paragraphs.append(f"{text}, according to rescuers.")
        claim(text, id="children-killed", type="count", measure="killed", who="children", value=children,
              qualifier="at_least", subset_of="killed")

    # A ceasefire announced for the coming days.
    weekday = rng.choice(WEEKDAYS)
    ceasefire = f"a ceasefire, announced by Russia and Turkey, is supposed to take effect on {weekday}"
    paragraphs.append(f"The strikes came before {ceasefire}.")
    claim(ceasefire, id="ceasefire", type="event", what="Russia-Turkey ceasefire takes effect", when=f"on {weekday}",
          status="scheduled", after=["bombing"])

    # The offensive and its running total (cumulative, one source per story).
    _, when = date_phrase(story.offensive, published, rng, month_level=True)
    core = when.removeprefix("in ")
    offensive = f"Since {core}, pro-government forces have pursued an offensive on {story.province} Province"
    if i in injected:  # the known conflict: far below what earlier reports of this story allow
        tq, tv, tw = "exact", story.toll_base // 2, ""
    else:
        tq, tv, tw = toll_words(story.toll(published), rng, 100)
    toll = f"The offensive has killed {tw}{tv:,} civilians"
    paragraphs.append(f"{offensive}. {toll}, according to the {story.source}.")
    claim(offensive, id="offensive", type="event", what=f"offensive on {story.province} Province begins",
          when=f"since {core}", before=["bombing"], key=f"{story.key}/offensive-start")
    claim(toll, id="toll", type="count", measure="killed", who="civilians", value=tv,
          qualifier=None if tq == "exact" else tq, cumulative=True, event="offensive", source=story.source,
          key=f"{story.key}/offensive-killed")

    # The war: keys shared by every article of the corpus.
    start = rng.choice(["in March 2011", "in mid-March 2011", "on March 15, 2011", "on 15 March 2011"])
    source = WAR_SOURCES[i % len(WAR_SOURCES)]
    wq, wv, ww = toll_words(war_toll(published), rng, 1000)
    began, killed = f"The war, which began {start}", f"has killed {ww}{wv:,} people"
    paragraphs.append(f"{began}, {killed}, according to the {source}.")
    claim(began, id="war-start", type="event", what="the Syrian uprising and war begin", when=start,
          key="syria-war/start")
    claim(killed, id="war-killed", type="count", measure="killed", who="people", value=wv,
          qualifier=None if wq == "exact" else wq, cumulative=True, source=source, key="syria-war/killed")

    # A long-running story: the siege, its running toll stated by every fifth article (2,000 at 10,000),
    # always by one source; the shared-key edit of the warm bench rewrites this claim's source.
    if i % SIEGE_EVERY == SIEGE_AT:
        sq, sv, sw = toll_words(siege_toll(published), rng, 100)
        text = f"The siege of Eastern Ghouta has killed {sw}{sv:,} people"
        paragraphs.append(f"{text}, according to the {SIEGE_SOURCE}.")
        claim(text, id="siege-killed", type="count", measure="killed", who="people", value=sv,
              qualifier=None if sq == "exact" else sq, cumulative=True, source=SIEGE_SOURCE, key=SIEGE_KEY)

    # ~1% of the corpus per province: displacement running totals.
    if 20 <= i % 100 < 20 + len(PROVINCES):
        p = i % 100 - 20
        dq, dv, dw = toll_words(displaced(p, published), rng, 1000)
        text = f"{dw}{dv:,} people have been displaced from {PROVINCES[p]} Province"
        text = text[0].upper() + text[1:]
        paragraphs.append(f"{text} since the fighting began.")
        claim(text, id="displaced", type="count", measure="displaced", who="people", value=dv,
              qualifier=None if dq == "exact" else dq, cumulative=True, place=PROVINCES[p],
              key=f"displacement/{PROVINCES[p].lower().replace(' ', '-')}")

    # Every other story: a veto and an extension at the UN.
    if story.un:
        by = [rng.choice(ALIASES[s]) for s in story.states]
        said, when = date_phrase(story.veto, published, rng)
        veto = f"{' and '.join(by)} vetoed the continuation of UN cross-border aid {said}"
        said2, when2 = date_phrase(story.extension, published, rng)
        length = rng.choice(LENGTHS[story.months])
        extension = f"only allowed a limited {length} extension {said2}"
        paragraphs.append(f"At the UN Security Council, {veto}, and {extension}.")
        claim(veto, id="aid-veto", type="veto", body="UN Security Council", by=by,
              subject="continuation of UN cross-border aid into Syria", when=when, before=["aid-extension"],
              key=f"{story.key}/aid-veto")
        claim(extension, id="aid-extension", type="extension", subject="UN cross-border aid into Syria",
              length=length if rng.random() < 0.8 else f"P{story.months}M", when=when2,
              until=story.extension + relativedelta(months=story.months), by="UN Security Council",
              key=f"{story.key}/aid-extension")

    paragraphs += rng.sample(FILLER, 3)
    earlier = [j for j in (i - STORIES, i - 1) if j >= 0]
    links = [article_id(j) for j in earlier]
    if earlier:
        paragraphs.append("See also: " + "; ".join(f"Daily Report {j}" for j in earlier))
    title = f"Daily Report {i}: {story.killed} Killed in Bombing of {town}"
    text = "\n\n".join([f"{town}, {story.province} Province"] + paragraphs) + "\n"

    parts = [
        "#:schema ../../claims/claims.schema.json\n",
        "# Generated by bench/bench.py: a synthetic article for benchmarking.\n",
        "schema_version = 1\n\n",
        toml_table("[article]", {"id": aid, "title": title, "published": published, "outlet": "Bench Daily",
                                 "links": links or None}),
    ]
    for c in claims:
        parts.append("\n" + toml_table("[[claim]]", c))
    if injected.get(i):
        parts.append("\n" + toml_table("[[accept]]", {"rule": "cumulative-decrease", "claims": ["toll"],
                                                      "reason": "bench: a deliberately injected decrease, accepted"}))
    return text, "".join(parts)


@dataclass
class Expected:
    articles: int
    claims: int
    injected: dict[int, bool]  # article index -> carries an [[accept]]


def generate(n: int, root: Path) -> Expected:
    """Write a corpus of `n` articles under `root` (which must not hold one already)."""
    (root / "seeds").mkdir(parents=True)
    (root / "fixtures").mkdir()
    positions = injected_positions(n)
    injected = {i: k % 2 == 1 for k, i in enumerate(positions)}
    stories: dict[int, Story] = {}
    claims = 0
    made: set[Path] = set()
    for i in range(n):
        s = story_of(i)
        if s not in stories:
            stories[s] = Story(s, published_on(i))
        text, fixture = article(i, stories, injected)
        claims += fixture.count("[[claim]]")
        folder = root / "fixtures" / str(published_on(i).year)  # fixtures/ may hold sub-folders
        if folder not in made:
            folder.mkdir()
            made.add(folder)
        (root / "seeds" / f"{article_id(i)}.txt").write_text(text, encoding="utf-8")
        (folder / f"{article_id(i)}.toml").write_text(fixture, encoding="utf-8")
    return Expected(n, claims, injected)


def verify(report: dict, expected: Expected) -> list[str]:
    """What is wrong with the report of a generated corpus (nothing, normally)."""
    problems = []
    s = report["summary"]
    accepted = sum(expected.injected.values())
    want = {"articles": expected.articles, "claims": expected.claims, "errors": len(expected.injected) - accepted,
            "warnings": 0, "accepted": accepted}
    for k, v in want.items():
        if s.get(k) != v:
            problems.append(f"summary.{k} = {s.get(k)}, expected {v}")
    wanted = {article_id(i) for i in expected.injected}
    found = set()
    for f in report["findings"]:
        if f["rule"] == "cumulative-decrease" and f["article"] in wanted and f"{f['article']}:toll" in f["claims"]:
            found.add(f["article"])
        else:
            problems.append(f"unexpected finding: {f['rule']} {f['severity']} {f['file']}:{f['line']}: {f['message']}")
    if len(report["findings"]) != len(wanted):
        problems.append(f"{len(report['findings'])} findings, expected {len(wanted)}")
    for missing in sorted(wanted - found):
        problems.append(f"injected decrease in {missing} not found")
    return problems


# --------------------------------------------------------------------------------------------
# Timing and profiling.
# --------------------------------------------------------------------------------------------

def crosscheck_command(given: str | None) -> list[str]:
    if given:
        return [given]
    beside = Path(sys.executable).with_name("crosscheck")  # the venv's console script
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("crosscheck")
    if found:
        return [found]
    return [sys.executable, "-m", "crosscheck.checks.cli"]


FLOOR = """
import sys, tomli, tomli._parser
from pathlib import Path
root = Path(sys.argv[1])
for path in sorted((root / "fixtures").rglob("*.toml")):
    tomli.loads(path.read_bytes().decode("utf-8"))
for path in sorted((root / "seeds").glob("*.txt")):
    path.read_text(encoding="utf-8")
print(tomli._parser.__file__)
"""


MEASURE = """
import os, subprocess, sys, time
begin = time.perf_counter()
process = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=sys.argv[1] or None)
out, err = process.communicate()
elapsed = time.perf_counter() - begin
import resource
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
sys.stdout.write(f"{elapsed!r} {peak!r} {process.returncode}\\n")
sys.stdout.buffer.write(out)
sys.stderr.buffer.write(err)
"""


# The commands run as on a user's machine, where Python caches the bytecode of the modules it imports. Some
# sandboxes and CI images set PYTHONDONTWRITEBYTECODE=1: every start of crosscheck then compiles its ~60 modules
# from source again (50-80 ms per run, most of a warm check's margin), which no user's run pays.
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_NOT_PASSED = " (this shell sets PYTHONDONTWRITEBYTECODE=1: not passed on)"


def measured(command: list[str], cwd: Path | None = None) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MiB of the command and its workers (ru_maxrss of a helper's
    children: the largest of any one process), exit status and standard output."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(cwd or ""), *command], capture_output=True, env=USER_ENV)
    head, _, out = done.stdout.partition(b"\n")
    elapsed, peak, code = head.split()
    if int(code) not in (0, 1):
        sys.exit(f"{' '.join(command)} failed (exit {code.decode()}):\n{done.stderr.decode()[-3000:]}")
    return float(elapsed), float(peak), int(code), out.decode()


def best(runs) -> tuple[float, float]:
    """(seconds, MiB) of the fastest of ``runs`` (an iterable of measured() results)."""
    return min((r[0], r[1]) for r in runs)


def time_floor(root: Path, repeat: int) -> tuple[float, float, str]:
    """The compiled-tomli floor: parse every fixture with tomli and read every text. With the parser's
    file: a .so when tomli's compiled wheel is installed (else the floor is the pure-Python parser's)."""
    runs = [measured([sys.executable, "-c", FLOOR, str(root)]) for _ in range(repeat)]
    return *best(runs), runs[-1][3].strip()


def check_json(command: list[str], root: Path, *extra: str) -> tuple[float, float, dict]:
    """One `crosscheck check --format json` of ``root``: seconds, peak MiB, the report."""
    output = root / "report.json"
    seconds, mib, _, _ = measured(command + ["check", "--root", str(root), "--format", "json", "--output", str(output),
                                             *extra])
    return seconds, mib, json.loads(output.read_text(encoding="utf-8"))


def drop_cache(root: Path) -> None:
    shutil.rmtree(root / ".crosscheck_cache", ignore_errors=True)


def time_cold(command: list[str], root: Path, repeat: int, *extra: str) -> tuple[float, float, dict]:
    """A check with no .crosscheck_cache/ on file (best of ``repeat``), and its report."""
    runs = []
    for _ in range(repeat):
        drop_cache(root)
        runs.append(check_json(command, root, *extra))
    return *best(runs), runs[-1][2]


def edited_fixture(root: Path) -> Path:
    """The fixture the warm runs edit: one in the middle of the corpus that states the siege's toll."""
    paths = sorted((root / "fixtures").rglob("*.toml"))
    middle = len(paths) // 2
    return next(p for p in paths[middle:] + paths[:middle] if SIEGE_KEY in p.read_text(encoding="utf-8"))


def time_warm_edit(command: list[str], root: Path, repeat: int) -> tuple[float, float, dict]:
    """A check after one fixture was edited (a comment appended: a new hash, the same claims)."""
    edited, runs = edited_fixture(root), []
    for k in range(repeat):
        check_json(command, root)  # the cache is up to date before each edit
        with edited.open("a", encoding="utf-8") as out:
            out.write(f"# edited {k}\n")
        runs.append(check_json(command, root))
    return *best(runs), runs[-1][2]


def time_warm_shared(command: list[str], root: Path, repeat: int) -> tuple[float, float, dict]:
    """A check after one claim under the long-running story's key was edited: its source written
    with or without "the" (one source either way, so the findings stay; the group must be compared)."""
    edited, runs = edited_fixture(root), []
    for _ in range(repeat):
        check_json(command, root)
        text = edited.read_text(encoding="utf-8")
        plain, the = f'source = "{SIEGE_SOURCE}"', f'source = "the {SIEGE_SOURCE}"'
        text = text.replace(plain, the) if plain in text else text.replace(the, plain)
        edited.write_text(text, encoding="utf-8")
        runs.append(check_json(command, root))
    return *best(runs), runs[-1][2]


PYTEST_FLOOR_CONFTEST = """
import pytest


class Empty(pytest.Item):
    def runtest(self):
        pass


class One(pytest.File):
    def collect(self):
        yield Empty.from_parent(self, name=self.path.stem)


class Keys(pytest.File):
    def collect(self):
        for name in self.path.read_text().split():
            yield Empty.from_parent(self, name=name)


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".toml":
        return One.from_parent(parent, path=file_path)
    if file_path.name == "keys.txt":
        return Keys.from_parent(parent, path=file_path)
"""


# pytest as `python -m pytest` runs it, with a plugin object timing two phases in CPU seconds of
# pytest's process: the collection (less the crosscheck plugin's check, timed apart) and the run
# loop; written to argv[1] as JSON. Per item, they are the plugin's own cost beside pytest's floor.
PYTEST_TIMED = """
import json, sys, time
import pytest


class Phases:
    def __init__(self):
        self.cpu = {"collect": 0.0, "check": 0.0, "run": 0.0}

    def pytest_configure(self, config):
        plugin = config.pluginmanager.get_plugin("crosscheck")
        if plugin is not None:
            real = plugin.check

            def timed(*args, **kwargs):
                begin = time.process_time()
                try:
                    return real(*args, **kwargs)
                finally:
                    self.cpu["check"] += time.process_time() - begin

            plugin.check = timed

    @pytest.hookimpl(wrapper=True)
    def pytest_collection(self, session):
        begin = time.process_time()
        try:
            return (yield)
        finally:
            self.cpu["collect"] += time.process_time() - begin

    @pytest.hookimpl(wrapper=True)
    def pytest_runtestloop(self, session):
        begin = time.process_time()
        try:
            return (yield)
        finally:
            self.cpu["run"] += time.process_time() - begin


phases = Phases()
code = pytest.main(sys.argv[2:], plugins=[phases])
with open(sys.argv[1], "w") as out:
    json.dump(phases.cpu, out)
sys.exit(int(code))
"""


def passed(output: str) -> int:
    """The number of items of a pytest run, from its summary line ("3 failed, 25919 passed in 9.1s")."""
    import re

    found = re.findall(r"(\d+) (passed|failed)", output.strip().splitlines()[-1] if output.strip() else "")
    return sum(int(n) for n, _ in found)


def pytest_command(root: Path, *paths: str) -> list[str]:
    phases = root.parent / f"{root.name}-phases.json"
    return [sys.executable, "-c", PYTEST_TIMED, str(phases), "-q", "-p", "no:cacheprovider", "--rootdir", str(root),
            *paths]


def per_item(root: Path, items: int) -> tuple[float, float]:
    """The last run's collection (less the check) and run loop, in CPU microseconds per item."""
    phases = root.parent / f"{root.name}-phases.json"
    cpu = json.loads(phases.read_text())
    phases.unlink()
    return (cpu["collect"] - cpu["check"]) / items * 1e6, cpu["run"] / items * 1e6


def time_pytest(root: Path, repeat: int) -> tuple[float, float, int, tuple[float, float]]:
    """`pytest` on the corpus with no cache on file (as a fresh CI clone): seconds, peak MiB, items,
    and the fastest run's CPU per item (collection, run)."""
    runs = []
    for _ in range(repeat):
        drop_cache(root)
        run = measured(pytest_command(root, "fixtures"), cwd=root)
        runs.append((*run, per_item(root, passed(run[3]))))
    return *best(r[:4] for r in runs), passed(runs[-1][3]), min(runs, key=lambda r: r[0])[4]


def time_pytest_floor(base: Path, root: Path, items: int, repeat: int) -> tuple[float, float, int, tuple[float, float]]:
    """pytest's own floor: as many empty items as the plugin made, one per fixture file (the same
    tree of files, empty) and the rest from one file, collected by a ten-line conftest."""
    floor = base / f"{root.name}-pytest-floor"
    shutil.rmtree(floor, ignore_errors=True)
    paths = sorted((root / "fixtures").rglob("*.toml"))
    for path in paths:
        target = floor / "fixtures" / path.relative_to(root / "fixtures")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch()
    (floor / "fixtures" / "keys.txt").write_text("\n".join(f"key-{k}" for k in range(max(0, items - len(paths)))))
    (floor / "conftest.py").write_text(PYTEST_FLOOR_CONFTEST)
    runs = [(*measured(pytest_command(floor, "fixtures", "-p", "no:crosscheck"), cwd=floor), per_item(floor, items))
            for _ in range(repeat)]
    shutil.rmtree(floor, ignore_errors=True)
    return *best(r[:4] for r in runs), passed(runs[-1][3]), min(runs, key=lambda r: r[0])[4]


def time_html(command: list[str], root: Path) -> tuple[float, int]:
    """Wall time of one `crosscheck check --format html` (check + render), and the report's size."""
    output = root / "report.html"
    seconds, _, _, _ = measured(command + ["check", "--root", str(root), "--format", "html", "--output", str(output)])
    return seconds, output.stat().st_size


REPORT_MS_PER_ARTICLE = 3  # the site's budget: a cold report within the cold check + this per article
REPORT_PEAK_MIB, INDEX_MAX, PAGE_MAX, WARM_REPORT_MAX = 400, 1_000_000, 300_000, 2.0


def time_report(command: list[str], root: Path, n: int, cold_check: float) -> dict:
    """The report site on the same corpus: cold (no cache, no site), then warm after editing one fixture;
    the sizes of its index and of its largest page, each beside its budget."""
    site = root / "site"
    shutil.rmtree(root / ".crosscheck_cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    cold, mib, _, _ = measured(command + ["report", "--root", str(root), "--output", str(site)])
    sizes = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]
    edited = sorted((root / "fixtures").rglob("*.toml"))[n // 3]
    with edited.open("a", encoding="utf-8") as out:
        out.write("# edited for the warm report\n")
    warm, warm_mib, _, _ = measured(command + ["report", "--root", str(root), "--output", str(site)])
    return {"cold": cold, "budget": cold_check + REPORT_MS_PER_ARTICLE * n / 1000, "peak": max(mib, warm_mib),
            "index": (site / "index.html").stat().st_size, "largest": max(sizes), "pages": len(sizes), "warm": warm}


def print_report_rows(rows: list[tuple[int, dict]]) -> bool:
    """The report figures beside their budgets; True when every one holds."""
    print(f"\n{'N':>8} {'report s':>9} {'budget s':>9} {'peak MiB':>9} {'index KB':>9} {'largest KB':>11} "
          f"{'pages':>7} {'warm s':>7}  largest page")
    ok = True
    for n, r in rows:
        marks = [r["cold"] <= r["budget"], r["peak"] <= REPORT_PEAK_MIB, r["index"] <= INDEX_MAX,
                 r["largest"][0] <= PAGE_MAX, r["warm"] <= WARM_REPORT_MAX]
        ok &= all(marks)
        flag = ["" if m else "!" for m in marks]
        print(f"{n:>8} {r['cold']:>8.2f}{flag[0]:1} {r['budget']:>9.2f} {r['peak']:>8.0f}{flag[1]:1} "
              f"{r['index'] / 1000:>8.0f}{flag[2]:1} {r['largest'][0] / 1000:>10.0f}{flag[3]:1} {r['pages']:>7} "
              f"{r['warm']:>6.2f}{flag[4]:1}  {r['largest'][1]}")
    print(f"report: `crosscheck report --output DIR`, no cache and no site; budget: the cold check + "
          f"{REPORT_MS_PER_ARTICLE} ms per article; peak <= {REPORT_PEAK_MIB} MiB, index <= {INDEX_MAX // 1000} KB, "
          f"every page <= {PAGE_MAX // 1000} KB,\nwarm: one fixture edited, <= {WARM_REPORT_MAX} s; ! marks a figure "
          f"past its budget")
    return ok


def profile(n: int, base: Path, top: int) -> int:
    """cProfile of one cold `check --jobs 1` of N generated articles, in this process."""
    sys.path.insert(0, str(REPO))
    from crosscheck.checks.cli import main as cli_main

    root = base / f"n{n}"
    if root.exists():
        shutil.rmtree(root)
    begin = time.perf_counter()
    expected = generate(n, root)
    print(f"generated {n} articles, {expected.claims} claims in {time.perf_counter() - begin:.1f} s", file=sys.stderr)
    output = root / "report.json"
    argv = ["check", "--root", str(root), "--format", "json", "--output", str(output), "--jobs", "1"]
    cli_main(argv + ["--no-cache"])  # the imports and first-use caches, outside the profile
    drop_cache(root)
    profiler = cProfile.Profile()
    begin = time.perf_counter()
    profiler.enable()
    cli_main(argv)
    profiler.disable()
    print(f"cold check --jobs 1 under cProfile: {time.perf_counter() - begin:.2f} s", file=sys.stderr)
    problems = verify(json.loads(output.read_text(encoding="utf-8")), expected)
    for sort in ("cumulative", "tottime"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats(sort).print_stats(top)
        print(stream.getvalue())
    for p in problems:
        print(f"NOT CLEAN: {p}", file=sys.stderr)
    return 1 if problems else 0


@dataclass
class Row:
    n: int
    claims: int = 0
    findings: int = 0
    cells: dict = field(default_factory=dict)  # column -> (seconds, MiB), or a value


WARM_REPEAT = 5


def measure_size(n: int, base: Path, command: list[str], repeat: int, html: bool) -> tuple[Row, list[str]]:
    """Every measurement of one corpus size, in one run, so that the ratios compare like with like."""
    root = base / f"n{n}"
    if root.exists():
        shutil.rmtree(root)
    begin = time.perf_counter()
    expected = generate(n, root)
    print(f"N={n}: generated in {time.perf_counter() - begin:.1f} s", file=sys.stderr)
    row, c = Row(n), {}
    *c["floor"], parser = time_floor(root, repeat)
    c["compiled"] = parser.endswith(".so")
    *c["cold-1"], report1 = time_cold(command, root, repeat, "--jobs", "1")
    *c["cold"], report = time_cold(command, root, repeat)
    # a warm run is a fraction of a second: one sample is mostly the machine's noise, and five cost little
    *c["warm"], warm = time_warm_edit(command, root, max(repeat, WARM_REPEAT))
    *c["shared"], shared = time_warm_shared(command, root, max(repeat, WARM_REPEAT))
    bypass = [check_json(command, root, "--no-cache") for _ in range(repeat)]
    c["no-cache"] = best(bypass)
    problems = verify(report, expected)
    if not report == report1 == warm == shared == bypass[-1][2]:
        problems.append("cold, --jobs 1, warm, shared-key warm and --no-cache reports differ")
    *c["pytest"], items, c["pytest-items"] = time_pytest(root, repeat)
    *c["pytest-floor"], floor_items, c["pyfloor-items"] = time_pytest_floor(base, root, items, repeat)
    if items != floor_items:
        problems.append(f"pytest ran {items} items, its floor {floor_items}")
    c["items"] = items
    if html:
        c["html"] = time_html(command, root)
    row.cells = {k: tuple(v) if isinstance(v, list) else v for k, v in c.items()}
    row.claims, row.findings = report["summary"]["claims"], len(report["findings"])
    print(f"N={n}: {len(expected.injected)} injected conflicts {'NOT ' if problems else ''}all found, nothing else; "
          f"floor parser {parser}", file=sys.stderr)
    return row, problems


TIMED = ("floor", "cold-1", "cold", "warm", "shared", "no-cache", "pytest", "pytest-floor")


def print_table(rows: list[Row], html: bool) -> None:
    head = (f"{'N':>7} {'claims':>8} {'find.':>5} {'floor s':>7} {'cold-1 s':>8} {'cold s':>7} {'warm s':>7} "
            f"{'shared s':>8} {'nocache s':>9} {'pytest s':>8} {'pyfloor s':>9} {'items':>6} {'cold/fl':>7} "
            f"{'pt/budget':>9} {'peak MiB':>8} {'ratio':>5}")
    if html:
        head += f" {'html s':>7} {'html MB':>7}"
    print(head)
    previous = None
    for row in rows:
        c = row.cells
        cold = c["cold"][0]
        peak = max(c[k][1] for k in TIMED if k not in ("floor", "pytest-floor"))
        budget = c["pytest-floor"][0] + 1.2 * cold  # the bound on pytest
        ratio = f"{(cold / row.n) / (previous[1] / previous[0]):.2f}" if previous else "-"
        line = (f"{row.n:>7} {row.claims:>8} {row.findings:>5} {c['floor'][0]:>7.2f} {c['cold-1'][0]:>8.2f} "
                f"{cold:>7.2f} {c['warm'][0]:>7.2f} {c['shared'][0]:>8.2f} {c['no-cache'][0]:>9.2f} "
                f"{c['pytest'][0]:>8.2f} {c['pytest-floor'][0]:>9.2f} {c['items']:>6} {cold / c['floor'][0]:>7.2f} "
                f"{c['pytest'][0] / budget:>9.2f} {peak:>8.0f} {ratio:>5}")
        if html:
            line += f" {c['html'][0]:>7.2f} {c['html'][1] / 1e6:>7.1f}"
        print(line)
        previous = (row.n, cold)
    for row in rows:
        (collect, run), (floor_collect, floor_run) = row.cells["pytest-items"], row.cells["pyfloor-items"]
        print(f"N={row.n}: pytest per item, CPU of its process: collection less the check {collect:.0f} us "
              f"(pyfloor {floor_collect:.0f} us), run {run:.0f} us (pyfloor {floor_run:.0f} us)")
    compiled = all(r.cells["compiled"] for r in rows)
    print(f"floor: tomli ({'compiled wheel: tomli._parser is a .so' if compiled else 'PURE PYTHON: no compiled wheel'}) "
          "parses every fixture, and every text is read;\n"
          "cold-1: no cache, --jobs 1; cold: no cache, default jobs; warm: one fixture edited (a comment);\n"
          f"warm and shared: best of at least {WARM_REPEAT} runs, each after its own edit; "
          f"shared: one claim under {SIEGE_KEY} edited (stated by every {SIEGE_EVERY}th article); "
          "nocache: --no-cache;\n"
          "pytest: the plugin on the corpus, no cache; pyfloor: pytest with as many empty items (one per fixture file);\n"
          "pt/budget: pytest / (pyfloor + 1.2 x cold), at most 1 is the target; peak: largest resident set of\n"
          "any one process of any run (the check, a worker or pytest); ratio: cold time per article over the\n"
          f"previous size's (about 1.0 = linear). Load average at the end: {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores. Every command runs with bytecode caching on, as on a user's machine"
          f"{_NOT_PASSED if 'PYTHONDONTWRITEBYTECODE' in os.environ else ''}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,30000",
                        help="comma-separated numbers of articles (default 1000,10000,30000)")
    parser.add_argument("--repeat", type=int, help="runs per size, best taken (default 3 below 10000, else 1)")
    parser.add_argument("--out", type=Path, help="write the corpora here (DIR/n<N>/) and keep them")
    parser.add_argument("--crosscheck", help="the crosscheck executable (default: the venv's, else on PATH)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile a cold --jobs 1 check of N articles")
    parser.add_argument("--top", type=int, default=25, help="profile entries to print (default 25)")
    parser.add_argument("--html", action="store_true", help="also time one HTML report per size (check + render)")
    parser.add_argument("--no-report", dest="report", action="store_false",
                        help="skip the report site's figures (cold, warm, sizes)")
    args = parser.parse_args(argv)

    base = args.out or Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    try:
        if args.profile:
            return profile(args.profile, base, args.top)
        command = crosscheck_command(args.crosscheck)
        rows, site_rows, failed = [], [], False
        print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", file=sys.stderr)
        for n in (int(s) for s in args.sizes.split(",") if s.strip()):
            row, problems = measure_size(n, base, command, args.repeat or (3 if n < 10000 else 1), args.html)
            for p in problems[:20]:
                print(f"N={n} NOT CLEAN: {p}", file=sys.stderr)
            failed |= bool(problems)
            rows.append(row)
            if args.report:
                site_rows.append((n, time_report(command, base / f"n{n}", n, row.cells["cold"][0])))
            if args.out is None:
                shutil.rmtree(base / f"n{n}", ignore_errors=True)
        print_table(rows, args.html)
        if site_rows:
            print_report_rows(site_rows)
        return 1 if failed else 0
    finally:
        if args.out is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
