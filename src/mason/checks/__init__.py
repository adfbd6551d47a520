# @file __init__.py
# @path src/mason/checks/__init__.py
# @version 0.1.0
"""Pure analyses: rules over files and parsers that turn tool output into findings."""
