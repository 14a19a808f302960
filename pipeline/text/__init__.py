"""Text helpers shared by the parse and normalize stages (neither stage owns them).

``words``: slugs and spacing; ``roles``: role identity from a title as written (role_id,
abbreviations); ``lists``: glued lists taken apart; ``salaries``: a salary figure as written, read;
``titles``: manager and next-role titles split out of a cell or list.
Pure functions over strings; curated data comes from ``pipeline.reference``.
"""
