"""The frame of the app: the main window, its menus and actions, the application context every
area receives, background jobs, errors, backups and About."""
