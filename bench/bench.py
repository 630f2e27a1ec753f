#!/usr/bin/env python3
"""Benchmark of `crosscheck check` on a synthetic corpus (a benchmark, not a test).

How to run (from the repository root):

    .venv/bin/python bench/bench.py                       # N = 1000, 10000
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
     - ALL articles: `syria-war/start` and `syria-war/killed` (this is the key that would show
       any cost quadratic in a key group: it grows with the corpus, not its square).
2. Injects one known conflict per 1,000 articles (article 555, 1555, ...; for N < 1000,
   article 55): the story's running total written far too low, i.e. one `cumulative-decrease`
   each. Every second injected article also carries an `[[accept]]` for it. The corpus must
   check with exactly these findings and nothing else; the script verifies that and stops
   with exit status 1 if not.
3. Times, each in a subprocess, best of R runs (--repeat; default 3 for N < 10000, 1 above):
   the floor (tomllib-parse every fixture and read every text), then `crosscheck check --root DIR
   --format json --output FILE` cold (no .crosscheck_cache/), warm (after editing one fixture) and
   with --no-cache; and the peak memory (ru_maxrss of the process and its workers, via wait4).
   The three reports must be identical. With --html, also one
   `--format html` run (check + render) and the report's size.

It prints one row per size: N, claims, findings, floor, cold, warm and --no-cache seconds, cold /
floor, peak MiB, µs per claim, and the ratio of cold time per article to the previous size's
(about 1.0 means the cost grows linearly).

`--profile N` instead generates one corpus of N articles and runs the same check in-process,
printing the phase times of a cold, a warm and a --no-cache check (reading fixtures, assembling
the corpus, the rules that read other articles, rendering), then the top 25 entries by cumulative
time of a `--no-cache --jobs 1` check under cProfile.
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
from dataclasses import dataclass
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
import sys, tomllib
from pathlib import Path
root = Path(sys.argv[1])
for path in sorted((root / "fixtures").rglob("*.toml")):
    tomllib.loads(path.read_text(encoding="utf-8"))
for path in sorted((root / "seeds").glob("*.txt")):
    path.read_text(encoding="utf-8")
"""


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB (the largest of the process and its workers, as /usr/bin/time
    reports it) and exit status of one run."""
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - begin
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed (exit {process.returncode}):\n{process.stderr.read().decode()}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024, process.returncode


def time_floor(root: Path, repeat: int) -> float:
    return min(timed([sys.executable, "-c", FLOOR, str(root)])[0] for _ in range(repeat))


def time_check(command: list[str], root: Path, repeat: int, *extra: str) -> tuple[float, float, dict]:
    """Best wall time of `repeat` runs of `crosscheck check` (with ``extra`` options), the peak memory of
    the best, and the JSON report of the last."""
    output = root / "report.json"
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        seconds, mib, _ = timed(command + ["check", "--root", str(root), "--format", "json", "--output", str(output),
                                           *extra])
        best = min(best, (seconds, mib))
    return best[0], best[1], json.loads(output.read_text(encoding="utf-8"))


def time_cold_warm(command: list[str], root: Path, repeat: int) -> dict:
    """Cold (no cache), warm (one fixture edited since) and --no-cache, each best of `repeat`."""
    cold = (float("inf"), 0.0)
    for _ in range(repeat):
        shutil.rmtree(root / ".crosscheck_cache", ignore_errors=True)
        seconds, mib, report = time_check(command, root, 1)
        cold = min(cold, (seconds, mib))
    edited = sorted((root / "fixtures").rglob("*.toml"))[len(report["findings"]) // 2]
    warm = (float("inf"), 0.0)
    for k in range(repeat):
        with edited.open("a", encoding="utf-8") as out:
            out.write(f"# edited {k}\n")  # a new hash: this one fixture is read again
        seconds, mib, warm_report = time_check(command, root, 1)
        warm = min(warm, (seconds, mib))
    bypass, bypass_mib, bypass_report = time_check(command, root, repeat, "--no-cache")
    if not report == warm_report == bypass_report:
        sys.exit(f"cold, warm and --no-cache reports differ on {root}")
    return {"cold": cold, "warm": warm, "no-cache": (bypass, bypass_mib), "report": report}


def time_html(command: list[str], root: Path) -> tuple[float, int]:
    """Wall time of one `crosscheck check --format html` (check + render), and the report's size."""
    output = root / "report.html"
    begin = time.perf_counter()
    done = subprocess.run(command + ["check", "--root", str(root), "--format", "html", "--output", str(output)],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"crosscheck failed (exit {done.returncode}):\n{done.stderr}")
    return time.perf_counter() - begin, output.stat().st_size


REPORT_MS_PER_ARTICLE = 3  # the site's budget: a cold report within the cold check + this per article
REPORT_PEAK_MIB, INDEX_MAX, PAGE_MAX, WARM_REPORT_MAX = 400, 1_000_000, 300_000, 2.0


