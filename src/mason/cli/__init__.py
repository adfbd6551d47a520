# @file __init__.py
# @path src/mason/cli/__init__.py
# @version 0.1.0
"""The command line: the typer application, rich rendering and report writers."""
