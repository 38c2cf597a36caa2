"""Bringing data in and taking it out: people import, rosters, calendars and archives."""
