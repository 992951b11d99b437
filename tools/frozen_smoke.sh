#!/usr/bin/env bash
# Build the frozen program (PyInstaller, build.spec -> dist/Desk/) and check it the way a
# front-desk PC runs it: from outside the source tree, with a data folder and a database
# whose paths have Chinese characters and spaces, headless (QT_QPA_PLATFORM=offscreen).
#   bash tools/frozen_smoke.sh            build, then check
#   SKIP_BUILD=1 bash tools/frozen_smoke.sh   check the dist/Desk/ there is
# Prints the folder size and the cold start (best of 3); fails on any problem, and when the
# folder grows past MAX_MB (default 215: the PostgreSQL driver, libpq with its OpenSSL and
# Kerberos libraries, takes some 20 MB of it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP="$ROOT/dist/Desk"
MAX_MB=${MAX_MB:-215}
PY=${PYTHON:-python3}

fail() { echo "frozen smoke FAILED: $*" >&2; exit 1; }
step() { echo "frozen smoke: $*"; }

if [ -z "${SKIP_BUILD:-}" ]; then
  step "building with PyInstaller"
  start=$(date +%s)
  "$PY" -m PyInstaller --noconfirm --log-level WARN build.spec >/tmp/desk-pyinstaller.log 2>&1 \
    || { tail -40 /tmp/desk-pyinstaller.log; fail "pyinstaller build.spec"; }
  step "built in $(( $(date +%s) - start )) s"
fi
[ -x "$APP/desk-console" ] && [ -x "$APP/Desk" ] || fail "dist/Desk/Desk and desk-console missing"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DESK_DATA_DIR="$WORK/用户 数据" DESK_EXPORTS_DIR="$WORK/导出 文件"
export QT_QPA_PLATFORM=offscreen
unset DESK_DB PYTHONPATH || true
DB="$WORK/数据 文件夹/desk.sqlite"
OUT="$WORK/输出 文件"
mkdir -p "$OUT" "$(dirname "$DB")"
cd "$WORK"          # nothing from the checkout can be picked up
# Installed like C:\Program Files\Desk: a copy of the folder under a name with a space and
# Chinese characters, run from there.
mkdir -p "$WORK/程序 文件"
cp -a "$APP" "$WORK/程序 文件/Desk"
APP="$WORK/程序 文件/Desk"
CONSOLE="$APP/desk-console"

run() {   # run the frozen console program; its output in $WORK/last.txt
  "$CONSOLE" "$@" >"$WORK/last.txt" 2>"$WORK/last.err" \
    || { cat "$WORK/last.txt" "$WORK/last.err"; fail "desk-console $*"; }
}

run --version
grep -q "Desk [0-9]" "$WORK/last.txt" || fail "--version printed: $(cat "$WORK/last.txt")"
step "$(cat "$WORK/last.txt")"
run check --create --db "$DB"
grep -q "integrity: ok" "$WORK/last.txt" || fail "check: $(cat "$WORK/last.txt")"
run demo --count 50 --no-gui --db "$DB"
run check --db "$DB"
grep -q "complaints: 50" "$WORK/last.txt" || fail "demo did not add 50 cases"
if [ -n "${DESK_SMOKE_SERVER:-}" ]; then   # an empty PostgreSQL database (.ci/run's)
  run check --create --db "$DESK_SMOKE_SERVER"
  grep -q "engine: PostgreSQL" "$WORK/last.txt" || fail "server check: $(cat "$WORK/last.txt")"
  step "the frozen program reaches PostgreSQL"
fi
run cases --limit 1 --db "$DB"
CASE=$(cut -f1 "$WORK/last.txt")
[ -n "$CASE" ] || fail "no case listed"
step "demo database filled; rendering documents of $CASE"

run slip "$CASE" --out "$OUT/x.pdf" --db "$DB"
"$PY" "$ROOT/tests/pdfread.py" text "$OUT/x.pdf" >"$WORK/slip.txt"
grep -q "$CASE" "$WORK/slip.txt" || fail "the slip does not show $CASE"
"$PY" "$ROOT/tests/pdfread.py" fonts "$OUT/x.pdf" >"$WORK/fonts.txt"
grep -q DroidSansFallback "$WORK/fonts.txt" || fail "the bundled font is not in the slip"
run slip "$CASE" --lang bilingual --out "$OUT/bilingual.pdf" --db "$DB"
run record "$CASE" --out "$OUT/record.pdf" --db "$DB"
run receipt "$CASE" --size 80mm --out "$OUT/receipt.pdf" --db "$DB"
run letter "$CASE" --out "$OUT/letter.pdf" --db "$DB"
run report weekly --last --out "$OUT/weekly.xlsx" --db "$DB"
run revisits --out "$OUT/revisits.xlsx" --db "$DB"
"$PY" -m zipfile -l "$OUT/weekly.xlsx" >"$WORK/xlsx.txt" || fail "weekly.xlsx is no workbook"
grep -q "xl/workbook.xml" "$WORK/xlsx.txt" || fail "weekly.xlsx has no workbook part"
chmod a-w "$OUT/x.pdf"          # as if the slip were still open in a PDF reader
run slip "$CASE" --out "$OUT/x.pdf" --db "$DB"
[ -f "$OUT/x (2).pdf" ] || fail "a locked PDF was not written to a new name"
step "documents, report and locked-file fallback OK"

mkdir -p "$DESK_DATA_DIR"
printf '[General]\nlanguage=zh_CN\n' >"$DESK_DATA_DIR/desk-settings.ini"
"$APP/Desk" gui --quit-after-show --db "$DB" >/dev/null 2>&1 || fail "Desk gui --quit-after-show"
started=$(grep "started on" "$DESK_DATA_DIR/logs/desk.log" | tail -1)
case "$started" in
  *"$APP/_internal/resources/i18n/desk_zh_CN.qm"*qtbase_zh_CN.qm*) ;;
  *) fail "translations not loaded from the bundle: $started" ;;
esac
step "windowed program shown and closed, in Chinese, translations from the bundle"

size_mb=$(du -sm "$APP" | cut -f1)     # the copy: the same files as dist/Desk
cold=$("$PY" - "$CONSOLE" "$DB" <<'EOF'
import subprocess, sys, time
best = None
for _ in range(3):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "gui", "--quit-after-show", "--db", sys.argv[2]], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    took = time.perf_counter() - start
    best = took if best is None else min(best, took)
print(f"{best:.2f}")
EOF
) || fail "timing the start"
echo "frozen smoke: folder $(du -sh "$APP" | cut -f1) (${size_mb} MB);" \
  "start, window shown, exit: ${cold} s (best of 3)"
[ "$size_mb" -le "$MAX_MB" ] || fail "dist/Desk is ${size_mb} MB, more than ${MAX_MB} MB"
echo "frozen smoke: OK"
