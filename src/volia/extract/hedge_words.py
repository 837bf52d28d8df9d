"""The words that hedge a report: the sentence-wide ones (a rumour, "reportedly", a denial,
a relayed claim, a condition) and the local ones (a modal, a demand) that block only the
trigger they stand just before. Regular-expression alternations by language; `hedges`
compiles them and decides what they block."""

from __future__ import annotations

SENTENCE_HEDGES = {
    # "sentenced for allegedly insulting", «осуждён за якобы оскорбление»: the wording of the
    # charge, not a doubt about the sentence
    "en": r"rumou?r\w*|reportedly|looked\s+for\s+(?:his|her|their)\s+names?"
          r"|(?:was|were|had\s+been)\s+(?:widely\s+)?expected\s+to"
          # "the group expected Anatol Reut, whose term ends in October, to be let out"
          r"|expect(?:s|ed|ing)?\s+(?:him|her|them|(?-i:[A-Z])[^.;]{0,80}?)\s+to\s+be\s+"
          r"(?:let\s+out|freed|released|pardoned|set\s+free|included)"
          r"|(?<!for\s)(?<!of\s)(?<!over\s)(?<!with\s)allegedly"
          r"|unconfirmed|unverified|not\s+(?:yet\s+)?(?:been\s+)?"
          r"confirmed|could\s+not\s+(?:be\s+)?(?:confirm|verif)\w*|refut\w+"
          r"|false\s+(?:report|claim)s?|(?<![\"“‘'«])(?<!spreading\s)(?<!for\s)(?<!about\s)(?<!of\s)"
          r"(?<!over\s)fake|speculat\w+|if|unless|hoax|claimed\s+without"
          # the inverted condition: "Had he been released in spring, he might be alive"
          r"|(?-i:Had)\s+(?:he|she|they|(?-i:[A-Z])[\w'’-]+)\s+been"
          r"|it\s+is\s+(?:not\s+)?(?:unclear|not\s+known)|no\s+(?:confirmation|evidence)"
          r"|(?:was|is|remains|remained)\s+(?:not\s+clear|unclear)\s+(?:whether|if)"
          r"|(?:also\s+)?claimed\s+that"
          r"|non-political|unrelated\s+(?:criminal\s+)?case"
          # "a post on Facebook claimed she had been released"
          r"|(?:posts?|messages?|channels?|accounts?)\s+(?:(?:on|in)\s+(?:[\w-]+\s+){1,2})?"
          r"(?:(?:last|this)\s+(?:week|month|night)\s+|yesterday\s+|recently\s+)?(?:claimed|alleged)"
          # what an earlier report said, corrected after: "Last week's round-up said that",
          # "Relatives initially reported that"
          r"|(?:last\s+week['’]s|earlier|previous|yesterday['’]s|an\s+earlier|our|the\s+original"
          r"|the\s+first)"
          r"\s+(?:[\w-]+\s+)?(?:round-?up|report|article|post|story|digest|version|item|broadcast"
          r"|edition|episode)\s+(?:of\s+(?:this|the|our)\s+(?:[\w-]+\s+)?(?:programme|program|show"
          r"|podcast|article|report|digest)\s+)?"
          r"(?:said|stated|reported|claimed)|initially\s+(?:reported|said|claimed|believed|told)"
          # "An earlier version of this digest named X among those released"
          r"|(?:an\s+)?earlier\s+version\s+of\s+(?:this|the|our)\s+(?:[\w-]+\s+)?(?:round-?up|report"
          r"|article|post|story|digest|item|text|piece)"
          # "An earlier version listed X among those freed", "Readers assumed X had been freed"
          r"|\ban\s+earlier\s+version\s+(?:of\s+(?:this|the|our)\s+[\w-]+\s+)?(?:listed|named|said"
          r"|stated|reported|included)"
          # "people in the chat believed that X had been arrested, too": a belief, no report
          r"|\b(?:people|many|some|everyone|relatives|friends|colleagues|members|readers"
          r"|neighbou?rs|supporters)\s+(?:[\w-]+\s+){0,4}?(?:believed|thought|assumed|were\s+sure"
          r"|feared)\s+(?:that\s+)?[^.;]{0,60}?\bhad\s+been\b"
          r"|\b(?:readers|many|some|everyone|people|we|they|relatives|friends|colleagues)\s+"
          r"(?:had\s+)?assumed\s+(?:that\s+)?(?-i:[A-Z])[\w'’-]+\s+had\s+been\b"
          # witnesses questioned and let go were never held
          r"|questioned\s+as\s+(?:a\s+)?witness(?:es)?"
          # "a woman at the market said she had heard that Vasyl had been released"
          r"|(?:had|has|have)\s+heard\s+(?:(?:it\s+)?said\s+)?that\b"
          # "Several readers wrote to us saying that X had been detained": unconfirmed tips
          r"|\breaders?\s+(?:have\s+|had\s+)?(?:wrote|written|write|told|messaged|reported"
          r"|called)\s+(?:to\s+)?(?:us\s+)?(?:[\w-]+\s+){0,3}?(?:saying|that|to\s+say)\b"
          # "We call on the authorities to:\n- release X": the list of demands that follows
          r"|\b(?:call(?:s|ed)?\s+(?:on|upon)|urge[sd]?|demand(?:s|ed)?)\s+(?:[\w-]+\s+){0,5}?to\s*:"
          # "the barracks buzzed with talk that X had been pardoned", "there was talk on
          # Telegram channels that …": hearsay
          r"|\b(?:was|were|buzzed\s+with|is|there\s+(?:was|is))\s+(?:(?:much|some|a\s+lot\s+of)\s+)?"
          r"talk\s+(?:[\w-]+\s+){0,4}?that\b"
          # "X denies the charge" is the accused's plea, not a denial of the report
          r"|(?<!which\she\s)(?<!which\sshe\s)(?<!which\sthey\s)"  # "…, which he denied"
          # "is accused of using violence; he denies it": the accused's plea
          r"(?<![;,]\she\s)(?<![;,]\sshe\s)(?<![;,]\sthey\s)(?<!and\she\s)(?<!and\sshe\s)"
          r"den(?:y|ies|ied)(?!\s+(?:(?:all|any|the|both|every)\s+)?(?:charges?|accusations?"
          r"|wrongdoing|guilt|allegations?\s+against|that\s+(?:he|she)\s+(?:had\s+)?"
          r"(?:committed|broke|organi[sz]ed|took)"
          # "in protest at being denied dental treatment": deprived, not a denial
          r"|(?:(?:him|her|them|all|any|the|a|his|her|their)\s+)?(?:(?:medical|dental|proper"
          r"|adequate|urgent|hospital)\s+)?(?:treatment|care|medicine|medication|insulin|food"
          r"|visits?|access|parole|bail|parcels?|letters?|calls?|painkillers|surgery)\b))"
          r"|(?:according\s+to\s+)?preliminary\s+(?:reports?|information|data)"
          r"|(?:cannot|can['’]t|couldn['’]t)\s+(?:independently\s+)?(?:confirm|verify)"
          # "Some news sites later claimed he had been detained", "nothing of the kind happened"
          r"|\b(?:sites|outlets|media|channels|accounts|papers|bloggers)\s+(?:later\s+|also\s+"
          r"|had\s+)?(?:claimed|alleged)\b|\bnothing\s+of\s+the\s+(?:kind|sort)\b"
          # "Some Telegram channels also listed X among the pardoned": unnamed channels' lists
          r"|\b(?:some|several|a\s+few|a\s+number\s+of|anonymous|various|other)\s+"
          r"(?:(?:Telegram|social[-\s]media|online|pro-government|opposition)\s+)?(?:channels|chats"
          r"|accounts|blogs)\s+(?:had\s+|have\s+)?(?:also\s+)?(?:listed|named|reported|claimed"
          r"|wrote|said|put|included|counted)"
          # "We've also seen reports that", "The lawyer asked about reports that"
          r"|(?:seen|heard|read|asked\s+about|questions?\s+about)\s+(?:\w+\s+)?reports?\s+that"
          # "reports of X being kept in a punishment cell were 'lies spread from abroad'"
          r"|\b(?:reports?|claims?|rumou?rs?)\s+(?:of|that|about)\b[^.;]{0,120}?\b(?:were|was|are|is)\s+"
          r"[\"“'‘]?(?:lies|a\s+lie|false|untrue|fake|fabricat\w+|baseless|groundless|nonsense)"
          r"|\b(?:disputes?|disputed|contests?|contested)\s+(?:\w+\s+){0,3}?(?:reports?|accounts?"
          r"|claims?\s+that)\b"
          # "asked the court on Wednesday to sentence him to seven years": a demand
          r"|(?:asked|urged|requested)\s+(?:the\s+(?:court|judge)\s+)?(?:[\w,]+\s+){0,3}?to\s+"
          r"(?:sentence|jail|imprison|convict)"
          # "Friends say, without confirmation, that he was moved"
          r"|without\s+(?:any\s+)?confirmation"
          # "We have not been able to verify his release"
          r"|(?:not\s+(?:yet\s+)?(?:been\s+)?able|unable)\s+to\s+(?:independently\s+)?(?:confirm|verify)"
          r"\s+(?:his|her|their|the|this|that|it|these|those|any|reports?|claims?)\b"
          # "she had believed she was being moved to another colony": what she thought
          r"|(?:believed|thought|assumed|was\s+sure|were\s+sure)\s+(?:that\s+)?(?:she|he|they|we|I)\s+"
          r"(?:was|were)\s+being\s+(?:moved|taken|transferred|sent)"
          # "who has campaigned for his release from Riga": a demand, by someone else
          r"|(?:campaign\w*|lobb\w+|advocat\w+|(?<!been\s)(?:is|are|was|were)\s+[\"“']?(?:\w+\s+)?working)"
          r"\s+for\s+(?:his|her|their)\s+(?:early\s+)?release"
          r"|there\s+(?:were|have\s+been|had\s+been)\s+(?:unconfirmed\s+|some\s+)?reports"
          # "but neither his lawyer nor the consulate could confirm this", "Reports that X had
          # been put in solitary were rejected by his lawyer", "has heard from men released
          # from Hlybokaye that he spent the winter in the punishment cell"
          r"|(?:neither|nor)\s+[^.;]{0,60}?\bcould\s+confirm"
          # live blogs: "X is said to have died", "A supporter posted that X had been freed",
          # "Several channels list him among the pardoned"
          r"|(?:is|are|was|were)\s+said\s+to(?=\s+(?:have|be)\b)"
          r"|(?:supporter|user|friend|fan|someone|acquaintance|blogger|account)s?\s+(?:had\s+)?"
          r"posted\s+(?:on\s+[\w-]+\s+)?that|channels\s+(?:list|name|report|claim|say)\b"
          r"|^\W*(?:reports|claims|rumou?rs)\s+that\b(?=[^.]*\b(?:were|was|have\s+been|has\s+been)"
          r"\s+(?:rejected|denied|dismissed))"
          r"|(?:has|had|have)\s+heard\s+from\s+[^.;]{0,60}?\bthat\s+(?:he|she|they|his|her|their"
          r"|(?-i:[A-Z])\w*)\b"
          # "reports spread that he had died; the prison called them lies": talk, not a fact
          r"|reports?\s+(?:spread|circulated|emerged|surfaced|appeared)\s+(?:\w+\s+){0,3}?that"
          r"|called\s+(?:them|it|this|these|the\s+reports?)\s+[\"“‘']?(?:lies|false|fake|untrue"
          r"|nonsense|a\s+lie)|(?:seen|saw)\s+(?:him|her|them)\s+alive"
          # "died not in custody but at home": the death was outside
          r"|not\s+in\s+(?:custody|prison|jail|a\s+colony)\s*,?\s*but\s+(?:at\s+home|free|in\s+freedom)"
          # "the site withdrew the report the following day"
          r"|(?:withdr(?:ew|awn)|retract(?:ed|s)?|deleted|took\s+down|removed)\s+(?:the|its|that"
          r"|this|their)\s+(?:report|claim|story|post|article|item)"
          r"|untrue|not\s+true|turned\s+out\s+to\s+be\s+(?:false|wrong|untrue|mistaken|incorrect"
          r"|inaccurate|a\s+mistake|unfounded|groundless)|proved\s+(?:false|wrong|mistaken)|baseless|(?:was|were|is|are|proved|proven)\s+(?:false|wrong|mistaken|inaccurate"
          r"|incorrect)|misinformation|disinformation"
          r"|no\s+information\s+that|despite\s+claims|dismiss\w*\s+(?:(?:the|these|those|such)\s+)?(?:reports?|claims?|rumou?rs?|allegations?)"
          r"|dismissed\s+by\s+(?:[\w'’-]+\s+){1,3}?as\b"
          r"|dismiss\w*\s+(?:\w+\s+)?as\s+(?:false|untrue|fake|baseless|rumou?rs?|speculation|lies"
          r"|fabrications?|disinformation)"
          r"|provocation|most\s+likely|probably|fabrications?|(?:nobody|no\s+one)\s+told"
          r"|had\s+hoped|had\s+been\s+hoping|hoped\s+to\s+see|expected\s+to\s+see"
          # "dismissed social media posts claiming that", "whose release groups keep demanding"
          r"|dismiss\w*\s+(?:[\w-]+\s+){0,2}?(?:posts?|messages?|statements?)|claiming\s+that"
          r"|whose\s+release\s+[^.;]{0,40}?(?:demand|call|campaign|press|urg)\w*"
          # "a bounty for information leading to his arrest", "a warrant for her arrest": sought
          r"|information\s+leading\s+to|warrants?\s+(?:was\s+issued\s+)?for\s+(?:his|her|their)\s+arrest"
          # "the lawyer had filed for his release; had the court granted it, …": asked for
          r"|(?:filed|applied|asked|petitioned|appealed|pressed)\s+for\s+(?:his|her|their)\s+"
          r"(?:early\s+|conditional\s+)?release|(?<=[;,]\s)had\s+(?:the\s+\w+|he|she|they)\s+"
          r"(?:been\s+)?\w+ed\b"
          r"|reject\w*\s+(?:as\s+\S+\s+)?(?:the\s+)?reports?"
          r"|wrongly|falsely|mistakenly|erroneously|prove[sn]?\s+(?:false|wrong|untrue|unfounded)"
          r"|until\s+(?:[\w,'’-]+\s+){0,6}?(?:is|are|be|gets?)\s+(?:also\s+)?(?:freed|released)"
          # "… had been moved to Shklov; he has not been."
          r"|(?:(?<=;)\s*|but\s+)(?:he|she|they)\s+(?:has|have|had|was|were|is|did)\s*(?:not|n[’']t)"
          r"(?:\s+been)?\W*$",
    # a release or arrest "in another, non-political case" is not of the prisoners counted
    "ru": r"(?:допрос\w*|опрос\w*)\s+(?:\w+\s+)?(?:как|в\s+качестве)\s+свидетел\w*"
          # «его фамилию ждали в списке помилованных»: only expected there
          r"|(?<!не\s)(?:ждал[аи]?|ожидал[аи]?)\s+(?:\w+\s+)?в\s+списк\w*"
          # «многие ожидали, что среди освобождённых будет X», «добивался освобождения отца»
          r"|(?<!не\s)ожидал[иа]?\s*,?\s+что|добива\w+\s+освобождения\s+(?:отца|матери|сына|дочери"
          r"|мужа|жены|брата|сестры)"
          r"|неполитическ\w+|слух\w*|сплетн\w*|^\W*говорят|видел\w*\s+(?:его|её|ее|их)\s+живы\w+"
          r"|^\W*(?:чтобы|если\s+бы)\s+(?:[\w-]+\s+){0,3}?(?:помиловали|освободили|отпустили|перевели)"
          r"|не\s+в\s+(?:заключении|колонии|тюрьме|СИЗО)\s*,?\s*а\s+(?:на\s+свободе|дома)"
          r"|(?:появил|распространил|поползл)\w*\s+(?:\w+\s+){0,2}?(?:сообщени|информаци|вест)\w*,?\s+(?:о\s+том,?\s+)?что"
          r"|назвал\w*\s+(?:ложью|неправдой|фейком|выдумкой|вымыслом)"
          r"|скорее\s+всего|никто\s+(?:мне\s+|ему\s+|ей\s+)?не\s+(?:сказал|сообщил)|ошибочно\w*"
          r"|вероятно|по-видимому|(?<!за\s)(?<!то,\sчто\s)якобы|надеял\w+|будто|как\s+ожидается"
          # the prosecutor's demand: «просила для X десять лет, для Y — восемь»
          r"|просил[аи]?\s+(?:для|суд)|запрашива\w+\s+для|запросил[аи]?\s+(?:для|суду?)"
          r"|приговор\w*\s+(?:\w+\s+)?(?:огласят|вынесут|объявят|должны\s+огласить|ожида\w+)"
          r"|(?:по)?прос(?:ил[аи]?|ит|ят)\s+(?:суд\s+)?(?:приговорить|назначить|осудить)"
          r"|без\s+(?:какого-либо\s+)?подтверждени\w+|(?:пока|ещё|еще)\s+не\s+предъявлен\w*"
          # «прокурор санкционировал их содержание под стражей на два месяца»: custody, no term
          r"|санкционирова\w+\s+(?:\w+\s+)?(?:содержани\w+\s+под\s+стражей|арест\w*|задержани\w+)"
          r"|ожидал(?:ось|и|а|ся)?,?\s+что|(?:ожидали|надеялись)\s+увидеть|(?:пред)?полага(?:ет|ют|л|ла|ли),?\s+что"
          r"|по\s+предварительн\w+\s+(?:данным|сведениям|информации)"
          r"|в\s+(?:некоторых\s+|ряде\s+)?(?:телеграм-)?каналах\s+(?:писали|сообщали|утверждали)"
          # «В первой версии материала мы сообщили, что…»: what a correction takes back
          r"|в\s+(?:первой|предыдущей|первоначальной|прежней)\s+версии"
          # «родные искали его имя среди освобождённых»: looked for, not found
          r"|искал\w*\s+(?:его\s+|её\s+|ее\s+|их\s+)?(?:имя|имена|фамили\w+)"
          # «написали о задержании X, но это оказалось ошибкой: X никто не задерживал»
          r"|оказал\w+\s+(?:[\w-]+\s+)?(?:ошибк\w*|неправд\w*|ложн\w*|фейк\w*)"
          r"|никто\s+не\s+(?:задерживал|арестовывал|отпускал|освобождал)"
          r"|неподтвержд\w+|не\s+подтвер\w+|опроверг\w*|опровер\w+"
          # «оспаривает сообщения о …» (not «защита оспаривает приговор»: an appeal)
          r"|оспарива\w+\s+(?:и\s+)?(?:\w+\s+)?(?:сообщени|информаци|данны|утверждени|слух|версию)\w*"
          r"|(?<![«\"„“])(?<!за\s)(?<!о\s)(?<!об\s)(?<!по\s)фейк\w*"
          r"|(?<!заведомо\s)ложн\w+|предположительно|возможно|если|^\W*(?:[\w-]+\s+){1,2}ли|(?:правда|верно|так|действительно)\s+ли|не\s+исключ\w+|по\s+непровер\w+|неизвестно"
          r"|неправд\w+|не\s+соответству\w+\s+действительности|дезинформац\w+"
          r"|нет\s+(?:информации|данных|сведений)\s+о\s+том|провокаци\w+|непроверенн\w+"
          r"|не\s+(?:смогли|смог|смогла|могут|удалось)\s+(?:\w+\s+)?(?:подтверд|провер)\w*"
          # «в Telegram писали, что её перевели», «подтвердить это ни адвокат, ни родные не
          # смогли», «слышала от освобождённых, что…»
          # «после сообщений в соцсетях о том, что дочь лишили переписки»: the networks' word
          r"|(?:сообщени|публикаци|слух|пост)\w*\s+(?:в|во)\s+(?:соцсет|сетях|Telegram|телеграм|чат"
          r"|канал)\w*\s+(?:о\s+том,?\s+)?что"
          r"|(?<!\w)(?:некоторые|отдельные|несколько|анонимные|ряд)\s+(?:(?:Telegram|телеграм)-?\w*\s+)?"
          r"(?:каналы|каналов|чаты|чатов|паблики|пабликов)\s+(?:также\s+|тоже\s+)?(?:писали|сообщали"
          r"|называли|включили|внесли|указали|записали)"
          r"|(?:в|во)\s+(?:Telegram|телеграм\w*|соцсетях|чатах|каналах)\s+(?:писали|пишут"
          r"|называют|называли)"
          r"|подтвердить\s+это\s+ни\b|слышал\w*\s+от\s+[^.;]{0,60}?,?\s+что\b"
          # «Вчера мы поспешили написать, что X вышел на свободу»: a report taken back
          r"|поспешил\w*\s+(?:написать|сообщить|объявить)"
          r"|(?:подтвердить|проверить)\s+(?:это|эт[уио]\s+\w+|\w+\s+)?не\s+(?:удалось|смогли|смог)"
          # «…, однако в ведомстве это отрицают, а проверить его слова невозможно»
          r"|^\W*ожидается,?\s+что|не\s+означает,?\s+что|(?:это|эт[иуо]\s+\w+)\s+отрица\w+|проверить\s+(?:его|её|ее|их|эти)\s+слова\s+"
          r"(?:\w+\s+)?невозможно",
    "be": r"(?:дапыт\w*|апыт\w*)\s+(?:\w+\s+)?(?:як|у\s+якасці)\s+сведа?к\w*"
          # «Шмат хто чакаў, што сярод вызваленых будзе X», «дамагаўся вызвалення бацькі»
          r"|(?<!не\s)чака(?:ў|ла|лі)\s*,?\s+што"
          # «ягонае прозвішча чакалі ў спісе памілаваных»: only expected there
          r"|(?<!не\s)чака(?:ў|ла|лі)\s+(?:\w+\s+)?[уў]\s+спіс\w*|дамага\w+\s+вызвалення\s+(?:бацькі|маці|сына|дачкі"
          r"|мужа|жонкі|брата|сястры)"
          r"|(?<!\w)(?:некаторыя|асобныя|некалькі|ананімныя)\s+(?:(?:Telegram|тэлеграм)-?\w*\s+)?"
          r"(?:каналы|каналаў|чаты|чатаў|пабліки)\s+(?:таксама\s+)?(?:пісалі|паведамлялі|называлі"
          r"|уключылі|унеслі)"
          r"|(?:у|ў)\s+(?:Telegram|тэлеграм\w*|сацсетках|чатах|каналах)\s+(?:пісалі|пішуць"
          r"|называюць|называлі)"
          r"|(?:па)?(?:чуў|чула|чулі)\s+ад\s+[^.;]{0,60}?,?\s+што\b|пацвердзіць\s+гэта\s+ні\b"
          r"|паспяшал\w*\s+(?:напісаць|паведаміць|абвясціць)"
          # «Калі яе змесцяць у ШІЗА, …»: an "if" with a verb ahead, a possibility
          r"|^\W*калі\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:уць|юць|яць|ецца|уцца|юцца|іцца)(?!\w)"
          r"|непалітычн\w+|чутк\w*|плётк\w*|^\W*кажуць|бачы(?:ў|ла|лі)\s+(?:яго|яе|іх)\s+жыв\w+"
          # «Каб Каляду памілавалі, яна магла б лячыцца»: a wish, not an event
          r"|^\W*каб\s+(?:[\w'’-]+\s+){0,3}?(?:памілавалі|вызвалілі|адпусцілі|перавялі)"
          r"|калі\s+б\s"
          r"|не\s+[уў]\s+(?:зняволенні|калоніі|турме|СІЗА)\s*,?\s*а\s+(?:на\s+волі|дома)"
          r"|(?:з'?явіл|распаўсюдзіл)\w*\s+(?:\w+\s+){0,2}?(?:паведамлен|інфармацы|звесткі)\w*,?\s+(?:пра\s+тое,?\s+)?што"
          r"|назвал\w*\s+(?:хлуснёй|няпраўдай|фэйкам|выдумкай)"
          r"|ніхто\s+(?:мне\s+|яму\s+|ёй\s+)?не\s+(?:сказаў|паведаміў)|хутчэй\s+за\s+[уў]сё"
          r"|верагодна|відаць|(?<!за\s)(?<!тое,\sшто\s)нібыта|спадзява[лў]\w*|памылков\w*|быццам|як\s+чакаецца"
          r"|прасі(?:ў|ла|лі)\s+(?:для|суд)|запатрабава(?:ў|ла|лі)\s+(?:для|суд)"
          r"|прысуд\w*\s+(?:\w+\s+)?(?:абвесцяць|вынесуць|павінны\s+абвясціць|чака\w+)"
          r"|(?:па)?пр[ао]с(?:іў|іла|ілі|іць|яць)\s+(?:суд\s+)?(?:прысудзіць|прызначыць|асудзіць)"
          r"|без\s+(?:аніякага\s+)?пацверджання|(?:пакуль|яшчэ)\s+не\s+прад['’]яўлен\w*"
          r"|санкцыянава\w+\s+(?:\w+\s+)?(?:утрыманн\w+\s+пад\s+вартай|арышт\w*|затрыманн\w+)"
          r"|чакал(?:ася|і|а|ся)?,?\s+што|(?:чакалі|спадзяваліся)\s+[уў]бачыць|мярку(?:е|юць|ю|ў|ла|лі),?\s+што"
          r"|па\s+папярэдн\w+\s+(?:звестках|даных|дадзеных|інфармацыі)"
          r"|[уў]\s+(?:некаторых\s+)?(?:тэлеграм-)?каналах\s+(?:пісалі|паведамлялі|сцвярджалі)"
          r"|[уў]\s+(?:першай|папярэдняй|першапачатковай)\s+версіі"
          r"|шукал\w*\s+(?:яго\s+|яе\s+|іх\s+)?(?:імя|імёны|прозвішч\w+)"
          r"|аказал\w+\s+(?:[\w-]+\s+)?(?:памылк\w*|няпраўд\w*|хлусн\w*|фэйк\w*)"
          r"|ніхто\s+не\s+(?:затрымліваў|арыштоўваў|вызваляў)"
          r"|няпэўн\w+|непацверджан\w+|не\s+пацвердз\w+"
          r"|не\s+пацверджан\w+|абверг\w*"
          r"|аспрэч(?:ва|ыў)\w*\s+(?:і\s+)?(?:\w+\s+)?(?:вестк|звестк|паведамлен|інфармацы|сцвярджэнн"
          r"|чутк|версію)\w*"
          r"|(?<![«\"„“])(?<!за\s)(?<!пра\s)фэйк\w*|магчыма|калі\s+б|^\W*ці|,\s*ці|невядома|няпраўд\w+|не\s+адпавяда\w+\s+рэчаіснасці"
          r"|неправер\w+|не\s+(?:змаглі|змог|змагла|могуць|[уў]далося)\s+(?:\w+\s+)?"
          r"(?:пацвердз|правер)\w*"
          r"|(?:пацвердзіць|праверыць)\s+(?:гэта|\w+\s+)?не\s+(?:[уў]далося|атрымалася|змаглі)"
          r"|^\W*чакаецца,?\s+што|не\s+азначае,?\s+што|гэта\s+адмаўля\w+|праверыць\s+(?:яго|яе|іх|гэтыя)\s+словы\s+(?:\w+\s+)?немагчыма",
}
LOCAL_HEDGES = {
    "en": r"(?-i:may)|might|could|would|will|shall|should|must|to\s+be|expected|likely"
          r"|set\s+to|going\s+to|hopes?|hoped|demand\w*|calls?\s+(?:[\w-]+\s+){0,3}?for"
          r"|called\s+(?:[\w-]+\s+){0,3}?for|urg\w+|plans?|planned|wants?"
          r"|wanted|threaten\w*|risk\w*|can|cannot|about\s+to|seeking|sought|asks?|asked|asking"
          r"|petition\w*|in\s+the\s+coming\s+(?:days|weeks|months)|promis(?:ed|es|ing)",
    "ru": r"может|могут|мог|могла|могли|будет|будут|должен|должна|должны|ожидается|планиру\w+"
          r"|собира\w+|потребова\w+|требу\w+|призва\w+|призыва\w+|хотят|грозит|угрожа\w+|просит"
          r"|запрос\w+|запраш\w+"
          r"|просил\w*|могл\w+|бы"
          # «в ближайшие недели его этапируют»: a present form told of what is coming
          r"|в\s+ближайш\w+\s+(?:дни|недели|месяцы|время)"
          # «ему уже пообещали, что скоро предъявят …»: a promise of what is to come
          r"|пообеща\w+|обеща\w+|скоро",
    "be": r"можа|могуць|будзе|будуць|павін\w+|чакаецца|плануе\w*|патраба\w+|патрабу\w+|заклік\w+"
          r"|хочуць|пагража\w+|пагроза|бы|прасіл\w*|прасіў|просім|просяць"
          r"|[уў]\s+бліжэйш\w+\s+(?:дні|тыдні|месяцы|час)|паабяца\w+|абяца\w+",
}


