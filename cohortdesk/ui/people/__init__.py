"""People: the People list, a person's card and the person editor."""
