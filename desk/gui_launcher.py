"""Entry script of the windowed program (the frozen ``Desk`` executable)."""
from desk.cli.main import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
