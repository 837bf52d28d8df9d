"""The words that make a name beside them an official's or a relative's, by language.

`people` compiles them: a state's role ("Judge X", «начальник колонии X»), a role that titles
the name after a comma ("a spokeswoman for the administration, X"), and kinship and counsel
("his wife X", «адвокат X»)."""

from __future__ import annotations

OFFICIAL_WORDS = {
    "en": r"president|envoy|minister|ambassador|spokes(?:man|woman|person)|judge|prosecutor"
          r"|investigator|official|dictator|ruler|secretary|senator|governor|officer|warden"
          r"|negotiator|diplomat|mayor|host|presenter|interviewer|moderator|rapporteur"
          r"|ombuds(?:man|woman|person)"
          # a strike committee's or a union's chairman is one of the prisoners
          r"|(?<!committee\s)(?<!union\s)(?<!party\s)(?<!club\s)chair(?:man|woman)(?!\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
          r"(?:trade\s+union|union|party|opposition|movement|association|organi[sz]ation))"
          r"|head\s+of\s+state|colonel|major|(?<!former\s)(?:police\s+|district\s+)inspector|(?-i:(?:Lt\.?\s+)?Col|Lt|Maj|Gen|Capt|Sgt)\.|(?-i:Lt\s+Col)"
          r"|lieutenant|(?:colony|prison|camp)\s+(?:head|chief|director)|representative"
          # (a campaign's or a strike's coordinator is one of the prisoners)
          r"|coordinator(?!\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:campaign|movement"
          r"|strike|initiative|protests?|march|party|union|group|association|network|club"
          r"|community|foundation|team))|press\s+officer|(?:arch)?bishop|nuncio|cardinal|who\s+(?:chairs|heads)"
          r"|head\s+of\s+the\s+(?:colony|prison|camp|detention\s+cent(?:re|er)|penal\s+colony)"
          # "a deputy head of the federal penitentiary service"
          r"|head\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:penitentiary|prison|police|corrections"
          r"|correctional)\s+(?:service|department|directorate|administration)"
          r"|(?:member|secretary)\s+of\s+the\s+(?:[\w-]+\s+)?commission",
    "ru": r"президент\w*|посланник\w*|министр\w*|посол|посла|пресс-секретар\w+|судь[яиюей]"
          r"|прокурор\w*|следовател\w+|чиновник\w*|диктатор\w*|спецпосланник\w*|глав[аыу]"
          r"|председател\w+\s+комисси\w+\s+по\s+вопросам"  # "… помилования Х"
          r"|председател\w+(?!\s+(?:[\w-]+\s+)?(?:профсоюз|парти|организаци|объединени|обществ"
          r"|движени|союза|совета\s+(?:движения|партии)))"
          r"|начальник\w*|(?<!бывший\s)(?<!бывшего\s)(?<!бывший\sучастковый\s)(?:инспектор\w*|участков(?:ый|ого|ому|ым)"
          r"(?!\s+(?:врач|терапевт|педиатр|избират)\w*))|полковник\w*|подполковник\w*|майор\w*|представител\w+"
          r"|докладчи(?:к|ка|це|цу|цей|ца)|омбудсмен\w*|уполномоченн\w+\s+по\s+правам"
          r"|обвинител\w+|гособвинител\w+|(?:архи)?епископ\w*|нунци\w+|кардинал\w*"
          r"|представлявш\w+|ведущ(?:ий|ая|его|ей|ему)(?=\s+(?-i:[А-ЯЁ]))"
          # «Секретарь комиссии по вопросам помилования X», «Ректор университета X»
          r"|(?:секретар|член)\w*\s+комисси\w+"
          r"|(?<!бывший\s)(?<!бывшего\s)(?:про)?ректор\w*"
          # «Комиссию по вопросам помилования возглавляет X» (not «возглавляла штаб»)
          r"|(?:комисси\w+|колони\w+|управлени\w+)\s+(?:[\w-]+\s+){0,4}?возглавля(?:ет|л|ла)"
          # «Назначенный российскими властями «руководитель» города X»: an occupation official
          r"|назначенн\w+\s+(?:[\w-]+\s+){0,3}?[«\"]?(?:руководител|глав|мэр|губернатор)\w*[»\"]?"
          r"(?:\s+(?!(?-i:[А-ЯЁ]))[\w-]+){0,2}",
    "be": r"прэзідэнт\w*|пасланц\w*|пасланнік\w*|міністр\w*|пасол|пасла|суддз[яіюёй]\w*"
          r"|прэс-сакратар\w*"
          r"|пракурор\w*|следчы|следчага|чыноўнік\w*|дыктатар\w*|кіраўнік\w*"
          r"|(?:камісі\w+|калоні\w+|упраўленн\w+)\s+(?:[\w'’-]+\s+){0,4}?[уў]значальва(?:е|ў|ла)"
          r"|старшын\w+\s+камісі\w+\s+па\s+пытаннях"
          r"|старшын\w+(?!\s+(?:[\w'’-]+\s+)?(?:прафсаюз|партыі|арганізацыі|аб['’]яднання"
          r"|таварыства|руху|саюза))"
          r"|начальнік\w*|(?<!былы\s)(?<!былога\s)(?<!былы\sучастковы\s)(?<!былы\sўчастковы\s)(?:інспектар\w*|[уў]частков(?:ы|ага|аму|ым)"
          r"(?!\s+(?:урач|лекар|тэрапеўт|педыятр|выбарч)\w*))|палкоўнік\w*|падпалкоўнік\w*|маёр\w*|прадстаўні\w+"
          r"|дакладчы(?:к|ка|ца|цы|цу|цай)|амбудсмен\w*"
          r"|абвінаваўц\w+|дзяржабвінаваўц\w+|(?:архі)?епіскап\w*|нунцы\w+|кардынал\w*"
          r"|прадстаўляў\w*|вядоўц\w+|вядуч(?:ы|ая|ага|ай)(?=\s+(?-i:[А-ЯЁІЎ]))"
          r"|(?:сакратар|член)\w*\s+камісі\w+"
          r"|(?<!былы\s)(?<!былога\s)(?:пра)?рэктар\w*"
          r"|прызначан\w+\s+(?:[\w'’-]+\s+){0,3}?[«\"]?(?:кіраўнік|галав|мэр|губернатар)\w*[»\"]?"
          r"(?:\s+(?!(?-i:[А-ЯЁІЎ]))[\w'’-]+){0,2}",
}
# The head of a state body named by its possessive ("the colony's deputy head")
INSTITUTION_HEAD = (r"(?:colony|prison|commission|ministry|department|service|court|camp|committee"
                    r"|administration|directorate|police|KGB)['’]s\s+(?:deputy\s+|acting\s+)?"
                    r"(?:head|chief|director|chairman|chairwoman|governor|warden)\b")
