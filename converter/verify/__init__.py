"""`rules2actions verify`: run a Rule and its Action under Node for the same scenarios and
compare their observable effects.

- ``scenario``: scenario files, the typical login they are merged over, derived defaults;
- ``modules``: the npm packages rules and Actions require, installed into a local cache;
- ``runner``: prepares the job, runs ``harness.js`` (one Node process per batch), compares.
"""

from __future__ import annotations


class HarnessError(Exception):
    """The verification could not run (Node missing, npm install failed, harness crash)."""
