# @file __init__.py
# @path src/mason/checks/properties/__init__.py
# @version 0.1.0
"""The ``properties`` check: every pure layer with code has a Hypothesis property test."""
