"""A title said once for two holders: the second holder has only its country's adjective; and two
titles said for one holder: a party's office, then "و" and the state's.

    "استقبل ... نظيريه الأردني أيمن الصفدي والعراقي فؤاد حسين" → Fuad Hussein, Iraq's counterpart;
    "وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي" → the same office, Jordan's.

The adjective after و stands for the whole title of the person named just before it, with
its own country; the name after it is that title's holder.
"""
from __future__ import annotations

from dataclasses import replace

from .apposition import Spans
from .doc import Form, PersonMention, Sent


class ElidedTitles(Spans):
    """People named after "و + a country's adjective" that repeats the title before it."""

    def _elided(self, sent: Sent) -> None:
        """Add the holders of titles said once for two (see the module docstring)."""
        tags, toks = sent.tags, sent.toks
        for k in range(1, len(toks) - 1):
            nisba = tags.at(k, "nisba")
            if nisba is None or nisba.end != k + 1 or not self.lex.clitics.conjoined(nisba.clitic) \
                    or nisba.value in self.lex.gaz.organisations or k in sent.taken \
                    or not sent.joined(k) or not sent.joined(k + 1):
                continue
            before = next((p for p in sent.people if p.span[1] == k and p.title is not None and p.name
                           and p.title.country is not None), None)
            if before is None or before.title is None:
                continue
            office = before.title.text.rsplit(" ", 1)[0] if " " in before.title.text else before.title.text
            title = replace(before.title, start=k, end=k + 1, country=str(nisba.value), clitic=nisba.clitic,
                            text=f"{office} {sent.display(k, k + 1)[len(nisba.clitic):]}")
            known = self._at(sent, k + 1)   # a name the article already knows (its second reading)
            if known is not None:
                if known.title is None and not self.lex.clitics.conjoined(known.clitic):
                    known.title = title
                    self._take(sent, k, k + 1)
                continue
            end = self.names.read(sent, k + 1, titled=True) if self._free(sent, k + 1, k + 2) else k + 1
            if end - (k + 1) < self.names.min_titled:
                continue
            sent.people.append(PersonMention(sent.index, k + 1, end, Form.TITLED, sent.display(k + 1, end),
                                             title=title))
            self._take(sent, k, end)

    def _party_and_state(self, sent: Sent) -> None:
        """"الأمين العام للجنة المركزية للحزب الشيوعي الفيتنامي ورئيس الدولة تو لام": the party's office
        is the named head of state's too, not someone else's."""
        for p, q in zip(list(sent.people), list(sent.people[1:])):
            if p.form is Form.TITLE and p.title is not None and q.title is not None and q.name \
                    and q.title.start == p.span[1] and self.lex.clitics.conjoined(q.title.clitic) and q.title.rank <= 2 \
                    and self.lex.party_words & set(p.title.core.split()):
                q.extra_titles.append(p.title)
                sent.people.remove(p)
