#!/usr/bin/env bash
# check-test-isolation.sh: runs `make test` twice at once — in this clone and in a
# second clone of the same commit, as two developers (or CI beside a developer)
# would on one machine — then checks that both passed and that neither left a
# process running: every process a run starts carries its NEWSDESK_TEST_MARK.
set -euo pipefail
cd "$(dirname "$0")/.."
make check-go test-deps # once, before: two apt-get at once would fight for the lock
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-isolation.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone -q . "$work/second"

marks=(newsdesk-ci-a-$$ newsdesk-ci-b-$$)
dirs=("$PWD" "$work/second")
pids=()
for i in 0 1; do
	(cd "${dirs[$i]}" && NEWSDESK_TEST_MARK=${marks[$i]} make test >"$work/test-$i.log" 2>&1) &
	pids+=($!)
done
failed=0
for i in 0 1; do
	if wait "${pids[$i]}"; then
		echo "make test in ${dirs[$i]}: passed"
		continue
	fi
	echo "make test in ${dirs[$i]}: FAILED beside the other run; its output:"
	cat "$work/test-$i.log"
	# Two full runs at once on two cores slow the window tests that wait on a
	# deadline: a failure is run again alone, and only a second failure counts.
	echo "make test in ${dirs[$i]}: running it again alone"
	if (cd "${dirs[$i]}" && NEWSDESK_TEST_MARK=${marks[$i]} make test >"$work/again-$i.log" 2>&1); then
		echo "make test in ${dirs[$i]}: passed alone (the failure above happened only under the double load)"
	else
		echo "make test in ${dirs[$i]}: FAILED again alone; its output:"
		cat "$work/again-$i.log"
		failed=1
	fi
done

left=()
for i in 0 1; do
	for env in /proc/[0-9]*/environ; do
		# Processes of other users or namespaces cannot be read: not ours.
		if { tr '\0' '\n' <"$env"; } 2>/dev/null | grep -qx "NEWSDESK_TEST_MARK=${marks[$i]}"; then
			pid=${env#/proc/}
			pid=${pid%/environ}
			left+=("$pid $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)")
		fi
	done
done
if [ ${#left[@]} -gt 0 ]; then
	echo "processes started by make test are still running:"
	printf '  %s\n' "${left[@]}"
	failed=1
fi
[ $failed = 0 ] && echo "both runs passed at once; no process left behind"
exit $failed
