#!/usr/bin/env python3
"""Regenerate the generated lexicons in this folder and check every lexicon file.

Generated here (from pip packages, see README.md):
  icd10cm_codes.txt   simple-icd-10-cm 1.5.0 (ICD-10-CM FY2026, April 1 2026 update)
  given_names.txt     names 0.3.0 (US Census 1990 dist.male.first / dist.female.first)
  surnames.txt        names 0.3.0 (US Census 1990 dist.all.last)
  removed_names.txt   the names dropped from the two lists above, with the reason
  drugs.txt           drug-named-entity-recognition 2.0.9 (entries with a MedlinePlus id)
                      plus the hand-kept BRANDS and EXTRA_GENERICS below

Hand-kept (edited directly; this script only tidies and checks them):
  lab_analytes.txt, lab_units.txt, health_terms.txt

Usage (no network needed once the packages are installed):
  python3 -m venv /tmp/lexvenv
  /tmp/lexvenv/bin/pip install simple-icd-10-cm==1.5.0 names==0.3.0 wordfreq==3.1.1
  /tmp/lexvenv/bin/pip install --no-deps drug-named-entity-recognition==2.0.9
  apt-get install wamerican            # /usr/share/dict/american-english (2020.12.07-2)
  /tmp/lexvenv/bin/python data/lexicons/build.py          # regenerate + check
  /tmp/lexvenv/bin/python data/lexicons/build.py --check  # check only (stdlib only)

wordfreq and wamerican are used only to decide which names are also common English
words; none of their data is written out. Nothing from the packages but the data listed
above is kept.
"""

from __future__ import annotations

import bz2
import datetime
import importlib.util
import os
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DICT = Path("/usr/share/dict/american-english")
COMMAND = "python3 data/lexicons/build.py  (see README.md for the venv)"

HAND_KEPT = ["lab_analytes.txt", "lab_units.txt", "health_terms.txt"]
GENERATED = ["icd10cm_codes.txt", "given_names.txt", "surnames.txt", "removed_names.txt", "drugs.txt"]

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

# Given names: the Census 1990 frequency is % of the male / female population; a name's
# combined frequency is the mean of the two. Keep names at or above this (4,018 names).
GIVEN_MIN_FREQ = 0.001
# Surnames: the top N by Census 1990 rank.
SURNAME_TOP = 10_000

# A name that is also a lower-case word in wamerican with a wordfreq Zipf frequency at or
# above this is dropped as a common word, unless it is in the KEEP set for its list.
ZIPF_COMMON = 4.0

# Dictionary words whose capitalised use in mail is overwhelmingly the name.
GIVEN_KEEP = set("""
bob bobby billy brad brooks carol chuck clay cliff crystal dawn dick earl harry hunter jack
jay jimmy john josh ken lee maria martin mason matt mike nick pearl peter reed rick robin
rocky roger sandy terry tom tony victor warren
""".split())
SURNAME_KEEP = set("""
baker billy bishop booth brooks brown bush butler chambers clay cook cooper duke earl fisher
ford gray green hall harry hart hill ho hood hunt hunter jack jay john khan king knight lamb
lee lo maria martin mason matt mike miller mills nick park pearl peter potter reed rick
robin roger rogers sandy smith terry tom turner victor walker warren wells wright
""".split())

# Hand-picked removals below the frequency threshold or outside wamerican's lower-case
# words: words that begin sentences or stand capitalised in mail, months, place names,
# and two-letter names that are abbreviations ("et al", "ED", "MA", "Fe", "OK").
GIVEN_EXTRA = {
    "america": "place name",
    "april": "month",
    "august": "month",
    "christian": "common word",
    "india": "place name",
    "june": "month",
    "may": "month",
    "al": "abbreviation",
    "ed": "abbreviation",
    "fe": "abbreviation",
    "jc": "abbreviation",
    "ok": "abbreviation",
    "wm": "abbreviation",
    "ha": "common word",
    "in": "common word",
    "ma": "abbreviation",
    "mi": "abbreviation",
    "my": "common word",
    "so": "common word",
}
SURNAME_EXTRA = {
    "christian": "common word",
    "june": "month",
    "august": "month",
    "may": "month",
    "ma": "abbreviation",
}

