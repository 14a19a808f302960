"""Parse stage, first step: a raw file's bytes -> text (with decode warnings), or a PageError.

Order of decisions, each one documented where it is taken:

1. empty / whitespace-only        -> PageError("empty_file")
2. known binary magic numbers      -> PageError("binary_file", "... is a PNG image ...")
3. byte-order mark (UTF-8/16/32)   -> that encoding, always (the BOM wins over any declaration)
4. BOM-less UTF-16 (NUL pattern)   -> UTF-16 with a warning
5. remaining NUL bytes / many control bytes -> PageError("binary_file")
6. valid UTF-8                     -> UTF-8 (no warning)
7. an HTML ``<meta charset>`` / XML encoding declared in the first 2 KB -> that encoding, with a warning
8. charset-normalizer detection (cp1252 preferred among equally good candidates) -> with a warning
9. nothing fits                    -> PageError("undecodable")

The text then gets its line endings normalised (CRLF / CR -> LF) and mojibake repaired with
ftfy restricted to encoding fixes. No other character is ever changed.
"""
from __future__ import annotations

import codecs
import re

import ftfy
from charset_normalizer import from_bytes

from pipeline.model import PageError

# (prefix, what it is). Checked before anything else: such files are never text pages.
_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file, which are ZIP archives)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a GZIP-compressed file"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xfd7zXZ\x00", "an XZ-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard-compressed file"),
    (b"BZh", None),  # bzip2: confirmed below by its block magic, since "BZh" can start a text
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document"),
    (b"RIFF", None),  # confirmed below (WEBP / WAVE / AVI)
)
_BZIP2_BLOCK_MAGIC = b"1AY&SY"
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF_BYTES = 8192
# Fewer NULs than this is too little evidence for BOM-less UTF-16 (the NULs then mean binary).
_MIN_UTF16_NULS = 4
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
# (a deletion table: counting them is len(sample) - len(sample.translate(None, ...)), in C)
_CONTROL_BYTE_SET = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20), 0x7f])
# More than this share of control characters means binary content, not a text page.
_MAX_CONTROL_SHARE = 0.10

_DECLARATION_BYTES = 2048
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# The HTML standard decodes these labels as windows-1252: real pages that say latin-1 are cp1252.
_DECLARED_AS_CP1252 = {"iso8859-1", "ascii", "latin-1", "cp1252"}
# A page cannot really be in these when it declared them in ASCII-compatible bytes.
_IGNORED_DECLARATIONS = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8"}

# UTF-16/32 are recognised by BOM or NUL pattern only: detectors guess them wildly on short text.
_DETECTION_EXCLUDED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
# Among detector candidates this close to the best one, Western cp1252 wins (the web's default).
_CP1252_PREFERENCE_MARGIN = 0.02

# A lead character of UTF-8 read as cp1252/latin-1 (Â Ã for U+0080-U+00FF, â for punctuation such as
# — ’ “, Ð Ñ for Cyrillic, ð for emoji) followed by a character a UTF-8 continuation byte turns into;
# or a C1 control character, which only appears in text through a wrong decoding.
_CONTINUATION_CHARS = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_HINT = re.compile(f"[ÂÃâÐÑð][{_CONTINUATION_CHARS}]|[\x80-\x9f]")
# Where a hint can start: a text without any of these has none (one character-class scan finds that fast).
_MOJIBAKE_LEAD = re.compile("[ÂÃâÐÑð\x80-\x9f]")

# ftfy limited to undoing encoding accidents; everything cosmetic is switched off for exactness.
_MOJIBAKE_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode one raw file to text; returns (text, warnings). Raises PageError(stage="decode")."""
    if not data.strip():
        raise _error("empty_file", "The file is empty or contains only whitespace.")
    _reject_known_binary(data)
    text, warnings = _decode(data)
    text = normalize_line_endings(text)
    if not text.strip():
        raise _error("empty_file", "The file contains only whitespace once decoded.")
    _reject_control_heavy(text)
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append("repaired mojibake (text that had been decoded with the wrong encoding)")
    return repaired, warnings


def normalize_line_endings(text: str) -> str:
    """CRLF and lone CR -> LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair_mojibake(text: str) -> str:
    """Undo mojibake such as 'â€”' -> '—' with ftfy, touching nothing but encoding accidents.

    Only lines showing a typical mojibake pair are handed to ftfy: on its own, ftfy also "repairs"
    rare but legitimate pairs such as '×‘' (-> Hebrew), and exactness matters more here.
    """
    if text.isascii():
        return text
    lead = _MOJIBAKE_LEAD.search(text)
    if lead is None or not _MOJIBAKE_HINT.search(text, lead.start()):
        return text
    lines = text.split("\n")
    return "\n".join(
        ftfy.fix_text(line, config=_MOJIBAKE_ONLY) if _MOJIBAKE_HINT.search(line) else line for line in lines
    )


def _error(kind: str, message: str) -> PageError:
    return PageError(kind, message, stage="decode")


