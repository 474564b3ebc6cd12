"""Phrase banks for the demo shop's support mail, in the five languages the team writes.

Each topic has customer subjects, customer openings/bodies and team replies; `{order}`, `{product}`,
`{size}`, `{days}`, `{code}` and `{name}` are filled in by the generator.
"""

from __future__ import annotations

PRODUCTS = {
    "en": ["trail backpack 35 L", "rain jacket", "hiking boots", "down sleeping bag", "camping stove", "headlamp"],
    "de": ["Wanderrucksack 35 L", "Regenjacke", "Wanderschuhe", "Daunenschlafsack", "Campingkocher", "Stirnlampe"],
    "es": [
        "mochila de trekking 35 L",
        "chaqueta impermeable",
        "botas de montaña",
        "saco de dormir",
        "hornillo",
        "linterna frontal",
    ],
    "id": ["ransel gunung 35 L", "jaket hujan", "sepatu hiking", "sleeping bag", "kompor camping", "senter kepala"],
    "hi": ["ट्रेकिंग बैग 35 L", "रेन जैकेट", "हाइकिंग जूते", "स्लीपिंग बैग", "कैंपिंग स्टोव", "हेडलैम्प"],
}

# topic -> language -> (subjects, customer bodies, team replies); SUBJECT_OF[topic][i] is the subject that
# fits body i, and reply i answers body i (modulo the number of replies).
TOPICS: dict[str, dict[str, tuple[list[str], list[str], list[str]]]] = {
    "shipping": {
        "en": (
            ["Where is my order {order}?", "Order {order} not arrived yet", "Delivery status for {order}"],
            [
                "Hi, I ordered the {product} {days} days ago (order {order}) and it still hasn't arrived. Can you check?",
                "Hello, the tracking for order {order} hasn't moved since Monday. Is the parcel lost?",
                "I need the {product} for a trip this weekend. Will order {order} arrive in time?",
            ],
            [
                "Hi {name}, thanks for waiting. Order {order} left our warehouse yesterday; it should reach you in 2 days.",
                "Hi {name}, the carrier confirmed a delay in your area. We have sent a replacement by express at no cost.",
            ],
        ),
        "de": (
            ["Wo bleibt meine Bestellung {order}?", "Lieferung {order} noch nicht da", "Sendungsverfolgung {order}"],
            [
                "Hallo, ich habe vor {days} Tagen den {product} bestellt (Bestellung {order}) und er ist noch nicht da.",
                "Guten Tag, die Sendungsverfolgung für {order} zeigt seit Montag nichts Neues. Ist das Paket verloren?",
                "Ich brauche die {product} für eine Tour am Wochenende. Kommt die Bestellung {order} rechtzeitig?",
            ],
            [
                "Hallo {name}, danke für Ihre Geduld. Bestellung {order} hat gestern unser Lager verlassen.",
                "Hallo {name}, der Paketdienst meldet eine Verzögerung. Wir schicken kostenlos per Express Ersatz.",
            ],
        ),
        "es": (
            ["¿Dónde está mi pedido {order}?", "El pedido {order} no ha llegado", "Estado del envío {order}"],
            [
                "Hola, pedí la {product} hace {days} días (pedido {order}) y todavía no ha llegado. ¿Podéis revisarlo?",
                "Buenas, el seguimiento del pedido {order} no se mueve desde el lunes. ¿Se ha perdido el paquete?",
                "Necesito la {product} para una excursión este fin de semana. ¿Llegará el pedido {order} a tiempo?",
            ],
            [
                "Hola {name}, gracias por esperar. El pedido {order} salió ayer de nuestro almacén; llegará en 2 días.",
                "Hola {name}, la empresa de transporte confirma un retraso. Te enviamos otro por urgente sin coste.",
            ],
        ),
        "id": (
            ["Pesanan {order} belum sampai", "Di mana pesanan saya {order}?", "Status pengiriman {order}"],
            [
                "Halo, saya memesan {product} {days} hari yang lalu (pesanan {order}) tapi belum sampai. Bisa dicek?",
                "Selamat siang, pelacakan pesanan {order} tidak berubah sejak Senin. Apakah paketnya hilang?",
                "Saya butuh {product} untuk mendaki akhir pekan ini. Apakah pesanan {order} sampai tepat waktu?",
            ],
            [
                "Halo {name}, terima kasih sudah menunggu. Pesanan {order} sudah dikirim kemarin, tiba dalam 2 hari.",
                "Halo {name}, kurir mengonfirmasi ada keterlambatan. Kami kirim pengganti dengan ekspres tanpa biaya.",
            ],
        ),
        "hi": (
            ["मेरा ऑर्डर {order} कहाँ है?", "ऑर्डर {order} अभी तक नहीं मिला", "डिलीवरी की स्थिति {order}"],
            [
                "नमस्ते, मैंने {days} दिन पहले {product} ऑर्डर किया था (ऑर्डर {order}) लेकिन अभी तक नहीं मिला। कृपया देखें।",
                "नमस्ते, ऑर्डर {order} की ट्रैकिंग सोमवार से नहीं बदली है। क्या पार्सल खो गया है?",
                "मुझे इस सप्ताहांत यात्रा के लिए {product} चाहिए। क्या ऑर्डर {order} समय पर पहुँचेगा?",
            ],
            [
                "नमस्ते {name}, इंतज़ार के लिए धन्यवाद। ऑर्डर {order} कल हमारे गोदाम से निकल गया है, 2 दिन में पहुँचेगा।",
                "नमस्ते {name}, कूरियर ने देरी की पुष्टि की है। हमने बिना शुल्क के एक्सप्रेस से दूसरा भेज दिया है।",
            ],
        ),
    },
    "returns": {
        "en": (
            ["Return for order {order}", "Exchange size {size}", "The {product} is too small"],
            [
                "Hi, the {product} in size {size} is too small. Can I exchange it for the next size up?",
                "Hello, I'd like to return the {product} from order {order}. How do I get a return label?",
            ],
            [
                "Hi {name}, no problem at all. Your return label is attached; the exchange ships as soon as we scan it.",
                "Hi {name}, we've registered the return for order {order}. The refund reaches you within 5 days.",
            ],
        ),
        "de": (
            ["Rücksendung Bestellung {order}", "Umtausch Größe {size}", "{product} ist zu klein"],
            [
                "Hallo, die {product} in Größe {size} ist zu klein. Kann ich sie gegen die nächste Größe tauschen?",
                "Guten Tag, ich möchte den {product} aus Bestellung {order} zurückschicken. Wie bekomme ich ein Etikett?",
            ],
            [
                "Hallo {name}, gar kein Problem. Das Rücksendeetikett hängt an; der Umtausch geht sofort raus.",
                "Hallo {name}, wir haben die Rücksendung zu {order} erfasst. Die Erstattung kommt in 5 Tagen.",
            ],
        ),
        "es": (
            ["Devolución del pedido {order}", "Cambio de talla {size}", "La {product} me queda pequeña"],
            [
                "Hola, la {product} en talla {size} me queda pequeña. ¿Puedo cambiarla por una talla más?",
                "Buenas, quiero devolver la {product} del pedido {order}. ¿Cómo consigo la etiqueta de devolución?",
            ],
            [
                "Hola {name}, sin problema. Te adjunto la etiqueta de devolución; el cambio sale en cuanto la escaneemos.",
                "Hola {name}, hemos registrado la devolución del pedido {order}. El reembolso llegará en 5 días.",
            ],
        ),
        "id": (
            ["Pengembalian pesanan {order}", "Tukar ukuran {size}", "{product} terlalu kecil"],
            [
                "Halo, {product} ukuran {size} terlalu kecil. Bisa ditukar dengan ukuran yang lebih besar?",
                "Halo, saya ingin mengembalikan {product} dari pesanan {order}. Bagaimana cara mendapat label retur?",
            ],
            [
                "Halo {name}, tentu bisa. Label retur terlampir; penukaran dikirim begitu paket kami terima.",
                "Halo {name}, pengembalian pesanan {order} sudah tercatat. Dana kembali dalam 5 hari.",
            ],
        ),
        "hi": (
            ["ऑर्डर {order} की वापसी", "साइज़ {size} बदलना है", "{product} छोटा है"],
            [
                "नमस्ते, साइज़ {size} का {product} छोटा है। क्या मैं इसे बड़े साइज़ से बदल सकता हूँ?",
                "नमस्ते, मैं ऑर्डर {order} का {product} वापस करना चाहता हूँ। रिटर्न लेबल कैसे मिलेगा?",
            ],
            [
                "नमस्ते {name}, कोई बात नहीं। रिटर्न लेबल संलग्न है; पार्सल मिलते ही बदला हुआ सामान भेज देंगे।",
                "नमस्ते {name}, ऑर्डर {order} की वापसी दर्ज हो गई है। 5 दिनों में रिफंड मिल जाएगा।",
            ],
        ),
    },
    "billing": {
        "en": (
            ["Invoice for order {order}", "Charged twice for {order}", "Discount code {code} not working"],
            [
                "Hi, could you send me a proper invoice with my company's VAT number for order {order}?",
                "Hello, my card was charged twice for order {order}. Please refund the second payment.",
                "The discount code {code} from your newsletter says it is invalid at checkout.",
            ],
            [
                "Hi {name}, the invoice with your VAT number is attached.",
                "Hi {name}, sorry about that: the duplicate payment has been refunded and shows within 3 days.",
                "Hi {name}, sorry: the code {code} works again now, and we added 5% extra for the trouble.",
            ],
        ),
        "de": (
            ["Rechnung zu Bestellung {order}", "Doppelt abgebucht {order}", "Rabattcode {code} funktioniert nicht"],
            [
                "Hallo, können Sie mir für Bestellung {order} eine Rechnung mit unserer USt-IdNr. schicken?",
                "Guten Tag, meine Karte wurde für {order} zweimal belastet. Bitte erstatten Sie die zweite Zahlung.",
                "Der Rabattcode {code} aus dem Newsletter wird an der Kasse als ungültig abgelehnt.",
            ],
            [
                "Hallo {name}, die Rechnung mit Ihrer USt-IdNr. hängt an.",
                "Hallo {name}, entschuldigen Sie bitte: die doppelte Zahlung ist erstattet und in 3 Tagen sichtbar.",
                "Hallo {name}, Entschuldigung: der Code {code} funktioniert wieder, dazu 5 % extra für den Ärger.",
            ],
        ),
        "es": (
            ["Factura del pedido {order}", "Cobro duplicado {order}", "El código {code} no funciona"],
            [
                "Hola, ¿me podéis enviar la factura del pedido {order} con el CIF de mi empresa?",
                "Buenas, me habéis cobrado dos veces el pedido {order}. Por favor, devolved el segundo cargo.",
                "El código de descuento {code} del boletín dice que no es válido al pagar.",
            ],
            [
                "Hola {name}, te adjunto la factura con tu CIF.",
                "Hola {name}, perdona las molestias: el cargo duplicado ya está devuelto y lo verás en 3 días.",
                "Hola {name}, perdona: el código {code} ya funciona y te sumamos un 5 % extra por las molestias.",
            ],
        ),
        "id": (
            ["Faktur pesanan {order}", "Tertagih dua kali {order}", "Kode diskon {code} tidak berlaku"],
            [
                "Halo, bisa kirimkan faktur pesanan {order} dengan NPWP perusahaan saya?",
                "Halo, kartu saya ditagih dua kali untuk pesanan {order}. Mohon kembalikan pembayaran kedua.",
                "Kode diskon {code} dari newsletter ditolak saat checkout.",
            ],
            [
                "Halo {name}, faktur dengan NPWP Anda terlampir.",
                "Halo {name}, mohon maaf: pembayaran ganda sudah dikembalikan dan terlihat dalam 3 hari.",
                "Halo {name}, mohon maaf: kode {code} sudah berlaku lagi, plus tambahan diskon 5%.",
            ],
        ),
        "hi": (
            ["ऑर्डर {order} का बिल", "{order} के लिए दो बार पैसे कटे", "डिस्काउंट कोड {code} काम नहीं कर रहा"],
            [
                "नमस्ते, क्या आप ऑर्डर {order} का GST नंबर वाला बिल भेज सकते हैं?",
                "नमस्ते, ऑर्डर {order} के लिए मेरे कार्ड से दो बार पैसे कटे हैं। कृपया दूसरा भुगतान लौटाएँ।",
                "न्यूज़लेटर का डिस्काउंट कोड {code} चेकआउट पर अमान्य बताया जा रहा है।",
            ],
            [
                "नमस्ते {name}, आपके GST नंबर वाला बिल संलग्न है।",
                "नमस्ते {name}, असुविधा के लिए खेद है: दूसरा भुगतान लौटा दिया गया है, 3 दिन में दिखेगा।",
                "नमस्ते {name}, खेद है: कोड {code} अब काम कर रहा है, और असुविधा के लिए 5% अतिरिक्त छूट।",
            ],
        ),
    },
    "product-question": {
        "en": (
            ["Question about the {product}", "Is the {product} waterproof?", "Zipper broken on {product}"],
            [
                "Hi, is the {product} fully waterproof or only water-resistant? I'm hiking in Scotland next month.",
                "Hello, the zipper on my {product} broke after two weeks. Is that covered by the warranty?",
            ],
            [
                "Hi {name}, the {product} is fully waterproof (20,000 mm) with taped seams. Enjoy Scotland!",
                "Hi {name}, yes, that's covered. Send us a photo and we'll ship a replacement right away.",
            ],
        ),
        "de": (
            ["Frage zum {product}", "Ist die {product} wasserdicht?", "Reißverschluss kaputt"],
            [
                "Hallo, ist die {product} komplett wasserdicht oder nur wasserabweisend? Ich wandere bald in Norwegen.",
                "Guten Tag, der Reißverschluss meines {product} ist nach zwei Wochen kaputt. Ist das Garantie?",
            ],
            [
                "Hallo {name}, die {product} ist komplett wasserdicht (20.000 mm) mit verklebten Nähten.",
                "Hallo {name}, ja, das ist Garantie. Schicken Sie uns ein Foto, dann kommt sofort Ersatz.",
            ],
        ),
        "es": (
            ["Pregunta sobre la {product}", "¿La {product} es impermeable?", "Cremallera rota"],
            [
                "Hola, ¿la {product} es totalmente impermeable o solo repele el agua? Voy a los Picos de Europa.",
                "Buenas, la cremallera de mi {product} se rompió a las dos semanas. ¿Lo cubre la garantía?",
            ],
            [
                "Hola {name}, la {product} es totalmente impermeable (20.000 mm) con costuras selladas.",
                "Hola {name}, sí, lo cubre. Mándanos una foto y te enviamos otra enseguida.",
            ],
        ),
        "id": (
            ["Pertanyaan tentang {product}", "Apakah {product} tahan air?", "Resleting rusak"],
            [
                "Halo, apakah {product} benar-benar tahan air? Bulan depan saya mendaki Rinjani.",
                "Halo, resleting {product} saya rusak setelah dua minggu. Apakah termasuk garansi?",
            ],
            [
                "Halo {name}, {product} sepenuhnya tahan air (20.000 mm) dengan jahitan yang dilapisi.",
                "Halo {name}, ya, itu termasuk garansi. Kirimkan foto dan kami kirim pengganti segera.",
            ],
        ),
        "hi": (
            ["{product} के बारे में सवाल", "क्या {product} वॉटरप्रूफ है?", "ज़िप टूट गई"],
            [
                "नमस्ते, क्या {product} पूरी तरह वॉटरप्रूफ है? मैं अगले महीने हिमाचल में ट्रेकिंग पर जा रहा हूँ।",
                "नमस्ते, मेरे {product} की ज़िप दो हफ़्ते में टूट गई। क्या यह वारंटी में आता है?",
            ],
            [
                "नमस्ते {name}, {product} पूरी तरह वॉटरप्रूफ है (20,000 mm), सिलाई सील की हुई है।",
                "नमस्ते {name}, हाँ, यह वारंटी में है। फ़ोटो भेजें, हम तुरंत नया भेज देंगे।",
            ],
        ),
    },
}

