#!/usr/bin/env bash
# A local OpenSearch cluster of several nodes on loopback (one process each), for fault tests
# (./priorart bench faults) and for trying replicas: each node is scripts/opensearch-node.sh's node of
# its port with --peers the others, so each has its own data, logs and pid file.
#
#   scripts/opensearch-cluster.sh start  --ports 9271,9272 [--heap 512m] [--plugin ZIP] [--dir DIR]
#   scripts/opensearch-cluster.sh status --ports 9271,9272 [--dir DIR]   # exit 0 when every node runs
#   scripts/opensearch-cluster.sh stop   --ports 9271,9272 [--dir DIR]
#
# 'start' starts the lowest port first (it bootstraps the cluster), then the others, each waited for,
# and then waits until the cluster has every node. Give an index replicas with PRIORART_CLUSTER_REPLICAS=1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "error: $*" >&2; exit 1; }

command="${1:-}"
case "$command" in
  start|stop|status) shift ;;
  -h|--help|help|"") sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; [[ -n "$command" ]]; exit $? ;;
  *) die "unknown command '$command' (start, stop or status)" ;;
esac
ports=""
pass=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ports) ports="${2:?--ports needs HTTP ports such as 9271,9272}"; shift 2 ;;
    --heap|--plugin|--dir|--timeout) pass+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    *) die "unknown option '$1' (--ports, --heap, --plugin, --dir, --timeout)" ;;
  esac
done
[[ "$ports" =~ ^[0-9]+(,[0-9]+)+$ ]] || die "--ports must be two or more HTTP ports such as 9271,9272, was '${ports:-nothing}'"
mapfile -t sorted < <(tr ',' '\n' <<<"$ports" | sort -n -u)

peers_of() { # the other ports, comma-separated
  local p out=()
  for p in "${sorted[@]}"; do [[ "$p" == "$1" ]] || out+=("$p"); done
  (IFS=,; echo "${out[*]}")
}

case "$command" in
  start)
    for p in "${sorted[@]}"; do
      "$HERE/opensearch-node.sh" start --port "$p" --peers "$(peers_of "$p")" "${pass[@]}"
    done
    want=${#sorted[@]}
    for _ in $(seq 1 120); do
      nodes="$(curl -s --max-time 5 "http://127.0.0.1:${sorted[0]}/_cluster/health" | sed -n 's/.*"number_of_nodes":\([0-9]*\).*/\1/p')"
      if [[ "$nodes" == "$want" ]]; then
        echo "cluster of $want nodes at $(printf 'http://127.0.0.1:%s,' "${sorted[@]}" | sed 's/,$//')"
        exit 0
      fi
      sleep 1
    done
    die "the nodes did not form one cluster of $want within 120 s (see their logs under the nodes' folders)"
    ;;
  stop)
    for p in "${sorted[@]}"; do "$HERE/opensearch-node.sh" stop --port "$p" "${pass[@]}"; done
    ;;
  status)
    rc=0
    for p in "${sorted[@]}"; do "$HERE/opensearch-node.sh" status --port "$p" "${pass[@]}" || rc=3; done
    exit "$rc"
    ;;
esac
