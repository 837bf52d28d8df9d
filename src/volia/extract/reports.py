"""Reports about reports: posts relayed from social media or state channels, and a next
sentence that denies or cannot confirm what this one said («В чатах сообщили, что X задержан.
Однако эту информацию опровергли»). What a relayed post says waits for a source."""

from __future__ import annotations

import re

from volia.extract.profiles import PRONOUN_OPENS
from volia.extract.sentences import Sentence

# A sentence that relays an unverified post ("Reports on social media that X was also sent to a
# punishment cell", «В соцсетях также сообщалось, что…»): whatever it says waits for a source.
_RELAYED = {
    "en": r"(?:reports?|posts?|claims?|messages?)\s+(?:circulating\s+)?(?:on|in)\s+"
          r"(?:an?\s+|the\s+)?(?:several\s+|some\s+|many\s+|a\s+few\s+|two\s+|three\s+)?"
          r"(?:local\s+)?"
          r"(?:social\s+media|telegram(?:\s+(?:channels|chats))?|(?:online\s+|local\s+)?chats"
          r"|telegram\s+(?:channel|chat)|messaging\s+apps)\s+(?:that|said|say|saying|claimed|claim"
          r"|claiming|suggested|alleged)"
          r"|(?:pro-government|propaganda)\s+(?:\w+\s+)?(?:media|tv|television|channels?|outlets?"
          r"|accounts?)\s+(?:\w+\s+)?(?:claimed|reported|said|alleged|wrote)"
          r"|(?:state|state-run)\s+(?:\w+\s+)?(?:media|tv|television|channels?|outlets?)\s+"
          r"(?:\w+\s+)?(?:claimed|alleged)"
          r"|(?:social\s+media|online)\s+(?:reports|posts|rumou?rs)\s+"
          r"(?:said|claimed|suggested|that)"
          r"|(?:telegram|social[-\s]media|online|opposition)\s+(?:\w+\s+)?(?:channels?|chats?"
          r"|accounts?|posts?|users?|groups?|bloggers?)\s+(?:(?!that\b|which\b)\w+\s+){0,3}?"
          r"(?:claimed|claims?|reported"
          r"|reports?|wrote|writes?|alleged|alleges?|posted|posts|said|says?)"
          # "Several chats wrote on Saturday that X had been let out"
          r"|(?:several|some|many|a\s+few|two|three)\s+(?:\w+\s+)?(?:chats|channels|accounts)\s+"
          r"(?:wrote|reported|claimed|said|posted)"
          r"|circulat\w+\s+(?:\w+\s+)?(?:on|in)\s+(?:telegram|social\s+media|(?:online\s+)?chats"
          r"|messaging\s+apps)"
          # "A list shared 40,000 times on Telegram says …" (not "comments posted on social media")
          r"|(?:lists?|posts?|messages?|reports?|claims?|rumou?rs?|videos?)\s+(?:shared|posted"
          r"|spread(?:ing)?|forwarded)\s+(?:[^.;]{0,30}?\s)?(?:on|in|across|via)\s+(?:telegram"
          r"|social\s+media|facebook|twitter|instagram|tiktok|vk|(?:online\s+)?chats"
          r"|messaging\s+apps)(?:\s+[\w-]+){0,3}?\s+(?:says|said|claims?|claimed|alleges?"
          r"|alleged|suggests?|suggested|that)"
          r"|(?:media|news|press)\s+reports?\s+(?:\w+\s+)?(?:listed|named|included|claimed|said)"
          # "a Facebook post announcing that X was among the freed"
          r"|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:post|message|video|tweet)\s+(?:announcing|saying"
          r"|claiming|reporting)\s+that"
          # "The post names X and Y among the freed", "the graphic lists"
          r"|\b(?:the|a|this|that)\s+(?:viral\s+)?(?:post|list|graphic|message|video|claim)\s+"
          r"(?:also\s+)?(?:names|named|lists|listed|includes|included|claims|claimed)\b"
          r"|(?:some|several|other|a\s+few|many)\s+(?:outlets|media|channels|sites|accounts"
          r"|websites)\s+(?:\w+\s+)?(?:reported|said|claimed|wrote|listed)"
          # "Accounts with tens of thousands of followers claimed that …"
          r"|(?:accounts|channels|bloggers|users|posts|pages)\s+(?:with|run\s+by|close\s+to)\s+"
          r"[^.;]{0,50}?\s(?:claimed|alleged|asserted|wrote|reported)"
          # "Pro-government websites reported on Tuesday that …"
          # (not "state media reported", which wire copy uses for facts the state announces)
          r"|(?:pro-government|pro-Kremlin|propaganda)\s+(?:[\w-]+\s+)?(?:websites?|sites?"
          r"|outlets?|channels?|media|television|TV|tabloids?)\s+(?:\w+\s+)?(?:reported|claimed"
          r"|said|wrote|alleged)"
          # the claim a fact check weighs: "THE CLAIM: A list says …"
          r"|^\W*(?:the\s+)?(?:claim|myth|post|message)\s*(?:no\.?\s*)?\d*\s*:"
          r"|there\s+(?:were|are|have\s+been)\s+(?:unconfirmed\s+)?reports\s+that"
          # "In the detachment they said another prisoner, X, was pardoned": nobody named
          r"|(?:^\W*|\b(?:in|at)\s+the\s+(?:detachment|colony|cell|barracks?|block|camp|prison"
          r"|village|town|chat)\s+)(?:they|people|some|others)\s+(?:said|say|were\s+saying)\b"
          # "guys in the yard said he was pardoned", "someone wrote in a chat that"
          r"|\b(?:someone|somebody|guys|inmates|cellmates)\s+(?:in\s+the\s+[\w-]+\s+)?"
          r"(?:said|say|says|wrote|posted|claimed)\b"
          # "Reports that X had been arrested spread on …", «Сообщения о том, что …»
          r"|^\W*(?:(?:early|first|initial|unconfirmed|the)\s+)?(?:reports|rumou?rs|claims)\s+"
          r"that\b"
          r"|^\W*(?:(?:in|on|last)\s+\w+\s+)?it\s+was\s+(?:reported|said|claimed|rumou?red)\s+that"
          # a correction quoting the text it corrects: "An earlier version of this article said"
          # a correction quoting the newsroom's own earlier words: "On Tuesday we reported that",
          # "Our report on the verdict said"
          r"|\bwe\s+(?:had\s+)?(?:reported|wrote|said|stated)\s+that"
          r"|\b(?:our|an\s+earlier|the\s+original)\s+(?:report|article|story)\s+(?:[^.;]{0,60}?\s)?"
          r"(?:said|stated|reported|claimed)"
          r"|(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+(?:article|report"
          r"|story|text|piece)\s+(?:\w+\s+)?(?:said|stated|reported|claimed|named|listed|included)",
    "ru": r"появ(?:ил|лял)\w*\s+(?:информаци|сведени|сообщени)\w*,?\s+(?:о\s+том,?\s+)?что"
          r"|(?:провластн|пропагандистск|прогосударственн)\w+\s+(?:\w+\s+)?(?:канал|СМИ|медиа"
          r"|телеграм)\w*"
          r"|(?:в|во)\s+(?:[\w-]+\s+){0,2}?(?:соцсетях|социальных\s+сетях|чатах|телеграм-каналах"
          r"|telegram-каналах|телеграме|пабликах|телеграм-каналов|telegram-каналов|пабликов"
          r"|соцсетей)\s+(?:[\w-]+\s+){0,6}?(?:сообщалось|(?:на)?писали|пишут|сообщают|утверждают|сообщили|утверждали|появил\w*\s+(?:сообщени|информаци"
          r"|пост|запис)\w*|разош\w+|распростран\w+|ходит|ходят|ходил\w*)"
          r"|^\W*(?:утверждение|миф|тезис|сообщение|пост|вброс)\s*(?:№\s*)?\d*\s*:|утверждалось|(?:в|во)\s+(?:том\s+же\s+)?(?:посте|публикации)\s+"
          r"(?:говорилось|сообщалось|писали)"
          # «В сентябре писали, что его освободили»: nobody named wrote it
          r"|^\W*(?:(?:в|во|на|к)\s+[\w-]+\s+)?(?:(?:тогда|потом|ещё|еще|ранее|сначала)\s+)?"
          r"(?:писали|сообщали|говорили),?\s+что"
          r"|(?<!\w)кто-то\s+(?:[\w-]+\s+){0,3}?(?:написал|писал|сказал|говорил)\w*"
          # «Поправка: ранее мы сообщили, что …»: the newsroom's own earlier words
          # «По данным некоторых телеграм-каналов, X вышел на свободу»
          r"|(?:по\s+данным|по\s+сообщениям|по\s+информации|если\s+верить)\s+(?:[\w-]+\s+){0,2}?"
          r"(?:телеграм-каналов|telegram-каналов|пабликов|соцсетей|чатов|анонимных\s+каналов)"
          r"|(?:ранее|раньше)\s+мы\s+(?:ошибочно\s+)?(?:сообщили|написали|сообщали|писали)"
          r"|мы\s+(?:ошибочно\s+)?(?:сообщили|написали|сообщали|писали),?\s+что"
          r"|(?:в|во)\s+(?:первоначальной|предыдущей|прежней|ранней|первой)\s+(?:версии|редакции)\s+"
          r"(?:[\w-]+\s+)?(?:говорилось|сообщалось|указывалось|утверждалось|было\s+написано)",
    "be": r"з['’]?яўл\w*\s+(?:інфармацы|звестк|паведамленн)\w*,?\s+(?:пра\s+тое,?\s+)?што"
          r"|(?:праўрадав|прапагандысцк|дзяржаўн)\w+\s+(?:\w+\s+)?(?:канал|СМІ|медыя|тэлеграм)\w*"
          r"|з['’]?явіл\w*\s+(?:інфармацы|звестк|паведамленн)\w*,?\s+(?:пра\s+тое,?\s+)?што"
          r"|[уў]\s+(?:[\w'’-]+\s+){0,2}?(?:сацсетках|сацыяльных\s+сетках|чатах"
          r"|тэлеграм-каналах|telegram-каналах|пабліках)\s+(?:[\w'’-]+\s+){0,6}?(?:паведамлялася|(?:на)?пісалі|пішуць|паведамляюць|сцвярджаюць|паведамілі|сцвярджалі|распаўсюдж\w+"
          r"|з['’]?явіл\w*\s+(?:паведамленн|інфармацы|пост|запіс)\w*|разышл\w+|хадзіл\w*)"
          r"|^\W*(?:сцвярджэнне|міф|тэзіс)\s*(?:№\s*)?\d*\s*:|сцвярджалася"
          r"|^\W*(?:(?:[уў]|на|да)\s+[\w'’-]+\s+)?(?:(?:тады|потым|яшчэ|раней|спачатку)\s+)?"
          r"(?:пісалі|паведамлялі|казалі|гаварылі),?\s+што"
          r"|(?<!\w)нехта\s+(?:[\w'’-]+\s+){0,3}?(?:напісаў|пісаў|сказаў|казаў)"
          r"|(?:паводле|па\s+звестках|па\s+паведамленнях)\s+(?:[\w'’-]+\s+){0,2}?(?:тэлеграм-каналаў"
          r"|telegram-каналаў|пабл[іі]каў|сацсетак|чатаў)"
          r"|раней\s+мы\s+(?:памылкова\s+)?(?:паведамілі|напісалі|паведамлялі|пісалі)"
          r"|мы\s+(?:памылкова\s+)?(?:паведамілі|напісалі|паведамлялі|пісалі),?\s+што"
          r"|[уў]\s+(?:першапачатковай|папярэдняй|ранейшай|першай)\s+(?:версіі|рэдакцыі)\s+"
          r"(?:[\w'’-]+\s+)?(?:гаварылася|паведамлялася|сцвярджалася|пісалася|было\s+напісана)",
}
RELAYED_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in
               _RELAYED.items()}
