# @file __init__.py
# @path src/mason/services/__init__.py
# @version 0.1.0
"""Use cases that compose adapters and checks: audit, scaffold, upgrade."""
