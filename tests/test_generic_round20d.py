"""Round 20d: an article's 'How to become X: …' headline names the role (invented pages)."""
from pipeline.parse.generic.title import remove_furniture


def test_how_to_headline_with_colon_tail_names_the_role():
    assert remove_furniture("How to become a crane operator: pay, licences and a day on site")[0] == "crane operator"


def test_place_after_the_name_is_dropped():
    assert remove_furniture("How to become a tattoo artist in New Zealand: training and earnings")[0] == "tattoo artist"


def test_headline_without_a_role_noun_is_not_a_role():
    assert remove_furniture("How to become rich in Monaco: five habits")[0] != "rich"


def test_bare_how_to_title_unchanged():
    assert remove_furniture("How to become a Data Analyst") == ("How to become a Data Analyst", False)
