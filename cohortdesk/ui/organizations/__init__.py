"""Organizations: the Organizations list and the organization editor."""
