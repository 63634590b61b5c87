"""Plain Python: records, validation and rules. No Qt, no peewee, no reportlab."""
