"""Desk: the complaint desk of a hotel or shopping mall."""

__version__ = "0.1.0"
APP_NAME = "Desk"
