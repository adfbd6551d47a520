# @file secret_names.py
# @path src/mason/checks/logging/secret_names.py
# @version 0.1.0
"""Which names stand for secrets: ``password``, ``client_secret``, ``apiKey``, ``access_token``.

A name is split into words (``snake_case`` and ``camelCase``); its last word decides. A
``token`` counts (requests-oauthlib logs ``self.token``, oauthlib ``refresh_token``), except one
named for a position in a stream of a parser's tokens (``next_token``, ``unexpected_token``);
a ``token_count`` or ``tokens`` ends in another word.
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
    return last == "token" and (len(words) == 1 or words[-2] not in _NOT_CREDENTIALS)
