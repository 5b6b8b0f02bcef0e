"""Per-language word lists the meaning checks read: data, not logic.

Each table is keyed by base language tag (``fr``, ``en``, ``vi``). A new language is a new
entry in each table; the checks in ``meaning`` and ``language`` need no change. Patterns are
regular-expression fragments matched case-insensitively on whole words.
"""

from __future__ import annotations

# Negation markers. ``strong``: a grammatical negation. ``idioms``: phrases that carry a
# marker without negating (fr "ne … que" = only, "sans doute" = probably, vi "không khí" = air,
# "chẳng hạn" = for example, en "not only"); they are removed before the markers are counted.
# ``soft``: words that negate by their meaning (unable, impossible, thiếu, cấm; "unless" is "if
# not"): a side holding one is not said to lack the negation the other side has.
NEGATION: dict[str, dict[str, str]] = {
    "fr": {
        # "ne … pas" is one negation: the pair is counted first, and so is a negative word with
        # the "ne" that follows it ("rien n'a changé", "aucune victime n'a", "ni … ni … n'ont"),
        # then a lone "ne" or "n'" (literary "nous ne pouvons"), then words that negate alone
        # ("sans", "aucun"). A lone "ne" or "ni" stands after a space, a bracket or a quote and
        # before a space.
        # A "ni" further in the clause of a negation goes with it ("nul n'est acheté, vendu ni
        # exploité", "ne sont pas encore coordonnés ni renforcés"): one negation.
        "strong": r"\b(?:rien|aucune?s?|nul(?:le)?s?|jamais|ni\s+(?:[^\s.,;:!?]+\s+){1,6}?ni)\s+"
        r"(?:[^\s.;:!?]+\s+){0,8}?(?:ne(?= )|n['’])(?:[^.;:!?]*?\sni(?= ))*"
        r"|(?:(?<![^ \n\t\u00a0“(«])ne(?= )|n['’])\s*(?:[^\s.,;:!?]+\s+){0,5}?"
        r"(?:pas|plus|jamais|rien|personne|guère|point|aucun|aucune|nullement|ni)\b"
        r"(?:[^.;:!?]*?\sni(?= ))*"
        r"|(?<![^ \n\t\u00a0“(«])(?:ne|ni)(?= )|\bn['’](?=\w)"
        r"|\b(?:aucun|aucune|aucuns|aucunes|jamais|sans|nullement|pas|rien)\b"
        r"|\bnon\b(?=\s*(?:[,.;:!?»”)]|$|pas\b))",
        "idioms": r"\bsans (?:doute|cesse|précédent|relâche|compter)\b|\bque jamais\b"
        # "ne … que" (only) restricts, unless a negative word stands between: "ne savaient pas
        # qu'…" is a negation.
        r"|\bnon seulement\b"
        r"|\b(?:ne\s+|n['’])(?:(?!(?:pas|plus|jamais|rien|point|guère)\b)[^\s.,;:!?]+\s+){0,3}?"
        r"qu(?:e\b|['’])"
        r"(?!.*\b(?:pas|plus|jamais|rien)\b)"
        r"|\bpas à pas\b|\bfaux pas\b|\bpas mal\b"
        # "n'en demeure pas moins complexe": remains complex nonetheless
        r"|\bn['’]en (?:demeure|demeurent|reste|restent|est|sont) pas moins\b",
        "soft": r"\b(?:impossible|incapables?|inconnu\w*|illégal\w*|illicite\w*|échou\w*|"
        r"manqu\w*|absence|absent\w*|refus\w*|interdi\w*|empêch\w*|évit\w*|cess\w*|échec\w*|"
        r"arrêt\w*|zéro|faute de|hors de|exempt\w*|priv\w* de|moins|rare\w*|peu|"
        r"insuffisan\w*|inadéqua\w*|incertain\w*|inacceptable|in\w+ble|apatrides?|"
        r"mineurs?|à moins qu\w*|inutile\w*|superflu\w*|lacunes?|pénurie\w*|déficit\w*)\b",
    },
    "en": {
        # "neither … nor" is one negation, as French "ni … ni … ne" is.
        "strong": r"\bneither\s+(?:\S+\s+){1,8}?nor\b"
        r"|\b(?:not|never|nobody|nothing|none|neither|without|cannot|nowhere)\b"
        r"|\bno(?=[ ,.-])|\bnor(?= )|n['’]t\b",
        # "never been more complicated" says "plus compliquées que jamais" (more than ever);
        # "no matter what" says "quel que soit" (regardless).
        "idioms": r"\bnot only\b|\bno\.\s*\d|\bno doubt\b|\bnothing but\b|\bnot least\b"
        r"|\bwithout precedent\b|\bno matter\b"
        r"|\bnever\s+(?:been\s+|be\s+|seemed\s+)?(?:so|more|less|better|worse|greater|harder)\b"
        # "no small number", "no shortage of", "not a few": much, many; "not without": with
        # (litotes)
        r"|\bno (?:small|shortage)\b|\bnot a (?:few|little)\b|\bnot without\b"
        # "has lost none of its complexity": is as complex as ever
        r"|\bnone of\b(?:(?<=\blost none of)|(?<=\blose none of)|(?<=\bloses none of))"
        # "nothing short of remarkable": truly remarkable; "not become any less complex":
        # as complex; "nor are they without challenges": they have some
        r"|\bnothing short of\b|\bnot\s+(?:\S+\s+){0,2}?any less\b"
        r"|\bnor\s+(?:\S+\s+){0,4}?without\b",
        "soft": r"\b(?:unable|impossible|unprecedented|unknown|illegal\w*|illicit|fail\w*|"
        r"lack\w*|absen\w*|refus\w*|den(?:y|ies|ied|ial)|prevent\w*|ban|bans|banned|banning|"
        r"afraid|reluctant\w*|unwilling\w*|"
        r"prohibit\w*|hardly|barely|rarely|seldom|avoid\w*|stop\w*|ceas\w*|zero|"
        r"free|exempt\w*|deprived|less|few|little|unlike\w*|un\w+able|inadequate|"
        r"insufficient\w*|incomplete|in\w+ble|stateless|minors?|underage|yet to|unless|"
        r"forb[ia]d\w*|outlaw\w*|unlawful\w*|fall(?:s|ing)? short|fell short|short of|"
        r"un(?!der|it)\w*(?:ed|aware)|unnecessar\w*|needless\w*|gaps?|shortages?|shortfalls?|"
        r"deficits?)\b|\w+-free\b",
    },
    "vi": {
        # "người không quốc tịch" (stateless), "người chưa thành niên" (minor): soft words
        # "nếu thiếu" (if lacking) is "sans", "without"; "thiếu" alone is a soft word
        "strong": r"\b(?:không(?! quốc tịch)|chưa(?! thành niên)|chẳng|chả|đừng|chớ|chẳng hề"
        r"|không hề|chưa hề|nếu thiếu)\b",
        # "không thể thiếu" (cannot do without) is indispensable, essential
        "idioms": r"\b(?:không (?:khí|gian|quân|phận|ảnh|chỉ|những|ngừng|ít|kém|lâu|lường|trăm|phẩy"
        r"|thể thiếu|tránh khỏi)"
        r"|hàng không|chẳng hạn|chưa kể|chưa từng có|có\s+\w+(?:\s+\w+)?\s+không\s*\?"
        r"|hay không|hoặc không|số không|không phân biệt)\b"
        # "không thể không ghi nhận" (cannot not acknowledge): must acknowledge
        r"|\bkhông thể không\b"
        # "chưa bao giờ khó như bây giờ" (never so hard as now) says "harder than ever"
        r"|\bchưa bao giờ\s+(?:\S+\s+){0,3}?(?:như|bằng)\s+(?:bây giờ|hiện nay|lúc này|hiện tại)\b"
        # a closing "không?" asks a yes/no question ("Bà có thể giải thích … không?")
        r"|\bkhông(?=\s*\?)",
        "soft": r"\b(?:(?<!nếu )thiếu|vắng|ngăn|cấm|từ chối|vô|phi|bất|tránh|ngừng|dừng|chấm dứt|"
        r"khó|hiếm|trái phép|miễn|mất|ít|giảm|tước|trừ khi|chưa thành niên|không quốc tịch|"
        r"thất bại)\b",
    },
}

# ``soft`` words too loose to stand for a word negative by its meaning: "the Law on Prevention"
# is no rendering of "interdisant", nor "ngăn chặn" of "insuffisante" (see NEGATIVE_WORDS).
LOOSE_SOFT: dict[str, str] = {
    "fr": r"\b(?:évit\w*|moins|peu)\b",
    "en": r"\b(?:prevent\w*|avoid\w*|less|few|little)\b",
    "vi": r"\b(?:ngăn|tránh|ít|giảm)\b",
}

# Cues of a negation: substrings of the lower-case text with a space put before it; every
# match of a "strong" pattern holds one, so a text holding none has no negation marker and
# the patterns are not run on it (most units).
NEGATION_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("n'", "n’", "sans", "aucun", "jamais", "pas", "rien", "non", "nullement"),
    "en": (
        "not",
        "n't",
        "n’t",
        "no ",
        "no,",
        "no.",
        "no-",
        "never",
        "without",
        "none",
        "neither",
        "nor ",
        "cannot",
        "nobody",
        "nowhere",
    ),
    "vi": ("không", "chưa", "chẳng", "chả", "đừng", "chớ", "nếu thiếu"),
}
# Words for minors, whom a translation may name by their age ("người dưới 18 tuổi").
MINOR_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("mineur",),
    "en": ("minor", "underage", "under-18"),
    "vi": ("chưa thành niên", "vị thành niên"),
}
# Words negative by their meaning that a translation cannot lose or add without saying the
# opposite ("reste insuffisante" rendered "vẫn tương xứng", "interdisant" rendered "allowing",
# "nécessaire" rendered "unnecessary", "légales" rendered "illegal"): lower-case substrings. A
# side holding one needs a negation of some kind on the other side (a marker, or a ``soft``
# word: "not enough", "inadequate", "chưa tương xứng", "cấm").
NEGATIVE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": (
        "insuffisan",
        "inadéqua",
        "interdi",
        "impossib",
        "incapab",
        "illégal",
        "illicite",
        "apatride",
        "inacceptab",
        "inutile",
        "échou",
        "échec",
    ),
    "en": (
        "fail",
        "fall short",
        "falls short",
        "fell short",
        "insufficien",
        "inadequa",
        "prohibit",
        "forbid",
        "impossib",
        "unable",
        "incapab",
        "illegal",
        "illicit",
        "unlawful",
        "stateless",
        "unacceptab",
        "unnecessar",
        "hardly",
    ),
    "vi": ("thiếu", "cấm", "trái phép", "bất hợp pháp", "thất bại"),
}
# Privative words ("sans", "without", "nếu thiếu"): with another negation they make a double
# negation that a translation may say affirmatively with a word of restriction or of need
# ("Nous ne pouvons lutter sans vous" is "This can only be fought with you", "Chỉ khi có …
# mới", "Fighting this scourge takes all of you", "cần đến sự hợp tác của các bạn"): two
# markers fewer on that side, with such a word and no word negative by its meaning, is no
# loss ("We can fight it with you", without "only", still is; and so is "Every victim was
# left with support" for "Aucune victime n'a été laissée sans soutien", which a universal
# word cannot be told from a lost negation by).
PRIVATIVES: dict[str, str] = {
    "fr": r"\bsans\b",
    "en": r"\bwithout\b|\bunless\b",
    "vi": r"\b(?:nếu (?:không|thiếu)|mà không|thiếu)\b",
}
# "Unless": with a negation, a double negation that says the affirmative ("Law enforcement
# cannot end trafficking unless it enforces strict rules" for "doivent appliquer").
UNLESS: dict[str, str] = {
    "fr": r"\bà moins qu",
    "en": r"\bunless\b",
    "vi": r"\btrừ (?:khi|phi)\b",
}
# Verbs of neglect: with a negation, a double negation that says the affirmative ("Nous ne
# pouvons pas non plus négliger la communication" is "Communication is equally important",
# "cũng không thể xem nhẹ" is "we also have to pay attention to"). A translation that keeps
# the verb must keep the negation ("cũng có thể xem nhẹ" is the opposite).
NEGLECTS: dict[str, str] = {
    "fr": r"\b(?:néglig|oubli|ignor|sous-estim|délaiss|mettre de côté|à la légère)\w*",
    "en": r"\b(?:neglect|overlook|ignor|forget|forgot|underestimat|disregard|downplay|sideline"
    r"|(?:set|put|cast|push)\w* aside|lightly)\w*",
    "vi": r"\b(?:xem nhẹ|coi nhẹ|lơ là|bỏ qua|xao nhãng|sao nhãng|bỏ quên|quên|gác lại|gác sang"
    r"|xem thường|coi thường|bỏ mặc)\b",
}
# Verbs that take something away or spare from it (deny, escape, shelter): with a negation, a
# double negation that says the affirmative ("Aucune victime ne doit être privée d'un accès
# égal", "No victim may be denied equal access", "Không nạn nhân nào bị tước quyền" for "All
# victims must have equal access"; "must not escape accountability" for "held accountable").
DEPRIVES: dict[str, str] = {
    "fr": r"\b(?:privé\w*|priver|exclu\w*|refusé\w*|épargné\w*|manqu\w*|échapp\w*|à l['’]abri)",
    "en": r"\b(?:denied|deny|depriv\w*|exclud\w*|refused|spared|lacking|escap\w*|immune)\b",
    "vi": r"\b(?:tước|gạt ra|loại trừ|loại ra|bị từ chối|thoát)\b",
}
RESTRICTIVES: dict[str, str] = {
    "fr": r"\b(?:seulement|uniquement|(?:ne\s+|n['’])(?:\S+\s+){1,3}?qu|nécessit\w*|exige\w*"
    r"|il faut|requi\w*)",
    "en": r"\b(?:only|needs?|needed|requires?|required|takes)\b",
    "vi": r"\b(?:chỉ|mới|cần|đòi hỏi)\b",
}

