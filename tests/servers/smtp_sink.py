#!/usr/bin/python3
"""An SMTP server on loopback for LeadSync's tests (aiosmtpd), which misbehaves on request.

Usage: smtp_sink.py MAILDIR [--auth USER:PASSWORD] [--bearer USER:TOKEN]
--bearer takes SASL XOAUTH2 (RFC 7628's form, as Gmail and Microsoft 365 use it) with that one access
token; any other token gets Gmail's expired-token challenge (a 334 with a JSON status 401) and a 535.
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
import base64
import itertools
import os
import socket
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

counter = itertools.count(1)


class Handler:
    def __init__(self, maildir, bearer=None):
        self.maildir = maildir
        self.bearer = bearer

    async def auth_XOAUTH2(self, server, args):
        if self.bearer is None:
            return AuthResult(success=False, handled=False)
        if len(args) > 1:
            response = base64.b64decode(args[1])
        else:
            response = await server.challenge_auth(b"", encode_to_b64=False)
        fields = dict(part.split(b"=", 1) for part in response.split(b"\x01") if b"=" in part)
        user, token = self.bearer.split(b":", 1)
        if fields.get(b"user") == user and fields.get(b"auth") == b"Bearer " + token:
            return AuthResult(success=True, auth_data=user)
        challenge = b'{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}'
        await server.challenge_auth(challenge)
        return AuthResult(success=False, handled=False)

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
    bearer = None
    if "--bearer" in sys.argv:
        bearer = sys.argv[sys.argv.index("--bearer") + 1].encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login + b":" + auth_data.password == auth:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    options = {}
    if auth or bearer:
        options = dict(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    controller = Controller(Handler(maildir, bearer), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or is gone)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