# The next sentence denies or fails to confirm what this one reported: «В чатах сообщили, что X
# задержан. Однако эту информацию опровергли», "However, the colony denied the report".
_DENIAL = {
    "en": r"den(?:y|ies|ied)|reject\w*|refut\w*|dismiss\w*|unable\s+to\s+(?:confirm|verify)"
          r"|(?:could|can)\s*not\s+(?:be\s+)?"
          r"(?:confirm|verif)\w*|(?:has|have|had|was|were|is|are)\s+not\s+(?:been\s+|yet\s+)?(?:confirm|verif)"
          r"\w*|unconfirmed|no\s+confirmation|false|untrue|not\s+true|not\s+the\s+case|not\s+so\b|wrong"
          r"|mistak\w+|inaccurate|incorrect|deleted|retract\w*|invent(?:ion|ed)|fabricat\w+|fake"
          r"|made\s+up|nonsense|baseless|groundless|fiction"
          r"|(?:an?\s+)?error",
    "ru": r"опроверг\w*|опровер\w+|отрица\w+|не\s+подтверд\w+|не\s+подтвержд\w+"
          r"|подтвердить\s+(?:[\w-]+\s+){0,3}?не\s+(?:удалось|смогли|смог|смогла|может|могут)"
          r"|не\s+(?:удалось|смогли|смог|смогла)\s+(?:[\w-]+\s+)?подтвердить"
          r"|не\s+соответству\w+|ложн\w+|неправд\w+|неверн\w*|домысл\w*|вымысл\w*|выдумк\w*|^\W*это\s+не\s+так(?!\s+(?:давно|много|уж|просто))"
          r"|^\W*это\s+(?:была\s+)?ошибк\w*|^\W*это\s+оказал\w+\s+(?:[\w-]+\s+)?(?:ошибк\w*"
          r"|неправд\w*|выдумк\w*|фейк\w*)|ложью|(?<!\w)ложь",
    "be": r"абверг\w*|адмаўля\w*|не\s+пацвердзіл\w*|не\s+пацвярджа\w+|не\s+пацверджан\w+"
          r"|пацвердзіць\s+(?:[\w'’-]+\s+){0,3}?не\s+(?:[уў]далося|атрымалася|змаглі|змог|змагла"
          r"|можа|могуць)"
          r"|не\s+(?:змаглі|змог|змагла|[уў]далося|атрымалася)\s+(?:[\w'’-]+\s+)?пацвердзіць"
          r"|не\s+адпавяда\w+|няпраўд\w+|ілжыв\w+|^\W*гэта\s+не\s+так(?!\s+(?:даўно|шмат|проста))"
          r"|^\W*гэта\s+(?:была\s+)?памылк\w*|^\W*гэта\s+аказал\w+\s+(?:[\w'’-]+\s+)?(?:памылк\w*"
          r"|няпраўд\w*|выдумк\w*|фэйк\w*)|хлусн\w+|хлусня",
}
_DENIAL_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in _DENIAL.items()}
_ANAPHOR = {
    "en": r"(?:this|these|that|those|the|such)\s+(?:\w+\s+)?(?:reports?|claims?|information"
          r"|accounts?|rumou?rs?|posts?|allegations?)|(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:this|it)"
          r"|(?:this|it)\s+(?:was|has\s+been)\s+(?:denied|rejected)"
          r"|(?:called|described|dismissed)\s+(?:this|it|that|the\s+(?:claim|report|story|rumou?r))\b"
          r"|(?:confirm|verify)\s+(?:this|it|that|the\s+report)\b"
          r"|(?:^\W*|(?:said|says|stated|confirmed|added|told|tells)\b[^.;]{0,40}?\b)(?:this|that"
          r"|it)\s+"
          r"(?:later\s+)?(?:was|is|had\s+been|turned\s+out|proved|has\s+proved)",
    "ru": r"^\W*(?:оно|она|это)\s+(?:[\w-]+\s+)?(?=не\s+подтверд|опроверг|неправд)"
          r"|(?:эт[уаио]|эти|эту|данн\w+|так\w+)\s+(?:[\w-]+\s+)?(?:информаци\w*|сведени\w*"
          r"|сообщени\w*|данны\w*|слух\w*|пост\w*)|это\s+(?:[\w-]+\s+)?(?:опроверг|отрица"
          r"|не\s+подтверд)\w*|^\W*это\s+(?:оказал\w+|не\s+подтверд\w+|неправд\w*|не\s+так"
          r"|ложь|фейк|неверн\w*|ошибк\w*)"
          r"|(?:её|ее|его|их)\s+(?:[\w-]+\s+)?(?:опроверг\w*|не\s+подтверд\w+)"
          r"|^\W*это\s+(?:была\s+)?ошибк\w*|называ\w+\s+это|назвал\w*\s+это"
          r"|(?:опроверг|отрица)\w*\s+это",
    "be": r"^\W*(?:яно|яна|гэта)\s+(?:[\w'’-]+\s+)?(?=не\s+пацвердз|абверг|няпраўд)"
          r"|(?:гэт[уаы]|гэтыя|гэтую|гэтае|так\w+)\s+(?:[\w'’-]+\s+)?(?:інфармацы\w*|звестк\w*"
          r"|паведамленн\w*|дадзен\w*|чутк\w*|пост\w*)|гэта\s+(?:[\w'’-]+\s+)?(?:абверг"
          r"|адмаўля|не\s+пацвердз)\w*|^\W*гэта\s+(?:аказал\w+|не\s+пацвердзіл\w+|няпраўд\w*"
          r"|не\s+так|хлусня|фэйк)"
          r"|(?:яе|яго|іх|гэтага)\s+(?:[\w'’-]+\s+)?(?:абверг\w*|не\s+пацвердзіл\w*)"
          r"|^\W*гэта\s+(?:была\s+)?памылк\w*"
          r"|не\s+(?:змаглі|змог|змагла)\s+гэтага\s+пацвердзіць|называ\w+\s+гэта"
          r"|назвал\w*\s+гэта|(?:абверг|адмаўля)\w*\s+гэта",
}
_ANAPHOR_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in _ANAPHOR.items()}
_IN_FACT = re.compile(r"^\W*(?:in\s+fact|in\s+reality|actually|на\s+самом\s+деле"
                      r"|в\s+действительности|насамрэч|у\s+сапраўднасці)\b", re.IGNORECASE)
