"""Role pages -> warehouse: fetch, parse, normalize, publish, check."""

# Bump whenever parsing or normalization output can change: it invalidates the parse cache.
PARSER_VERSION = "2"