# Words that name a body part, symptom, test or care item: dropped from both name lists
# at any frequency (a name list is for identity evidence; these are health evidence).
CLINICAL_WORDS = set("""
arm back bile blood boil bone brace brain burns cane care cast cheek cheeks chest chew chin
clinic coil colon cone cough cramp cure doctor dose drain drug dye echo ear eye fever foot
frank gall gene gland gut hand head heal heart heel herb hip hurt ill iris knee lab lance
leak leg lens lien lip liver lump lung med mole nail neck nose nurse pain pap patient pill
pulse rash ray rib scan scar shin shot sick skin sling sore spine splint stroke swallow
tanner test toe tooth vein wart
""".split())

# --------------------------------------------------------------------------------------
# Drugs
# --------------------------------------------------------------------------------------

# US brand names, compiled by hand (names of commonly prescribed or OTC US products).
BRANDS = """
abilify|absorica|abraxane|abrysvo|accupril|accutane|aciphex|aclovate|actemra|actonel|actos|
aczone|adacel|adbry|adcirca|adderall|adempas|adipex|admelog|adrenaclick|adriamycin|advair|
advate|advil|aduhelm|afinitor|afluria|afrezza|afrin|aimovig|airsupra|ajovy|akynzeo|aklief|
albenza|aldactone|alecensa|aleve|alimta|alkeran|allegra|aloxi|alphagan|alunbrig|alvesco|
amaryl|ambien|amerge|amitiza|amnesteem|amoxil|ampyra|amrix|anafranil|androgel|annovera|
anoro|antabuse|anusol|aplenzin|apretude|apriso|aptiom|aranesp|arava|arazlo|arexvy|aricept|
arimidex|aristada|arixtra|armour thyroid|arnuity|aromasin|asacol|asmanex|astagraf|astelin|
atacand|atarax|ativan|atripla|atrovent|aubagio|augmentin|austedo|auvelity|auvi-q|auryxia|
avapro|avastin|avelox|aviane|avodart|avonex|axert|azasite|azilect|azopt|azstarys|
azulfidine|bactrim|bactroban|bafiertam|banzel|baqsimi|baraclude|basaglar|bavencio|
belsomra|benadryl|benicar|benlysta|bentyl|beovu|besivance|betaseron|bevespi|bexsero|beyaz|
beyfortus|biaxin|biktarvy|boniva|bonjesta|boostrix|bosulif|botox|breo|breo ellipta|
brexafemme|breztri|brilinta|briumvi|briviact|brixadi|brukinsa|bumex|buspar|bydureon|byetta|
bystolic|cabenuva|cabometyx|cablivi|caduet|calan|calquence|campral|capvaxive|caplyta|
carafate|cardizem|cardura|casodex|catapres|celebrex|celexa|cellcept|cequa|cesamet|chantix|
cialis|cibinqo|cimduo|cimzia|cinqair|cipro|ciprodex|claravis|clarinex|claritin|cleocin|
climara|clobex|clomid|clozaril|coartem|cobenfy|colace|colcrys|combigan|combivent|combivir|
comirnaty|complera|compazine|comtan|concerta|contrave|copaxone|cordarone|coreg|corlanor|
cortef|cortisporin|cosentyx|cosopt|coumadin|cozaar|cresemba|crestor|cutivate|cymbalta|
cyramza|cytomel|cytoxan|daliresp|darzalex|daypro|dayquil|dayvigo|daytrana|decadron|
delstrigo|delsym|delzicol|demadex|demerol|depakene|depakote|depo-medrol|depo-provera|
depo-testosterone|descovy|desyrel|detrol|dexedrine|dexilant|diclegis|dificid|differin|
diflucan|dilantin|dilaudid|diovan|diprolene|ditropan|divigel|dolophine|doptelet|doryx|
dovato|dovonex|doxil|dramamine|drisdol|droxia|dulcolax|dulera|duoneb|dupixent|durezol|
duragesic|dymista|dysport|edarbi|edarbyclor|edurant|effexor|effient|elavil|elidel|eligard|
eliquis|elmiron|elocon|emflaza|emgality|empaveli|emsam|emverm|enablex|enbrel|endari|
engerix|enhertu|enstilar|entocort|entresto|entyvio|envarsus|epclusa|epiduo|epidiolex|
epipen|epivir|epogen|epzicom|erbitux|erleada|esgic|eskalith|estrace|estrogel|estring|
eucrisa|evekeo|evenity|evista|evotaz|evrysdi|exalgo|excedrin|exelon|eylea|famvir|fanapt|
farxiga|fasenra|faslodex|feldene|femara|femring|fetzima|feraheme|fiasp|fioricet|fiorinal|
firmagon|firvanq|flagyl|flexeril|flomax|flonase|flovent|fluad|flublok|flucelvax|flumist|
fluzone|focalin|folotyn|forteo|fortesta|fosamax|fosrenol|fragmin|frova|fulphila|fycompa|
gardasil|gazyva|gemtesa|gemzar|genotropin|genvoya|geodon|gilenya|gilotrif|glatopa|gleevec|
glucagen|glucophage|glucotrol|glucovance|glyxambi|gocovri|gralise|granix|gvoke|halcion|
haldol|harvoni|havrix|hectorol|hemady|hemlibra|heplisav|hepsera|herceptin|horizant|
humalog|humatrope|humira|humulin|hydrea|hysingla|hyzaar|ibrance|iclusig|ilumya|imbruvica|
imcivree|imdur|imfinzi|imitrex|imodium|imovax|imuran|imvexxy|incruse|inderal|indocin|
inflectra|ingrezza|injectafer|inlyta|inrebic|intelence|intuniv|invega|invega sustenna|
invega trinza|invokana|iressa|isentress|isturisa|ixiaro|jakafi|jalyn|janumet|januvia|
jardiance|jatenzo|jemperli|jentadueto|jornay|juluca|junel|jynarque|kadcyla|kadian|
kaletra|kapvay|kayexalate|keflex|kenalog|kerendia|kesimpta|keppra|keytruda|kevzara|
kineret|kisqali|kisunla|klonopin|klor-con|kloxxado|kombiglyze|korlym|krazati|krystexxa|
kyleena|kyprolis|kyzatrex|lagevrio|lamictal|lamisil|lanoxin|lantus|lasix|lastacaft|latuda|
leqembi|leqvio|lemtrada|lenvima|levaquin|levemir|levitra|levoxyl|levsin|lexapro|lialda|
libtayo|lidex|liletta|linzess|lioresal|lipitor|lithobid|livalo|lo loestrin|lodine|
loestrin|lokelma|lomaira|lomotil|lopid|lopressor|lorbrena|lortab|lotemax|lotensin|
lotrimin|lovaza|lovenox|lucemyra|lucentis|lumakras|lumigan|lunesta|lupkynis|lupron|lutera|
luvox|lynparza|lyrica|lyumjev|maalox|macrobid|macrodantin|makena|malarone|marinol|mavenclad|
mavyret|maxalt|maxitrol|mayzent|medrol|megace|menquadfi|menveo|metamucil|methadose|
micardis|microgestin|microzide|midol|minocin|miralax|mirapex|mircera|mirena|mirvaso|
mitigare|mobic|monistat|monodox|monurol|motegrity|motrin|mounjaro|ms contin|mucinex|multaq|
myfembree|myfortic|mylanta|myrbetriq|namenda|namzaric|naprosyn|narcan|nardil|nasacort|
nasonex|natazia|natesto|neoral|neosporin|nerlynx|nesina|neulasta|neupogen|neupro|neurontin|
nexavar|nexium|nexletol|nexlizet|nexplanon|nextstellis|ngenla|nicoderm|nicorette|ninlaro|
nitrostat|nivestym|nizoral|norditropin|norvasc|norvir|nourianz|noxafil|nplate|nubeqa|
nucala|nucynta|nuedexta|nulojix|nurtec|nuplazid|nuvaring|nuvigil|nyquil|ocrevus|odefsey|
ofev|olumiant|omnicef|omnitrope|onfi|onglyza|opana|opdivo|opzelura|oracea|orapred|orencia|
orgovyx|oriahnn|orilissa|orkambi|ortho tri-cyclen|oseni|osphena|otezla|otrexup|oxbryta|
oxtellar|oxycontin|ozempic|ozobax|padcev|pamelor|paragard|parnate|parsabiv|pataday|
patanase|patanol|paxil|paxlovid|pegasys|pentasa|pepcid|pepto-bismol|percocet|perjeta|
pexeva|phenergan|phoslo|piqray|plaquenil|plavix|plegridy|pluvicto|pneumovax|polysporin|
pomalyst|ponvory|pradaxa|praluent|pravachol|precedex|premarin|prempro|prevacid|prevnar|
prevymis|prezcobix|prezista|prilosec|prinivil|pristiq|proair|procardia|procrit|prograf|
prolia|promacta|prometrium|propecia|proquad|proscar|protonix|protopic|proventil|provera|
provigil|prozac|pulmicort|pyridium|qelbree|qsymia|qtern|qudexy|qulipta|quviviq|qvar|
radicava|ranexa|rapaflo|rapamune|rasuvo|rayos|razadyne|rebif|reclast|reglan|relenza|
relistor|relpax|remeron|remicade|renflexis|renvela|repatha|requip|restasis|restoril|
retacrit|retevmo|retin-a|retrovir|revatio|revlimid|rexulti|reyataz|reyvow|rhinocort|
rhofade|rhopressa|rinvoq|risperdal|ritalin|rituxan|robaxin|robitussin|rocklatan|rocephin|
rotarix|rotateq|rozerem|rozlytrek|rubraca|rukobia|rybelsus|rytary|samsca|sandimmune|
sandostatin|saphnelo|saphris|savaysa|savella|saxenda|scemblix|seasonique|segluromet|
selzentry|semglee|senokot|sensipar|septra|seroquel|seysara|shingrix|signifor|siklos|siliq|
silenor|simbrinza|simponi|sinemet|singulair|sivextro|skelaxin|skyrizi|slynd|soliqua|
soliris|solodyn|solu-medrol|somatuline|sotyktu|sovaldi|spikevax|spinraza|spiriva|spravato|
sprintec|sprycel|stalevo|staxyn|steglatro|steglujan|stelara|stendra|stiolto|stivarga|
strattera|stribild|stromectol|suboxone|sublocade|subutex|sudafed|sunlenca|sunosi|suprax|
sustiva|sustol|sutent|symbicort|symdeko|symfi|symlin|symmetrel|sympazan|symtuza|synagis|
synjardy|synthroid|syndros|taclonex|tagrisso|taltz|tamiflu|tapazole|tarceva|tasigna|
tavalisse|taxol|taxotere|tazorac|tecentriq|tecfidera|tegretol|temodar|temovate|tenormin|
tepmetko|tessalon|testim|tezspire|thalomid|tikosyn|timoptic|tirosint|tivicay|tlando|
tobradex|tofranil|topamax|toprol|toprol-xl|toradol|toujeo|toviaz|tracleer|tradjenta|
travatan|trelegy|trelegy ellipta|tremfya|tresiba|trexall|treximet|tri-sprintec|tricor|
trikafta|trileptal|trintellix|triumeq|trizivir|trodelvy|trogarzo|trokendi|trulance|
trulicity|trumenba|trusopt|truvada|truxima|tudorza|tukysa|twinrix|twirla|tylenol|tymlos|
tysabri|ubrelvy|uceris|udenyca|uloric|ultomiris|ultram|ultravate|unisom|unithroid|uroxatral|
valium|valtrex|vabysmo|vagifem|vancocin|vaqta|varivax|varubi|vascepa|vasotec|vaxneuvance|
vectibix|velcade|veklury|veltassa|velphoro|vemlidy|venclexta|venofer|ventolin|veozah|
verzenio|vesicare|vfend|viagra|vibramycin|vicodin|victoza|viibryd|vimpat|viread|vistaril|
vitrakvi|vivelle|vivitrol|vivotif|voltaren|vosevi|votrient|vraylar|vtama|vumerity|vyepti|
vytorin|vyvanse|wakix|wegovy|welchol|wellbutrin|winlevi|xadago|xalatan|xalkori|xanax|
xarelto|xcopri|xeljanz|xeloda|xenical|xeomin|xgeva|xifaxan|xigduo|xiidra|xofluza|xofigo|
xolair|xopenex|xtandi|xulane|xultophy|xyosted|xyrem|xywav|xyzal|yaz|yervoy|zanaflex|
zantac|zarxio|zegalogue|zejula|zelapar|zenatane|zenzedi|zepatier|zepbound|zeposia|
zestoretic|zestril|zetia|ziac|ziagen|ziextenzo|zioptan|zithromax|zocor|zofran|zohydro|
zoloft|zomig|zonegran|zoryve|zortress|zovirax|zpak|z-pak|zubsolv|zulresso|zurzuvae|zyban|
zyloprim|zymaxid|zyprexa|zyrtec|zytiga|zyvox
"""

