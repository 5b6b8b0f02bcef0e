#!/usr/bin/env bash
# A live Weblate for the integration test: `tests/weblate/env.sh CMD...` runs CMD with
# WEBLATE_URL, WEBLATE_TOKEN, WEBLATE_GIT_BASE and WEBLATE_GIT_URL exported, then stops every
# service it started (PostgreSQL, Redis, a Celery worker, Weblate, git daemon), even when CMD or
# the set-up fails. `tests/weblate/env.sh --install` only installs.
#
# Weblate is pinned and installed once into its own virtual environment on Python 3.12 (pyenv's,
# installed when missing), cached outside the repository; the services and their data live in a
# temporary directory removed at the end. Works from nothing on a fresh Debian 12 machine as root.
set -euo pipefail

WEBLATE_VERSION=2026.10.1
CACHE=${L10N_WEBLATE_CACHE:-$HOME/.cache/l10n-weblate}
VENV=$CACHE/venv-$WEBLATE_VERSION
PG_BIN=/usr/lib/postgresql/15/bin
APT_PACKAGES=(postgresql-15 redis-server build-essential pkg-config libpq-dev libacl1-dev
  liblz4-dev libzstd-dev libxxhash-dev libssl-dev git)

log() { printf 'weblate-env: %s\n' "$*" >&2; }

install_system() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

python312() {
  local py=
  if command -v pyenv >/dev/null; then
    py=$(ls -d "$(pyenv root)"/versions/3.12*/bin/python3.12 2>/dev/null | tail -1 || true)
    if [[ -z $py ]]; then
      log "installing Python 3.12 with pyenv"
      pyenv install -s 3.12 >&2
      py=$(ls -d "$(pyenv root)"/versions/3.12*/bin/python3.12 | tail -1)
    fi
  elif python3.12 -c '' 2>/dev/null; then
    py=$(command -v python3.12)
  fi
  [[ -n $py ]] || { log "error: Weblate $WEBLATE_VERSION needs Python 3.12 (install pyenv)"; exit 2; }
  echo "$py"
}

