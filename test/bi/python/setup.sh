#!/usr/bin/env bash
# A Python virtual environment with the GraphQL SQLAlchemy dialect that Apache Superset and pandas
# users install (sqlalchemy-graphqlapi on shillelagh), at exact versions, for testing the API as a
# BI tool reads it.
#
#   test/bi/python/setup.sh VENV
#   VENV/bin/python -c 'import sqlalchemy as sa; e = sa.create_engine("graphql://127.0.0.1:4000/graphql?is_https=0"); ...'
#
# The package index (PyPI or a mirror) supplies most pins; wheels/ holds the four a mirror may lack (pure Python, built from their upstream release tags:
# cancan101/graphql-db-api v0.0.1.dev5, betodealmeida/shillelagh 1.4.5, requests-cache 1.3.3,
# url-normalize 3.0.0; SHA256SUMS lists them). Pinned with Python 3.11 (apsw is a binary wheel).
# Known quirk: call engine.dispose() before the interpreter exits, or apsw 3.53 may crash at exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${1:?usage: setup.sh VENV}"
python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' ||
  echo "warning: pinned with Python 3.11; $("$python" --version) may need other pins" >&2
(cd "$here/wheels" && sha256sum --quiet -c SHA256SUMS)
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --retries 0 --find-links "$here/wheels" -r "$here/requirements.txt"
echo "ready: $venv/bin/python"
