"""Where a project keeps everything: the one paths object of the CLI and the MkDocs plugin.

A project is a folder with `mkdocs.yml` and `content/`. `digest` finds it from the working
folder and applies its options (`--articles`, `--out`, ...) here, in `ProjectPaths.with_options`;
`digest build` hands the result to the site, so the site is built from the sheets that run
wrote. A plain `mkdocs build` makes the same object from the folder of its config file.

Run from a folder outside any project, `digest` takes the project around the `--out` (or
`--articles`) folder, so that a project's sheets are always rewritten with its own gazetteer,
corrections and schema. Where there is no project gazetteer at all, the one shipped with the
package is used (`PACKAGE_GAZETTEER`: the world's places, no people or topics), and
`gazetteer_note` says so. A `--gazetteer` that does not exist is an error (gazetteer.py),
never an empty gazetteer.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

CONFIG_FILE = "mkdocs.yml"
SCHEMA_FILE = "fact-sheet.schema.json"
PACKAGE_GAZETTEER = Path(__file__).resolve().parent / "data" / "gazetteer"

GazetteerFrom = Literal["project", "option", "package"]


@dataclass(frozen=True)
class ProjectPaths:
    """Every folder and file a run reads or writes."""

    root: Path
    articles: Path
    gazetteer: Path
    meetings: Path                 # the fact sheets
    corrections: Path | None       # None: no corrections apply
    cache: Path | None             # None: nothing remembered between runs
    schema: Path
    site_dir: Path
    found: bool = True             # False: no project here; the layout is what one would have
    gazetteer_from: GazetteerFrom = "project"
    via: str | None = None         # the option whose folder lies in the project (run from outside it)

    @classmethod
    def at(cls, root: Path, found: bool = True) -> ProjectPaths:
        """The project's own layout under `root`. Outside a project (`found` false) with no
        content/gazetteer either, the package's gazetteer; a project's own is never replaced
        by it (a missing one is an error when loaded: its sheets were made with it)."""
        content = root / "content"
        own = content / "gazetteer"
        use_own = found or own.exists() or own.is_symlink()
        return cls(root=root, articles=content / "articles",
                   gazetteer=own if use_own else PACKAGE_GAZETTEER,
                   meetings=content / "meetings", corrections=content / "corrections",
                   cache=root / ".digest-cache", schema=root / "schema" / SCHEMA_FILE,
                   site_dir=root / "site", found=found, gazetteer_from="project" if use_own else "package")

    @property
    def config_file(self) -> Path:
        """The MkDocs configuration of the site."""
        return self.root / CONFIG_FILE

    def gazetteer_note(self) -> str | None:
        """One line saying which gazetteer a run uses, when it is not simply the project's."""
        if self.gazetteer_from == "package":
            return (f"digest: no project here ({CONFIG_FILE} and content/ in {self.root} or above); using "
                    f"the gazetteer shipped with the package ({self.gazetteer}: the world's countries, "
                    "cities, venues and organisations, no people or topics)")
        if self.via:
            return (f"digest: no project in the working folder; using the one around {self.via} "
                    f"({self.root}), with its gazetteer {self.gazetteer}")
        return None

    def with_options(self, articles: str | Path | None = None, out: str | Path | None = None,
                     corrections: str | Path | None = None, gazetteer: str | Path | None = None,
                     cache: str | Path | None = None, site_dir: str | Path | None = None) -> ProjectPaths:
        """The paths with the command line's folders in place of the project's. On other
        articles or another sheet folder, the project's corrections apply only when named;
        outside a project, the project is the one around `out` (or `articles`), if any."""
        base = self
        if not self.found:
            for option, hint in (("--out", out), ("--articles", articles)):
                around = find_project(Path(hint)) if hint else None
                if around is not None and around.found:
                    base = dataclasses.replace(around, via=option)
                    break
        custom = not (_same(out, base.meetings) and _same(articles, base.articles))
        fixes = Path(corrections) if corrections else (None if custom else base.corrections)
        return dataclasses.replace(
            base, articles=Path(articles) if articles else base.articles,
            meetings=Path(out) if out else base.meetings,
            gazetteer=Path(gazetteer) if gazetteer else base.gazetteer,
            gazetteer_from="option" if gazetteer else base.gazetteer_from, corrections=fixes,
            cache=Path(cache) if cache else base.cache,
            site_dir=Path(site_dir) if site_dir else base.site_dir)


def _same(given: str | Path | None, default: Path) -> bool:
    """True when an option is unset or names the default folder itself."""
    return given is None or Path(given).resolve() == default.resolve()


def find_project(start: Path | None = None) -> ProjectPaths:
    """The project around a folder: the nearest parent with mkdocs.yml and content/."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).exists() and (folder / "content").is_dir():
            return ProjectPaths.at(folder)
    return ProjectPaths.at(here, found=False)
