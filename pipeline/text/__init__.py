"""Text helpers shared by the parse and normalize stages (neither stage owns them).

``words``: slugs and spacing; ``roles``: role identity from a title as written (role_id,
abbreviations); ``lists``: glued lists taken apart; ``salaries``: a salary figure as written, read.
Pure functions over strings; curated data comes from ``pipeline.reference``.
"""
