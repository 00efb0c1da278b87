"""spaCy pipeline components; importing this package registers their factories."""
from . import aliases, entities, facts, normalize, quantities, quotes, times  # noqa: F401
