# @file __init__.py
# @path src/mason/checks/coverage/__init__.py
# @version 0.1.0
"""The ``coverage`` check: the project's tests, run under coverage, against its gates."""
