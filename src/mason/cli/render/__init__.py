# @file __init__.py
# @path src/mason/cli/render/__init__.py
# @version 0.1.0
"""Human output: live progress, summary tables and findings with their source lines."""