# Cues that count only after a space, a bracket or a quote (the "ne " of "une " is no cue).
NEGATION_WORD_CUES: dict[str, tuple[str, ...]] = {"fr": ("ne ", "ni "), "en": (), "vi": ()}
CUE_BOUNDARY = " \n\t\u00a0“(«"

# The period a rate is counted per ("16 heures par jour", "16 hours a day", "16 giờ mỗi ngày"):
# a translation that counts it per another period ("a week") changes the amount.
RATES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "day": ("par jour", "chaque jour", "quotidiennement"),
        "week": ("par semaine", "chaque semaine", "hebdomadaire", "hebdomadaires"),
        "month": ("par mois", "chaque mois", "mensuel", "mensuels", "mensuelle", "mensuelles"),
        "year": (
            "par an",
            "par année",
            "chaque année",
            "annuel",
            "annuels",
            "annuelle",
            "annuelles",
        ),
    },
    "en": {
        "day": ("a day", "per day", "each day", "daily"),
        "week": ("a week", "per week", "each week", "weekly"),
        "month": ("a month", "per month", "each month", "monthly"),
        "year": ("a year", "per year", "each year", "annual", "annually"),
    },
    "vi": {
        "day": ("mỗi ngày", "hằng ngày", "hàng ngày", "/ngày"),
        "week": ("mỗi tuần", "hằng tuần", "hàng tuần", "/tuần"),
        "month": ("mỗi tháng", "hằng tháng", "hàng tháng", "/tháng"),
        "year": ("mỗi năm", "hằng năm", "hàng năm", "/năm"),
    },
}

# Units that follow a number, by kind: a number's unit changed or dropped changes the meaning
# ("25 ans" → "25 tháng", "12 km" → "12"). Money, percent and scale words (million, tỷ) are
# compared by the numbers check.
UNITS: dict[str, dict[str, str]] = {
    "km": {
        "fr": r"km|kilomètres?",
        "en": r"km|kilometres?|kilometers?",
        "vi": r"km|ki-lô-mét|kilômét|cây số",
    },
    "metre": {"fr": r"mètres?|m²|m2|m³", "en": r"metres?|meters?|m²|m2|m³", "vi": r"mét|m²|m2|m³"},
    "kg": {
        "fr": r"kg|kilos?|kilogrammes?",
        "en": r"kg|kilos?|kilogrammes?|kilograms?",
        "vi": r"kg|ký|kí|kilôgam|cân",
    },
    "tonne": {"fr": r"tonnes?", "en": r"tonnes?|tons?", "vi": r"tấn"},
    "hectare": {"fr": r"ha|hectares?", "en": r"ha|hectares?", "vi": r"ha|héc-ta|hécta|hecta"},
    "degree": {"fr": r"°\s?C|°|degrés?", "en": r"°\s?C|°|degrees?", "vi": r"°\s?C|°|độ"},
    # Decades and centuries name spans of years too ("25 ans": "a quarter of a century"); an
    # English age needs no "years" ("âgés de 18 à 35 ans": "aged 18 to 35").
    "year": {
        "fr": r"ans?|années?|décennies?|siècles?",
        "en": r"years?|yrs?|year-old|years-old|decades?|centur(?:y|ies)|aged|ages?",
        # "296 năm 2022" is 296 in the year 2022, not 296 years
        "vi": r"năm(?!\s+\d{4}\b)|tuổi|thập kỷ|thập niên|thế kỷ",
    },
    # Half-years and quarters are spans of months ("premier semestre" = "6 tháng đầu năm").
    "month": {
        "fr": r"mois|semestres?|trimestres?",
        "en": r"months?|month-long|semesters?|half-years?",
        "vi": r"tháng",
    },
    "week": {"fr": r"semaines?", "en": r"weeks?|week-long", "vi": r"tuần"},
    "day": {"fr": r"jours?|journées?", "en": r"days?|day-long", "vi": r"ngày|hôm"},
    "hour": {"fr": r"heures?|h", "en": r"hours?|hrs?|h", "vi": r"giờ|tiếng"},
    "minute": {"fr": r"minutes?|min", "en": r"minutes?|mins?", "vi": r"phút"},
}

# Units a translator may convert to the reader's system, by kind, read only by the numbers
# check once the values differ ("30 km" = "about 19 miles"); French "milles" is also a number.
CONVERTED_UNITS: dict[str, dict[str, str]] = {
    "mile": {"fr": r"miles", "en": r"miles?", "vi": r"dặm(?: Anh)?"},
}

# Multipliers by factor: "more than tripled" → "more than doubled" changes the figure; a
# factor may be said approximately ("multiplié par plus de trois", "multiplied by nearly 3").
_ABOUT_FR = r"(?:plus de |près de |environ |au moins )?"
_ABOUT_EN = r"(?:more than |nearly |almost |about |at least )?"
MULTIPLIERS: dict[int, dict[str, str]] = {
    2: {
        "fr": rf"doubl\w*|(?:deux|2) fois|multipli\w* par {_ABOUT_FR}(?:deux|2)",
        "en": rf"doubl\w*|twice|two-?fold|(?:two|2) times|multiplied by {_ABOUT_EN}(?:two|2)",
        "vi": r"gấp đôi|gấp hai|gấp 2|tăng đôi|(?:hai|2) lần|nhân đôi",
    },
    3: {
        "fr": rf"tripl\w*|(?:trois|3) fois|multipli\w* par {_ABOUT_FR}(?:trois|3)",
        "en": rf"tripl\w*|trebl\w*|three-?fold|(?:three|3) times|thrice"
        rf"|multiplied by {_ABOUT_EN}(?:three|3)",
        "vi": r"gấp ba|gấp 3|(?:ba|3) lần|nhân ba",
    },
    4: {
        "fr": rf"quadrupl\w*|(?:quatre|4) fois|multipli\w* par {_ABOUT_FR}(?:quatre|4)",
        "en": rf"quadrupl\w*|four-?fold|(?:four|4) times|multiplied by {_ABOUT_EN}(?:four|4)",
        "vi": r"gấp bốn|gấp 4|(?:bốn|4) lần",
    },
    5: {
        "fr": rf"quintupl\w*|(?:cinq|5) fois|multipli\w* par {_ABOUT_FR}(?:cinq|5)",
        "en": rf"quintupl\w*|five-?fold|(?:five|5) times|multiplied by {_ABOUT_EN}(?:five|5)",
        "vi": r"gấp năm|gấp 5|5 lần",
    },
    10: {
        "fr": rf"décupl\w*|(?:dix|10) fois|multipli\w* par {_ABOUT_FR}(?:dix|10)",
        "en": rf"ten-?fold|(?:ten|10) times|multiplied by {_ABOUT_EN}(?:ten|10)",
        "vi": r"gấp mười|gấp 10|(?:mười|10) lần",
    },
}

# Shares said as fractions, and the percentages a translator may write for them ("diminué de
# moitié" = "fallen by 50%", "deux tiers" = "66 %" or "67 %"); "six in ten" is 60 % (PER_TEN
# after a number in words or digits). Whole words, lower case; "1/4" is left out (a date in
# Vietnamese: ngày 1/4).
SHARES: dict[str, dict[str, tuple[int, ...]]] = {
    "fr": {
        r"moitié": (50,),
        r"(?:un|le|du) quart": (25,),
        r"trois quarts": (75,),
        r"(?:un|le|du) tiers": (33,),
        r"deux tiers": (66, 67),
    },
    "en": {
        r"half|halved|halve|halves|halving": (50,),
        r"(?:a|one) quarter": (25,),
        r"three[ -]quarters": (75,),
        r"(?:a|one) third": (33,),
        r"two[ -]thirds": (66, 67),
    },
    "vi": {
        r"một nửa|nửa": (50,),
        r"một phần tư": (25,),
        r"ba phần tư": (75,),
        r"một phần ba": (33,),
        r"hai phần ba": (66, 67),
    },
}
# A half said after a unit or scale ("un an et demi", "a year and a half", "một năm rưỡi", "un
# million et demi") or, in English, before it ("one and a half years").
HALVES: dict[str, str] = {"fr": r"et\s+demie?", "en": r"and\s+a\s+half", "vi": r"rưỡi"}
PER_TEN: dict[str, str] = {
    "fr": r"sur (?:dix|10)",
    "en": r"(?:in|out of) (?:ten|10)",
    "vi": r"(?:trên|trong) (?:mười|10)",
}

# Substrings that every multiplier form of a language contains (lower case).
MULTIPLIER_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("doubl", "tripl", "quadrupl", "quintupl", "décupl", "fois", "multipli"),
    "en": (
        "doubl",
        "tripl",
        "trebl",
        "quadrupl",
        "quintupl",
        "twice",
        "thrice",
        "fold",
        "times",
        "multipli",
    ),
    "vi": ("gấp", "lần", "nhân đôi", "nhân ba", "tăng đôi"),
}

# Words that join the last item of a list ("a, b and c", "a, b or c"), between spaces, lower
# case; and the dashes (or a spaced hyphen typed for one) that set off an inserted clause as
# commas do ("the police – and …").
LIST_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": (" et ", " ainsi que ", " ou ", " – ", " — ", " - "),
    "en": (" and ", " as well as ", " or ", " – ", " — ", " - "),
    "vi": (" và ", " cũng như ", " hoặc ", " hay ", " – ", " — ", " - "),
}

