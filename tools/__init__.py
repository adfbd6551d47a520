# @file __init__.py
# @path tools/__init__.py
# @version 0.1.0
"""Maintainer tools: scripts run by mason's developers, not shipped to users."""
