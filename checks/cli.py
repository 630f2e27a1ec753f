"""The `crosscheck` command: check, show, rules, schema, report, draft, init."""
from __future__ import annotations

import argparse
import gc
import json
import os
import re
import sys
from pathlib import Path

from crosscheck.checks.cache import take_notes
from crosscheck.checks.changes import changed_articles
from crosscheck.checks.engine import check as check_corpus
from crosscheck.checks.reporters import REPORTERS, reporter, totals
from crosscheck.checks.reporters.output import OutputError, write_atomic
from crosscheck.checks.rules import all_rules
from crosscheck.claims.corpus import CorpusError, article_view, load_corpus
from crosscheck.claims.settings import SettingsError
from crosscheck.claims.toml_read import read_text

USAGE_ERROR = 2
ONE_PAGE_MAX = 500  # articles: past this, one page is too large for a browser to open comfortably


# the result of the command run: kept until the console script exits (freeing a cold check's result
# object by object was 20 ms), freed when `main` returns to an in-process caller
_MADE: list = []


def run() -> None:
    """The console script: `main`, then out without freeing the heap object by object, as mypy does
    (a warm check of 10,000 articles spent 30 ms of its 0.43 s in that teardown), and without the
    collector turned back on: its first pass would walk every object the command made (20-30 ms)."""
    gc.disable()
    code = _command(None)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `crosscheck check | head`: the reader left
        pass
    except OSError as err:  # standard output on a full disk: said, and not a success
        print(f"crosscheck: {_cannot_write(err)}", file=sys.stderr)
        code = code or USAGE_ERROR
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    # A command holds what it read until its output is written: the collector's passes over that heap
    # (one at the first allocation after the engine's check) find nothing to free.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _command(argv)
    finally:
        _MADE.clear()
        if enabled:
            gc.enable()


def _command(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except (CorpusError, SettingsError, OutputError) as err:
        print(f"crosscheck: {err}", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:  # `crosscheck check | head`
        return 0
    finally:
        for note in take_notes():  # the cache could not be used: said once, the findings are the same
            print(f"crosscheck: {note}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crosscheck", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check every fixture of a corpus; exit 1 on an unaccepted error")
    check.add_argument("--root", type=Path, default=Path("."), help="corpus root holding fixtures/ and seeds/")
    check.add_argument("--format", choices=sorted(REPORTERS), default="text")
    check.add_argument("--output", type=Path, help="write the report to FILE (atomically) instead of stdout")
    check.add_argument("--strict", action="store_true", help="unaccepted warnings fail too")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--changed-since", metavar="REF",
                       help="check the whole corpus, report only the findings involving an article added or "
                            "changed since git REF (its merge base with HEAD)")
    _speed_options(check)
    check.set_defaults(func=_check)

    report = sub.add_parser("report", help="write the HTML report site to report/ (open report/index.html)")
    report.add_argument("--root", type=Path, default=Path("."))
    report.add_argument("--output", type=Path, default=Path("report"),
                        help="a folder for the site (default report/), or FILE.html for one page (small corpora)")
    report.add_argument("--changed-since", metavar="REF",
                        help="a git revision: the articles changed since it, and their findings, come first")
    report.add_argument("--strict", action="store_true")
    _speed_options(report)
    report.set_defaults(func=_report)

    show = sub.add_parser("show", help="print each claim of a fixture as the checker reads it")
    show.add_argument("fixture", type=Path)
    show.add_argument("--root", type=Path, help="corpus root (default: the folder holding fixtures/)")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(func=_show)

    rules = sub.add_parser("rules", help="list the rules with their documentation")
    rules.add_argument("rule", nargs="?", help="one rule id: its documentation only (date-unresolvable: every date form)")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(func=_rules)

    schema = sub.add_parser("schema", help="print the JSON Schema of the fixture format")
    schema.set_defaults(func=_schema)

    draft = sub.add_parser("draft", help="propose a fixture from an article text, or list what a fixture leaves out")
    draft.add_argument("text", help="the article text (normally seeds/<id>.txt), or a saved web page (.html) or URL: "
                                     "its text is written to seeds/<id>.txt")
    draft.add_argument("--root", type=Path, default=Path("."),
                       help="the corpus the article joins (default: this folder): its keys, links and sources are proposed")
    draft.add_argument("--published", help="publication date, YYYY-MM-DD or an RFC 3339 date-time")
    draft.add_argument("--id", help="article id (default: the text file's stem)")
    draft.add_argument("--title", help="headline (default: the text's first line when it reads as one)")
    draft.add_argument("--output", type=Path, help="write the fixture to FILE (atomically) instead of stdout")
    draft.add_argument("--missing", type=Path, metavar="FIXTURE",
                       help="list the statements of TEXT that no claim of FIXTURE quotes (exit 1 if any)")
    draft.set_defaults(func=_draft)

    init = sub.add_parser("init", help="set up a newsroom's corpus repository in DIR (default: here)")
    init.add_argument("dir", type=Path, nargs="?", default=Path("."))
    init.add_argument("--force", action="store_true",
                      help="write into a folder that is not empty (a file already there is never written over)")
    init.add_argument("--source", metavar="REQ",
                      help="where the new repository installs crosscheck from: a folder, a git URL or a pip "
                           "requirement (default: where this crosscheck was installed from)")
    init.set_defaults(func=_init)
    return parser


def _speed_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-cache", dest="cache", action="store_false",
                        help="neither read nor write .crosscheck_cache/ (every fixture is read afresh)")
    parser.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                        help="processes reading fixtures (default: the machine's cores; 1: in this process)")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a number of processes, 1 or more, not {value!r}")
    return jobs


