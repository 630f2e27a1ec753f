"""What the draft finds: one statement of the article, with its drafted claim or why there is none."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Statement:
    """One thing the article states: a count, a dated event, a veto or an extension."""

    kind: str  # "count", "event", "veto", "extension"
    anchor: tuple[int, int]  # the number / date expression / veto word / length
    span: tuple[int, int]  # the phrase to quote
    reading: str  # what the readers make of it, for an editor
    claim: dict | None = None  # the drafted claim's keys, in order; None when it stays a comment
    todo: str | None = None  # why it stays a comment and what to do
    checks: list[str] = field(default_factory=list)  # `# check:` notes for the editor
    as_of: bool = False  # a date that dates a running total ("as of September 10"), not an event of its own
    unkeyed: bool = False  # an increment or a projection: never the corpus's running total
    lowered: bool = False  # a total the text says was revised down ("lowered the death toll to around 1,000")
    period_end: bool = False  # the day a period ends, with no length of its own ("until April 30, 2025")
    earlier: bool = False  # a figure given before this report's ("up from 174 reported a day earlier")
    running_by_corpus: bool = False  # a running total as the corpus counts its key, not by its own words
    undated: tuple | None = None  # a veto no text dates: its claim but `when`, and its quote's span (corpus_dates)

    def phrase(self, text: str) -> str:
        return text[self.span[0]:self.span[1]]

    def drop_guess(self, key: str) -> None:
        """No ``key`` (part_of, subset_of) on the claim, nor the `# check:` that asked about it."""
        if self.claim.pop(key, None) is not None:
            self.checks = [c for c in self.checks if not c.startswith(f"{key}:")]

    def no_total(self, why: str = "") -> None:
        """Not the story's figure: no key, and no running total however its words read ("a tsunami that killed
        61 in 1960", "81 and 71 deaths, respectively"); ``why`` goes on the reading."""
        self.unkeyed = True
        self.claim.pop("cumulative", None)
        self.reading = self.reading.replace(", running total", "") + why

