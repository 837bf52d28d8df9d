"""More East Slavic given names (Belarusian, Russian, Ukrainian) in Cyrillic and in the usual
Latin spellings, added to the core list in ``mentions``: a person span must start with one."""

from __future__ import annotations

from volia.names.given import all_spellings

_LATIN = """
aksana oksana alina alla alisa angelina anastasiya antanina antonina arina bahdan bogdan
bahdana boris barys danila danil daniil dzianis denys dmytro mykola mykhailo mykhaylo
oleksandr oleksii oleksiy oleksandra volodymyr vladyslav yevhen yevgeny yevgeniy evgenia
yaroslav yaraslau taras vitaliy vitalii serhiy serhii andriy andrii yuriy yurii petro
ostap bohdan lesia lesya olena kateryna khrystyna ivanna halyna liudmyla nataliia iryna
zinaida tamara vera viera nina lilia liliya yana yanina inna alesia alesya
ludmila lyudmila maryna marharyta margarita rita veranika veronika vika viktoryia viktoria
valiantsina valentina raisa rimma sofia sofya sophia zoya zoya ulyana ulyana yaugeniya
yauhenia yevgeniya zhanna zhana hennadz gennady gennadiy henadz henadzi grigory hryhoriy
ryhor rygor rigor hryhory fiodar fedor fyodor fiodor fedar kazimir kazimier leonid lieanid
mikhal michal mikhas miraslau miroslav mstislav mstsislau pyotr piotr rastsislau rostislav
rastislav sviataslau svyatoslav sviatoslau timofei tsimafei tsimafey uladzislau vladislav
vasily vasil vasili vasiliy viachaslau vyacheslav viachaslav vitold vitaut vitautas
yauhen yaugen yevgeni zakhar zahar zmitser zmicer zianon zenon stsiapan stsiapan siamion
semyon semen siamen syamyon arciom artsiom artyom alyaksandr alyaksei alyaksey aliaksiej
andrej ales alies aleg ihar igar illia illya ilya ivan yan kanstantsin kastus
kiril kiryl kirylo lavrentsi maksim maksym matvei matvey mikalai mikola mikita nikita
nikolay pavel paval pavlo raman roman ruslan safron savely siarhei serge sergiy stanislau
stanislaw stepan tadeush tadeusz timur uladzimir valer valery valeriy valiantsin valentin
viktar viktor vital vitali vitaly vladimir volha olga yahor yegor egor yury yuri yuryi
alena alyona aliona darya daria daryna dasha katsiaryna katerina ekaterina kseniya ksenia
maryia maria mariya nadzeya nadezhda natallia natalia natalya nastassia palina polina
sviatlana svetlana tatsiana tatiana tatsyana yulia yuliya julia liza lizaveta elizaveta
hanna anna halina galina larysa larisa marfa marta mila milana nelli nelly olesya alesia
eduard edvard emil gleb hleb ignat ihnat iosif osip kirill konstantin lev leu mark miron
myron nazar oleg oles orest platon prokhar prokhor radzim radim rodion rostyslav savva
semion sergei sergey sviataslau trafim trofim vadim vadzim vsevolod yakau yakov yakub
zinovy zinovi anatol anatoly anatoli arkadz arkady arkadi dzmitry dmitry dmitri dzmitri
paulina pavlina anzhelika anzhalika angelika inga inha ina kira taisia taisiya vasilisa
stanislava yaraslava zlata ilona vasyl oleh ihor yurii filip pilip philip diana dziyana
"""
_CYRILLIC = """
аксана оксана аліна алина алла аліса алиса ангеліна ангелина антаніна антонина арына арина
багдан богдан барыс борис данііл даниил данила данил дзяніс денис дмитро микола михайло
олександр олексій олександра володимир владислав євген ярослав яраслаў тарас віталій сергій
андрій юрій петро остап богдан леся олена катерина христина іванна галина людмила наталія
ірина зінаіда зинаида тамара вера віра ніна нина лілія лилия яна яніна янина инна алеся
людміла людмила марына марина маргарыта маргарита рыта рита вераніка вероника віка віктарыя виктория
валянціна валентина раіса раиса рымма римма соф'я софия софья зоя ульяна яўгенія евгения
жанна генадзь геннадий рыгор григорий грыгор грыгорый фёдар федор фёдор фядзор казімір
міхал міхась міраслаў мирослав мсціслаў мстислав пятро пётр пятрусь расціслаў ростислав
святаслаў святослав цімафей тимофей уладзіслаў уладзислаў владислав васіль василий вячаслаў
вячеслав вітольд вітаўт захар зміцер зьміцер зянон сцяпан сьцяпан степан сямён семён семен
арцём артём артем аляксандр александр аляксей алексей алесь алег олег ігар игорь ілья илья
іван иван ян канстанцін константин кастусь кірыл кирилл максім максим мацвей матвей мікалай
николай мікола мікіта никита павел паўел раман роман руслан сяргей сергей станіслаў станислав
тадэвуш цімур тимур уладзімір владимир валерый валерий валянцін валентин віктар виктор
віталь виталий вольга ольга ягор егор юры юрий алена алёна дар'я дарья даша кацярына екатерина
ксенія ксения марыя мария надзея надежда наталля наталья настасся анастасия паліна полина
святлана светлана таццяна татьяна юлія юлия ліза лізавета елизавета ганна анна галіна галина
ларыса лариса марфа марта міла мілана нэлі алеся эдуард эміль глеб ігнат игнат іосіф
иосиф кірыла лев леў марк мірон мирон назар алесь арэст орест платон прохар радзім радим
радзівон родион савва сямён трафім трофим вадзім вадим усевалад всеволод якаў яков якуб
анатоль анатолий аркадзь аркадий дзмітрый дмитрий
іна ина кира кіра ярослава яраслава рагнеда рогнеда станіслава станислава вячаслава ружа роза
філіп филипп піліп дзіяна диана
ефим яўхім юхім аріна арына таіса таиса ульяна уляна васіліса василиса андрусь сымон данута
ядвіга ядвига тэрэза тереза міраслава мирослава всеволад
лявон леон язэп іосіф иосиф апанас афанасий лявонцій леонтий вінцэнт винцент францішак франциск
браніслаў бронислав браніслава бронислава лідзія лидия лідыя
арсеній арсений арсен макар лаўрэн лаврентий марат ціхан тихон дзіна дина кристина крысціна
любоў любовь люба таісія таисия рэгіна регина снежана сняжана ева лада дыяна диана эмілія
эмилия альбіна альбина альберт рустам рамиль ринат камила амир артур герман
леван георгий гиорги нино ираклий давид тамар ника зураб михеил мариам саломея торнике
рустем сервер энвер нариман эмиль ильми ремзи сейран асан эскендер ленур диляве зарема эльвира
айдер эдем эрнес рефат мемет мустафа ильгар тофиг рауф эмин эльчин вугар анар гюнель
томаш анджей кшиштоф павел марцин михал катажина агнешка войцех нурлан аскар айгерим даурен
ерлан арман
турал айнур рашад самир эльвин ильгар орхан фарид джавид хадиджа севиндж наргиз гюнай
"""
_LATIN += """
ina kira yaraslava yaroslava rahneda rogneda stanislava viachaslava roza ruzha yefim yukhim
aryna arina taisa uliana ulyana vasilisa andrus symon danuta jadviga yadviga teresa tereza
miraslava miroslava usievalad vsevalad
liavon leon yazep iosif apanas afanasy vintsent frantsishak branislau bronislav lidzia lidia
arseny arseniy arsenii arsen makar pyatro viachaslau vyacheslau lavrenty lavrentiy marat
sviatoslav tikhon tsikhan vsevolad dina yelena elena kristina krystsina lidziya liubou lyubov
liuba lyuba taisia taisiya regina snezhana sniazhana eva yeva lada diana emilia emiliya
stefaniya stefania albina albert rustam ramil renat rinat ilnur aigul gulnara alsu dinara
leila leyla kamila amir artur arthur german herman gennadii vitaliy nikolai mykyta
levan giorgi giorgi nino irakli davit david tamar nika lasha zurab mikheil mariam salome
tornike beka otar gela ketevan keti tamta natia nodar archil vakhtang revaz shota
rustem server enver nariman emil ilmi remzi seyran asan eskender lenur dilyaver zarema elvira
lutfiye ayder aider edem ernes nariman seyran refat timur memet mustafa nariman
ilgar tofig rauf emin elchin vugar anar gunel afgan tofik ramil
tomasz andrzej krzysztof pawel marcin michal katarzyna agnieszka malgorzata joanna wojciech
jan andrius mindaugas
nurlan askar aigerim dauren yerlan arman
tural aynur rashad samir elvin ilkin orkhan farid javid khadija sevinj ulviyya nargiz gunay
aytan mammad huseyn vusal bakhtiyar afgan ilham polad ruslan igbal valeryia valeria valeriya
erik lars anders johan karl peter michael john james thomas daniel martin robert richard paul
andrew stephen marek tomas petr jakub lukas janis andris toomas juha mikko hans klaus jurgen
stefan markus emma laura sophie julia ingrid astrid haruto kenji hiroshi yuki
"""
_LATIN += (" sabina mariana maryana aliaksandra aleksandra faina karyna karina elina violetta"
           " aurimas mindaugas darius andrius rokas vytautas gintaras rimas kestutis egle ruta"
           " ieva greta aiste jurgis arunas algirdas saulius")
