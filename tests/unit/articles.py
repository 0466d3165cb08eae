"""Small test articles: a body under a neutral headline, with a publication date in front matter."""
from __future__ import annotations


def article(body: str, published: str | None = "2024-03-12", headline: str = "خبر عن لقاء سياسي في المنطقة") -> str:
    """The article text of `body` under `headline` ("---\\npublished: …\\n---\\nheadline\\n\\nbody")."""
    front = f"---\npublished: {published}\n---\n" if published else ""
    return f"{front}{headline}\n\n{body}\n"


def reports(analyse, body: str, **kw):
    """The reports the analyser finds in `body`."""
    return analyse(article(body, **kw), ".md").reports


def names(report) -> set[str]:
    """The names of a report's parties."""
    return {p.name for p in report.parties.values()}
