"""Corrections later in a report: a live blog or a fact check that says further down that a
person named as freed was not ("CORRECTION: X was NOT among those freed", «информация о Бабиче
не подтвердилась», «его имени нет среди помилованных»). The release, pardon and removal
claimed for that person earlier are dropped: a wrong release takes someone off the count while
they are still inside, so the later word wins (mixed into ``engine._Doc``)."""

from __future__ import annotations

import re

from volia.domain.model import EventType as E
from volia.extract import aftermath
from volia.extract.attach import Slot
from volia.extract.countries import find_countries
from volia.extract.groups import served_term
from volia.extract.headings import heading_kinds
from volia.extract.owners import OWNED_BY
from volia.extract.profiles import ProfileList
from volia.extract.sentences import Sentence
from volia.extract.slots import SlotFinder
from volia.extract.triggers import find_triggers
from volia.extract.when import DateMention

# Said of a named person (or a pronoun for one): they were not freed, or are still inside.
_NOT_FREED = {
    "en": r"not\s+among\s+(?:those|the)\s+(?:\w+\s+)?(?:freed|released)"
          r"|(?:(?:is|was|remains?)\s+still|remains?)\s+(?:in|behind)\s+(?:the\s+|a\s+)?"
          r"(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:colony|prison|jail|custody|bars|cell|penal\s+colony"
          r"|detention\s+(?:centre|center|facility)|pre-trial\s+(?:prison|detention)|SIZO)"
          r"|(?:stayed|remained)\s+(?:in|behind)\s+(?:the\s+)?(?:colony|prison|jail|bars)"
          r"|(?:is|was)\s+still\s+(?:in|at)\s+(?P<place>(?-i:[A-Z])\w+)(?=\s*[.;,]|\s+(?:colony|prison))"
          r"|name\s+(?:does|did)\s*(?:n['’]t|\s+not)\s+appear\s+on"
          r"|(?:has|have)\s+not\s+been\s+(?:freed|released)(?!\s+(?:until|before))|is\s+not\s+free\b"
          # "Our list of those freed included X. She was not released."
          r"|(?:was|were)\s+not\s+(?:freed|released)(?!\s+(?:until|before|on\s+bail|from\s+(?:the|a)\s+"
          r"(?:punishment|solitary|isolation)))"
          r"|(?:report|item|claim|information)\s+(?:about|on)\s+[\w\s'’-]{1,40}?\s+(?:was|is"
          r"|proved|turned\s+out\s+to\s+be)\s+(?:wrong|false|mistaken|incorrect|untrue)"
          r"|(?:was|were)\s+not\s+(?:part\s+of|included\s+in)\s+(?:the\s+|that\s+)?(?:\w+\s+)?"
          r"(?:swap|exchange|release|pardon|list|group|batch)",
    "ru": r"(?:нет|не\s+оказалось)\s+среди\s+(?:помилованных|освобожд\w+)"
          r"|не\s+(?:вош[её]л|вошла|вошли|попал[аи]?)\s+в\s+(?:список|число|обмен)"
          r"|среди\s+(?:помилованных|освобожд\w+)\s+(?:его\s+|её\s+|ее\s+)?(?:нет|не\s+оказалось)"
          r"|по-прежнему\s+(?:находится\s+|остаётся\s+|остается\s+)?(?:в\s+(?:колонии|тюрьме"
          r"|СИЗО|заключении)|за\s+решёткой|за\s+решеткой)"
          r"|информаци\w+\s+(?:о|об|про)\s+[\w\s-]{1,40}?\s+не\s+подтвердил\w+"
          r"|в\s+списке\s+(?:\w+\s+)?не\s+оказал\w*|не\s+оказал\w*\s+в\s+списке"
          r"|остал(?:ся|ась|ись)\s+в\s+(?:колонии|тюрьме|СИЗО|заключении)"
          r"|оста(?:[её]|ю)тся\s+под\s+стражей"
          r"|вернули\s+(?:обратно\s+)?в\s+(?:колонию|тюрьму|СИЗО|камеру)"
          r"|(?<!был\s)(?<!была\s)не\s+освобожден[аоы]?(?!\w)(?!\s+(?:до|раньше))",
    "be": r"(?:няма|не\s+аказалася|не\s+аказалося)\s+сярод\s+(?:памілаваных|вызвален\w+)"
          r"|сярод\s+(?:памілаваных|вызвален\w+)\s+(?:яго\s+|яе\s+)?(?:няма|не\s+аказал\w+)"
          r"|па-ранейшаму\s+(?:знаходзіцца\s+|застаецца\s+)?(?:[уў]\s+(?:калоніі|турме|СІЗА"
          r"|зняволенні)|за\s+кратамі)"
          r"|інфармацы\w+\s+(?:пра|аб)\s+[\w\s'’-]{1,40}?\s+не\s+пацвердзіл\w+"
          r"|[уў]\s+спісе\s+(?:\w+\s+)?не\s+аказал\w*|не\s+трапі(?:ў|ла|лі)\s+[уў]\s+спіс"
          r"|заста(?:ўся|лася|ліся)\s+[уў]\s+(?:калоніі|турме|СІЗА|зняволенні)"
          r"|заста(?:е|ю)цца\s+пад\s+вартай"
          r"|вярнулі\s+(?:назад\s+)?[уў]\s+(?:калонію|турму|СІЗА|камеру)"
          r"|(?<!быў\s)(?<!была\s)не\s+вызвален[аы]?(?!\w)",
}
# A question whether someone was freed ("Was X among the nine?", «Вышел ли X?»), and an
# answer that does not know
_FREEDOM_QUESTION = {
    "en": re.compile(r"^\W*(?:was|were|is|has|have|did)\b.*\b(?:list|among|released|freed|pardoned"
                     r"|bus|out|free|expelled|deported|included)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)ли(?!\w).*(?<!\w)(?:списк|среди|освобо|свобод|помилов|вышл|вышел"
                     r"|выпуст|автобус)|(?<!\w)(?:списк|среди|освобо|свобод|помилов|вышл|вышел|выпуст)"
                     r".*(?<!\w)ли(?!\w)", re.IGNORECASE),
    "be": re.compile(r"^\W*ці(?!\w).*(?<!\w)(?:спіс|сярод|вызвал|вол[яі]|памілав|выйш|выпус"
                     r"|аўтобус)"
                     r"|(?<!\w)(?:вызвал|памілав|выйш|выпус)\w*\s+ці(?!\w)", re.IGNORECASE),
}
_UNKNOWN_ANSWER = {
    "en": re.compile(r"^\W*(?:unclear|unknown|not\s+known|nobody\s+knows|no\s+one\s+knows|not\s+yet"
                     r"|it\s+is\s+not\s+clear)\b|\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:yet\s+)?know\b"
                     r"|\b(?:is|remains)\s+unclear\b|\bisn['’]t\s+clear\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:неизвестно|неясно|непонятно|не\s+знают|не\s+знаем|не\s+знает"
                     r"|пока\s+нет\s+(?:данных|информации))(?!\w)", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:невядома|няясна|незразумела|не\s+ведаюць|не\s+ведаем|не\s+ведае"
                     r"|пакуль\s+няма\s+(?:звестак|інфармацыі))(?!\w)", re.IGNORECASE),
}
_NOT_FREED_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
                 _NOT_FREED.items()}
