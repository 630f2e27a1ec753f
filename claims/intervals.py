"""The two shapes every normalized reading takes: a closed interval of integers and of days."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, order=True)
class CountInterval:
    """Closed interval of integers; ``hi is None`` means unbounded above."""

    lo: int
    hi: int | None

    def __init__(self, lo: int, hi: int | None):
        # the fields written into the instance's dict, as the generated __init__ leaves them: its
        # object.__setattr__ for each (frozen) was most of making one, for every claim
        fields = self.__dict__
        fields["lo"], fields["hi"] = lo, hi

    def overlaps(self, other: CountInterval) -> bool:
        return (self.hi is None or other.lo <= self.hi) and (other.hi is None or self.lo <= other.hi)

    def __str__(self) -> str:
        return f"[{self.lo}, {'∞' if self.hi is None else self.hi}{')' if self.hi is None else ']'}"


@dataclass(frozen=True, order=True)
class DayInterval:
    """Closed interval of calendar days."""

    start: date
    end: date

    def __init__(self, start: date, end: date):  # (as CountInterval's)
        fields = self.__dict__
        fields["start"], fields["end"] = start, end

    @classmethod
    def day(cls, d: date) -> DayInterval:
        return cls(d, d)

    @property
    def single(self) -> bool:
        return self.start == self.end

    def overlaps(self, other: DayInterval) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def __str__(self) -> str:
        return self.start.isoformat() if self.single else f"{self.start.isoformat()}..{self.end.isoformat()}"