# A correction notice's flat "no" to what an earlier version said: "He was not; he remains in
# SIZO", "That was wrong", «Это не так»
_FLAT_NO = re.compile(r"^\W*(?:(?:he|she|they)\s+(?:was|were|had|has|did)\s*(?:n['’]t|not)\b"
                      r"|(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|not\s+(?:true|so|correct))"
                      r"|(?:он|она|они|ён|яна|яны)\s+не\b|(?:это|гэта)\s+(?:не\s+так|неверно"
                      r"|ошибка|памылка|няпраўда))", re.IGNORECASE)
_CORRECTION_CUE = re.compile(r"(?<!\w)(?:correction|earlier\s+version|previous\s+version|wrongly"
                             r"|mistakenly|erroneously|ошибочно|поправка|памылкова|выпраўленне)"
                             r"(?!\w)", re.IGNORECASE)
# What an earlier article said, told again to be set right
_EARLIER_ARTICLE = re.compile(r"(?<!\w)(?:article|report|story|post|item|version|статье|материале"
                              r"|публикации|артыкуле|матэрыяле)(?!\w)[^.;]{0,40}?(?<!\w)(?:said|stated"
                              r"|claimed|reported|говорилось|сообщалось|утверждалось|гаварылася"
                              r"|паведамлялася|сцвярджалася)(?!\w)", re.IGNORECASE)
