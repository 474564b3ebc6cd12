"""Realistic support mail for tests and benchmarks: threads, several languages, HTML parts, attachments.

Everything is deterministic for a given seed. `support_mailbox(n)` gives a mailbox the way a shared support
address sees it: customers write to the team (INBOX), the team answers (Sent), customers follow up, with proper
Message-ID / In-Reply-To / References chains. `message(...)` builds one message by hand.
"""

from __future__ import annotations

import email.utils
import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

TEAM_ADDRESS = "support@shop.example"
TEAM_NAME = "Shop Support"


@dataclass(frozen=True)
class Language:
    code: str
    names: tuple[str, ...]
    subjects: tuple[str, ...]
    openings: tuple[str, ...]
    follow_ups: tuple[str, ...]
    replies: tuple[str, ...]
    greeting: str


LANGUAGES: tuple[Language, ...] = (
    Language(
        "en",
        ("Alice Johnson", "Bob Miller", "Carol White", "Dan Brown", "Eve Davis"),
        ("Order not delivered", "Refund request", "Wrong size received", "Invoice missing", "Cannot log in"),
        (
            "I ordered a blue jacket two weeks ago and it has still not arrived. The tracking page shows no update "
            "since last Monday. Could you please check what happened to my parcel?",
            "I returned the shoes last week but I have not received my refund yet. Can you tell me when the money "
            "will be back on my card?",
        ),
        ("Any news on this? I am still waiting.", "Thanks, that worked. One more question about the warranty."),
        ("Thank you for your message. We have checked your order and a replacement is on its way.",),
        "Hello",
    ),
    Language(
        "de",
        ("Jürgen Müller", "Anna Schäfer", "Lukas Weiß", "Sophie Groß"),
        ("Bestellung nicht angekommen", "Rücksendung und Erstattung", "Falsche Größe geliefert", "Rechnung fehlt"),
        (
            "Ich habe vor zwei Wochen eine Jacke bestellt und sie ist immer noch nicht angekommen. Die Sendungs"
            "verfolgung zeigt seit Montag keine Änderung. Können Sie bitte nachsehen, wo mein Paket ist?",
            "Ich habe die Schuhe letzte Woche zurückgeschickt, aber noch keine Erstattung erhalten. Wann wird das "
            "Geld auf meinem Konto gutgeschrieben?",
        ),
        ("Gibt es schon Neuigkeiten? Ich warte immer noch.", "Danke, das hat funktioniert."),
        ("Vielen Dank für Ihre Nachricht. Wir haben Ihre Bestellung geprüft, Ersatz ist unterwegs.",),
        "Hallo",
    ),
    Language(
        "fr",
        ("Élodie Dubois", "François Lefèvre", "Chloé Moreau"),
        ("Commande non reçue", "Demande de remboursement", "Mauvaise taille reçue"),
        (
            "J'ai commandé une veste il y a deux semaines et elle n'est toujours pas arrivée. Le suivi n'indique "
            "aucun changement depuis lundi. Pourriez-vous vérifier où se trouve mon colis ?",
        ),
        ("Avez-vous des nouvelles ? J'attends toujours.", "Merci, cela a fonctionné."),
        ("Merci pour votre message. Nous avons vérifié votre commande et un remplacement est en route.",),
        "Bonjour",
    ),
    Language(
        "es",
        ("José García", "María Fernández", "Lucía Martínez"),
        ("Pedido no entregado", "Solicitud de reembolso", "Talla equivocada"),
        (
            "Hice un pedido hace dos semanas y todavía no ha llegado. El seguimiento no muestra cambios desde el "
            "lunes. ¿Podrían comprobar qué ha pasado con mi paquete?",
        ),
        ("¿Hay alguna novedad? Sigo esperando.", "Gracias, ya funciona."),
        ("Gracias por su mensaje. Hemos revisado su pedido y el reemplazo ya está en camino.",),
        "Hola",
    ),
    Language(
        "ru",
        ("Иван Петров", "Ольга Смирнова", "Дмитрий Кузнецов"),
        ("Заказ не доставлен", "Возврат денег", "Не тот размер"),
        (
            "Я заказал куртку две недели назад, и она до сих пор не пришла. Отслеживание не показывает изменений "
            "с понедельника. Пожалуйста, проверьте, что случилось с моей посылкой.",
        ),
        ("Есть новости? Я всё ещё жду.", "Спасибо, всё работает."),
        ("Спасибо за ваше сообщение. Мы проверили заказ, замена уже в пути.",),
        "Здравствуйте",
    ),
    Language(
        "ja",
        ("山田太郎", "佐藤花子"),
        ("注文が届きません", "返金について"),
        (
            "二週間前にジャケットを注文しましたが、まだ届いていません。配送状況は月曜日から更新されていません。確認していただけますか。",
        ),
        ("その後いかがでしょうか。まだ待っています。",),
        ("お問い合わせありがとうございます。ご注文を確認し、代わりの商品を発送しました。",),
        "こんにちは",
    ),
    Language(
        "zh",
        ("王伟", "李娜"),
        ("订单未送达", "退款申请"),
        ("我两周前订购了一件夹克，但至今仍未收到。物流信息自周一以来没有更新。请帮我查一下我的包裹。",),
        ("有什么消息吗？我还在等。",),
        ("感谢您的来信。我们已核实您的订单，替换商品正在寄送中。",),
        "您好",
    ),
    Language(
        "hi",
        ("राहुल शर्मा", "प्रिया पटेल"),
        ("ऑर्डर नहीं मिला", "रिफंड का अनुरोध"),
        ("मैंने दो सप्ताह पहले एक जैकेट ऑर्डर की थी लेकिन वह अभी तक नहीं आई है। कृपया मेरे पार्सल की जाँच करें।",),
        ("क्या कोई खबर है? मैं अभी भी इंतज़ार कर रहा हूँ।",),
        ("आपके संदेश के लिए धन्यवाद। हमने आपका ऑर्डर जाँच लिया है।",),
        "नमस्ते",
    ),
)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class GeneratedMail:
    raw: bytes
    message_id: str  # without angle brackets
    folder: str  # "INBOX" for what customers wrote, "Sent" for the team's replies
    thread: int
    subject: str
    sender: str
    date: datetime
    language: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)
    has_html: bool = False
    attachments: int = 0


