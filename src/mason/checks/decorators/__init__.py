# @file __init__.py
# @path src/mason/checks/decorators/__init__.py
# @version 0.1.0
"""The ``decorators`` check: decorators keep the signature and the identity of what they wrap."""
