"""Reporters: one class per output format, registered by name; the registry feeds `--format`."""
from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import ClassVar

from crosscheck.checks.result import Result

# format -> the module defining it. A module is imported when its format is first asked for: the
# HTML report alone pulls in jinja2 and the drafter, ~60 ms a `check --format json` need not pay.
MODULES = {"text": "text", "json": "json_report", "markdown": "markdown", "sarif": "sarif", "html": "html",
           "github": "github"}


class _Registry(Mapping):
    """Every format by name (what `--format` offers), its class imported on first use."""

    def __init__(self):
        self.classes: dict[str, type["Reporter"]] = {}

    def __getitem__(self, name: str) -> type["Reporter"]:
        if name not in self.classes and name in MODULES:
            import_module(f"{__name__}.{MODULES[name]}")
        return self.classes[name]

    def __iter__(self):
        return iter(MODULES)

    def __len__(self) -> int:
        return len(MODULES)


REPORTERS = _Registry()


class Reporter:
    name: ClassVar[str]
    suffix: ClassVar[str] = ".txt"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REPORTERS.classes[cls.name] = cls

    def __init__(self, color: bool = False):
        self.color = color

    def render(self, result: Result) -> str:  # pragma: no cover - every reporter overrides it
        raise NotImplementedError


def reporter(name: str, **options) -> Reporter:
    return REPORTERS[name](**options)


def plural(n: int, noun: str) -> str:
    """"1 error", "2 errors": a count with its noun as every format and the command line print it."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def totals(summary: dict) -> str:
    """The summary's articles, errors and warnings, in words."""
    return f"{plural(summary['articles'], 'article')}, {plural(summary['errors'], 'error')}, " \
        f"{plural(summary['warnings'], 'warning')}"


def changed_note(summary: dict) -> str | None:
    """What `--changed-since REF` reported on, in words every format prints; None without it."""
    if "changed_since" not in summary:
        return None
    changed, ref = summary["changed"], summary["changed_since"]
    if changed == summary["articles"]:
        return f"all {summary['articles']} articles count as changed since {ref}: every finding is reported"
    if changed == 0:
        return f"no article changed since {ref}: no finding is reported"
    if changed == 1:
        return f"1 article changed since {ref}: only the findings involving it are reported"
    return f"{changed} articles changed since {ref}: only the findings involving them are reported"