# Roles that title the name after a comma ("a spokeswoman for the administration, X"); not
# "officer" or "official", which also describe prisoners ("a retired army officer, X").
APPOSED = (r"spokes(?:man|woman|person)|judge|prosecutor|investigator|minister|ambassador|envoy"
            r"|(?:special\s+)?representative|rapporteur|(?:high\s+)?commissioner"
            r"|chairman|chairwoman|(?:colony|prison|camp)\s+(?:head|chief|director)|colonel"
            r"|head\s+of\s+the\s+(?:colony|prison|camp|detention\s+cent(?:re|er))"
            r"|warden|governor"
            # "Its deputy head, X", "the deputy head of the colony, X"
            r"|(?:(?<=its\s)|(?<=their\s))(?:deputy\s+)?(?:head|chief|director)"
            r"|deputy\s+(?:head|chief|director|governor)(?=\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
            r"(?:colony|prison|camp|detention|penal|police|department|directorate|service))"
            # "the colony's deputy head, X", "the commission's chairman, X"
            rf"|{INSTITUTION_HEAD}")
RELATIVE_WORDS = {
    "en": r"sister|brother|wife|husband|mother|father|son|daughter|widow|partner|fianc[ée]e?"
          r"|relative|cousin|niece|nephew|uncle|aunt|grand(?:mother|father|son|daughter)"
          r"|lawyer|attorney|mom|dad",
    "ru": r"сестр[аыеу]|брат[аеу]?|жен[аыеу]|муж[аеу]?|мат[ьери]|отец|отца|сын[аеу]?|доч[ьери]"
          r"|дочер\w+|вдов[аыу]|родственни\w+"
          # a former lawyer in prison is a prisoner with a trade («бывший адвокат X»)
          r"|(?<!бывший\s)(?<!бывшего\s)(?<!бывшая\s)(?<!бывшую\s)(?<!бывшему\s)(?<!бывшим\s)(?<!экс-)"
          r"адвокат\w*|защитни\w+"
          r"|супруг(?!и(?!\w)|ов|ам|ами|ах)\w*"
          r"|мама|папа|бабушк\w+"
          r"|дедушк\w+|невест\w+",
    "be": r"сястр[аыэу]|брат[аз]?|жонк[аіу]|муж[аы]?|маці|бацьк[аі]|сын[аз]?|дачк[аіу]|дачк[аі]"
          r"|удав[аы]|сваяк\w*|(?<!былы\s)(?<!былога\s)(?<!былая\s)(?<!былую\s)(?<!былому\s)"
          r"адвакат\w*"
          r"|абаронц\w+|мама|тата|бабул\w+|дзядул\w+",
}