# Generic names, combinations and vaccine names that the MedlinePlus subset lacks or
# lists only inside a combination, compiled by hand.
EXTRA_GENERICS = """
aspart|degludec|detemir|glargine|lispro|amoxicillin-clavulanate|apap|bexagliflozin|budesonide-formoterol|buprenorphine-naloxone|
carbidopa|carbidopa-levodopa|cholecalciferol|clavulanate|covid-19 vaccine|daridorexant|
deucravacitinib|dextroamphetamine-amphetamine|docusate|donanemab|drospirenone|dtap|
emtricitabine-tenofovir|epoetin alfa|ethinyl estradiol|etonogestrel|ezetimibe-simvastatin|
ferrous gluconate|ferrous sulfate|flu vaccine|fluticasone-salmeterol|hctz|
hydrocodone-acetaminophen|hydrocortisone cream|insulin|insulin nph|insulin regular|
isosorbide dinitrate|isosorbide mononitrate|lebrikizumab|lecanemab|
lisinopril-hydrochlorothiazide|lithium carbonate|losartan-hydrochlorothiazide|mavacamten|
melatonin|metoprolol succinate|metoprolol tartrate|mirikizumab|mmr vaccine|molnupiravir|
nirmatrelvir|norethindrone acetate|norgestimate|oxycodone-acetaminophen|penicillin|
polyethylene glycol|potassium chloride|rsv vaccine|sacubitril|sacubitril-valsartan|
sennosides|shingles vaccine|sitagliptin-metformin|sotagliflozin|sotatercept|
sulfamethoxazole|sulfamethoxazole-trimethoprim|tafamidis|tdap|thiamine|tirzepatide|
tmp-smx|vilanterol|xanomeline|zuranolone
"""