FOLLOW_UPS = {
    "en": ["Thanks! One more question: can I also change the delivery address?", "Still nothing here, any news?"],
    "de": [
        "Danke! Noch eine Frage: Kann ich die Lieferadresse noch ändern?",
        "Hier ist immer noch nichts, gibt es Neuigkeiten?",
    ],
    "es": [
        "¡Gracias! Otra pregunta: ¿puedo cambiar la dirección de entrega?",
        "Sigue sin llegar nada, ¿alguna novedad?",
    ],
    "id": ["Terima kasih! Satu lagi: bisakah alamat pengiriman diubah?", "Masih belum ada, ada kabar?"],
    "hi": ["धन्यवाद! एक और सवाल: क्या मैं डिलीवरी का पता बदल सकता हूँ?", "अभी तक कुछ नहीं आया, कोई खबर?"],
}

THANKS = {
    "en": "Great, thank you so much!",
    "de": "Super, vielen Dank!",
    "es": "¡Genial, muchas gracias!",
    "id": "Baik, terima kasih banyak!",
    "hi": "बहुत बढ़िया, बहुत धन्यवाद!",
}

NOTES = [
    "Checked with the warehouse: it ships tomorrow morning.",
    "Customer is a wholesale partner, handle with priority.",
    "Carrier claim opened, reference pending.",
    "Refund approved by Mia.",
    "Second time this month; offer the 10% voucher.",
]

