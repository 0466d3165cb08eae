"""People the article names who were not in the room, each with the reason: ordered the visit,
quoted from elsewhere, part of another (background or planned) event, or only named."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: article.py imports this module
    from ..text.reader import Article
    from .article import Report
    from .frames import Frame


def mention_lists(reports: list[Report], frames: list[Frame], mentions, art: Article,
                   why: dict[tuple[int, int], str]) -> None:
    """People named in the article who are not participants of a report, with the reason."""
    reasons: dict[str, tuple[str, int]] = {}
    for (sentence, i), reason in sorted(why.items()):
        pid = mentions[sentence].people[i].person
        if pid:
            reasons.setdefault(pid, (reason, sentence))
    for f in frames:
        people = mentions[f.sentence].people
        for i, why in f.excluded.items():
            if people[i].person:
                reasons.setdefault(people[i].person, (why, f.sentence))
        if f.status != "actual":
            for i in f.core + f.extra:
                if people[i].person:
                    reasons.setdefault(people[i].person, ("other-event" if f.status == "background" else f.status,
                                                          f.sentence))
    for report in reports:
        for s in art.sentences:
            if s.kind == "heading":
                continue
            for p in mentions[s.index].people:
                pid = p.person
                if not pid or pid in report.parties or pid in report.mentioned:
                    continue
                why, sentence = reasons.get(pid, ("named", s.index))
                if any(pid in other.parties for other in reports if other is not report):
                    why = "other-event"
                name = p.new_person.name if p.new_person else pid
                report.mentioned[pid] = (why, sentence, name)
