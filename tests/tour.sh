#!/bin/sh
# tour.sh: `kpsa tour` checks every sample against published vectors or by
# round trip and exits non-zero when one fails.
set -eu
./kpsa tour
