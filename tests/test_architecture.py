"""The data flow of the brief, stated in code: claims never imports checks; rules never import
reporters or faces (pyproject's import-linter contracts); the committed schema is the generated one."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.claims.schema import SCHEMA_PATH, generate, validator

from conftest import CORPUS, REPO


@pytest.mark.touches_the_repository
def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is a test dependency: pip install -e '.[test]'"
    config = str(REPO / "pyproject.toml")
    run = subprocess.run([lint, "--config", config], cwd=REPO, capture_output=True, text=True)  # not the corpus: code
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 kept, 0 broken" in run.stdout


def _cycles(graph) -> list[list[str]]:
    """The import cycles among single modules (Tarjan's strongly connected components of 2 or more)."""
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & set(modules)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []
    for start in modules:
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(edges[child])))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return found


def test_no_module_imports_itself_through_others_not_even_lazily():
    """grimp reads every import statement, those inside functions too: a lazy import that closes a
    circle is a circle (the acyclic_siblings contract above sees packages; this sees single modules)."""
    import grimp

    cycles = _cycles(grimp.build_graph("crosscheck.claims", "crosscheck.checks", cache_dir=None))
    assert cycles == []


def test_committed_schema_equals_the_models():
    committed = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert committed == generate(), (
        "claims/claims.schema.json is stale: regenerate it with\n"
        "  python -c 'from crosscheck.claims.schema import render, SCHEMA_PATH; SCHEMA_PATH.write_text(render())'"
    )


def test_schema_is_draft_2020_12_and_accepts_the_seed_fixtures():
    import tomli

    from crosscheck.claims.loader import to_json

    assert generate()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for path in sorted((CORPUS / "fixtures").rglob("*.toml")):
        errors = list(validator().iter_errors(to_json(tomli.loads(path.read_text(encoding="utf-8")))))
        assert errors == [], f"{path}: {[e.message for e in errors]}"


def test_the_readmes_example_points_taplo_at_the_committed_schema():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    pointer = "#:schema ../claims/claims.schema.json"
    assert f"```toml\n{pointer}\n" in readme
    # from fixtures/<id>.toml, one folder down
    assert pointer.split()[1] == "../" + SCHEMA_PATH.resolve().relative_to(REPO).as_posix()
