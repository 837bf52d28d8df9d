"""English triggers for verdicts: prison terms, fines, restricted freedom, administrative
arrests, verdict lists and terms told in passing.

Within one event type the first rule to match a span claims it, so rules keep their order."""

from __future__ import annotations

from volia.domain.model import EventType as E
from volia.extract.rules import EN_OBJECT as _OBJECT
from volia.extract.rules import Rule, verdict_list
from volia.extract.rules import rule as _r

# A headline's length of time is no verdict: "X: five months in custody", "The X siblings:
# nine months of a family case"
_NOT_A_VERDICT = (r"(?!\s+(?:of\s+(?!(?:a\s+|the\s+)?(?:colony|prison|jail|restrict\w*|limitation"
                  r"|imprisonment|correctional|compulsory|forced|deprivation|strict|general"
                  r"|reinforced|maximum|high|penal))|in\s+(?:custody|detention|limbo|pre-?trial"
                  r"|a\s+pre-?trial|exile)|abroad|ago|on\s|free|without|behind\s+bars|since|after"
                  r"|later))")

RULES: list[Rule] = [
    # a verdict list: "Y (41, Barysau): 4 years", "Y — three years", "Y: fine of 50 base units"
    *verdict_list(r"years?|months?", r"(?:a\s+)?fine\s+of", r"(?:\S+\s+){1,2}?days?\s+of\s+"
                  r"(?:admin(?:istrative)?\.?\s+)?(?:arrest|detention|jail)", _NOT_A_VERDICT),
    # a sentence's list of objects: "sentenced three administrators: X (31) to 8 years, Y (27)
    # to 7 years"
    _r(E.SENTENCED, r"(?<=\d\)\s)to(?=\s+(?:\S+\s+){0,3}?(?:years?|months?)(?!\w))",
       needs_term=True),
    # a verdict line "X, five years in absentia"
    _r(E.SENTENCED, r"(?<=,\s)(?:[\w.-]+\s+){1,3}?(?:years?|months?)\s+in\s+absentia",
       needs_term=True),
    _r(E.SENTENCED, r"sentenced|re-sentenced|handed\s+(?:an?\s+|down\s+an?\s+)?[\w\s-]{0,30}?"
                    r"(?:sentence|term|fine)|given\s+(?:a\s+)?[\w\s-]{0,20}?(?:sentence|jail\s+term|"
                    r"prison\s+term|term|years)|received\s+(?:a\s+)?[\w\s-]{0,20}?"
                    r"(?:sentence|jail\s+term|prison\s+term)|jailed\s+for|(?:was|were|been)\s+convicted"
                    r"|found\s+(?:[\w'’.-]+,?\s+){0,8}?guilty"),
    # an apposition: "X, 29, a courier, convicted of taking part in the protests"
    # or one with its noun: "X, a florist convicted in 2022, and Y were freed"
    # "detained in 2023 and later convicted of espionage"; a court's fine is a verdict too;
    # "receives three years of restricted freedom"
    _r(E.SENTENCED, r"(?:and|later|subsequently)\s+(?:later\s+)?convicted\s+"
                    r"(?:of|on|over|for|under)\b"
                    r"|(?:was|were|been|court|judge)\s+fined\b|\bfined\s+(?-i:[A-Z])"),
    _r(E.SENTENCED, r"(?:receives|received|gave|gives|got|given)(?=\s+[\w\s-]{0,30}?(?:of\s+)?"
                    r"restricted\s+freedom)", needs_term=True),
    # an administrative arrest counted in days: "a judge gave him 15 days of administrative
    # arrest", "received a ten-day jail term" (not "spent ten days in a punishment cell")
    _r(E.SENTENCED, r"(?:gave|given|gives|handed|received|receives|got|gets|ordered|served"
                    r"|spent)\s+"
                    r"(?:(?:him|her|them|me|us|an?|the|(?-i:[A-Z])[\w'’-]+)\s+){0,3}?(?:\d+|[a-z]+(?:-[a-z]+)?)"
                    r"[\s-]+days?\s+(?:of\s+|in\s+)?(?:admin(?:istrative)?\.?\s+)?(?:arrest|detention|jail"
                    r"|prison)(?!\s+cell)"),
    # a verdict read out for several: "two years and three months for me, four years for my
    # colleague X" (not "asked for four years for X", "up to five years for")
    _r(E.SENTENCED, r"(?<!up\sto\s)(?<!for\s)(?<!demanded\s)(?<!sought\s)(?<!wanted\s)(?<!faces\s)"
                    r"(?<!facing\s)(?<!requested\s)(?<!proposed\s)(?<!of\s)(?<!seeks\s)(?<!seek\s)"
                    r"(?<!seeking\s)(?<!asks\s)(?<!asking\s)(?<!wants\s)(?<!demands\s)(?<!demand\s)"
                    r"(?<!requests\s)(?<!proposes\s)(?<!risks\s)(?<!face\s)(?<!get\s)"
                    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
                    r"|twenty)\s+(?:years?|months?)(?:\s+and\s+(?:\d{1,2}|[a-z]+)\s+months?)?\s+for"
                    r"(?=\s+(?:(?:me|him|her)\b|(?:my|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?-i:[A-Z])"
                    r"|(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])))",
       needs_term=True),
    # "came out of the Orsha colony after three years and four months": the term served
    # (the term, not the day of release: the verb before keeps that date)
    _r(E.SENTENCED, r"(?:(?<=colony\s)|(?<=prison\s)|(?<=jail\s)|(?<=out\s)|(?<=freed\s)"
                    r"|(?<=released\s))after(?=\s+(?:serving\s+)?(?:\d{1,2}|one|two|three|four|five"
                    r"|six|seven|eight|nine|ten)\s+(?:years?|months?)\b)", needs_term=True),
    # a court's days with no "of arrest": "a judge gave Korchagin another twelve days, this
    # time for disobeying", "a court handed both of them ten days the following day"
    _r(E.SENTENCED, r"(?:gave|gives|handed|hands)\s+(?:(?:him|her|them|me|us|both|all|each|of"
                    r"|(?-i:[A-Z])[\w'’-]+)\s+){1,3}?(?:another\s+|a\s+further\s+)?"
                    r"(?:\d{1,2}|three|five|six|seven|eight|ten|twelve|thirteen|fourteen|fifteen"
                    r"|twenty|thirty|(?:twenty|thirty)-\w+)[\s-]+days?(?=,?\s+(?:this\s+time\s+)?"
                    r"(?:for|over)\b|\s+the\s+(?:following|next)\s+day|\s+on\s+\w+day\b|\s*[.;])"),
    _r(E.SENTENCED, r"(?:(?<=,\s)|^)(?:an?\s+(?:[\w-]+\s+){1,3}?)?convicted\s+(?:(?:(?:in\s+\d{4}"
                    r"|last\s+year|this\s+year|earlier\s+this\s+year)\s+)?"
                    r"(?:of|over|for|on|under)\b|in\s+\d{4}(?=[,;.])|in\s+the\s+same\s+(?:case|trial))"),
    # a term served out: "released in May at the end of his sentence", "served her full term"
    _r(E.SENTENCED, r"(?:end|completion)\s+of\s+(?:(?:his|her|their)\s+"
                    r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}?)"
                    r"(?:sentence|term)"
                    # "who had been given 15 days for a comment"
                    r"|given\s+(?:\d+|[a-z]+)[\s-]days?(?=\s+(?:for|over)\b)"
                    r"|(?:served|completed|serving|completing)\s+(?:his|her|their)\s+(?:full\s+"
                    r"|whole\s+|entire\s+|first\s+|previous\s+|earlier\s+)?(?:sentence|term)"),
    # "having served her full two years", "came out of prison in 2023 after two years"
    _r(E.SENTENCED, r"served\s+(?:his|her|their)\s+(?:full|whole|entire)(?=\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:years?|months?)\b)|(?:out\s+of|left)\s+(?:prison|jail|the\s+colony)\s+"
                    r"(?:in\s+\d{4}\s+)?after(?=\s+(?:[\w-]+\s+){0,2}?(?:years?|months?)\b)",
       needs_term=True),
    # "whose sentence ends in October", "her term expires in May": a term, dated by its end
    # only, so the claim takes no date
    _r(E.SENTENCED, r"(?<=whose\s)(?:prison\s+)?(?:sentence|term)(?=\s+(?:ends|expires|runs\s+out"
                    r"|is\s+due\s+to\s+end|will\s+end))|(?:(?<=his\s)|(?<=her\s)|(?<=their\s))(?:prison\s+)?(?:sentence"
                    r"|term)(?=\s+(?:ends|expires|runs\s+out|is\s+due\s+to\s+end|will\s+end))"
                    # "Lukyanchyk's term ends in 2027"
                    r"|(?<=[’']s\s)(?:prison\s+)?(?:sentence|term)(?=\s+(?:ends|expires|runs\s+out"
                    r"|is\s+due\s+to\s+end|will\s+end))",
       noun=True),
    # a term lengthened: "a year was added to her sentence"
    _r(E.SENTENCED, r"added\s+(?:to\s+(?:his|her|their)\s+(?:sentence|term)"
                    r"|(?:another|a\s+further)\b)"
                    r"|(?:sentence|term)\s+(?:was\s+)?extended", needs_term=True),
    # a verdict told from the court's side: "gave a suspended sentence to X", "jailed X for
    # 15 days", "sent him to prison for 13 years", "ordered X to serve five years", "upheld the
    # six-year sentence of X", "reduced the prison term of X"
    _r(E.SENTENCED, r"(?:gave|handed|imposed|passed)\s+(?:down\s+)?(?:an?\s+)?[\w\s-]{0,30}?"
                    r"(?:sentence|term|fine)(?:\s+of\s+[\w\s.-]{1,25}?)?\s+(?:on|to)"
                    r"(?=\s+" + _OBJECT + r")"
                    r"|sent(?=\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:a\s+|the\s+)?(?:prison|jail"
                    r"|(?:[\w-]+\s+)?colony|penal)\b)|to\s+serve(?=\s+(?:[\w.-]+\s+){0,4}?(?:years?"
                    r"|months?|days?)\b)|(?:sentence|term)\s+of(?=\s+(?-i:[A-Z]))",
       needs_term=True),
    _r(E.SENTENCED, r"jailed(?=\s+" + _OBJECT
                    + r"\s+for\s+(?:\d|[a-z]+[\s-](?:days?|weeks?|months?|years?)))"),
    # the historic present of timelines: "the court sentences her", "KGB officers detain X"
    _r(E.SENTENCED, r"sentences(?=\s+(?:him|her|them|(?-i:[A-Z])))",
       present=True),
    # "Kurtumerov gets 13 years" (a live blog's present), "who had served five years"
    _r(E.SENTENCED, r"(?:sentence|jail\s+term|prison\s+term|term|serving|jailed|imprisoned"
                    r"|received|got|gets|handed(?!\s+over)|gave|went\s+to|(?:had|has|who)\s+served"
                    # (not "the church where he had served for eighteen years until …": a post)
                    r"(?!\s+for\s+(?:[\w-]+\s+){1,2}?years?\s+(?:until|as|in\s+the\s+parish)\b))",
       needs_term=True),
    # "spent three years and three months in prison", "had served four of her six years"
    # "who served two years and walked out of the colony": the term ended in a release
    _r(E.SENTENCED, r"served(?=\s+(?:[\w-]+\s+){1,5}?and\s+(?:then\s+)?(?:walked\s+(?:out|free)"
                    r"|was\s+(?:released|freed)|left\s+(?:the\s+)?(?:prison|colony|jail)))",
       needs_term=True),
    _r(E.SENTENCED, r"(?:spent|served)(?=[^.;]{0,50}?(?:in\s+(?:prison|jail|a\s+colony|the\s+colony"
                    r"|custody|detention)|behind\s+bars|of\s+(?:his|her|their|a)\s+[\w-]+\s+"
                    r"(?:years?|sentence|term)))"
                    # (not "has spent five months behind bars without a trial": custody)
                    r"(?![^.;]{0,80}?(?:without\s+(?:a\s+)?(?:trial|verdict|charge)|awaiting\s+"
                    r"(?:trial|a\s+verdict)|pre-?trial))", needs_term=True),
]
