"""Role pages -> warehouse: fetch, parse, normalize, publish, check.

The parser version (pages.parser_version, the parse cache key) is derived from the bytes of the code and
reference data that shape the output: see pipeline/version.py.
"""
