# @file __init__.py
# @path src/mason/adapters/tools/__init__.py
# @version 0.1.0
"""One adapter module per tool: its command line, temporary files and output capture."""
