"""Use cases of the register, free of Qt: they return results or raise UserError."""
