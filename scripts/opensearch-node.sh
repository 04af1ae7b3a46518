#!/usr/bin/env bash
# A local single-node OpenSearch 3.6.0 test node with the k-NN plugin, for people who have no
# cluster, for benchmarks (./priorart bench latency --opensearch URL) and for CI.
#
#   scripts/opensearch-node.sh start  [--port 9200] [--heap 1g] [--dir DIR] [--plugin ZIP]   # fetch, install, start, wait for green/yellow
#   scripts/opensearch-node.sh status [--port 9200] [--dir DIR]               # exit 0 when running, 3 when not
#   scripts/opensearch-node.sh stop   [--port 9200] [--dir DIR]
#   scripts/opensearch-node.sh kill   [--port 9200] [--dir DIR]               # kill -9 (fault tests), no clean-up
#
# With --peers PORT[,PORT...] (the other nodes' HTTP ports) the node joins a cluster of several on
# loopback instead of running alone: cluster 'priorart-LOWEST' where LOWEST is the lowest of the ports,
# seed hosts the transport ports of all of them, and the node of the lowest port bootstraps the cluster
# (start it first; scripts/opensearch-cluster.sh starts and stops such a cluster).
#
# Everything is idempotent: the zips are fetched once (Maven Central, through 'mvn dependency:copy'),
# unpacked and given the k-NN plugin once; 'start' on a running node and 'stop' on a stopped one do
# nothing. Each port is its own node (own data, logs and pid file under DIR/nodes/PORT), so several
# can run side by side. The node listens on 127.0.0.1 only, plain HTTP (the integ-test zip has no
# security plugin), single-node discovery unless --peers; the k-NN zip carries no native libraries, so vectors
# use 'engine: lucene'.
#
# OpenSearch refuses to run as root: run as root, the script creates the system user 'opensearch'
# (or $OPENSEARCH_USER) and runs the node as that user. DIR must then be reachable by that user,
# so root's default DIR is /var/cache/priorart/opensearch, not ~/.cache (root's home is closed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERSION="3.6.0"
KNN_VERSION="3.6.0.0"
DIST_ARTIFACT="org.opensearch.distribution.integ-test-zip:opensearch:${VERSION}:zip"
KNN_ARTIFACT="org.opensearch.plugin:opensearch-knn:${KNN_VERSION}:zip"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
RUN_USER="${OPENSEARCH_USER:-opensearch}"

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  echo "Options: --port N (HTTP, default 9200; transport is N+100), --heap SIZE (default 1g),"
  echo "         --dir DIR (default ~/.cache/priorart/opensearch; as root /var/cache/priorart/opensearch),"
  echo "         --timeout SECONDS (start: how long to wait for the node, default 180),"
  echo "         --plugin ZIP (start: also install this plugin, e.g. target/priorart-analysis-plugin.zip;"
  echo "         reinstalled when the zip changes),"
  echo "         --peers PORT[,PORT] (start: the other nodes of a loopback cluster, their HTTP ports)."
}

die() { echo "error: $*" >&2; exit 1; }

command="${1:-}"
[[ -n "$command" ]] || { usage; exit 2; }
shift
case "$command" in
  start|stop|status|kill) ;;
  -h|--help|help) usage; exit 0 ;;
  *) echo "error: unknown command '$command' (start, stop, status or kill)" >&2; usage >&2; exit 2 ;;
esac

port=9200
heap=1g
timeout=180
plugin=""
peers=""
if [[ $EUID -eq 0 ]]; then dir=/var/cache/priorart/opensearch; else dir="${XDG_CACHE_HOME:-$HOME/.cache}/priorart/opensearch"; fi
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --heap) heap="${2:?--heap needs a size such as 1g or 512m}"; shift 2 ;;
    --dir) dir="${2:?--dir needs a directory}"; shift 2 ;;
    --timeout) timeout="${2:?--timeout needs seconds}"; shift 2 ;;
    --plugin) plugin="$(cd "$(dirname "${2:?--plugin needs a zip}")" && pwd)/$(basename "$2")"; shift 2 ;;
    --peers) peers="${2:?--peers needs HTTP ports such as 9272 or 9272,9273}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65436 )) || die "--port must be a port number, was '$port'"
