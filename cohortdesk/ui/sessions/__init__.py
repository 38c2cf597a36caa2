"""Sessions: the Sessions list and a session's page with its agenda, notes, next steps and
attendance; check-in mode, Zoom import and the attendance record."""
