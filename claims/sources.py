"""Who a claim is attributed to: names that are one source ("the UN" is "UN"; a settings group makes
"Lebanese health ministry" and "Lebanese government" one source)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from crosscheck.claims.text import name_key as source_key  # case, white space, a leading "the"


@dataclass(frozen=True)
class SourceGroups:
    """``[tool.crosscheck.sources]``: group name -> the other names of that source, as written.

    Tuples, so the settings stay hashable and comparable."""

    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @cached_property  # cached_property writes the instance __dict__ itself: fine on a frozen dataclass
    def _group_by_key(self) -> dict[str, str]:
        out = {}
        for group, names in self.groups:
            for name in (group, *names):
                out[source_key(name)] = group
        return out

    def group_of(self, name: str) -> str | None:
        """The group a source name belongs to, as the settings write it; None outside every group."""
        return self._group_by_key.get(source_key(name))

    def key(self, name: str) -> str:
        """Equal for two names exactly when they are one source."""
        group = self.group_of(name)
        return source_key(group if group is not None else name)
