"""Patterns over the text between a trigger and a name: objects, subjects, lists, short
descriptions ("the laureate") and fronted clauses (moved out of the engine)."""

from __future__ import annotations

import re

_DESCRIPTORS = {
    "en": r"laureate|activist|blogger|journalist|politician|banker|opposition\s+figure"
          r"|human\s+rights\s+(?:defender|activist)|musician|flautist|lawyer|philosopher|artist"
          r"|priest|student|pensioner|former\s+candidate",
    "ru": r"лауреат\w*|активист\w*|блогер\w*|журналист\w*|политик\w*|правозащитни\w+|банкир\w*"
          r"|музыкант\w*|художни\w+|священни\w+|студент\w*|пенсионер\w*",
    "be": r"лаўрэат\w*|актывіст\w*|блогер\w*|журналіст\w*|палітык\w*|праваабаронц\w+"
          r"|банкір\w*|музыкант\w*|мастак\w*|святар\w*|студэнт\w*|пенсіянер\w*",
}
# Plural endings: «правозащитники», «журналистам», «праваабаронцы» name a group.
_PLURAL_RU = r"ов|ев|ей|ами|ями|ах|ях|ам|ям|ки|ты|ры|цы|ии|ны"
_PLURAL_BE = r"аў|яў|ей|амі|ямі|ах|ях|ам|ям|кі|ты|ры|цы|ны"
_SHORT_REF = {
    "en": re.compile(rf"\b(?:the|this)\s+(?:\w+\s+)?({_DESCRIPTORS['en']})\b", re.IGNORECASE),
    # a plural form («правозащитников», «праваабаронцаў») names a group, never one person
    "ru": re.compile(rf"(?<!\w)(?!\w+(?:{_PLURAL_RU})(?!\w))({_DESCRIPTORS['ru']})(?!\w)",
                     re.IGNORECASE),
    "be": re.compile(rf"(?<!\w)(?!\w+(?:{_PLURAL_BE})(?!\w))({_DESCRIPTORS['be']})(?!\w)",
                     re.IGNORECASE),
}
# "and Polish citizen X", "and a German citizen, X": a nationality is a description too.
_NATIONALITY = r"[a-z]+(?:ish|ian|an|ese|ch|i)\s+(?:citizen|national|resident)"
_NATIONAL = rf"(?:[A-Z]{_NATIONALITY}\s*,?\s*)"
# (an age in brackets may stand after the first name: "X (45) and his wife Y (43)")
_CONNECTOR = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*\)\s*)?"
                        r"(?P<term>(?:for|to|на|к|да)\s+[\w\s.,-]{1,30}?(?:years?|months?|лет|года?|годам"
                        r"|гадоў|гады)\s*)?(?:,|and|,\s*and|as\s+well\s+as|и|а\s+также|і|ды|та|&)\s*"
                        # not «Стасюка, которого они …»: a relative clause's subject is no member;
                        # not «Сафин, а Гурьянова увели»: a contrast starts another clause (but
                        # «на 10 гадоў, а Y — завочна» goes on with the verdict)
                        r"(?:(?:the|a|an)\s+)?(?(term)|(?!(?:а|но|але|аднак|однако|but|while|whereas)\b))"
                        r"(?:(?!котор|як(?:і|ая|ога|ую|ой|ім)\b|who|whom|which)"
                        rf"[a-zа-яёіў][\w-]*\s+){{0,2}}{_NATIONAL}?$")
# "X, a florist convicted in 2022, and Y were freed": an apposition between two joined names.
# «X, осуждённый за «шпионаж», а также белорусы Y и Z», «…, и 34-летняя фотограф Y».
_APPOSED_CONNECTOR = re.compile(r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s|[a-zа-яёіў\d])"
                                r"(?:[^,;:.()\n\"«»]|«[^»\n]{1,40}»){0,100},\s*(?:and|и|і|as\s+well\s+as"
                                r"|а\s+также|а\s+таксама)\s+(?:(?:the|a|an)\s+)?(?:\d+-[а-яёіў]+\s+)?"
                                r"(?:[а-яёіў][\w-]*\s+){0,2}$")