# Dropped from the package subset: classes rather than drugs, and words with a common
# non-drug sense in mail ("lithium" batteries, "nicotine", "thyroid", "fluoride").
DRUG_EXCLUDE = set("""
estrogen|fluoride|hydrocodone combination products|iron supplements|lithium|malathion|
nicotine|potassium|progestin-only oral contraceptives|stool softeners|talc intrapleural|
thyroid|emend|yasmin
""".replace("\n", "").split("|"))

# Route/form qualifiers that MedlinePlus appends to a generic: the base name is kept.
FORM_SUFFIXES = re.compile(
    r"\s+(?:patch|vaginal|otic|buccal|sublingual|sublingual spray|implant|lozenges?|gum|"
    r"intravesical|intrauterine system|nasal|nasal gel|nasal powder|nasal spray|"
    r"nasal solution|viscous|cream|pyelocalyceal|urogenital|intramuscular|subcutaneous|"
    r"inhalation|lipid complex|liposomal)$"
)


def split_list(s: str) -> list[str]:
    return [w.strip() for w in s.replace("\n", "").split("|") if w.strip()]


# --------------------------------------------------------------------------------------
# File helpers
# --------------------------------------------------------------------------------------


def header(lines: list[str]) -> str:
    return "".join(f"# {l}\n" if l else "#\n" for l in lines)


