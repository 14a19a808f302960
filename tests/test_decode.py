"""Tests for the parse stage's bytes -> text step (pipeline.parse.decode)."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import PageError
from pipeline.parse.decode import decode_bytes

DETECTED_CP1252 = "decoded as cp1252: not valid UTF-8, encoding detected from the content"
DECLARED_CP1252 = "decoded as cp1252: not valid UTF-8, encoding declared in the page"
MOJIBAKE = "repaired mojibake (text that had been decoded with the wrong encoding)"
SEED_LIKE = "Measuring data quality (beyond “looks good”)\nAI — ops; can’t; 1–2 tools; US$165k–$220k+\n"

# (case id, raw bytes, expected text, expected warnings)
DECODED = [
    ("ascii", b"Role\nData Engineer\n", "Role\nData Engineer\n", []),
    ("utf8-seed-like-unchanged", SEED_LIKE.encode(), SEED_LIKE, []),
    ("utf8-typography-unchanged", "“q” ‘s’ … ﬁ ＡＢ – —\u00a0x".encode(), "“q” ‘s’ … ﬁ ＡＢ – —\u00a0x", []),
    ("utf8-bom-stripped", codecs.BOM_UTF8 + "café — x".encode(), "café — x", []),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + "AI — ops\r\n".encode("utf-16-le"), "AI — ops\n",
     ["decoded as utf-16-le (byte-order mark)"]),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + "naïve".encode("utf-16-be"), "naïve",
     ["decoded as utf-16-be (byte-order mark)"]),
    ("utf32-le-bom", codecs.BOM_UTF32_LE + "hello".encode("utf-32-le"), "hello",
     ["decoded as utf-32-le (byte-order mark)"]),
    ("utf16-le-no-bom", "Role\nData Engineer".encode("utf-16-le"), "Role\nData Engineer",
     ["decoded as utf-16-le: no byte-order mark, detected from the NUL-byte pattern"]),
    ("utf16-be-no-bom", "Role\nData Engineer".encode("utf-16-be"), "Role\nData Engineer",
     ["decoded as utf-16-be: no byte-order mark, detected from the NUL-byte pattern"]),
    ("cp1252-em-dash", "Applies AI to IT operations — automates monitoring".encode("cp1252"),
     "Applies AI to IT operations — automates monitoring", [DETECTED_CP1252]),
    ("cp1252-quotes", "It’s “growing” – fast…".encode("cp1252"), "It’s “growing” – fast…", [DETECTED_CP1252]),
    ("latin1-e-acute", "Le café est très bon".encode("latin-1"), "Le café est très bon", [DETECTED_CP1252]),
    ("latin1-umlauts", "Grüße aus München".encode("latin-1"), "Grüße aus München", [DETECTED_CP1252]),
    ("cp1251-cyrillic", "Привет, как дела? Это тестовая страница.".encode("cp1251"),
     "Привет, как дела? Это тестовая страница.", ["decoded as cp1251: not valid UTF-8, encoding detected from the content"]),
    ("mojibake-em-dash", "AI â€” ops".encode(), "AI — ops", [MOJIBAKE]),
    ("mojibake-apostrophe-and-accent", "it’s a cafÃ©".encode().replace("’".encode(), "â€™".encode()),
     "it’s a café", [MOJIBAKE]),
    ("utf8-and-cp1252-mixed", "AI — ops ".encode() + b"\x97 caf\xe9", "AI — ops — café", [DETECTED_CP1252, MOJIBAKE]),
    ("legit-pair-left-alone", "2×‘A’ grade, Ã la carte".encode(), "2×‘A’ grade, Ã la carte", []),
    ("c1-control-from-cp1252", "it\x92s".encode(), "it’s", [MOJIBAKE]),
    ("crlf", b"a\r\nb\r\n", "a\nb\n", []),
    ("lone-cr", b"a\rb\r\nc", "a\nb\nc", []),
    ("meta-charset-windows-1252", b'<meta charset="windows-1252"><p>x \x97 y</p>', '<meta charset="windows-1252"><p>x — y</p>',
     [DECLARED_CP1252]),
    ("http-equiv-iso-8859-1-read-as-cp1252",
     b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9 \x93q\x94</p>',
     '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>café “q”</p>', [DECLARED_CP1252]),
    ("meta-charset-ignored-for-valid-utf8", '<meta charset="windows-1252"><p>café</p>'.encode(),
     '<meta charset="windows-1252"><p>café</p>', []),
    ("bom-wins-over-meta", codecs.BOM_UTF8 + '<meta charset="windows-1252"><p>— ok</p>'.encode(),
     '<meta charset="windows-1252"><p>— ok</p>', []),
    ("utf8-cut-inside-last-character", "AI — ops —".encode()[:-1], "AI — ops ",
     ["the file ends in the middle of a UTF-8 character (cut short); that partial character was dropped"]),
]


@pytest.mark.parametrize(("data", "text", "warnings"), [c[1:] for c in DECODED], ids=[c[0] for c in DECODED])
def test_decode(data: bytes, text: str, warnings: list[str]):
    assert decode_bytes(data) == (text, warnings)


# (case id, raw bytes, error kind, words the message must contain)
REJECTED = [
    ("empty", b"", "empty_file", "empty"),
    ("whitespace-only", b" \n\t\r\n ", "empty_file", "whitespace"),
    ("bom-only", codecs.BOM_UTF8, "empty_file", "whitespace"),
    ("utf16-whitespace-only", codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le"), "empty_file", "whitespace"),
    ("nul-bytes", b"Role\x00\x00Data\x01\x02\x00Engineer", "binary_file", "NUL bytes"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary_file", "PNG image"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary_file", "PDF document"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary_file", "ZIP archive"),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary_file", "GZIP"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary_file", "JPEG image"),
    ("control-bytes-without-nul", bytes(range(1, 32)) * 10, "binary_file", "control characters"),
    ("undecodable-bytes", b"\x81\x8d\x8f\x90\x9d\xfe\xfa" * 20, "undecodable", "not valid UTF-8"),
    ("bad-utf16-after-bom", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "undecodable", "UTF-16-LE"),
]


@pytest.mark.parametrize(("data", "kind", "words"), [c[1:] for c in REJECTED], ids=[c[0] for c in REJECTED])
def test_decode_rejects(data: bytes, kind: str, words: str):
    with pytest.raises(PageError) as caught:
        decode_bytes(data)
    assert caught.value.kind == kind
    assert caught.value.stage == "decode"
    assert words in caught.value.message


def test_bzip2_magic_needs_its_block_marker():
    with pytest.raises(PageError) as caught:
        decode_bytes(b"BZh91AY&SY\x12\x34")
    assert caught.value.message == "The file is a BZIP2-compressed file, not a text or HTML page."
    assert decode_bytes(b"BZh is how this page starts") == ("BZh is how this page starts", [])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_raise_page_error(data: bytes):
    try:
        text, warnings = decode_bytes(data)
    except PageError as error:
        assert error.stage == "decode" and error.kind in {"empty_file", "binary_file", "undecodable"}
    else:
        assert text.strip() and "\r" not in text
        assert all(isinstance(w, str) for w in warnings)


# Typography pages really use; none of it can start a mojibake sequence, so it must pass through untouched.
_PAGE_ALPHABET = st.sampled_from(
    list("abcXYZ019 \n\t.,;:()[]/+-&%$#@!?'\"|") + list("—–’‘“”…•·×°½€£™©®→✓") + ["中", "文", "😀"]
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_PAGE_ALPHABET, min_size=1).filter(str.strip))
def test_page_like_utf8_text_round_trips_exactly(text: str):
    assert decode_bytes(text.encode()) == (text, [])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])  # utf-16: a BOM page, checked as decoded text only
def test_control_share_is_counted_in_characters_and_rejects_above_a_tenth(encoding: str):
    """A tenth of control characters is still text; one more is binary. Counted per character, not per
    byte: 'é' is two bytes in UTF-8, which would halve the share."""
    text, warnings = decode_bytes(("\x01" * 10 + "é" * 90).encode(encoding))
    assert text == "\x01" * 10 + "é" * 90 and not [w for w in warnings if "control" in w]
    with pytest.raises(PageError) as caught:
        decode_bytes(("\x01" * 11 + "é" * 89).encode(encoding))
    assert caught.value.kind == "binary_file"
    assert "11% of the" in caught.value.message