NAMES = {
    "en": (
        ["Emma", "Oliver", "Sophie", "Jack", "Grace", "Harry", "Chloe", "Liam", "Ava", "Noah"],
        ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "Wright", "Clarke", "Hall"],
    ),
    "de": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Paul", "Hannah", "Jan", "Sophie"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer"],
    ),
    "es": (
        ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Álvaro", "Carmen", "Javier", "Elena", "Mateo"],
        ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Muñoz"],
    ),
    "id": (
        ["Dewi", "Budi", "Siti", "Agus", "Putri", "Rizky", "Ayu", "Andi", "Wulan", "Fajar"],
        ["Lestari", "Santoso", "Wijaya", "Nugroho", "Kusuma", "Hidayat", "Saputra", "Pratama", "Susanto", "Halim"],
    ),
    "hi": (
        ["प्रिया", "राहुल", "अनन्या", "अर्जुन", "पूजा", "विकास", "नेहा", "रोहित", "कविता", "अमित"],
        ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "जोशी", "मेहता", "अग्रवाल", "कुमार", "रेड्डी"],
    ),
}
LATIN_NAMES_HI = (
    ["priya", "rahul", "ananya", "arjun", "pooja", "vikas", "neha", "rohit", "kavita", "amit"],
    ["sharma", "verma", "gupta", "singh", "patel", "joshi", "mehta", "agarwal", "kumar", "reddy"],
)
DOMAINS = {
    "en": ["mail.example.co.uk", "example.com", "outdoors.example"],
    "de": ["beispiel.de", "mail.example.de", "web.example.de"],
    "es": ["correo.example.es", "example.es", "montana.example"],
    "id": ["contoh.co.id", "mail.example.id", "example.id"],
    "hi": ["example.in", "mail.example.in", "trek.example.in"],
}
TIMEZONES = {
    "en": "Europe/London",
    "de": "Europe/Berlin",
    "es": "Europe/Madrid",
    "id": "Asia/Jakarta",
    "hi": "Asia/Kolkata",
}

SUBJECT_OF = {"shipping": [0, 1, 2], "returns": [1, 0], "billing": [0, 1, 2], "product-question": [1, 2]}
