"""Real servers for tests and benchmarks: a private Dovecot (IMAP) and an in-process aiosmtpd (SMTP), on loopback."""
