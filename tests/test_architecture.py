"""The data flow of the brief, stated in code: claims never imports checks; rules never import
reporters or faces (pyproject's import-linter contracts); the committed schema is the generated one."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from crosscheck.claims.schema import SCHEMA_PATH, generate, validator

from conftest import REPO


def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is a test dependency: pip install -e '.[test]'"
    run = subprocess.run([lint, "--config", str(REPO / "pyproject.toml")], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 kept, 0 broken" in run.stdout


def test_committed_schema_equals_the_models():
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == generate(), (
        "claims/claims.schema.json is stale: regenerate it with\n"
        "  python -c 'from crosscheck.claims.schema import render, SCHEMA_PATH; SCHEMA_PATH.write_text(render())'"
    )


def test_schema_is_draft_2020_12_and_accepts_the_repository_fixtures():
    import tomli

    from crosscheck.claims.loader import to_json

    assert generate()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for path in sorted((REPO / "fixtures").rglob("*.toml")):
        errors = list(validator().iter_errors(to_json(tomli.loads(path.read_text(encoding="utf-8")))))
        assert errors == [], f"{path}: {[e.message for e in errors]}"


def test_fixtures_point_taplo_at_the_committed_schema():
    for path in sorted((REPO / "fixtures").rglob("*.toml")):
        assert path.read_text(encoding="utf-8").startswith("#:schema ../claims/claims.schema.json"), path
