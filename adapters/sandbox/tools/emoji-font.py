#!/usr/bin/python3
"""Rebuilds the sandbox page's colour emoji font: the emoji of the bot's texts and of the page, cut
from Debian's Noto Color Emoji (SIL Open Font License 1.1), so a browser without an emoji font shows
the markers (⏰ 📍 ✅ …) in colour instead of empty boxes.

Run from the repository root after adding an emoji to a template or to the page (EmojiFontTest says
when one is missing from the font):
    apt-get install fonts-noto-color-emoji python3-fonttools
    /usr/bin/python3 adapters/sandbox/tools/emoji-font.py
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = pathlib.Path('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf')
TARGET = pathlib.Path('adapters/sandbox/src/main/resources/sandbox-web/emoji/NotoColorEmoji-sandbox.ttf')
TEXTS = [('templates/src/main/resources/templates', '*.mustache'),
         ('adapters/sandbox/src/main/resources/sandbox-web', '*.js'),
         ('adapters/sandbox/src/main/resources/sandbox-web', '*.html')]
# Emoji presentation joiners: kept so a sequence such as ✅ followed by U+FE0F shows as one emoji.
JOINERS = {0xFE0F, 0x200D}


def is_emoji(code):
    """The blocks where emoji live (EmojiFontTest uses the same rule): miscellaneous technical,
    miscellaneous symbols, dingbats, and everything from U+1F000 on."""
    return 0x2300 <= code <= 0x23FF or 0x2600 <= code <= 0x27BF or code >= 0x1F000


def main():
    if not SOURCE.exists():
        sys.exit(f'{SOURCE} is missing: apt-get install fonts-noto-color-emoji')
    codes = set()
    for folder, pattern in TEXTS:
        for path in pathlib.Path(folder).rglob(pattern):
            codes.update(ord(c) for c in path.read_text(encoding='utf-8') if is_emoji(ord(c)))
    available = TTFont(SOURCE).getBestCmap()
    missing = sorted(c for c in codes if c not in available)
    if missing:
        sys.exit('Noto Color Emoji has no ' + ', '.join(f'U+{c:04X} {chr(c)}' for c in missing)
                 + ': use an emoji instead')
    options = subset.Options()
    options.layout_features = ['*']
    font = TTFont(SOURCE)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes | JOINERS))
    subsetter.subset(font)
    font.save(TARGET)
    print(f'{TARGET}: {len(codes)} emoji, {TARGET.stat().st_size} bytes:', ' '.join(chr(c) for c in sorted(codes)))


if __name__ == '__main__':
    main()
