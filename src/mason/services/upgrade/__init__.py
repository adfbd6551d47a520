# @file __init__.py
# @path src/mason/services/upgrade/__init__.py
# @version 0.1.0
"""``mason upgrade``: template updates for mason-made projects, adoption for the others."""
