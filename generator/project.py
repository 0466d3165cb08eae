"""Where a project keeps everything: the one paths object of the CLI and the MkDocs plugin.

A project is a folder with `mkdocs.yml` and `content/`. `digest` finds it from the working
folder and applies its options (`--articles`, `--out`, ...) here, in `ProjectPaths.with_options`;
`digest build` hands the result to the site, so the site is built from the sheets that run
wrote. A plain `mkdocs build` makes the same object from the folder of its config file.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

CONFIG_FILE = "mkdocs.yml"
SCHEMA_FILE = "fact-sheet.schema.json"


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

    @classmethod
    def at(cls, root: Path) -> ProjectPaths:
        """The project's own layout under `root`."""
        content = root / "content"
        return cls(root=root, articles=content / "articles", gazetteer=content / "gazetteer",
                   meetings=content / "meetings", corrections=content / "corrections",
                   cache=root / ".digest-cache", schema=root / "schema" / SCHEMA_FILE,
                   site_dir=root / "site")

    @property
    def config_file(self) -> Path:
        """The MkDocs configuration of the site."""
        return self.root / CONFIG_FILE

    def with_options(self, articles: str | Path | None = None, out: str | Path | None = None,
                     corrections: str | Path | None = None, gazetteer: str | Path | None = None,
                     cache: str | Path | None = None, site_dir: str | Path | None = None) -> ProjectPaths:
        """The paths with the command line's folders in place of the project's. On other
        articles or another sheet folder, the project's corrections apply only when named."""
        custom = articles is not None or out is not None
        fixes = Path(corrections) if corrections else (None if custom else self.corrections)
        return dataclasses.replace(
            self, articles=Path(articles) if articles else self.articles,
            meetings=Path(out) if out else self.meetings,
            gazetteer=Path(gazetteer) if gazetteer else self.gazetteer, corrections=fixes,
            cache=Path(cache) if cache else self.cache,
            site_dir=Path(site_dir) if site_dir else self.site_dir)


def find_project(start: Path | None = None) -> ProjectPaths:
    """The project around a folder: the nearest parent with mkdocs.yml and content/."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).exists() and (folder / "content").is_dir():
            return ProjectPaths.at(folder)
    return ProjectPaths.at(here)
