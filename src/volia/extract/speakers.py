"""Who "I" is: the person answering in an interview, or speaking inside a quote.

Freed prisoners tell their own story ("They charged me with...", «меня этапировали в...»),
and a report built on their words names them once, in the headline or the introduction.
Without a speaker every first-person event is lost. The speaker is found from the text alone
(an interview cue and question paragraphs, or a speech verb next to a quote); which person the
speaker is becomes known only as the report is read, so this module hands back mentions and
leaves their resolution to the slot finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from volia.extract import transcripts
from volia.extract.mentions import Mention

FIRST_PERSON = {
    "en": re.compile(r"(?<![\w'’])(?:I|[Mm]e|[Mm]y|[Mm]yself)(?![\w'’])"),
    "ru": re.compile(r"(?<!\w)(?:я|меня|мне|мной|мой|моя|моё|моего|моей|моим|моих)(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:я|мяне|мне|мной|мой|мая|маё|майго|маёй|маім|маіх)(?!\w)",
                     re.IGNORECASE),
}
# "we" as the ones something was done to: «нас задержали», "they took us", "we were moved"
# (not "we recognised him": a group that acts, such as an organisation)
WE_UNDERGOING = {
    "en": re.compile(r"(?<![\w'’])(?:us(?=\s+(?:both|all|two|three|to|from|into|out|in|on|at"
                     r"|together|away|back)\b|\s*[.,;])|[Ww]e(?=\s+(?:were|had\s+been|have\s+been"
                     r"|both\s+were|all\s+were)\b))(?![\w'’])"),
    # «Нас задержали вместе», «нас этапировали» (not «для нас», «раньше нас», «нас с детьми»)
    "ru": re.compile(r"(?<![\w-])(?<!для\s)(?<!без\s)(?<!кроме\s)(?<!из\s)(?<!от\s)(?<!чем\s)"
                     r"(?<!раньше\s)(?<!позже\s)(?<!у\s)(?<!на\s)(?<!с\s)(?<!к\s)(?<!про\s)"
                     r"нас(?=(?:,[^,.;]{1,60},)?\s+(?:[\w-]+\s+)?[\w-]+(?:ли|лись)(?!\w))",
                     re.IGNORECASE),
    "be": re.compile(r"(?<![\w-])(?<!для\s)(?<!без\s)(?<!акрамя\s)(?<!з\s)(?<!ад\s)(?<!чым\s)"
                     r"(?<!раней\s)(?<!у\s)(?<!ў\s)(?<!на\s)(?<!пра\s)"
                     r"нас(?=(?:,[^,.;]{1,60},)?\s+(?:[\w'’-]+\s+)?[\w'’-]+(?:лі|ліся)(?!\w))",
                     re.IGNORECASE),
}
# The interviewer's "you" means the one answering.
SECOND_PERSON = {
    "en": re.compile(r"(?<![\w'’])(?:[Yy]ou|[Yy]our)(?![\w'’])"),
    "ru": re.compile(r"(?<!\w)(?:вы|вас|вам|вами|ваш\w*)(?!\w)", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:вы|вас|вам|вамі|ваш\w*)(?!\w)", re.IGNORECASE),
}
POSSESSIVE = re.compile(r"^(?:my|your|мо\w+|ваш\w*|ма\w+)$", re.IGNORECASE)

_INTERVIEW_CUE = {
    "en": re.compile(r"\b(?:interview(?:ed)?(?:\s+with)?|spoke\s+(?:to|with)|talked\s+(?:to|with)"
                     r"|Q&A\s+with|in\s+conversation\s+with|asked"
                     r"|(?:we|I)\s+(?:talked|spoke|met|sat\s+down))\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(?:интервью|поговорил\w*\s+с|побеседовал\w*\s+с|беседе\s+с"
                     r"|разговор\w*\s+с|мы\s+(?:поговорили|встретились|побеседовали))(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:інтэрв['’]ю|пагутарыл\w*\s+з|размов\w*\s+з|паразмаўлял\w*\s+з"
                     r"|мы\s+(?:пагутарылі|сустрэліся|паразмаўлялі))"
                     r"(?!\w)", re.IGNORECASE),
}
_SPEECH = {
    "en": r"said|says|told|tells|recalled|recalls|added|adds|wrote|writes|explained|explains"
          r"|remembered|remembers|described|describes",
    "ru": r"сказал\w*|говорит|говорил\w*|рассказал\w*|рассказывает|вспоминает|вспоминал\w*"
          r"|пишет|писал\w*|написал\w*|отметил\w*|добавил\w*|заявил\w*|поделил\w*",
    "be": r"кажа|казаў|казала|сказаў|сказала|распавёў|распавяла|распавядае|піша|пісаў|пісала"
          r"|расказвае|расказаў|расказала|расказвала|узгадвае|дадае"
          r"|напісаў|напісала|успамінае|адзначыў|адзначыла|дадаў|дадала|заявіў|заявіла",
}
_SPEECH_RE = {lang: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
              for lang, words in _SPEECH.items()}
def speaks(text: str, lang: str) -> bool:
    """True when TEXT (what follows a name) opens with a speech verb ("X says that …")."""
    return re.match(rf"\s*(?:[\w-]+\s+)?(?:{_SPEECH[lang if lang in _SPEECH else 'en']})(?!\w)",
                    text, re.IGNORECASE) is not None


_QUOTE = re.compile(r"“[^”\n]{3,800}”|«[^»\n]{3,800}»|\"[^\"\n]{3,800}\"|„[^“”\n]{3,800}[“”]")


@dataclass(frozen=True)
class Voice:
    """A stretch of text [start, end) spoken by the person MENTION names or refers to.
    QUESTION marks an interviewer's question, where "you" is that person."""

    start: int
    end: int
    mention: Mention
    question: bool = False
    answer: bool = False  # an interview answer or a transcript turn: the speaker's own story


