# @file __init__.py
# @path src/mason/checks/results/__init__.py
# @version 0.1.0
"""The ``results`` check: expected failures in the Result layers are values, not exceptions."""
