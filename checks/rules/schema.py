from crosscheck.checks.finding import Hit
from crosscheck.checks.rule import Rule


class Schema(Rule):
    """The fixture cannot be read, is not valid TOML, or breaks the JSON Schema.

    One finding per violation, at the line of the offending key, with its key path. A claim or
    `[[accept]]` that breaks the schema is left out and the rest of the article is still checked
    (within it and across reports); a broken `[article]` table, or a file that is not TOML, takes
    the whole article out.

    Bad:
        [[claim]]
        id = "killed"
        type = "count"
        measure = "killed"
        value = 20
        qualifier = "roughly"   # claim[0].qualifier: 'roughly' is not one of ['exact', 'at_least', ...]

    Good:
        qualifier = "about"
    """

    id = "schema"
    scope = "file"

    def check(self, loaded):
        for problem in loaded.problems:
            where = f"{problem.path}: " if problem.path else ""
            yield Hit((), f"{where}{problem.message}", problem.file, problem.line, loaded.article_id)
