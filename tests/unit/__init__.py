# @file __init__.py
# @path tests/unit/__init__.py
# @version 0.1.0
"""Unit tests of pure code: no processes, no network."""
