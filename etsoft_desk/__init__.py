"""ETSoft Desk: the shop's encrypted customer register."""

__version__ = "0.1.0"
APP_NAME = "ETSoft Desk"
