"""Who is acting at this PC: the signed-in person, signing in, locking and switching user."""
