"""The only place that knows SQLCipher and peewee."""