_CONTRAST = re.compile(r"^\W*(?:however|but|yet|still|nevertheless|однако|но|впрочем|тем\s+не"
                       r"\s+менее|аднак|але|тым\s+не\s+менш)\b", re.IGNORECASE)
_REPORTED = re.compile(r"(?<!\w)(?:reports?|reported|posts?|posted|wrote|writes|said|says"
                       r"|claim(?:s|ed)|according"
                       r"|по\s+данным|по\s+словам|паводле|сообщ\w+"
                       r"|писал\w*|заявил\w*|паведамл\w+|пісал\w*|заявіл\w*)(?!\w)",
                       re.IGNORECASE)


# a sentence that is only a flat "no" to the one before: "She was not.", "He wasn't."
_ONLY_NO = re.compile(r"^\W*(?:he|she|they|it)\s+(?:was|were|is|did|had|has)\s*(?:n['’]t|not)"
                      r"(?:\s+(?:so|true))?\s*[.!]?\s*$", re.IGNORECASE)
# "He is in fact still in penal colony No. 22": what the report before says is not so
_IN_FACT_ANY = re.compile(r"\b(?:in\s+fact|in\s+reality|in\s+truth|actually)\b|(?<!\w)(?:на\s+самом"
                          r"\s+деле|в\s+действительности|насамрэч|у\s+сапраўднасці)(?!\w)",
                          re.IGNORECASE)
