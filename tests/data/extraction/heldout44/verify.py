#!/usr/bin/env python3
"""Self-checks for the heldout44 extraction gold set. Prints ALL CHECKS PASSED or the failures.

Uses the scorer's own functions (shared/tools/score_claims.py). spellings.json lists, per
article and gold person, the spellings the surname keys must cover (inflected forms used in the
text, Russian/Belarusian nominatives, Latin transliterations) and, under "allow", capitalised
words that the keys may also match (relatives sharing the surname), each with a reason.
"""
import datetime as dt
import json
import os
import re
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get('SCORER_DIR', '/work/shared/tools')
sys.dont_write_bytecode = True
sys.path.insert(0, TOOLS)
import score_claims as sc  # noqa: E402

TYPES = {'detained', 'charged', 'sentenced', 'transferred', 'incommunicado', 'solitary_confinement',
         'released', 'pardoned', 'deported', 'died_in_custody', 'recognized', 'recognition_withdrawn',
         'persecuted_after_release', 'group_release'}
LATEST = '2026-11-20'
EXPECT_LANG = {'en': 14, 'ru': 10, 'be': 6}
BODY_MIN, BODY_MAX = 200, 320
MUST_NOT_RANGE = (90, 130)

fails = []


def fail(msg):
    fails.append(msg)


def tokens(text):
    out = []
    for t in re.findall(r"[\w'’ʼ-]+", text):
        t = re.sub(r"['’ʼ]s$", "", t).strip("'’ʼ-")
        if t:
            out.append(t)
    return out