def find_voices(text: str, lang: str, mentions: list[Mention],
                pronouns: list[Mention]) -> list[Voice]:
    """The interview answers and attributed quotes of TEXT, with who speaks in each."""
    lang = lang if lang in FIRST_PERSON else "en"
    voices = [Voice(v.start, v.end, v.mention, question=v.question, answer=not v.question)
              for v in transcripts.voices(text, mentions)] or \
        _interview(text, lang, mentions) or _letter(text, lang, mentions + pronouns) or \
        _account(text, lang, mentions)
    previous: Voice | None = None
    for match in _QUOTE.finditer(text):
        speaker = _attribution(text, lang, match.start(), match.end(), mentions + pronouns) or \
            _inner_attribution(text, lang, match.start(), match.end(), mentions + pronouns) or \
            _paragraph_quote(text, match.start(), mentions)
        if speaker is None and previous is not None and \
                "\n" not in text[previous.end:match.start()]:
            speaker = previous.mention  # a quote that goes on after "…," Hrusha said. "…"
        if speaker is None:
            previous = None
            continue
        previous = Voice(match.start() + 1, match.end() - 1, speaker)
        if FIRST_PERSON[lang].search(match.group(0)[1:-1]):
            voices.append(previous)
    return voices


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]


_LABELLED_Q = re.compile(r"\s*(?:Q|В|П|Вопрос|Пытанне)\s*[:.]")


def _is_question(paragraph: str) -> bool:
    stripped = paragraph.strip()
    return stripped.endswith("?") or _LABELLED_Q.match(stripped) is not None


def _interview(text: str, lang: str, mentions: list[Mention]) -> list[Voice]:
    """Answers of a question-and-answer interview, spoken by the person it is with."""
    paragraphs = _paragraphs(text)
    questions = [i for i, (s, e) in enumerate(paragraphs) if _is_question(text[s:e])]
    if len(questions) < 2:
        return []
    intro_end = paragraphs[questions[0]][0]
    cue = _INTERVIEW_CUE[lang].search(text, 0, intro_end)
    labelled = sum(1 for i in questions if _LABELLED_Q.match(text, paragraphs[i][0])) >= 2
    if cue is None and not labelled:
        return []  # questions labelled "Q:" are an interview whatever the introduction says
    named = [m for m in mentions if m.start < intro_end and not m.pronoun]
    after_cue = [m for m in named if cue is not None and 0 <= m.start - cue.end() < 80]
    speaker = after_cue[0] if after_cue else _most_named(named)
    if speaker is None:
        return []
    # Questions and answers alternate: a question that ends in a full stop ("Let's go back.
    # You were arrested in 2023.") still sits where a question should.
    first = questions[0]
    alternating = all((i - first) % 2 == 0 for i in questions)
    voices = []
    for i, (start, end) in enumerate(paragraphs[first:], start=first):
        asked = (i - first) % 2 == 0 if alternating else i in questions
        voices.append(Voice(start, end, speaker, question=asked, answer=not asked))
    return voices


