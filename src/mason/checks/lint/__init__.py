# @file __init__.py
# @path src/mason/checks/lint/__init__.py
# @version 0.1.0
"""The ``lint`` check: ruff's own rules, with the project's own ruff configuration."""
