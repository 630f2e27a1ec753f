"""Reading one fixture: parse once, validate with the compiled schema, build the models.

Nothing here raises for bad input: every problem comes back as a :class:`Problem` with the
file, line and key path, so one broken fixture never hides the findings of another.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from crosscheck.claims.model import Fixture
from crosscheck.claims.schema import validator
from crosscheck.claims.toml_lines import LineIndex
from crosscheck.claims.toml_read import RefusedFile, TOMLDecodeError, TooDeep, decode_text, loads, read_bytes


# What Fixture.model_validate calls, without its Python frame and argument checks on the way
_validate = Fixture.__pydantic_validator__.validate_python


@dataclass(frozen=True)
class Problem:
    """A fixture that cannot be read or breaks the schema: reported under rule ``schema``."""

    file: str
    line: int
    path: str
    message: str
    partial: bool = False  # only one claim or accept entry is left out; the article is still checked


@dataclass
class Loaded:
    """One fixture file as read: the model when it is valid, and every problem met on the way."""

    file: str  # as shown to editors: relative to the corpus root, with forward slashes
    article_id: str
    fixture: Fixture | None
    lines: LineIndex
    text: str | None = None  # the article text, when on file
    text_file: str | None = None
    text_bytes: bytes | None = None  # the text as read, before decoding: hashed by the cache, never read twice
    text_stat: os.stat_result | None = None  # the text's own lstat, when its path was decided on its words
    problems: list[Problem] = field(default_factory=list)
    # Index in the file of each entry of fixture.claim / fixture.accept: entries that break the
    # schema are left out, and lines must still point at the file's own entries.
    claim_index: tuple[int, ...] = ()
    accept_index: tuple[int, ...] = ()
    left_out: frozenset[str] = frozenset()  # ids of claims left out for schema errors

    @property
    def usable(self) -> bool:
        """Whether the article is checked: it validated, perhaps without some of its entries."""
        return self.fixture is not None and all(p.partial for p in self.problems)


def dotted(path) -> str:
    """``("claim", 4, "qualifier")`` -> ``claim[4].qualifier``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def to_json(value):
    """TOML dates and times become ISO strings, as JSON Schema's `format` expects."""
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    return value


def load_fixture(path: Path | str, root: Path, raw: bytes | None = None) -> Loaded:
    """Read ``path`` (or its bytes ``raw``, when the caller has read them already); a path as text is one
    as a Path spells it (a cold check reads 10,000: making each a Path cost 0.4% of its instructions)."""
    shown = _shown(path, root)
    try:
        # Bytes as they are: TOML ends lines at LF or CRLF only, and a lone CR must stay an error,
        # not become a line break that shifts every line after it.
        source = (read_bytes(path) if raw is None else raw).decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        return _broken(shown, path, f"cannot read the fixture: {_why(err)}")
    lines = LineIndex(source)
    try:
        data = loads(source)
    except TooDeep as err:
        loaded = _broken(shown, path, str(err), err.lineno)
        loaded.lines = lines
        return loaded
    except TOMLDecodeError as err:
        line = getattr(err, "lineno", None) or _line_from_message(str(err))
        loaded = _broken(shown, path, f"not valid TOML: {err}", line)
        loaded.lines = lines
        return loaded

    article = data.get("article")
    stem = _stem(path)
    article_id = article.get("id") if isinstance(article, dict) and isinstance(article.get("id"), str) else stem
    loaded = Loaded(shown, article_id, None, lines)
    try:
        # The compiled validator decides; strict, so that "20" is not taken for 20.
        fixture = _validate(data, strict=True)
    except ValidationError as err:
        fixture = _recover(loaded, data, err)  # sets the indexes of the entries it keeps
        if fixture is None:
            return loaded
    else:
        loaded.claim_index, loaded.accept_index = tuple(range(len(fixture.claim))), tuple(range(len(fixture.accept)))
    loaded.fixture = fixture

    if fixture.article.id != stem:
        loaded.problems.append(
            Problem(
                shown,
                lines.line(("article", "id")),
                "article.id",
                f"article id '{fixture.article.id}' must equal the file name '{stem}'",
            )
        )
    _read_text(loaded, root)
    return loaded


_ENTRIES = ("claim", "accept")


