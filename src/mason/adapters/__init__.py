# @file __init__.py
# @path src/mason/adapters/__init__.py
# @version 0.1.0
"""The imperative edge: processes, copier, git, files, TOML editing and the cache store."""
