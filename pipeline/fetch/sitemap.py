"""Fetch stage, discovery: the page URLs or child sitemaps a sitemap.xml (or sitemap index) lists."""
from __future__ import annotations

import gzip
import zlib

from lxml import etree

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed file


class SitemapError(ValueError):
    pass


def _parser() -> etree.XMLParser:
    # No entities, no network, no huge trees: a sitemap is untrusted input.
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


def gunzip_if_needed(body: bytes) -> bytes:
    if not body.startswith(b"\x1f\x8b"):
        return body
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = decompressor.decompress(body, MAX_SITEMAP_BYTES + 1)
    if len(data) > MAX_SITEMAP_BYTES:
        raise SitemapError(f"gzipped sitemap expands beyond {MAX_SITEMAP_BYTES} bytes")
    return data


def parse_sitemap(body: bytes) -> tuple[str, list[str]]:
    """("urlset", page URLs) or ("sitemapindex", child sitemap URLs), in document order."""
    try:
        root = etree.fromstring(gunzip_if_needed(body), _parser())
    except (etree.XMLSyntaxError, gzip.BadGzipFile, zlib.error) as exc:
        raise SitemapError(f"not a readable sitemap: {exc}") from exc
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap: root element is <{kind}>")
    locations: dict[str, None] = {}  # ordered and de-duplicated
    for element in root.iter("{*}loc"):
        text = (element.text or "").strip()
        if text:
            locations.setdefault(text)
    return kind, list(locations)
