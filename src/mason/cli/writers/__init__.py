# @file __init__.py
# @path src/mason/cli/writers/__init__.py
# @version 0.1.0
"""Machine formats of the audit report, each built from the report object (never from text)."""