def _cannot_write(err: OSError) -> str:
    return f"cannot write to standard output: {(err.strerror or str(err)).lower()}"


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as err:  # stdout redirected to a full disk
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is left is not flushed there
            raise OutputError(_cannot_write(err)) from None
    else:
        write_atomic(output, text)


def _check(args) -> int:
    if args.format not in REPORTERS:
        raise CorpusError(f"unknown format {args.format!r}")
    changed = changed_articles(args.root, args.changed_since) if args.changed_since else None
    result = check_corpus(args.root, use_cache=args.cache, jobs=args.jobs, hold=True)
    _MADE.append(result)
    if args.changed_since:
        result = result.involving(changed, args.changed_since)
    color = args.color == "always" or (args.color == "auto" and args.output is None and sys.stdout.isatty())
    _emit(reporter(args.format, color=color).render(result), args.output)
    return result.exit_code(args.strict)


def _report(args) -> int:
    # only here: the site's modules (templates, the drafter) are a tenth of a warm check's time
    from crosscheck.checks.reporters.site.build import build as build_site

    changed = changed_articles(args.root, args.changed_since) if args.changed_since else None
    one_page = args.output.suffix.lower() in (".html", ".htm")
    result = check_corpus(args.root, use_cache=args.cache, jobs=args.jobs)  # the pages read their fixtures
    _MADE.append(result)  # (not hold=True: the site's pages run long after the check, which frees its own)
    s = result.summary
    if one_page:
        if s["articles"] > ONE_PAGE_MAX:
            raise CorpusError(f"{args.output}: one page holds at most {ONE_PAGE_MAX:,} articles and this corpus has "
                              f"{s['articles']:,}; write the site instead: --output {args.output.with_suffix('')}/")
        if args.changed_since:
            raise CorpusError("--changed-since needs the site (--output DIR): one page shows every article alike")
        write_atomic(args.output, reporter("html").render(result))
        print(f"wrote {args.output}: {totals(s)}")
        return result.exit_code(args.strict)
    done = build_site(result, args.root, args.output, changed=changed, since=args.changed_since, jobs=args.jobs)
    print(f"wrote {args.output / 'index.html'}: {totals(s)} "
          f"({done.written} pages written, {done.kept} unchanged{f', {done.removed} removed' if done.removed else ''})")
    return result.exit_code(args.strict)


def _show(args) -> int:
    from crosscheck.claims.explain import explain, reading_dict

    path = args.fixture
    if not path.is_file():
        raise CorpusError(f"no fixture at {path}")
    root = args.root or _root_of(path)
    corpus = load_corpus(root, [path])
    loaded = corpus.files[0]
    if loaded.problems:
        for p in loaded.problems:
            print(f"{p.file}:{p.line} schema {p.path + ': ' if p.path else ''}{p.message}", file=sys.stderr)
        return 1
    view = article_view(loaded, corpus.settings)
    article = loaded.fixture.article
    if args.format == "json":
        body = {"article": {"id": article.id, "title": article.title, "published": article.day.isoformat(),
                            "file": loaded.file}, "claims": [reading_dict(c, article.day) for c in view.claims]}
        print(json.dumps(body, indent=2, ensure_ascii=False))
        return 0
    print(f"{article.id}: {article.title}")
    print(f"published {article.day} ({article.day.strftime('%A')}), {loaded.file}")
    width = max((len(c.id) for c in view.claims), default=0)
    for c in view.claims:
        print(f"  line {c.line:<4} {c.id:<{width}}  {c.claim.type:<9} {explain(c, article.day)}")
    return 0


def _root_of(path: Path) -> Path:
    """The corpus root: the folder above the nearest `fixtures/` holding the file."""
    for parent in path.resolve().parents:
        if parent.name == "fixtures":
            return parent.parent
    return Path(".")


