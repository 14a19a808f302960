"""Readers of one generic page's facts, shared by the generic layout's round tests."""
from __future__ import annotations

from pipeline.parse import parse_text


def _page(text: str):
    page = parse_text(text)
    assert page.layout == "generic", page.issues
    return page


def _pay(text: str) -> list[tuple[str, int | None, int | None, str | None, str]]:
    return [(r["label"], r["min_amount"], r["max_amount"], r["currency"], r["period"])
            for r in _page(text).facts.get("salaries", [])]


def _currencies(text: str) -> set[str | None]:
    """The currencies of the page's stored salaries (empty when it stores none)."""
    return {currency for *_, currency, _ in _pay(text)}


def _facts(text: str) -> list[tuple[str, str]]:
    return [(r["label"], r["value"]) for r in _page(text).facts.get("role_facts", [])]


def _paths(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["target_title"]) for r in _page(text).facts.get("career_paths", [])]


def _aliases(text: str) -> list[str]:
    return [r["alias"] for r in _page(text).facts.get("role_aliases", [])]


def _duties(text: str) -> list[str]:
    return [r["text"] for r in _page(text).facts.get("responsibilities", [])]


def _skills(text: str) -> list[str]:
    return [r["skill_name"] for r in _page(text).facts.get("role_skills", [])]