# Let go after questioning as a witness, or never detained: no release from custody.
NO_CUSTODY = (
    r"as\s+a\s+witness|(?:was|were)\s+not\s+(?:\w+\s+)?(?:detained|arrested)"
    r"|в\s+качестве\s+свидетел\w+|задерживать\s+не\s+стали|не\s+стали\s+задерживать"
    # questioned and let go: "was questioned and released", «её допросили и отпустили»
    r"|(?:questioned|interrogated)\s+(?:[\w-]+\s+){0,6}?and\s+(?:then\s+|after\s+(?:it|that)\s+"
    r"(?:was|were)\s+)?(?:released|let\s+go)"
    r"|допросил\w*\s+(?:\w+\s+){0,2}?и\s+(?:затем\s+)?отпустил\w*"
    # «Размова доўжылася каля гадзіны, пасля чаго яго адпусцілі», «вызывали на допрос, но
    # отпустили»
    r"|(?:размова|гутарка|допыт|беседа|разговор|допрос)\w*\s+[^.;]{0,40}?(?:пасля\s+чаго"
    r"|после\s+чего)\s+(?:\w+\s+)?(?:адпусцілі|отпустили)"
    r"|(?:выклікал|вызывал|вызвал)\w*\s+на\s+(?:допыт|допрос|гутарку|беседу)[^.;]{0,30}?"
    r"(?:але|но|а|і|и)\s+(?:потым\s+|потом\s+)?(?:адпусцілі|отпустили)"
    r"|отпустил\w*\s+после\s+(?:[\w-]+\s+){0,3}?(?:допроса|беседы)|допыталі\s+(?:\w+\s+){0,2}?"
    r"і\s+адпусцілі|(?:допрашивали|допросили|дапытвалі|дапыталі|разговаривали|беседовали"
    r"|размаўлялі|гутарылі)[^.;]{0,30}?(?:но|але|а|и|і)\s+(?:после\s+этого\s+|пасля\s+гэтага\s+)?"
    r"(?:потом\s+|затем\s+|потым\s+)?(?:отпустили|адпусцілі)|свидетел(?:ем|ьницей)|сведкам"
    r"|не\s+(?:был\w*\s+)?задержан\w*|як\s+сведк\w+|у\s+якасці\s+сведк\w+"
    r"|затрымліваць\s+не\s+сталі|не\s+сталі\s+затрымліваць|не\s+затрымлівал\w*"
    # «праз тры гадзіны адпусцілі, не затрымалі», «допросили как свидетеля и отпустили»
    r"|не\s+затрымалі|не\s+задержали|как\s+свидетел\w+"
    r"|не\s+(?:быў|была|былі)\s+затрыман\w*"
)

