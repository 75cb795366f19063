#!/usr/bin/python3
"""Local API benchmark: lead creations per second through `leadsync-cli serve`, against a plain SQLite
insert loop in the same run.

    tests/bench/bench_api.py --cli build/default/app/cli/leadsync-cli [--leads 5000] [--clients 1]

1. API: starts `leadsync-cli serve` on a new workspace and POSTs --leads leads (distinct emails, a name,
   a phone to normalise, a company) over --clients keep-alive connections; each request is answered
   after its lead is committed. Target: >= 500 creations/s.
2. Reference: Python's sqlite3 inserting the same leads into a table of the same columns, one
   transaction per lead (as each API request commits), WAL and synchronous=NORMAL as the workspace.
Prints both rates and their ratio.
"""
import argparse
import http.client
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

TOKEN = "bench-token-0123456789abcdef"


def leads(count):
    return [
        {
            "name": f"Lead Number{i}",
            "email": f"lead{i}@example{i % 97}.com",
            "phone": f"+49 30 {1000000 + i}",
            "company": f"Company {i % 1000}",
        }
        for i in range(count)
    ]


def post_all(port, batch):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
    for lead in batch:
        connection.request("POST", "/leads", json.dumps(lead), headers)
        response = connection.getresponse()
        response.read()
        if response.status != 201:
            sys.exit(f"unexpected {response.status}")
    connection.close()


def api_rate(cli, folder, all_leads, clients):
    env = dict(os.environ, LEADSYNC_API_TOKEN=TOKEN, XDG_DATA_HOME=str(folder))
    server = subprocess.Popen(
        [cli, "--workspace", str(folder / "api.leadsync"), "serve", "--listen", "127.0.0.1:0"],
        env=env, stdout=subprocess.PIPE, text=True)
    try:
        port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
        post_all(port, all_leads[:20])  # warm up: the workspace open, the first writes
        rest = all_leads[20:]
        started = time.perf_counter()
        threads = [threading.Thread(target=post_all, args=(port, rest[i::clients])) for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return len(rest) / (time.perf_counter() - started)
    finally:
        server.terminate()
        server.wait()


def sqlite_rate(folder, all_leads):
    db = sqlite3.connect(folder / "reference.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE leads (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT,"
               " phone TEXT, company TEXT, source TEXT, created_at INTEGER, updated_at INTEGER)")
    started = time.perf_counter()
    for lead in all_leads:
        first, _, last = lead["name"].partition(" ")
        now = int(time.time() * 1000)
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO leads (first_name, last_name, email, phone, company, source, created_at,"
                   " updated_at) VALUES (?, ?, ?, ?, ?, 'api', ?, ?)",
                   (first, last, lead["email"], lead["phone"], lead["company"], now, now))
        db.execute("COMMIT")
    rate = len(all_leads) / (time.perf_counter() - started)
    db.close()
    return rate


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--leads", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=1)
    args = parser.parse_args()
    all_leads = leads(args.leads)
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        api = api_rate(args.cli, folder, all_leads, args.clients)
        reference = sqlite_rate(folder, all_leads)
    print(f"API, {args.clients} keep-alive client(s): {api:,.0f} lead creations/s (target >= 500)")
    print(f"sqlite3 insert loop, a transaction per lead: {reference:,.0f} inserts/s")
    print(f"ratio API / sqlite3: {api / reference:.2f}")


if __name__ == "__main__":
    main()