_FREEING = {E.RELEASED.value, E.PARDONED.value, E.DEPORTED.value}
# "She writes to her cellmate, X, who … has not been released": the words are X's, not hers
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|кто|котор\w+|хто|які|якая|якія)(?!\w)",
                              re.IGNORECASE)


# A report about a person later called wrong.
_WRONG_INFO = re.compile(r"(?<!\w)(?:(?:информаци\w+|сообщени\w+|сведени\w+|звестк\w+|інфармацы\w+"
                         r"|паведамленн\w+)\s+(?:о|об|пра|аб)\s[^.;]{0,120}?(?:оказал\w+|аказал\w+)\s+"
                         r"(?:неверн\w+|ошибочн\w+|ложн\w+|памылков\w+|няпраўдзів\w+)"
                         r"|(?:report|claim|information)\s+(?:that|about)\s[^.;]{0,120}?(?:was|is|proved"
                         r"|turned\s+out\s+to\s+be)\s+(?:wrong|false|incorrect|mistaken|untrue))",
                         re.IGNORECASE)
# A live blog or an update correcting itself: "we wrongly reported that", «мы ошибочно
# сообщили, что»; or an entry named by its time ("In our 08:40 entry …", «Поправка к записи
# 11:50») with a word of error in it or in the next sentence ("That was wrong.")
_WE_SAID_WRONGLY = re.compile(
    r"(?<!\w)(?:we\s+(?:wrongly|mistakenly|erroneously|incorrectly)\s+(?:reported|wrote|said"
    r"|stated|described|listed|named|included)|мы\s+(?:ошибочно|по\s+ошибке|неверно)\s+"
    r"(?:сообщили|написали|указали|назвали|включили)|мы\s+памылкова\s+(?:паведамілі|напісалі"
    r"|назвалі|пазначылі|уключылі))", re.IGNORECASE)
