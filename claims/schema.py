"""The JSON Schema of the fixture format, generated from the pydantic models.

The committed copy (``claims/claims.schema.json``) is what TOML editors and other tools read;
a test keeps it equal to :func:`generate`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from crosscheck.claims.model import Fixture

# jsonschema and pydantic's schema generator are imported on first use: a run whose fixtures all
# come from the cache, or all validate with the compiled model, never needs them (~40 ms of start-up).

SCHEMA_PATH = Path(__file__).with_name("claims.schema.json")
SCHEMA_ID = "https://crosscheck.invalid/claims/v1/claims.schema.json"


def _generator():
    from pydantic.json_schema import GenerateJsonSchema

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

    return _Generator


def generate() -> dict:
    body = Fixture.model_json_schema(schema_generator=_generator())
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **body}


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def validator() -> Draft202012Validator:
    """One compiled validator for every fixture of a run, built from the committed schema.

    `date-time` is checked only when rfc3339-validator is installed: it is a dependency, so a
    publication date-time without its offset is a schema finding, not a silent pass."""
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
