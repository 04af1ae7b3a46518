#!/usr/bin/env bash
# Builds PriorArt's OpenSearch analysis plugin (target/priorart-analysis-plugin.zip) from the same
# classes as the embedded index (org.priorart.analysis) and the plugin class in src/plugin/java,
# compiled against the OpenSearch 3.6.0 jars of the Maven zip that scripts/opensearch-node.sh fetches
# (OpenSearch 3.6 ships Lucene 10.4, the project's). Install it with
#   bin/opensearch-plugin install --batch file://$PWD/target/priorart-analysis-plugin.zip
# or 'scripts/opensearch-node.sh start --plugin target/priorart-analysis-plugin.zip'.
#
#   scripts/build-analysis-plugin.sh [--dir DIR]   # DIR: where opensearch-node.sh keeps the zips
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VERSION="3.6.0"
if [[ $EUID -eq 0 ]]; then dir=/var/cache/priorart/opensearch; else dir="${XDG_CACHE_HOME:-$HOME/.cache}/priorart/opensearch"; fi
[[ "${1:-}" == "--dir" ]] && dir="${2:?--dir needs a directory}"
source scripts/find-jdk.sh
use_jdk || exit 1
zip="$dir/downloads/opensearch-$VERSION.zip"
if [[ ! -s "$zip" ]]; then
  mkdir -p "$dir/downloads"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" -DoutputDirectory="$dir/downloads"
fi
# The project's classes and the Lucene analysis jars OpenSearch's core does not ship.
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/plugin-classpath.txt >/dev/null
work=target/plugin-build
rm -rf "$work"
mkdir -p "$work/lib" "$work/classes" "$work/zip"
unzip -q -o "$zip" "opensearch-$VERSION/lib/*" -d "$work/lib"
oslib="$work/lib/opensearch-$VERSION/lib"
javac --release 21 -nowarn -d "$work/classes" -cp "$oslib/*:target/classes" src/plugin/java/org/priorart/opensearch/*.java
cp -r target/classes/org "$work/classes/" 2>/dev/null || true
# Only the analysis package travels (it needs nothing of the project but itself and Lucene).
find "$work/classes/org/priorart" -mindepth 1 -maxdepth 1 ! -name analysis ! -name opensearch -exec rm -rf {} +
rm -f "$work/classes/org/priorart/analysis/LanguageDetector"*.class
(cd "$work/classes" && jar cf ../zip/priorart-analysis.jar org)
tr ':' '\n' < target/plugin-classpath.txt | grep -E 'lucene-analysis-(nori|kuromoji|smartcn)-' | xargs -I{} cp {} "$work/zip/"
cat > "$work/zip/plugin-descriptor.properties" <<PROPS
description=PriorArt's analysis chains (English with exact forms and marks, nori, kuromoji, smartcn, Latin) and BM25
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
name=priorart-analysis
classname=org.priorart.opensearch.PriorArtAnalysisPlugin
java.version=21
opensearch.version=$VERSION
PROPS
rm -f target/priorart-analysis-plugin.zip
(cd "$work/zip" && zip -q -r ../../priorart-analysis-plugin.zip .)
echo "target/priorart-analysis-plugin.zip"