def time_report(command: list[str], root: Path, n: int, cold_check: float) -> dict:
    """The report site on the same corpus: cold (no cache, no site), then warm after editing one fixture;
    the sizes of its index and of its largest page, each beside its budget."""
    site = root / "site"
    shutil.rmtree(root / ".crosscheck_cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    cold, mib, _ = timed(command + ["report", "--root", str(root), "--output", str(site)])
    sizes = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]
    edited = sorted((root / "fixtures").rglob("*.toml"))[n // 3]
    with edited.open("a", encoding="utf-8") as out:
        out.write("# edited for the warm report\n")
    warm, warm_mib, _ = timed(command + ["report", "--root", str(root), "--output", str(site)])
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
    sys.path.insert(0, str(REPO))
    from crosscheck.checks.cli import main as cli_main
    from crosscheck.checks.engine import run
    from crosscheck.checks.records import assemble, read_entries
    from crosscheck.checks.reporters import reporter
    from crosscheck.claims.corpus import fixture_paths
    from crosscheck.claims.settings import load_settings

    root = base / f"n{n}"
    begin = time.perf_counter()
    expected = generate(n, root)
    print(f"generated {n} articles, {expected.claims} claims in {time.perf_counter() - begin:.1f} s", file=sys.stderr)

    # Phase times, unprofiled, in this one process (a fresh process would also pay the imports).
    paths, settings = fixture_paths(root), load_settings(root)
    for label, use_cache in (("cold", True), ("warm", True), ("no-cache", False)):
        t0 = time.perf_counter()
        entries = read_entries(paths, root, settings, use_cache=use_cache, jobs=1)
        t1 = time.perf_counter()
        corpus, own = assemble(root, settings, paths, entries)
        t2 = time.perf_counter()
        result = run(corpus, own)
        t3 = time.perf_counter()
        reporter("json").render(result)
        t4 = time.perf_counter()
        print(f"{label:>8} N={n}: read fixtures (load + own-article rules, or cache) {t1 - t0:.2f} s, "
              f"assemble {t2 - t1:.2f} s, other rules {t3 - t2:.2f} s, render {t4 - t3:.2f} s")

    output = root / "report.json"
    profiler = cProfile.Profile()
    profiler.enable()
    cli_main(["check", "--root", str(root), "--format", "json", "--output", str(output), "--no-cache", "--jobs", "1"])
    profiler.disable()
    problems = verify(json.loads(output.read_text(encoding="utf-8")), expected)
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(top)
    print(stream.getvalue())
    for p in problems:
        print(f"NOT CLEAN: {p}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of articles (default 1000,10000)")
    parser.add_argument("--repeat", type=int, help="runs per size, best taken (default 3 below 10000, else 1)")
    parser.add_argument("--out", type=Path, help="write the corpora here (DIR/n<N>/) and keep them")
    parser.add_argument("--crosscheck", help="the crosscheck executable (default: the venv's, else on PATH)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile the in-process check of N articles")
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
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        command = crosscheck_command(args.crosscheck)
        rows, site_rows, failed = [], [], False
        for n in sizes:
            root = base / f"n{n}"
            if root.exists():
                shutil.rmtree(root)
            begin = time.perf_counter()
            expected = generate(n, root)
            generated = time.perf_counter() - begin
            repeat = args.repeat or (3 if n < 10000 else 1)
            floor = time_floor(root, repeat)
            times = time_cold_warm(command, root, repeat)
            report, seconds = times["report"], times["cold"][0]
            problems = verify(report, expected)
            for p in problems[:20]:
                print(f"N={n} NOT CLEAN: {p}", file=sys.stderr)
            failed |= bool(problems)
            html = time_html(command, root) if args.html else None
            rows.append((n, report["summary"]["claims"], len(report["findings"]), floor, times, html))
            if args.report:
                site_rows.append((n, time_report(command, root, n, seconds)))
            print(f"N={n}: generated in {generated:.1f} s; check best of {repeat}: {seconds:.2f} s; "
                  f"{len(expected.injected)} injected conflicts {'NOT ' if problems else ''}all found, nothing else",
                  file=sys.stderr)
        html_head = f" {'html s':>8} {'html MB':>8}" if args.html else ""
        print(f"{'N':>8} {'claims':>9} {'findings':>9} {'floor s':>8} {'cold s':>8} {'warm s':>8} {'no-cache s':>10} "
              f"{'cold/floor':>10} {'peak MiB':>9} {'µs/claim':>9} {'ratio':>6}{html_head}")
        previous = None
        for n, claims, findings, floor, times, html in rows:
            cold = times["cold"][0]
            peak = max(times[k][1] for k in ("cold", "warm", "no-cache"))
            ratio = f"{(cold / n) / (previous[1] / previous[0]):.2f}" if previous else "-"
            html_cells = f" {html[0]:>8.2f} {html[1] / 1e6:>8.1f}" if html else ""
            print(f"{n:>8} {claims:>9} {findings:>9} {floor:>8.2f} {cold:>8.2f} {times['warm'][0]:>8.2f} "
                  f"{times['no-cache'][0]:>10.2f} {cold / floor:>10.2f} {peak:>9.0f} {cold / claims * 1e6:>9.0f} "
                  f"{ratio:>6}{html_cells}")
            previous = (n, cold)
        print("floor: tomllib-parse every fixture and read every text; cold: no cache; warm: one fixture edited;\n"
              "peak: largest resident set of any one process (the check or a worker); "
              "ratio: cold time per article over the previous size's (about 1.0 = linear)")
        if site_rows:
            print_report_rows(site_rows)
        return 1 if failed else 0
    finally:
        if args.out is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
