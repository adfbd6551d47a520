# @file __init__.py
# @path tests/e2e/__init__.py
# @version 0.1.0
"""End-to-end tests: the mason command as a user runs it."""
