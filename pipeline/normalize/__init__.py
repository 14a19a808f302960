"""Normalize stage: ids, role identity, glued lists, titles, salaries."""
