# @file __init__.py
# @path src/mason/checks/headers/__init__.py
# @version 0.1.0
"""The ``headers`` check (seed 004 HDR-*): read, judge and repair file headers."""