def message(
    *,
    subject: str,
    sender: str | tuple[str, str],
    to: str | tuple[str, str] | Sequence[str | tuple[str, str]] = (TEAM_NAME, TEAM_ADDRESS),
    body: str,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    date: datetime | None = None,
    html: str | None = None,
    attachments: Sequence[Attachment] = (),
    extra_headers: Sequence[tuple[str, str]] = (),
) -> bytes:
    """One RFC 5322 message (CRLF line ends). Message-IDs are given without angle brackets."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = _address(sender)
    recipients = [to] if isinstance(to, str | tuple) else list(to)
    msg["To"] = ", ".join(_address(r) for r in recipients)
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date or datetime.now(UTC))
    domain = _address_only(sender).rpartition("@")[2] or "example.org"
    msg["Message-ID"] = f"<{message_id or email.utils.make_msgid(domain=domain)[1:-1]}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    for name, value in extra_headers:
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for att in attachments:
        maintype, _, subtype = att.content_type.partition("/")
        msg.add_attachment(att.data, maintype=maintype, subtype=subtype, filename=att.filename)
    return msg.as_bytes()


def _address(value: str | tuple[str, str]) -> str:
    return email.utils.formataddr(value) if isinstance(value, tuple) else value


def _address_only(value: str | tuple[str, str]) -> str:
    return value[1] if isinstance(value, tuple) else email.utils.parseaddr(value)[1]


def _html(greeting: str, text: str, rng: random.Random) -> str:
    pixel = (
        f'<img src="https://track.example.net/open.gif?id={rng.randrange(10**6)}" width="1" height="1">'
        if rng.random() < 0.3
        else ""
    )
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
    return (
        f'<html><body><div style="font-family: sans-serif"><p><b>{greeting},</b></p>{paragraphs}'
        f'<p><a href="https://shop.example/orders">My orders</a></p>{pixel}</div></body></html>'
    )


def _attachment(rng: random.Random, size: int) -> Attachment:
    kind = rng.choice(("pdf", "png", "txt"))
    if kind == "txt":
        data = "".join(f"log line {i}\n" for i in range(max(1, size // 12))).encode()
    else:
        data = rng.randbytes(size)
    names = {
        "pdf": ("invoice.pdf", "application/pdf"),
        "png": ("photo.png", "image/png"),
        "txt": ("log.txt", "text/plain"),
    }
    filename, ctype = names[kind]
    return Attachment(filename, ctype, data)


def support_mailbox(
    count: int,
    *,
    seed: int = 1,
    team_address: str = TEAM_ADDRESS,
    start: datetime | None = None,
    html_ratio: float = 0.3,
    attachment_ratio: float = 0.08,
    attachment_size: int = 60_000,
    reply_ratio: float = 0.5,
) -> list[GeneratedMail]:
    """`count` messages in threads of 1-5, oldest first, spread over the days before `start`."""
    rng = random.Random(seed)
    end = start or datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    mails: list[GeneratedMail] = []
    thread_no = 0
    # Dates go forward from a point far enough back that the last thread ends near `end`.
    when = end - timedelta(minutes=37 * count)
    while len(mails) < count:
        thread_no += 1
        lang = rng.choice(LANGUAGES)
        name = rng.choice(lang.names)
        plain = unicodedata.normalize("NFKD", name.lower()).replace(" ", ".")
        local = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == ".")).strip(".")
        local = local or f"customer{thread_no}"
        customer = (name, f"{local}.{thread_no}@{rng.choice(('mail.example', 'post.example.org', 'web.example.net'))}")
        team = (TEAM_NAME, team_address)
        subject = rng.choice(lang.subjects) + f" #{10000 + thread_no}"
        length = min(count - len(mails), rng.choice((1, 1, 2, 2, 3, 3, 4, 5)))
        chain: list[str] = []
        for position in range(length):
            when += timedelta(minutes=rng.randrange(5, 60))
            ours = position % 2 == 1 and rng.random() < reply_ratio * 2
            if ours:
                text = f"{lang.greeting} {name},\n\n{rng.choice(lang.replies)}\n\n{TEAM_NAME}"
                sender, to = team, customer
            else:
                opening = lang.openings if position == 0 else lang.follow_ups
                text = f"{lang.greeting},\n\n{rng.choice(opening)}\n\n{name}"
                sender, to = customer, team
            domain = sender[1].rpartition("@")[2]
            message_id = f"{thread_no}.{position}.{rng.randrange(16**8):08x}@{domain}"
            html = _html(lang.greeting, text, rng) if not ours and rng.random() < html_ratio else None
            attachments = (
                [_attachment(rng, rng.randrange(attachment_size // 4, attachment_size * 2))]
                if not ours and rng.random() < attachment_ratio
                else []
            )
            raw = message(
                subject=subject if position == 0 else f"Re: {subject}",
                sender=sender,
                to=to,
                body=text,
                message_id=message_id,
                in_reply_to=chain[-1] if chain else None,
                references=chain[-10:],
                date=when,
                html=html,
                attachments=attachments,
            )
            mails.append(
                GeneratedMail(
                    raw=raw,
                    message_id=message_id,
                    folder="Sent" if ours else "INBOX",
                    thread=thread_no,
                    subject=subject,
                    sender=sender[1],
                    date=when,
                    language=lang.code,
                    in_reply_to=chain[-1] if chain else None,
                    references=tuple(chain[-10:]),
                    has_html=html is not None,
                    attachments=len(attachments),
                )
            )
            chain.append(message_id)
    return mails


def iter_raw(mails: Sequence[GeneratedMail], folder: str | None = None) -> Iterator[bytes]:
    for mail in mails:
        if folder is None or mail.folder == folder:
            yield mail.raw
