# @file __init__.py
# @path src/mason/checks/logging/__init__.py
# @version 0.1.0
"""The ``logging`` check: log calls are structured events, and the program logs JSON lines."""
