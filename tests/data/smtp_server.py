"""A real SMTP server (aiosmtpd) on loopback for the RCPT probe tests.

Usage: smtp_server.py PORT. Prints "ready" once listening; stops on SIGTERM.
Takes mail for ana@withmx.test only, and for every address of catchall.test (a catch-all domain);
refuses every other recipient with 550, and all message data (the probe never sends any).
"""
import signal
import sys

from aiosmtpd.controller import Controller


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rpartition("@")[2].lower()
        if domain == "catchall.test" or address.lower() == "ana@withmx.test":
            envelope.rcpt_tos.append(address)
            return "250 2.1.5 OK"
        return "550 5.1.1 No such user here"

    async def handle_DATA(self, server, session, envelope):
        return "554 5.7.1 No mail is taken here"


controller = Controller(Handler(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