def _recover(loaded: Loaded, data: dict, err: ValidationError) -> Fixture | None:
    """Report every violation with its key path and line; leave out the broken claims and accepts.

    Returns the fixture without them, or None when the article itself is broken (its `[article]`
    table, the file's top level, or anything the entries cannot be separated from).
    """
    lines, shown = loaded.lines, loaded.file
    found: list[tuple[tuple, str]] = []  # (key path, message)
    for error in sorted(validator().iter_errors(to_json(data)), key=lambda e: (lines.line(e.absolute_path), e.message)):
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            # name the unknown key itself, at its own line
            for extra in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                found.append((where + (extra,), f"unknown key '{extra}'"))
            continue
        found.append((where, _message(error)))
    if not found:  # the schema should have caught it; keep the promise anyway
        # pydantic's loc holds union tags ("event", "constrained-str") that are no keys of the file:
        # keep the real key path, so the line is the key's own, and one finding per key.
        messages: dict[tuple, list[str]] = {}
        for e in err.errors():
            messages.setdefault(_key_path(data, e["loc"]), []).append(e["msg"])
        found = [(where, "; or ".join(dict.fromkeys(texts))) for where, texts in messages.items()]

    broken: dict[str, set[int]] = {name: set() for name in _ENTRIES}
    whole = False
    for where, _ in found:
        if len(where) >= 2 and where[0] in _ENTRIES and isinstance(where[1], int) \
                and isinstance(data.get(where[0]), list):
            broken[where[0]].add(where[1])
        else:
            whole = True
    fixture = None
    if not whole:
        kept = {name: [i for i in range(len(data.get(name, []))) if i not in broken[name]] for name in _ENTRIES}
        trimmed = {**data, **{name: [data[name][i] for i in kept[name]] for name in _ENTRIES if name in data}}
        try:
            fixture = Fixture.model_validate(trimmed, strict=True)
        except ValidationError:  # pragma: no cover - the entries were the only problem
            whole = True
        else:
            loaded.claim_index, loaded.accept_index = tuple(kept["claim"]), tuple(kept["accept"])
            loaded.left_out = frozenset(
                entry["id"] for i in broken["claim"]
                if isinstance(entry := data["claim"][i], dict) and isinstance(entry.get("id"), str)
            )
    for where, message in found:
        if whole:
            loaded.problems.append(Problem(shown, lines.line(where), dotted(where), message))
            continue
        entry = data[where[0]][where[1]]
        name = f"claim '{entry['id']}'" if where[0] == "claim" and isinstance(entry, dict) \
            and isinstance(entry.get("id"), str) else f"{where[0]}[{where[1]}]"
        loaded.problems.append(Problem(shown, lines.line(where), dotted(where),
                                       f"{message} ({name} is left out; the rest of the article is checked)",
                                       partial=True))
    return fixture


def _read_text(loaded: Loaded, root: Path) -> None:
    """Read the article text, refusing any path that leaves seeds/ (``../``, absolute, symlinks)."""
    article = loaded.fixture.article
    relative = article.text if article.text is not None else f"seeds/{article.id}.txt"

    def problem(message: str) -> None:  # the line is looked up only when there is something to say
        loaded.problems.append(Problem(loaded.file, loaded.lines.line(("article", "text")), "article.text", message))

    try:
        found = _text_at(root, relative)
    except (OSError, RuntimeError, ValueError) as err:
        return problem(f"cannot resolve '{relative}': {err}")
    if found is None:
        return problem(f"text '{relative}' is outside seeds/: refused, the file was not read")
    path, seen = found
    try:
        raw = read_bytes(path)  # a regular file under the size cap
        text = decode_text(raw)  # universal newlines, as Path.read_text
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as err:
        if article.text is None:
            return  # no text on file: the default is only used when it exists
        return problem(f"cannot read '{relative}': {_why(err)}")
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return problem(f"cannot read '{relative}': {_why(err)}")
    loaded.text = text
    loaded.text_file, loaded.text_bytes, loaded.text_stat = relative, raw, seen


def text_path(root: Path, relative: str) -> str | Path | None:
    """The text's path when it lies inside ``root/seeds``, else None.

    A plain path ("seeds/<name>.txt", no dots, no symbolic link on the way: an lstat per part) is
    decided on its words; anything else on the resolved path, as the operating system sees it."""
    found = _text_at(root, relative)
    return None if found is None else found[0]


def _text_at(root: Path, relative: str) -> tuple[str | Path, os.stat_result | None] | None:
    """text_path, and the lstat of the text itself when its path was decided on its words."""
    if os.path.isabs(relative) or "\0" in relative:
        return None
    words = relative.split("/")
    if words[0] == "seeds" and len(words) >= 2 and "" not in words and "." not in words and ".." not in words:
        here = str(root)  # strings, not Paths: this runs for every article of a cold check
        for word in words:
            here = os.path.join(here, word)
            try:
                seen = os.lstat(here)
            except (OSError, ValueError):  # as os.path.islink: not there, not a link
                seen = None
            if seen is not None and stat.S_ISLNK(seen.st_mode):
                break
        else:
            return here, seen
    path = root.joinpath(*words)
    return (path, None) if path.resolve().is_relative_to((root / "seeds").resolve()) else None