_CYRILLIC += (" ала інэса инесса эла элла ірэна ирэна ганна жана янка зося зоя юлія лілія")
_CYRILLIC += (" сабіна сабина марыяна марьяна аляксандра александра фаіна фаина карына карина"
              " эліна элина эльвіра эльвира віялета виолетта")
# Foreign citizens held in Belarus and Russia and flown out in exchanges: Polish, Baltic,
# German, Nordic, English, French and Japanese names. Words that are also common English
# words ("Will", "Frank", "Grace", "May") are left out: a sentence may start with them.
_LATIN += """
jonas juris marten mart edgars janis george william henry ewa lukasz mateusz kamil grzegorz
szymon dominik zbigniew bartosz rafal adam ryszard miroslaw jerzy lech zofia beata
dorota elzbieta ewelina justyna kinga magdalena monika urszula wieslaw zdzislaw
lina kaja liis jaan rein urmas indrek tiit priit kadri aivars valdis gints arturs raimonds
ilze inese kristaps martins uldis zigmars laila linas tomas vilius lukas
lisa felix henrik niklas florian tobias sebastian matthias christian andreas wolfgang heinz
dieter uwe gunter gunther sven jens jorg dirk torsten sabine petra ursula helga monique
kevin brian ryan jason jeffrey steven eric scott gregory patrick sean christopher
matthew joseph charles edward samuel nathan trevor paul evan
pierre jean francois nicolas olivier philippe claire isabelle
takashi akira hiroki yuto kaito sota kenta daisuke takumi yusuke
ali mohammed mohammad ahmed omar yusuf hassan
"""
_CYRILLIC += (" ежи марек юрис янис йонас даниэль даниэл джон майкл лукаш мартин ханс себастьян"
              " кристиан томас ёнас марцин ян яан эдгарс артурс мартиньш гинтарас витаутас"
              " юрген клаус вольфганг стефан штефан рико пол пауль джеймс роберт уильям")
