"""Entry script of the packaged program (PyInstaller runs it as a plain script, so the import is absolute)."""

import sys

from etsoft_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
