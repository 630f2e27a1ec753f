"""Every rule, one module each; importing this package registers them all."""
from importlib import import_module
from pathlib import Path

from crosscheck.checks.rule import REGISTRY, Rule

for _module in sorted(Path(__file__).parent.glob("*.py")):
    if _module.stem != "__init__":
        import_module(f"{__name__}.{_module.stem}")


def all_rules() -> list[type[Rule]]:
    return [REGISTRY[k] for k in sorted(REGISTRY)]
