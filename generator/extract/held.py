"""Who a phrase of absence holds ("بتكليف من"، "نيابة عن"، "تلبية لدعوة من"): the person
right after it, and those joined to that one by و before any comma.

Example: "نيابة عن الشيخ خليفة بن زايد رئيس الدولة، وصاحب السمو الأمير سلمان بن حمد" → Khalifa
only; Salman is the next participant of the list.
"""
from __future__ import annotations

from .doc import Form, PersonMention, Sent


def first_after(sent: Sent, gov_end: int) -> int | None:
    """The person standing right after a not-present phrase, if any."""
    return next((j for j, p in enumerate(sent.people) if 0 <= p.span[0] - gov_end <= 4), None)


def held(sent: Sent, i: int, gov_end: int) -> bool:
    """Person i is the one a not-present phrase holds, or follows that one by و; a comma
    ends the list ("نيابة عن الشيخ خليفة بن زايد رئيس الدولة، وصاحب السمو الأمير سلمان بن
    حمد": the next participant of the enumeration, not a second one represented; "بتكليف من
    الملك، استقبل ولي العهد": the one who received)."""
    people = sent.people
    first = first_after(sent, gov_end)
    if first is None or i < first:
        return False
    if i == first:
        return True
    return all(_apposed(people[k - 1], people[k]) or (people[k].span[0] - people[k - 1].span[1] <= 6 and not any(
        "," in sent.gap(j) for j in range(people[k - 1].span[1], people[k].span[0] + 1)))
        for k in range(first + 1, i + 1))


def _apposed(title: PersonMention, name: PersonMention) -> bool:
    """An office, a comma and the name of its holder: "بتكليف من الرئيس الروسي، فلاديمير بوتين"."""
    return title.form is Form.TITLE and title.name is None and name.name is not None \
        and name.span[0] - title.span[1] <= 0