# What the schema's patterns mean, for an editor who does not read regular expressions.
_PATTERNS = {
    r"^[a-z0-9][a-z0-9-]{2,99}$": "an article id: 3 to 100 lower-case letters, digits and '-'",
    r"^[a-z0-9][a-z0-9-]*$": "a slug: lower-case letters, digits and '-'",
    r"^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$": "slugs (lower-case letters, digits, '-') joined by '/'",
    r"^([a-z0-9][a-z0-9-]{2,99}:)?[a-z0-9][a-z0-9-]*$": "'claim-id', or 'article-id:claim-id' for another article",
    r"^[a-z][a-z-]*$": "a rule id such as 'qualifier-mismatch'",
}


def _why(err: Exception) -> str:
    """Why a file could not be read, without the absolute path of the machine that ran the check."""
    if isinstance(err, UnicodeDecodeError):
        return f"not UTF-8 text ({err.reason} at byte {err.start})"
    if isinstance(err, RefusedFile):
        return err.strerror  # our own words
    return (err.strerror or str(err)).lower() if isinstance(err, OSError) else str(err)


def _message(error) -> str:
    if error.validator in ("anyOf", "oneOf") and error.context:
        return _alternatives(error)
    message = error.message.replace("is a required property", "is required")
    if error.validator == "pattern" and error.validator_value == r"\S":
        return f"{error.instance!r} is blank: write something"
    if error.validator == "pattern" and error.validator_value in _PATTERNS:
        message += f" ({_PATTERNS[error.validator_value]})"
    return message


def _alternatives(error) -> str:
    """"-1 is less than the minimum of 0" rather than "-1 is not valid under any of the given schemas".

    The branches whose type the value has say what is wrong with it; when it has none of their
    types, name the types."""
    branches: dict[int, list] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    fitting = [subs for subs in branches.values() if not any(s.validator == "type" for s in subs)]
    if not fitting:
        types = sorted({repr(s.validator_value) for subs in branches.values() for s in subs if s.validator == "type"})
        return f"{error.instance!r} is not of type {' or '.join(types)}"
    reasons = [s for subs in fitting for s in subs]
    if all(s.validator == "format" for s in reasons):
        formats = " or a ".join(repr(s.validator_value) for s in reasons)
        hint = ""
        if "date-time" in formats and re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+", str(error.instance)):
            hint = " (a date-time needs its offset, as in 2020-01-11T10:00:00+02:00)"
        return f"{error.instance!r} is not a {formats}{hint}"
    if all(s.validator == "required" for s in reasons):  # ("'length' or 'until' is required")
        return " or ".join(dict.fromkeys(s.message.replace(" is a required property", "") for s in reasons)) + \
            " is required"
    return "; or ".join(dict.fromkeys(_message(s) for s in reasons))


def _key_path(data, loc) -> tuple:
    """The part of a pydantic error location that names keys and indexes of ``data``."""
    path, node = [], data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            continue  # a union tag or type name, not a key
        path.append(part)
    return tuple(path)


def _shown(path: Path, root: Path) -> str:
    full, base = str(path), str(root)
    if os.sep == "/" and full.startswith(base + "/") and not full.startswith("//") and ".." not in full.split("/"):
        return full[len(base) + 1:]  # the next line's answer, in strings: pathlib's cost 1.5% of a cold check
    path = Path(path)
    if path.is_relative_to(root) and ".." not in path.parts:  # the common case, without a system call
        return path.relative_to(root).as_posix()
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return path.as_posix()


def _stem(path: Path | str) -> str:
    """``Path(path).stem``; for a path as text in the form a Path gives it, without making one."""
    if type(path) is not str or os.sep != "/" or "//" in path or "/." in path or path.endswith("/"):
        return Path(path).stem
    name = path[path.rfind("/") + 1:]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _broken(shown: str, path: Path | str, message: str, line: int = 1) -> Loaded:
    loaded = Loaded(shown, _stem(path), None, LineIndex(""))
    loaded.problems.append(Problem(shown, line, "", message))
    return loaded


def _line_from_message(message: str) -> int:
    # tomli before 2.1 puts the position only in the message: "... (at line 3, column 7)"
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1
