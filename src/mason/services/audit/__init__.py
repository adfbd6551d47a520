# @file __init__.py
# @path src/mason/services/audit/__init__.py
# @version 0.1.0
"""``mason audit``: facts computed once, checks run in parallel and cached, one report."""
