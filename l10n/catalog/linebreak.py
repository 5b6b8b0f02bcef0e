"""Where GNU gettext may break a PO string line, and how wide a string is on screen.

``msgcat`` wraps strings with libunistring's Unicode line breaking (UAX #14) and column widths;
writing byte-identical PO files means choosing the very same break points. This module
reproduces libunistring 1.0 (the version GNU gettext 0.21 uses) from its observed behaviour.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence

# ---------------------------------------------------------------------------------------------
# Line breaking: libunistring 1.0's u8_possible_linebreaks and u8_width_linebreaks, reproduced
# from their observed behaviour (UAX #14 pair table, Unicode 14 Line_Break data).

_POSSIBLE, _MANDATORY = 1, 2
# Classes looked up in the pair table, then the ones handled by rules. AI, SA and XX act as AL,
# CB as ID, CJ as NS, CR/LF/NL as BK; OPW is an East Asian wide OP (no LB30 glue after AL/NU).
_TABLE_CLASSES = ("AL B2 BA BB CL CP EB EM EX GL H2 H3 HL HY ID IN IS JL JT JV NS NU OP OPW PO "
                  "PR QU RI SY WJ").split()
_CLASS = {name: index for index, name in enumerate((*_TABLE_CLASSES, "CM", "ZWJ", "SP", "ZW",
                                                    "BK"))}
_AL, _BA, _HL, _HY, _RI = (_CLASS[n] for n in ("AL", "BA", "HL", "HY", "RI"))
_H2, _H3, _CM, _ZWJ, _SP, _ZW, _BK = (_CLASS[n] for n in ("H2", "H3", "CM", "ZWJ", "SP", "ZW",
                                                            "BK"))
# Row: class before, column: class after. D: break, I: break only after spaces, P: never.
_PAIRS = (
    #  AL B2 BA BB CL CP EB EM EX GL H2 H3 HL HY ID IN IS JL JT JV NS NU OP OW PO PR QU RI SY WJ
    "IDIDPPDDPIDDIIDIPDDDIIIDIIIDPP",  # AL
    "DPIDPPDDPIDDDIDIPDDDIDDDDDIDPP",  # B2
    "DDIDPPDDPDDDDIDIPDDDIDDDDDIDPP",  # BA
    "IIIIPPIIPIIIIIIIPIIIIIIIIIIIPP",  # BB
    "DDIDPPDDPIDDDIDIPDDDPDDDIIIDPP",  # CL
    "IDIDPPDDPIDDIIDIPDDDIIDDIIIDPP",  # CP
    "DDIDPPDIPIDDDIDIPDDDIDDDIDIDPP",  # EB
    "DDIDPPDDPIDDDIDIPDDDIDDDIDIDPP",  # EM
    "DDIDPPDDPIDDDIDIPDDDIDDDDDIDPP",  # EX
    "IIIIPPIIPIIIIIIIPIIIIIIIIIIIPP",  # GL
    "DDIDPPDDPIDDDIDIPDIIIDDDIDIDPP",  # H2
    "DDIDPPDDPIDDDIDIPDIDIDDDIDIDPP",  # H3
    "IDIDPPDDPIDDIIDIPDDDIIIDIIIDPP",  # HL
    "DDIDPPDDPDDDDIDIPDDDIIDDDDIDPP",  # HY
    "DDIDPPDDPIDDDIDIPDDDIDDDIDIDPP",  # ID
    "DDIDPPDDPIDDDIDIPDDDIDDDDDIDPP",  # IN
    "DDIDPPDDPIDDDIDIPDDDIIDDDDIDPP",  # IS
    "DDIDPPDDPIIIDIDIPIDIIDDDIDIDPP",  # JL
    "DDIDPPDDPIDDDIDIPDIDIDDDIDIDPP",  # JT
    "DDIDPPDDPIDDDIDIPDIIIDDDIDIDPP",  # JV
    "DDIDPPDDPIDDDIDIPDDDIDDDDDIDPP",  # NS
    "IDIDPPDDPIDDIIDIPDDDIIIDIIIDPP",  # NU
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",  # OP
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",  # OPW
    "IDIDPPDDPIDDIIDIPDDDIIIIDDIDPP",  # PO
    "IDIDPPIIPIIIIIIIPIIIIIIIDDIDPP",  # PR
    "IIIIPPIIPIIIIIIIPIIIIIPPIIIIPP",  # QU
    "DDIDPPDDPIDDDIDIPDDDIDDDDDIIPP",  # RI
    "DDIDPPDDPIDDIIDIPDDDIIDDDDIDPP",  # SY
    "IIIIPPIIPIIIIIIIPIIIIIIIIIIIPP",  # WJ
)
# Code points whose class is not AL, beyond the marks (general category M*) that are CM and the
# Hangul syllables (H2/H3 computed): hexadecimal ranges per class.
_RANGES = {
    "AL": (
        "e31 e34-e3a e47-e4e eb1 eb4-ebc ec8-ecd 102b-103e 1056-1059 105e-1060 1062-1064 "
        "1067-106d 1071-1074 1082-108d 108f 109a-109d 17b4-17d3 17dd 1a55-1a5e 1a60-1a7c a9e5 "
        "aa7b-aa7d aab0 aab2-aab4 aab7-aab8 aabe-aabf aac1 1171d-1172b "
    ),
    "B2": (
        "2014 2e3a-2e3b "
    ),
    "BA": (
        "9 7c ad 58a 5be 964-965 e5a-e5b f0b f34 f7f f85 fbe-fbf fd2 104a-104b 1361 1400 1680 "
        "16eb-16ed 1735-1736 17d4-17d5 17d8 17da 1804-1805 1b5a-1b5b 1b5d-1b60 1b7d-1b7e "
        "1c3b-1c3f 1c7e-1c7f 2000-2006 2008-200a 2010 2012-2013 2027 2056 2058-205b 205d-205f "
        "2cfa-2cfc 2cff 2d70 2e0e-2e15 2e17 2e19 2e2a-2e2d 2e30-2e31 2e33-2e34 2e3c-2e3e "
        "2e40-2e41 2e43-2e4a 2e4c 2e4e-2e4f 2e5d 3000 a4fe-a4ff a60d a60f a6f3-a6f7 a8ce-a8cf "
        "a92e-a92f a9c7-a9c9 aa5d-aa5f aaf0-aaf1 abeb 10100-10102 1039f 103d0 10857 1091f "
        "10a50-10a57 10af0-10af5 10b39-10b3f 10ead 11047-11048 110be-110c1 11140-11143 "
        "111c5-111c6 111c8 111dd-111df 11238-11239 1123b-1123c 112a9 1144b-1144e 1145a-1145b "
        "115c2-115c3 115c9-115d7 11641-11642 1173c-1173e 11944-11946 11a41-11a44 11a9a-11a9c "
        "11aa1-11aa2 11c41-11c45 11fff 12470-12474 16a6e-16a6f 16af5 16b37-16b39 16b44 "
        "16e97-16e98 1bc9f 1da87-1da8a "
    ),
    "BB": (
        "b4 2c8 2cc 2df c77 c84 f01-f04 f06-f07 f09-f0a fd0-fd1 fd3 1806 1ffd a874-a875 a8fc "
        "11175 111db 115c1 11660-1166c 119e2 11a3f 11a45 11a9e-11aa0 11c70 "
    ),
    "BK": (
        "a-d 85 2028-2029 "
    ),
    "CL": (
        "7d f3b f3d 169c 2046 207e 208e 2309 230b 232a 2769 276b 276d 276f 2771 2773 2775 27c6 "
        "27e7 27e9 27eb 27ed 27ef 2984 2986 2988 298a 298c 298e 2990 2992 2994 2996 2998 29d9 "
        "29db 29fd 2e23 2e25 2e27 2e29 2e56 2e58 2e5a 2e5c 3001-3002 3009 300b 300d 300f 3011 "
        "3015 3017 3019 301b 301e-301f fd3e fe11-fe12 fe18 fe36 fe38 fe3a fe3c fe3e fe40 fe42 "
        "fe44 fe48 fe50 fe52 fe5a fe5c fe5e ff09 ff0c ff0e ff3d ff5d ff60-ff61 ff63-ff64 "
        "1325b-1325d 13282 13287 13289 1337a-1337b 13438 145cf "
    ),
    "CM": (
        "0-8 e-1f 7f-84 86-9f 61c 200c 200e-200f 202a-202e 2066-206f 3035 fff9-fffb 1bca0-1bca3 "
        "1d173-1d17a e0001 e0020-e007f "
    ),
    "CP": (
        "29 5d "
    ),
    "EB": (
        "261d 26f9 270a-270d 1f02c-1f02f 1f094-1f09f 1f0af-1f0b0 1f0c0 1f0d0 1f0f6-1f0ff "
        "1f1ae-1f1e5 1f203-1f20f 1f23c-1f23f 1f249-1f24f 1f252-1f25f 1f266-1f2ff 1f385 "
        "1f3c2-1f3c4 1f3c7 1f3ca-1f3cc 1f442-1f443 1f446-1f450 1f466-1f478 1f47c 1f481-1f483 "
        "1f485-1f487 1f48f 1f491 1f4aa 1f574-1f575 1f57a 1f590 1f595-1f596 1f645-1f647 "
        "1f64b-1f64f 1f6a3 1f6b4-1f6b6 1f6c0 1f6cc 1f6d8-1f6dc 1f6ed-1f6ef 1f6fd-1f6ff "
        "1f774-1f77f 1f7d9-1f7df 1f7ec-1f7ef 1f7f1-1f7ff 1f80c-1f80f 1f848-1f84f 1f85a-1f85f "
        "1f888-1f88f 1f8ae-1f8af 1f8b2-1f8ff 1f90c 1f90f 1f918-1f91f 1f926 1f930-1f939 "
        "1f93c-1f93e 1f977 1f9b5-1f9b6 1f9b8-1f9b9 1f9bb 1f9cd-1f9cf 1f9d1-1f9dd 1fa54-1fa5f "
        "1fa6e-1fa6f 1fa75-1fa77 1fa7d-1fa7f 1fa87-1fa8f 1faad-1faaf 1fabb-1fabf 1fac3-1facf "
        "1fada-1fadf 1fae8-1faff 1fc00-1fffd "
    ),
    "EM": (
        "1f3fb-1f3ff "
    ),
    "EX": (
        "21 3f 5c6 61b 61d-61f 6d4 7f9 f0d-f11 f14 1802-1803 1808-1809 1944-1945 2762-2763 2cf9 "
        "2cfe 2e2e 2e53-2e54 a60e a876-a877 fe15-fe16 fe56-fe57 ff01 ff1f 115c4-115c5 11c71 "
    ),
    "GL": (
        "a0 34f 35c-362 f08 f0c f12 fd9-fda 180e 2007 2011 202f 13430-13436 16fe4 "
    ),
    "HL": (
        "5d0-5ea 5ef-5f2 fb1d fb1f-fb28 fb2a-fb36 fb38-fb3c fb3e fb40-fb41 fb43-fb44 fb46-fb4f "
    ),
    "HY": (
        "2d "
    ),
    "ID": (
        "231a-231b 23f0-23f3 2600-2603 2614-2615 2618 261a-261c 261e-261f 2639-263b 2668 267f "
        "26bd-26c8 26cd 26cf-26d1 26d3-26d4 26d8-26d9 26dc 26df-26e1 26ea 26f1-26f5 26f7-26f8 "
        "26fa 26fd-2704 2708-2709 2764 2e80-2e99 2e9b-2ef3 2f00-2fd5 2ff0-2ffb 3003-3004 "
        "3006-3007 3012-3013 3020-3029 3030-3034 3036-303a 303d-303f 3042 3044 3046 3048 "
        "304a-3062 3064-3082 3084 3086 3088-308d 308f-3094 309f 30a2 30a4 30a6 30a8 30aa-30c2 "
        "30c4-30e2 30e4 30e6 30e8-30ed 30ef-30f4 30f7-30fa 30ff 3105-312f 3131-318e 3190-31e3 "
        "3200-321e 3220-3247 3250-4dbf 4e00-a014 a016-a48c a490-a4c6 f900-faff fe30-fe34 "
        "fe45-fe46 fe49-fe4f fe51 fe58 fe5f-fe66 fe68 fe6b ff02-ff03 ff06-ff07 ff0a-ff0b ff0d "
        "ff0f-ff19 ff1c-ff1e ff20-ff3a ff3c ff3e-ff5a ff5c ff5e ff66 ff71-ff9d ffa0-ffbe "
        "ffc2-ffc7 ffca-ffcf ffd2-ffd7 ffda-ffdc ffe2-ffe4 fffc 17000-187f7 18800-18aff "
        "18d00-18d08 1b000-1b122 1b170-1b2fb 1f000-1f02b 1f030-1f093 1f0a0-1f0ae 1f0b1-1f0bf "
        "1f0c1-1f0cf 1f0d1-1f0f5 1f10d-1f10f 1f16d-1f16f 1f1ad 1f200-1f202 1f210-1f23b "
        "1f240-1f248 1f250-1f251 1f260-1f265 1f300-1f384 1f386-1f39b 1f39e-1f3b4 1f3b7-1f3bb "
        "1f3bd-1f3c1 1f3c5-1f3c6 1f3c8-1f3c9 1f3cd-1f3fa 1f400-1f441 1f444-1f445 1f451-1f465 "
        "1f479-1f47b 1f47d-1f480 1f484 1f488-1f48e 1f490 1f492-1f49f 1f4a1 1f4a3 1f4a5-1f4a9 "
        "1f4ab-1f4ae 1f4b0 1f4b3-1f4ff 1f507-1f516 1f525-1f531 1f54a-1f573 1f576-1f579 "
        "1f57b-1f58f 1f591-1f594 1f597-1f5d3 1f5dc-1f5f3 1f5fa-1f644 1f648-1f64a 1f680-1f6a2 "
        "1f6a4-1f6b3 1f6b7-1f6bf 1f6c1-1f6cb 1f6cd-1f6d7 1f6dd-1f6ec 1f6f0-1f6fc 1f7d5-1f7d8 "
        "1f7e0-1f7eb 1f7f0 1f8b0-1f8b1 1f90d-1f90e 1f910-1f917 1f920-1f925 1f927-1f92f "
        "1f93a-1f93b 1f93f-1f976 1f978-1f9b4 1f9b7 1f9ba 1f9bc-1f9cc 1f9d0 1f9de-1f9ff "
        "1fa60-1fa6d 1fa70-1fa74 1fa78-1fa7c 1fa80-1fa86 1fa90-1faac 1fab0-1faba 1fac0-1fac2 "
        "1fad0-1fad9 1fae0-1fae7 20000-2fffd 30000-3fffd "
    ),
    "IN": (
        "2024-2026 22ef fe19 10af6 "
    ),
    "IS": (
        "2c 2e 3a-3b 37e 589 60c-60d 7f8 2044 fe10 fe13-fe14 "
    ),
    "JL": (
        "1100-115f a960-a97c "
    ),
    "JT": (
        "11a8-11ff d7cb-d7fb "
    ),
    "JV": (
        "1160-11a7 d7b0-d7c6 "
    ),
    "NS": (
        "17d6 203c-203d 2047-2049 3005 301c 303b-303c 3041 3043 3045 3047 3049 3063 3083 3085 "
        "3087 308e 3095-3096 309b-309e 30a0-30a1 30a3 30a5 30a7 30a9 30c3 30e3 30e5 30e7 30ee "
        "30f5-30f6 30fb-30fe 31f0-31ff a015 fe54-fe55 ff1a-ff1b ff65 ff67-ff70 ff9e-ff9f "
        "16fe0-16fe3 1b150-1b152 1b164-1b167 1f679-1f67b "
    ),
    "NU": (
        "30-39 660-669 66b-66c 6f0-6f9 7c0-7c9 966-96f 9e6-9ef a66-a6f ae6-aef b66-b6f be6-bef "
        "c66-c6f ce6-cef d66-d6f de6-def e50-e59 ed0-ed9 f20-f29 1040-1049 1090-1099 17e0-17e9 "
        "1810-1819 1946-194f 19d0-19d9 1a80-1a89 1a90-1a99 1b50-1b59 1bb0-1bb9 1c40-1c49 "
        "1c50-1c59 a620-a629 a8d0-a8d9 a900-a909 a9d0-a9d9 a9f0-a9f9 aa50-aa59 abf0-abf9 "
        "104a0-104a9 10d30-10d39 11066-1106f 110f0-110f9 11136-1113f 111d0-111d9 112f0-112f9 "
        "11450-11459 114d0-114d9 11650-11659 116c0-116c9 11730-11739 118e0-118e9 11950-11959 "
        "11c50-11c59 11d50-11d59 11da0-11da9 16a60-16a69 16ac0-16ac9 16b50-16b59 1d7ce-1d7ff "
        "1e140-1e149 1e2f0-1e2f9 1e950-1e959 1fbf0-1fbf9 "
    ),
    "OP": (
        "28 5b 7b a1 bf f3a f3c 169b 201a 201e 2045 207d 208d 2308 230a 2768 276a 276c 276e 2770 "
        "2772 2774 27c5 27e6 27e8 27ea 27ec 27ee 2983 2985 2987 2989 298b 298d 298f 2991 2993 "
        "2995 2997 29d8 29da 29fc 2e18 2e22 2e24 2e26 2e28 2e42 2e55 2e57 2e59 2e5b fd3f "
        "13258-1325a 13286 13288 13379 13437 145ce 1e95e-1e95f "
    ),
    "OPW": (
        "2329 3008 300a 300c 300e 3010 3014 3016 3018 301a 301d fe17 fe35 fe37 fe39 fe3b fe3d "
        "fe3f fe41 fe43 fe47 fe59 fe5b fe5d ff08 ff3b ff5b ff5f ff62 "
    ),
    "PO": (
        "25 a2 b0 609-60b 66a 9f2-9f3 9f9 d79 2030-2037 20a7 20b6 20bb 20be 20c0 2103 2109 a838 "
        "fdfc fe6a ff05 ffe0 11fdd-11fe0 1ecac 1ecb0 "
    ),
    "PR": (
        "24 2b 5c a3-a5 b1 58f 7fe-7ff 9fb af1 bf9 e3f 17db 20a0-20a6 20a8-20b5 20b7-20ba "
        "20bc-20bd 20bf 20c1-20cf 2116 2212-2213 fe69 ff04 ffe1 ffe5-ffe6 1e2ff "
    ),
    "QU": (
        "22 27 ab bb 2018-2019 201b-201d 201f 2039-203a 275b-2760 2e00-2e0d 2e1c-2e1d 2e20-2e21 "
        "1f676-1f678 "
    ),
    "RI": (
        "1f1e6-1f1ff "
    ),
    "SP": (
        "20 "
    ),
    "SY": (
        "2f "
    ),
    "WJ": (
        "2060 feff "
    ),
    "ZW": (
        "200b "
    ),
    "ZWJ": (
        "200d "
    ),
}
# Unassigned code points that libunistring counts two columns wide.
_WIDE_UNASSIGNED = ((0x2E80, 0xA4CF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE6F),
                    (0xFF00, 0xFF60), (0x1F200, 0x1F2FF), (0x20000, 0x3FFFF))
_NARROW_MARKS = frozenset((0xCBF, 0xCC6, 0x11A07, 0x11A08, 0x11C3F))


def _range_table() -> tuple[list[int], list[int], list[int]]:
    spans: list[tuple[int, int, int]] = []
    for name, text in _RANGES.items():
        for token in text.split():
            low, _, high = token.partition("-")
            spans.append((int(low, 16), int(high or low, 16), _CLASS[name]))
    spans.sort()
    return [s[0] for s in spans], [s[1] for s in spans], [s[2] for s in spans]


_STARTS, _ENDS, _VALUES = _range_table()


def _line_class(code: int) -> int:
    if 0xAC00 <= code <= 0xD7A3:
        return _H2 if (code - 0xAC00) % 28 == 0 else _H3
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0 and code <= _ENDS[index]:
        return _VALUES[index]
    return _CM if unicodedata.category(chr(code))[0] == "M" else _AL


def _width(char: str) -> int:
    """Columns as libunistring's uc_width counts them; control characters count 0."""
    code = ord(char)
    category = unicodedata.category(char)
    if category == "Cc":
        return 0
    if category == "Cn":
        return 2 if any(low <= code <= high for low, high in _WIDE_UNASSIGNED) else 1
    if ((category in ("Mn", "Me", "Cf") and code not in _NARROW_MARKS)
            or 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class _ClassCodes(dict[int, str]):
    """``str.translate`` table: code point -> one letter naming its line break class."""

    def __missing__(self, code: int) -> str:
        letter = self[code] = chr(65 + _line_class(code))
        return letter


class _WidthCodes(dict[int, str]):
    """``str.translate`` table: code point -> its width as a digit (0 for line ends too)."""

    def __missing__(self, code: int) -> str:
        width = 0 if _line_class(code) == _BK else _width(chr(code))
        digit = self[code] = str(width)
        return digit


_CLASS_CODES = _ClassCodes()
_WIDTH_CODES = _WidthCodes()
# Where a letter (AL) follows a letter nothing can change: only look at the other positions.
_EVENTS = re.compile(r"(?<!A)A|[^A]")
_SPACE_LETTER = chr(65 + _SP)


@functools.lru_cache(maxsize=8)  # _wrap asks twice for a string that moves to its own line
def _opportunities(text: str) -> tuple[tuple[int, int], ...]:
    """(position, kind) where a break may go before the character (kind 1) or the character
    ends a line (kind 2).

    Spaces (U+0020) reset every state of the machine but the class before them, so the text
    is taken word by word: what happens inside a word is computed once per sequence of
    classes (:func:`_word`; news text repeats few), and only the break before each word after
    spaces is decided here, from the class before the spaces.
    """
    result: list[tuple[int, int]] = []
    last, pos = _BK, 0
    for index, word in enumerate(text.translate(_CLASS_CODES).split(_SPACE_LETTER)):
        if word:
            inside, word_last = _word(word)
            if index:  # after spaces
                cls = ord(word[0]) - 65
                if cls in (_CM, _ZWJ):
                    brk = last != _BK
                elif last < _CM and last != _RI:  # the common case, inlined
                    brk = cls not in (_ZW, _BK) and _PAIRS[last][cls] != "P"
                else:
                    brk = cls not in (_ZW, _BK) and _pair_break(
                        last, cls, True, False, ri_open=False, hl_hyphen=False)
                if brk:
                    result.append((pos, _POSSIBLE))
            if inside:
                result += [(pos + i, kind) for i, kind in inside]
            last = word_last
        pos += len(word) + 1
    return tuple(result)


@functools.lru_cache(maxsize=4096)
def _word(codes: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """The opportunities inside a word given by its class letters (none before its first
    character but a mandatory one), and the class the machine ends on: the state machine
    of UAX #14 as libunistring runs it."""
    result: list[tuple[int, int]] = []
    last = _BK          # class of the last character that is not a mark
    previous = _BK      # class of the character just before, whatever it is
    zwj = hl_hyphen = False
    regional = 0        # regional indicators in a row
    for match in _EVENTS.finditer(codes):
        i = match.start()
        cls = ord(codes[i]) - 65
        if cls == _BK:
            result.append((i, _MANDATORY))
            last, zwj = _BK, False
        elif cls == _ZW:
            last, zwj = _ZW, False
        elif cls in (_CM, _ZWJ):
            if last == _ZW:
                result.append((i, _POSSIBLE))
            if last in (_BK, _ZW):
                last = _AL
            zwj = cls == _ZWJ
        else:
            if last < _CM and last != _RI and not zwj:  # the common case, inlined
                brk = _PAIRS[last][cls] == "D" and not hl_hyphen
            else:
                brk = _pair_break(last, cls, False, zwj, hl_hyphen=hl_hyphen,
                                  ri_open=regional % 2 == 1 and previous == _RI)
            if brk:
                result.append((i, _POSSIBLE))
            hl_hyphen = cls in (_HY, _BA) and previous == _HL
            regional = regional + 1 if cls == _RI else 0
            last, zwj = cls, False
            previous = cls
            continue
        hl_hyphen = False
        regional = 0
        previous = cls
    return tuple(result), last


def _pair_break(last: int, cls: int, spaces: bool, zwj: bool, *, ri_open: bool,
                hl_hyphen: bool) -> bool:
    """The pair table with the rules around it: line starts, ZW, ZWJ, flags, Hebrew hyphens."""
    if last == _BK or zwj:
        return False
    if last == _ZW:
        return True
    rule = _PAIRS[last][cls]
    if not spaces and ((ri_open and cls == _RI) or hl_hyphen):
        rule = "P"
    elif last == _RI and cls == _RI and not spaces:
        rule = "D"
    return rule == "D" or (rule == "I" and spaces)


def breaks(text: str, locked: set[int], width: int, start: int) -> list[int]:
    """Where GNU starts a new line in ``text``: greedy fill between break opportunities, and
    a piece longer than the line just overflows (libunistring's u8_width_linebreaks)."""
    if start + (len(text) if text.isascii() else 2 * len(text)) <= width:
        return []
    widths = text.translate(_WIDTH_CODES)
    if widths.count("1") == len(widths):
        columns: Sequence[int] = range(len(text) + 1)
    else:
        columns = [0, *itertools.accumulate(map(int, widths))]
        if start + columns[-1] <= width:
            return []
    result: list[int] = []
    points: list[int] = []
    line_start, offset = 0, start
    for i, kind in _opportunities(text):
        if kind == _MANDATORY:  # a new line in the text: fill what came before it
            _fill(points, columns, line_start, offset, i, width, result)
            line_start, offset, points = i, 0, []
        elif i not in locked:
            points.append(i)
    _fill(points, columns, line_start, offset, len(text), width, result)
    return result


def _fill(points: list[int], columns: Sequence[int], line_start: int, offset: int, end: int,
          width: int, result: list[int]) -> None:
    """Append to ``result`` the breaks of a greedy fill of ``text[line_start:end]`` (no
    mandatory break inside) that starts at column ``offset``: each line ends at its last
    break point that fits, or at its first one when none fits; found by bisection."""
    if not points:
        return
    at_columns = [columns[i] for i in points]
    first = 0
    while True:
        limit = width - offset + columns[line_start]
        last = max(first, bisect.bisect_right(at_columns, limit, first) - 1)
        if last == len(points) - 1:
            if columns[end] > limit:
                result.append(points[last])
            return
        result.append(points[last])
        first, line_start, offset = last + 1, points[last], 0
