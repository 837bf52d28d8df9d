"""English triggers for custody: detention, charge, transfer, silence, isolation and death in
custody (verdicts are in ``lexicon_en_verdicts``).

Within one event type the first rule to match a span claims it, so rules keep their order."""

from __future__ import annotations

from volia.domain.model import EventType as E
from volia.extract.cues import TALK_WORDS
from volia.extract.rules import EN_OBJECT as _OBJECT
from volia.extract.rules import Rule
from volia.extract.rules import rule as _r

_HELD = (r"held(?!\s+(?:incommunicado|without\s+(?:contact|access)|in\s+(?:a\s+|the\s+)?"
         r"(?:solitary|punishment|isolation|cell)))")
_FACILITY_EN = (r"(?:a |the |another |[\w'’-]+ ){0,3}(?:penal colony|colony|prison|jail|detention"
                r"|pre-trial|remand|facility|psychiatric|hospital|correctional|sizo)")

# "for what they called a conversation", "for a talk": pressure, no arrest
_TALK_AFTER = (r"[^.;]{0,30}?\bfor\s+(?:a|what\s+(?:they|police|officers)\s+called\s+a)\s+"
               + TALK_WORDS)

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
    _r(E.DETAINED, r"(?<!to\s)(?:detain|arrest)s?(?=\s+(?:(?:me|us|him|her|them)\b|(?-i:[A-Z])))",
       present=True),
    _r(E.TRANSFERRED, r"transfers(?=\s+(?:him|her|them|(?-i:[A-Z])))", present=True),
    _r(E.CHARGED, r"charges(?=\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+)\s+with)"),
    # a court calendar's row: "Alena Zhdanovich, 44, a kindergarten teacher, Article 342."
    _r(E.CHARGED, r"^\W*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2},[^.;:]{0,80}?,\s+"
                  r"(?:Articles?|Art\.)\s+\d{3}(?:[.-]\d)?(?:\s*(?:,|and)\s*\d{3}(?:[.-]\d)?)*\s*(?:[.;]|$)"),
    # "a new charge of 'malicious disobedience' (Article 411) against X"; "the trial of X, who
    # ran a chat, on charges of …"
    # (not "the charges against him concern an assault": what a case is about)
    _r(E.CHARGED, r"(?:^\W*(?:an?\s+)?|(?:brought|filed|pressed|laid)\s+(?:an?\s+)?)new\s+"
                  r"charges?\s+"
                  r"(?:of\s+[^.;]{3,80}?\s+)?against(?=\s+(?:him|her|them|(?-i:[A-Z])))"
                  r"|(?:trial|prosecution)\s+of(?=\s+(?-i:[A-Z])[^.;]{0,120}?\b(?:on|over)\s+(?:a\s+)?"
                  r"charges?\b)"),
    # "They took me on 11 August 2020, near the metro": the police's taking, told plainly
    _r(E.DETAINED, r"(?<=\b[Tt]hey\s)took(?=\s+(?:me|him|her|them|us)\s+(?:on|at|outside"
                   r"|in(?=\s+(?:\d|(?-i:[A-Z])))"
                   r"|near|right|straight|away|off)\b(?!\s+(?:to\s+)?(?:hospital|a\s+doctor|the\s+doctor)))"),
    # a short arrest told by its length: "was held for twelve days", "spent two nights in
    # the detention centre"
    _r(E.DETAINED, r"(?:was|were)\s+held\s+for\s+(?:[\w-]+\s+){1,2}?(?:days|nights|hours|weeks)"
                   r"(?!\s+in\s+(?:a\s+|the\s+)?(?:punishment|solitary|isolation|disciplinary))"
                   r"|spent\s+(?:[\w-]+\s+){1,2}?(?:days|nights|night)\s+(?:in|at)\s+(?:the\s+|a\s+)?"
                   r"(?:[\w'’-]+\s+){0,2}?(?:custody|detention|jail|police\s+(?:station|cell))"),
    _r(E.DETAINED, r"(?:detained|arrested)(?!\s+(?:protesters|people|persons|activists|journalists"
                   r"|prisoners|relatives|men|women|students|workers|demonstrators))"
                   r"|re-arrested|rearrested|re-detained|redetained|imprisoned|jailed"
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
    _r(E.DETAINED, r"picked\s+up(?=\s+" + _OBJECT + r"\b)|picked\s+(?:me|us|him|her|them)\s+up"
                   r"|took(?=\s+" + _OBJECT + r"\s+(?:away|into\s+custody|to\s+(?:a|the)\s+police"
                   r"\s+station"
                   # "took her to the temporary detention facility", "… to the KGB remand prison"
                   r"|to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:detention\s+(?:facility|centre|center)"
                   r"|remand\s+(?:prison|centre|center)|isolation\s+ward))\b)"
                   r"|(?:was|were)\s+handcuffed"
                   # "men in balaclavas took from his house the teacher X", "took X from her flat"
                   r"|took\s+(?:away\s+)?from\s+(?:his|her|their)\s+(?:home|house|flat|apartment"
                   r"|workplace|office)\b(?!" + _TALK_AFTER + r")"
                   r"|took(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
                   + _OBJECT + r"\s+from\s+(?:his|her|their)\s+(?:home|house|flat|apartment"
                   r"|workplace|office)\b(?!" + _TALK_AFTER + r"))"
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
                   r"|(?:dragged|bundled|hauled|whisked|shoved)(?=\s+(?:me|us|him|her|them)"
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
    _r(E.CHARGED, r"charged\s+(?:[\w'’-]+\s+){0,3}?(?:with|under)|indicted"
                  r"|accused\s+(?:of|under(?=\s+(?:Article|art\.|part|section|the\s+same)))"
                  # "charged Dzianis Karabach and Artsiom Lazovik with terrorism", "charged two
                  # 16-year-olds, X and Y, with treason": a longer object before "with"
                  r"|charged(?=\s+(?:(?-i:[A-Z])|two\b|three\b|four\b|five\b|both\b)[^.;:]{0,110}?"
                  r"\s(?:with|under)\s)"
                  r"|(?:opened|launched|initiated|brought)\s+(?:a\s+)?(?:new\s+)?criminal\s+(?:case"
                  r"|proceedings)(?:\s+in\s+absentia)?\s+against|criminal\s+(?:case|proceedings)"
                  r"\s+(?:had\s+been|has\s+been|was|were)\s+(?:opened|launched|brought)\s+against"
                  r"|(?:faces|facing)\s+(?:criminal\s+)?charges"
                  r"|(?:was|were|been|is|are)\s+(?:\w+ly\s+)?charged|criminal\s+case\s+(?:was\s+|has\s+been\s+)?opened"
                  # "was detained in February and charged within days", "hit with an
                  # administrative protocol"
                  r"|(?:(?<=\band\s)|(?<=\bthen\s)|(?<=\blater\s)|(?<=\bformally\s))charged"
                  r"(?!\s+(?:at|into|toward"
                  r"|towards|the\s+crowd|a\s+fee|money|phones?|(?:his|her|their)\s+(?:phone|laptop"
                  r"|battery))\b)"
                  r"|(?:hit|served)\s+with\s+(?:an?\s+)?(?:admin(?:istrative)?\.?\s+)?(?:protocol|charges?)"),
    # "brought charges of terrorism against X", "named a suspect", "drew up an administrative
    # report against X" (not "prosecutors accused him of …" at a trial: the charge is older)
    _r(E.CHARGED, r"brought\s+(?:[\w-]+\s+)?charges?\s+(?:of\s+[^.;]{3,60}?\s+)?against"
                  r"|(?:named|declared)\s+(?:as\s+)?a\s+suspect\s+in"
                  r"|(?:drew\s+up|filed|issued)\s+(?:an?\s+)?(?:admin(?:istrative)?\.?\s+)?(?:report|protocol)"
                  r"\s+against|(?:was|were|been)\s+issued\s+(?:with\s+)?an?\s+(?:admin(?:istrative)?\.?\s+)?"
                  r"(?:report|protocol)|charged\s+(?:him|her|them)\s+in\s+absentia"),
    _r(E.TRANSFERRED, r"transferred(?!\s+(?:(?:the|an?|some|over|about|nearly|almost)\s+)?"
                      r"(?:equivalent|money|funds?|sums?|amount|donations?|payments?|property"
                      r"|shares|rights|ownership|[\d$€£]))"
                      # "was moved this month to a colony", "moved on Monday to"
                      r"|moved\s+(?:(?:this|last)\s+(?:week|month|year|spring|summer|autumn|winter)\s+"
                      r"|yesterday\s+|recently\s+|(?:in|on)\s+\w+(?:\s+\d{1,2})?\s+|on\s+\d{1,2}\s+\w+\s+)?to\s+"
                      + _FACILITY_EN
                      + r"|moved\s+(?:(?:at|in|on)\s+(?:the\s+)?(?:end|start|beginning|middle)"
                        r"\s+of\s+\w+\s+|(?:in|on|last)\s+\w+\s+|on\s+\d{1,2}\s+\w+\s+"
                        r"|on\s+\w+\s+\d{1,2}\s+)?from\s+" + _FACILITY_EN
                      + r"(?:\s+[\w№.'’-]+){0,4}?\s+to"
                      + r"|(?:taken|sent|transported)\s+(?:(?:under|by)\s+(?:escort|guard|convoy"
                        r"|prison\s+(?:train|van|transport))\s+)?to\s+"
                      + _FACILITY_EN
                      # "had been delivered to penal colony No. 6", "was brought to the women's
                      # colony", "extradited from Russia to Belarus"
                      + r"|(?:(?:had|has|have)\s+been\s+delivered|brought)\s+(?:on\s+\w+\s+)?to\s+"
                        r"(?:a\s+|the\s+|another\s+"
                        r"|[\w'’-]+\s+){0,3}?(?:penal\s+colony|colony|prison)\b"
                      + r"|(?<!\bbe\s)extradited\s+(?:[\w-]+\s+){0,3}?to\b"
                      # "handed over to a Belarusian convoy in Smolensk": back to the regime
                      + r"|handed\s+over\s+to\s+(?:a\s+|the\s+)?(?:Belarusian|Russian)\s+"
                        r"(?:convoy|escort|side)"
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
                      # "I was moved from Shklou to Vitba": colonies known by their towns (the
                      # passive: "he moved from Minsk to Vilnius" is his own move)
                      + r"|(?:was|were|been|being)\s+moved\s+(?:[\w,-]+\s+){0,3}?from\s+"
                        r"(?-i:[A-Z])[\w'’-]+\s+to(?=\s+(?-i:[A-Z]))"
                      # "He arrived at Penal Colony No. 6 in October", "Since August she has
                      # been held in Penal Colony No. 4"
                      + r"|(?<!since\she\s)(?<!since\sshe\s)(?<!since\sthey\s)arrived\s+"
                        r"(?:at|in)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?:penal\s+colony|colony|prison)\b"
                      + r"|since\s+(?:[\w-]+\s+){1,3}?(?:he|she|they)\s+(?:has|have)\s+been\s+"
                        r"(?:held|kept)\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?:penal\s+colony|colony|prison)\b"
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
    _r(E.INCOMMUNICADO, r"incommunicado|deprived\s+of\s+(?:any\s+)?(?:communication|contact|"
                        r"correspondence|letters|visits)|cut\s+off\s+from\s+(?:his|her|their)?\s*"
                        r"(?:family|lawyer|relatives|the\s+outside)"),
    _r(E.INCOMMUNICADO, r"(?:no|without)\s+(?:any\s+)?(?:contact|communication|news|word|access)"
                        r"\s+(?:with|from|to|of|about)(?:\s+(?:me|us|him|her|them|(?:his|her|their|the)"
                        r"\s+(?:family|lawyers?|relatives)|relatives|family))?"
                        r"|(?:no|without)\s+(?:any\s+)?(?:letters|visits|phone\s+calls|calls)\b"
                        # "there has been no letter since 20 January"
                        r"|(?:has|have|had)\s+been\s+no\s+(?:letter|word|news|call|contact)s?\b",
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
                        r"\s+to\s+(?:me|us|him|her|them)"
                        # "not even the lawyer could find out where he was being held"
                        r"|(?:find\s+out|establish|discover)\s+where"
                        r"\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:being\s+)?(?:held|kept|detained)"
                        r"|did\s+not\s+know\s+where\s+(?:he|she|they)\s+(?:was"
                        r"|were|is|are)|whereabouts\s+(?:\w+\s+){0,2}?unknown"
                        # "have not had a single letter or call from him", "since anyone outside
                        # the prison has heard from X", "for five weeks nobody knew where he was"
                        r"|not\s+had\s+(?:a\s+single|any|one)\s+(?:letter|call|phone\s+call|word"
                        r"|message|visit)s?(?:\s+or\s+(?:a\s+)?(?:letter|call|phone\s+call|visit)s?)?"
                        r"|(?:since|without)\s+any(?:one|body)\s+(?:[\w-]+\s+){0,4}?(?:has|had|have)\s+"
                        r"heard\s+from|(?:nobody|no\s+one|no-one)\s+(?:has|had)\s+heard\s+from"
                        r"|(?:has|have|had)\s+not\s+been\s+heard\s+from"
                        r"|(?:nobody|no\s+one|no-one)\s+knew\s+where(?=\s+(?:he|she|they)\s+(?:was|were))"
                        r"|not\s+(?:been\s+)?allowed\s+to\s+(?:visit|meet)\s+(?:me|us|him|her|them)\b"
                        # "had not been allowed letters since February", "no letter from her
                        # has arrived since", "her replies stopped on 1 September"
                        r"|not\s+(?:been\s+)?allowed\s+(?:any\s+)?(?:letters|calls|visits|phone\s+calls"
                        r"|correspondence)\b|no\s+letters?\s+(?:[\w'’-]+\s+){0,3}?(?:has|have|had)\s+"
                        r"(?:arrived|come|reached)|not\s+had\s+a\s+(?:letter|call|phone\s+call|word)\b"
                        r"|(?:letters|replies)\s+(?:from\s+\w+\s+)?(?:stopped|ceased)\b(?!\s+being)"
                        r"|(?:nobody|no\s+one)\s+would\s+tell\s+(?:us|them|the\s+family|relatives)"
                        r"\s+where(?=\s+(?:he|she|they)\s+(?:was|were))",
       inherent_negation=True),
    # "nobody has seen him since", "his whereabouts remain unknown"
    _r(E.INCOMMUNICADO, r"(?:nobody|no\s+one)\s+(?:has|had|have)\s+(?:seen|heard\s+from)"
                        r"|whereabouts(?=[^.;]{0,60}?\b(?:unknown|not\s+known|undisclosed))",
       inherent_negation=True),
    # "letters from his parents stopped reaching him", "their letters come back unopened",
    # "has had no regular legal visits", "turned down three of her requests for a visit",
    # "neither her husband nor her lawyer knew which jail she was in", "unable to reach him"
    _r(E.INCOMMUNICADO, r"letters\s+(?:[\w'’-]+\s+){0,4}?(?:stopped|stop|ceased)\s+reaching"
                        r"|letters\s+(?:[\w'’-]+\s+){0,4}?(?:come|came|are\s+sent)\s+back"
                        r"(?:\s+unopened)?|(?:has|have|had)\s+had\s+no\s+(?:[\w-]+\s+){0,2}?visits"
                        r"|(?:turned\s+down|refused|rejected)\s+(?:[\w'’-]+\s+){0,3}?requests?\s+"
                        r"for\s+(?:a\s+)?visits?"
                        r"|nor\s+(?:his|her|their)\s+(?:own\s+)?(?:lawyers?|family|relatives|wife"
                        r"|husband|mother)\s+(?:knew|know|knows)\s+(?:where|which\s+\w+)"
                        r"(?=\s+(?:he|she|they)\s+(?:was|were|is|are)\b)"
                        # "Since then neither letters nor her lawyer have got through to her"
                        r"|neither\s+(?:[\w'’-]+\s+){1,3}?nor\s+(?:[\w'’-]+\s+){1,3}?(?:have|has|had)"
                        r"\s+(?:got|gotten|been\s+able\s+to\s+get)\s+through"
                        r"|neither\s+(?:[\w'’-]+\s+){1,3}?nor\s+(?:[\w'’-]+\s+){1,3}?(?:have|has|had)"
                        r"\s+(?:had\s+(?:any\s+)?(?:contact|news|word)|heard\s+from"
                        r"|seen\s+(?:him|her|them))"
                        r"|(?:have|has|had)\s+(?:not|never)\s+(?:got|gotten)\s+through\s+to"
                        r"|(?:has|have|had)\s+been\s+unable\s+to\s+(?:reach|contact|see|visit)"
                        r"(?=\s+(?:me|us|him|her|them)\b(?!\s+for\s+(?:comment|an\s+interview)))",
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
                          r"|evening\s+)?|overnight\s+|suddenly\s+"
                          # "died on the ninth of January in penal colony number seventeen"
                          r"|on\s+the\s+[\w-]+\s+of\s+[A-Za-z]+\s+)?(?:in|at|behind|while\s+in)\s+"
                          r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
                          # "in the medical unit of colony No. 3"
                          r"(?:(?:unit|wing|ward|hospital|infirmary|block)\s+of\s+(?:the\s+|a\s+)?"
                          r"(?:[A-Z][\w-]+\s+)?)?"
                          r"(?:custody|prison|jail|colony|detention|pre-?trial\s+detention|remand\s+(?:centre|center|prison)"
                          r"|bars|hospital\s+of\s+the\s+colony"
                          # the abbreviations of channels and digests: IK-3, SIZO-1, PK-8, IVS
                          r"|cell|(?:(?<=in\s)|(?<=at\s)|(?<=of\s)|(?<=the\s))(?-i:IK|PK|SIZO|IVS)(?:[-\s]?\d+)?\b)|died\s+while\s+(?:serving|imprisoned|detained|in\s+custody)"
                          r"|death\s+in\s+(?:custody|prison|the\s+colony)|found\s+dead\s+in\s+"
                          r"(?:his|her)\s+cell"),
    # "passed away in the prison hospital", "lost his life in the detention centre", "the death
    # of X in prison"
    _r(E.DIED_IN_CUSTODY, r"(?:passed\s+away|lost\s+(?:his|her|their)\s+li(?:fe|ves))\s+"
                          r"(?:in|at|behind)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:custody|prison|jail|colony"
                          r"|detention|bars|cell|(?:(?<=in\s)|(?<=at\s)|(?<=of\s)|(?<=the\s))(?-i:IK|PK|SIZO|IVS)(?:[-\s]?\d+)?\b)"
                          r"|death\s+of\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+in\s+"
                          r"(?:custody|prison|jail|(?:the|a)\s+(?:[\w-]+\s+)?colony)"),
]