# Words that open an enumeration ("notamment la police, les services … et les forces
# spéciales"; "including", "such as", "gồm", "trong đó có", a colon or a dash, or the spaced
# hyphen typed for one): the items that follow, up to the word joining the last one, are
# counted on each side. A colon after a name alone ("Mme Kendra Rinas :") opens the speaker's
# words, not a list.
LIST_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": (
        ":",
        " – ",
        " — ",
        " - ",
        " notamment ",
        " telles que ",
        " tels que ",
        " comme ",
        " dont ",
        " à savoir ",
        " y compris ",
        " par exemple ",
    ),
    "en": (
        ":",
        " – ",
        " — ",
        " - ",
        " including ",
        " such as ",
        " notably ",
        " namely ",
        " like ",
        " among them ",
        " for example ",
        " for instance ",
    ),
    "vi": (
        ":",
        " – ",
        " — ",
        " - ",
        " gồm ",
        " như ",
        " trong đó có ",
        " bao gồm ",
        " kể cả ",
        " chẳng hạn ",
    ),
}
# The words joining the last item ("a, b et c"), and those adding one more as a comma does
# ("a, ainsi que b et c": three items).
LIST_LAST: dict[str, tuple[str, ...]] = {
    "fr": (" et ", " ou "),
    "en": (" and ", " or "),
    "vi": (" và ", " hoặc ", " hay ", " cùng "),
}
# Counts a text may announce its list with ("trois groupes : A, B et C", "bốn việc: …").
COUNT_WORDS: dict[str, dict[str, int]] = {
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8},
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8},
    # not "năm", which is also the year ("năm 2025 mang thông điệp: …")
    "vi": {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8},
}
LIST_ALSO: dict[str, tuple[str, ...]] = {
    "fr": (" ainsi qu",),
    "en": (" as well as ",),
    "vi": (" cũng như ",),
}

# Phrases that open a sentence before its first comma ("Theo IOM, …", "Trong thời gian tới,
# …", "Since 2019, …"): no item of a series that follows ("Trong thời gian tới, chúng tôi đẩy
# mạnh A và B" lists two). Lower case, as the sentence's first words (a speaker's label aside).
SENTENCE_INTROS: dict[str, tuple[str, ...]] = {
    "fr": (
        "selon ",
        "d'après ",
        "d’après ",
        "depuis ",
        "dans ",
        "à l'avenir",
        "à l’avenir",
        "toutefois",
        "cependant",
        "en outre",
        "par ailleurs",
        "de plus",
        "enfin",
        "ainsi",
        "pour ",
        "avec ",
        "grâce ",
        "sous ",
        "en ",
        "au ",
        "aujourd",
        "cette année",
        "premièrement",
        "deuxièmement",
        "troisièmement",
    ),
    "en": (
        "according to ",
        "since ",
        "in ",
        "going forward",
        "however",
        "moreover",
        "in addition",
        "furthermore",
        "therefore",
        "to ",
        "with ",
        "through ",
        "thanks to ",
        "under ",
        "at ",
        "on ",
        "for ",
        "as ",
        "today",
        "this year",
        "first",
        "second",
        "third",
    ),
    "vi": (
        "theo ",
        "từ ",
        "trong ",
        "tuy nhiên",
        "bên cạnh đó",
        "đồng thời",
        "ngoài ra",
        "để ",
        "với ",
        "nhờ ",
        "qua ",
        "thông qua ",
        "hiện nay",
        "trước tiên",
        "trước hết",
        "thứ nhất",
        "thứ hai",
        "thứ ba",
        "đặc biệt",
        "năm ",
        "do đó",
        "vì vậy",
        "tại ",
    ),
}

# The words the items of a series may each open with, by the kind they share: "de diffuser …,
# de sensibiliser … et d'encourager …", "les connaissances, les ressources et les
# compétences", "to spread …, to raise … and to encourage …", "các chính phủ, các tổ chức …
# và các doanh nghiệp". Items that all open alike are a list however long each is. A word of
# two kinds ("du" is "de le") opens alike with either.
SERIES_OPENERS: dict[str, dict[str, str]] = {
    "fr": {
        **dict.fromkeys(("de", "d'", "d’"), "de"),
        **dict.fromkeys(("à", "au", "aux"), "à"),
        **dict.fromkeys(("le", "la", "les", "l'", "l’"), "le"),
        **dict.fromkeys(("du", "des"), "de+le"),  # "de la protection, du soutien et de l'accès"
        **dict.fromkeys(("un", "une"), "un"),
        **dict.fromkeys(("son", "sa", "ses", "leur", "leurs", "notre", "nos"), "son"),
        **{word: word for word in ("en", "pour", "par", "sur", "avec", "contre")},
    },
    "en": {
        **dict.fromkeys(("a", "an"), "a"),
        **dict.fromkeys(("its", "their", "our", "his", "her"), "its"),
        **{word: word for word in ("to", "the", "of", "in", "for", "by", "with", "on", "from")},
    },
    "vi": {
        **dict.fromkeys(("các", "những"), "các"),
        **{word: word for word in ("việc", "cho", "về", "của", "trong", "với", "để", "tại")},
    },
}

# Function words that tell fr, en and vi apart (none shared between two of the lists, none a
# Vietnamese syllable typed without its marks): a sentence of six words or more holds some.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du et est une dans pour qui que sur au aux avec par ont "
        "sont pas ce cette il elle ils elles été être leur leurs nous vous mais "
        "ou où son sa ses selon entre aussi plus très".split()
    ),
    "en": frozenset(
        "the of and is are was were for that with this from has have been which "
        "will would their they its it by at be not but or who these those than "
        "into also after over in you we our your how what need".split()
    ),
    "vi": frozenset(
        "của và các những là được có trong cho với người này đã không một đến "
        "từ theo về tại cũng như để khi nhiều vào sẽ đang đó nhằm việc năm rằng "
        "trên sau hơn bà ông thứ".split()
    ),
}

# Function words of languages l10n does not translate, none a French, English or Vietnamese
# word ("es", "die", "des", "per", "con", "su", "al", "y", "entre", "sobre", "von", "mais",
# "nos", "do" and "da" are left out): two side by side in a French or English translation are a
# phrase left in another language ("como una herramienta poderosa", "Muchas gracias").
THIRD_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "es": frozenset(
        "el los las una unos unas como muy pero para por del está están estos estas esta este "
        "sus nuestro nuestra hay también muchas muchos gracias cuando donde porque hasta "
        "desde tiene tienen ser fue".split()
    ),
    "de": frozenset(
        "und der das ist nicht mit zu auf für ein eine einen dem sich auch wir werden wird sind "
        "vielen dank danke gegen den im von zum zur bei nach über".split()
    ),
    "it": frozenset(
        "di che della delle degli sono anche molto grazie questo questa nel nella gli".split()
    ),
    "pt": frozenset("não uma com pelo pela muito obrigado obrigada são também dos".split()),
}

# Words of those tables that their language capitalises wherever they stand (German nouns):
# "Vielen Dank" is a phrase in lower case as far as the title rule goes.
THIRD_LANGUAGE_NOUNS = frozenset({"dank"})

# English words Vietnamese writes as they are ("gọi đường dây nóng hotline"): copied from the
# source, they are no word left untranslated.
VI_LOANWORDS = frozenset(
    "hotline online offline website email internet video fanpage livestream startup "
    "smartphone marketing logistics container laptop tablet blogger youtuber".split()
)

# Letters only Vietnamese writes among fr, en and vi: horn, breve, đ, dot below, hook above.
VI_LETTERS = frozenset("ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")

# The most frequent of those, between spaces: one found settles it without splitting the text.
FREQUENT_WORDS: dict[str, tuple[str, ...]] = {
    "fr": (" la ", " le ", " les ", " des ", " et ", " du ", " est ", " aux ", " pour ", " dans "),
    "en": (" the ", " of ", " and ", " in ", " is ", " for "),
    "vi": (" của ", " và ", " các ", " là ", " được ", " có ", " trong ", " cho "),
}

# Frequent French words written without their accents, none of them a French or English word
# without: French typed on a keyboard that lacks them ("des resultats remarquables dans la
# prevention", "des reseaux tres organises").
FRENCH_UNACCENTED = frozenset(
    "tres etre deja apres meme memes resultat resultats reseau reseaux societe societes "
    "securite developpement etat etats economie economique economiques numerique numeriques "
    "donnees reponse reponses probleme problemes systeme systemes realite activite activites "
    "priorite priorites capacite capacites communaute communautes qualite egalement etranger "
    "etrangers etrangere etrangeres ete ministere ministeres specialise specialisee "
    "specialises specialisees strategie strategies premiere premieres derniere dernieres "
    "deuxieme troisieme annee annees periode interet elabore elaboree mecanisme mecanismes "
    "theme themes ecole ecoles equipe equipes etude etudes electronique sophistiquee "
    "sophistiquees organisee organisees organises prevention".split()
)

# Syllables a Vietnamese sentence typed without marks is full of, and English lacks.
UNMARKED_VI = frozenset(
    "cua va cac nhung la duoc co trong nguoi nay da khong mot den tu "
    "theo ve tai cung nhu de khi nhieu vao se dang viec nam rang tren sau "
    "hon thong phap hinh su cong tac quoc gia".split()
)

# Numbers written in words in a source ("trois tables rondes", "ces cinq dernières années",
# "Troisièmement") must be in the translation, in words or digits. Cues: lower-case
# substrings one of which every such word holds, tested before any parsing.
NUMBER_WORD_CUES: dict[str, tuple[str, ...]] = {
    # "ze" for onze … seize; "cinquante" holds "cinq", "deuxième" "deux".
    "fr": (
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "dix",
        "ze",
        "vingt",
        "trente",
        "quarante",
        "soixante",
    ),
    # "thir" for third and thirty, "fift" for fifth and fifty.
    "en": (
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thir",
        "fift",
        "forty",
        "ninth",
    ),
    "vi": ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"),
}
# Number words that are also other words, left out of that comparison (a number they start
# is then not read either): fr "un" (a), "neuf" (new), "second" (a second); en "one" ("no
# one", "one of"), "second" (a unit of time); vi "một" (a), "năm" (year), "tư" (tư pháp: justice),
# "không" (not), and "thứ …", which names weekdays ("thứ hai" is Monday) as well as ranks.
AMBIGUOUS_NUMBER_WORDS: dict[str, str] = {
    "fr": r"\b(?:une?|neuf|seconde?s?)\b",
    "en": r"\b(?:one|seconds?)\b",
    "vi": r"\b(?:một|năm|tư|không|thứ \w+)\b",
}
# Ordinals said as adverbs, which open the items of an answer ("Troisièmement", "Thirdly").
ORDINAL_ADVERBS: dict[str, dict[str, int]] = {
    "fr": {
        "premièrement": 1,
        "deuxièmement": 2,
        "secondement": 2,
        "troisièmement": 3,
        "quatrièmement": 4,
        "cinquièmement": 5,
        "sixièmement": 6,
    },
    "en": {
        "firstly": 1,
        "secondly": 2,
        "thirdly": 3,
        "fourthly": 4,
        "fifthly": 5,
        "sixthly": 6,
    },
    "vi": {},
}

