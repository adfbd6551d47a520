# @file secret_names.py
# @path src/mason/checks/logging/secret_names.py
# @version 0.1.0
"""Which names stand for secrets: ``password``, ``client_secret``, ``apiKey``, ``access_token``.

A name is split into words (``snake_case`` and ``camelCase``); its last word decides. A bare
``token`` is a parser's token far more often than a credential, so only a qualified one
(``access_token``, ``refresh_token``) counts, and not one named for a position in a stream
(``next_token``, ``bad_token``).
"""

import re

_SECRET_WORDS = frozenset(
    {
        "authorization",
        "cookie",
        "cookies",
        "credential",
        "credentials",
        "passphrase",
        "passwd",
        "password",
        "apikey",
        "secret",
    }
)
"""Last words that make a name a secret's."""
_SECRET_KEYS = frozenset(
    {"api_key", "access_key", "encryption_key", "private_key", "secret_key", "signing_key"}
)
"""Last two words that do (``key`` alone is a mapping's)."""
_NOT_CREDENTIALS = frozenset(
    {
        "bad",
        "current",
        "end",
        "first",
        "last",
        "lexer",
        "next",
        "parse",
        "parser",
        "previous",
        "prev",
        "start",
        "unexpected",
    }
)
"""Words before ``token`` that name a parser's token."""
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def is_secret(name: str) -> bool:
    """Return whether ``name`` (an identifier or a key) names a secret."""
    words = [word for word in _CAMEL.sub("_", name).lower().split("_") if word]
    if not words:
        return False
    last = words[-1]
    if last in _SECRET_WORDS or "_".join(words[-2:]) in _SECRET_KEYS:
        return True
    return last == "token" and len(words) > 1 and words[-2] not in _NOT_CREDENTIALS
