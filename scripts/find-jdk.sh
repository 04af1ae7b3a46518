# Sourced by ./priorart, ./run-tests and .ci/run: sets JAVA_HOME to a JDK >= 21 or fails.
# Prefers JAVA_HOME when it is new enough, else the newest JDK under /usr/lib/jvm (or /opt).

java_major() { # the major version of the java binary $1, or 0
  local v
  # awk reads to the end (no early exit): java must never write into a closed pipe (SIGPIPE).
  v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ && !done {print $2; done=1}')"
  v="${v#1.}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}

find_jdk() { # prints the home of a JDK >= 21 that has javac
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]] \
     && (( $(java_major "$JAVA_HOME/bin/java") >= 21 )); then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    d="${d%/}"
    [[ -x "$d/bin/java" && -x "$d/bin/javac" ]] || continue
    v="$(java_major "$d/bin/java")"
    if (( v >= 21 && v > best_v )); then best="$d"; best_v="$v"; fi
  done
  [[ -n "$best" ]] && { echo "$best"; return 0; }
  return 1
}

use_jdk() { # exports JAVA_HOME, or explains and returns 1
  local jdk
  if ! jdk="$(find_jdk)"; then
    echo "error: PriorArt needs a JDK 21 or newer. Set JAVA_HOME to one, or install one under /usr/lib/jvm" >&2
    echo "       (e.g. Temurin 21 or 25, or 'apt-get install openjdk-21-jdk' where available)." >&2
    return 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