_EARLIER_ENTRY = re.compile(
    r"(?<!\w)(?:(?:entry|update|post|запис\w*|допис\w*)\s+(?:at\s+|от\s+|ад\s+|в\s+|ў\s+)?"
    r"\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2}\s+(?:entry|update|post)|(?:correction|поправка|папраўка)\s+"
    r"(?:to|к|да)\s+(?:the\s+|our\s+)?(?:entry|update|post|запис\w*|допис\w*))", re.IGNORECASE)
_ERROR_WORD = re.compile(r"(?<!\w)(?:wrong|wrongly|mistaken|mistakenly|a\s+mistake|in\s+error"
                         r"|incorrect|erroneous\w*|not\s+true|ошибочно|ошибк\w+|ошиблись|неверн\w+"
                         r"|не\s+так|памылков\w+|памылк\w+|памыліліся|няпраўд\w+)(?!\w)",
                         re.IGNORECASE)


_BESIDE = re.compile(r"(?:together\s+with|along\s+with|вместе\s+с|разам\s+з)\s+$", re.IGNORECASE)


def said_wrongly(sentence: str, following: str) -> bool:
    """True when SENTENCE takes back what an earlier report or entry said."""
    return _WRONG_INFO.search(sentence) is not None or \
        _WE_SAID_WRONGLY.search(sentence) is not None or (
            _EARLIER_ENTRY.search(sentence) is not None
            and _ERROR_WORD.search(sentence + " " + following) is not None)


# "And it was not Lozhkin who spent a week in a punishment cell, but a cellmate"
_NOT_THE_ONE = re.compile(r"\bit\s+was\s+not\s+(?:[\w'’-]+\s+){1,3}?who\b", re.IGNORECASE)
# A count corrected further down: "not 18 but 17", «вызваленых не 18, а 17».
_RECOUNT = re.compile(r"(?<!\w)(?:not|не)\s+(?P<old>\d+)\s*,?\s*(?:but|а)\s+(?P<new>\d+)(?!\d)",
                      re.IGNORECASE)


# A fact check's section label that says the names after it were not freed: "Still inside.",
# "Not freed at all.", «Не освобождены», «Не вызваленыя».
_NOT_FREED_LABEL = re.compile(r"^\W*(?:still\s+(?:inside|in\s+prison|behind\s+bars)|not\s+(?:freed"
                              r"|released)(?:\s+at\s+all)?|по-прежнему\s+за\s+решёткой|не\s+освобожден\w*"
                              r"|не\s+вызвален\w*|па-ранейшаму\s+за\s+кратамі)\W*$", re.IGNORECASE)


def not_freed_label(sentence: str) -> bool:
    """True for a label that says the names after it were not freed ("Still inside.")."""
    return _NOT_FREED_LABEL.match(sentence.strip()) is not None


