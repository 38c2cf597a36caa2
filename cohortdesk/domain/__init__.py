"""Plain-Python domain: enums, validation rules and the frozen records the UI sees."""
