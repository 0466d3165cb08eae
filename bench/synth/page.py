"""The page around a report: date lines, dateline, body order, spellings and page furniture."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .phrases import Speaker, fill
from .plan import ReportPlan
from .world import World


@dataclass
class Written:
    text: str
    ext: str                                  # "md" or "txt"
    meta: dict                                # gold's entry for the article: outlet, published
    notes: list[str] = field(default_factory=list)


class Page:
    """Lays out one article the way a copied web page looks."""

    def __init__(self, world: World) -> None:
        self.w = world
        ev = world.t["evasion"]
        self._evasion = re.compile("|".join(map(re.escape, sorted(ev, key=len, reverse=True))))
        tw = world.t["tatweel"]
        self._tatweel = re.compile(r"(?<!\S)(" + "|".join(map(re.escape, sorted(tw, key=len, reverse=True)))
                                   + r")(?!\S)")

    def _node(self, key: str):
        node = self.w.t
        for part in key.split("."):
            node = node[part]
        return node

    def assemble(self, sp: Speaker, r: ReportPlan, rng, headline, lead, middle, others, slots,
                 notes, topic_key: str = "topic") -> Written:
        """Lay out the page: top lines, lead, shuffled body, closing furniture, front matter."""
        w, fur = self.w, self.w.t["furniture"]
        outlet = sp.outlet["name"]
        opposition = sp.style == "opposition"
        states_outlet = r.fmt == "md"
        if opposition and rng.random() < 0.5:
            headline = self._tatweel.sub(lambda m: w.t["tatweel"][m.group(1)], headline)
        pub_line = sp.pub_line(r.carrier, r.pub) if r.carrier and r.carrier != "front" else None
        states_outlet = states_outlet or bool(pub_line and outlet in pub_line)
        top: list[str] = []
        if r.carrier == "first_published" and rng.random() < 0.5:
            top.append(pub_line)  # "First Published" sits above the headline on some sites
            pub_line = None
        if sp.style in ("wire", "blog") and rng.random() < 0.15:
            top.append(rng.choice(fur["sections"]))
        top.append(headline)
        if rng.random() < 0.12:
            top.append(headline)
            notes.append("repeated headline")
        date_lines = [pub_line] if pub_line else []
        roll = rng.random()
        dl_city = self._dateline_city(sp, slots, rng)
        if roll < 0.65:
            date_lines.insert(rng.randrange(len(date_lines) + 1),
                              fill(rng.choice(w.t["datelines"]), {"city": dl_city, "outlet": outlet}))
            states_outlet = True
        elif roll < 0.85:
            lead = fill(w.t["inline_dateline"], {"city": dl_city}) + " " + lead
        if dl_city != slots["city"] and roll < 0.85:
            notes.append(f"dateline {dl_city}")
        body = [lead]
        if rng.random() < 0.08:
            body.append(lead)
            notes.append("repeated lead")
        body += middle
        others = list(others)
        topics_t = [t for t in self._node(topic_key) if len(slots["kws"]) > 1 or "{kw2}" not in t]
        for template in rng.sample(topics_t, min(len(topics_t), rng.choice([1, 1, 2]))):
            kw, kw2 = rng.sample(slots["kws"], 2) if len(slots["kws"]) > 1 else (slots["kw"], slots["kw"])
            others.append(fill(template, {**slots, "kw": kw, "kw2": kw2}))
        if r.year_hint:
            others.append(self._year_sentence(sp, rng, r))
        others += [fill(s, slots) for s in rng.sample(w.t["fillers"], rng.choice([1, 2, 2, 3]))]
        rng.shuffle(others)
        if rng.random() < 0.25:
            line = fill(rng.choice(fur["read_also"]), {"h": self._furniture_headline(rng, slots), "outlet": outlet})
            others.insert(rng.randrange(len(others) + 1), line)
            states_outlet = states_outlet or outlet in line
            notes.append("read-also line")
        body += others
        if opposition and rng.random() < 0.6:
            body = [self._evasion.sub(lambda m: w.t["evasion"][m.group(0)], p) for p in body]
            notes.append("censorship spellings")
        tail, named = self._tail(sp, rng, slots)
        states_outlet = states_outlet or named
        text = "\n\n".join([*top, *date_lines, *body, *tail]) + "\n"
        meta = {}
        if states_outlet:
            meta["outlet"] = outlet
        if r.carrier:
            meta["published"] = r.pub
        if r.fmt == "md":
            text = self._front_matter(headline, outlet, r, rng) + text
        return Written(text, r.fmt, meta, notes)

    def _dateline_city(self, sp: Speaker, slots: dict, rng) -> str:
        roll = rng.random()
        if roll < 0.5:
            return self.w.place_name(sp.outlet["city"])
        if roll < 0.8:
            return slots["city"]
        return slots["from_city"]

    def _year_sentence(self, sp: Speaker, rng, r: ReportPlan) -> str:
        """A sentence that pins only the year: explicitly, or by years since the war began."""
        if r.year_hint == "era":
            n = self.w.t["era_counts"][r.day.year - 2011]
            return fill(rng.choice(self.w.t["year_sentences"]["era"]), {"n": n})
        return fill(rng.choice(self.w.t["year_sentences"]["explicit"]), {"y": sp.num(r.day.year)})

    def _furniture_headline(self, rng, slots) -> str:
        """A headline of another story, naming somebody who is not in this one."""
        w = self.w
        pool = [p for p in sorted(w.gaz.people) if p not in slots["_ids"] and w.masculine(p)]
        person = w.person(rng.choice(pool))
        name = person.short[0] if person.short and rng.random() < 0.4 else person.name
        return fill(rng.choice(w.t["furniture"]["headlines"]), {"X": name})

    def _tail(self, sp: Speaker, rng, slots) -> tuple[list[str], bool]:
        """Closing furniture; True when it names the outlet."""
        fur, outlet, tail, named = self.w.t["furniture"], sp.outlet["name"], [], False
        if rng.random() < 0.15:
            line = fill(rng.choice(fur["source"]), {"outlet": outlet})
            named = outlet in line
            tail.append(line)
        if rng.random() < 0.2:
            tags = " – ".join([slots["A_s"], slots["B_s"], slots["place"], slots["kw"]])
            tail.append(fill(rng.choice(fur["tags"]), {"tags": tags}))
        if rng.random() < 0.15:
            tail.append(rng.choice(fur["follow"]))
        if rng.random() < 0.4:
            tail.append(rng.choice(fur["share"]))
        if rng.random() < 0.4:
            bullet = rng.choice(fur["bullets"])
            heads = list(dict.fromkeys(self._furniture_headline(rng, slots) for _ in range(rng.randint(3, 6))))
            heads = [bullet + h for h in heads]
            tail.append(rng.choice(fur["related_openers"]) + "\n" + "\n".join(heads))
        if rng.random() < 0.35:
            tail.append(rng.choice(fur["comments"]))
        if rng.random() < 0.25:
            tail.append(rng.choice(fur["nav"]))
        return tail, named

    @staticmethod
    def _front_matter(headline: str, outlet: str, r: ReportPlan, rng) -> str:
        lines = ["---", f"title: {json.dumps(headline, ensure_ascii=False)}",
                 f"outlet: {json.dumps(outlet, ensure_ascii=False)}"]
        if r.carrier == "front":
            lines.append(f"published: {r.pub.isoformat()}")
        stamp = r.pub or r.day
        lines.append(f"url: https://example.com/news/{stamp:%Y/%m/%d}/{rng.randrange(1000, 99999)}")
        if rng.random() < 0.3:
            lines.append("lang: ar")
        return "\n".join(lines) + "\n---\n"
