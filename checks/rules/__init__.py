"""Every rule, one module each; importing this package registers them all."""
from importlib import import_module
from pathlib import Path

from crosscheck.checks.rule import REGISTRY, Rule
from crosscheck.claims.settings import SettingsError

for _module in sorted(Path(__file__).parent.glob("*.py")):
    if _module.stem != "__init__":
        import_module(f"{__name__}.{_module.stem}")


_BY_ID: list[type[Rule]] = []  # the registry in id order, sorted again only when a rule was added since


def all_rules(settings=None) -> list[type[Rule]]:
    """Every rule by id; given the settings, only those `disable` leaves on (asked for every fixture, thrice)."""
    if len(_BY_ID) != len(REGISTRY):
        _BY_ID[:] = [REGISTRY[k] for k in sorted(REGISTRY)]
    off = settings.disable if settings is not None else ()
    return [r for r in _BY_ID if r.id not in off] if off else list(_BY_ID)


def check_disabled(settings, root: Path) -> None:
    """Refuse a `disable` that names no rule, as every bad setting is refused (exit 2)."""
    unknown = sorted(settings.disable - set(REGISTRY))
    if unknown:
        raise SettingsError(f"{Path(root) / 'pyproject.toml'}: tool.crosscheck.disable: no rule "
                            f"{', '.join(repr(u) for u in unknown)}; the rules are {', '.join(sorted(REGISTRY))}")
