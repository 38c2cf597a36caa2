"""PDF builders and file exports/imports: they take plain data and write a path."""
