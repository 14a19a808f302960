"""Role identity: abbreviation vs qualifier, one role with or without its abbreviation."""
import pytest

from pipeline.text.roles import identify_role, is_abbreviation_of


@pytest.mark.parametrize("title, role_id, name, abbreviation, qualifier", [
    ("Site Reliability Engineer (SRE)", "site-reliability-engineer", "Site Reliability Engineer", "SRE", None),
    ("Site Reliability Engineer", "site-reliability-engineer", "Site Reliability Engineer", None, None),
    ("AIOps Engineer (IT)", "aiops-engineer-it", "AIOps Engineer (IT)", None, "IT"),
    ("Machine Learning Operations (MLOps)", "machine-learning-operations", "Machine Learning Operations", "MLOps", None),
    ("Chief Technology Officer (CTO)", "chief-technology-officer", "Chief Technology Officer", "CTO", None),
    ("Director of Product Management (DPM)", "director-of-product-management", "Director of Product Management", "DPM", None),
    ("Software Engineer (Backend)", "software-engineer-backend", "Software Engineer (Backend)", None, "Backend"),
    ("Quality Assurance Engineer (QA)", "quality-assurance-engineer-qa", "Quality Assurance Engineer (QA)", None, "QA"),
    ("  Data   Engineer ", "data-engineer", "Data Engineer", None, None),
    ("Data Engineer ()", "data-engineer", "Data Engineer", None, None),
])
def test_identify_role(title, role_id, name, abbreviation, qualifier):
    got = identify_role(title)
    assert (got.role_id, got.name, got.abbreviation, got.qualifier) == (role_id, name, abbreviation, qualifier)


def test_same_role_with_and_without_abbreviation():
    assert identify_role("Site Reliability Engineer (SRE)").role_id == identify_role("Site Reliability Engineer").role_id


@pytest.mark.parametrize("abbrev, words, expected", [
    ("SRE", "Site Reliability Engineer", True),
    ("MLOps", "Machine Learning Operations", True),
    ("IT", "AIOps Engineer", False),
    ("DO", "Director of Operations", True),
    ("X", "Xylophone", False),  # one letter is never taken as an abbreviation
    ("ABC", "Alpha Beta", False),
])
def test_is_abbreviation_of(abbrev, words, expected):
    assert is_abbreviation_of(abbrev, words) is expected
