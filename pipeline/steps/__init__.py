"""The steps of one ingest run, in order (pipeline/ingest.py chains them):

discover (inventory.py) -> hash/skip (inventory.py) -> parse (parse_pages.py) -> cross-page (cross_page.py)
-> assemble, write, checks, publish (build.py).

Each step is a function with a small input and output, so each can be tested alone.
"""
