# @file __init__.py
# @path src/mason/cli/commands/__init__.py
# @version 0.1.0
"""One module per mason command; each registers itself on the root app in ``cli.app``."""
