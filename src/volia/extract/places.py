"""A small gazetteer: places of Belarus, Russia and Ukraine, facility words and nationality
adjectives, so that a capitalised place ("Mahilyou", "Leninsky District") or a headline phrase
("Jailed Belarusian") is never taken for a person."""

from __future__ import annotations

import re

from volia.extract.mentions import fold

_PLACES_TEXT = """
minsk mensk homel gomel hrodna grodno brest viciebsk vitebsk vitsebsk mahiliou mahilyou mogilev
mahilou mahiliow babruisk bobruisk barysau borisov baranavichy baranovichi pinsk lida slonim
maladziechna molodechno salihorsk soligorsk navapolatsk novopolotsk polatsk polotsk orsha vorsha
shklou shklov zhodzina zhodino horki gorki mazyr mozyr rechytsa rechitsa svetlahorsk svetlogorsk
zhlobin krychau krichev vaukavysk volkovysk kobryn kobrin slutsk hlybokaye glubokoye
ivatsevichy ivatsevichi kalinkavichy kalinkovichi navahrudak novogrudok ashmiany oshmyany
smarhon smorgon dzyarzhynsk kapyl nyasvizh nesvizh stoubtsy stolbtsy asipovichy osipovichi
rahachou rogachev dobrush lepel haradok mikashevichy luninets pruzhany kamianets
moscow moskva petersburg yekaterinburg ekaterinburg novosibirsk kazan samara ufa perm omsk
tomsk tula kaliningrad krasnodar rostov voronezh volgograd saratov chelyabinsk irkutsk
vladivostok murmansk smolensk pskov bryansk kursk belgorod oryol tver yaroslavl vladimir
ryazan kaluga krasnoyarsk khabarovsk crimea sevastopol simferopol donetsk luhansk lugansk
kyiv kiev kharkiv kharkov odesa odessa lviv dnipro zaporizhzhia mariupol kherson chernihiv
vilnius warsaw riga tallinn kaunas bialystok
akrestsina okrestina valadarka volodarka lefortovo butyrka matrosskaya
leninsky leninskiy leninski partizansky frunzensky zavodskoy zavodski sovetsky sovietsky
pervomaisky oktyabrsky kastrychnitski tsentralny centralny moskovsky maskouski
belarus russia ukraine lithuania poland latvia
"""
PLACES = frozenset(fold(w) for w in _PLACES_TEXT.split())
# Words that, right after a capitalised word, make it part of a place or an institution.
_PLACE_TAIL = re.compile(r"^\s*(?:District|Region|Oblast|Street|Avenue|Square|Court|Colony"
                         r"|Prison|Penal|Raion|Rayon|City|Province|Prospekt|Highway|Park"
                         r"|Regional|Town|Village|Lake|River|Central|Centre|Center|Crossing"
                         r"|Checkpoint|State|University|Institute|Academy|Library|Museum"
                         r"|Theatre|Theater|Lyceum|Gymnasium|Prize|Award|Foundation|National|Drama|Opera"
                         r"|Philharmonic|Conservatory|Conservatoire|College|School|Gallery|Stadium)\b"
                         # lower case only for words a surname is never followed by
                         r"|^\s*(?:district|region|oblast|raion|rayon|street|avenue|prospekt"
                         r"|housing\s+estate|microdistrict|neighbou?rhood"
                         r"|square|highway|lane|embankment|detention\s+(?:centre|center|facility)"
                         r"|remand\s+(?:prison|centre|center)|penal\s+colony"
                         # "Tehran's Evin prison", "Insein jail": a prison's name
                         r"|prison|jail|colony|penitentiary|airport|Airport|crossing|checkpoint"
                         r"|border\s+crossing)\b")
_NOT_PERSON_TEXT = """
belarusian belarusians russian russians ukrainian ukrainians polish lithuanian european
american jailed imprisoned detained arrested freed released pardoned convicted sentenced
political prisoner prisoners activist activists journalist journalists colony prison
penal jail court district region regional sizo kgb gubopik viasna omon interior ministry
city street avenue oblast raion breaking update exclusive opposition central
today times news post radio service media press daily weekly online tv channel crossing
kamenny checkpoint border nizhny novgorod veliky
"""
NOT_PERSON = frozenset(_NOT_PERSON_TEXT.split())


def is_place(word: str) -> bool:
    """True when WORD (any script, any case) is a known place name."""
    return fold(word) in PLACES


def place_follows(tail: str) -> bool:
    """True when TAIL (the text right after a span) makes the span part of a place name."""
    return _PLACE_TAIL.match(tail) is not None


def implausible_person(name: str) -> bool:
    """True when NAME contains a place, a facility or a headline word: no person."""
    words = [w.strip("’'.,").lower() for w in name.split()]
    return any(w in NOT_PERSON or is_place(w) for w in words)
