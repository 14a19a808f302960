"""Comparison pages: the word rules every layout shares (function words, label shape, page furniture lines).

Why these words: a cell cannot start right after a function word ("Reports to | CTO" is never a cell
boundary), and a row label is a short run of Title Case words with connectors such as "of" inside.
"""
from __future__ import annotations

import re

# Words after which a new cell cannot start ("Reports to | CTO" is never a boundary).
FUNCTION_WORDS = frozenset(
    "a an the to and or nor of for in on at by with from into onto over under as via per than "
    "across including such between about toward towards within without through like e.g. i.e. "
    "its their his her our your my this that these those both either whether plus vs vs. "
    "is are be been was were may can will should must not also".split()
)
# Characters that end a token after which no cell starts ("A, | B", "Data/ | ML", "→ | X").
NO_BOUNDARY_AFTER_CHARS = ",;:/&(-–—→"
# Words allowed inside a Title Case label or name ("Head of Data", "Learning & Development").
LABEL_CONNECTORS = frozenset({"of", "and", "&", "to", "for", "the", "in", "/", "-"})
MAX_LABEL_WORDS = 6  # an unknown row label is at most this many words
LABEL_FUZZ_CUTOFF = 86.0  # rapidfuzz ratio from which a written label is a typo of a known one

N_WAY = re.compile(r"^\s*(\d+)\s*-\s*way comparison\s*$", re.IGNORECASE)
# "Label: value" on one line (cards)
CARD_COLON = re.compile(r"^(?P<label>[^:]{1,60}?)\s*:\s*(?P<value>.*)$")



