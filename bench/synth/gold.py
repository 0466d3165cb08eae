"""gold.yaml for a synthetic corpus, in the format of ../shared/corpus/FORMAT.md."""
from __future__ import annotations

import yaml

from .plan import MeetingPlan, NonMeetingPlan, gold_date
from .world import World

Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def place_gold(world: World, place_id: str) -> tuple[str, list[str], str]:
    """(place, aliases, country) as gold states them: a venue counts as its city, a base as itself."""
    gaz = world.gaz
    place = gaz.places[place_id]
    if place.kind == "venue":
        city = gaz.places[world.city_of(place_id)]
        aliases = [place.name, *place.variants, *city.variants]
        name = city.name
    else:
        aliases, name = list(place.variants), place.name
    country = gaz.places[world.country_of_place(place_id)].name
    return name, list(dict.fromkeys(a for a in aliases if a != name)), country


def build(world: World, events: list, names: dict, metas: dict, notes: dict) -> dict:
    """The gold mapping: articles (with what each states), meetings, non-meetings."""
    articles = {name: metas[name] for name in sorted(metas)}
    meetings, non_meetings = [], []
    for ei, event in enumerate(events):
        arts = [names[(ei, ri)] for ri in range(len(event.reports))]
        if isinstance(event, NonMeetingPlan):
            non_meetings.extend(arts)
            continue
        assert isinstance(event, MeetingPlan)
        place, aliases, country = place_gold(world, event.place)
        entry = {"id": f"m{len(meetings) + 1:05d}", "articles": sorted(arts), "date": gold_date(event), "place": place}
        if aliases:
            entry["place_aliases"] = aliases
        entry.update(country=country,
                     participants=[world.person(p).name for p in (event.host, event.guest, *event.extras)],
                     kind=event.kind,
                     topics=[world.gaz.topics[t].label for t in event.topics])
        note = "; ".join(f"{a}: {', '.join(notes[a])}" for a in sorted(arts) if notes.get(a))
        if note:
            entry["note"] = note
        meetings.append(entry)
    return {"articles": articles, "meetings": meetings, "non_meetings": sorted(non_meetings)}


def dump(gold: dict, header: str) -> str:
    """Deterministic YAML; small mappings and lists stay on one line as in FORMAT.md."""
    body = yaml.dump(gold, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=100_000)
    return "".join(f"# {line}\n" for line in header.splitlines()) + body
