"""CohortDesk: run peer-learning cohorts and their convenings on a laptop with no network."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cohortdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "CohortDesk"