# "a letter he wrote on 12 March", «ліст ад Ігара Сідарэвіча», «письмо политзаключённого X»
_LETTER = {
    "en": re.compile(r"\bletters?\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)письм(?:о|а|ом|е|ах)(?!\w)", re.IGNORECASE),
    "be": re.compile(r"(?<!\w)(?:ліст|ліста|лісце|лістом|лісты)(?!\w)", re.IGNORECASE),
}


def _letter(text: str, lang: str, candidates: list[Mention]) -> list[Voice]:
    """The paragraphs of a letter a report publishes, written by the person its introduction
    names beside the word "letter": the first-person paragraphs right after it."""
    paragraphs = _paragraphs(text)
    for i, (start, end) in enumerate(paragraphs[:3]):
        cue = _LETTER[lang].search(text, start, end)
        if cue is None:
            continue
        after = [m for m in candidates if cue.end() <= m.start < cue.end() + 40 and m.end <= end]
        before = [m for m in candidates if start <= m.start < cue.start()]
        writer = after[0] if after else (before[-1] if before else None)
        if writer is None:
            continue  # "A letter from colony No. 1": the headline names no writer
        voices = []
        for p_start, p_end in paragraphs[i + 1:]:
            if not FIRST_PERSON[lang].search(text, p_start, p_end):
                break  # the report's own words again
            voices.append(Voice(p_start, p_end, writer))
        return voices
    return []


_SELF_NAMED = {
    "en": re.compile(r"\b[Mm]y\s+name\s+is\s+"),
    "ru": re.compile(r"(?<!\w)[Мм]еня\s+зовут\s+"),
    "be": re.compile(r"(?<!\w)[Мм]яне\s+завуць\s+"),
}


def _own_words(text: str, lang: str, start: int, end: int) -> bool:
    """True when the paragraph [START, END) speaks in the first person outside quotes."""
    bare = _QUOTE.sub(" ", text[start:end])
    return FIRST_PERSON[lang].search(bare) is not None


def _account(text: str, lang: str, mentions: list[Mention]) -> list[Voice]:
    """A first-person account the report publishes whole: the writer names themself ("My name
    is X", «Мяне завуць X») or is the one person the introduction names, and most paragraphs
    after it speak in the first person, outside quotes."""
    paragraphs = _paragraphs(text)
    own = [i for i, (s, e) in enumerate(paragraphs) if _own_words(text, lang, s, e)]
    byline = _byline(text, paragraphs, mentions)
    if byline is not None:
        # a column signed under its headline: the author tells their own story below
        at, author = byline
        # (a paragraph that opens a quote is someone else speaking, even left unclosed)
        own_after = [i for i in own if i > at and not _OPENS_QUOTE.match(text, paragraphs[i][0])]
        if len(own_after) >= 2:
            return [Voice(s, e, author, answer=True) for s, e in paragraphs[at + 1:]
                    if not _OPENS_QUOTE.match(text, s)]
    if len(own) < 2:
        return []
    first = own[0]
    speaker = None
    for i in own[:2]:
        named = _SELF_NAMED[lang].search(text, *paragraphs[i])
        if named is not None:
            speaker = next((m for m in mentions if not m.pronoun
                            and 0 <= m.start - named.end() <= 1), None)
            if speaker is not None:
                first = i
                break
    if speaker is None:
        if len(own) < 0.6 * (len(paragraphs) - first) or len(own) < 3:
            return []  # a report that quotes someone now and then, in its own voice
        intro = [m for m in mentions if m.start < paragraphs[first][0] and not m.pronoun
                 and m.is_full]
        speaker = _most_named(intro)
    if speaker is None:
        return []
    return [Voice(s, e, speaker, answer=True) for s, e in paragraphs[first:]]