def parse_date(s):
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dt.date(int(s[:4]), int(s[5:7]), 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    raise ValueError(s)


def load():
    arts = {}
    for f in sorted(os.listdir(HERE)):
        if f.endswith('.gold.json'):
            nn = f[:-len('.gold.json')]
            gold = json.load(open(os.path.join(HERE, f), encoding='utf-8'))
            raw = open(os.path.join(HERE, nn + '.txt'), encoding='utf-8').read()
            arts[nn] = (gold, raw)
    return arts


def main():
    arts = load()
    spell = json.load(open(os.path.join(HERE, 'spellings.json'), encoding='utf-8'))
    if len(arts) != 30:
        fail(f'expected 30 articles, found {len(arts)}')
    langs = {}
    mn_total = 0
    types_seen = set()
    for nn, (gold, raw) in arts.items():
        lines = raw.split('\n')
        text = '\n'.join(lines[3:])
        toks = tokens(text)
        caps = {t for t in toks if t[:1].isupper()}
        # 8. header and body length
        if lines[0].strip() != gold['published'] or lines[1].strip() != gold['language'] or lines[2].strip():
            fail(f'{nn}: header does not match gold or line 3 not blank')
        langs[gold['language']] = langs.get(gold['language'], 0) + 1
        body = '\n'.join(lines[4:])
        nwords = len(body.split())
        if not (BODY_MIN <= nwords <= BODY_MAX):
            fail(f'{nn}: body has {nwords} words, outside {BODY_MIN}-{BODY_MAX}')
        if not lines[3].strip():
            fail(f'{nn}: headline line empty')
        # 6. dates
        try:
            pub = dt.date.fromisoformat(gold['published'])
        except ValueError:
            fail(f'{nn}: bad published date')
            continue
        if not (dt.date(2021, 1, 1) <= pub <= dt.date.fromisoformat(LATEST)):
            fail(f'{nn}: published {pub} outside 2021..{LATEST}')
        people_keys = {}
        for c in gold['claims']:
            types_seen.add(c['type'])
            if c['type'] not in TYPES:
                fail(f'{nn}: unknown type {c["type"]}')
            if c.get('date'):
                try:
                    d = parse_date(c['date'])
                    if d > pub:
                        fail(f'{nn}: {c["type"]} {c["person"]} date {c["date"]} after publication')
                except ValueError:
                    fail(f'{nn}: invalid date {c["date"]}')
            # 7. structure
            if c['type'] == 'group_release':
                if c['person'] is not None or not isinstance(c.get('count'), int):
                    fail(f'{nn}: group_release needs null person and an integer count')
            else:
                if not c.get('person') or c.get('count') is not None:
                    fail(f'{nn}: {c["type"]} needs a person and null count')
                if not c.get('surname_keys'):
                    fail(f'{nn}: {c["person"]} has no surname keys')
                prev = people_keys.setdefault(c['person'], c['surname_keys'])
                if prev != c['surname_keys']:
                    fail(f'{nn}: {c["person"]} has differing surname keys across claims')
            if c['type'] == 'deported' and not re.fullmatch(r'[A-Z]{2}', c.get('destination_country') or ''):
                fail(f'{nn}: deported {c["person"]} without ISO country')
            if c['type'] == 'sentenced' and c.get('term_months') is not None and not isinstance(c['term_months'], int):
                fail(f'{nn}: non-integer term')
        for c in gold['claims']:
            if c['type'] in ('deported', 'pardoned'):
                if not any(o['type'] == 'released' and o['person'] == c['person'] for o in gold['claims']):
                    fail(f'{nn}: {c["type"]} {c["person"]} without released')
        # 1. every gold person matched by a token of the article
        for p, keys in people_keys.items():
            if not any(sc.key_matches_token(k, t) for k in keys for t in toks):
                fail(f'{nn}: gold person {p} not matched by any token')
        # 2. keys cover spellings and match no other capitalised word
        sp = spell.get(nn, {})
        allow = set(sp.get('allow', {}))
        for p, keys in people_keys.items():
            forms = sp.get('people', {}).get(p)
            if not forms:
                fail(f'{nn}: no spellings listed for {p}')
                continue
            for f in forms:
                if not any(sc.key_matches_token(k, f) for k in keys):
                    fail(f'{nn}: keys {keys} of {p} do not match spelling {f}')
            for t in caps:
                if any(sc.key_matches_token(k, t) for k in keys) and t not in forms and t not in allow:
                    # the given name of the person itself is fine only if listed; report otherwise
                    fail(f'{nn}: keys {keys} of {p} also match capitalised word {t!r}')
        for p in sp.get('people', {}):
            if p not in people_keys:
                fail(f'{nn}: spellings listed for {p} who has no gold claim')
        # 4/5. must_not
        for m in gold.get('must_not', []):
            mn_total += 1
            if m['type'] not in TYPES or not m.get('why') or not m.get('person'):
                fail(f'{nn}: malformed must_not {m}')
            mkeys = sc.keys_for(m['person'])
            for c in gold['claims']:
                if c['type'] == m['type'] and c.get('person') and sc.person_matches(c['person'], mkeys, m['person']):
                    fail(f'{nn}: must_not {m["type"]} {m["person"]} matched by gold claim for {c["person"]}')
            if not any(sc.key_matches_token(k, t) for k in mkeys for t in toks):
                fail(f'{nn}: must_not person {m["person"]} (surname) not named in text')
            first = sc.tokens_of(m['person'])
            if len(first) > 1:
                g = re.sub(r'[^a-z]', '', sc.fold(first[0]))[:3]
                if not any(re.sub(r'[^a-z]', '', sc.fold(t)).startswith(g) for t in toks):
                    fail(f'{nn}: must_not person {m["person"]} (given name) not named in text')
    for lang, n in EXPECT_LANG.items():
        if langs.get(lang, 0) != n:
            fail(f'language {lang}: {langs.get(lang, 0)} articles, expected {n}')
    if not (MUST_NOT_RANGE[0] <= mn_total <= MUST_NOT_RANGE[1]):
        fail(f'must_not total {mn_total} outside {MUST_NOT_RANGE}')
    missing = TYPES - types_seen
    if missing:
        fail(f'event types never used: {sorted(missing)}')
    # 3. oracle through the scorer
    oracle = textwrap.dedent(f'''
        import json, os, sys
        here = {HERE!r}
        text = open(sys.argv[1], encoding="utf-8").read()
        for f in sorted(os.listdir(here)):
            if f.endswith(".txt"):
                raw = open(os.path.join(here, f), encoding="utf-8").read().split("\\n")
                if "\\n".join(raw[3:]) == text:
                    g = json.load(open(os.path.join(here, f[:-4] + ".gold.json"), encoding="utf-8"))
                    out = []
                    for c in g["claims"]:
                        p = c["person"]
                        out.append({{"type": c["type"],
                                    "person": {{"name": p, "mention": p, "person_id": None}} if p else None,
                                    "date": c["date"], "date_precision": None,
                                    "destination_country": c["destination_country"],
                                    "term_months": c["term_months"], "count": c["count"],
                                    "confidence": 1.0, "evidence": None}})
                    print(json.dumps({{"published": g["published"], "language": g["language"], "claims": out}}))
                    sys.exit(0)
        sys.exit(1)
    ''')
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as fh:
        fh.write(oracle)
        opath = fh.name
    try:
        res = sc.score(HERE, f'{sys.executable} {opath}', 60)
    finally:
        os.unlink(opath)
    a = res['attributes']
    ok = (res['precision'] == 1.0 and res['recall'] == 1.0 and res['f1'] == 1.0 and res['violations'] == 0
          and res['errors'] == 0 and a.get('date_ok') == a.get('date_total')
          and a.get('dest_ok') == a.get('dest_total') and a.get('term_ok') == a.get('term_total'))
    print(f"oracle: P={res['precision']} R={res['recall']} F1={res['f1']} violations={res['violations']} "
          f"errors={res['errors']} articles={res['articles']}")
    if not ok:
        fail('oracle did not score perfectly: ' + '; '.join(res['details'][:20]))
    if fails:
        for f in fails:
            print('FAIL', f)
        print(f'{len(fails)} CHECK(S) FAILED')
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