# Tatar, Bashkir and Crimean Tatar, Central Asian, Caucasian, Myanmar and Iranian names of
# people held in Russia, Crimea and the region, and East Slavic forms the lists above lack.
# Left out: names that are common English words at a sentence's start (Said, Islam, Aman).
_LATIN += """
ildar aidar aydar rinat rustam marat azat ilnur ilshat ramil gulnara aigul aygul zarema
zulfiya alfiya leysan alsu dinara elmira edem lenur server eskender shevket reshat nariman
rustem seyran seiran enver rizvan ridvan zevri mustafa ervin remzi izzet izet fevzi dilaver
dilyaver elmaz lilya zera sevil sevile emine bakyt azamat aibek aybek nurlan erlan yerlan
kairat serik daniyar aidos zhanar aigerim asel cholpon tilek ulan kubanychbek medina
mamadsho faridun firdavs jamshed daler behruz shodmon nilufar mahina firuza zafar sharif
sulaymon nurullo davlatmand mekan merdan batyr serdar rahym jeren annagul aynabat
nijat togrul ravan elnur elchin fuad ilgar gulnar nigar sevda aytaj leyla narmin khadija
tural vugar kamal saba dato nika giya gia levan zurab merab giorgi mamuka eka mariam nino
tamar davit armen ashot tigran narek aslan akhmed magomed zelimkhan madina kheda shamil
abdulla ibragim kyaw aung htet thant zaw naing khin thiri phyo myo niloufar dariush soran
reza mahsa narges ahmad arseni arseniy arsen piatro pyatro alexandra alexander yekaterina
yevgenia evgeniya ala henryk fabian teodor tadevush kaarel aigars joel tsimur yauheni
ernest akim marlen rasa gulmira aizada bakhytzhan saule nurzat aigerim cholpon talant
kanybek zhanna ilya
min myint thein soe tun nyi hla maung thura zeyar khant wai yan
"""
_CYRILLIC += """
францішак франц ильдар айдар ринат рустам марат азат ильнур ильшат рамиль гульнара айгуль
зарема зульфия
альфия лейсан алсу динара эльмира эдем ленур сервер эскендер шевкет решат нариман рустем
сейран энвер ризван ридван зеври мустафа эрвин ремзи иззет изет февзи дилявер эльмаз лиля
зера севиль эмине бакыт азамат айбек нурлан ерлан кайрат серик данияр айдос жанар айгерим
асель чолпон тилек кубанычбек мамадшо фаридун фирдавс джамшед далер бехруз шодмон нилуфар
махина фируза зафар шариф сулаймон нурулло мекан мердан батыр сердар рахым джерен ниджат
тогрул раван эльнур эльчин фуад ильгар гюльнар нигяр севда айтадж лейла нармин хадиджа
турал вугар кямаль саба дато ника гия леван зураб мераб гиорги мамука эка мариам нино тамар
давид арман ашот армен тигран нарек аслан ахмед магомед зелимхан мадина хеда шамиль абдулла
ибрагим арсений арсен савелий зиновий инга алия анжела ричард хуан ион ромас дайнюс гульмира
айзада талант канат дамир тимур
сэрвер рэмзі нармін эльчын вахід рустэм эдэм эскендэр шэўкет нарыман ізет февзі дзілявер
зарэма зульфія альфія ільдар рынат раміль ільнур данияр айгерым мамадшо фарыдун фірдаўс
джамшэд махіна фіруза шарыф гіёргі гія марыям ніна давід тыгран магамед шаміль мадзіна
арсеній фелікс мікель фарход эдвін карла ільгар інга аліна
ежы ежи збігнеў збигнев войцех кшыштаф кшиштоф томаш марэк марек яцэк яцек вітаўтас витаутас
ёнас йонас андрюс андрус людвіг людвиг гиорги зураб ніка ника вахтанг давіт давит
"""
# The name engine's table of equivalents adds its spellings (Nadia, Надзея, Гліб), except
# words that are ordinary words as often as names («Слава Украіне», "Max") and, in Cyrillic,
# pet forms and names that are another name's case (Женя Курбацкая is rare in a report,
# «Валерыя» is mostly the genitive of Валерый).
_NOT_NAMES_TEXT = """слава slava max ira mary marie lenie leniie ление марго валерия валерыя
аня ваня вася вика витя вова володя галя гена дима женя ира катя коля костя ксюша лена люда
лёша алёша маруся маша миша надя настя наташа оля паша петя санька саша света серёжа соня таня
толя тёма шура юля юра"""
# Names of people from the Caucasus, Central Asia and Ukraine that the lists above lacked
_LATIN += (" zarina aliya guzel dilnoza malika farida ruslana anzhela lyudmyla viktoriya"
           " yevheniya elmar eldar ramazan murad zaur kazbek aslanbek daud makhmud")
_CYRILLIC += (" зарина гузель малика фарида злата нелли олексий андрий наталия"
              " соломия эльмар эльдар рамазан саид мурад заур казбек дауд махмуд")
_ENGINE = all_spellings() - frozenset(_NOT_NAMES_TEXT.split())
LATIN = frozenset(_LATIN.split()) | {s for s in _ENGINE if s.isascii()}
CYRILLIC = frozenset(_CYRILLIC.split()) | {s for s in _ENGINE if not s.isascii()}
