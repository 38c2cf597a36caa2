"""Cohorts: the Cohorts list, a cohort's members and the cohort editor."""