def write(name: str, head: list[str], entries: list[str]) -> None:
    path = HERE / name
    path.write_text(header(head) + "".join(e + "\n" for e in entries), encoding="utf-8")
    print(f"wrote {name}: {len(entries)} entries, {path.stat().st_size} bytes")


def read_entries(path: Path) -> list[str]:
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]


def package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {module} is not installed: see the docstring of build.py")
    return Path(list(spec.submodule_search_locations)[0])


def dist_version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


# --------------------------------------------------------------------------------------
# ICD-10-CM
# --------------------------------------------------------------------------------------


def build_icd() -> None:
    import simple_icd_10_cm as cm

    data = package_dir("simple_icd_10_cm") / "data"
    xml = sorted(data.glob("*tabular*.xml"))
    codes_file = sorted(data.glob("code-list-*.txt"))
    xml_name = xml[0].name if xml else "?"
    m = re.search(r"<version>(\d+)</version>", xml[0].read_text(encoding="utf-8")[:2000]) if xml else None
    fy = m.group(1) if m else "?"
    codes = sorted(
        {c.upper() for c in cm.get_all_codes(with_dots=False) if cm.is_category_or_subcategory(c)}
    )
    bad = [c for c in codes if not re.fullmatch(r"[A-Z][0-9A-Z]{2,6}", c)]
    assert not bad, bad[:10]
    billable = sum(1 for c in codes if cm.is_leaf(c))
    write(
        "icd10cm_codes.txt",
        [
            "ICD-10-CM codes (categories, subcategories and billable codes, all chapters),",
            "upper case, WITHOUT the dot (E11.9 -> E119, S72.001A -> S72001A).",
            f"Release: ICD-10-CM FY{fy}, April 1, {fy} update (CDC/NCHS and CMS), as bundled in",
            f"the PyPI package simple-icd-10-cm {dist_version('simple-icd-10-cm')} "
            f"({xml_name}, {codes_file[0].name if codes_file else '?'}).",
            f"{billable} of the codes are billable (leaf) codes; the rest are categories and",
            "subcategories. Seven-character codes built from 7th-character rules are included.",
            "Licence: ICD-10-CM is a US-government work (CDC/NCHS, CMS): public domain in the",
            "United States. The package code (MIT) is not included, only this data.",
            f"Generated {datetime.date.today().isoformat()} by: {COMMAND}",
        ],
        codes,
    )


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def load_census(path: Path) -> list[tuple[str, float, int]]:
    out = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            out.append((parts[0].lower(), float(parts[1]), int(parts[3])))
    return out


