"""Drafting a fixture from an article's text: `crosscheck draft`.

Pure: text and publication date in, fixture TOML out. Every claim is read by the format's own
readers (numbers, qualifiers, dates, durations, states) and then checked the way the checker
will check it (schema, quote, value, qualifier, date); a claim that would not pass becomes a
comment saying what to do, never a broken claim. What a reader cannot read yet stays a comment.
"""
from crosscheck.claims.draft.article import read_article, statements, uncovered
from crosscheck.claims.draft.prior import Prior, prior_of
from crosscheck.claims.draft.render import draft, headline, toml_string
from crosscheck.claims.draft.statement import Statement

__all__ = ["Statement", "statements", "read_article", "draft", "uncovered", "headline", "toml_string", "Prior", "prior_of"]
