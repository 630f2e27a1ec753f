"""Every rule, one module each; importing this package registers them all."""
from importlib import import_module
from pathlib import Path

from crosscheck.checks.rule import REGISTRY, Rule
from crosscheck.claims.settings import SettingsError

for _module in sorted(Path(__file__).parent.glob("*.py")):
    if _module.stem != "__init__":
        import_module(f"{__name__}.{_module.stem}")


def all_rules(settings=None) -> list[type[Rule]]:
    """Every rule by id; given the settings, only those `disable` leaves on."""
    off = settings.disable if settings is not None else ()
    return [REGISTRY[k] for k in sorted(REGISTRY) if k not in off]


def check_disabled(settings, root: Path) -> None:
    """Refuse a `disable` that names no rule, as every bad setting is refused (exit 2)."""
    unknown = sorted(settings.disable - set(REGISTRY))
    if unknown:
        raise SettingsError(f"{Path(root) / 'pyproject.toml'}: tool.crosscheck.disable: no rule "
                            f"{', '.join(repr(u) for u in unknown)}; the rules are {', '.join(sorted(REGISTRY))}")
