"""Widgets shared by every area: the list view, the table model recipe, form helpers."""