# Right before a participle: the people it describes are not the sentence's subject ("who
# represented dozens of people detained after the election").
# ("Among the students detained was X" names one of them)
# (not "X and Y, two journalists detained on 3 May", an apposition to the names)
OTHERS_BEFORE = (r"(?<!among\s)(?<!among\sthe\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!both\s)"
                 r"(?<!\d\s)\b(?:people|persons|protesters|demonstrators"
                 r"|clients|others|students|activists|residents|workers|journalists|men|women)\s+"
                 r"(?:who\s+(?:were|had\s+been)\s+)?$")
PARTICIPLES = r"(?:detained|arrested|jailed|convicted|charged|prosecuted|held)\b"
# An arrest ordered in absentia is no detention: "a court ordered her arrest in absentia",
# «суд заочно арестовал», «завочна арыштаваў».
IN_ABSENTIA_AFTER = r"\s+(?:[\w'’-]+\s+){0,2}?in\s+absentia\b|\s+заочно\b|\s+завочна\b"
IN_ABSENTIA_BEFORE = r"(?<!\w)(?:заочно|завочна)\s+$"

# "Prisoners released this year say he spent ten days in a punishment cell": the freed are the
# source (not "Prisoners released on Friday were taken to the border")
SOURCES_OPEN = r"^\W*(?:fellow\s+)?(?:prisoners|inmates|men|women|people|those)\s+$"
SAY_AFTER = r"[^.;,]{0,40}?\b(?:say|said|says|told|recall|recalled|describe)\b"
# "according to a woman released from the same colony": the freed one is a source
SOURCE_PERSON = (r"\baccording\s+to\s+(?:an?\s+|the\s+|two\s+|several\s+|other\s+)?"
                 r"(?:(?:fellow\s+)?(?:woman|man|inmate|prisoner|cellmate|detainee|people"
                 r"|women|men|inmates|prisoners|cellmates|detainees)\s+)?(?:recently\s+)?$"
                 # "according to two of those freed"
                 r"|\baccording\s+to\s+(?:one|two|three|several|some|many|most|all)\s+of"
                 r"\s+(?:those|the\s+(?:\w+\s+)?(?:people|prisoners|men|women))\s+$"
                 # "A woman who shared a cell with X and has since been released"
                 r"|\b(?:a|an|one|another)\s+(?:[\w-]+\s+)?(?:woman|man|inmate"
                 r"|prisoner|cellmate"
                 r"|detainee)\s+who\s+[^.;]{0,60}?\b(?:has|have|had|was)\s+(?:since\s+|just\s+"
                 r"|recently\s+)?(?:been\s+)?$"
                 # «— распавяла яе знаёмая, якая нядаўна вызвалілася»
                 r"|(?<!\w)(?:знаёмая|знаёмы|сяброўка|сябар|сукамерніца|сукамернік"
                 r"|знакомая|знакомый|подруга|друг|сокамерница|сокамерник|женщина"
                 r"|мужчина|жанчына|мужчына)\s*,?\s+(?:якая|які|которая|который)\s+"
                 r"(?:[\w-]+\s+){0,3}?$")
