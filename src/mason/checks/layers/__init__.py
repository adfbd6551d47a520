# @file __init__.py
# @path src/mason/checks/layers/__init__.py
# @version 0.1.0
"""The ``layers`` check: import-linter contracts, declared or derived from the layout."""
