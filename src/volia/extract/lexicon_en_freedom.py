"""English triggers for the way out and what comes after: release, pardon, removal abroad,
recognition as a political prisoner and its withdrawal, persecution after release.

Within one event type the first rule to match a span claims it, so rules keep their order."""

from __future__ import annotations

from volia.domain.model import EventType as E
from volia.extract.rules import Rule
from volia.extract.rules import rule as _r

# "released from further serving his sentence on health grounds": the prison service's words
# for a dying man, not a release
_NOT_RELEASE_OBJ = (r"(?!\s+from\s+(?:further\s+)?serving)"
                    # "released a brief statement", "released the updated list"
                    r"(?!\s+(?:(?:a|an|the|its|his|her|their|new|this|that)\s+)?"
                    r"(?:(?!(?:after|before|for|with|on|in|from|at|by|when|upon)\b)[\w-]+\s+){0,2}?"
                    r"(?:statement|video|"
                    r"report|footage|list|photos?|names|details|figures|data|book|album|"
                    r"letter|appeal|documents?|information|recording)s?\b)")
# A count of people in digits or words: "the seven", "the 31", "the twenty-six"
_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
          r"|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)")

RULES: list[Rule] = [
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
    # "X … was one of the fourteen", "Another is X" (after "Among them is Y"): the batch again
    _r(E.RELEASED, rf"(?:was|is)\s+(?:also\s+)?one\s+of\s+the\s+{_COUNT}(?=\s*[.;,]|\s+(?:freed"
                   r"|released|pardoned|who\s+(?:were|was)\s+(?:freed|released|pardoned)))"
                   # (after a transcript's speaker label too: "FOLEY: Another is X")
                   r"|^\W*(?:(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}):\s+)?"
                   r"(?:another|a\s+second|a\s+third|one\s+more|first|second|third|one)\s+(?:is|was)"
                   r"(?=\s+(?-i:[A-Z]))",
       needs_group=True, enumerates=True),
    # "returned to Ukraine as one of 84 civilians handed over by Russia": one of a counted batch
    # (no negation, modal or expectation in between: "one of 30 still not released")
    _r(E.RELEASED, rf"\b(?:as|was|is)\s+one\s+of\s+(?:the\s+)?{_COUNT}\s+"
                   r"(?:(?!(?:not|never|yet|still|expected|due|set|hoped|hope|to|awaiting|be)\b)"
                   r"[\w-]+\s+){0,4}?"
                   r"(?:freed|released|handed\s+over|exchanged|pardoned|set\s+free|swapped)\b"),
    # "45 people had come back in Thursday's swap", "returned home in an exchange"
    _r(E.RELEASED, r"(?:come|came|returned|got)\s+(?:back|home|to\s+Ukraine)\s+"
                   r"(?:(?:on|last)\s+\w+\s+)?(?:in|as\s+part\s+of|under|through)\s+"
                   r"(?:[\w'’-]+\s+){0,2}?(?:swap|exchange|prisoner\s+exchange)\b"),
    # "was among 26 political prisoners bussed from Belarusian prisons to the border"
    _r(E.RELEASED, rf"\bamong\s+(?:the\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:bussed|driven)\s+"
                   r"(?:out\s+)?(?:from\s+[^.;]{0,40}?)?to\s+the\s+(?:[\w-]+\s+)?"
                   r"(?:border|checkpoint)\b"),
    # "spoke to Aliaksei Marozau, one of the five, and …": an apposition naming a member
    _r(E.RELEASED, rf"(?<=,\s)one\s+of\s+the\s+{_COUNT}(?=\s*[,;.)])", needs_group=True),
    # "X was among the three who stayed in Belarus": one of the batch all the same
    _r(E.RELEASED, r"(?:was|were)\s+among\s+the\s+(?:\w+\s+)?(?:who|that)\b", needs_group=True),
    _r(E.RELEASED, r"among\s+(?:those|the\s+\w+)\s+(?:named|identified|listed|(?:(?:we|who|that)\s+"
                   r"(?:can|could|may|are\s+able\s+to)\s+(?:now\s+)?(?:be\s+)?name[ds]?))(?:\s+(?:was|were"
                   r"|are|is))?",
       needs_group=True, enumerates=True),
    # "Among those who crossed into Lithuania were X", "including X and Y": members of the
    # batch just stated; they take its kinds
    _r(E.RELEASED, r"among\s+(?:those|the\s+(?:prisoners|people|group|men|women|two|three|four"
                   r"|five|six|seven|eight|nine|ten|\d+))\s+(?:(?:who|whom"
                   r"|that)\s)?[^:;.—]{3,80}?\b(?:were|was|are|is)",
       needs_group=True, enumerates=True),
    # not "a released inmate told them", "another freed prisoner": someone else, a witness
    _r(E.RELEASED, r"(?<!\ba\s)(?<!\ban\s)(?<!another\s)(?<!fellow\s)(?:released|freed)"
                   + _NOT_RELEASE_OBJ),
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
                   r"|walked\s+out\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:prisons?|jails?"
                   r"|colony|colonies|detention|(?:(?<=in\s)|(?<=at\s)|(?<=of\s)|(?<=the\s))(?-i:IK|PK|SIZO|IVS)(?:[-\s]?\d+)?\b)"
                   # not "left the Rostov pre-trial prison in mid-May" on a convoy: a transfer
                   r"|(?:left(?!\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:pre-trial|remand|transit)\b)"
                   r"|came\s+out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:prisons?|jails?"
                   r"|penal\s+colon(?:y|ies)|colon(?:y|ies)|(?:(?<=of\s)|(?<=the\s)|(?<=left\s)|(?<=out\s))(?-i:IK|PK|SIZO)(?:[-\s]?\d+)?\b)"
                   r"|regained\s+(?:his|her|their)\s+freedom|released\s+from\s+custody"
                   # "walked out in August", "both came out this year": out of prison (not "the
                   # troupe walked out in August 2020": a strike)
                   r"|(?<!troupe\s)(?<!staff\s)(?<!workers\s)(?<!employees\s)(?<!students\s)"
                   r"(?<!actors\s)(?<!team\s)(?<!cast\s)(?<!company\s)(?<!orchestra\s)(?<!players\s)"
                   r"(?<!teachers\s)(?<!doctors\s)(?<!journalists\s)"
                   r"(?:walked|came|got)\s+out(?=\s+(?:in|on|this|early|after|with"
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
    # "a pardon decree of 26 August named him"
    _r(E.PARDONED, r"pardon\s+decree\s+(?:[\w,]+\s+){0,4}?named"
                   r"(?=\s+(?:him|her|them|(?-i:[A-Z])))"),
    _r(E.PARDONED, r"pardon\s+decrees?|(?:decree|decision)\s+(?:on|to)\s+(?:their\s+)?pardon"
                   r"|announced\s+(?:the\s+)?pardon(?:ing)?\s+of|under\s+(?:a|the)\s+(?:presidential\s+)?"
                   r"pardon|releases\s+were\s+(?:formally\s+)?pardons", batch_only=True),
    _r(E.PARDONED, r"pardoned|granted\s+(?:a\s+)?(?:pardon|clemency)|pardon(?:ing)?\s+(?=[A-Z])"
                   r"|pardoning(?=\s+(?:\d|\w+\s+(?:people|prisoners|persons|convicts)"
                   r"|(?:me|him|her|them|us)\b))"
                   r"|(?:signed|issued)\s+(?:a\s+)?pardon(?:\s+decree)?s?\s+for"),
    _r(E.DEPORTED, r"deported|expelled\s+(?:from\s+(?:Belarus|Russia|the\s+country)|abroad)"
                   r"|forcibly\s+(?:removed|taken|sent)|forced\s+(?:to\s+leave|"
                   r"into\s+exile|out\s+of\s+the\s+country)"
                   # "exiled media", "an exiled outlet" describe a newsroom, not a removal
                   r"|(?<!an\s)(?<!the\s)(?<!other\s)exiled(?!\s+(?:(?:former|ex-|veteran|prominent"
                   r"|belarusian|russian)\s*)?(?:media|outlets?|news|journalists?"
                   r"|opposition|leaders?|politicians?|channels?|tv|television|sites?|press"
                   r"|community|diaspora|editorial|newsrooms?|activists?|belarusians?|russians?"
                   r"|bloggers?|writers?|poets?|artists?|musicians?|figures?|critics?|lawyers?"
                   r"|dissidents?|editors?|defenders?|advocates?|scholars?|teachers?)\b)"),
    # "Also taken to Vilnius were X and Y": the people listed after the place
    _r(E.DEPORTED, r"also\s+(?:taken|driven|brought|flown|sent|handed\s+over|bused)\s+(?:in)?to\s+"
                   r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:was|were|are|is)",
       needs_country=True, enumerates=True),
    # "Sixty-two civilians held in Russia crossed back into Ukraine": a counted batch handed over
    # (held in custody, told in the phrase: not "300 citizens crossed into Lithuania seeking
    # asylum", nor "prisoners" with nothing held about them)
    _r(E.DEPORTED, r"(?:prisoners|civilians|people|detainees|captives|citizens|nationals)\s+"
                   r"(?:held|jailed|imprisoned|detained)\s+(?:in|by)\s+(?-i:[A-Z])[\w-]+\s+"
                   r"crossed\s+(?:back\s+)?(?:the\s+border\s+)?(?:back\s+)?into",
       needs_country=True),
    # "has crossed into Lithuania", "crossed the border into Poland"
    _r(E.DEPORTED, r"crossed\s+(?:the\s+border\s+)?into", needs_country=True, needs_group=True),
    # "X, a teacher from Melitopol, was among them.": a member of the batch just told
    _r(E.RELEASED, r"(?:was|were)\s+(?:also\s+)?among\s+them(?=\s*[.;])", needs_group=True),
    # "Both flew on to Germany" right after an exchange: the flight out was not their choice
    _r(E.DEPORTED, r"(?:flew|travell?ed|continued|went)\s+on\s+to|(?:then|later)\s+flew\s+to",
       needs_country=True, needs_group=True),
    # "X … was handed to the Polish border guards at the Terespol crossing"
    _r(E.DEPORTED, r"(?<=was\s|ere\s)handed\s+to(?=\s+(?:the\s+)?(?:Polish|Lithuanian|Latvian"
                   r"|Ukrainian|Estonian|German)\s+(?:border\s+guards|officials|authorities|side"
                   r"|diplomats))", needs_country=True),
    # "officers drove him straight to the Lithuanian border"
    # "put them on a bus across the Brest–Terespol crossing into Poland"
    _r(E.DEPORTED, r"(?:drove|took|flew|escorted|brought|transported|bused|put)\s+"
                   r"(?:me|us|him|her|them)"
                   r"\s+(?:(?:straight|directly|on\s+a\s+(?:bus|plane|flight))\s+)?"
                   r"(?:across\s+(?:the\s+)?(?:[\w–-]+\s+){0,3}?(?:crossing|checkpoint|border|bridge)"
                   r"\s+in)?to",
       needs_country=True),
    # "handed over at the Kamenny Log crossing", "driven to the Lithuanian border and handed
    # over at Medininkai."
    _r(E.DEPORTED, r"handed\s+over\s+at(?=\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?:border\s+)?"
                   r"(?:crossing|checkpoint|border)|\s*[.;]))", needs_country=True),
    # "handed all three over to Lithuanian officials", "left at the Lithuanian border"
    # "boarded a German government plane to Berlin" (not a flight they chose)
    _r(E.DEPORTED, r"boarded\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:government|military|special"
                   r"|chartered|state)\s+(?:plane|aircraft|flight)\s+to",
       needs_country=True),
    _r(E.DEPORTED, r"handed\s+(?:all\s+\w+|both|the\s+\w+|them\s+all)\s+over\s+to"
                   r"|(?:left|dropped|dumped|abandoned|released)\s+at\s+the(?=\s+[\w-]+\s+border)",
       needs_country=True),
    _r(E.DEPORTED, r"(?:taken|brought|transported|driven|flown|sent|escorted|handed\s+over|"
                   r"expelled|bused|moved|handed\s+(?:me|us|him|her|them)(?:\s+over)?|put\s+on\s+a\s+"
                   r"(?:flight|plane|bus))\s+(?:overnight\s+)?(?:across\s+the\s+border\s+"
                   r"|(?:(?:straight|directly)\s+)?"
                   r"from\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?|(?:straight|directly)\s+"
                   # "driven in a prison van to", "taken under escort to"
                   r"|(?:in|on|by|under)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:van|bus|car"
                   r"|vehicle|minibus|convoy|escort|plane|flight|guard)\s+"
                   # "driven through the Novaya Huta crossing into Ukraine"
                   r"|through\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:crossing|checkpoint|border)\s+)?"
                   r"(?:in)?to",
       needs_country=True),
    # "A plane carrying nine people freed from Russian prisons landed in Ankara"
    _r(E.DEPORTED, r"(?:plane|aircraft|flight|jet)\s+(?:carrying|with)\s+[^.;:]{3,100}?\b(?:freed"
                   r"|released|exchanged|pardoned)\b[^.;:]{0,60}?\s+(?:landed|touched\s+down)\s+in",
       needs_country=True),
    # a rights group's list told in other verbs: "has listed all three as political
    # prisoners", "describes both as political prisoners", "Among those added is X"
    _r(E.RECOGNIZED, r"(?:listed|lists|described|describes|considers|regards|(?:has|have|had)\s+"
                     r"(?:long\s+)?(?:regarded|considered))\s+"
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
                     r"(?=\s+(?:\w+\s+)?\d{4})|added\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:its|their)\s+list(?!\s+of\s+(?!political))"
                     # "was added to Viasna's list in January 2022"
                     r"|added\s+to\s+(?:Viasna|Memorial|OVD-Info|[\w-]+\s+Centre)['’]s\s+list"
                     r"(?!\s+of\s+(?!political))"),
    # "has included both journalists on its list of political prisoners"
    _r(E.RECOGNIZED, r"(?:included|added|put|placed)\s+(?:[\w'’-]+\s+){0,4}?(?:on|to|in)\s+"
                     r"(?:its|their|the|his|her)\s+list\s+of\s+political\s+prisoners"),
    # "The group recognised Kavaliou in May 2024": a rights group's recognition, no complement
    _r(E.RECOGNIZED, r"(?:(?<=group\s)|(?<=centre\s)|(?<=center\s)|(?<=project\s)|(?<=Viasna\s)"
                     r"|(?<=Memorial\s))recogni[sz]ed(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
                     r"(?:in|on|last|as|after|back)\b)"),
    # the name and its apposition between verb and complement: "recognised X, a teacher, as a"
    _r(E.RECOGNIZED, r"recogni[sz]ed\s+(?=[A-Z])[^.;:?!]{3,120}?\s+as\s+(?:a\s+)?political"
                     r"\s+prisoners?"
                     # "declared Gurinovich a 'political prisoner'" (a state outlet's quotes)
                     r"|(?:declared|proclaimed)\s+(?=[A-Z])[^.;:?!]{3,40}?\s+(?:a|an)\s+['‘\"“]?"
                     r"political\s+prisoners?(?=['’\"”]?(?!\s+\w))"),
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
    # a register's bare passive: "X, detained in May, was recognised on 14 June", "detained in
    # August and recognised by us in September", "recognised the following week"
    _r(E.RECOGNIZED, r"(?:(?:was|were|been)\s+|(?<=and\s))recogni[sz]ed(?=\s+(?:on|in|by\s+(?:us"
                     r"|the\s+(?:group|centre|center|initiative|project))|last|this|the\s+following"
                     r"|a\s+(?:week|month|day)\s+later|shortly|soon|later)\b)"),
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
                                r"\s+status\s+(?:was\s+|has\s+been\s+)?(?:withdrawn|revoked)|(?<=\|\s)status\s+(?:withdrawn|revoked)"
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
    _r(E.PERSECUTED_AFTER_RELEASE, r"in\s+absentia"),
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
