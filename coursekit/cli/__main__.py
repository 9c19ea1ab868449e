"""`python -m coursekit.cli ...` is `coursekit ...`."""

import sys

from . import main

sys.exit(main())