[[ "$heap" =~ ^[0-9]+[kmgKMG]$ ]] || die "--heap must be a size such as 1g or 512m, was '$heap'"
[[ "$timeout" =~ ^[0-9]+$ ]] || die "--timeout must be seconds, was '$timeout'"
[[ -z "$peers" || "$peers" =~ ^[0-9]+(,[0-9]+)*$ ]] || die "--peers must be HTTP ports such as 9272,9273, was '$peers'"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
transport_port=$((port + 100))
home="$dir/opensearch-$VERSION"
node="$dir/nodes/$port"
pidfile="$node/opensearch.pid"
url="http://127.0.0.1:$port"

# The pid of this port's node when it is alive, else nothing.
node_pid() {
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

# green, yellow or red; nothing when nobody answers.
health() {
  curl -s --max-time 5 "$url/_cluster/health" 2>/dev/null | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'
}

fetch() { # fetches the two zips from Maven Central into $dir/downloads (once)
  local downloads="$dir/downloads"
  mkdir -p "$downloads"
  local artifact
  for artifact in "$DIST_ARTIFACT" "$KNN_ARTIFACT"; do
    local a v
    a="$(cut -d: -f2 <<<"$artifact")"; v="$(cut -d: -f3 <<<"$artifact")"
    [[ -s "$downloads/$a-$v.zip" ]] && continue
    command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch $artifact from Maven Central"
    echo "Fetching $artifact from Maven Central ..." >&2
    local log
    log="$(mktemp)"
    if ! mvn -B -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" -DoutputDirectory="$downloads" \
        -Dmdep.overWriteIfNewer=true >"$log" 2>&1; then
      cat "$log" >&2; rm -f "$log"
      die "could not fetch $artifact (see above)"
    fi
    rm -f "$log"
    [[ -s "$downloads/$a-$v.zip" ]] || die "mvn dependency:copy left no $downloads/$a-$v.zip"
  done
}

install() { # unpacks OpenSearch and installs the k-NN plugin (once)
  if [[ ! -x "$home/bin/opensearch" ]]; then
    echo "Unpacking OpenSearch $VERSION into $home ..." >&2
    local tmp="$dir/.unpack.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    unzip -q "$dir/downloads/opensearch-$VERSION.zip" -d "$tmp"
    [[ -x "$tmp/opensearch-$VERSION/bin/opensearch" ]] || die "the zip holds no opensearch-$VERSION/bin/opensearch"
    rm -rf "$home"
    mv "$tmp/opensearch-$VERSION" "$home"
    rm -rf "$tmp"
  fi
  if [[ ! -d "$home/plugins/opensearch-knn" ]]; then
    echo "Installing the k-NN plugin $KNN_VERSION ..." >&2
    OPENSEARCH_JAVA_HOME="$JAVA_HOME" "$home/bin/opensearch-plugin" install --batch \
      "file://$dir/downloads/opensearch-knn-$KNN_VERSION.zip" >&2 \
      || die "could not install the k-NN plugin into $home"
  fi
  if [[ -n "$plugin" ]]; then # another plugin (PriorArt's analysis): again whenever its zip changes
    [[ -s "$plugin" ]] || die "--plugin: no such zip '$plugin'"
    local name sum
    name="$(unzip -p "$plugin" plugin-descriptor.properties | sed -n 's/^name=//p')"
    [[ -n "$name" ]] || die "--plugin: $plugin holds no plugin-descriptor.properties with a name"
    sum="$(sha256sum "$plugin" | cut -d' ' -f1)"
    if [[ "$(cat "$home/plugins/.$name.sha256" 2>/dev/null)" != "$sum" ]]; then
      echo "Installing the plugin $name from $plugin ..." >&2
      if [[ -d "$home/plugins/$name" ]]; then
        OPENSEARCH_JAVA_HOME="$JAVA_HOME" "$home/bin/opensearch-plugin" remove "$name" >&2 || rm -rf "$home/plugins/$name"
      fi
      OPENSEARCH_JAVA_HOME="$JAVA_HOME" "$home/bin/opensearch-plugin" install --batch "file://$plugin" >&2 \
        || die "could not install $plugin into $home"
      echo "$sum" > "$home/plugins/.$name.sha256"
    fi
  fi
}

ensure_user() { # as root: the system user that runs the node, owning the install and the node's files
  [[ $EUID -eq 0 ]] || return 0
  if ! id -u "$RUN_USER" >/dev/null 2>&1; then
    echo "Creating system user $RUN_USER (OpenSearch refuses to run as root) ..." >&2
    useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
  fi
  chown -R "$RUN_USER:" "$home" "$node"
  runuser -u "$RUN_USER" -- test -x "$home/bin/opensearch" \
    || die "user $RUN_USER cannot reach $home: give it access to every folder above $dir, or use --dir elsewhere"
}

start() {
  local pid
  pid="$(node_pid)"
  if [[ -n "$pid" ]]; then
    echo "OpenSearch already running at $url (pid $pid, $(health || true))"
    return 0
  fi
  if curl -s --max-time 2 "$url" >/dev/null 2>&1; then
    die "port $port is taken by another process (not a node of $dir); choose another --port"
  fi
  # shellcheck source=scripts/find-jdk.sh
  source "$HERE/find-jdk.sh"
  use_jdk || exit 1
  fetch
  install
  mkdir -p "$node/data" "$node/logs"
  ensure_user
  rm -f "$pidfile"
  echo "Starting OpenSearch $VERSION at $url (heap $heap, data $node) ..." >&2
  # From the node's folder: jvm.options writes the GC log and heap dumps relative to it. In its own
  # session (setsid), so that the caller's Ctrl-C or hang-up does not reach the node.
  local launcher discovery=(-Ecluster.name="priorart-$port" -Ediscovery.type=single-node)
  if [[ -n "$peers" ]]; then # a cluster on loopback: all ports seed, the lowest bootstraps
    local all lowest seeds
    all="$(tr ',' '\n' <<<"$port,$peers" | sort -n -u)"
    lowest="$(head -n 1 <<<"$all")"
    seeds="$(sed 's/.*/echo 127.0.0.1:$((&+100))/e' <<<"$all" | paste -sd, -)"
    discovery=(-Ecluster.name="priorart-$lowest" -Ediscovery.seed_hosts="$seeds"
      -Ecluster.initial_cluster_manager_nodes="priorart-$lowest")
  fi
  launcher=(env OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap"
    "$home/bin/opensearch" -p "$pidfile" -Enode.name="priorart-$port" "${discovery[@]}"
    -Enetwork.host=127.0.0.1
    -Ehttp.port="$port" -Etransport.port="$transport_port"
    -Epath.data="$node/data" -Epath.logs="$node/logs"
    -Ecluster.routing.allocation.disk.threshold_enabled=false)
  if [[ $EUID -eq 0 ]]; then launcher=(runuser -u "$RUN_USER" -- "${launcher[@]}"); fi
  (cd "$node" && exec setsid nohup "${launcher[@]}" >"$node/logs/launch.out" 2>&1 </dev/null) &
  local launched=$!
  local waited=0 status=""
  while (( waited < timeout )); do
    status="$(health || true)"
    if [[ "$status" == green || "$status" == yellow ]]; then
      echo "OpenSearch $VERSION running at $url (pid $(node_pid), status $status)"
      return 0
    fi
    if ! kill -0 "$launched" 2>/dev/null && [[ -z "$(node_pid)" ]]; then
      tail -n 30 "$node/logs/launch.out" >&2
      die "OpenSearch exited while starting (logs: $node/logs)"
    fi
    sleep 1
    waited=$((waited + 1))
  done
  die "OpenSearch at $url not green or yellow after ${timeout}s (status '${status:-no answer}'; logs: $node/logs; it may still be starting: '$0 stop --port $port' stops it)"
}

stop() {
  local pid
  pid="$(node_pid)"
  if [[ -z "$pid" ]]; then
    echo "OpenSearch at $url is not running (no live pid in $pidfile)"
    return 0
  fi
  kill "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= 60 )); then
      echo "OpenSearch (pid $pid) did not stop within 60 s: killing it" >&2
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
  echo "OpenSearch at $url stopped"
}

kill_node() { # kill -9: the node gets no chance to leave the cluster (fault tests)
  local pid
  pid="$(node_pid)"
  if [[ -z "$pid" ]]; then
    echo "OpenSearch at $url is not running (no live pid in $pidfile)"
    return 0
  fi
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "OpenSearch at $url killed (kill -9, pid $pid)"
}

status() {
  local pid
  pid="$(node_pid)"
  if [[ -z "$pid" ]]; then
    echo "stopped ($url, $node)"
    return 3
  fi
  echo "running at $url (pid $pid, status $(health || echo 'no answer yet'), data $node)"
}

if [[ "$command" == kill ]]; then kill_node; else "$command"; fi