class CorrectionClaims:
    """What ``engine._Doc`` provides, and the clean-up of releases a later sentence undoes."""

    text: str
    lang: str
    sentences: list[Sentence]
    slots_at: dict[int, list[Slot]]
    slot_finder: SlotFinder
    claims: list[dict[str, object]]
    dates: list[DateMention]
    not_freed_until: int
    profile: ProfileList | None
    listed_at: dict[tuple[str, object], int]

    def _under_not_freed(self, index: int, sent: Sentence, new_paragraph: bool) -> bool:
        """True when SENT follows a label that says its names were not freed: "Still inside.
        The post names X among …", or the lines under "Not released:" (to a blank line)."""
        if not_freed_label(sent.text) and sent.text.rstrip().endswith(":"):
            blank = self.text.find("\n\n", sent.end)
            self.not_freed_until = blank if blank >= 0 else len(self.text)
            self.profile = None  # no member list goes on under it
        return (index > 0 and not new_paragraph and not_freed_label(
            self.sentences[index - 1].text)) or sent.start < self.not_freed_until

    def _dated_before(self, index: int, when: object) -> bool:
        """True when sentence INDEX carries a date earlier than WHEN (an ISO date or None):
        "July 2024 - … he is still in the colony" does not undo a release in May 2025."""
        sent = self.sentences[index]
        if not isinstance(when, str):
            return False
        # the paragraph around the sentence (a timeline entry's date heads its paragraph), or
        # the paragraph before it when this one has no date of its own
        start = self.text.rfind("\n", 0, sent.start) + 1
        end = self.text.find("\n", sent.end)
        end = len(self.text) if end < 0 else end
        near = [m for m in self.dates if start <= m.start < end]
        if not near:  # a date that heads the paragraph before ("3 May 2024\n…"), not one
            before = self.text[:start].rstrip()  # inside its prose ("detained in 2021")
            head = before.rfind("\n") + 1
            near = [m for m in self.dates if head <= m.start < min(len(before), head + 25)]
        for mention in near:
            iso = mention.value.iso()
            if iso is not None and iso < when[:len(iso)]:
                return True
        return False

    def _drop_freed_dead(self) -> None:
        """A prisoner the report says died in custody was not freed with a batch: a release
        inferred from a list («— Андрэй Нікалаеў. Ён памёр у турме») is dropped, one the
        report states in its own words ("was freed in 2023") is kept."""
        dead = {id(c["person"]["_entry"]) for c in self.claims
                if c["type"] == E.DIED_IN_CUSTODY.value and isinstance(c["person"], dict)}
        if not dead:
            return
        kept = []
        for claim in self.claims:
            person, evidence = claim["person"], claim["evidence"]
            if isinstance(person, dict) and id(person["_entry"]) in dead and \
                    claim["type"] in _FREEING and isinstance(evidence, dict) and \
                    not self._freeing_stated(str(evidence["text"])):
                continue
            kept.append(claim)
        self.claims = kept

    def _drop_dead_after_release(self) -> None:
        """«Умер X, бывший политзаключённый. Он вышел на свободу 28 февраля»: the death of
        someone the report calls a former prisoner, and whose release it tells in its own
        words, was not in custody. (Dates alone are not enough: a release misread from a
        cellmate's clause would take a real death in custody away.)"""
        kept = []
        for claim in self.claims:
            entry = claim["person"]["_entry"] if isinstance(claim["person"], dict) else None
            if claim["type"] == E.DIED_IN_CUSTODY.value and entry is not None and any(
                    c["type"] == E.RELEASED.value and isinstance(c["person"], dict)
                    and c["person"]["_entry"] is entry
                    and self._stated_in(c) for c in self.claims) \
                    and any(aftermath.called_former(self.text, m.start, m.end)
                            for m in entry.mentions):
                continue
            kept.append(claim)
        self.claims = kept

    def _stated_in(self, claim: dict[str, object]) -> bool:
        """True when CLAIM's evidence tells a release in its own words."""
        evidence = claim["evidence"]
        return isinstance(evidence, dict) and self._freeing_stated(str(evidence["text"]))

    def _freeing_stated(self, evidence: str) -> bool:
        """True when EVIDENCE tells a release in its own words, not as a member of a list."""
        return any(t.type in (E.RELEASED, E.PARDONED, E.DEPORTED) and not t.rule.enumerates
                   and not t.rule.needs_group for t in find_triggers(evidence, self.lang))

    def _drop_wrong_reports(self) -> None:
        """«Информация о помещении X в ШИЗО, приведённая выше, оказалась неверной»: what a later
        correction calls wrong about a named person (the events it names) is dropped."""
        starts = {s.start: i for i, s in enumerate(self.sentences)}
        wrong: list[tuple[int, int, set[str]]] = []  # (sentence index, entry id, event types)
        for index, slots in self.slots_at.items():
            text = self.sentences[index].text
            following = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
            not_the_one = _NOT_THE_ONE.search(text)
            if not said_wrongly(text, following) and not not_the_one:
                continue
            kinds = {t.type.value for t in find_triggers(text, self.lang)} or {
                kind.value for kind in heading_kinds(text)}  # «…, что на свободе X»: a state
            after = " ".join(s.text for s in self.sentences[index + 1:index + 3])
            if E.PARDONED.value in kinds and served_term(after):
                # «мы памылкова напісалі, што яго вызвалілі па памілаванні. … ён адбыў увесь
                # тэрмін»: the pardon was wrong, not the release
                kinds = {E.PARDONED.value}
            if E.RELEASED.value in kinds:
                kinds |= _FREEING  # "wrongly reported that she is free": nor was she taken abroad
            start = self.sentences[index].start
            for slot in slots:
                if not_the_one and not (not_the_one.start() <= slot.start - start
                                        < not_the_one.end()):
                    continue  # "it was not X who …, but one of his cellmates": X alone
                before = self.text[max(start, slot.start - 30):slot.start]
                if not slot.entry.official and not OWNED_BY.search(before) and \
                        not _BESIDE.search(before):  # not "X's lawyer", "freed with X"
                    wrong.append((index, id(slot.entry), kinds))
        if not wrong:
            return
        kept = []
        for claim in self.claims:
            person, evidence = claim["person"], claim["evidence"]
            at = starts.get(int(evidence["start"]), -1) if isinstance(evidence, dict) else -1
            if isinstance(person, dict) and any(
                    0 <= at < index and entry == id(person["_entry"]) and claim["type"] in kinds
                    for index, entry, kinds in wrong):
                continue
            kept.append(claim)
        self.claims = kept

    def _drop_unanswered(self) -> None:
        """"Was X among the nine? Unclear." A question whether someone was freed, answered with
        doubt, leaves that person's release unsaid in the question's stretch of the report."""
        paragraph = self.slot_finder.paragraph_of
        doubted: list[tuple[int, int, int]] = []  # (first offset, last offset, entry id)
        for index, slots in self.slots_at.items():
            text = self.sentences[index].text
            if index + 1 >= len(self.sentences) or not text.rstrip().endswith("?") or \
                    not _FREEDOM_QUESTION[self.lang].search(text):
                continue
            answer = index + 1
            if not _UNKNOWN_ANSWER[self.lang].search(self.sentences[answer].text):
                continue
            last = answer
            while last + 1 < len(self.sentences) and paragraph[last + 1] == paragraph[answer]:
                last += 1
            for slot in slots:
                if not slot.pronoun and not slot.entry.non_prisoner:
                    doubted.append((self.sentences[index].start, self.sentences[last].end,
                                    id(slot.entry)))
        if not doubted:
            return
        self.claims = [c for c in self.claims if not (
            c["type"] in _FREEING and isinstance(c["person"], dict)
            and isinstance(c["evidence"], dict) and any(
                lo <= int(c["evidence"]["start"]) < hi and entry == id(c["person"]["_entry"])
                for lo, hi, entry in doubted))]

    def _recount(self) -> None:
        """A batch's count corrected later in the report takes the new number."""
        for sentence in self.sentences:
            for match in _RECOUNT.finditer(sentence.text):
                old, new = int(match["old"]), int(match["new"])
                for claim in self.claims:
                    evidence = claim["evidence"]
                    if claim["type"] == E.GROUP_RELEASE.value and claim["count"] == old and \
                            isinstance(evidence, dict) and int(evidence["start"]) < sentence.start:
                        claim["count"] = new

    def _drop_retracted(self) -> None:
        pattern = _NOT_FREED_RE.get(self.lang, _NOT_FREED_RE["en"])
        starts = {s.start: i for i, s in enumerate(self.sentences)}
        undone: dict[int, int] = {}  # person entry id -> index of the first sentence undoing
        for index, slots in self.slots_at.items():
            sentence = self.sentences[index]
            found = pattern.search(sentence.text) if slots else None
            if found is None or (found.groupdict().get("place") and find_countries(found["place"])):
                continue  # "is still in Navapolatsk", not "is still in Warsaw"
            for slot in slots:
                # "His brother, X, is still in a colony": X, not "his"; a pronoun only as the
                # subject the sentence opens with ("He is still in the colony") or of the
                # words themselves ("his family says he remains in a colony")
                rel = slot.start - sentence.start
                gap = found.start() - (slot.end - sentence.start)
                subject = (not sentence.text[:rel].strip() and not _RELATIVE_CLAUSE.search(
                    sentence.text, slot.end - sentence.start, found.start())) or (
                    0 <= gap <= (2 if slot.pronoun else 30))
                owner = slot.possessive and 0 <= gap <= 2 and \
                    found.group(0).lower().startswith("name")  # "Her name does not appear"
                if slot.entry.official or not (subject or owner) or (
                        slot.possessive and not owner):
                    continue
                undone.setdefault(id(slot.entry), index)
        if not undone:
            return
        kept = []
        for claim in self.claims:
            person = claim["person"]
            evidence = claim["evidence"]
            if isinstance(person, dict) and claim["type"] in _FREEING and \
                    isinstance(evidence, dict):
                at = starts.get(int(evidence["start"]), -1)
                by = undone.get(id(person["_entry"]), -1)
                # (a release read from a list is undone whatever the dates: "X, who … was
                # convicted in 2022. He was not among those freed.")
                listed = self.listed_at.get((str(claim["type"]), id(person["_entry"]))) == at
                if 0 <= at < by and (listed or not self._dated_before(by, claim["date"])):
                    continue
                if 0 <= by < at and not self._freeing_stated(str(evidence["text"])):
                    continue  # "X was not among those freed. X, 47, an engineer, …": no member
            kept.append(claim)
        self.claims = kept