def clinical_vocab() -> set[str]:
    vocab = set(CLINICAL_WORDS)
    for name in ["drugs.txt", *HAND_KEPT]:
        vocab |= set(read_entries(HERE / name))
    return vocab


def build_names() -> None:
    from wordfreq import zipf_frequency

    if not DICT.exists():
        sys.exit(f"{DICT} is missing: apt-get install wamerican")
    words = {w for w in DICT.read_text(encoding="utf-8").split() if w.islower() and "'" not in w}
    ndir = package_dir("names")
    freq: Counter[str] = Counter()
    for fn in ["dist.male.first", "dist.female.first"]:
        for name, f, _ in load_census(ndir / fn):
            freq[name] += f / 2
    given = sorted(n for n, f in freq.items() if f >= GIVEN_MIN_FREQ - 1e-9)
    surnames = sorted(n for n, _, r in load_census(ndir / "dist.all.last") if r <= SURNAME_TOP)
    clinical = clinical_vocab()

    def reason(name: str, keep: set[str], extra: dict[str, str]) -> str | None:
        if name in clinical:
            return "clinical term"
        if name in extra:
            return extra[name]
        if name in words and name not in keep and zipf_frequency(name, "en") >= ZIPF_COMMON:
            return "common word"
        return None

    removed: dict[str, tuple[set[str], str]] = {}
    kept = {}
    for label, lst, keep, extra in [
        ("given", given, GIVEN_KEEP, GIVEN_EXTRA),
        ("surname", surnames, SURNAME_KEEP, SURNAME_EXTRA),
    ]:
        out = []
        for n in lst:
            r = reason(n, keep, extra)
            if r is None:
                out.append(n)
            else:
                lists, old = removed.get(n, (set(), r))
                lists.add(label)
                removed[n] = (lists, old)
        kept[label] = out

    src = f"the PyPI package names {dist_version('names')} (files dist.male.first, dist.female.first, dist.all.last)"
    lic = [
        "Licence: US Census Bureau data, a US-government work: public domain in the United",
        "States. The package code (MIT) is not included, only this data.",
    ]
    rule = [
        "Removed (listed in removed_names.txt): names that are also common lower-case English",
        f"words (in wamerican {DICT.name} and wordfreq Zipf >= {ZIPF_COMMON}, less a hand-kept",
        "list of name-dominant words), clinical terms (body parts, symptoms, anything in",
        "drugs.txt, lab_analytes.txt, lab_units.txt, health_terms.txt), months, place names",
        "and two-letter abbreviations.",
    ]
    gen = f"Generated {datetime.date.today().isoformat()} by: {COMMAND}"
    write(
        "given_names.txt",
        [
            "Common US given names (male and female), lower case.",
            "Source: US Census 1990 name files (frequency in the 1990 census sample), from",
            src + ".",
            f"Selection: mean of male and female frequency >= {GIVEN_MIN_FREQ}% ({len(given)} names).",
            *rule,
            *lic,
            gen,
        ],
        kept["given"],
    )
    write(
        "surnames.txt",
        [
            "Common US surnames, lower case.",
            "Source: US Census 1990 surname file dist.all.last, from",
            src + ".",
            f"Selection: the {SURNAME_TOP} most frequent surnames by 1990 census rank.",
            *rule,
            *lic,
            gen,
        ],
        kept["surname"],
    )
    rows = []
    for n in sorted(removed):
        lists, r = removed[n]
        rows.append(f"{n}\t{'+'.join(sorted(lists))}\t{r}")
    write(
        "removed_names.txt",
        [
            "Names removed from given_names.txt / surnames.txt because they are also common English words, clinical terms, months, place names or abbreviations (false matches at a sentence start or in any case).",
            "Format: name<TAB>list (given, surname or given+surname)<TAB>reason. Sorted by name.",
            "Reasons: 'common word' = lower-case word in wamerican with wordfreq Zipf >= "
            f"{ZIPF_COMMON} (e.g. will, hope, young);",
            "'clinical term' = body part, symptom, test or a term in the other lexicons (e.g. chin, colon, iris);",
            "'common word' / 'month' / 'place name' / 'abbreviation' entries below the threshold were picked by hand (see build.py).",
            "Source and licence: as given_names.txt and surnames.txt (US Census 1990, public domain).",
            gen,
        ],
        rows,
    )


