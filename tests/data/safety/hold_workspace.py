"""Open a workspace for writing, say READY, and hold it until stdin closes (or we are killed)."""

import sys

from cohortdesk.store import Store

store = Store.open(sys.argv[1])
print("READY", flush=True)
sys.stdin.read()
store.close()
