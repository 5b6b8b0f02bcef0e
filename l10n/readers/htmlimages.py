"""Pictures in an article: which images are the article's, and which alt texts are units.

Share icons, logos and thumbnails of related articles are page furniture, whatever reader
found them. An image's alt text is a unit of its own, unless it only repeats the caption shown
under the picture: a translator should not be paid twice for one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from l10n.model import inline
from l10n.model.article import Block, BlockKind
from l10n.readers.links import resolve, split

_SPACE = re.compile(r"\s+")
# Share icons, logos and spacers, named as such in a path segment or file name ("sprint.jpg"
# or "blueprint.png" are photos).
_FURNITURE_IMG = re.compile(
    r"(?:^|[/_.-])(?:share|sharing|social|icons?|logos?|sprites?|pixel|avatars?|facebook|"
    r"twitter|whatsapp|linkedin|pinterest|email|print|buttons?|badges?|spacer|blank)"
    r"(?=$|[/_.-])", re.I)
# Thumbnails of related articles and author portraits: a small size in the image URL, as a
# query parameter (?w=180) or a WIDTHxHEIGHT suffix (_180x108); not a camera's DSC_0042.
_SMALL_SIZE = re.compile(r"[?&](?:w|h|width|height)=(\d{2,4})(?=&|$)"
                         r"|_(\d{2,4})x(\d{2,4})(?=[&_.]|$)")
# An alt text that is the picture's file name ("6_1398994809.jpg") says nothing to a reader.
_FILE_NAME = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)", re.I)
# Alt text this close to the caption (rapidfuzz ratio, 0-100) says the same thing: editors
# often paste the caption into the alt and then polish one of the two.
_SAME_AS_CAPTION = 85


def image_blocks(src: str, alt: str, title: str, base_url: str) -> Iterator[Block]:
    """An image and its alt text as blocks; nothing for furniture."""
    src = resolve(base_url, src)
    alt = _SPACE.sub(" ", alt).strip()
    if is_furniture_image(src, alt):
        return
    yield Block(BlockKind.IMAGE, "", (("src", src),) + ((("title", title),) if title else ()))
    if alt and not _FILE_NAME.fullmatch(alt):
        yield Block(BlockKind.IMAGE_ALT, *inline.plain(alt))


def is_furniture_image(src: str, alt: str) -> bool:
    """Share icons, logos, thumbnails of related articles: not the article's pictures."""
    parts = split(src)
    if parts is None or not src:  # no image, or an address nothing could load
        return True
    if _FURNITURE_IMG.search(parts.path) or _FURNITURE_IMG.fullmatch(alt):
        return True
    if alt.startswith(("http://", "https://")):
        return True
    sizes = [int(n) for m in _SMALL_SIZE.finditer(f"{parts.path}?{parts.query}")
             for n in m.groups() if n]
    return bool(sizes) and max(sizes) <= 200


def alt_repeats_caption(alt: Block, caption: Block) -> bool:
    """Whether an image's alt text says what its caption says (then it is not a unit)."""
    one = _SPACE.sub(" ", inline.to_text(alt.text, alt.attrs)).strip().casefold()
    two = _SPACE.sub(" ", inline.to_text(caption.text, caption.attrs)).strip().casefold()
    if not one or not two:
        return False
    shorter, longer = sorted((one, two), key=len)
    if shorter in longer and len(shorter) >= 0.6 * len(longer):
        return True
    return fuzz.ratio(one, two) >= _SAME_AS_CAPTION


def without_repeated_alts(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The blocks without alt texts that repeat the caption right after them (an image's alt
    comes just before its caption, or before a second image's), and the alt texts left out."""
    kept: list[Block] = []
    dropped: list[str] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.IMAGE_ALT:
            caption = next((b for b in blocks[index + 1:index + 3]
                            if b.kind is BlockKind.CAPTION), None)
            if caption is not None and alt_repeats_caption(block, caption):
                dropped.append(inline.to_text(block.text, block.attrs))
                continue
        kept.append(block)
    return kept, dropped
