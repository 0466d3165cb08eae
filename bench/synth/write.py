"""What a report says: headline, lead, participants and the traps around them (people who were
not in the room), for meetings and for non-meetings. The page around it is page.py's job."""
from __future__ import annotations

import random

from .page import Page, Written
from .phrases import Speaker, fill
from .plan import MeetingPlan, NonMeetingPlan, ReportPlan
from .world import World, pick

LEAD_GROUPS = ["receive", "meet", "talks", "visit"]


class Writer:
    """Turns a planned report into the text of one article."""

    def __init__(self, world: World) -> None:
        self.w = world
        self.page = Page(world)

    def _say(self, sp: Speaker, key: str, masc: set[str], slots: dict) -> str | None:
        """A filled template from the data file, or None when no template fits the genders."""
        template = sp.template(key, masc)
        return fill(template, slots) if template else None

    def _masc(self, roles: dict[str, str]) -> set[str]:
        return {role for role, pid in roles.items() if self.w.masculine(pid)}

    # ------------------------------------------------------------------ meetings
    def meeting(self, plan: MeetingPlan, r: ReportPlan, rng: random.Random, first: bool) -> Written:
        """One report of a meeting; `first` makes sure the first report names every participant."""
        w, day = self.w, plan.day
        sp = Speaker(w, rng, r.outlet)
        host, guest = plan.host, plan.guest
        if plan.neutral and rng.random() < 0.5:
            host, guest = guest, host
        slots = self._slots(sp, host, guest, plan.place, plan.topics, r, rng)
        slots["_ids"] = {host, guest, *plan.extras}
        slots["event"] = rng.choice(w.t["neutral_events"])
        masc = self._masc({"A": host, "B": guest})
        notes: list[str] = []

        head_group = "neutral" if plan.neutral else rng.choice(["receive", "meet"])
        headline = self._say(sp, f"headline.{head_group}", masc, slots)
        groups = ["neutral"] if plan.neutral else rng.sample(LEAD_GROUPS, len(LEAD_GROUPS))
        lead = next(filter(None, (self._say(sp, f"lead.{g}", masc, slots) for g in groups)))
        middle: list[str] = []
        if plan.extras and (first or rng.random() < 0.6):
            middle.append(self._say(sp, "extras", masc, {**slots, "C": sp.join(plan.extras, day)}))
        elif plan.extras:
            notes.append("extras not named")
        others = self._meeting_traps(plan, sp, slots, masc, rng, notes, host, guest)
        return self.page.assemble(sp, r, rng, headline, lead, middle, others, slots, notes)

    def _slots(self, sp: Speaker, host: str, guest: str, place: str, topics, r: ReportPlan, rng) -> dict:
        w, day = self.w, r.day
        slots = {**sp.people_slots("A", host, day), **sp.people_slots("B", guest, day),
                 **sp.place_slots(place), "when": sp.when(r.form, day)}
        slots.update(self._topic_slots(sp, topics, rng))
        slots["host_country"] = w.place_name(w.country_of_place(place))
        slots["from_city"] = self._capital_name(w.country(guest), slots["city"], rng)
        return slots

    def _meeting_traps(self, plan, sp: Speaker, slots, masc, rng, notes, host, guest) -> list[str]:
        """Sentences around the lead that name people who were not in the meeting."""
        w, day = self.w, plan.day
        out: list[str | None] = []
        taken = {host, guest, *plan.extras}
        gc = w.country(guest)
        boss = w.head_of(gc, day, exclude=taken) if gc else None
        if boss and not plan.neutral and rng.random() < 0.35:
            key = "ordered" if rng.random() < 0.7 else "greetings"
            out.append(self._say(sp, key, masc, {**slots, "H": sp.full(boss, day)}))
            notes.append(f"{key}: {boss}")
        place = w.gaz.places[plan.place]
        welcomers = [p for p in w.active(w.t["people"]["welcomers"], day)
                     if p not in taken and w.country(p) == w.country(host)]
        if welcomers and place.kind != "base" and not plan.neutral and rng.random() < 0.2:
            who = rng.choice(welcomers)
            out.append(self._say(sp, "welcome", masc, {**slots, "W": sp.full(who, day)}))
            notes.append(f"welcome: {who}")
        spokes = [p for p, city in sorted(w.t["people"]["spokespeople"].items())
                  if w.office_on(p, day) and city != w.city_of(plan.place) and p not in taken]
        if spokes and rng.random() < 0.25:
            who = rng.choice(spokes)
            s_city = w.place_name(w.t["people"]["spokespeople"][who])
            out.append(self._say(sp, "elsewhere", self._masc({"S": who}),
                                 {**slots, "S": sp.full(who, day), "s_city": s_city}))
            notes.append(f"quoted elsewhere: {who}")
        if rng.random() < 0.3:
            out.append(self._background(sp, slots, masc, rng, day, taken, host, guest))
            notes.append("background meeting")
        if rng.random() < 0.2:
            out.append(self._planned(sp, slots, masc, rng, day, taken, w.country(host)))
            notes.append("planned meeting")
        third = self._third_party(rng, day, taken)
        if third and rng.random() < 0.15:
            out.append(self._say(sp, "phone_mention", masc, {**slots, "F": sp.full(third, day)}))
            notes.append(f"phone call: {third}")
        if rng.random() < 0.5:
            x = host if rng.random() < 0.5 else guest
            key = "quote_direct" if rng.random() < 0.5 else "quote_indirect"
            out.append(self._say(sp, key, self._masc({"X": x}), {**slots, "X_s": sp.short(x)}))
        if rng.random() < 0.08:
            out.append(fill(w.t["furniture"]["caption"], slots))
            notes.append("caption of an earlier meeting")
        out += [fill(rng.choice(w.t["visit_fillers"]), slots) for _ in range(rng.choice([0, 1]))]
        return [s for s in out if s]

    def _background(self, sp, slots, masc, rng, day, taken, host, guest, named: bool = False) -> str | None:
        """An earlier meeting in the host's country, in a year both sides already held office."""
        w = self.w
        table = w.t["meeting_places"].get(w.country(host)) or w.t["neutral_places"]
        cities = sorted({w.city_of(p) for p in table if w.gaz.places[p].kind != "base"})
        since = max(int((w.office_on(p, day).start or "1990")[:4]) for p in (host, guest))
        years = list(range(max(since, day.year - 4), day.year))
        if not years:
            return None
        month, year = sp.month_year(rng.randint(1, 12), rng.choice(years))
        other = self._third_party(rng, day, taken) or guest
        options = [t for t in w.t["background"] if not named or "{A_s}" in str(t)]
        template = pick(rng, options, masc)
        return fill(template, {**slots, "bplace": w.place_name(rng.choice(cities)), "bmonth": month,
                               "by": year, "X": sp.name(other)}) if template else None

    def _planned(self, sp, slots, masc, rng, day, taken, host_country) -> str | None:
        w = self.w
        people = w.t["people"]
        locals_ = [p for p in w.people_of(host_country, day, exclude=taken)
                   if p in people["principals"] or p in people["welcomers"]]
        third = self._third_party(rng, day, taken)
        if not locals_ or not third:
            return None
        p_city = self._capital_name(w.country(third), slots["city"], rng)
        return self._say(sp, "planned", masc, {**slots, "D": sp.full(rng.choice(locals_), day),
                                               "E": sp.full(third, day), "p_city": p_city})

    def _third_party(self, rng, day, taken) -> str | None:
        w = self.w
        countries = {w.country(p) for p in taken}
        pool = [p for p in w.active(w.t["people"]["principals"], day) if w.country(p) not in countries]
        return rng.choice(pool) if pool else None

    def _capital_name(self, country: str | None, not_city: str, rng) -> str:
        w = self.w
        cap = w.capital(country) if country else None
        if cap and w.place_name(cap) != not_city:
            return w.place_name(cap)
        return w.place_name(rng.choice([c for c in w.t["capitals"] if w.place_name(c) != not_city]))

    def _topic_slots(self, sp: Speaker, topics: list[str], rng) -> dict:
        """Topic phrases from the gazetteer's topics: a label or one of its longer keywords."""
        w = self.w
        phrases = []
        for tid in topics:
            topic = w.gaz.topics[tid]
            if topic.place:
                phrases.append(fill(w.t["place_topic"], {"kw": rng.choice(topic.keywords)}))
            else:
                long = [k for k in topic.keywords if " " in k]
                phrases.append(topic.label if not long or rng.random() < 0.5 else rng.choice(long))
        kw2 = phrases[1] if len(phrases) > 1 else phrases[0]
        return {"kw": phrases[0], "kw2": kw2, "kws": phrases, "outlet": sp.outlet["name"],
                "agency": rng.choice(w.t["agencies"]), "q": rng.choice(w.t["quotes"]),
                "qi": rng.choice(w.t["indirect_quotes"])}

    # ------------------------------------------------------------------ non-meetings
    def non_meeting(self, plan: NonMeetingPlan, r: ReportPlan, rng: random.Random) -> Written:
        """A phone call, a ministry statement, or a meeting announced for later."""
        w, day = self.w, plan.day
        sp = Speaker(w, rng, r.outlet)
        slots = self._slots(sp, plan.host, plan.guest, plan.place, plan.topics, r, rng)
        slots["_ids"] = {plan.host, plan.guest}
        masc = self._masc({"A": plan.host, "B": plan.guest})
        others: list[str | None] = []
        key = {"phone": "phone", "statement": "statement", "planned": "planned_only"}[plan.kind]
        t = w.t[key]
        if plan.kind == "phone":
            others += [fill(s, slots) for s in rng.sample(t["follow"], 2)]
        elif plan.kind == "statement":
            country = w.gaz.places[w.country(plan.host)]
            adj = next((a for a in country.adjective if a.startswith("ال") and a.endswith("ة")), "")
            slots.update(ministry=rng.choice(t["ministries"]), adj=adj, stmt=rng.choice(t["stmts"]),
                         stmt_body=rng.choice(t["bodies"]))
        else:
            slots["future"] = rng.choice(t["future"])
        headline, lead = fill(rng.choice(t["headline"]), slots), fill(rng.choice(t["lead"]), slots)
        if rng.random() < 0.4:
            others.append(self._background(sp, slots, masc, rng, day, {plan.host, plan.guest},
                                           plan.host, plan.guest, named=True))
        return self.page.assemble(sp, r, rng, headline, lead, [], [s for s in others if s], slots,
                                  [plan.kind], topic_key=f"{key}.topic")
