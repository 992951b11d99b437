"""The audit trail: who changed what, when, in a hash chain nobody can quietly change."""
