"""Use cases, one module per area. Each takes a Store and returns plain records."""
