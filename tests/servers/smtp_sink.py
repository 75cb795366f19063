#!/usr/bin/python3
"""An SMTP server on loopback for LeadSync's tests (aiosmtpd), which misbehaves on request.

Usage: smtp_sink.py MAILDIR [--auth USER:PASSWORD]
Prints "READY <port>" once it listens on 127.0.0.1. Every accepted message is written to MAILDIR as
NNNNNN.eml (the recipient on the first line as "X-Rcpt-To: ..."), before the server answers.
The recipient's local part picks a behaviour:
  reject-rcpt@...   550 on RCPT            tempfail-rcpt@... 451 on RCPT
  reject-data@...   554 after DATA         tempfail-data@... 451 after DATA
  slow@...          stores, then waits 5 s before answering 250
  drop@...          stores, then closes the connection without an answer
anything else is stored and answered 250.
"""
import asyncio
import itertools
import os
import socket
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

counter = itertools.count(1)


class Handler:
    def __init__(self, maildir):
        self.maildir = maildir

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local == "reject-rcpt":
            return "550 5.1.1 No such user here"
        if local == "tempfail-rcpt":
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        local = envelope.rcpt_tos[0].split("@")[0].lower()
        if local == "reject-data":
            return "554 5.7.1 Message refused as spam"
        if local == "tempfail-data":
            return "451 4.7.1 Greylisted, try again"
        path = os.path.join(self.maildir, "%06d.eml" % next(counter))
        with open(path + ".tmp", "wb") as out:
            out.write(("X-Rcpt-To: %s\r\n" % envelope.rcpt_tos[0]).encode())
            out.write(envelope.original_content)
        os.rename(path + ".tmp", path)
        if local == "slow":
            await asyncio.sleep(5)
        if local == "drop":
            server.transport.close()
        return "250 2.0.0 Queued"


def main():
    maildir = sys.argv[1]
    auth = None
    if "--auth" in sys.argv:
        auth = sys.argv[sys.argv.index("--auth") + 1].encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login + b":" + auth_data.password == auth:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    options = {}
    if auth:
        options = dict(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    controller = Controller(Handler(maildir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or is gone)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
