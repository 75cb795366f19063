#!/usr/bin/python3
"""Outreach benchmark: enrolling and planning, and sending, against a reference in the same run.

    tests/bench/bench_outreach.py --cli build/default/app/cli/leadsync-cli [--enroll 100000] [--send 10000]

1. Enroll: imports --enroll generated leads (../shared/gen_leads.py), adds a mailbox and a one-step
   sequence, and times `leadsync-cli enroll` (every lead enrolled and its first message planned).
   Target: <= 2 s for 100,000.
2. Send: enrolls --send leads with gap and caps off and times one `leadsync-cli outreach tick` that
   sends them all to a local SMTP sink (aiosmtpd, which discards). The reference is Python's smtplib
   sending the same number of the same-sized message over one connection to the same sink.
   Target: LeadSync's rate >= 0.8 x smtplib's.
Uses the system python3 (aiosmtpd is python3-aiosmtpd).
"""
import argparse
import pathlib
import smtplib
import socket
import subprocess
import sys
import tempfile
import time

from aiosmtpd.controller import Controller

HERE = pathlib.Path(__file__).resolve().parent
GEN = HERE.parents[2] / "shared" / "gen_leads.py"


class Discard:
    def __init__(self):
        self.count = 0
        self.sample = b""

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        if not self.sample:
            self.sample = envelope.original_content
        return "250 OK"


def run(cli, workspace, *args, now=None):
    cmd = [cli, "--workspace", str(workspace)] + (["--now", now] if now else []) + list(args)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(cmd), done.stderr))
    return elapsed, done.stdout


def prepare(cli, work, name, rows, port):
    csv = work / ("%s.csv" % name)
    subprocess.run([sys.executable, str(GEN), "--rows", str(rows), "--out", str(csv)], check=True,
                   capture_output=True)
    workspace = work / ("%s.leadsync" % name)
    run(cli, workspace, "import", str(csv), "--dedupe", "none")
    run(cli, workspace, "mailbox", "add", "Main", "--from", "Bench <bench@example.com>", "--smtp",
        "smtp://127.0.0.1:%d" % port, "--time-zone", "UTC", "--window", "mon-sun 00:00-24:00",
        "--daily-cap", "1000000", "--gap", "0-0")
    sequence = work / "sequence.json"
    sequence.write_text('{"name": "Bench", "mailbox": "Main", "window": {"days": "mon-sun", "from": "00:00",'
                        ' "to": "24:00", "time_zone": "UTC"}, "steps": [{"after": "0m", "subject": '
                        '"Hello {{first_name|there}}", "body": "Hi {{first_name|there}},\\n\\nA short note about '
                        '{{company|your company}}.\\n\\nBest,\\nBench"}]}')
    run(cli, workspace, "sequence", "add", str(sequence))
    return workspace


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--enroll", type=int, default=100_000)
    ap.add_argument("--send", type=int, default=10_000)
    a = ap.parse_args()
    handler = Discard()
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    now = "2026-06-15T10:00:00Z"
    with tempfile.TemporaryDirectory() as folder:
        work = pathlib.Path(folder)
        workspace = prepare(a.cli, work, "enroll", a.enroll, port)
        elapsed, out = run(a.cli, workspace, "enroll", "Bench", "--json", now=now)
        print("enroll  %d leads in %.2f s (target <= 2 s for 100,000): %s" % (a.enroll, elapsed, out.strip()))

        workspace = prepare(a.cli, work, "send", a.send, port)
        run(a.cli, workspace, "enroll", "Bench", now=now)
        handler.count = 0
        elapsed, out = run(a.cli, workspace, "outreach", "tick", "--json", now=now)
        sent = handler.count
        ours = sent / elapsed
        sample = handler.sample
        handler.count = 0
        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as smtp:
            for i in range(sent):
                smtp.sendmail("bench@example.com", ["lead%d@example.org" % i], sample)
        reference = sent / (time.perf_counter() - start)
        print("send    %d messages in %.2f s: %.0f/s; smtplib %.0f/s; ratio %.2f (target >= 0.8)  %s"
              % (sent, elapsed, ours, reference, ours / reference, out.strip()))
    controller.stop()


if __name__ == "__main__":
    main()
