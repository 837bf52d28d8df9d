"""Event triggers in English."""

from __future__ import annotations

from volia.domain.model import EventType as E
from volia.extract.rules import Rule
from volia.extract.rules import rule as _r

# "released from further serving his sentence on health grounds": the prison service's words
# for a dying man, not a release
_NOT_RELEASE_OBJ = (r"(?!\s+from\s+(?:further\s+)?serving)"
                    r"(?!\s+(?:a|an|the|its|his|her|their|new|this|that)?\s*(?:statement|video|"
                    r"report|footage|list|photos?|names|details|figures|data|book|album|"
                    r"letter|appeal|documents?|information|recording)s?\b)")
# A count of people in digits or words: "the seven", "the 31", "the twenty-six"
_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
          r"|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)")
_HELD = (r"held(?!\s+(?:incommunicado|without\s+(?:contact|access)|in\s+(?:a\s+|the\s+)?"
         r"(?:solitary|punishment|isolation|cell)))")
_FACILITY_EN = (r"(?:a |the |another |[\w'’-]+ ){0,3}(?:penal colony|colony|prison|jail|detention"
                r"|pre-trial|remand|facility|psychiatric|hospital|correctional|sizo)")

# The object of an active verb: a pronoun or a name of up to three capitalised words
_OBJECT = r"(?:him|her|them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"

