"""Run CohortDesk from a source tree: `python main.py [--workspace PATH] [COMMAND]`."""

import sys

from cohortdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