def _rules(args) -> int:
    rules = all_rules()
    if args.rule is not None:
        rules = [r for r in rules if r.id == args.rule]
        if not rules:
            raise CorpusError(f"no rule {args.rule!r}; the rules are {', '.join(r.id for r in all_rules())}")
    if args.format == "json":
        print(json.dumps([{"id": r.id, "severity": str(r.severity), "scope": r.scope, "summary": r.summary(),
                           "doc": r.doc()} for r in rules], indent=2))
        return 0
    for r in rules:
        print(f"{r.id}  ({r.severity}, {r.scope})")
        print("    " + r.doc().replace("\n", "\n    ").rstrip())
        print()
    return 0


def _schema(args) -> int:
    from crosscheck.claims.schema import SCHEMA_PATH

    sys.stdout.write(SCHEMA_PATH.read_text(encoding="utf-8"))
    return 0


def _draft(args) -> int:
    import datetime as dt

    from crosscheck.claims.draft import draft, prior_of, statements, uncovered
    from crosscheck.claims.draft.page import PageError, is_page, read_page
    from crosscheck.claims.text import find_quote

    page = None
    if is_page(args.text):
        try:
            page = read_page(args.text)
        except PageError as err:
            raise CorpusError(str(err)) from None
        text = page.text
    else:
        try:
            text = read_text(args.text)  # a regular file under the size cap, as every file read
        except (OSError, UnicodeDecodeError) as err:
            raise CorpusError(f"cannot read the article text {args.text}: {err}") from None
    shown = Path(args.text).as_posix()
    if args.missing is not None:
        if not args.missing.is_file():
            raise CorpusError(f"no fixture at {args.missing}")
        loaded = load_corpus(_root_of(args.missing), [args.missing]).files[0]
        if loaded.fixture is None:
            raise CorpusError(f"{args.missing} cannot be read: run `crosscheck check` for its schema findings")
        fixture = loaded.fixture
        quoted = [span for c in fixture.claim if c.quote and (span := find_quote(c.quote, text))]
        found = statements(text, fixture.article.day, claims=False)  # what the report counts: readings only
        missing = uncovered(found, quoted)
        for st in missing:
            line = text.count("\n", 0, st.anchor[0]) + 1
            print(f"{shown}:{line}: {' '.join(st.phrase(text).split())!r}: {st.reading}")
        print(f"{len(found) - len(missing)} of {len(found)} numbers and dates encoded in {args.missing.as_posix()}")
        return 1 if missing else 0
    if args.published is None:
        if page is None:
            raise CorpusError("draft needs --published DATE (or --missing FIXTURE)")
        if page.published is None:
            raise CorpusError(f"{args.text} gives no publication date: give it with --published YYYY-MM-DD")
        published = page.published
    else:
        try:
            published = dt.datetime.fromisoformat(args.published) if "T" in args.published else \
                dt.date.fromisoformat(args.published)
        except ValueError:
            raise CorpusError(f"--published {args.published!r} is not a date (YYYY-MM-DD) or date-time") from None
    article_id = args.id or re.sub(r"[^a-z0-9-]+", "-", Path(args.text.rstrip("/")).stem.lower()).strip("-")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,99}", article_id):
        raise CorpusError(f"{article_id!r} is not an article id (a slug: a-z, 0-9 and '-', 3 to 100 characters); "
                          f"give one with --id")
    day = published.date() if isinstance(published, dt.datetime) else published
    prior = None
    if (args.root / "fixtures").is_dir():  # the corpus the article joins: what it already knows
        # the corpus as the check reads it (through the cache: a newsroom's archive is not parsed again)
        known = check_corpus(args.root, records=True).corpus
        prior = prior_of(known, before=day + dt.timedelta(days=1), exclude=article_id)
    text_file = f"seeds/{Path(args.text).name}" if Path(args.text).parent.name == "seeds" else shown
    if page is not None:
        seed = args.root / "seeds" / f"{article_id}.txt"
        if seed.is_file() and seed.read_text(encoding="utf-8") != text:
            raise CorpusError(f"{seed} already holds another text: give another --id")
        write_atomic(seed, text)
        text_file = f"seeds/{article_id}.txt"
        print(f"wrote {seed}", file=sys.stderr)
    _emit(draft(text, published, article_id=article_id, title=args.title or (page.title if page else None),
                text_file=text_file, prior=prior, outlet=page.site if page else None,
                url=page.url if page else None), args.output)
    return 0


def _init(args) -> int:
    from crosscheck.checks.scaffold import init

    written = init(args.dir, force=args.force, source=args.source)
    for w in written:
        print(f"kept  {w.path} (already there)" if w.kept else f"wrote {w.path}")
    where = args.dir.as_posix()
    print(f"\nNext: cd {where}, then the commands of README.md (Set up); git init && git add . to keep it.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    run()