_STILL_HELD = re.compile(r"\bstill\s+(?:in|at|behind)\s+(?:[\w-]+\s+){0,2}?(?:colony|prison|jail"
                         r"|custody|bars|SIZO|remand)|(?<!\w)(?:всё\s+ещё|все\s+еще|по-прежнему"
                         r"|до\s+сих\s+пор|усё\s+яшчэ|па-ранейшаму|дагэтуль)\s+(?:[\w-]+\s+)?"
                         r"(?:в|за|[уў])\s+(?:[\w-]+\s+)?(?:колони|тюрьм|СИЗО|решётк|решетк|калоні"
                         r"|турм|СІЗА|крат)", re.IGNORECASE)


# A report or rumour of its own before the denial: the next sentence denies itself.
_OWN_REPORT = re.compile(r"(?<!\w)(?:reports?|rumou?rs?|claims?|posts?|lists?|спис\w*|спіс\w*"
                         r"|слух\w*|сообщ\w+|сведени\w*"
                         r"|информаци\w*|чутк\w*|паведамл\w+|звестк\w*|інфармацы\w*)(?!\w)",
                         re.IGNORECASE)


# "They wrote that he was freed. Is that true?": the report is put in doubt
_TRUE_Q = re.compile(r"^\W*(?:is\s+(?:that|this|it)\s+(?:true|right|correct)|(?:это|гэта)\s+"
                     r"(?:правда|праўда|так))\W*\?\s*$", re.IGNORECASE)


