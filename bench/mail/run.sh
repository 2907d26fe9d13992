#!/usr/bin/env bash
# Circulation by e-mail: a letter to all 193 Member States + 3 observers (PDF attached), and a meeting added to a
# programme with 2,000 subscribers (iMIP invitations). Time until the SMTP server (GreenMail, same JVM) accepted the
# last message, Plenary's outbox against a plain JavaMail loop sending the same messages, in one run.
# Usage: bench/mail/run.sh [subscribers]   (2000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-mail.classpath
java -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/bench-mail.classpath)" \
  org.plenary.mail.MailBench "${1:-2000}" 2>&1 | grep -v '^{' | grep -E 'msgs|Exception|Error' || true
