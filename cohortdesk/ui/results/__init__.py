"""Results frameworks and technical assistance."""
