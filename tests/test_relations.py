"""Normalize: manager titles and next-role titles split out of comparison cells."""
from __future__ import annotations

import pytest

from pipeline.text.titles import split_career_paths, split_reporting


@pytest.mark.parametrize("value,expected", [
    ("Reports to CTO, VP Operations, or CEO", ["CTO", "VP Operations", "CEO"]),
    ("Reports to Data Engineering Manager, Head of Data, or CTO", ["Data Engineering Manager", "Head of Data", "CTO"]),
    ("Reports to SRE Manager, VP Engineering or CTO", ["SRE Manager", "VP Engineering", "CTO"]),  # no Oxford comma
    ("Reports to VP/CTO", ["VP", "CTO"]),
    ("Reports to VP / CTO", ["VP", "CTO"]),
    ("Reports to CEO", ["CEO"]),
    ("Reports to CEO.", ["CEO"]),
    ("Reports directly to the CEO", ["CEO"]),
    ("Reports into Head of Platform", ["Head of Platform"]),
    ("Reports to CTO and CEO", ["CTO", "CEO"]),
    ("Reports to CTO and/or CEO", ["CTO", "CEO"]),
    ("Reports to Engineering Manager, and/or Head of AI", ["Engineering Manager", "Head of AI"]),
    ("Reports to AI/ML Lead or CTO", ["AI/ML Lead", "CTO"]),
    ("Reports to Head of AI/ML", ["Head of AI/ML"]),
    ("Reports to Data/Analytics Manager", ["Data/Analytics Manager"]),
    ("Reports to Engineering Manager/Head of Data", ["Engineering Manager", "Head of Data"]),
    ("Reports to Head of Data and Analytics or CTO", ["Head of Data and Analytics", "CTO"]),
    ("Reports to CTO; dotted line to CFO", ["CTO"]),
    ("Reports to CTO or CEO (in startups)", ["CTO", "CEO"]),
    ("CTO or CEO", ["CTO", "CEO"]),
    ("None", []),
    ("N/A", []),
    ("", []),
])
def test_split_reporting(value: str, expected: list[str]) -> None:
    assert split_reporting(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("Develops leadership in AI strategy and operations; path to VP AI Operations, CTO, or Chief AI Officer",
     [("VP AI Operations", None), ("CTO", None), ("Chief AI Officer", None)]),
    ("Develops expertise in ML infrastructure, model deployment, and production ML systems; "
     "path to Senior MLOps, ML Platform Lead, or Head of ML Engineering",
     [("Senior MLOps", None), ("ML Platform Lead", None), ("Head of ML Engineering", None)]),
    ("Develops depth; path to Head of Analytics", [("Head of Analytics", None)]),
    ("Develops breadth; path to CTO or VP Engineering.", [("CTO", None), ("VP Engineering", None)]),
    ("Grows fast; path to Staff Engineer (with stronger engineering focus), or Site Reliability Engineer (SRE); mentors juniors",
     [("Staff Engineer", "with stronger engineering focus"), ("Site Reliability Engineer (SRE)", None)]),
    ("→ Senior Data Engineer / Data Platform Lead", [("Senior Data Engineer", None), ("Data Platform Lead", None)]),
    ("→ Senior MLOps Engineer / ML Platform Lead (with stronger engineering focus)",
     [("Senior MLOps Engineer", None), ("ML Platform Lead", "with stronger engineering focus")]),
    ("Develops expertise in LLM behavior; role is evolving into broader Agent Ops or AI Product roles", []),
    ("", []),
])
def test_split_career_paths(value: str, expected: list[tuple[str, str | None]]) -> None:
    assert split_career_paths(value) == expected