# Ranks that open a text, after a speaker's name ("Bà Kendra Rinas: Thứ ba, …"): the items of
# an answer. Compared when both sides open with one ("Thứ ba" rendered "First", "Third"
# rendered "Thứ hai"). Vietnamese ranks are read in lower case: "Thứ Hai" opens a date
# (Monday), "Thứ hai," a second point.
OPENING_RANKS: dict[str, dict[str, int]] = {
    "fr": {
        "premièrement": 1,
        "en premier lieu": 1,
        "tout d'abord": 1,
        "tout d’abord": 1,
        "deuxièmement": 2,
        "en deuxième lieu": 2,
        "en second lieu": 2,
        "troisièmement": 3,
        "en troisième lieu": 3,
        "quatrièmement": 4,
        "cinquièmement": 5,
        "le premier point": 1,
        "le deuxième point": 2,
        "le second point": 2,
        "le troisième point": 3,
        "le quatrième point": 4,
    },
    "en": {
        "the first point": 1,
        "the second point": 2,
        "the third point": 3,
        "the fourth point": 4,
        "first": 1,
        "firstly": 1,
        "second": 2,
        "secondly": 2,
        "third": 3,
        "thirdly": 3,
        "fourth": 4,
        "fourthly": 4,
        "fifth": 5,
        "fifthly": 5,
    },
    "vi": {
        "thứ nhất": 1,
        "trước hết": 1,
        "trước tiên": 1,
        "đầu tiên": 1,
        "thứ hai": 2,
        "thứ ba": 3,
        "thứ tư": 4,
        "thứ năm": 5,
        "điểm thứ nhất": 1,
        "điểm thứ hai": 2,
        "điểm thứ ba": 3,
        "điểm thứ tư": 4,
    },
}

# Numbers said in words right before a unit ("un an", "trois semaines", "một tháng", "two
# weeks"), read by the units check as it reads digits: whole words, lower case.
UNIT_NUMBER_WORDS: dict[str, str] = {
    "fr": r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
    r"|quarante|cinquante|soixante|cent|mille",
    "en": r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|hundred|thousand",
    "vi": r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn",
}

# Named entities a translation renders in its own language's form but must never swap for
# another of the same class: "au Vietnam" is "in Vietnam" or "tại Việt Nam", never "in
# Cambodia"; "VNA" is "TTXVN", never "AFP". Per entity "class:id", per language, the forms as
# written, separated by "|" (case counts); "*" holds the forms every language writes alike. A
# form written with Vietnamese marks is also found without them ("Tây Ninh", "Tay Ninh").
# Left out because they are also common syllables of Vietnamese names or words: "Đức"
# (Germany; "Việt Đức"), "Nam"; and the provinces "Hòa Bình" (peace) and "Thái Bình" (the
# Pacific is "Thái Bình Dương"). Vietnam's other provinces (before the 2025 merger, whose
# names articles keep using) are all here. Forms in ENTITY_AFTER_WORD count only after a word, never
# opening a sentence ("Bộ Nội vụ Anh" is British; "Anh" opening a sentence is "you").
ENTITIES: dict[str, dict[str, str]] = {
    "country:vn": {
        "fr": "Vietnam|Viêt Nam|vietnamien|vietnamienne|vietnamiens|vietnamiennes",
        "en": "Vietnam|Viet Nam|Vietnamese",
        "vi": "Việt Nam",
    },
    "country:la": {
        "fr": "Laos|laotien|laotienne|laotiens|laotiennes",
        "en": "Laos|Laotian|Lao",
        "vi": "Lào",
    },
    "country:kh": {
        "fr": "Cambodge|cambodgien|cambodgienne|cambodgiens|cambodgiennes",
        "en": "Cambodia|Cambodian",
        "vi": "Campuchia|Cam-pu-chia",
    },
    "country:th": {
        "fr": "Thaïlande|thaïlandais|thaïlandaise|thaïlandaises",
        "en": "Thailand|Thai",
        "vi": "Thái Lan",
    },
    "country:mm": {
        "fr": "Myanmar|Birmanie|birman|birmane|birmans|birmanes",
        "en": "Myanmar|Burma|Burmese",
        "vi": "Myanmar|Mi-an-ma",
    },
    "country:cn": {
        "fr": "Chine|chinois|chinoise|chinoises",
        "en": "China|Chinese",
        "vi": "Trung Quốc",
    },
    "country:my": {
        "fr": "Malaisie|malaisien|malaisienne|malaisiens|malaisiennes",
        "en": "Malaysia|Malaysian",
        "vi": "Malaysia|Ma-lai-xi-a",
    },
    "country:id": {
        "fr": "Indonésie|indonésien|indonésienne|indonésiens|indonésiennes",
        "en": "Indonesia|Indonesian",
        "vi": "Indonesia|In-đô-nê-xi-a",
    },
    "country:ph": {
        "fr": "Philippines|philippin|philippine|philippins",
        "en": "Philippines|Philippine|Filipino",
        "vi": "Philippines|Phi-líp-pin",
    },
    "country:sg": {
        "fr": "Singapour|singapourien|singapourienne|singapouriens|singapouriennes",
        "en": "Singapore|Singaporean",
        "vi": "Singapore|Xin-ga-po",
    },
    "country:jp": {
        "fr": "Japon|japonais|japonaise|japonaises",
        "en": "Japan|Japanese",
        "vi": "Nhật Bản|Nhật",
    },
    "country:kr": {
        "fr": "Corée du Sud|Corée|coréen|coréenne|coréens|coréennes",
        "en": "South Korea|Korea|Korean",
        "vi": "Hàn Quốc",
    },
    "country:fr": {
        "fr": "France|français|française|françaises",
        "en": "France|French",
        "vi": "Pháp",
    },
    "country:gb": {
        "fr": "Royaume-Uni|Grande-Bretagne|britannique|britanniques",
        "en": "United Kingdom|UK|Britain|Great Britain|British",
        "vi": "Vương quốc Anh|Anh",
    },
    "country:us": {
        "fr": "États-Unis|Etats-Unis|américain|américaine|américains|américaines",
        "en": "United States|US|USA|American",
        "vi": "Hoa Kỳ|Mỹ",
    },
    "country:au": {
        "fr": "Australie|australien|australienne|australiens|australiennes",
        "en": "Australia|Australian",
        "vi": "Australia|Úc|Ô-xtrây-li-a",
    },
    "country:ru": {"fr": "Russie|russe|russes", "en": "Russia|Russian", "vi": "Nga"},
    "country:in": {
        "fr": "Inde|indien|indienne|indiens|indiennes",
        "en": "India|Indian",
        "vi": "Ấn Độ",
    },
    "country:tw": {
        "fr": "Taïwan|taïwanais|taïwanaise|taïwanaises",
        "en": "Taiwan|Taiwanese",
        "vi": "Đài Loan",
    },
    "place:hanoi": {"fr": "Hanoï|Hanoi", "en": "Hanoi|Ha Noi", "vi": "Hà Nội"},
    "place:hcmc": {
        "fr": "Hô-Chi-Minh-Ville|Hô Chi Minh-Ville|Hô Chi Minh Ville",
        "en": "Ho Chi Minh City|HCM City|HCMC",
        "vi": "Thành phố Hồ Chí Minh|TP Hồ Chí Minh|TP. Hồ Chí Minh|Sài Gòn",
        "*": "TP.HCM|TP HCM|TPHCM|Saigon",
    },
    "place:danang": {"*": "Đà Nẵng|Danang"},
    "place:haiphong": {"*": "Hải Phòng|Haiphong"},
    "place:cantho": {"*": "Cần Thơ"},
    "place:hue": {"*": "Huế|Thừa Thiên Huế|Thừa Thiên - Huế|Thừa Thiên-Huế"},
    "place:tayninh": {"*": "Tây Ninh"},
    "place:longan": {"*": "Long An"},
    "place:ninhbinh": {"*": "Ninh Bình"},
    "place:laocai": {"*": "Lào Cai"},
    "place:quangninh": {"*": "Quảng Ninh"},
    "place:nghean": {"*": "Nghệ An"},
    "place:hatinh": {"*": "Hà Tĩnh"},
    "place:angiang": {"*": "An Giang"},
    "place:thanhhoa": {"*": "Thanh Hóa|Thanh Hoá"},
    "place:langson": {"*": "Lạng Sơn"},
    "place:caobang": {"*": "Cao Bằng"},
    "place:dienbien": {"*": "Điện Biên"},
    "place:kiengiang": {"*": "Kiên Giang"},
    "place:binhduong": {"*": "Bình Dương"},
    "place:dongnai": {"*": "Đồng Nai"},
    "place:khanhhoa": {"*": "Khánh Hòa|Khánh Hoà"},
    "place:hagiang": {"*": "Hà Giang"},
    "place:tuyenquang": {"*": "Tuyên Quang"},
    "place:laichau": {"*": "Lai Châu"},
    "place:sonla": {"*": "Sơn La"},
    "place:yenbai": {"*": "Yên Bái"},
    "place:thainguyen": {"*": "Thái Nguyên"},
    "place:backan": {"*": "Bắc Kạn|Bắc Cạn"},
    "place:phutho": {"*": "Phú Thọ"},
    "place:bacgiang": {"*": "Bắc Giang"},
    "place:vinhphuc": {"*": "Vĩnh Phúc"},
    "place:bacninh": {"*": "Bắc Ninh"},
    "place:haiduong": {"*": "Hải Dương"},
    "place:hungyen": {"*": "Hưng Yên"},
    "place:hanam": {"*": "Hà Nam"},
    "place:namdinh": {"*": "Nam Định"},
    "place:quangbinh": {"*": "Quảng Bình"},
    "place:quangtri": {"*": "Quảng Trị"},
    "place:quangnam": {"*": "Quảng Nam"},
    "place:quangngai": {"*": "Quảng Ngãi"},
    "place:binhdinh": {"*": "Bình Định"},
    "place:phuyen": {"*": "Phú Yên"},
    "place:ninhthuan": {"*": "Ninh Thuận"},
    "place:binhthuan": {"*": "Bình Thuận"},
    "place:kontum": {"*": "Kon Tum"},
    "place:gialai": {"*": "Gia Lai"},
    "place:daklak": {"*": "Đắk Lắk|Đắc Lắc|Daklak"},
    "place:daknong": {"*": "Đắk Nông|Dak Nong"},
    "place:lamdong": {"*": "Lâm Đồng"},
    "place:binhphuoc": {"*": "Bình Phước"},
    "place:tiengiang": {"*": "Tiền Giang"},
    "place:bentre": {"*": "Bến Tre"},
    "place:travinh": {"*": "Trà Vinh"},
    "place:vinhlong": {"*": "Vĩnh Long"},
    "place:dongthap": {"*": "Đồng Tháp"},
    "place:haugiang": {"*": "Hậu Giang"},
    "place:soctrang": {"*": "Sóc Trăng"},
    "place:baclieu": {"*": "Bạc Liêu"},
    "place:camau": {"*": "Cà Mau"},
    "place:bariavungtau": {"*": "Bà Rịa – Vũng Tàu|Bà Rịa-Vũng Tàu|Bà Rịa - Vũng Tàu|Vũng Tàu"},
    # regions
    "place:taynguyen": {
        "fr": "Hauts Plateaux du Centre|Tây Nguyên",
        "en": "Central Highlands|Tây Nguyên",
        "vi": "Tây Nguyên",
    },
    "place:mekong": {
        "fr": "delta du Mékong|Delta du Mékong",
        "en": "Mekong Delta|Mekong delta",
        "vi": "Đồng bằng sông Cửu Long|đồng bằng sông Cửu Long|ĐBSCL",
    },
    "place:phnompenh": {"*": "Phnom Penh|Phnôm Pênh"},
    "place:vientiane": {"*": "Vientiane|Viêng Chăn"},
    "place:bangkok": {"*": "Bangkok|Băng Cốc"},
    "place:geneva": {"fr": "Genève", "en": "Geneva", "vi": "Geneva|Giơ-ne-vơ"},
    "place:london": {"fr": "Londres", "en": "London", "vi": "London|Luân Đôn"},
    "place:paris": {"*": "Paris|Pa-ri"},
    "place:beijing": {"fr": "Pékin|Beijing", "en": "Beijing", "vi": "Bắc Kinh"},
    "organisation:un": {
        "fr": "Nations Unies|Nations unies|ONU",
        "en": "United Nations|UN",
        "vi": "Liên hợp quốc|Liên Hợp Quốc|LHQ",
    },
    "organisation:eu": {
        "fr": "Union européenne|UE",
        "en": "European Union|EU",
        "vi": "Liên minh châu Âu|Liên minh Châu Âu|EU",
    },
    "organisation:asean": {
        "fr": "ASEAN|ANASE",
        "en": "ASEAN",
        "vi": "ASEAN|Hiệp hội các quốc gia Đông Nam Á",
    },
    # The United Nations' agencies an article on migration names (the glossary says how each
    # is written in each language; here one put for another is a swap).
    "organisation:iom": {
        "fr": "OIM|Organisation internationale pour les migrations",
        "en": "IOM|International Organization for Migration",
        "vi": "IOM|Tổ chức Di cư Quốc tế",
    },
    "organisation:unodc": {
        "fr": "ONUDC|Office des Nations unies contre la drogue et le crime",
        "en": "UNODC|United Nations Office on Drugs and Crime",
        "vi": "UNODC|Văn phòng Liên hợp quốc về Ma túy và Tội phạm",
    },
    "organisation:ilo": {
        "fr": "OIT|Organisation internationale du travail|Organisation internationale du Travail",
        "en": "ILO|International Labour Organization|International Labor Organization",
        "vi": "ILO|Tổ chức Lao động Quốc tế",
    },
    "organisation:unicef": {"*": "UNICEF"},
    # The international bodies an article on development names beside them.
    "organisation:worldbank": {
        "fr": "Banque mondiale",
        "en": "World Bank",
        "vi": "Ngân hàng Thế giới|World Bank",
    },
    "organisation:imf": {
        "fr": "Fonds monétaire international|FMI",
        "en": "International Monetary Fund|IMF",
        "vi": "Quỹ Tiền tệ Quốc tế|IMF",
    },
    "organisation:who": {
        "fr": "Organisation mondiale de la santé|Organisation mondiale de la Santé|OMS",
        "en": "World Health Organization|WHO",
        "vi": "Tổ chức Y tế Thế giới|WHO",
    },
    "organisation:undp": {
        "fr": "Programme des Nations unies pour le développement|PNUD",
        "en": "United Nations Development Programme|UNDP",
        "vi": "Chương trình Phát triển Liên hợp quốc|UNDP",
    },
    "organisation:adb": {
        "fr": "Banque asiatique de développement|BAD",
        "en": "Asian Development Bank|ADB",
        "vi": "Ngân hàng Phát triển châu Á|ADB",
    },
    # Vietnam's mass organisations, named in nearly every article about social policy.
    "organisation:women": {
        "fr": "Union des femmes du Vietnam|Union des femmes vietnamiennes|Union des femmes",
        "en": "Vietnam Women’s Union|Vietnam Women's Union|Vietnamese Women’s Union"
        "|Vietnamese Women's Union|Women’s Union|Women's Union",
        "vi": "Hội Liên hiệp Phụ nữ Việt Nam|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Phụ nữ",
    },
    "organisation:youth": {
        "fr": "Union de la jeunesse communiste Hô Chi Minh|Union de la jeunesse",
        "en": "Ho Chi Minh Communist Youth Union|Communist Youth Union|Youth Union",
        "vi": "Đoàn Thanh niên Cộng sản Hồ Chí Minh|Đoàn Thanh niên|Đoàn TNCS",
    },
    "organisation:front": {
        "fr": "Front de la Patrie du Vietnam|Front de la Patrie",
        "en": "Vietnam Fatherland Front|Fatherland Front",
        "vi": "Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|MTTQ",
    },
    "organisation:labour": {
        "fr": "Confédération générale du travail du Vietnam|Confédération générale du travail",
        "en": "Vietnam General Confederation of Labour|General Confederation of Labour"
        "|Vietnam General Confederation of Labor|General Confederation of Labor",
        "vi": "Tổng Liên đoàn Lao động Việt Nam|Tổng Liên đoàn Lao động|Công đoàn",
    },
    "organisation:farmers": {
        "fr": "Union des paysans du Vietnam|Union des paysans",
        "en": "Vietnam Farmers’ Union|Vietnam Farmers' Union|Farmers’ Union|Farmers' Union",
        "vi": "Hội Nông dân Việt Nam|Hội Nông dân",
    },
    "agency:vna": {
        "fr": "Agence de presse vietnamienne|Agence vietnamienne d'information",
        "en": "Vietnam News Agency",
        "vi": "Thông tấn xã Việt Nam",
        "*": "VNA|TTXVN",
    },
    "agency:vietnamplus": {"*": "Vietnam+|VietnamPlus"},
    "agency:vns": {"*": "VNS|Viet Nam News"},
    "agency:vov": {
        "fr": "La Voix du Vietnam|Voix du Vietnam",
        "en": "Voice of Vietnam",
        "vi": "Đài Tiếng nói Việt Nam",
        "*": "VOV",
    },
    "agency:vtv": {
        "fr": "Télévision du Vietnam",
        "en": "Vietnam Television",
        "vi": "Đài Truyền hình Việt Nam",
        "*": "VTV",
    },
    "agency:vietnamnet": {"*": "VietNamNet|VietnamNet"},
    "agency:vnexpress": {"*": "VnExpress"},
    "agency:courrier": {"*": "Le Courrier du Vietnam"},
    "agency:afp": {"*": "AFP|Agence France-Presse"},
    "agency:reuters": {"*": "Reuters"},
    "agency:ap": {"*": "AP|Associated Press"},
    "agency:xinhua": {"*": "Xinhua|Tân Hoa xã"},
    "agency:kyodo": {"*": "Kyodo"},
    "agency:yonhap": {"*": "Yonhap"},
    "agency:bernama": {"*": "Bernama"},
    "company:microsoft": {"*": "Microsoft"},
    "company:google": {"*": "Google"},
    "company:meta": {"*": "Meta|Facebook"},
    "company:apple": {"*": "Apple"},
    "company:amazon": {"*": "Amazon"},
    "company:tiktok": {"*": "TikTok"},
    "company:telegram": {"*": "Telegram"},
    "company:zalo": {"*": "Zalo"},
    "company:samsung": {"*": "Samsung"},
    "ministry:health": {
        "fr": "ministère de la Santé|Ministère de la Santé",
        "en": "Ministry of Health|Health Ministry",
        "vi": "Bộ Y tế",
    },
    "ministry:security": {
        "fr": "ministère de la Sécurité publique|Ministère de la Sécurité publique",
        "en": "Ministry of Public Security|Public Security Ministry",
        "vi": "Bộ Công an",
    },
    "ministry:defence": {
        "fr": "ministère de la Défense|Ministère de la Défense",
        "en": "Ministry of Defence|Ministry of Defense|Ministry of National Defence"
        "|Ministry of National Defense|Defence Ministry|Defense Ministry",
        "vi": "Bộ Quốc phòng",
    },
    "ministry:labour": {
        "fr": "ministère du Travail|Ministère du Travail",
        "en": "Ministry of Labour|Ministry of Labor|Labour Ministry|Labor Ministry",
        "vi": "Bộ Lao động",
    },
    "ministry:interior": {
        "fr": "ministère de l'Intérieur|Ministère de l'Intérieur|ministère de l’Intérieur"
        "|Ministère de l’Intérieur",
        "en": "Ministry of the Interior|Ministry of Interior|Interior Ministry|Home Office"
        "|Ministry of Home Affairs",
        "vi": "Bộ Nội vụ",
    },
    "ministry:foreign": {
        "fr": "ministère des Affaires étrangères|Ministère des Affaires étrangères",
        "en": "Ministry of Foreign Affairs|Foreign Ministry|State Department|Foreign Office",
        "vi": "Bộ Ngoại giao",
    },
    "ministry:justice": {
        "fr": "ministère de la Justice|Ministère de la Justice",
        "en": "Ministry of Justice|Justice Ministry",
        "vi": "Bộ Tư pháp",
    },
    "ministry:education": {
        "fr": "ministère de l'Éducation|Ministère de l'Éducation|ministère de l’Éducation"
        "|Ministère de l’Éducation",
        "en": "Ministry of Education|Education Ministry",
        "vi": "Bộ Giáo dục",
    },
    "ministry:finance": {
        "fr": "ministère des Finances|Ministère des Finances",
        "en": "Ministry of Finance|Finance Ministry",
        "vi": "Bộ Tài chính",
    },
}

