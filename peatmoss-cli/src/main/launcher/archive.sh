#!/bin/sh
# Makes target/peatmoss.jsa, the class-data-sharing archive the launcher maps at start-up:
#   sh src/main/launcher/archive.sh JAVA TARGET_DIR
# A few typical commands record the classes they load (-XX:DumpLoadedClassList); one static dump (-Xshare:dump)
# then stores them, parsed and verified, with the JDK's own classes. A static archive, unlike one made with
# -XX:ArchiveClassesAtExit, also holds classes compiled for Java 5 such as picocli's (JDK 17 leaves those out of
# dynamic archives), so command-line parsing starts from the archive too. The archive names the jar by its path:
# a moved jar runs without it (the launcher still works, only slower to start).
set -e
java=$1
target=$(cd "$2" && pwd -P)
jar=$target/peatmoss.jar
list=$target/peatmoss.classlist
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
: > "$list"
train() {
  "$java" -XX:DumpLoadedClassList="$list.part" $opts -cp "$jar" io.github.peatmoss.cli.Main "$@" > /dev/null
  cat "$list.part" >> "$list"
}
train --version
train licenses check MIT Apache-2.0
train licenses check --json MIT Apache-2.0
train licenses normalize --json "Apache License 2.0"
train dataset models --json --limit 5
rm -f "$list.part" "$target/peatmoss.jsa"
sort -u -o "$list" "$list"
"$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$target/peatmoss.jsa" $opts \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" > "$target/peatmoss.jsa.log" 2>&1
