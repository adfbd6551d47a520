# @file __init__.py
# @path src/mason/checks/parsers/__init__.py
# @version 0.1.0
"""Turn each tool's machine output (JSON, never text) into mason findings."""
