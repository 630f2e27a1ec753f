"""The JSON Schema of the fixture format, generated from the pydantic models.

The committed copy (``claims/claims.schema.json``) is what TOML editors and other tools read;
a test keeps it equal to :func:`generate`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from pydantic.json_schema import GenerateJsonSchema

from claims.model import Fixture

SCHEMA_PATH = Path(__file__).with_name("claims.schema.json")
SCHEMA_ID = "https://crosscheck.invalid/claims/v1/claims.schema.json"


class _Generator(GenerateJsonSchema):
    def nullable_schema(self, schema):
        # TOML has no null: an optional key is simply left out.
        return self.generate_inner(schema["schema"])

    def tagged_union_schema(self, schema):
        # pydantic writes `oneOf` + OpenAPI `discriminator`; a validator then reports "not valid
        # under any of the given schemas" for one bad key. if/then per `type` names the bad key.
        generated = super().tagged_union_schema(schema)
        mapping = generated.get("discriminator", {}).get("mapping")
        if not mapping:
            return generated
        tag = generated["discriminator"]["propertyName"]
        return {
            "type": "object",
            "required": [tag],
            "properties": {tag: {"enum": list(mapping)}},
            "allOf": [
                {"if": {"properties": {tag: {"const": value}}, "required": [tag]}, "then": {"$ref": ref}}
                for value, ref in mapping.items()
            ],
        }


def generate() -> dict:
    body = Fixture.model_json_schema(schema_generator=_Generator)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **body}


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


def _is_date_time(instance) -> bool:
    """RFC 3339 date-time: a date, a time and an offset (a TOML offset date-time, as the loader writes it).

    jsonschema checks `date-time` only when an optional package is installed; without this check
    any string, "yesterday" included, would pass as a publication date-time.
    """
    if not isinstance(instance, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", instance):
        return False
    try:
        dt.datetime.fromisoformat(instance.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checkers = {**Draft202012Validator.FORMAT_CHECKER.checkers, "date-time": (_is_date_time, ())}
    return checker


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    """One compiled validator for every fixture of a run, built from the committed schema."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=_format_checker())
