"""Corpora for the report tests: the seed corpus with findings of every kind added, and a hostile one."""
from __future__ import annotations

from pathlib import Path

from conftest import seed_corpus, write_corpus

LATER = """\
schema_version = 1

[article]
id = "syria-daily-2020-01-12"
title = "Syria Daily, Jan 12: Medics Count the Dead"
published = 2020-01-12
outlet = "EA WorldView"
links = ["syria-daily-2020-01-11"]

[[claim]]
id = "fled"
type = "count"
quote = "Almost 235,000 people fled"
measure = "fled"
value = 235000
qualifier = "almost"
source = "White Helmets"
key = "idlib-offensive-2019/fled-maarat-al-numan-december"

[[claim]]
id = "killed"
type = "count"
quote = "15 people were killed"
measure = "killed"
value = 15
key = "idlib-bombing-2020-01-11/killed"

[[claim]]
id = "ghost"
type = "event"
quote = "a sentence this article never printed"
what = "nothing"
when = 2020-01-12

[[accept]]
rule = "cross-report-conflict"
claims = ["killed", "syria-daily-2020-01-11:killed"]
reason = "Medics' early count | the later report <b>corrects</b> it"
"""

LATER_TEXT = ("Almost 235,000 people fled Ma’arat al-Num’an in December, the White Helmets said.\n\n"
              "Medics said 15 people were killed in the bombing on Saturday.\n")


def with_findings(root: Path) -> Path:
    """The seed corpus (tests/corpus/) plus: an order violation, a cross-report conflict of two sources
    (a warning), one of no sources (an error), an accepted one, and a quote not in the text."""
    seed_corpus(root)
    seed = root / "fixtures" / "syria-daily-2020-01-11.toml"
    text = seed.read_text(encoding="utf-8")
    assert 'after = ["offensive"]\nbefore = ["resumption"]' in text
    seed.write_text(text.replace('after = ["offensive"]\nbefore = ["resumption"]',
                                 'after = ["offensive", "resumption"]'), encoding="utf-8")
    write_corpus(root, {"syria-daily-2020-01-12": LATER}, {"syria-daily-2020-01-12": LATER_TEXT})
    return root


SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<b id=pwned>!</b>')\">"
ALERT_SCRIPT = "<script>alert(1)</script>"
ALERT_IMG = "<img src=x onerror=alert(1)>"
SHORT = "<b id=pwned>!</b>"  # short enough to be drawn beside its bar on a key chart, not only in its table

HOSTILE = """\
schema_version = 1

[article]
id = "{id}"
title = '''Headline {script}'''
published = {published}
outlet = '''Outlet {img}'''
url = "javascript:alert(1)"

[[claim]]
id = "payload"
type = "event"
quote = '''{alert_img}'''
what = '''{alert_script} happens'''
when = {published}
source = '''{script}'''
key = "hostile/payload"

[[claim]]
id = "count"
type = "count"
quote = '''12 {img}'''
measure = "killed"
value = 12
source = '''{short}'''
key = "hostile/count"
note = '''{script}'''
"""


def hostile(root: Path) -> Path:
    """Two articles whose text, quotes, headline, outlet, sources and url carry live markup."""
    fixtures, seeds = {}, {}
    for article_id, published in (("hostile-one", "2020-01-01"), ("hostile-two", "2020-01-05")):
        fixtures[article_id] = HOSTILE.format(id=article_id, published=published, script=SCRIPT, img=IMG,
                                              alert_script=ALERT_SCRIPT, alert_img=ALERT_IMG, short=SHORT)
        seeds[article_id] = (f"First {ALERT_SCRIPT} paragraph with {ALERT_IMG} in it.\n\n"
                             f"Then {SCRIPT} and 12 {IMG} after.\n")
    return write_corpus(root, fixtures, seeds)
