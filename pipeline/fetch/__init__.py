"""Fetch stage: polite scraping of role pages (on Scrapy) into immutable captures under raw/ with a manifest."""
from pipeline.raw import ManifestError, latest_capture, read_manifest
from pipeline.fetch.run import CrawlerError, FetchConfig, FetchJob, FetchSummary, fetch, fetch_urls

__all__ = ["CrawlerError", "FetchConfig", "FetchJob", "FetchSummary", "ManifestError", "fetch", "fetch_urls",
           "latest_capture", "read_manifest"]
