# @file __init__.py
# @path src/mason/checks/typing/__init__.py
# @version 0.1.0
"""The ``typing`` check: strict configuration, escape hatches, and mypy and pyright themselves."""
