"""Glued-list splitting: phrases by case/bracket seams, names by gazetteer + general fallback."""
from __future__ import annotations

import pytest

from pipeline.text.lists import employer_gazetteer, split_glued_names, split_glued_phrases


@pytest.mark.parametrize("text, items", [
    ("Measuring quality (beyond “looks good”)Building labeling processes (sampling plans)Practical privacy",
     ["Measuring quality (beyond “looks good”)", "Building labeling processes (sampling plans)", "Practical privacy"]),
    ("Managing drift once models are in productionCost and capacity planning",
     ["Managing drift once models are in production", "Cost and capacity planning"]),
    ("Release PlanningModel MonitoringCost Optimization", ["Release Planning", "Model Monitoring", "Cost Optimization"]),
    ("XML/RDFSGraph modeling for ontologies", ["XML/RDFS", "Graph modeling for ontologies"]),
    ("Big Tech and cloud platformsAI startups (LLMs, computer vision, speech)Autonomous vehicles",
     ["Big Tech and cloud platforms", "AI startups (LLMs, computer vision, speech)", "Autonomous vehicles"]),
    ("Enterprise software (CRM, IT, HR platforms)Retail and e-commerce",
     ["Enterprise software (CRM, IT, HR platforms)", "Retail and e-commerce"]),
    ("Training models in PyTorch on iOS devicesShipping JavaScript from GitHub with DevOps and MLOps",
     ["Training models in PyTorch on iOS devices", "Shipping JavaScript from GitHub with DevOps and MLOps"]),
    ("Graph ML with PyTorch Geometric for graph MLDevOps practices", ["Graph ML with PyTorch Geometric for graph ML", "DevOps practices"]),
    ("Working with LLMs and APIs", ["Working with LLMs and APIs"]),
    ("   ", []),
])
def test_split_glued_phrases(text, items):
    assert split_glued_phrases(text)[0] == items


def test_camel_case_seam_in_running_text_is_split_with_a_warning():
    items, warnings = split_glued_phrases("Experience with HubSpotlike toolsReporting")
    assert items == ["Experience with HubSpotlike tools", "Reporting"]
    items, warnings = split_glued_phrases("Experience with FooBar automation")
    assert items == ["Experience with Foo", "Bar automation"] and len(warnings) == 1


def test_confident_seams_give_no_warning():
    assert split_glued_phrases("Data governanceCost planning(x)Budgeting")[1] == []


@pytest.mark.parametrize("text, names", [
    ("GoogleMicrosoftServiceNowJPMorgan ChaseGoldman SachsUnitedHealth GroupCVS Health",
     ["Google", "Microsoft", "ServiceNow", "JPMorgan Chase", "Goldman Sachs", "UnitedHealth Group", "CVS Health"]),
    # names not in seed 004
    ("Bank of AmericaWells FargoMcKinsey & CompanyDeloitteWalmartGeneral MotorsMayo ClinicLockheed Martin",
     ["Bank of America", "Wells Fargo", "McKinsey & Company", "Deloitte", "Walmart", "General Motors", "Mayo Clinic", "Lockheed Martin"]),
    ("IBMSalesforceNVIDIAOpenAIAnthropicAppleiRobotDoorDash",
     ["IBM", "Salesforce", "NVIDIA", "OpenAI", "Anthropic", "Apple", "iRobot", "DoorDash"]),
    ("JPMorgan", ["JPMorgan"]),
])
def test_split_glued_names_with_gazetteer(text, names):
    assert split_glued_names(text) == (names, [])


def test_names_missing_from_gazetteer_fall_back_with_warnings():
    names, warnings = split_glued_names("Acme RoboticsGoogleZeta LabsPfizerQuux Analytics")
    assert names == ["Acme Robotics", "Google", "Zeta Labs", "Pfizer", "Quux Analytics"]
    assert len(warnings) == 3 and "'Zeta Labs'" in warnings[1]


def test_longest_gazetteer_match_wins_over_a_prefix():
    names, _ = split_glued_names("JPMorgan ChaseMeta", gazetteer=("JPMorgan", "JPMorgan Chase", "Meta"))
    assert names == ["JPMorgan Chase", "Meta"]


def test_name_followed_by_lower_case_is_not_cut_at_a_known_prefix():
    names, warnings = split_glued_names("MetaculusGoogle", gazetteer=("Meta", "Google"))
    assert names == ["Metaculus", "Google"] and len(warnings) == 1


def test_gazetteer_is_sorted_with_a_header_and_no_duplicates():
    from pipeline.reference import REFERENCE_DIR
    lines = (REFERENCE_DIR / "employers.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    names = employer_gazetteer()
    assert len(names) >= 300 and len(set(names)) == len(names)
    assert list(names) == sorted(names, key=str.lower)


def test_acronym_glued_to_a_hyphenated_word_is_split_with_a_warning():
    items, warnings = split_glued_phrases("Grocery and FMCGE-commerce marketplacesBeauty")
    assert items == ["Grocery and FMCG", "E-commerce marketplaces", "Beauty"]
    assert len(warnings) == 1 and "'FMCG'" in warnings[0]


@pytest.mark.parametrize("text, names", [
    ("Kaiser PermanenteMayo ClinicCVS HealthMinuteClinicOne MedicalVeterans Health Administration",
     ["Kaiser Permanente", "Mayo Clinic", "CVS Health", "MinuteClinic", "One Medical", "Veterans Health Administration"]),
    ("Procter & GambleAmazon3MH&MTarget CorporationL'OréalAT&T",
     ["Procter & Gamble", "Amazon", "3M", "H&M", "Target Corporation", "L'Oréal", "AT&T"]),
    ("Booz Allen HamiltonU.S. Department of DefenseDeloitte", ["Booz Allen Hamilton", "U.S. Department of Defense", "Deloitte"]),
])
def test_split_glued_names_outside_tech(text, names):
    assert split_glued_names(text) == (names, [])


@pytest.mark.parametrize("text, items", [
    ("Software and SaaSE-commerce and retail", ["Software and SaaS", "E-commerce and retail"]),
    ("Cloud PaaSPlatforms and tools", ["Cloud PaaS", "Platforms and tools"]),
    ("Managed IaaSHealthcare", ["Managed IaaS", "Healthcare"]),
])
def test_known_term_ending_in_a_capital_stays_whole_before_a_glued_word(text, items):
    # the general rules alone cut 'Saa' + 'SE-commerce'; the term keeps 'SaaS' whole, the word starts after it
    assert split_glued_phrases(text) == (items, [])


def test_known_term_glued_to_a_capital_that_starts_no_word_is_not_cut_after():
    assert split_glued_phrases("Hosted SaaSAPI gateways") == (["Hosted SaaSAPI gateways"], [])
