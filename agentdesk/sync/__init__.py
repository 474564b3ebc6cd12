"""Talking to servers: IMAP, SMTP, ticket APIs, the outbox pusher, and credentials in the OS keyring."""