ENTITY_AFTER_WORD = frozenset({"Anh"})

# Titles that stand before a person's name and are translated, not kept ("Mme" is "Ms." and
# "Bà"): left out when names are compared letter for letter. Lower case, without marks.
NAME_TITLES = frozenset(
    {"mme", "mmes", "mlle", "m", "mr", "mrs", "ms", "miss", "dr", "pr", "prof", "madame"}
    | {"monsieur", "sir", "dame", "ba", "ong", "anh", "chi", "co", "chu", "bac", "em"}
)

# Dates said relative to the article's own ("cette année", "last month", "hôm qua"): per
# language and (span, offset from now), the phrases in lower case, whole words. A translation
# may write the absolute date instead ("en 2025"), but not another relative one ("l'an dernier"
# for "cette année").
RELATIVE_DATES: dict[str, dict[tuple[str, int], tuple[str, ...]]] = {
    "fr": {
        ("year", 0): ("cette année",),
        ("year", -1): (
            "l'année dernière",
            "l’année dernière",
            "l'année passée",
            "l’année passée",
            "l'an dernier",
            "l’an dernier",
            "l'an passé",
            "l’an passé",
        ),
        ("year", 1): ("l'année prochaine", "l’année prochaine", "l'an prochain", "l’an prochain"),
        ("month", 0): ("ce mois-ci", "ce mois"),
        ("month", -1): ("le mois dernier", "le mois passé"),
        ("month", 1): ("le mois prochain",),
        ("week", 0): ("cette semaine",),
        ("week", -1): ("la semaine dernière", "la semaine passée"),
        ("week", 1): ("la semaine prochaine",),
        ("day", 0): ("aujourd'hui", "aujourd’hui"),
        ("day", -1): ("hier",),
        ("day", 1): ("demain",),
        # the last few years or months, and the last ten years
        ("years", -1): ("ces dernières années", "au cours des dernières années"),
        ("months", -1): ("ces derniers mois", "au cours des derniers mois"),
        ("weeks", -1): ("ces dernières semaines", "au cours des dernières semaines"),
        ("decade", -1): (
            "la dernière décennie",
            "la décennie écoulée",
            "ces dix dernières années",
            "les dix dernières années",
        ),
        ("decades", -1): (
            "ces dernières décennies",
            "les dernières décennies",
            "des dernières décennies",
            "ces décennies",
            "ces deux dernières décennies",
            "les deux dernières décennies",
            "ces trois dernières décennies",
        ),
        # the recent past and the future, said without a span
        ("time", -1): (
            "ces derniers temps",
            "récemment",
            "jusqu'à présent",
            "jusqu’à présent",
        ),
        ("time", 1): ("à l'avenir", "à l’avenir", "dans les années à venir", "prochainement"),
    },
    "en": {
        ("year", 0): ("this year",),
        ("year", -1): ("last year",),
        ("year", 1): ("next year",),
        ("month", 0): ("this month",),
        ("month", -1): ("last month",),
        ("month", 1): ("next month",),
        ("week", 0): ("this week",),
        ("week", -1): ("last week",),
        ("week", 1): ("next week",),
        ("day", 0): ("today",),
        ("day", -1): ("yesterday",),
        ("day", 1): ("tomorrow",),
        ("years", -1): (
            "in recent years",
            "over the past few years",
            "over the last few years",
            "in the past few years",
            "in the last few years",
        ),
        ("months", -1): (
            "in recent months",
            "over the past few months",
            "over the last few months",
            "in the past few months",
            "in the last few months",
        ),
        ("weeks", -1): (
            "in recent weeks",
            "over the past few weeks",
            "over the last few weeks",
            "in the past few weeks",
            "in the last few weeks",
        ),
        ("decade", -1): (
            "the past decade",
            "the last decade",
            "the past ten years",
            "the last ten years",
        ),
        ("decades", -1): (
            "recent decades",
            "the past few decades",
            "the last few decades",
            "the past decades",
            "the last decades",
            "the past two decades",
            "the last two decades",
            "the past three decades",
            "the last three decades",
        ),
        ("time", -1): (
            "recently",
            "so far",
            "to date",
            "in the past",
        ),
        ("time", 1): (
            "in the future",
            "going forward",
            "in the coming years",
            "in the coming time",
            "in the time to come",
            "in the years ahead",
            "from now on",
        ),
    },
    "vi": {
        ("year", 0): ("năm nay",),
        ("year", -1): ("năm ngoái", "năm trước", "trong năm qua", "năm vừa qua"),
        ("year", 1): ("năm tới", "năm sau", "sang năm"),
        ("month", 0): ("tháng này",),
        ("month", -1): ("tháng trước",),
        ("month", 1): ("tháng tới", "tháng sau"),
        ("week", 0): ("tuần này",),
        ("week", -1): ("tuần trước",),
        ("week", 1): ("tuần tới", "tuần sau"),
        ("day", 0): ("hôm nay",),
        ("day", -1): ("hôm qua",),
        ("day", 1): ("ngày mai",),
        ("years", -1): ("những năm qua", "những năm gần đây", "mấy năm qua", "mấy năm gần đây"),
        ("months", -1): (
            "những tháng qua",
            "những tháng gần đây",
            "mấy tháng qua",
            "mấy tháng gần đây",
        ),
        ("weeks", -1): ("những tuần qua", "những tuần gần đây", "mấy tuần qua", "mấy tuần gần đây"),
        ("decade", -1): ("thập kỷ qua", "thập niên qua", "mười năm qua", "10 năm qua"),
        ("decades", -1): (
            "mấy chục năm qua",
            "hàng chục năm qua",
            "những thập kỷ qua",
            "các thập kỷ qua",
            "mấy thập kỷ qua",
            "nhiều thập kỷ qua",
            "những thập niên qua",
            "các thập niên qua",
            "nhiều thập niên qua",
            "hai thập kỷ qua",
            "hai thập niên qua",
            "ba thập kỷ qua",
        ),
        ("time", -1): (
            "thời gian qua",
            "gần đây",
            "cho đến nay",
        ),
        ("time", 1): ("thời gian tới", "trong tương lai", "những năm tới", "sắp tới", "tới đây"),
    },
}
# Words that make a span a count ("hai năm trước" is "two years ago", not "last year").
RELATIVE_DATE_COUNTS: dict[str, tuple[str, ...]] = {
    "vi": ("hai", "ba", "bốn", "năm", "sáu", "mười", "mươi", "vài", "mấy", "nhiều", "các"),
}