RULES: list[Rule] = [
    # "held since June on a charge of insulting an official"
    _r(E.CHARGED, r"(?:held|detained|arrested|custody|remand)\b[^.;]{0,60}?\bon\s+(?:a\s+)?"
                  r"(?:\w+\s+)?charges?\s+(?:of|under|over)"),
    # "the family hears nothing from her", "letters stopped arriving", "lost contact with him"
    _r(E.INCOMMUNICADO, r"(?:hears?|heard|received|receives|gets|got|has\s+had|have\s+had|had)"
                        r"\s+nothing(?=\s+(?:from|of)\b)|letters\s+(?:[\w'’]+\s+){0,2}?"
                        r"(?:stop(?:ped)?|ceased)\s+(?:arriving|coming)|lost\s+(?:all\s+)?contact"
                        r"\s+with|(?:lawyer|attorney)\s+(?:is|was|has\s+been|have\s+been)\s+"
                        r"(?:refused|denied)\s+(?:meetings|access|visits)"
                        # "no word has come from her since", "neither his wife nor his lawyer
                        # has been allowed to see him"
                        r"|no\s+(?:word|news|letter)\s+(?:has|have|had)\s+(?:come|arrived|been\s+heard)"
                        r"|nor\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+)?(?:lawyers?|family|relatives"
                        r"|wife|husband|mother)\s+(?:has|have|had)\s+(?:been\s+(?:allowed|able)\s+to\s+"
                        r"(?:see|visit|contact|reach)|had\s+any\s+(?:word|news|contact))"
                        # "not allowed to send or receive a single letter", "kept from all contact",
                        # "the lawyer is not allowed in", "has not been told where he is held"
                        r"|not\s+(?:been\s+)?allowed\s+(?:to\s+(?:send|receive|write)\s+(?:or\s+receive\s+)?"
                        r"(?:a\s+single\s+|any\s+)?(?:letters?|calls?|phone)|in\b|to\s+see\s+(?:him|her))"
                        r"|allowed\s+neither\s+(?:letters|calls|visits)|kept\s+from\s+(?:all\s+)?contact"
                        r"|(?:lawyers?|attorney)\s+(?:was|were|has\s+been|have\s+been)\s+turned\s+away"
                        r"|not\s+(?:been\s+)?told\s+where\s+(?:he|she|they)\s+(?:is|are|was|were)\s+"
                        r"(?:being\s+)?held|stop(?:s|ped)?\s+receiving\s+(?:any\s+)?letters",
       inherent_negation=True),
    # a verdict list: «Кирилл Лагун — четыре года колонии», "Y — three years"
    _r(E.SENTENCED, r"(?<=[\w] )\(\s*(?:\S+\s+){0,3}?(?:years?|months?)\s*\)",
       needs_term=True),
    # a list line "X, 52, engineer, Minsk: three years, general regime" (not "Who: X, 45")
    _r(E.SENTENCED, r"\w+:(?=\s+(?!(?-i:[A-ZА-ЯЁІЎ])|[\"“«„])"
                    r"(?:\S+\s+){0,4}?(?:years?|months?)(?!\w))",
       needs_term=True),
    _r(E.SENTENCED, r"(?<=[\w»] )[—–](?=\s+(?:\S+\s+){0,4}?(?:years?|months?)(?!\w))",
       needs_term=True),
    _r(E.RELEASED, r"among\s+(?:those|the\s+\w+)\s+(?:freed|released|pardoned|set\s+free)"
                   r"(?:\s+(?:was|were|are|is))?", enumerates=True),
    # "Among those handed over are X and Y", "X was among those handed over to Ukrainian
    # border guards": members of a batch taken abroad (the country follows)
    _r(E.RELEASED, r"among\s+(?:those|the\s+\w+)\s+(?:handed\s+over|expelled|deported"
                   r"|(?:driven|taken|brought|flown|sent|bused|transferred)(?=\s+(?:to|into|across)\b))"
                   r"(?:\s+(?:was|were|are|is))?", enumerates=True),
    _r(E.RELEASED, r"among\s+them(?:\s+(?:was|were|are|is))?", needs_group=True,
       enumerates=True),
    # "The Belarusians are X and Y", "The other two were X and Y": members by nationality
    _r(E.RELEASED, r"\bthe\s+(?:other\s+)?(?:two\s+|three\s+|four\s+)?(?:belarusians|ukrainians"
                   r"|lithuanians|poles|latvians|germans|foreigners|others|other\s+two)\s+(?:are|were)"
                   r"(?=\s+(?:the\s+)?[\w-]*\s*(?-i:[A-Z]))", needs_group=True, enumerates=True),
    # "The three who are known are X; Y; and Z", "Among those now in Poland is X"
    _r(E.RELEASED, r"\bthe\s+(?:[\w-]+\s+)?(?:who|whose\s+names)\s+(?:are|were|have\s+been"
                   r"|has\s+been)\s+(?:known|named|identified|made\s+public|public)\s+(?:are|were|is|was)\b",
       needs_group=True, enumerates=True),
    _r(E.RELEASED, r"among\s+those\s+(?:now\s+)?in\s+(?-i:[A-Z])[\w-]+\s+(?:is|are|was|were)\b",
       needs_group=True, enumerates=True),
    # "They include X", "The Belarusians on the buses included X and Y"
    _r(E.RELEASED, r"\b(?:they|those\s+named|the\s+(?:[\w-]+\s+){0,2}?(?:on\s+the\s+(?:bus(?:es)?"
                   r"|planes?|flight|list)|freed|released|named))\s+include[sd]?\b",
       needs_group=True, enumerates=True),
    # "One of them, Maksim Shapaval, is detained again": a member of the batch just told
    _r(E.RELEASED, r"\b(?:one|two|three)\s+of\s+them,(?=\s+(?:the\s+)?[\w-]*\s*(?-i:[A-Z]))",
       needs_group=True, enumerates=True),
    # "Among the seven is X": the batch just counted
    _r(E.RELEASED, rf"among\s+the\s+{_COUNT}\s+(?:(?:freed|released"
                   r"|pardoned|prisoners|people|men|women)\s+)?(?:was|were|are|is)\b",
       needs_group=True, enumerates=True),
    _r(E.RELEASED, r"also\s+(?:on\s+(?:the|that)\s+(?:bus|plane|flight|list)|in\s+the\s+(?:group"
                   r"|convoy))\s+(?:was|were|is|are)", needs_group=True, enumerates=True),
    # "went home yesterday after serving his two years", "went home this month — his term
    # ended"
    _r(E.RELEASED, r"went\s+home(?=[^.;]{0,30}?(?:after\s+serving|having\s+served|(?:his|her|their)"
                   r"\s+(?:term|sentence)\s+(?:ended|was\s+over|had\s+ended)|at\s+the\s+end\s+of\s+"
                   r"(?:his|her|their)\s+(?:term|sentence)))"),
    _r(E.RELEASED, r"one\s+of\s+(?:those|the\s+\w+)\s+(?:freed|released|pardoned)"
                   r"(?:\s+(?:was|is))?",
       enumerates=True),
    # "X was also on the bus", "Among those named is X", "… are among those in Vilnius",
    # "X returned home": members of a batch just told
    _r(E.RELEASED, r"(?:was|were)\s+also\s+on\s+(?:the|that)\s+(?:bus|minibus|plane|flight|list)"
                   r"|(?:returned|went|was\s+allowed\s+to\s+go|were\s+allowed\s+to\s+go)\s+home"
                   # "X was also in the group", "Y was the one who stayed"
                   r"|(?:was|were)\s+also\s+(?:in|part\s+of)\s+(?:the|this|that)\s+(?:group|batch)"
                   r"|was\s+the\s+(?:one|only\s+one)\s+who\s+(?:stayed|went\s+home|remained)",
       needs_group=True),
    # "Now on the Polish side of the border are X and Y" right after a batch
    _r(E.RELEASED, r"on\s+the\s+(?:Polish|Lithuanian|Ukrainian|Latvian)\s+side\s+"
                   r"(?:of\s+the\s+border\s+)?(?:are|is|were|was)", needs_group=True,
       enumerates=True),
    # "The best-known of those freed is X": a member of the batch told before
    _r(E.RELEASED, r"(?:best[-\s]known|most\s+prominent|oldest|youngest|another|one)\s+of\s+"
                   r"(?:those|the)\s+(?:\w+\s+)?(?:freed|released|pardoned)\s+(?:is|was|are|were)",
       needs_group=True, enumerates=True),
    # "Another of the five, retired teacher X, had been serving …": a member of the batch
    _r(E.RELEASED, rf"\b(?:another|one)\s+of\s+the\s+{_COUNT},"
                   r"(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?-i:[A-Z]))",
       needs_group=True, enumerates=True),
    # "X was among those sent home", "chose to remain in Belarus": freed at home
    _r(E.RELEASED, r"(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:those|the\s+\w+)\s+"
                   r"(?:who\s+(?:were\s+|was\s+)?)?"
                   r"(?:sent|allowed\s+to\s+go|went|taken|driven|returned)\s+home"
                   r"|(?:chose|decided|opted|asked)\s+to\s+(?:stay|remain)\s+in\s+Belarus"
                   r"|(?:are|is|were|was)\s+(?:also\s+)?among\s+those\s+(?:now\s+)?in(?=\s+(?-i:[A-Z]))",
       needs_group=True),
    # "One of the three who stayed in Belarus is X"
    _r(E.RELEASED, r"\b(?:one|another)\s+of\s+(?:the\s+[\w-]+|those)\s+(?:who|that)\s+"
                   r"[^.;:,]{3,60}?\s+(?:is|was)(?=\s+(?:the\s+)?[\w-]*\s*(?-i:[A-Z]))",
       needs_group=True, enumerates=True),
    # "X was among the three who stayed in Belarus": one of the batch all the same
    _r(E.RELEASED, r"(?:was|were)\s+among\s+the\s+(?:\w+\s+)?(?:who|that)\b", needs_group=True),
    _r(E.RELEASED, r"among\s+(?:those|the\s+\w+)\s+(?:named|identified|listed)(?:\s+(?:was|were"
                   r"|are|is))?",
       needs_group=True, enumerates=True),
    # "Among those who crossed into Lithuania were X", "including X and Y": members of the
    # batch just stated; they take its kinds
    _r(E.RELEASED, r"among\s+(?:those|the\s+(?:prisoners|people|group|men|women|two|three|four"
                   r"|five|six|seven|eight|nine|ten|\d+))\s+(?:(?:who|whom"
                   r"|that)\s)?[^:;.—]{3,80}?\b(?:were|was|are|is)",
       needs_group=True, enumerates=True),
    _r(E.RELEASED, r"(?:released|freed)" + _NOT_RELEASE_OBJ),
    _r(E.RELEASED, r"walks\s+(?:free|out\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:prison|jail|colony|detention))", present=True),
    # "a court let X out of pre-trial detention", "granted parole to X", "came home … after
    # serving his full five-year sentence"
    _r(E.RELEASED, r"let\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+out\s+of\s+"
                   r"(?:pre-trial\s+)?(?:detention|custody|prison|jail|the\s+colony)"
                   r"|granted\s+(?:early\s+release\s+|parole\s+)(?:on\s+parole\s+)?to"
                   r"|came\s+home\b(?=[^.;]{0,60}?\bafter\s+serving)"),
    _r(E.RELEASED, r"set\s+free|walked\s+free|let\s+out\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:prison|jail|custody|detention\s+(?:centre|center|isolator|facility)|isolator"
                   r"|colony|remand\s+prison|police\s+station)"
                   # "was taken in for questioning and allowed to go home the same evening"
                   r"|(?:was|were)\s+(?:later\s+|then\s+)?allowed\s+to\s+(?:go|return)\s+home"
                   # "was let go an hour later"; not "let go from his job", nor a summons that
                   # ends "let go after three hours of questioning" (no custody to leave)
                   r"|(?:was|were)\s+let\s+go(?!\s+(?:from|by)\s+(?:his|her|their|the)\s+"
                   r"(?:job|employer|work|post|position|company|factory|school|university|team))"
                   r"(?![^.;]{0,40}?\b(?:questioning|questioned|interrogation|a\s+talk|a\s+warning"
                   r"|conversation)\b)"
                   # "completed his sentence on Saturday and went home"
                   r"|(?:completed|finished)\s+(?:his|her|their)\s+(?:own\s+)?(?:sentence|term|jail\s+term)"
                   r"(?=[^.;]{0,40}?\b(?:went|walked|returned|came)\s+(?:home|out|free))"
                   # "held for twelve days before being let out", not "let out of the house"
                   r"|(?:was|were|being)\s+let\s+out(?!\s+of\s+(?!prison|jail|custody|detention))"
                   r"|walked\s+out\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|jail"
                   r"|colony|detention)"
                   # not "left the Rostov pre-trial prison in mid-May" on a convoy: a transfer
                   r"|(?:left(?!\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:pre-trial|remand|transit)\b)"
                   r"|came\s+out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prisons?|jails?"
                   r"|penal\s+colon(?:y|ies)|colon(?:y|ies))"
                   r"|regained\s+(?:his|her|their)\s+freedom|released\s+from\s+custody"
                   # "walked out in August", "both came out this year": out of prison
                   r"|(?:walked|came|got)\s+out(?=\s+(?:in|on|this|early|after|with"
                   r"|at\s+the\s+end)\b)"),
    # "stepped out of the jail", "discharged from the prison hospital", "is free after serving
    # her term", "is back home after 18 months in jail"
    _r(E.RELEASED, r"(?:stepped|emerged)\s+(?:out\s+)?(?:of|from)\s+(?:the\s+|an?\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?"
                   r"(?:prison|jail|colony|detention|gates)"
                   r"|discharged\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prison|jail|colony"
                   r"|custody|detention)"
                   r"|(?:is|was|are|were)\s+(?:now\s+)?(?:free|back\s+home)(?=\s+(?:after|following)"
                   r"\s+(?:serving|(?:[\w-]+\s+){1,3}?(?:in|behind)\s+(?:jail|prison|bars|a\s+colony"
                   r"|the\s+colony|custody)|(?:his|her|their)\s+(?:full\s+)?(?:sentence|term)))"),
    _r(E.RELEASED, r"release", noun=True),
    _r(E.RELEASED, r"(?:served|completed)\s+(?:his|her|their|the)\s+(?:full|entire|whole)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:sentence|term)"),
    _r(E.PARDONED, r"pardon\s+decrees?|(?:decree|decision)\s+(?:on|to)\s+(?:their\s+)?pardon"
                   r"|announced\s+(?:the\s+)?pardon(?:ing)?\s+of|under\s+(?:a|the)\s+(?:presidential\s+)?"
                   r"pardon|releases\s+were\s+(?:formally\s+)?pardons", batch_only=True),
    _r(E.PARDONED, r"pardoned|granted\s+(?:a\s+)?(?:pardon|clemency)|pardon(?:ing)?\s+(?=[A-Z])"
                   r"|pardoning(?=\s+(?:\d|\w+\s+(?:people|prisoners|persons|convicts)"
                   r"|(?:me|him|her|them|us)\b))"
                   r"|(?:signed|issued)\s+(?:a\s+)?pardon(?:\s+decree)?s?\s+for"),
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
    _r(E.SENTENCED, r"(?:gave|given|gives|handed|received|receives|got|gets|ordered)\s+"
                    r"(?:(?:him|her|them|an?|the|(?-i:[A-Z])[\w'’-]+)\s+){0,3}?(?:\d+|[a-z]+(?:-[a-z]+)?)"
                    r"[\s-]+days?\s+(?:of\s+|in\s+)?(?:administrative\s+)?(?:arrest|detention|jail"
                    r"|prison)(?!\s+cell)"),
    _r(E.SENTENCED, r"(?:(?<=,\s)|^)(?:an?\s+(?:[\w-]+\s+){1,3}?)?convicted\s+(?:(?:(?:in\s+\d{4}"
                    r"|last\s+year|this\s+year|earlier\s+this\s+year)\s+)?"
                    r"(?:of|over|for|on|under)\b|in\s+\d{4}(?=[,;.]))"),
    # a term served out: "released in May at the end of his sentence", "served her full term"
    _r(E.SENTENCED, r"(?:end|completion)\s+of\s+(?:(?:his|her|their)\s+"
                    r"|(?:a|the)\s+(?:[\w-]+\s+){0,2}?)"
                    r"(?:sentence|term)"
                    # "who had been given 15 days for a comment"
                    r"|given\s+(?:\d+|[a-z]+)[\s-]days?(?=\s+(?:for|over)\b)"
                    r"|(?:served|completed|serving|completing)\s+(?:his|her|their)\s+(?:full\s+"
                    r"|whole\s+|entire\s+)?(?:sentence|term)"),
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
    _r(E.DETAINED, r"(?<!to\s)(?:detain|arrest)s?(?=\s+(?:him|her|them|(?-i:[A-Z])))",
       present=True),
    _r(E.TRANSFERRED, r"transfers(?=\s+(?:him|her|them|(?-i:[A-Z])))", present=True),
    _r(E.CHARGED, r"charges(?=\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\s+with)"),
    # "Kurtumerov gets 13 years" (a live blog's present), "who had served five years"
    _r(E.SENTENCED, r"(?:sentence|jail\s+term|prison\s+term|term|serving|jailed|imprisoned"
                    r"|received|got|gets|handed(?!\s+over)|gave|went\s+to|(?:had|has|who)\s+served)",
       needs_term=True),
    # "spent three years and three months in prison", "had served four of her six years"
    # "who served two years and walked out of the colony": the term ended in a release
    _r(E.SENTENCED, r"served(?=\s+(?:[\w-]+\s+){1,5}?and\s+(?:then\s+)?(?:walked\s+(?:out|free)"
                    r"|was\s+(?:released|freed)|left\s+(?:the\s+)?(?:prison|colony|jail)))",
       needs_term=True),
    _r(E.SENTENCED, r"(?:spent|served)(?=[^.;]{0,50}?(?:in\s+(?:prison|jail|a\s+colony|the\s+colony"
                    r"|custody|detention)|behind\s+bars|of\s+(?:his|her|their|a)\s+[\w-]+\s+"
                    r"(?:years?|sentence|term)))", needs_term=True),
    # a short arrest told by its length: "was held for twelve days", "spent two nights in
    # the detention centre"
    _r(E.DETAINED, r"(?:was|were)\s+held\s+for\s+(?:[\w-]+\s+){1,2}?(?:days|nights|hours|weeks)"
                   r"(?!\s+in\s+(?:a\s+|the\s+)?(?:punishment|solitary|isolation|disciplinary))"
                   r"|spent\s+(?:[\w-]+\s+){1,2}?(?:days|nights|night)\s+(?:in|at)\s+(?:the\s+|a\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?(?:custody|detention|jail|police\s+(?:station|cell))"),
    _r(E.DETAINED, r"(?:detained|arrested)(?!\s+(?:protesters|people|persons|activists|journalists"
                   r"|prisoners|relatives|men|women|students|workers|demonstrators))"
                   r"|re-arrested|rearrested|imprisoned|jailed"
                   r"|taken\s+into\s+custody|placed\s+in\s+custody|put\s+behind\s+bars"
                   r"|(?:was|were)\s+(?:rounded|picked)\s+up|seized\s+by\s+(?:police|officers|the\s+KGB)"
                   # "were held without any access to a lawyer from Friday"
                   r"|(?:was|were)\s+held(?=\s+without\s+(?:any\s+)?(?:access|contact|charge))"),
    # a list of those detained: "Among those taken were X, Y", "were detained: X and Y"
    # (not "among those taken to Ukraine": a removal abroad)
    _r(E.DETAINED, r"among\s+(?:those|the\s+\w+)\s+(?:taken(?!\s+(?:to|abroad|across|out)\b)"
                   r"|detained"
                   r"|arrested|seized|rounded\s+up)"
                   r"(?:\s+(?:were|was|are|is))?|(?:were|have\s+been)\s+(?:detained|arrested)\s*:",
       enumerates=True),
    # "police picked up X", "took him away", "apprehended", "hauled in" (not "remanded in
    # custody": the court's order after an arrest already told)
    _r(E.DETAINED, r"picked\s+up(?=\s+" + _OBJECT + r"\b)|picked\s+(?:him|her|them)\s+up"
                   r"|took(?=\s+" + _OBJECT + r"\s+(?:away|into\s+custody|to\s+(?:a|the)\s+police"
                   r"\s+station)\b)|(?:was|were)\s+handcuffed"
                   r"|apprehended|(?:was|were|been)\s+hauled\s+in(?!\s+for\s+(?:a\s+)?(?:talk|questioning))"
                   r"|(?:was|were|been)\s+locked\s+up"),
    # a detention told by how it was done: "was seized on June 2", "was bundled into a van",
    # "was led out of his house in handcuffs", "was taken from the same office on Monday"
    _r(E.DETAINED, r"(?:was|were|been|being)\s+(?:forcibly\s+)?(?:seized|abducted|kidnapped"
                   r"|snatched|grabbed)(?!\s+(?:from|by)\s+(?:the\s+)?(?:fear|panic|rage|doubt))"
                   # (not "taken off the bus and driven back" at an exchange)
                   r"|(?:was|were|been|being)\s+(?:also\s+)?(?:forcibly\s+|violently\s+)?(?:bundled"
                   r"|dragged|hauled"
                   r"|shoved|pushed|thrown|whisked|carted)(?=\s+(?:away|into\s+(?:a|an|the|an\s+unmarked)"
                   r"\s+(?:[\w-]+\s+)?(?:car|van|minibus|vehicle|police|paddy)))"
                   # "was taken off a bus by border guards", "were taken away: X and Y", "was
                   # driven away for questioning"
                   r"|(?:was|were|been|being)\s+(?:led|taken|marched|driven)(?=\s+(?:(?:away|off\s+"
                   r"(?:a|the)\s+(?:bus|train|plane|flight|coach|minibus))\s*(?:by\s+(?:[\w-]+\s+)?"
                   r"(?:police|officers|masked|plain|security|men|agents|guards|border)|in\s+handcuffs"
                   r"|for\s+questioning|:)|out\s+of\s+(?:his|her"
                   r"|their|the)\s+[\w-]+\s+in\s+handcuffs|from\s+(?:his|her|their|the)\s+(?:same\s+"
                   r"|own\s+)?(?:home|flat|house|office|workplace|apartment|newsroom)))"
                   # "took him away", "dragged her into a police van"
                   r"|(?:dragged|bundled|hauled|whisked|shoved)(?=\s+(?:him|her|them)"
                   r"\s+(?:away|into\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:car|van|minibus|vehicle)))"),
    # "They came for me on 14 August", "was taken first to the temporary detention centre"
    _r(E.DETAINED, r"came\s+for\s+(?:me|him|her|them|us)\b(?=[^.;]{0,20}?\d)"
                   r"|(?:taken|brought|driven)\s+(?:first\s+)?to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                   r"(?:temporary\s+detention|detention\s+(?:centre|center|facility)|police\s+station"
                   r"|pre-trial\s+detention)"),
    # custody stated as a state since a date: "has been in custody since January"
    # (not "held incommunicado since March", "held in a solitary cell", "died in custody since")
    _r(E.DETAINED, r"(?:has|have|had)\s+been\s+(?:in\s+custody|in\s+(?:jail|prison)|behind\s+bars|"
                   + _HELD + r"|in\s+"
                   r"(?:pre-trial\s+)?detention|jailed)(?=[^.;]{0,60}?\bsince\b)"
                   r"|(?<!died\s)(?:" + _HELD + r"|in\s+custody"
                   r"|(?:held\s+)?in\s+pre-trial\s+detention)\s+[^.;]{0,50}?"
                   r"\bsince\b(?=\s+(?:\d|January|February|March|April|May|June|July|August|September"
                   r"|October|November|December|last|the\s+(?:spring|summer|autumn|winter)))"
                   r"|taken\s+from\s+(?:his|her|their)\s+(?:flat|home|house|workplace|office|apartment)"),
    # the noun last: a longer phrase with "detention" in it claims its span first
    _r(E.DETAINED, r"(?:arrest|detention)", noun=True),
    # a conviction under a named article implies the charge
    _r(E.CHARGED, r"found\s+guilty\s+(?:of\s+[^.;]{3,80}?\s+)?under\s+(?:part\s+\d+\s+of\s+)?"
                  r"Article"),
    _r(E.CHARGED, r"charged\s+(?:[\w'’-]+\s+){0,3}?(?:with|under)|accused\s+of|indicted"
                  r"|(?:opened|launched|initiated|brought)\s+(?:a\s+)?(?:new\s+)?criminal\s+(?:case"
                  r"|proceedings)(?:\s+in\s+absentia)?\s+against|criminal\s+(?:case|proceedings)"
                  r"\s+(?:had\s+been|has\s+been|was|were)\s+(?:opened|launched|brought)\s+against"
                  r"|(?:faces|facing)\s+(?:criminal\s+)?charges"
                  r"|(?:was|were|been|is|are)\s+(?:\w+ly\s+)?charged|criminal\s+case\s+(?:was\s+|has\s+been\s+)?opened"),
    # "brought charges of terrorism against X", "named a suspect", "drew up an administrative
    # report against X" (not "prosecutors accused him of …" at a trial: the charge is older)
    _r(E.CHARGED, r"brought\s+(?:[\w-]+\s+)?charges?\s+(?:of\s+[^.;]{3,60}?\s+)?against"
                  r"|(?:named|declared)\s+(?:as\s+)?a\s+suspect\s+in"
                  r"|(?:drew\s+up|filed|issued)\s+(?:an?\s+)?(?:administrative\s+)?(?:report|protocol)"
                  r"\s+against"),
    _r(E.TRANSFERRED, r"transferred(?!\s+(?:(?:the|an?|some|over|about|nearly|almost)\s+)?"
                      r"(?:equivalent|money|funds?|sums?|amount|donations?|payments?|property"
                      r"|shares|rights|ownership|[\d$€£]))"
                      r"|moved\s+to\s+" + _FACILITY_EN
                      + r"|moved\s+(?:(?:at|in|on)\s+(?:the\s+)?(?:end|start|beginning|middle)"
                        r"\s+of\s+\w+\s+|(?:in|on|last)\s+\w+\s+|on\s+\d{1,2}\s+\w+\s+"
                        r"|on\s+\w+\s+\d{1,2}\s+)?from\s+" + _FACILITY_EN
                      + r"(?:\s+[\w№.'’-]+){0,4}?\s+to"
                      + r"|(?:taken|sent|transported)\s+(?:under\s+(?:escort|guard)\s+)?to\s+"
                      + _FACILITY_EN
                      # "they moved me from Navapolatsk to Vitsba", "brought me here from"
                      + r"|moved\s+(?:me|him|her|them|us)\s+(?:from|to)\b(?!\s+house\s+arrest)"
                      + r"|brought\s+(?:me|him|her|them|us)\s+(?:here|there)\b"
                      + r"|taken\s+by\s+prison\s+(?:train|wagon|van|bus)\s+to\b"
                      # "was taken on Monday from the colony in Navapolatsk to prison No. 8",
                      # "was put on a prison train", "was moved on Tuesday from SIZO-1 to"
                      + r"|(?:taken|moved|transferred|sent|transported|driven)\s+"
                        r"(?:[\w,-]+\s+){0,3}?from\s+" + _FACILITY_EN
                      + r"(?=[^.;]{0,50}?\bto\s+(?!(?:the\s+)?[\w-]+\s+(?:border|airport))"
                      + _FACILITY_EN + r")"
                      + r"|put\s+on\s+(?:a|the)\s+prison\s+(?:train|wagon|van|convoy)"
                      # "moved again, this time to prison No. 8", "sent to serve his term in"
                      + r"|moved\s+again,?\s+(?:this\s+time\s+)?to\s+" + _FACILITY_EN
                      + r"|sent\s+to\s+serve\s+(?:his|her|their)\s+(?:term|sentence)\s+(?:in|at)\b"
                      # "the colony in Karelia, where I had been moved in 2024"
                      + r"|where\s+\w+\s+(?:had|has|have)?\s*(?:been|was|were)\s+"
                        r"(?:moved|sent|taken|brought)\b"
                      # "I left colony No. 15 and ended up in Navapolatsk, in colony No. 1"
                        r"|left\s+(?:[\w'’-]+\s+){0,2}?(?:colony|prison|jail)\b(?=[^;]{0,40}?\band\s+"
                        r"(?:ended\s+up|arrived)\s+(?:in|at)\b)"),
    # "relocated to prison No. 4", "prison officials shifted X to a stricter colony"
    _r(E.TRANSFERRED, r"relocated\s+to\s+" + _FACILITY_EN
                      + r"|shifted(?=\s+" + _OBJECT + r"\s+to\s+" + _FACILITY_EN + r")"),
    _r(E.DEPORTED, r"deported|expelled\s+(?:from\s+(?:Belarus|Russia|the\s+country)|abroad)"
                   r"|forcibly\s+(?:removed|taken|sent)|forced\s+(?:to\s+leave|"
                   r"into\s+exile|out\s+of\s+the\s+country)"
                   # "exiled media", "an exiled outlet" describe a newsroom, not a removal
                   r"|(?<!an\s)(?<!the\s)(?<!other\s)exiled(?!\s+(?:media|outlets?|news|journalists?"
                   r"|opposition|leaders?|politicians?|channels?|tv|television|sites?|press"
                   r"|community|diaspora|editorial|newsrooms?|activists?|belarusians?|russians?"
                   r"|bloggers?|writers?|poets?|artists?|musicians?|figures?|critics?|lawyers?)\b)"),
    # "Also taken to Vilnius were X and Y": the people listed after the place
    _r(E.DEPORTED, r"also\s+(?:taken|driven|brought|flown|sent|handed\s+over|bused)\s+(?:in)?to\s+"
                   r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:was|were|are|is)",
       needs_country=True, enumerates=True),
    # "has crossed into Lithuania", "crossed the border into Poland"
    _r(E.DEPORTED, r"crossed\s+(?:the\s+border\s+)?into", needs_country=True, needs_group=True),
    # "officers drove him straight to the Lithuanian border"
    _r(E.DEPORTED, r"(?:drove|took|flew|escorted|brought|transported|bused|put)\s+(?:him|her|them)"
                   r"\s+(?:(?:straight|directly|on\s+a\s+(?:bus|plane|flight))\s+)?to",
       needs_country=True),
    _r(E.DEPORTED, r"handed\s+over\s+at(?=\s+(?:the\s+)?(?-i:[A-Z])[\w-]+\s+(?:border\s+)?"
                   r"(?:crossing|checkpoint|border))", needs_country=True),
    # "handed all three over to Lithuanian officials", "left at the Lithuanian border"
    # "boarded a German government plane to Berlin" (not a flight they chose)
    _r(E.DEPORTED, r"boarded\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:government|military|special"
                   r"|chartered|state)\s+(?:plane|aircraft|flight)\s+to",
       needs_country=True),
    _r(E.DEPORTED, r"handed\s+(?:all\s+\w+|both|the\s+\w+|them\s+all)\s+over\s+to"
                   r"|(?:left|dropped|dumped|abandoned|released)\s+at\s+the(?=\s+[\w-]+\s+border)",
       needs_country=True),
    _r(E.DEPORTED, r"(?:taken|brought|transported|driven|flown|sent|escorted|handed\s+over|"
                   r"expelled|bused|moved|handed\s+(?:him|her|them)(?:\s+over)?|put\s+on\s+a\s+"
                   r"(?:flight|plane|bus))\s+(?:across\s+the\s+border\s+|(?:straight|directly)\s+"
                   r"from\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
                   # "driven in a prison van to", "taken under escort to"
                   r"|(?:in|on|by|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:van|bus|car"
                   r"|vehicle|minibus|convoy|escort|plane|flight|guard)\s+)?(?:in)?to",
       needs_country=True),
    _r(E.INCOMMUNICADO, r"incommunicado|deprived\s+of\s+(?:any\s+)?(?:communication|contact|"
                        r"correspondence|letters|visits)|cut\s+off\s+from\s+(?:his|her|their)?\s*"
                        r"(?:family|lawyer|relatives|the\s+outside)"),
    _r(E.INCOMMUNICADO, r"(?:no|without)\s+(?:any\s+)?(?:contact|communication|news|word|access)"
                        r"\s+(?:with|from|to|of|about)(?:\s+(?:him|her|them|(?:his|her|their|the)"
                        r"\s+(?:family|lawyers?|relatives)|relatives|family))?"
                        r"|(?:no|without)\s+(?:any\s+)?(?:letters|visits|phone\s+calls|calls)\b",
       inherent_negation=True),
    _r(E.INCOMMUNICADO, r"nothing\s+(?:has|had)\s+been\s+heard\s+from|(?:has|have|had)\s+not\s+"
                        r"(?:been\s+able\s+to\s+(?:contact|speak\s+to|see|reach|visit)|heard\s+from)"
                        r"|(?:lawyer|lawyers|attorney|relatives|family)\s+(?:was|were|has\s+been|have"
                        r"\s+been|had\s+been)\s+not\s+(?:been\s+)?(?:admitted|allowed|let\s+in)"
                        r"|(?:lawyer|lawyers|attorney|relatives|family)\s+(?:has|have|had)\s+not\s+been"
                        r"\s+(?:admitted|allowed|let\s+in)|received\s+no\s+(?:letters|news|word)"
                        r"|letters\s+(?:\w+\s+){0,4}?(?:are|were)\s+returned"
                        r"|(?:not|never)\s+received\s+(?:a\s+single\s+|any\s+)?(?:letters?|word|news"
                        r"|calls?)|(?:lawyer|lawyers|attorney|family|relatives)\s+(?:\w+\s+){0,3}?"
                        r"(?:refused|denied)\s+(?:access|visits?|a\s+visit)|not\s+(?:been\s+)?admitted"
                        r"\s+to\s+(?:him|her|them)|did\s+not\s+know\s+where\s+(?:he|she|they)\s+(?:was"
                        r"|were|is|are)|whereabouts\s+(?:\w+\s+){0,2}?unknown"
                        # "have not had a single letter or call from him", "since anyone outside
                        # the prison has heard from X", "for five weeks nobody knew where he was"
                        r"|not\s+had\s+(?:a\s+single|any|one)\s+(?:letter|call|phone\s+call|word"
                        r"|message|visit)s?(?:\s+or\s+(?:a\s+)?(?:letter|call|phone\s+call|visit)s?)?"
                        r"|(?:since|without)\s+any(?:one|body)\s+(?:[\w-]+\s+){0,4}?(?:has|had|have)\s+"
                        r"heard\s+from|(?:nobody|no\s+one|no-one)\s+(?:has|had)\s+heard\s+from"
                        r"|(?:has|have|had)\s+not\s+been\s+heard\s+from"
                        r"|(?:nobody|no\s+one|no-one)\s+knew\s+where(?=\s+(?:he|she|they)\s+(?:was|were))"
                        r"|not\s+(?:been\s+)?allowed\s+to\s+(?:visit|meet)\s+(?:him|her|them)\b"
                        r"|(?:nobody|no\s+one)\s+would\s+tell\s+(?:us|them|the\s+family|relatives)"
                        r"\s+where(?=\s+(?:he|she|they)\s+(?:was|were))",
       inherent_negation=True),
    # "nobody has seen him since", "his whereabouts remain unknown"
    _r(E.INCOMMUNICADO, r"(?:nobody|no\s+one)\s+(?:has|had|have)\s+(?:seen|heard\s+from)"
                        r"|whereabouts(?=[^.;]{0,60}?\b(?:unknown|not\s+known|undisclosed))",
       inherent_negation=True),
    _r(E.INCOMMUNICADO, r"(?:barred|banned|prevented)\s+from\s+(?:visiting|seeing|contacting)"
                        r"|denied\s+(?:all\s+)?(?:visits|access\s+to\s+(?:a\s+|his\s+|her\s+)?"
                        r"lawyers?)"),
    # "moved to a punishment cell": a placement, not a transfer (the transfer is dropped)
    _r(E.SOLITARY_CONFINEMENT, r"(?:placed|put|sent|moved|transferred|taken|thrown)\s+(?:back\s+)?"
                               r"(?:in|into|to)\s+(?:a\s+|the\s+)?(?:punishment|isolation|solitary)"
                               r"\s+cell|(?:placed|put|sent|moved|transferred)\s+(?:back\s+)?(?:in|into|to)"
                               r"\s+(?:the\s+)?(?:SHIZO|PKT|solitary\s+confinement|cell-type\s+premises)"),
    # "the punishment isolation ward", "kept in isolation", "held alone in a cell"
    _r(E.SOLITARY_CONFINEMENT, r"punishment\s+(?:isolation\s+)?(?:ward|block|unit)"
                               r"|(?:kept|held|placed|put)\s+(?:alone\s+)?in\s+(?:strict\s+)?isolation"
                               r"|(?:kept|held|placed|put)\s+alone\s+in\s+(?:a|the|his|her)\s+cell"
                               r"|(?:moved|placed|put|transferred)\s+(?:to|in|into)\s+a\s+single\s+cell"),
    _r(E.SOLITARY_CONFINEMENT, r"solitary(?:\s+confinement)?|punishment\s+cell|isolation\s+cell"
                               r"|shizo|pkt|cell-type\s+(?:premises|room)"),
    _r(E.DIED_IN_CUSTODY, r"died\s+(?:(?:on|last|this|early|late)\s+(?:\d{1,2}\s+)?\w+"
                          r"(?:,?\s+\d{1,2}(?:\s+[A-Z][a-z]+)?)?(?:,?\s+\d{4})?,?\s+"
                          r"(?:morning\s+|night\s+"
                          r"|evening\s+)?|overnight\s+|suddenly\s+)?(?:in|at|behind|while\s+in)\s+"
                          r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
                          # "in the medical unit of colony No. 3"
                          r"(?:(?:unit|wing|ward|hospital|infirmary|block)\s+of\s+(?:the\s+|a\s+)?"
                          r"(?:[A-Z][\w-]+\s+)?)?"
                          r"(?:custody|prison|jail|colony|detention|bars|hospital\s+of\s+the\s+colony"
                          r"|cell)|died\s+while\s+(?:serving|imprisoned|detained|in\s+custody)"
                          r"|death\s+in\s+(?:custody|prison|the\s+colony)|found\s+dead\s+in\s+"
                          r"(?:his|her)\s+cell"),
    # "passed away in the prison hospital", "lost his life in the detention centre", "the death
    # of X in prison"
    _r(E.DIED_IN_CUSTODY, r"(?:passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves))\s+"
                          r"(?:in|at|behind)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:custody|prison|jail|colony"
                          r"|detention|bars|cell)"
                          r"|death\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+in\s+"
                          r"(?:custody|prison|jail|(?:the|a)\s+(?:[\w-]+\s+)?colony)"),
    # a rights group's list told in other verbs: "has listed all three as political
    # prisoners", "describes both as political prisoners", "Among those added is X"
    _r(E.RECOGNIZED, r"(?:listed|lists|described|describes|considers|regards)\s+"
                     r"(?:[\w'’-]+\s+){0,4}?"
                     r"as\s+(?:a\s+)?(?:political\s+prisoners?|prisoners?\s+of\s+conscience)",
       enumerates=True),
    _r(E.RECOGNIZED, r"among\s+(?:those|the\s+(?:\w+\s+)?(?:names|people))\s+(?:newly\s+)?added"
                     r"(?:\s+(?:to\s+the\s+list\s+)?(?:is|are|was|were))?", enumerates=True),
    _r(E.RECOGNIZED, r"also\s+added\s+(?:was|were|is|are)", needs_group=True),
    # "was granted political prisoner status", "is now officially a political prisoner"
    _r(E.RECOGNIZED, r"(?:granted|given|received|got)\s+(?:the\s+)?(?:status\s+of\s+(?:a\s+)?"
                     r"political\s+prisoner|political[-\s]prisoner\s+status)"
                     r"|(?:is|was)\s+now\s+(?:officially\s+)?a\s+political\s+prisoner"),
    _r(E.RECOGNIZED, r"(?:recogni[sz](?:ed|es)|(?:\b(?:we|they|organi[sz]ations|groups|defenders"
                     r"|centres|centers|ngos|signatories)\s*,?\s+(?:today\s+|hereby\s+|also\s+"
                     r"|jointly\s+)?)recogni[sz]e|declared|declares|named|adopted)\s+"
                     r"(?:[\w'’-]+\s+){0,7}?(?:as\s+)?"
                     r"(?:a\s+)?(?:political\s+prisoners?|prisoners?\s+of\s+conscience)",
       enumerates=True),
    # the recognition a withdrawal recalls: "X, listed since 2022", "on its list since 2021";
    # "had added Lobanov to its list in May"
    _r(E.RECOGNIZED, r"(?:listed|on\s+(?:its|their|the\s+group['’]s)\s+list)\s+since"
                     r"(?=\s+(?:\w+\s+)?\d{4})|added\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:its|their)\s+list(?!\s+of\s+(?!political))"),
    # "has included both journalists on its list of political prisoners"
    _r(E.RECOGNIZED, r"(?:included|added|put|placed)\s+(?:[\w'’-]+\s+){0,4}?(?:on|to|in)\s+"
                     r"(?:its|their|the|his|her)\s+list\s+of\s+political\s+prisoners"),
    # "The group recognised Kavaliou in May 2024": a rights group's recognition, no complement
    _r(E.RECOGNIZED, r"(?:(?<=group\s)|(?<=centre\s)|(?<=center\s)|(?<=project\s)|(?<=Viasna\s)"
                     r"|(?<=Memorial\s))recogni[sz]ed(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
                     r"(?:in|on|last|as|after|back)\b)"),
    # the name and its apposition between verb and complement: "recognised X, a teacher, as a"
    _r(E.RECOGNIZED, r"recogni[sz]ed\s+(?=[A-Z])[^.;:?!]{3,120}?\s+as\s+(?:a\s+)?political"
                     r"\s+prisoners?"),
    _r(E.RECOGNIZED, r"among\s+(?:the\s+)?(?:new(?:ly\s+recogni[sz]ed)?)\s+political\s+prisoners"
                     r"(?:\s+(?:are|were|is|was))?", enumerates=True),
    # "Among the new names on Kola's list are X", "Among those newly recognised by the group
    # are X and Y"
    _r(E.RECOGNIZED, r"among\s+(?:the\s+)?new\s+names\s+on\s+(?:[\w'’-]+\s+){1,3}?list"
                     r"(?:\s+(?:are|were|is|was))?|among\s+(?:those|the\s+\w+)\s+(?:newly\s+)?recogni[sz]ed"
                     r"(?:\s+by\s+(?:[\w'’-]+\s+){1,3}?)?(?:\s*(?:are|were|is|was))?",
       enumerates=True),
    # "Pashkevich and Harbachou are among the 58 people recognised in May"
    _r(E.RECOGNIZED, r"(?:is|are|was|were)\s+among\s+(?:the\s+)?(?:\d+|[a-z-]+)\s+(?:new\s+)?"
                     r"(?:people|persons|names|prisoners)\s+(?:newly\s+)?recogni[sz]ed"),
    # list headers: "The newly recognised are: X; Y", "Those recognised include X"
    _r(E.RECOGNIZED, r"(?:newly|also)\s+recogni[sz]ed\s+(?:are|were|include|included)"
                     r"|(?:those|people)\s+recogni[sz]ed\s+(?:are|were|include|included)",
       enumerates=True),
    # "X, a former deputy, was also recognised" after a recognised batch
    _r(E.RECOGNIZED, r"(?:was|were|has\s+been|have\s+been)\s+also\s+recogni[sz]ed|also\s+"
                     r"recogni[sz]ed\s+(?:was|were)", needs_group=True),
    # the earlier recognition of someone now struck off: "Zhuk, who had been recognised in 2023"
    _r(E.RECOGNIZED, r"(?:who(?:m\s+(?:it|they|the\s+\w+))?\s+(?:had\s+)?|(?:had|has)\s+)"
                     r"(?:been\s+)?recogni[sz]ed(?:\s+as\s+a\s+political\s+prisoner)?\s+in\s+(?:(?:\w+\s+)?\d{4}"
                     r"|January|February|March|April|May|June|July|August|September|October"
                     r"|November|December)"),
    _r(E.RECOGNITION_WITHDRAWN, r"(?:no\s+longer|ceased\s+to\s+be)\s+(?:considered|recogni[sz]ed|"
                                r"regarded)\s+(?:as\s+)?(?:a\s+)?political\s+prisoner|removed\s+from"
                                r"\s+the\s+list\s+of\s+political\s+prisoners|political[-\s]prisoner"
                                r"\s+status\s+(?:was\s+|has\s+been\s+)?(?:withdrawn|revoked)"
                                r"|stripped\s+of\s+(?:the\s+|his\s+|her\s+)?political[-\s]prisoner"
                                r"\s+status|withdr(?:ew|awn|awing|aw)\s+(?:its\s+|the\s+|their\s+)?"
                                r"(?:recognition\s+of|political[-\s]prisoner\s+status\s+from"
                                r"|political[-\s]prisoner\s+status\s+(?:it|they)\s+had\s+(?:earlier\s+"
                                r"|previously\s+)?(?:granted|given)\s+to)"
                                r"|removed\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:its|the"
                                r"|their)\s+(?:[\w-]+\s+)?list", inherent_negation=True),
    # a plain verb: "did not withdraw the status of X" is a negation like any other
    _r(E.RECOGNITION_WITHDRAWN, r"withdr(?:ew|awn|aw|awing)\s+(?:its\s+|the\s+|their\s+)?"
                                r"recognition\s+from", enumerates=True),
    _r(E.RECOGNITION_WITHDRAWN, r"(?:withdr(?:ew|awn|aw|awing)|revok\w+|strip\w*|rescind\w*"
                                r"|cancel\w*)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:political[-\s]"
                                r"prisoner\s+)?status(?:\s+of\s+(?:a\s+)?political\s+prisoner)?"
                                r"(?:\s+(?:of|from))?"),
    _r(E.PERSECUTED_AFTER_RELEASE, r"in\s+absentia|since\s+(?:his|her)\s+release"),
    # "decided to stop considering X a political prisoner", "no longer recognises X as",
    # "ended its recognition of X", "ended X's status as a political prisoner"
    _r(E.RECOGNITION_WITHDRAWN, r"(?:stop(?:ped)?|ceas(?:e|ed|es))\s+considering"
                                r"|no\s+longer\s+(?:recogni[sz]es?|considers?|regards?)"
                                r"|end(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+|our\s+)?(?:recognition"
                                r"\s+of|political[-\s]prisoner\s+status\s+of)"
                                r"|withdr(?:ew|awn)\s+(?:that|the|its|his|her|their)\s+recognition"
                                r"|(?:ended|withdrew|revoked)(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])"
                                r"[\w'’-]+)?['’]s?\s+(?:political[-\s]prisoner\s+)?status)",
       inherent_negation=True),
]
