"""Team sync in the app: File › Sync now, the status line, Sync conflicts and Hub settings."""
