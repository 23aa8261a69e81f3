"""Objective terms: each defines its CP-SAT expression and evaluates a finished Solution."""
