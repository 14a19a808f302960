"""Seeded damaged captures: the seeds and fixture pages of every layout, cut, with lines deleted,
duplicated or swapped, a line of U+FFFD, stray markup and giant lines. Used by the damaged-pages test
and reproducible from the command line:

    .venv/bin/python tests/damage.py OUT_DIR [N] [SEED]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_SOURCE_DIRS = ("raw", "tests/fixtures/comparison", "tests/fixtures/guide", "tests/fixtures/holdout")
_MARKUP = ("<div>", "</td>", "<tr><td>", "**", "| |", "<script>x</script>", "&nbsp;", "<br/>", "</body>",
           "<!--", "[link](http://x)", "### ", "|", "<table>", "•", "→", ":", "  \t  ")


def source_pages() -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed and fixture page, sorted (all layouts: pipe, flat, card, html, compact, spaced)."""
    out = []
    for folder in _SOURCE_DIRS:
        for path in sorted((REPO / folder).iterdir()):
            if path.suffix in (".txt", ".html") and not path.name.endswith(".expected.txt"):
                out.append((f"{folder.rsplit('/', 1)[-1]}_{path.stem}", path.read_bytes()))
    return out


def _cut(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(len(text) + 1)]


def _delete_line(rng, text):
    lines = text.split("\n")
    del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def _duplicate_line(rng, text):
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return "\n".join(lines)


def _swap_lines(rng, text):
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _replacement_line(rng, text):
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    lines[i] = "\ufffd" * max(1, len(lines[i]) or rng.randrange(1, 40))
    return "\n".join(lines)


def _stray_markup(rng, text):
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(_MARKUP) + text[at:]


def _giant_line(rng, text):
    lines = text.split("\n")
    i = rng.randrange(len(lines))
    base = lines[i] or "word"
    lines[i] = " ".join([base] * max(1, 20_000 // (len(base) + 1)))
    return "\n".join(lines)


DAMAGES = (_cut, _delete_line, _duplicate_line, _swap_lines, _replacement_line, _stray_markup, _giant_line)


def damaged_pages(n: int, seed: int = 8) -> list[tuple[str, bytes]]:
    """n (file name, bytes) pairs: page i is source i mod len(sources) with 1-3 seeded damages."""
    rng = random.Random(seed)
    sources = source_pages()
    out = []
    for i in range(n):
        name, data = sources[i % len(sources)]
        text = data.decode("utf-8", errors="replace")
        kinds = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            damage = rng.choice(DAMAGES)
            if text:
                text = damage(rng, text)
            kinds.append(damage.__name__.strip("_"))
        suffix = ".html" if name.endswith("html") or "_html" in name else ".txt"
        out.append((f"{i:05d}_{name}_{'+'.join(kinds)}{suffix}", text.encode("utf-8")))
    return out


def write_damaged(raw: Path, n: int, seed: int = 8) -> list[str]:
    """Write n damaged pages under raw/ (in folders of 500); returns their paths relative to raw."""
    paths = []
    for i, (name, data) in enumerate(damaged_pages(n, seed)):
        rel = f"d{i // 500:02d}/{name}"
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_bytes(data)
        paths.append(rel)
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1])
    write_damaged(out, int(sys.argv[2]) if len(sys.argv) > 2 else 2000, int(sys.argv[3]) if len(sys.argv) > 3 else 8)
