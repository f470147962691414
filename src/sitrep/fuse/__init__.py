"""Cross-report fusion: copies, matching, reconciliation and grading."""