def anaphoric(sentence: str, lang: str) -> bool:
    """True when SENTENCE points back at a report ("this information", «эти сведения»)."""
    return _ANAPHOR_RE.get(lang, _ANAPHOR_RE["en"]).search(sentence) is not None


def denied_by_next(sentence: str, following: str, lang: str) -> bool:
    """True when FOLLOWING (the next sentence) denies or fails to confirm SENTENCE's report."""
    if following and _TRUE_Q.match(following):
        return True
    if following and _ONLY_NO.match(following):
        return True  # '… is described as "detained in Hrodna last week". She was not.'
    if following and _REPORTED.search(sentence) and _IN_FACT_ANY.search(following) and \
            _STILL_HELD.search(following) and PRONOUN_OPENS.match(following):
        return True  # 'The post says X "was freed". He is in fact still in colony No. 22.'
    if following and _IN_FACT.match(following) and _EARLIER_ARTICLE.search(sentence):
        return True  # "The Monday article also said that X had been expelled. In fact he …"
    if following and _FLAT_NO.match(following) and _EARLIER_ARTICLE.search(sentence) and \
            _CORRECTION_CUE.search(sentence):
        return True  # "Correction: an earlier version said X had been released. He was not"
    denial = _DENIAL_RE.get(lang, _DENIAL_RE["en"]).search(following) if following else None
    if denial is None:
        return False
    anaphor = _ANAPHOR_RE.get(lang, _ANAPHOR_RE["en"]).search(following)
    # "Unconfirmed reports said Y was moved, but … could not confirm this": a report of its
    # own before the anaphor is what the next sentence denies
    head = following[:anaphor.start() if anaphor else denial.start()]
    if _OWN_REPORT.search(head) or RELAYED_RE.get(lang, RELAYED_RE["en"]).search(head):
        return False
    if anaphor:
        return True
    return _CONTRAST.match(following) is not None and _REPORTED.search(sentence) is not None


_QUOTE_OPEN = re.compile(r"^\s*[«\"“„]")
_QUOTE_CLOSE = re.compile(r"[»\"”“]")


def denied_after_quote(sentences: list[Sentence], index: int, lang: str) -> bool:
    """A relative's account (SENTENCES[INDEX]), her quote, then the official who calls "this
    information" speculation: the denial right after the quote."""
    if index + 1 >= len(sentences) or not _QUOTE_OPEN.match(sentences[index + 1].text):
        return False
    after = index + 1  # the sentence that closes the quote, then the one past it
    while after < min(len(sentences), index + 4) and not _QUOTE_CLOSE.search(
            sentences[after].text):
        after += 1
    after += 1
    if after >= len(sentences):
        return False
    later = sentences[after].text
    return denied_by_next(sentences[index].text, later, lang) and anaphoric(later, lang)
