# @file __init__.py
# @path src/mason/checks/design/__init__.py
# @version 0.1.0
"""The ``design`` check: rules no existing tool has, over one parsed tree per file."""
