"""The checker's settings: ``[tool.crosscheck]`` in the corpus root's pyproject.toml."""
from __future__ import annotations

import sys
from dataclasses import dataclass, fields
from fractions import Fraction
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class SettingsError(ValueError):
    """A setting that cannot be used; the run stops (exit 2) rather than check with a wrong reading."""


@dataclass(frozen=True)
class Settings:
    about_tolerance: Fraction = Fraction(1, 10)  # "about v" is [v - 10%, v + 10%]
    almost_tolerance: Fraction = Fraction(1, 10)  # "almost v" is [v - 10%, v - 1]
    early_ends: int = 10  # "early <month>" is days 1..10
    mid_ends: int = 20  # "mid <month>" 11..20, "late" 21..end


def load_settings(root: Path) -> Settings:
    path = root / "pyproject.toml"
    if not path.is_file():
        return Settings()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("crosscheck", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise SettingsError(f"{path}: cannot read [tool.crosscheck]: {err}") from err
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise SettingsError(f"{path}: unknown [tool.crosscheck] setting(s): {', '.join(unknown)}")
    values = {}
    for name in ("about_tolerance", "almost_tolerance"):
        if name in table:
            value = table[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
                raise SettingsError(f"{path}: tool.crosscheck.{name} must be a number in [0, 1), not {value!r}")
            values[name] = Fraction(str(value))  # via str: 0.1 means one tenth, not the nearest binary float
    for name in ("early_ends", "mid_ends"):
        if name in table:
            value = table[name]
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 27:
                raise SettingsError(f"{path}: tool.crosscheck.{name} must be a day 1..27, not {value!r}")
            values[name] = value
    settings = Settings(**values)
    if settings.early_ends >= settings.mid_ends:
        raise SettingsError(f"{path}: tool.crosscheck.early_ends must be before mid_ends")
    return settings
