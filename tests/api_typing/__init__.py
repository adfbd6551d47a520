# @file __init__.py
# @path tests/api_typing/__init__.py
# @version 0.1.0
"""Files that exist to be type-checked: the public API as its users write it."""
