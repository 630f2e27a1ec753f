"""Reporters: one class per output format, registered by name; the registry feeds `--format`."""
from __future__ import annotations

from importlib import import_module
from typing import ClassVar

from crosscheck.checks.engine import Result

REPORTERS: dict[str, type["Reporter"]] = {}


class Reporter:
    name: ClassVar[str]
    suffix: ClassVar[str] = ".txt"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REPORTERS[cls.name] = cls

    def __init__(self, color: bool = False):
        self.color = color

    def render(self, result: Result) -> str:  # pragma: no cover - every reporter overrides it
        raise NotImplementedError


def reporter(name: str, **options) -> Reporter:
    return REPORTERS[name](**options)


for _name in ("text", "json_report", "markdown", "sarif", "html", "github"):  # registers each format
    import_module(f"{__name__}.{_name}")
