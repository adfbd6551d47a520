# @file __init__.py
# @path tests/__init__.py
# @version 0.1.0
"""mason's test suite: unit (pure code), integration (real tools) and e2e (the CLI)."""
