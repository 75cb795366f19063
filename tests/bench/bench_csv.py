#!/usr/bin/env python3
"""Import/export benchmark of leadsync-cli against the sqlite3 CLI, on the same data in the same run.

    tests/bench/bench_csv.py --cli build/default/app/cli/leadsync-cli [--rows 1000000] [--runs 3]
                             [--dedupe email|none]

Generates a lead CSV with ../shared/gen_leads.py (cached in the work folder), then times, each run on
a fresh database:
  import: leadsync-cli import FILE          vs  sqlite3 -cmd '.mode csv' db '.import FILE t'
  export: leadsync-cli export OUT           vs  sqlite3 -csv db 'select * from t' > OUT
and prints medians, the ratios (targets: import <= 0.5, export <= 0.45) and leadsync-cli's peak RSS
(target <= 300 MB). The import deduplicates by email as the CLI does by default (--dedupe none: as
sqlite3, which does not). It also prints the workspace's size against the CSV's (target <= 1.5).
The import is timed until its rows are committed; the full-text index is built separately afterwards
(timed on its own line), as the app does in the background. Last, a template column is run over every
lead (target <= 5 s a million), against sqlite3 computing the same text in one UPDATE.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
GEN = HERE.parents[2] / "shared" / "gen_leads.py"


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall seconds, peak RSS in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed ({code}): {err}")
    return wall, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default="build/bench")
    ap.add_argument("--dedupe", default="email", choices=("email", "none"))
    a = ap.parse_args()

    work = pathlib.Path(a.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    csv = work / f"leads_{a.rows}.csv"
    if not csv.exists():
        print(f"generating {csv} ...", flush=True)
        subprocess.run([sys.executable, str(GEN), "--rows", str(a.rows), "--out", str(csv)], check=True)
    size_mb = csv.stat().st_size / 1e6
    print(f"data: {a.rows} rows, {size_mb:.0f} MB; {a.runs} runs each; sqlite3 {shutil.which('sqlite3')}")

    results = {k: [] for k in ("sq_imp", "ls_imp", "sq_exp", "ls_exp", "fts", "sq_tpl", "ls_tpl")}
    rss = {"import": 0.0, "export": 0.0, "index": 0.0, "template": 0.0}
    for run in range(a.runs):
        sq_db, ls_db = work / "sqlite3.db", work / "bench.leadsync"
        for p in (sq_db, ls_db, pathlib.Path(str(ls_db) + "-wal"), pathlib.Path(str(ls_db) + "-shm")):
            p.unlink(missing_ok=True)
        os.sync()
        wall, _ = timed(["sqlite3", "-cmd", ".mode csv", str(sq_db), f".import {csv} t"])
        results["sq_imp"].append(wall)
        os.sync()
        wall, peak = timed([a.cli, "--workspace", str(ls_db), "import", str(csv), "--dedupe", a.dedupe])
        results["ls_imp"].append(wall)
        rss["import"] = max(rss["import"], peak)

        # Both exports write a new file. The previous run's outputs are removed first: the kernel frees
        # a replaced file's cached pages in the call that drops it, which for sqlite3 is Python's
        # truncating open() below, before its timing starts, and for leadsync the rename that ends its
        # export (about 0.09 s for 230 MB), inside it.
        for p in (work / "sqlite3_out.csv", work / "leadsync_out.csv"):
            p.unlink(missing_ok=True)
        # Both databases reach the disk before the exports, so kernel writeback of the files just
        # imported does not land inside either tool's export timing.
        os.sync()
        with open(work / "sqlite3_out.csv", "wb") as out:
            wall, _ = timed(["sqlite3", "-csv", str(sq_db), "select * from t"], stdout=out)
        results["sq_exp"].append(wall)
        # And sqlite3's output reaches the disk before leadsync's export, which ends with an fsync of
        # its own file (an atomic replace that survives a crash; sqlite3's redirected output has none):
        # that fsync must not also wait for the other tool's 200 MB of writeback.
        os.sync()
        wall, peak = timed([a.cli, "--workspace", str(ls_db), "export", str(work / "leadsync_out.csv")])
        results["ls_exp"].append(wall)
        rss["export"] = max(rss["export"], peak)

        # Full-text indexing, which the import leaves to the background: export --search catches it up.
        wall, peak = timed([a.cli, "--workspace", str(ls_db), "export", str(work / "search_out.csv"),
                            "--search", "acme"])
        results["fts"].append(wall)
        rss["index"] = max(rss["index"], peak)
        workspace_mb = ls_db.stat().st_size / 1e6

        # A template column over every lead, against the same text computed by one SQL UPDATE.
        os.sync()
        wall, _ = timed(["sqlite3", str(sq_db), "ALTER TABLE t ADD COLUMN greeting TEXT; UPDATE t SET "
                         "greeting = 'Hi ' || coalesce(nullif(first_name, ''), 'there') || ' at ' || company"])
        results["sq_tpl"].append(wall)
        subprocess.run([a.cli, "--workspace", str(ls_db), "column", "add", "Greeting", "--kind", "template",
                        "--template", "Hi {{first_name|there}} at {{company}}"], check=True,
                       stdout=subprocess.DEVNULL)
        os.sync()
        wall, peak = timed([a.cli, "--workspace", str(ls_db), "column", "run", "Greeting"])
        results["ls_tpl"].append(wall)
        rss["template"] = max(rss["template"], peak)
        print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in results.items()), flush=True)

    med = {k: statistics.median(v) for k, v in results.items()}
    print()
    print(f"import  sqlite3 {med['sq_imp']:.2f}s  leadsync (--dedupe {a.dedupe}) {med['ls_imp']:.2f}s  "
          f"ratio {med['ls_imp'] / med['sq_imp']:.2f} (target <= 0.5)  peak RSS {rss['import']:.0f} MB (<= 300)")
    print(f"export  sqlite3 {med['sq_exp']:.2f}s  leadsync {med['ls_exp']:.2f}s  "
          f"ratio {med['ls_exp'] / med['sq_exp']:.2f} (target <= 0.45)  peak RSS {rss['export']:.0f} MB")
    print(f"index   full-text catch-up + search export {med['fts']:.2f}s "
          f"({med['fts'] / a.rows * 1e6:.2f}s per million; target <= 3)  peak RSS {rss['index']:.0f} MB")
    print(f"size    workspace {workspace_mb:.0f} MB with its full-text index, CSV {size_mb:.0f} MB: "
          f"ratio {workspace_mb / size_mb:.2f} (target <= 1.5)")
    print(f"column  template over every lead: sqlite3 UPDATE {med['sq_tpl']:.2f}s  leadsync column run "
          f"{med['ls_tpl']:.2f}s ({med['ls_tpl'] / a.rows * 1e6:.2f}s per million; target <= 5)  "
          f"ratio {med['ls_tpl'] / med['sq_tpl']:.1f}  peak RSS {rss['template']:.0f} MB")


if __name__ == "__main__":
    main()