# Words and their opposites, per concept: (one pole, the other), each per language. A form
# ending in "*" is a stem ("increas*": increase, increased, increasingly); the others are whole
# words or phrases. A translation that renders a word of one pole by one of the other says the
# opposite ("remarquables" → "disappointing", "tăng" → "giảm", "fermés" → "open"). The longest
# form found wins, so "tăng cường" is no "tăng", "kém tinh vi" no "tinh vi", and a form of
# NEUTRAL only hides the shorter forms within it ("dễ bị tổn thương" is vulnerable, not easy).
Poles = dict[str, tuple[str, ...]]
OPPOSITES: dict[str, tuple[Poles, Poles]] = {
    "more": (
        {
            "fr": (
                "augment*",
                "hausse*",
                "accroi*",
                "accroî*",
                "accru*",
                "croissan*",
                "renforc*",
                "intensifi*",
                "de plus en plus",
                "davantage",
                "développer",
                "doubl*",
                "tripl*",
                "quadrupl*",
            ),
            "en": (
                "increas*",
                "rise",
                "rises",
                "rising",
                "rose",
                "risen",
                "grow*",
                "grew",
                "strengthen*",
                "reinforc*",
                "boost*",
                "step up",
                "stepped up",
                "stepped-up",
                "stepping up",
                "scale up",
                "scaled up",
                "expand*",
                "intensif*",
                "enhanc*",
                "more and more",
                "ever more",
                "develop",
                "doubl*",
                "tripl*",
                "trebl*",
                "quadrupl*",
            ),
            "vi": (
                "tăng",
                "gia tăng",
                "tăng cường",
                "nâng cao",
                "củng cố",
                "đẩy mạnh",
                "mở rộng",
                "phát triển",
                "gấp đôi",
                "gấp ba",
                "gấp bốn",
                "nhân đôi",
                "ngày càng",
            ),
        },
        {
            "fr": (
                "diminu*",
                "baisse*",
                "réduire",
                "réduit*",
                "réduis*",
                "réduct*",
                "recul*",
                "affaibl*",
                "de moins en moins",
                "assoupli*",
                "relâch*",
            ),
            "en": (
                "decreas*",
                "declin*",
                "reduc*",
                "fall",
                "falls",
                "fell",
                "falling",
                "drop*",
                "weaken*",
                "scale back",
                "scaled back",
                "scaled-back",
                "scale down",
                "scaled down",
                "scaled-down",
                "scaling back",
                "cut back",
                "less",
                "less and less",
                "shrink*",
                "shrank",
                "loosen*",
                "relax*",
            ),
            "vi": (
                "giảm",
                "suy giảm",
                "giảm thiểu",
                "suy yếu",
                "làm yếu",
                "thu hẹp",
                "ít hơn",
                "ngày càng ít",
                "nới lỏng",
                "chững lại",
                "đình trệ",
            ),
        },
    ),
    "hard": (
        {
            "fr": ("complex*", "compliqu*", "difficil*", "ardu*"),
            "en": ("complex*", "complicated", "difficult*", "hard", "harder", "hardest"),
            "vi": ("phức tạp", "khó", "khó khăn"),
        },
        {
            "fr": ("simple", "simples", "facile*", "aisé*"),
            "en": ("simple", "simpler", "easy", "easier", "easiest", "straightforward"),
            "vi": ("đơn giản", "dễ", "dễ dàng"),
        },
    ),
    "refined": (
        {
            "fr": ("sophistiqu*", "perfectionn*"),
            "en": ("sophisticated",),
            "vi": ("tinh vi", "tinh xảo"),
        },
        {
            "fr": ("rudimentaire*", "grossi*", "primiti*", "simple", "simples"),
            "en": ("crude*", "rudimentary", "unsophisticated", "primitive", "simple", "simpler"),
            "vi": ("thô sơ", "kém tinh vi", "đơn sơ", "đơn giản"),
        },
    ),
    "open": (
        {"fr": ("ouvert*",), "en": ("open",), "vi": ("mở", "công khai")},
        {"fr": ("fermé*",), "en": ("closed",), "vi": ("khép kín", "kín")},
    ),
    "important": (
        {
            "fr": ("essentiel*", "crucial*", "cruciaux", "primordia*", "fondamenta*", "important*"),
            "en": ("essential", "crucial", "vital", "key", "important", "fundamental", "pivotal"),
            "vi": ("thiết yếu", "then chốt", "quan trọng", "cốt lõi"),
        },
        {
            "fr": (
                "secondaire*",
                "marginal*",
                "marginaux",
                "négligeable*",
                "accessoire*",
                "dérisoire*",
                "rôle mineur",
            ),
            "en": (
                "marginal",
                "negligible",
                "unimportant",
                "secondary",
                "little importance",
                "insignificant",
                "minor role",
                "minor part",
                "minor detail",
                "minor issue",
                "minor consideration",
                "minor factor",
                "minor matter",
                "minor point",
                "pointless",
                "useless",
                "futile",
            ),
            "vi": ("thứ yếu", "ít quan trọng", "vô ích", "vô nghĩa"),
        },
    ),
    "fast": (
        {"fr": ("rapid*", "vite"), "en": ("fast*", "quick*", "rapid*", "swift*"), "vi": ("nhanh",)},
        {
            "fr": ("lent", "lente", "lents", "lentes", "lentement", "lenteur*"),
            "en": ("slow*",),
            "vi": ("chậm",),
        },
    ),
    "good": (
        {
            "fr": ("remarquabl*", "exceptionnel*", "excellent*", "impressionn*", "positi*"),
            "en": (
                "remarkable",
                "remarkably",
                "outstanding",
                "exceptional*",
                "excellent",
                "impressive*",
                "positive*",
            ),
            "vi": (
                "nổi bật",
                "vượt bậc",
                "xuất sắc",
                "ấn tượng",
                "tích cực",
                "đáng ghi nhận",
                "tiến bộ đáng kể",
                "tiến triển đáng kể",
            ),
        },
        {
            "fr": (
                "décevant*",
                "médiocre*",
                "piètre*",
                "négati*",
                "peu de progrès",
                "peu progressé",
                "peu avancé",
                "modeste*",
                "piétin*",
            ),
            "en": (
                "disappointing*",
                "poor",
                "poorly",
                "mediocre",
                "modest",
                "negative*",
                "little progress",
                "limited progress",
                "scant progress",
                "little headway",
                "no headway",
                "slow progress",
                "progressing slowly",
                "progresses slowly",
                "progressed slowly",
                "shortcoming*",
                "unremarkable",
                "unimpressive",
                "limited strides",
                "limited results",
                "limited gains",
                "limited success",
                "drawback*",
                "stalled",
                "stalling",
                "setback*",
            ),
            "vi": (
                "đáng thất vọng",
                "khiêm tốn",
                "tồi",
                "tiêu cực",
                "kém cỏi",
                "ít tiến triển",
                "chậm tiến triển",
                "tiến triển chậm",
                "còn hạn chế",
                "kết quả hạn chế",
                "thành tựu hạn chế",
                "chậm trễ",
                "giậm chân tại chỗ",
                "dậm chân tại chỗ",
                "chậm chạp",
                "nhiều hạn chế",
                "thụt lùi",
            ),
        },
    ),
    "many": (
        {
            "fr": ("nombreu*", "beaucoup", "multipl*", "pas mal de"),
            "en": (
                "many",
                "numerous",
                "multiple",
                "lots of",
                "a lot of",
                "quite a few",
                "not a few",
            ),
            "vi": ("nhiều", "đông đảo", "không ít"),  # "not few" is many
        },
        {
            "fr": ("peu de", "peu nombreu*", "rares"),
            "en": (
                "few",
                "a small number",
                "a handful",
                "hardly any",
                "scarcely any",
                "a few",
                "very few",
            ),
            "vi": ("ít", "số ít", "một số ít", "một vài", "rất ít"),
        },
    ),
    "high": (
        {
            "fr": ("élevé*", "hautement"),
            "en": ("high", "higher", "highly"),
            "vi": ("cao",),
        },
        {
            "fr": ("bas", "basse*", "peu qualifi*"),
            "en": ("low", "lower"),
            "vi": ("thấp",),
        },
    ),
    "ethical": (
        {"fr": ("éthique*",), "en": ("ethical", "ethically"), "vi": ("có đạo đức",)},
        {
            "fr": (
                "contraire à l'éthique",
                "contraires à l'éthique",
                "non éthique*",
                "non-éthique*",
                "immora*",
            ),
            "en": ("unethical*", "immoral*"),
            "vi": ("phi đạo đức", "vô đạo đức", "trái đạo đức", "thiếu đạo đức"),
        },
    ),
    "encourage": (
        {
            "fr": ("encourag*", "favoris*", "facilit*"),
            "en": ("encourag*", "foster*", "facilitat*"),
            "vi": ("khuyến khích", "tạo thuận lợi"),
        },
        {
            "fr": ("décourag*", "dissua*", "entrav*"),
            "en": ("discourag*", "deter", "deters", "deterred", "hinder*", "hamper*"),
            "vi": (
                "ngăn cản",
                "cản trở",
                "kìm hãm",
                "phòng ngừa",
                "ngăn ngừa",
                "ngăn chặn",
                "hạn chế",
            ),
        },
    ),
    "enough": (
        {
            "fr": ("suffisant*", "adéquat*"),
            "en": ("sufficient*", "adequate*", "enough"),
            "vi": ("đủ", "đầy đủ", "tương xứng"),
        },
        {
            "fr": ("insuffisant*", "inadéquat*"),
            "en": ("insufficient*", "inadequate*"),
            "vi": ("không đủ", "thiếu"),
        },
    ),
    "adult": (
        {
            "fr": ("adulte*", "majeurs"),
            "en": ("adult*",),
            "vi": ("người lớn", "đã thành niên", "trưởng thành"),
        },
        {
            "fr": ("mineur*", "enfant*"),
            "en": ("minor", "minors", "child", "children", "underage"),
            "vi": ("chưa thành niên", "vị thành niên", "trẻ em"),
        },
    ),
    "legal": (
        {"fr": ("légal*", "licite*"), "en": ("legal", "lawful", "legally"), "vi": ("hợp pháp",)},
        {
            "fr": ("illégal*", "illicite*", "irrégulièr*"),
            "en": ("illegal*", "unlawful*", "irregular*"),
            "vi": ("bất hợp pháp", "trái phép"),
        },
    ),
    "add": (
        {
            "fr": ("ajout*", "supplément*"),
            "en": ("add", "added", "adds", "adding", "supplement*"),
            "vi": ("bổ sung",),
        },
        {
            "fr": ("supprim*", "retir*", "abrog*", "aboli*"),
            "en": (
                "remov*",
                "delet*",
                "withdraw*",
                "withdrew",
                "repeal*",
                "scrap",
                "scrapped",
                "abolish*",
                "lift",
                "lifted",
                "lifting",
                "drop*",
            ),
            "vi": ("loại bỏ", "bãi bỏ", "gỡ bỏ"),
        },
    ),
    "strong": (
        {
            "fr": ("fort", "forts", "forte", "fortes", "puissant*", "solide*"),
            "en": (
                "strong",
                "stronger",
                "strongest",
                "powerful",
                "robust",
                "strength",
                "strengths",
            ),
            "vi": ("mạnh", "mạnh mẽ", "vững", "vững chắc", "đắc lực", "ưu điểm"),
        },
        {
            "fr": ("faible*", "fragil*"),
            "en": (
                "weak",
                "weaker",
                "weakest",
                "weakness*",
                "fragile",
                "feeble",
                "shortcoming*",
                "drawback*",
            ),
            "vi": ("yếu", "yếu kém", "mong manh", "điểm hạn chế", "nhược điểm", "kém hiệu quả"),
        },
    ),
    "better": (
        {
            "fr": ("amélior*", "meilleur*", "mieux"),
            "en": ("improv*", "better"),
            "vi": ("cải thiện", "tốt hơn"),
        },
        {
            "fr": ("aggrav*", "détérior*", "dégrad*", "pire*"),
            "en": ("worsen*", "deteriorat*", "worse"),
            "vi": ("xấu đi", "trầm trọng", "tệ hơn", "suy thoái"),
        },
    ),
    "organised": (
        {
            "fr": ("très organisé*", "bien organisé*", "hautement organisé*"),
            "en": ("highly organi*", "well organi*", "well-organi*", "tightly organi*"),
            "vi": ("có tổ chức chặt chẽ", "tổ chức chặt chẽ"),
        },
        {
            "fr": ("mal organisé*", "peu organisé*", "désorganisé*"),
            "en": ("loosely*", "poorly organi*", "disorgani*"),
            "vi": ("lỏng lẻo", "rời rạc"),
        },
    ),
    "international": (
        {
            "fr": ("international*", "transfrontali*"),
            "en": ("international*", "cross-border"),
            "vi": ("quốc tế", "xuyên biên giới"),
        },
        {"fr": ("national*",), "en": ("national*", "domestic"), "vi": ("quốc gia", "trong nước")},
    ),
    "national": (  # "national" is also the other pole of "international": a form may say two
        {"fr": ("national*",), "en": ("national*",), "vi": ("quốc gia", "toàn quốc")},
        {
            "fr": ("local", "locale", "locales", "locaux", "régional*"),
            "en": ("local", "locally", "regional", "regionally"),
            "vi": ("địa phương",),
        },
    ),
    "wide": (
        {
            "fr": ("large*", "vaste*"),
            "en": ("wide", "broad", "large", "vast"),
            "vi": ("rộng rãi", "rộng lớn"),
        },
        {
            "fr": ("restreint*", "petit*"),
            "en": ("small", "narrow", "a handful"),
            "vi": ("nhỏ", "hẹp", "số ít", "một số ít"),
        },
    ),
    "online": (
        {
            "fr": ("en ligne",),
            "en": ("online",),
            "vi": ("trực tuyến", "trên mạng", "không gian mạng", "qua mạng"),
        },
        {
            "fr": ("hors ligne", "hors-ligne", "en personne", "en présentiel", "face à face"),
            "en": ("offline", "in person", "face-to-face", "face to face"),
            "vi": ("ngoại tuyến", "gặp mặt trực tiếp"),
        },
    ),
    "educated": (
        {
            "fr": ("instruit*", "éduqué*"),
            "en": ("educated", "well-educated", "literate"),
            "vi": ("có học vấn", "có học thức", "có trình độ học vấn"),
        },
        {
            "fr": ("peu instruit*", "sans instruction", "illettré*", "analphabète*"),
            "en": ("uneducated", "poorly educated", "illiterate", "unschooled"),
            "vi": ("thất học", "ít học", "mù chữ", "học vấn thấp"),
        },
    ),
    "prosecution": (
        {
            "fr": ("poursuites judiciaires", "poursuites pénales", "poursuivre en justice"),
            "en": ("prosecut*",),
            "vi": ("truy tố", "khởi tố"),
        },
        {
            "fr": ("avocat de la défense", "avocats de la défense"),
            "en": (
                "defence lawyer*",
                "defense lawyer*",
                "defence counsel",
                "defense counsel",
                "defence",
                "defense",
            ),
            "vi": ("bào chữa",),
        },
    ),
    "suspected": (
        {
            "fr": ("présumé*", "soupçonné*", "suspecté*"),
            "en": ("suspected", "alleged", "presumed"),
            "vi": ("nghi là", "nghi ngờ", "bị nghi", "nghi vấn", "tình nghi"),
        },
        {
            "fr": ("confirmé*", "avéré*", "prouvé*"),
            "en": ("confirmed", "proven"),
            "vi": ("đã được xác nhận", "được xác nhận", "đã xác định", "đã được chứng minh"),
        },
    ),
    "worrying": (
        {
            "fr": ("alarmant*", "inquiétant*", "préoccupant*", "troublant*"),
            "en": ("alarming*", "worrying*", "worrisome", "troubling*", "disturbing*"),
            "vi": ("đáng báo động", "đáng lo ngại", "đáng quan ngại", "đáng lo"),
        },
        {
            "fr": ("encourageant*", "rassurant*", "prometteu*"),
            "en": ("encouraging*", "reassuring*", "promising"),
            "vi": ("đáng khích lệ", "khả quan", "đáng mừng", "hứa hẹn"),
        },
    ),
    "praise": (
        {
            "fr": ("salu*", "félicit*", "louabl*"),
            "en": ("commend*", "prais*", "welcom*", "applaud*"),
            "vi": ("ghi nhận", "biểu dương", "hoan nghênh", "khen ngợi"),
        },
        {
            "fr": ("critiqu*", "dénonc*", "condamn*", "déplor*", "regrett*"),
            "en": (
                "criticis*",
                "criticiz*",
                "condemn*",
                "denounc*",
                "doubt*",
                "regret*",
                "deplor*",
            ),
            "vi": ("chỉ trích", "phê phán", "lên án", "hoài nghi", "lấy làm tiếc", "đánh giá thấp"),
        },
    ),
    "effective": (
        {
            "fr": ("efficace", "efficaces", "efficacement", "efficacité"),
            "en": ("effective", "effectively", "effectiveness", "efficient*", "efficiency"),
            "vi": ("hiệu quả", "hữu hiệu"),
        },
        {
            "fr": ("inefficace*", "inefficacité"),
            "en": ("ineffective*", "inefficien*"),
            "vi": ("thiếu hiệu quả", "vô hiệu", "kém hiệu quả"),
        },
    ),
    "private": (
        {
            "fr": ("secteur privé", "secteurs privés", "entreprises privées"),
            "en": ("private sector", "private companies", "private businesses"),
            "vi": ("tư nhân", "khu vực tư"),
        },
        {
            "fr": ("secteur public", "secteurs publics", "entreprises publiques"),
            "en": ("public sector", "state sector", "state-owned"),
            "vi": ("khu vực công", "khu vực nhà nước", "doanh nghiệp nhà nước"),
        },
    ),
    "all": (
        {
            "fr": (
                "tous les",
                "toutes les",
                "l'ensemble des",
                "l’ensemble des",
                "à tous",
                "de tous",
            ),
            "en": ("all",),
            "vi": ("tất cả", "mọi", "toàn bộ"),
        },
        {
            "fr": ("certains", "certaines", "quelques"),
            "en": ("some", "only those"),
            "vi": ("một số", "chỉ những", "một vài"),
        },
    ),
    "value": (
        {
            "fr": (
                "prendre au sérieux",
                "accorder de l'importance",
                "accorder une grande importance",
            ),
            "en": ("take seriously", "attach importance", "prioritise", "prioritize"),
            "vi": ("coi trọng", "chú trọng", "đề cao"),
        },
        {
            "fr": ("néglig*", "sous-estim*", "minimis*"),
            "en": ("neglect*", "overlook*", "underestimat*", "downplay*", "disregard*"),
            "vi": ("xem nhẹ", "coi nhẹ", "lơ là", "xao nhãng", "sao nhãng", "đánh giá thấp"),
        },
    ),
    "affirm": (
        {
            "fr": ("réaffirm*", "affirm*"),
            "en": ("reaffirm*", "affirm*"),
            "vi": ("khẳng định", "tái khẳng định"),
        },
        {
            "fr": (
                *(
                    f"{verb} en {what}"
                    for verb in ("remettre", "remet", "remettons", "remettent", "remis", "remise")
                    for what in ("question", "cause")
                ),
                "relativis*",
                "minimis*",
            ),
            "en": (
                "downplay*",
                "call into question",
                "calls into question",
                "called into question",
                "calling into question",
                "cast doubt",
                "casts doubt",
            ),
            "vi": ("đặt dấu hỏi", "phủ nhận", "đặt lại câu hỏi"),
        },
    ),
    "trafficked": (
        {
            "fr": (
                "traite des êtres humains",
                "traite d'êtres humains",
                "traite d’êtres humains",
                "traite des personnes",
                "trafic de personnes",
                "trafic d'êtres humains",
                "trafic d’êtres humains",
                "trafiquant*",
            ),
            "en": (
                "human trafficking",
                "trafficking in persons",
                "trafficking in human beings",
                "people trafficking",
                "trafficking of people",
                "trafficker*",
            ),
            "vi": ("mua bán người", "buôn bán người", "kẻ buôn người"),
        },
        {
            "fr": (
                "trafic de drogue",
                "trafic de drogues",
                "trafic de stupéfiants",
                "trafic d'armes",
                "trafic de migrants",
                "contrebande",
                "drogue*",
                "stupéfiant*",
            ),
            "en": (
                "drug trafficking",
                "drugs trafficking",
                "narcotics trafficking",
                "arms trafficking",
                "smuggling",
                "smuggler*",
                "drug",
                "drugs",
                "narcotic*",
            ),
            "vi": (
                "buôn bán ma túy",
                "mua bán ma túy",
                "buôn lậu ma túy",
                "buôn bán vũ khí",
                "buôn lậu",
                "vượt biên trái phép",
                "ma túy",
            ),
        },
    ),
    "holistic": (
        {
            "fr": ("global", "globale", "globaux", "holistique*"),
            "en": ("holistic*", "comprehensive*", "whole-of-government", "whole-of-society"),
            "vi": ("tổng thể", "toàn diện"),
        },
        {
            "fr": ("fragmenté*", "cloisonné*", "parcellaire*", "au cas par cas"),
            "en": ("piecemeal", "fragmented", "siloed", "narrowly"),
            "vi": ("riêng lẻ", "manh mún", "cục bộ", "đơn ngành"),
        },
    ),
    "some": (
        {
            "fr": ("certains", "certaines", "un certain nombre", "quelques"),
            "en": ("some", "a number of", "several", "a few"),
            "vi": ("một số", "một vài"),
        },
        {
            "fr": ("très peu", "peu de"),
            "en": ("few", "very few", "hardly any"),
            "vi": ("rất ít",),
        },
    ),
    "determined": (
        {
            "fr": ("déterminé*", "résolu*", "fier", "fière", "fiers", "fières"),
            "en": ("determined", "committed", "resolved", "proud", "eager", "willing"),
            "vi": ("quyết tâm", "tự hào", "sẵn sàng"),
        },
        {
            "fr": ("hésit*", "réticen*"),
            "en": ("hesitant*", "hesitat*", "reluctant*", "unwilling*", "undecided"),
            "vi": ("do dự", "ngần ngại", "miễn cưỡng", "chần chừ", "e ngại"),
        },
    ),
    "young": (
        {
            "fr": ("jeune", "jeunes", "jeunesse"),
            "en": ("young", "youth*"),
            "vi": ("thanh niên", "người trẻ", "giới trẻ", "thanh thiếu niên"),
        },
        {
            "fr": ("âgé*", "aîné*"),
            "en": (
                "elderly",
                "older people",
                "old people",
                "senior citizens",
                "the aged",
                "middle-aged",
            ),
            "vi": ("người cao tuổi", "người già", "trung niên"),
        },
    ),
    "enforcement": (
        {
            "fr": ("forces de l'ordre", "forces de l’ordre", "police*"),
            "en": ("law enforcement", "law-enforcement", "police*"),
            "vi": ("thực thi pháp luật", "công an", "cảnh sát"),
        },
        {
            "fr": ("forces armées", "armée*", "militaire*"),
            "en": ("armed forces", "military", "army", "armies"),
            "vi": ("vũ trang", "quân đội"),
        },
    ),
    "organ": (
        {
            "fr": ("trafic d'organes", "trafic d’organes", "vente d'organes", "vente d’organes"),
            "en": (
                "organ trafficking",
                "trafficking in organs",
                "trafficking of organs",
                "sale of organs",
                "organ sales",
                "organ trade",
            ),
            "vi": ("buôn bán nội tạng", "mua bán nội tạng", "buôn bán tạng", "mua bán tạng"),
        },
        {
            "fr": ("don d'organes", "don d’organes"),
            "en": ("organ donation", "organ donations", "donated organs"),
            "vi": ("hiến tạng", "hiến nội tạng"),
        },
    ),
    "focus": (
        {
            "fr": ("concentrer", "se concentrer", "focalis*", "prioris*"),
            "en": ("focus*", "concentrat*", "prioriti*"),
            "vi": ("tập trung", "ưu tiên"),
        },
        {
            "fr": ("mettre de côté", "délaisser", "laisser de côté"),
            "en": ("set aside", "put aside", "shelve*", "deprioriti*"),
            "vi": ("gác lại", "tạm gác"),
        },
    ),
    "continue": (
        {
            "fr": ("continu*", "poursuivr*", "maintenir"),
            "en": ("continu*", "keep", "keeps", "maintain*", "go on", "carry on"),
            "vi": ("tiếp tục", "duy trì", "không ngừng"),
        },
        {
            "fr": ("cesser", "cessera", "cesserons", "arrêter", "arrêtera", "arrêterons"),
            "en": ("stop", "stops", "stopped", "stopping", "cease*", "halt*", "discontinu*"),
            "vi": ("ngừng", "dừng", "thôi", "chấm dứt"),
        },
    ),
    # To end a thing is not to reduce it: "mettre fin à toutes les formes d'exploitation"
    # rendered "reduce exploitation", "chấm dứt" as "hạn chế".
    "end": (
        {
            "fr": ("mettre fin", "mettra fin", "mettons fin", "en finir", "éradiquer", "éliminer"),
            "en": ("end", "put an end", "eradicat*", "eliminat*"),
            "vi": ("chấm dứt", "xóa bỏ", "loại bỏ", "triệt tiêu"),
        },
        {
            "fr": ("réduire", "diminu*", "limiter", "atténuer"),
            "en": ("reduc*", "limit", "curb", "lessen", "mitigate"),
            "vi": ("giảm", "giảm thiểu", "hạn chế", "kiềm chế"),
        },
    ),
    # Equal access, equal rights: "un accès égal" rendered "unequal access", "khác nhau".
    "equal": (
        {
            "fr": ("égal", "égale", "égaux", "égales", "égalité", "équitabl*"),
            "en": ("equal", "equally", "equality", "equitabl*"),
            "vi": ("bình đẳng", "như nhau", "công bằng"),
        },
        {
            "fr": ("inégal*", "inéquitabl*", "prioritaire*"),
            "en": ("unequal*", "inequal*", "inequitabl*", "priority"),
            "vi": ("khác nhau", "bất bình đẳng", "không bình đẳng", "bất công", "ưu tiên"),
        },
    ),
    # Thanks are no apology: "Merci beaucoup" rendered "Xin lỗi".
    "thank": (
        {"fr": ("merci", "remerci*"), "en": ("thank*",), "vi": ("cảm ơn", "cám ơn")},
        {"fr": ("désolé*", "pardon"), "en": ("sorry", "apologi*"), "vi": ("xin lỗi",)},
    ),
    # Strict rules are not loosened ones: "des réglementations strictes" as "nới lỏng các quy
    # định".
    "strict": (
        {
            "fr": ("strict*", "rigoureu*", "sévère*"),
            "en": ("strict*", "tough", "tougher", "stringent*", "rigorous*"),
            "vi": ("nghiêm", "nghiêm ngặt", "nghiêm khắc"),
        },
        {
            "fr": ("laxis*", "laxiste*", "souple*", "assoupli*", "relâch*"),
            "en": ("lax", "laxer", "lenient*", "loose", "looser", "loosen*", "relax*"),
            "vi": ("nới lỏng", "lỏng lẻo", "dễ dãi"),
        },
    ),
    # A highlight is no weak point: "One of the law's highlights" rendered "L'un des points
    # faibles de la loi", "Một điểm hạn chế của luật".
    "highlight": (
        {
            "fr": ("point fort", "points forts", "temps fort", "temps forts"),
            "en": ("highlight*", "strong point", "strong points"),
            "vi": ("điểm nổi bật", "điểm sáng", "điểm mạnh"),
        },
        {
            "fr": ("point faible", "points faibles", "lacune", "lacunes"),
            "en": ("weak point", "weak points", "weakness*", "shortcoming*", "drawback*"),
            "vi": ("điểm yếu", "điểm hạn chế", "nhược điểm", "hạn chế"),
        },
    ),
    # Always is not sometimes: "toujours placer les victimes au centre" rendered "parfois".
    "always": (
        {
            "fr": ("toujours", "en permanence", "constamment"),
            "en": ("always", "at all times", "constantly"),
            "vi": ("luôn", "luôn luôn", "mọi lúc"),
        },
        {
            "fr": ("parfois", "quelquefois", "de temps en temps", "occasionnellement"),
            "en": ("sometimes", "occasionally", "at times", "from time to time"),
            "vi": ("đôi khi", "thỉnh thoảng", "đôi lúc"),
        },
    ),
    "update": (
        {
            "fr": ("mis à jour", "mise à jour", "mises à jour", "mettre à jour", "actualis*"),
            "en": ("updat*", "recorded in", "entered in", "stored in"),
            "vi": ("cập nhật", "lưu vào", "đưa vào"),
        },
        {
            "fr": ("effacé*", "retiré*", "supprimé*"),
            "en": ("deleted", "removed from", "erased", "purged", "kept out of", "stored outside"),
            "vi": ("xóa khỏi", "xóa bỏ", "loại khỏi", "ngoài cơ sở dữ liệu"),
        },
    ),
    "resilient": (
        {
            "fr": ("résilien*",),
            "en": ("resilien*",),
            "vi": ("khả năng chống chịu", "sức chống chịu"),
        },
        {
            "fr": ("vulnérab*", "fragilisé*"),
            "en": ("vulnerab*",),
            "vi": ("yếu thế",),
        },
    ),
    "privileged": (
        {"fr": ("vulnérab*",), "en": ("vulnerab*",), "vi": ("yếu thế",)},
        {"fr": ("privilégié*",), "en": ("privileged",), "vi": ("đặc quyền",)},
    ),
    "frontline": (
        {
            "fr": ("première ligne",),
            "en": ("frontline", "front-line", "front line"),
            "vi": ("tuyến đầu",),
        },
        {
            "fr": ("arrière", "seconde ligne"),
            "en": ("senior", "back-office", "back office", "rear"),
            "vi": ("tuyến sau", "hậu phương"),
        },
    ),
    "victim": (
        {"fr": ("victime*",), "en": ("victim*",), "vi": ("nạn nhân",)},
        {
            "fr": ("auteurs", "coupables", "criminels"),
            "en": ("perpetrator*", "offender*", "criminals"),
            "vi": ("thủ phạm", "kẻ phạm tội", "người phạm tội", "đối tượng phạm tội"),
        },
    ),
}
# Words that turn the pole right after them into the other ("far from simple" is complex,
# "bớt phức tạp" less complex, "loin d'être facile" hard).
OPPOSITES_FLIP: dict[str, tuple[str, ...]] = {
    "fr": ("loin d'être", "loin d’être", "tout sauf"),
    "en": ("far from", "anything but"),
    "vi": ("bớt", "kém"),
}
# Words that say an action fails, turning what follows round ("fails to respond adequately").
OPPOSITES_FAIL: dict[str, tuple[str, ...]] = {
    "fr": ("échou", "incapab", "impossib", "ne parvien"),
    "en": ("fail", "fall short", "falls short", "fell short", "unable", "hardly"),
    "vi": ("thất bại",),
}
# Longer forms that hold a form of a pole without its meaning.
OPPOSITES_NEUTRAL: dict[str, tuple[str, ...]] = {
    "fr": ("au moins", "à fort trafic"),
    "en": ("at least", "high-traffic", "no less", "nevertheless"),
    "vi": ("dễ bị tổn thương", "dễ tổn thương", "ít nhất", "đánh giá cao", "cao điểm"),
}
