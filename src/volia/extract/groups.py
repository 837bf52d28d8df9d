"""Memory of batch events within one report.

A report often states a batch first ("Belarus freed 16 prisoners and took them to
Lithuania", "recognised four more people as political prisoners") and names the members a
sentence or two later ("Among them are X and Y", «Среди освобождённых — X и Y»). The memory
keeps which sentences stated a batch, of which kind, and where a released batch was taken, so
that the members inherit the batch's event (and the removal abroad when the report names one
destination for its batches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from volia.domain.dates import PartialDate
from volia.domain.model import EventType as E
from volia.extract.triggers import Rule

# "most of them were taken to Poland", «часть из них вывезли»: not every member went there.
_PARTITIVE = re.compile(
    r"\b(?:most|some|several|many|few|part|half|majority|one|two|three|others?|\d+"
    r"|(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?|\w+teen)\s+of\s+(?:them|those|the)\b|\b(?:some|several|many)\s+(?:were|was|had)\b"
    # "two Ukrainian citizens were among the pardoned and were handed over to Ukraine"
    r"|\b(?:one|two|three|four|five|\d+|several|some)\s+(?:[\w-]+\s+){0,2}(?:were|was|are|is)\s+among\b"
    r"|(?<!\w)(?:часть|большинство|некоторы\w+|несколько|многи\w+|половин\w+|одн\w+|\d+"
    r"|\w+(?:дцать|десят)|дв(?:ое|а|е)|тр(?:ое|и)|четыр(?:е|о)|пят(?:ь|еро)|шест(?:ь|еро)"
    r"|сем(?:ь|еро)|восемь|девять|десять)\s+из\s+"
    r"(?:них|освобожд\w+)|(?<!\w)(?:частку|частка|большасць|некаторы\w+|некальк\w+|палов\w+"
    r"|адн\w+)\s+(?:з|са)\s+(?:іх|вызвален\w+)", re.IGNORECASE)


# "12 of the 27", «9 из 27»: part of a batch given by its count (written in digits).
_OF_THE_COUNT = re.compile(r"(?<!\w)(?:of\s+the|of\s+these|of\s+those|из|з|са)\s+(?P<n>\d+)(?!\w)",
                           re.IGNORECASE)


# «…, одного вывезли в Польшу», "one was taken to Poland": a small part of the batch as the
# object or subject right before the verb.
_SMALL_PART = re.compile(r"(?<![\w-])(?:одного|одну|одна|один|двоих|троих|аднаго|адну|адна|адзін"
                         r"|дваіх"
                         r"|траіх|one|two|three)\s+(?:(?:из\s+них|з\s+іх|of\s+them)\s+)?(?:[\w-]+\s+)?$",
                         re.IGNORECASE)


def small_part_before(head: str) -> bool:
    """True when HEAD (the sentence up to a trigger) ends with a small part of a batch."""
    return _SMALL_PART.search(head) is not None


# A sentence saying none of a group was covered: its "among them" names no batch member
# («Ни один из них в указ не попал. Среди них — X»).
_NONE_OF = re.compile(r"(?<!\w)(?:ни\s+(?:один|одна|одного)|ні\s+(?:адзін|адна|аднаго)|none\s+of"
                      r"|not\s+(?:one|a\s+single)\s+(?:of\s+)?)(?!\w)[^.;]*?(?<!\w)(?:не\s+(?:попал"
                      r"|вош|был\w*\s+включ|трапі|увайш)|(?:was|were)\s+(?:covered|included"
                      r"|on\s+the\s+list|among)|(?:was|were)\s+not\s+(?:covered|included|among))",
                      re.IGNORECASE)


def none_covered(sentence: str) -> bool:
    """True when SENTENCE says none of a group was covered by the batch."""
    return _NONE_OF.search(sentence) is not None


def partitive(sentence: str) -> bool:
    """True when SENTENCE speaks of only part of a batch."""
    return _PARTITIVE.search(sentence) is not None


# Any count of a batch: "Nine of the thirty were not allowed to go home" (a part the next
# sentences may tell more of). Larger counts than the words above: "eight of them were taken to
# Lithuania" leaves the batch's destination to most of it.
_SOME_OF = re.compile(r"\b(?:four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:them"
                      r"|those|the)\b", re.IGNORECASE)


def part_of_batch(sentence: str) -> bool:
    return partitive(sentence) or _SOME_OF.search(sentence) is not None


# A sentence that speaks of the batch again keeps it open for the members named after it:
# "Names of the pardoned were not published", «Имена помилованных не называются».
_PARDON_REFERENCE = re.compile(
    r"(?<!\w)(?:помилованн\w+|памілаван\w+|(?:those|the|others?)\s+pardoned|the\s+same"
    r"\s+(?:pardon\s+)?decree|тем\s+же\s+указом|тым\s+жа\s+указам)(?!\w)", re.IGNORECASE)
# A release at the end of the term is no pardon, even next to a pardoned batch.
_SERVED = re.compile(r"(?<!\w)(?:serv(?:ed|ing)\s+(?:his|her|their|the)\s+(?:full|entire|whole)"
                     r"|full\s+term|end\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:term|sentence)"
                     r"|(?:sentences?|terms?)\s+in\s+full|every\s+day\s+of\s+(?:his|her|their|the)\s+"
                     r"(?:term|sentence)|after\s+serving\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:sentence|term)"
                     r"|(?:complet|finish)(?:ed|ing)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:sentence|term)|not\s+because\s+of\s+the\s+(?:decree|pardon)"
                     r"|отбыл[аи]?\s+(?:свой\s+)?срок|адбыў\w*\s+(?:свой\s+)?тэрмін"
                     r"|полностью\s+отбыв\w*|отбыв\w*\s+(?:весь|полный)|(?:по|после)\s+окончани\w+"
                     r"\s+срока|цалкам\s+адбыў\w*|адбыў\w*\s+увесь|па\s+заканчэнні\s+тэрміну"
                     # «пасля поўнага тэрміну выйшаў», «после полного срока»
                     r"|(?:пасля|после)\s+(?:поўнага|полного)\s+(?:тэрміну|срока))",
                     re.IGNORECASE)


# A sentence that speaks of the released batch again keeps it open: «Усе яны былі
# памілаваныя», «вызваленых забралі з калоній», "All of them were driven to the border".
_BATCH_REFERENCE = re.compile(
    r"(?<!\w)(?:освобожд[её]нн(?:ых|ым|ые)|вызвален(?:ых|ым|ыя)|(?:all|each|none|both)\s+of\s+"
    r"them|(?:the|those)\s+(?:freed|released)\s+(?:prisoners|people|men|women)|вс(?:е|ех)\s+"
    r"(?:они|их)|[уў]с(?:е|іх)\s+(?:яны|іх)|(?:all|the)\s+(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten)(?=,?\s+(?:who\s+)?(?:had|have|were|was|are|of\s+them)\b)|all\s+(?:\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten)|^\W*(?:all|все|[уў]се)\s+(?:had|have|were|are|был[иі])(?=\s)"
    r"|вс(?:е|ех)\s+(?:\d+|двое|трое|четверо|пятеро|шестеро|двоих|троих|четверых|пятерых)"
    r"|[уў]с(?:е|іх)\s+(?:\d+|двое|трое|чацвёра|пяцёра|дваіх|траіх|чатырох|пяцярых))(?!\w)",
    re.IGNORECASE)
# A member told as one of the freed, however far from the batch: "Among those who went home
# was X", "The best-known of those freed is X", «Среди тех, кого отвезли домой, — X».
_FREED_MEMBER = re.compile(
    r"\bamong\s+(?:those|the\s+[\w-]+(?:\s+(?:people|prisoners|men|women|group))?)\s+(?:(?:who|that)"
    r"\s+(?:were\s+|was\s+)?)?(?:went|sent|allowed|driven|taken|brought|freed|released|pardoned"
    r"|returned|crossed|walked|handed|let\s+go|left|stayed|remained\s+in\s+belarus)\b"
    r"|\balso\s+on\s+(?:the|that)\s+(?:bus|minibus|plane|flight)\b"
    # "X was also in the group"; "Y was the one who stayed"
    r"|\b(?:was|were)\s+also\s+(?:in|among|part\s+of)\s+(?:the|this|that)\s+(?:group|batch)\b"
    r"|\bwas\s+the\s+(?:one|only\s+one)\s+who\s+(?:stayed|went\s+home|refused|remained)\b"
    r"|\bamong\s+those\s+(?:now\s+)?in\s+(?-i:[A-Z])"
    r"|\bon\s+the\s+(?:polish|lithuanian|ukrainian|latvian)\s+side|(?<!\w)на\s+(?:польской|литовской"
    r"|украинской|латвийской)\s+стороне"
    r"|\b(?:best[-\s]known|most\s+prominent|oldest|youngest|one|another)\s+of\s+(?:those|the)\s+"
    r"(?:\w+\s+)?(?:freed|released|pardoned)\b"
    r"|(?<!\w)(?:среди|из\s+числа)\s+(?:тех,?\s+(?:кто|кого)|освобожд[её]нн\w+|помилованн\w+"
    r"|отпущенн\w+|вывезенн\w+|вернувш\w+)"
    r"|(?<!\w)сярод\s+(?:тых,?\s+(?:хто|каго)|вызвален\w+|памілаван\w+|вывезен\w+|адпушчан\w+)",
    re.IGNORECASE)


def batch_reference(sentence: str) -> bool:
    """True when SENTENCE speaks of the released batch again («Все они были помилованы»)."""
    return _BATCH_REFERENCE.search(sentence) is not None


def pardon_reference(sentence: str) -> bool:
    """True when SENTENCE refers back to a pardoned batch."""
    return _PARDON_REFERENCE.search(sentence) is not None


# A running total over a period, not one batch: "Previous pardons over the past 18 months have
# freed more than 250 people", «за последние два года освобождены 500 человек».
_CUMULATIVE = re.compile(
    r"(?<!\w)(?:(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:months?"
    r"|years?|weeks?)|since\s+(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|the\s+(?:start|beginning"
    r"|first\s+(?:[\w-]+\s+)?(?:deal|release|pardon|exchange)s?))|in\s+total|altogether"
    r"|(?:during|over|throughout)\s+the\s+(?:whole\s+)?year|over\s+the\s+(?:past\s+)?(?:two|three|four|five)\s+years"
    r"|to\s+date|(?:previous|earlier|past)\s+(?:pardons|releases|amnesties)"
    r"|за\s+(?:последние|прошедшие|минувшие|апошнія|мінулыя)\s|с\s+начала\s+(?:года|\d{4})"
    r"|с\s+(?:19|20)\d\d\s+года|всего\s+(?:с|за)\s|з\s+пачатку\s+(?:года|\d{4})"
    r"|з\s+(?:19|20)\d\d\s+года|усяго\s+(?:з|за)\s)", re.IGNORECASE)


# "The remaining 28 people were released inside Belarus": the rest of a batch already counted.
_REMAINING = re.compile(r"(?<!\w)(?:(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+\d+|остальн\w+"
                        r"|астатн\w+)(?!\w)", re.IGNORECASE)


def remaining(sentence: str) -> bool:
    """True when SENTENCE counts the rest of a batch told before."""
    return _REMAINING.search(sentence) is not None


def cumulative(sentence: str) -> bool:
    """True when SENTENCE counts the people freed over a period, not one batch."""
    return _CUMULATIVE.search(sentence) is not None


def served_term(sentence: str) -> bool:
    """True when SENTENCE says the release came at the end of the term."""
    return _SERVED.search(sentence) is not None


# "Who was freed?", «Кого освободили?», «Каго вызвалілі?»: a reader's question the next lines
# answer with the batch's members
_WHO_FREED = re.compile(r"^\W*(?:who|which\s+(?:prisoners|people))\s+(?:(?:was|were|has\s+been"
                        r"|have\s+been)\s+(?:freed|released|pardoned|let\s+go)|(?:is|are|was|were)"
                        r"\s+(?:they|the\s+(?:freed|released|pardoned)))\b[^?]*\?\s*$"
                        r"|^\W*(?:кого|каго)\s+(?:(?:именно|менавіта)\s+)?(?:освободили|помиловали"
                        r"|выпустили|вызвалілі|памілавалі|выпусцілі)[^?]*\?\s*$"
                        r"|^\W*(?:кто|хто)\s+(?:именно\s+|менавіта\s+)?(?:вышел|вышли|выйшаў|выйшлі"
                        r"|оказался|оказались|апынуўся|апынуліся)[^?]*\?\s*$", re.IGNORECASE)


def asks_who_was_freed(sentence: str) -> bool:
    """True when SENTENCE is a question asking who the freed people are."""
    return _WHO_FREED.search(sentence) is not None


# How many sentences after a batch its members may still be listed.
_REACH = 3


@dataclass
class GroupMemory:
    kinds: dict[int, set[E]] = field(default_factory=dict)
    countries: dict[int, str] = field(default_factory=dict)
    # "Nine of the thirty …": sentences that speak of part of a batch, and the destination a
    # sentence right after such a part gives to that part only
    parts: dict[int, str] = field(default_factory=dict)
    part_countries: dict[int, str] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)  # how many each batch freed
    when: dict[int, PartialDate | None] = field(default_factory=dict)  # and when
    totals: set[int] = field(default_factory=set)  # counts over a period, not one batch
    other_countries: set[str] = field(default_factory=set)  # a second one in the same sentence

    def add(self, index: int, kind: E) -> None:
        self.kinds.setdefault(index, set()).add(kind)

    def add_country(self, index: int, country: str) -> None:
        if self.countries.setdefault(index, country) != country:
            self.other_countries.add(country)  # «33 перадалі Украіне, сямёра апынуліся ў Літве»

    def all_countries(self) -> set[str]:
        """Every destination the report gives its released batches."""
        return set(self.countries.values()) | self.other_countries

    def recent(self, index: int, reach: int = _REACH) -> int | None:
        """The latest batch sentence at INDEX or at most REACH sentences before it."""
        for i in range(index, index - reach - 1, -1):
            if i in self.kinds:
                return i
        return None

    def kinds_near(self, index: int, reach: int = _REACH) -> set[E]:
        """Every batch kind stated at INDEX or up to REACH sentences before it ("pardoned 23
        people … All 23 were released": both)."""
        out: set[E] = set()
        count = None
        for i in range(index, index - reach - 1, -1):
            if i in self.counts:  # a timeline's earlier batch, counted apart, is another one
                if count is not None and self.counts[i] != count:
                    break
                count = self.counts[i]
            out |= self.kinds.get(i, set())
        return out

    def refresh_pardon(self, index: int, sentence: str) -> None:
        """Keep a pardoned (or released) batch open while the report keeps speaking of it."""
        counted = self._counted_again(index, sentence)
        if counted is not None:  # "So far 12 of the 27 have been named": that batch, however far
            self.kinds[index] = self.kinds.get(index, set()) | self.kinds[counted]
            return
        if _FREED_MEMBER.search(sentence) and self.recent(index) is None:
            freed = self.kinds_before(index)  # "Among those who went home was X", paragraphs on
            if freed:
                self.kinds[index] = self.kinds.get(index, set()) | freed
                return
        near = self.kinds_near(index)
        if E.PARDONED in near and pardon_reference(sentence):
            self.add(index, E.PARDONED)
        part = part_of_batch(sentence)  # "Twenty-six of the freed …" still speaks of it
        if part and near & {E.RELEASED, E.PARDONED}:
            self.parts[index] = sentence
        if near & {E.RELEASED, E.PARDONED} and (
                part or _BATCH_REFERENCE.search(sentence) or pardon_reference(sentence)):
            found = self.recent(index)
            if found is not None and found != index:
                self.kinds[index] = self.kinds.get(index, set()) | self.kinds[found]
                if found in self.countries and not part:
                    self.add_country(index, self.countries[found])

    def _counted_again(self, index: int, sentence: str) -> int | None:
        """The earlier freed batch whose count SENTENCE names again ("12 of the 27")."""
        for match in _OF_THE_COUNT.finditer(sentence):
            number = int(match["n"]) if match["n"].isdigit() else None
            for i, count in self.counts.items():
                if i < index and count == number and self.kinds.get(i, set()) & {
                        E.RELEASED, E.PARDONED}:
                    return i
        return None

    def open_for(self, index: int, kind: E) -> bool:
        """True when a batch is open at INDEX for a trigger of KIND ("among them"). A
        recognised batch stays open for the whole report: its members are often introduced
        paragraphs later ("X ... was also recognised")."""
        return self.recent(index) is not None or (kind == E.RECOGNIZED and any(
            i <= index and E.RECOGNIZED in kinds for i, kinds in self.kinds.items()))

    def inherited(self, index: int, rule: Rule, sentence: str) -> set[E]:
        """The batch kinds a trigger at INDEX passes on to its persons: a member list takes
        the kinds of the batch; a released verb right after a pardoned batch ("Освобождён и
        X", "also freed X") is a pardon too, unless the term was served."""
        if rule.enumerates:
            if index in self.kinds:  # "we recognised 39 people, among them X": this batch only
                return set(self.kinds[index])
            if rule.type not in (E.RELEASED, E.PARDONED, E.DEPORTED):
                # «Одной из последних была признана X» after a pardon: recognised, not freed
                return self.kinds_near(index) - {E.RELEASED, E.PARDONED}
            return self.kinds_near(index)
        if rule.type == E.RELEASED and not rule.noun and \
                E.PARDONED in self.kinds_near(index) and not served_term(sentence) \
                and not partitive(sentence):  # "One of them, X, was released": not said
            return {E.PARDONED}
        return set()

    def near_group(self, index: int) -> bool:
        """True when INDEX lies just after a released batch (for its country)."""
        found = self.recent(index)
        return found is not None and bool(self.kinds[found] & {E.RELEASED, E.PARDONED})

    def kinds_before(self, index: int) -> set[E]:
        """The kinds of every freed batch stated up to INDEX (a live blog names its members
        hours later)."""
        out: set[E] = set()
        for i, kinds in self.kinds.items():
            if i <= index and kinds & {E.RELEASED, E.PARDONED}:
                out |= kinds
        return out

    def part_before(self, index: int) -> str | None:
        """The sentence about part of a batch ("Nine of the thirty were not allowed to go
        home") that INDEX follows within two sentences, or None."""
        near = [text for i, text in self.parts.items() if 0 < index - i <= 2]
        return near[-1] if near else None

    def part_country(self, index: int) -> str | None:
        """The destination of the part of a batch told just before INDEX ("they were driven
        to the Lithuanian border. Among them was X")."""
        near = [c for i, c in self.part_countries.items() if 0 <= index - i <= 2]
        return near[-1] if near else None

    def pardoned_months(self) -> set[str]:
        """The months ("2026-05") of the counted batches a report calls pardoned (a pardon said
        later of a batch, «Все они были помилованы», is that batch's)."""
        months: set[str] = set()
        for i, kinds in self.kinds.items():
            counted = [k for k in self.when if k <= i]
            when = self.when[max(counted)] if counted and E.PARDONED in kinds else None
            day = when.iso() if when is not None and when.month is not None else None
            if day:
                months.add(day[:7])
        return months

    def country(self) -> str | None:
        """The one destination the report gives its released batches, else None."""
        values = self.all_countries()
        return values.pop() if len(values) == 1 else None
