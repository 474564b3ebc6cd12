"""The mail ingest's batches (agentdesk/sync/mail_ingest.py), beyond what the IMAP and import tests cover."""

from __future__ import annotations

from sqlalchemy import text

from agentdesk.mail.parse import parse_message
from agentdesk.store.database import Store
from agentdesk.sync.mail_ingest import IncomingMail, MailIngest, MailLocation
from tests.factories import make_account
from tests.servers.mailgen import message


def test_a_batch_that_joins_two_of_its_own_threads_keeps_all_messages(store: Store) -> None:
    """Newest first, two replies open two conversations; an older message referring to both joins them."""
    account = make_account(store)
    kim = ("Kim", "kim@example.org")
    first = message(subject="Re: one", sender=kim, body="a", message_id="a@x", in_reply_to="x@x", references=["x@x"])
    second = message(subject="Re: two", sender=kim, body="b", message_id="b@x", in_reply_to="y@x", references=["y@x"])
    both = message(subject="Re: both", sender=kim, body="d", message_id="d@x", references=["x@x", "y@x"])
    result = MailIngest(store, account).ingest(
        [IncomingMail(parse_message(raw), MailLocation("INBOX", n, 1)) for n, raw in enumerate((first, second, both))]
    )
    assert result.added == 3 and result.conversations_added == 1
    with store.read() as session:
        conversations = session.execute(text("SELECT id, message_count FROM conversations")).all()
        refs = set(session.execute(text("SELECT DISTINCT conversation_id FROM thread_refs")).scalars())
    assert len(conversations) == 1 and conversations[0][1] == 3
    assert refs == {conversations[0][0]}
