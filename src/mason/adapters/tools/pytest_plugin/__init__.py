# @file __init__.py
# @path src/mason/adapters/tools/pytest_plugin/__init__.py
# @version 0.1.0
"""The folder mason puts on the project's PYTHONPATH for its test runs: one plugin, nothing else."""
