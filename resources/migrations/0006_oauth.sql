-- LeadSync workspace schema, version 6: mailboxes that sign in with OAuth 2 (XOAUTH2), as Gmail and
-- Microsoft 365 want. Only the public part of the client is kept here (its id and the provider's
-- URLs); the tokens and a client secret are in the keychain entry password_env names, never here.
-- See docs/decisions/0015-oauth-mailboxes.md.

ALTER TABLE mailboxes ADD COLUMN oauth_client_id TEXT NOT NULL DEFAULT '';          -- '': a password
ALTER TABLE mailboxes ADD COLUMN oauth_authorization_url TEXT NOT NULL DEFAULT '';
ALTER TABLE mailboxes ADD COLUMN oauth_token_url TEXT NOT NULL DEFAULT '';
ALTER TABLE mailboxes ADD COLUMN oauth_scope TEXT NOT NULL DEFAULT '';