_OBJECT_GAP = re.compile(r"^\s*(?:(?:the|a|an|political|prisoner|activist|journalist|blogger"
                         r"|opposition|politician|leader|figure|former|candidate|lawyer"
                         r"|human|rights|defender|laureate|nobel|peace|prize|also|both"
                         r"|политзаключ\w+|активист\w*|журналист\w*|блогер\w*|правозащитни\w+"
                         r"|политик\w*|лидер\w*|лауреат\w*|также|палітвязн\w+|актывіст\w*"
                         r"|журналіст\w*|праваабаронц\w+|таксама|в|у|из|з|колонии|СИЗО"
                         r"|СІЗА)\s+){0,4}"
                         # "freed Estonian citizen X" (not "…, X said" after a comma)
                         rf"(?:(?-i:[A-Z]){_NATIONALITY}\s+)?$", re.IGNORECASE)
# "Seven months after he was freed, X...", «Через год после того как его освободили, X...»:
# a span of time may come before the conjunction
_SPAN_BEFORE = (r"(?:(?:just|only|barely|some|about|almost|nearly|[\w-]+\s+)?[\w-]+\s+"
                r"(?:hours?|days?|weeks?|months?|years?)\s+"
                r"|(?:через|спустя|праз)\s+(?:[\w-]+\s+){1,2}?)")
_FRONTED = re.compile(rf"^\s*{_SPAN_BEFORE}?(?:after|since|following|despite|before|upon|when|once"
                      r"|после|пасля|несмотря|з\s+моманту|с\s+момента)\b[^,]*$", re.IGNORECASE)
_LOOSE_GAP = {
    "en": re.compile(r"^\s*[—–:-]?\s*(?:(?:the|a|an)\s+)?(?:(?!(?:from|in|on|at|to|by|with|after|"
                     r"before|for|of|and|but|that|who|which|was|were|is|are|has|had|said)\b)"
                     r"[a-z0-9][\w-]*\s+){0,3}$"),
    "ru": re.compile(r"^\s*[—–:-]?\s*(?:(?!(?:в|во|на|из|по|за|к|с|со|от|и|а|но|что|после|до|"
                     r"для|о|об)\b)[а-яё][\w-]*\s+){0,3}$"),
    "be": re.compile(r"^\s*[—–:-]?\s*(?:(?!(?:у|ў|ва|на|з|са|па|за|да|і|а|але|што|пасля|для|аб|"
                     r"пра)\b)[а-яёіў][\w'’-]*\s+){0,3}$"),
}
_OWNER_APPOS = re.compile(r"^\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w-]*\s+){1,3}?"
                          r"[A-Z][\w-]*['’]s?\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$")
_SUBJECT_GAP = re.compile(r"^\s*(?:,[^,]{0,40},)?\s*(?:(?:was|were|has|had|have|been|is|are|also"
                          r"|later|then|not|never|himself|herself|был|была|были|было|также|тоже"
                          r"|быў|была|былі|таксама|сама|сам)\s+)*$", re.IGNORECASE)
_WHOSE = re.compile(r"\b(?:whose|чей|чья|чьи|чьего|чыя|чый|чые)\b", re.IGNORECASE)
# "detained the convict's brother, X", «задержали брата осуждённого, X»: the relative named
# right after the verb is its object, held in their own right
_KIN_OBJECT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:brother|sister|wife|husband|son|daughter"
                         r"|mother|father|брат\w*|сестр\w*|жен[уаы]|муж\w*|сын\w*|доч\w*|мат\w*|отц\w*"
                         r"|бацьк\w*|жонк\w*|сястр\w*)(?:\s+[\w'’-]+){0,2}?\s*,\s*$", re.IGNORECASE)


# Companions: "together with X", «вместе с X», «разам з X»; told after a date or a place
# ("charged in June, together with X"), not after a relative clause of its own.
_COMPANION = re.compile(r"(?:alongside|with|together\s+with|вместе\s+с|разам\s+з)\s*$",
                        re.IGNORECASE)
_WITH_COMPANION = re.compile(r"(?:together\s+with|along\s+with|alongside|вместе\s+с|разам\s+з)\s+"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COMPANION_AFTER = re.compile(
    r"(?:,?\s*(?:in|on|at|last|this|в|во|у|ў|на)\s+[\w-]+(?:\s+\d{4})?){0,2}?,?\s*"
    r"(?:together\s+with|along\s+with|alongside|вместе\s+с|разам\s+з)\s+"
    # (not "with his wife X", «вместе с женой»: kin who went along are no co-defendants)
    r"(?:(?!(?:wife|husband|son|daughter|mother|father|brother|sister|жен|муж|сын|доч|мат|отц"
    r"|брат|сестр|жонк|бацьк|сястр|дачк)\w*\s)[\w-]+\s+){0,2}$", re.IGNORECASE)
_NAMED_COMPANION = re.compile(r"(?:alongside|together\s+with|along\s+with)\s+$", re.IGNORECASE)