_OPENS_QUOTE = re.compile(r"\s*[\"“«„'‘]")
# "By Pavel Drozdovich", «Автор: Наталья Шидловская», or the name alone on its line
_BYLINE = re.compile(r"^\W*(?:(?:By|Text\s+by|Автор|Аўтар|Текст|Тэкст)\s*:?\s+)?"
                     r"(?P<name>[A-ZА-ЯЁІЎ][\w'’-]+(?:\s+[A-ZА-ЯЁІЎ][\w'’-]+){1,2})"
                     r"(?:\s*[,|—–]\s*[^\n]{0,60})?\W*$", re.MULTILINE)


def _byline(text: str, paragraphs: list[tuple[int, int]],
            mentions: list[Mention]) -> tuple[int, Mention] | None:
    """The paragraph (among the first three) that signs the piece with a full name, and that
    name's mention."""
    signed: list[tuple[bool, int, Mention]] = []
    for i, (start, end) in enumerate(paragraphs[:3]):
        match = _BYLINE.match(text, start, end)
        if match is None:
            continue
        name_start = match.start("name")
        found = [m for m in mentions if not m.pronoun and m.is_full
                 and name_start <= m.start < match.end("name")]
        marked = name_start > start + 2  # "By X", «Автор: X»
        if found and (marked or i > 0):  # (a headline that is a name alone signs nothing)
            signed.append((marked, i, found[0]))
    if not signed:
        return None
    _, at, author = max(signed, key=lambda s: s[0])  # "By X" before a bare name
    return at, author


def _most_named(named: list[Mention]) -> Mention | None:
    """The person the introduction names most often (by surname), at their first mention."""
    counts: dict[str, int] = {}
    for m in named:
        counts[m.surname.lower()[:5]] = counts.get(m.surname.lower()[:5], 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    leaders = [key for key, n in counts.items() if n == best]
    if len(leaders) > 1:
        return None
    return next(m for m in named if m.surname.lower()[:5] == leaders[0])


def _paragraph_quote(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """A quote that is a paragraph of its own, right after a paragraph about one person only:
    that person speaks ("Yanina X, 31, has been in Vilnius for six days. …" / "They detained
    me on 16 April …")."""
    if start > 0 and text[start - 1] != "\n":
        return None
    para_start = text.rfind("\n\n", 0, max(0, start - 2))
    named = [m for m in mentions if para_start < m.start < start and not m.pronoun]
    if not named or not named[0].is_full:
        return None
    key = named[0].surname.lower()[:4]
    return named[0] if all(m.surname.lower()[:4] == key for m in named) else None


def _inner_attribution(text: str, lang: str, start: int, end: int,
                       candidates: list[Mention]) -> Mention | None:
    """The speaker named inside a quote that breaks for it: «Мяне затрымалі …, — расказвае ён.
    — За тое, што …»."""
    inner = re.search(rf"[,.!?…]\s*[—–]\s*(?:{_SPEECH[lang]})\s+", text[start:end], re.IGNORECASE)
    if inner is None:
        return None
    at = start + inner.end()
    window = [m for m in candidates if at <= m.start < at + 3]
    return window[0] if window else None


def _attribution(text: str, lang: str, start: int, end: int,
                 candidates: list[Mention]) -> Mention | None:
    """The speaker of the quote [START, END): named or referred to next to a speech verb,
    right after the quote ("…," Sorokin said) or right before it (Sorokin said: "…")."""
    after = text[end:end + 70].split("\n", 1)[0]
    verb = _SPEECH_RE[lang].search(after)
    if verb is not None and re.match(r"^[\s,.—–-]*$", after[:1] or " "):
        window = [m for m in candidates if end <= m.start < end + verb.end() + 40
                  and "\n" not in text[end:m.start]]
        if window:
            return min(window, key=lambda m: m.start)
    before_start = max(0, start - 90)
    before = text[before_start:start].rsplit("\n", 1)[-1]
    offset = start - len(before)
    if re.search(rf"(?:{_SPEECH[lang]})\s*(?:\w+\s+){{0,3}}?[:,]?\s*$|:\s*$", before,
                 re.IGNORECASE):
        window = [m for m in candidates if offset <= m.start < start]
        if window:
            return max(window, key=lambda m: m.start)
    return None