def _reject_known_binary(data: bytes) -> None:
    what = _binary_kind(data)
    if what:
        raise _error("binary_file", f"The file is {what}, not a text or HTML page.")


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC_NUMBERS:
        if not data.startswith(magic):
            continue
        if magic == b"BZh":
            if data[4:10] == _BZIP2_BLOCK_MAGIC:
                return "a BZIP2-compressed file"
            continue
        if magic == b"RIFF":
            what = _RIFF_KINDS.get(data[8:12])
            if what:
                return what
            continue
        return what
    return None


def _decode(data: bytes) -> tuple[str, list[str]]:
    """Pick the encoding (see the module docstring for the order) and decode."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            decoded = _decode_allowing_cut_end(data, encoding)
            if decoded is not None:
                text, warnings = decoded
                if encoding != "utf-8":
                    warnings.insert(0, f"decoded as {encoding} (byte-order mark)")
                return text, warnings
            if encoding != "utf-8":
                raise _error("undecodable", f"The file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}.")
            break  # a UTF-8 BOM over cp1252 bytes: let declaration / detection decide
    utf16 = _bomless_utf16(data)
    if utf16:
        encoding, text, warnings = utf16
        return text, [f"decoded as {encoding}: no byte-order mark, detected from the NUL-byte pattern", *warnings]
    _reject_binary_bytes(data)
    decoded = _decode_allowing_cut_end(data, "utf-8")
    if decoded is not None:
        return decoded
    declared = _declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), [f"decoded as {declared}: not valid UTF-8, encoding declared in the page"]
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall back to detection
    detected = _detect_encoding(data)
    if detected is None:
        raise _error(
            "undecodable",
            "The file is not valid UTF-8 and no text encoding decodes it cleanly; it may be corrupt.",
        )
    return data.decode(detected), [f"decoded as {detected}: not valid UTF-8, encoding detected from the content"]


def _decode_allowing_cut_end(data: bytes, encoding: str) -> tuple[str, list[str]] | None:
    """Strict decode; a capture cut inside its last character loses only that character (with a warning)."""
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        if exc.end < len(data) or exc.reason not in ("unexpected end of data", "truncated data"):
            return None
        text = data[: exc.start].decode(encoding, errors="strict")
        return text, [f"the file ends in the middle of a {encoding.upper()} character (cut short); that partial character was dropped"]


def _bomless_utf16(data: bytes) -> tuple[str, str, list[str]] | None:
    """(encoding, text, warnings) when NULs sit on one byte parity only, as in ASCII-heavy UTF-16, and it decodes."""
    sample = data[:_SNIFF_BYTES]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if sample.count(0) < _MIN_UTF16_NULS:
        return None
    nul_even = sample[0::2].count(0) / pairs
    nul_odd = sample[1::2].count(0) / pairs
    if nul_odd > 0.3 and nul_even < 0.02:
        encoding = "utf-16-le"
    elif nul_even > 0.3 and nul_odd < 0.02:
        encoding = "utf-16-be"
    else:
        return None
    decoded = _decode_allowing_cut_end(data, encoding)
    if decoded is None:
        return None  # not UTF-16 after all: the NUL bytes make it binary
    return encoding, *decoded


def _reject_binary_bytes(data: bytes) -> None:
    sample = data[:_SNIFF_BYTES]
    nul_at = sample.find(b"\x00")
    if nul_at >= 0:
        raise _error("binary_file", f"The file contains NUL bytes (first at offset {nul_at}): it is binary, not a text page.")
    share = _control_bytes(sample) / len(sample)
    if share > _MAX_CONTROL_SHARE:
        raise _error("binary_file", f"{share:.0%} of the file's first bytes are control characters: it is binary, not a text page.")


def _control_bytes(data: bytes) -> int:
    """How many of the bytes are control bytes (_CONTROL_BYTE_SET)."""
    return len(data) - len(data.translate(None, _CONTROL_BYTE_SET))


def _reject_control_heavy(text: str) -> None:
    sample = text[:_SNIFF_BYTES]
    # the control characters are ASCII: in UTF-8 each is its own byte and no other character has such a byte
    share = _control_bytes(sample.encode("utf-8", "surrogatepass")) / len(sample)
    if share > _MAX_CONTROL_SHARE:
        raise _error("binary_file", f"{share:.0%} of the decoded text is control characters: it is binary, not a text page.")


def _declared_encoding(data: bytes) -> str | None:
    """Python codec name of a <meta charset> / http-equiv / XML encoding in the first 2 KB, if usable."""
    head = data[:_DECLARATION_BYTES]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not found:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in _IGNORED_DECLARATIONS:
        return None
    if name in _DECLARED_AS_CP1252:
        return _cp1252_or_latin1(data)
    return name


def _cp1252_or_latin1(data: bytes) -> str:
    # cp1252 leaves five bytes undefined; a page using them really is latin-1.
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _detect_encoding(data: bytes) -> str | None:
    """charset-normalizer's pick, preferring cp1252 when it is as good as the best candidate."""
    matches = from_bytes(data, cp_exclusion=_DETECTION_EXCLUDED)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos > best.chaos + _CP1252_PREFERENCE_MARGIN:
            continue
        if "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return codecs.lookup(best.encoding).name
