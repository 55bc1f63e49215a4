#!/usr/bin/env bash
# Installs (from Debian's packages, as root) and configures e2guardian 5.3 for the baseline
# benchmark: a copy of the packaged configuration under DIR, listening on 127.0.0.1:PORT, in
# the foreground, without access logging (as our proxy runs in the benchmark), with the bundled
# category database's blocked categories as its banned site list — the equivalent of what the
# bundled policy blocks for every student.
#
#   scripts/e2guardian-setup.sh [DIR] [PORT]      then: e2guardian -N -c DIR/e2guardian.conf
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-/tmp/filter-e2guardian}
PORT=${2:-8091}

if ! command -v e2guardian >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq e2guardian >/dev/null
  else
    echo "e2guardian is not installed; run as root: apt-get install e2guardian" >&2
    exit 1
  fi
fi

rm -rf "$DIR"
cp -r /etc/e2guardian "$DIR"
chmod -R a+rX "$DIR"
chmod 777 "$DIR"
# Same banned domains as the bundled policy's always-blocked categories (adult, gambling, proxy,
# malware, weapons, drugs, dating, lingerie).
awk '$1 ~ /^(1|2|9|10|11|12|17|35)$/ && $2 !~ /^[=~]/ && $2 !~ /\// {print $2}' fixtures/categories.db > "$DIR/lists/bannedsitelist"

conf="$DIR/e2guardian.conf"
sed -i "s#/etc/e2guardian#$DIR#g" "$conf" "$DIR/e2guardianf1.conf" "$DIR"/*.story
sed -i "s#^filterip =.*#filterip = 127.0.0.1#; s#^filterports =.*#filterports = $PORT#; s#^nodaemon =.*#nodaemon = on#; s#^nologger =.*#nologger = on#; s#^loglevel =.*#loglevel = 0#" "$conf"
grep -q '^pidfilename' "$conf" && sed -i "s#^pidfilename.*#pidfilename = '$DIR/e2guardian.pid'#" "$conf" || echo "pidfilename = '$DIR/e2guardian.pid'" >> "$conf"
echo "e2guardian configured in $DIR (port $PORT, $(wc -l < "$DIR/lists/bannedsitelist") banned sites)"
