"""Qt views and models. Widgets are fed plain rows by services; they never build queries."""
