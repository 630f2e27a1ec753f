"""The checker's settings: ``[tool.crosscheck]`` in the corpus root's pyproject.toml."""
from __future__ import annotations

from dataclasses import dataclass, fields
from fractions import Fraction
from pathlib import Path

from crosscheck.claims.sources import SourceGroups, source_key
from crosscheck.claims.toml_read import TOMLDecodeError, TooDeep, loads, read_bytes


class SettingsError(ValueError):
    """A setting that cannot be used; the run stops (exit 2) rather than check with a wrong reading."""


@dataclass(frozen=True)
class Settings:
    about_tolerance: Fraction = Fraction(1, 10)  # "about v" is [v - 10%, v + 10%]
    almost_tolerance: Fraction = Fraction(1, 10)  # "almost v" is [v - 10%, v - 1]
    early_ends: int = 10  # "early <month>" is days 1..10
    mid_ends: int = 20  # "mid <month>" 11..20, "late" 21..end
    sources: SourceGroups = SourceGroups()  # names that are one source
    disable: frozenset[str] = frozenset()  # rule ids not run (the checks layer knows which ids exist)


def settings_table(root: Path):
    """The raw ``[tool.crosscheck]`` table of ``root/pyproject.toml``: {} without the file or table.
    Raises SettingsError when the file cannot be read or parsed."""
    path = root / "pyproject.toml"
    try:
        source = read_bytes(path).decode("utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        reason = (err.strerror or str(err)).lower() if isinstance(err, OSError) else str(err)
        raise SettingsError(f"{path}: cannot read [tool.crosscheck]: {reason}") from None
    try:
        data = loads(source)
    except TooDeep as err:
        raise SettingsError(f"{path}:{err.lineno}: cannot read [tool.crosscheck]: {err}") from None
    except TOMLDecodeError as err:
        raise SettingsError(f"{path}: cannot read [tool.crosscheck]: {err}") from None
    tool = data.get("tool", {})
    return tool.get("crosscheck", {}) if isinstance(tool, dict) else {}


def load_settings(root: Path) -> Settings:
    path = root / "pyproject.toml"
    table = settings_table(root)
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: [tool.crosscheck] must be a table, not {table!r}")
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
    if "disable" in table:
        value = table["disable"]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise SettingsError(f"{path}: tool.crosscheck.disable must be an array of rule ids "
                                f"(\"similar-key\", ...), not {value!r}")
        values["disable"] = frozenset(v.strip() for v in value)
    if "sources" in table:
        values["sources"] = _source_groups(table["sources"], path)
    settings = Settings(**values)
    if settings.early_ends >= settings.mid_ends:
        raise SettingsError(f"{path}: tool.crosscheck.early_ends must be before mid_ends")
    return settings


def _source_groups(table, path: Path) -> SourceGroups:
    """``[tool.crosscheck.sources]``: group name -> array of names; every name in one group at most."""
    where = "tool.crosscheck.sources"
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: {where} must be a table of group name = [names], not {table!r}")
    owner: dict[str, tuple[str, str]] = {}  # source_key -> (group, the name as written there)
    groups = []
    for group, names in table.items():
        key = f"{where}.{_quoted(group)}"
        if not group.strip():
            raise SettingsError(f"{path}: {key}: a group name must not be blank")
        if not isinstance(names, list):
            raise SettingsError(f"{path}: {key} must be an array of names, not {names!r}")
        for name in names:
            if not isinstance(name, str) or not name.strip():
                raise SettingsError(f"{path}: {key}: {name!r} is not a name (a non-blank string)")
        for name in (group, *names):
            other = owner.setdefault(source_key(name), (group, name))
            if other[0] != group:
                as_written = f" (as {_quoted(other[1])})" if other[1] != name else ""
                raise SettingsError(f"{path}: {key}: {_quoted(name)} is already in group "
                                    f"{_quoted(other[0])}{as_written}")
        groups.append((group, tuple(names)))
    return SourceGroups(tuple(groups))


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