install_weblate() {
  install_system
  if [[ -x $VENV/bin/weblate && -f $VENV/.installed ]]; then return; fi
  log "installing Weblate $WEBLATE_VERSION into $VENV"
  rm -rf "$VENV"
  mkdir -p "$CACHE"
  "$(python312)" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  # This machine's pip configuration names local indexes that may be absent: not worth a line.
  "$VENV/bin/python" -m pip install --quiet "weblate[postgres]==$WEBLATE_VERSION" \
    2> >(grep -v "^WARNING: Location '" >&2)
  touch "$VENV/.installed"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Wait until CHECK succeeds, or fail naming what did not come up.
wait_for() {
  local what=$1 tries=$2
  shift 2
  for ((i = 0; i < tries; i++)); do
    if "$@" >/dev/null 2>&1; then return; fi
    sleep 1
  done
  log "error: $what did not start; its log is in $WORK"
  tail -n 30 "$WORK"/*.log >&2 || true
  exit 1
}

PIDS=()
WORK=
PG_DATA=
cleanup() {
  local rc=$?
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [[ -n $WORK ]]; then
    if ((rc != 0)) && [[ -n ${L10N_WEBLATE_KEEP_LOGS:-} ]]; then
      log "logs kept in $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  exit "$rc"
}

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

start_services() {
  WORK=$(mktemp -d /tmp/l10n-weblate.XXXXXX)
  chmod 755 "$WORK"
  local pg_port redis_port web_port git_port
  pg_port=$(free_port)
  redis_port=$(free_port)
  web_port=$(free_port)
  git_port=$(free_port)

  # PostgreSQL: a private cluster on its own port and socket directory.
  PG_DATA=$WORK/pg
  mkdir -p "$PG_DATA"
  ((EUID == 0)) && chown postgres: "$PG_DATA"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U weblate --auth=trust -E UTF8 >"$WORK/initdb.log"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w start \
    -o "-p $pg_port -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U weblate weblate

  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    >"$WORK/redis.log" 2>&1 &
  PIDS+=($!)
  wait_for Redis 30 redis-cli -p "$redis_port" ping

  mkdir -p "$WORK/settings" "$WORK/data/home" "$WORK/git"
  # Weblate runs git with HOME=DATA_DIR/home; merging a pull needs a committer identity.
  git config --file "$WORK/data/home/.gitconfig" user.name "Weblate"
  git config --file "$WORK/data/home/.gitconfig" user.email "weblate@localhost"
  cat >"$WORK/settings/l10n_weblate_settings.py" <<EOF
from weblate.settings_example import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SITE_DOMAIN = "localhost:$web_port"
ENABLE_HTTPS = False
SITE_URL = f"http://{SITE_DOMAIN}"
OTP_WEBAUTHN_RP_ID = "localhost"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [SITE_URL]
SECRET_KEY = "$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
DATA_DIR = "$WORK/data"
CACHE_DIR = "$WORK/data/cache"
DATABASES["default"].update(
    NAME="weblate", USER="weblate", PASSWORD="", HOST="127.0.0.1", PORT="$pg_port"
)
CACHES["default"]["LOCATION"] = "redis://127.0.0.1:$redis_port/1"
CELERY_BROKER_URL = "redis://127.0.0.1:$redis_port/2"
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_TASK_ALWAYS_EAGER = False
VCS_ALLOW_SCHEMES = {"https", "ssh", "git"}
VCS_ALLOW_HOSTS = {"127.0.0.1"}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
EOF
  export PYTHONPATH=$WORK/settings DJANGO_SETTINGS_MODULE=l10n_weblate_settings
  local weblate=$VENV/bin/weblate
  # A migrated database with its admin is cached beside the venv: migrating takes minutes.
  local dump=$CACHE/db-$WEBLATE_VERSION.sql
  if [[ -f $dump ]]; then
    log "loading the migrated database from $dump"
    "$PG_BIN/psql" -q -h 127.0.0.1 -p "$pg_port" -U weblate -d weblate -v ON_ERROR_STOP=1 \
      -f "$dump" >"$WORK/migrate.log" 2>&1
  else
    log "migrating the database"
    "$weblate" migrate --noinput >"$WORK/migrate.log" 2>&1
    "$weblate" createadmin --username admin --email admin@127.0.0.1 >"$WORK/admin.log" 2>&1
    "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$pg_port" -U weblate weblate >"$dump.tmp"
    mv "$dump.tmp" "$dump"
  fi
  WEBLATE_TOKEN=$("$weblate" drf_create_token --reset admin 2>>"$WORK/admin.log" \
    | awk '/^Generated token/ {print $3}')
  [[ -n $WEBLATE_TOKEN ]] || { log "error: no API token; see $WORK/admin.log"; exit 1; }

  "$VENV/bin/celery" --app=weblate.utils worker --pool=solo --loglevel=info \
    --queues=celery,notify,memory,translate,backup >"$WORK/celery.log" 2>&1 &
  PIDS+=($!)
  "$weblate" runserver --noreload "127.0.0.1:$web_port" >"$WORK/runserver.log" 2>&1 &
  PIDS+=($!)
  git daemon --listen=127.0.0.1 --port="$git_port" --base-path="$WORK/git" --export-all \
    --enable=receive-pack --reuseaddr --verbose "$WORK/git" >"$WORK/git-daemon.log" 2>&1 &
  PIDS+=($!)

  export WEBLATE_URL=http://127.0.0.1:$web_port/ WEBLATE_TOKEN
  export WEBLATE_GIT_BASE=$WORK/git WEBLATE_GIT_URL=git://127.0.0.1:$git_port/
  wait_for Weblate 120 curl -fsS -H "Authorization: Token $WEBLATE_TOKEN" "${WEBLATE_URL}api/"
  # The worker is consuming once it has looked for its neighbours ("mingle: all alone").
  wait_for "the Celery worker" 120 grep -Eq 'mingle: |ready\.' "$WORK/celery.log"
  wait_for "git daemon" 30 grep -q 'Ready to rumble' "$WORK/git-daemon.log"
  log "Weblate at $WEBLATE_URL, git daemon at $WEBLATE_GIT_URL"
}

main() {
  if [[ ${1:-} == --install ]]; then
    install_weblate
    return
  fi
  (($#)) || { log "usage: tests/weblate/env.sh [--install | CMD...]"; exit 2; }
  install_weblate
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  start_services
  # The command runs without the services' settings in its environment.
  env -u PYTHONPATH -u DJANGO_SETTINGS_MODULE "$@"
}

main "$@"
