# @file __init__.py
# @path src/mason/checks/format/__init__.py
# @version 0.1.0
"""The ``format`` check: every file formatted by ruff format."""
