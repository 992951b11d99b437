"""The rules of the domain: plain Python, no Qt widgets."""