# --------------------------------------------------------------------------------------
# Drugs
# --------------------------------------------------------------------------------------


def build_drugs() -> None:
    pkl = package_dir("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(pkl, "rb") as f:
        d = pickle.load(f)
    generics = set()
    n_mp = 0
    for canonical, data in d["drug_canonical_to_data"].items():
        if "medline_plus_id" not in data:
            continue
        n_mp += 1
        n = re.sub(r"\s*\(.*?\)\s*", " ", canonical.lower()).strip()
        n = re.sub(r"\s+", " ", n)
        if "," in n or " and " in n or "/" in n:
            continue  # combinations: their ingredients are listed on their own
        n = FORM_SUFFIXES.sub("", n)
        n = re.sub(r"\s*-[a-z]{4}$", "", n)  # biologic suffix: aducanumab-avwa -> aducanumab
        generics.add(n)
    brands = set(split_list(BRANDS))
    extra = set(split_list(EXTRA_GENERICS))
    entries = sorted((generics | brands | extra) - DRUG_EXCLUDE)
    write(
        "drugs.txt",
        [
            "Drug names: generic names of drugs in US use, common US brand names, some",
            "combinations and vaccines, lower case.",
            f"Sources: (1) generics: the {n_mp} entries of the drug dictionary in the PyPI package",
            f"drug-named-entity-recognition {dist_version('drug-named-entity-recognition')} (Fast Data Science, MIT licence) that carry a MedlinePlus",
            "drug-information id (the drugs NLM's MedlinePlus documents for US consumers),",
            "canonical name only, qualifiers such as '(vitamin c)', 'patch', 'vaginal' and",
            "biologic suffixes such as '-avwa' dropped, combinations skipped;",
            "(2) about 1,000 US brand names and about 70 generics, combinations and vaccine",
            "names compiled by hand for phirelay (BRANDS / EXTRA_GENERICS in build.py).",
            "Dropped: classes rather than drugs and words with a common non-drug sense (DRUG_EXCLUDE).",
            "Licence: drug names are factual identifiers; the package data is MIT-licensed",
            "(built from DrugBank open vocabulary, CC0, and NLM MeSH/MedlinePlus); the hand list",
            "is the project's own. No package code is included.",
            f"Generated {datetime.date.today().isoformat()} by: {COMMAND}",
        ],
        entries,
    )


# --------------------------------------------------------------------------------------
# Hand-kept files: tidy (sort within '## ' groups, drop duplicates) and check
# --------------------------------------------------------------------------------------


def tidy_hand_kept(name: str) -> None:
    path = HERE / name
    head, groups = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            groups.append((line, []))
        elif line.startswith("#") and not groups:
            head.append(line)
        elif line.strip() and not line.startswith("#"):
            if not groups:
                groups.append(("", []))
            groups[-1][1].append(line.strip())
    seen: set[str] = set()
    out = "".join(l + "\n" for l in head)
    for title, items in groups:
        uniq = sorted({i for i in items if i not in seen})
        seen.update(uniq)
        out += (title + "\n" if title else "") + "".join(i + "\n" for i in uniq)
    path.write_text(out, encoding="utf-8")


def check(name: str) -> list[str]:
    path = HERE / name
    problems = []
    text = path.read_text(encoding="utf-8")
    if not text.startswith("#"):
        problems.append("no comment header")
    if path.stat().st_size > 2 * 1024 * 1024:
        problems.append("over 2 MB")
    seen: Counter[str] = Counter()
    group: list[str] = []
    groups = [group]
    for i, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            if line.startswith("## "):
                group = []
                groups.append(group)
            continue
        if not line.strip():
            problems.append(f"line {i}: empty")
            continue
        if line != line.strip() or "  " in line:
            problems.append(f"line {i}: stray spaces")
        key = line.split("\t")[0]
        if name == "icd10cm_codes.txt":
            if key != key.upper() or not re.fullmatch(r"[A-Z][0-9A-Z]{2,6}", key):
                problems.append(f"line {i}: not an undotted upper-case code: {line!r}")
        elif key != key.lower():
            problems.append(f"line {i}: not lower case: {line!r}")
        seen[key] += 1
        group.append(key)
    problems += [f"duplicate: {k!r}" for k, v in seen.items() if v > 1]
    for g in groups:
        if g != sorted(g):
            first = next(a for a, b in zip(g, sorted(g)) if a != b)
            problems.append(f"not sorted (first out of place: {first!r})")
    return problems


def main() -> None:
    check_only = "--check" in sys.argv[1:]
    if not check_only:
        for name in HAND_KEPT:
            tidy_hand_kept(name)
        build_icd()
        build_drugs()
        build_names()  # after drugs: names that are drug names are removed
    bad = False
    for name in HAND_KEPT + GENERATED:
        problems = check(name)
        n = len(read_entries(HERE / name))
        print(f"{name}: {n} entries, {'ok' if not problems else 'PROBLEMS'}")
        for p in problems[:20]:
            print("   ", p)
        bad |= bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    os.chdir(HERE)  # simple_icd_10_cm must not be imported from inside its own folder
    main()
