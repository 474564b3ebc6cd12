"""Pure logic without I/O or Qt: business hours, SLA timers, templates, query parsing, threading, metrics."""
