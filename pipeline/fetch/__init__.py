"""Fetch stage: polite scraping of role pages into immutable captures under raw/ with a provenance manifest."""
from pipeline.fetch.captures import ManifestError, latest_capture, read_manifest
from pipeline.fetch.client import FetchConfig, FetchFailure
from pipeline.fetch.run import Fetcher, FetchSummary, fetch_urls, urls_from_sitemap
from pipeline.fetch.sitemap import SitemapError

__all__ = [
    "FetchConfig",
    "FetchFailure",
    "FetchSummary",
    "Fetcher",
    "ManifestError",
    "SitemapError",
    "fetch_urls",
    "latest_capture",
    "read_manifest",
    "urls_from_sitemap",
]
