# @file __init__.py
# @path tests/integration/__init__.py
# @version 0.1.0
"""Integration tests: real tools on real temporary repositories."""
