<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a ticket system</source>
        <translation>Ticketsystem hinzufügen</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Postfach hinzufügen</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sync tasks</source>
        <translation>Synchronisierungsaufgaben</translation>
    </message>
    <message>
        <source>Nothing is syncing right now.</source>
        <translation>Gerade wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Last sync per account</source>
        <translation>Letzte Synchronisierung je Konto</translation>
    </message>
    <message>
        <source>This workspace does not sync: the demo stays on this computer.</source>
        <translation>Dieser Arbeitsbereich wird nicht synchronisiert: Die Demo bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The background sync stopped unexpectedly (%1). AgentDesk restarts it in %2 s.</source>
        <translation>Die Hintergrund-Synchronisierung wurde unerwartet beendet (%1). AgentDesk startet sie in %2 s neu.</translation>
    </message>
    <message>
        <source>Working offline: nothing is fetched or sent until you go online again.</source>
        <translation>Offline: Es wird nichts abgerufen oder gesendet, bis Sie wieder online sind.</translation>
    </message>
    <message>
        <source>The background sync was restarted after it stopped unexpectedly; it runs again.</source>
        <translation>Die Hintergrund-Synchronisierung wurde nach einem unerwarteten Ende neu gestartet und läuft wieder.</translation>
    </message>
    <message>
        <source>The background sync runs in its own process; the window never waits for it.</source>
        <translation>Die Hintergrund-Synchronisierung läuft in einem eigenen Prozess; das Fenster wartet nie auf sie.</translation>
    </message>
    <message>
        <source>The last sync pass failed:</source>
        <translation>Der letzte Synchronisierungsdurchlauf ist fehlgeschlagen:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(und %n weiteres Problem)</numerusform>
            <numerusform>(und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Abgebrochen — wird bei der nächsten Synchronisierung fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing new</source>
        <translation>aktuell, nichts Neues</translation>
    </message>
    <message>
        <source>No sync has finished since the window opened.</source>
        <translation>Seit dem Öffnen des Fensters wurde noch keine Synchronisierung abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>“%s” was never downloaded, so it is not on this computer.</source>
        <translation>„%s“ wurde nie heruntergeladen und ist daher nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose Download to fetch it from the ticket system now (you need to be online).</source>
        <translation>Wählen Sie „Herunterladen“, um sie jetzt aus dem Ticketsystem zu holen (dafür müssen Sie online sein).</translation>
    </message>
    <message>
        <source>The mail server did not give AgentDesk its content, or it could not be read. Open the message in your mail provider&apos;s web page to get it.</source>
        <translation>Der Mailserver hat AgentDesk den Inhalt nicht geliefert, oder er war nicht lesbar. Öffnen Sie die Nachricht im Webmail Ihres Anbieters, um ihn zu erhalten.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>No program is set up to open “%s”.</source>
        <translation>Kein Programm ist zum Öffnen von „%s“ eingerichtet.</translation>
    </message>
    <message>
        <source>Use Save as… instead.</source>
        <translation>Verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The file could not be written (%s).</source>
        <translation>Die Datei konnte nicht geschrieben werden (%s).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Business hours and holidays</source>
        <translation>Geschäftszeiten und Feiertage</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>(no public holidays)</source>
        <translation>(keine Feiertage)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Opening hours (split shifts with commas)</source>
        <translation>Öffnungszeiten (geteilte Schichten mit Kommas)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Holidays in</source>
        <translation>Feiertage im Jahr</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(ganzes Land)</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>geschätztes Datum</translation>
    </message>
</context>
<context>
    <name>CannedEditor</name>
    <message>
        <source>Canned replies and articles</source>
        <translation>Antwortvorlagen und Artikel</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>typed after :: in the composer</source>
        <translation>wird im Editor nach :: eingegeben</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Sprache</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Diese Sprache entfernen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Variables: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Fallback: {{ customer.first_name | default(&quot;there&quot;) }}. Fill-in: {{ ask(&quot;Order number&quot;) }}. Conditions: {% if … %}…{% else %}…{% endif %}.</source>
        <translation>Variablen: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Ersatzwert: {{ customer.first_name | default(&quot;there&quot;) }}. Abfrage: {{ ask(&quot;Order number&quot;) }}. Bedingungen: {% if … %}…{% else %}…{% endif %}.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Vorschau für</translation>
    </message>
    <message>
        <source>Used %1 times; languages: %2</source>
        <translation>%1-mal verwendet; Sprachen: %2</translation>
    </message>
    <message>
        <source>(no customer: fallbacks show)</source>
        <translation>(kein Kunde: Ersatzwerte werden angezeigt)</translation>
    </message>
    <message>
        <source>Used %1 times</source>
        <translation>%1-mal verwendet</translation>
    </message>
    <message>
        <source>Other language code…</source>
        <translation>Anderer Sprachcode…</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, pt-BR):</source>
        <translation>Sprachcode (z. B. fr, pt-BR):</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>This customer would not get this reply:</source>
        <translation>Dieser Kunde würde diese Antwort nicht erhalten:</translation>
    </message>
    <message>
        <source>Another entry is already called “%1”. Choose another title.</source>
        <translation>Ein anderer Eintrag heißt bereits „%1“. Wählen Sie einen anderen Titel.</translation>
    </message>
    <message>
        <source>Not saved: fix the problem shown, or Revert</source>
        <translation>Nicht gespeichert: Beheben Sie das angezeigte Problem oder klicken Sie auf „Verwerfen“</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Antwortvorlage einfügen</translation>
    </message>
    <message>
        <source>Search titles, shortcuts and text…</source>
        <translation>Titel, Kürzel und Text durchsuchen…</translation>
    </message>
    <message>
        <source>The language of the reply; chosen from the customer&apos;s language</source>
        <translation>Die Sprache der Antwort; nach der Sprache des Kunden gewählt</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Insert the article&apos;s public address instead of its text</source>
        <translation>Die öffentliche Adresse des Artikels statt seines Textes einfügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ auswählen · Eingabe fügt ein · Esc schließt</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>Keine Treffer. Versuchen Sie weniger oder andere Wörter.</translation>
    </message>
    <message>
        <source>needed before inserting</source>
        <translation>vor dem Einfügen nötig</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Bitte ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Antwort schreiben … (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>Antwortvorlage…</translation>
    </message>
    <message>
        <source>Insert a canned reply or article (Ctrl+K, or type :: in the text)</source>
        <translation>Antwortvorlage oder Artikel einfügen (Strg+K oder :: im Text tippen)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>Dateien anhängen (oder auf die Antwort ziehen)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Strg+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Strg+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>Only your team sees notes</source>
        <translation>Notizen sieht nur Ihr Team</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>in the ticket system</source>
        <translation>im Ticketsystem</translation>
    </message>
    <message>
        <source>Reply goes to the customer %s</source>
        <translation>Die Antwort geht an den Kunden %s</translation>
    </message>
    <message>
        <source>Draft NOT saved</source>
        <translation>Entwurf NICHT gespeichert</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n frühere Nachricht anzeigen</numerusform>
            <numerusform>%n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 (%2)</source>
        <translation>Ortszeit des Kunden: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation>Wählen Sie eine Konversation aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Weitere Konversationen mit diesem Kunden</translation>
    </message>
    <message>
        <source>Priority: %s</source>
        <translation>Priorität: %s</translation>
    </message>
    <message>
        <source>Assigned to %s</source>
        <translation>Zugewiesen an %s</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>Zurückgestellt bis %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 überfällig seit %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 fällig %2</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 verfehlt</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n tracking pixel(s))</source>
        <translation>
            <numerusform>Externe Inhalte blockiert (%n Zählpixel)</numerusform>
            <numerusform>Externe Inhalte blockiert (%n Zählpixel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load once</source>
        <translation>Einmal laden</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Immer für diesen Absender</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>vom Kunden</translation>
    </message>
    <message>
        <source>internal, not sent to the customer</source>
        <translation>intern, nicht an den Kunden gesendet</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>an den Kunden</translation>
    </message>
    <message>
        <source>not sent: see Needs attention</source>
        <translation>nicht gesendet: siehe „Zu prüfen“</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Zitierten Text ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Show quoted text (%n line(s))</source>
        <translation>
            <numerusform>Zitierten Text zeigen (%n Zeile)</numerusform>
            <numerusform>Zitierten Text zeigen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>This message was damaged; AgentDesk repaired what it could.</source>
        <translation>Diese Nachricht war beschädigt; AgentDesk hat repariert, was möglich war.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Notes about this customer (only your team sees them)</source>
        <translation>Notizen zu diesem Kunden (nur Ihr Team sieht sie)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Your own fields (plan, order number…), usable in canned replies. Empty the name to remove one.</source>
        <translation>Eigene Felder (Tarif, Bestellnummer…), nutzbar in Textbausteinen. Leeren Sie den Namen, um eines zu entfernen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Undo merge of %s</source>
        <translation>Zusammenführung mit %s rückgängig machen</translation>
    </message>
    <message>
        <source>Maybe the same person</source>
        <translation>Vielleicht dieselbe Person</translation>
    </message>
    <message>
        <source>Merge into this customer…</source>
        <translation>Mit diesem Kunden zusammenführen…</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>Sprache: %s</translation>
    </message>
    <message>
        <source>Local time: %s</source>
        <translation>Ortszeit: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message>
        <source>First contact: %s</source>
        <translation>Erster Kontakt: %s</translation>
    </message>
    <message>
        <source>Last contact: %s</source>
        <translation>Letzter Kontakt: %s</translation>
    </message>
    <message>
        <source>Median first response: %s (business hours)</source>
        <translation>Median erste Antwort: %s (Geschäftszeiten)</translation>
    </message>
    <message>
        <source>Median first response: %s</source>
        <translation>Median erste Antwort: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and these addresses move to %1:</source>
        <translation>
            <numerusform>%n Konversation und diese Adressen gehen an %1 über:</numerusform>
            <numerusform>%n Konversationen und diese Adressen gehen an %1 über:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>You can undo this later.</source>
        <translation>Sie können das später rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>How conversation #%1 was measured</source>
        <translation>Wie Konversation #%1 gemessen wurde</translation>
    </message>
    <message>
        <source>Times in %1. Business time counts only the green intervals; calendar time counts green and grey; amber intervals are paused and count on neither clock.</source>
        <translation>Zeiten in %1. Die Geschäftszeit zählt nur die grünen Abschnitte, die Kalenderzeit grüne und graue; gelbe Abschnitte sind pausiert und zählen auf keiner Uhr.</translation>
    </message>
    <message>
        <source>Nothing was measured yet for this conversation.</source>
        <translation>Für diese Konversation wurde noch nichts gemessen.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>counted as</source>
        <translation>gezählt als</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 calendar</source>
        <translation>%1: %2 Geschäftszeit, %3 Kalenderzeit</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Handling time: %1</source>
        <translation>Bearbeitungszeit: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3) in the composer</source>
        <translation>%1 – %2 (%3) im Editor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up AgentDesk</source>
        <translation>AgentDesk einrichten</translation>
    </message>
    <message>
        <source>Your mailbox</source>
        <translation>Ihr Postfach</translation>
    </message>
    <message>
        <source>The settings your mail provider gives for mail programs. Test the connection before you finish.</source>
        <translation>Die Einstellungen, die Ihr Mailanbieter für Mailprogramme angibt. Testen Sie die Verbindung, bevor Sie abschließen.</translation>
    </message>
    <message>
        <source>Your ticket system</source>
        <translation>Ihr Ticketsystem</translation>
    </message>
    <message>
        <source>The address you open in the browser and who signs in. Test the connection before you finish.</source>
        <translation>Die Adresse, die Sie im Browser öffnen, und wer sich anmeldet. Testen Sie die Verbindung, bevor Sie abschließen.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <source>The demo could not be built: %s</source>
        <translation>Die Demo konnte nicht erstellt werden: %s</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>ImapAccountForm</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (local test servers only)</source>
        <translation>Keine (nur lokale Testserver)</translation>
    </message>
    <message>
        <source>same as IMAP if empty</source>
        <translation>wie IMAP, wenn leer</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende E-Mails (IMAP)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Team address</source>
        <translation>Team-Adresse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems gespeichert, nie in den Dateien von AgentDesk.</translation>
    </message>
    <message>
        <source>Fill in the server first.</source>
        <translation>Geben Sie zuerst den Server an.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Geben Sie zuerst den Benutzernamen an.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Geben Sie zuerst das Passwort an.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>Both servers answered. Folders: %1; sent mail goes to: %2.</source>
        <translation>Beide Server haben geantwortet. Ordner: %1; gesendete E-Mails landen in: %2.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>Der Test ist unerwartet fehlgeschlagen: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>Postfach &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Canned replies and articles…</source>
        <translation>&amp;Antwortvorlagen und Artikel…</translation>
    </message>
    <message>
        <source>Business &amp;hours and holidays…</source>
        <translation>&amp;Geschäftszeiten und Feiertage…</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>SLA-&amp;Ziele…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sort by &amp;last activity</source>
        <translation>Nach &amp;letzter Aktivität sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;due next</source>
        <translation>Nach nächster &amp;Fälligkeit sortieren</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>&amp;Kundenleiste</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Über AgentDesk</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Synchronisierungsaktivität</translation>
    </message>
    <message>
        <source>Sync &amp;activity</source>
        <translation>Synchronisierungs&amp;aktivität</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Passwords not stored safely</source>
        <translation>Passwörter nicht sicher gespeichert</translation>
    </message>
    <message>
        <source>No keyring for passwords</source>
        <translation>Kein Schlüsselbund für Passwörter</translation>
    </message>
    <message>
        <source>Demo workspace: changes stay on this computer</source>
        <translation>Demo-Arbeitsbereich: Änderungen bleiben auf diesem Computer</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search: %s</source>
        <translation>Suche: %s</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>signed in as %s</source>
        <translation>angemeldet als %s</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %s
A desktop workstation for small support teams.</source>
        <translation>AgentDesk %s
Ein Desktop-Arbeitsplatz für kleine Support-Teams.</translation>
    </message>
</context>
<context>
    <name>MergeReason</name>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same address in a ticket system</source>
        <translation>gleiche Adresse in einem Ticketsystem</translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or fetched until you go online again.</source>
        <translation>Offline: Es wird nichts gesendet oder abgerufen, bis Sie wieder online sind.</translation>
    </message>
</context>
<context>
    <name>OperationCard</name>
    <message>
        <source>Open conversation</source>
        <translation>Konversation öffnen</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Speichern und senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>E-Mail-Antwort</translation>
    </message>
    <message>
        <source>Ticket reply</source>
        <translation>Ticket-Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>Prioritätsänderung</translation>
    </message>
    <message>
        <source>Tag change</source>
        <translation>Schlagwortänderung</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Read/unread mark</source>
        <translation>Markierung gelesen/ungelesen</translation>
    </message>
    <message>
        <source>The conversation changed after you wrote this. Nothing was sent.</source>
        <translation>Die Konversation hat sich geändert, nachdem Sie dies geschrieben haben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket first. Nothing was overwritten.</source>
        <translation>Jemand anderes hat dieses Ticket zuerst geändert. Es wurde nichts überschrieben.</translation>
    </message>
    <message>
        <source>This may already have been sent. AgentDesk will not send it again without you.</source>
        <translation>Dies wurde möglicherweise schon gesendet. AgentDesk sendet es nicht ohne Ihre Zustimmung erneut.</translation>
    </message>
    <message>
        <source>The server refused this. It stays here until you decide.</source>
        <translation>Der Server hat dies abgelehnt. Es bleibt hier, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>keine Schlagwörter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>New since you started writing:</source>
        <translation>Neu, seit Sie zu schreiben begonnen haben:</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Before it</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>In %1 now</source>
        <translation>Jetzt laut %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Keep server value</source>
        <translation>Serverwert behalten</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>Meine Änderung anwenden</translation>
    </message>
    <message>
        <source>It arrived: mark as delivered</source>
        <translation>Ist angekommen: als zugestellt markieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Nothing needs your attention. Everything you did is sent or on its way.</source>
        <translation>Nichts zu prüfen. Alles, was Sie getan haben, ist gesendet oder unterwegs.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision</source>
        <translation>
            <numerusform>%n Änderung wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Änderungen warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>letztes Problem: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Later today (at opening)</source>
        <translation>Später heute (zur Öffnung)</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Später heute</translation>
    </message>
    <message>
        <source>Next business day at opening</source>
        <translation>Nächster Werktag zur Öffnung</translation>
    </message>
    <message>
        <source>Next weekday at 9:00</source>
        <translation>Nächster Wochentag um 9:00</translation>
    </message>
    <message>
        <source>Next week (Monday 9:00)</source>
        <translation>Nächste Woche (Montag 9:00)</translation>
    </message>
    <message>
        <source>Next week at opening</source>
        <translation>Nächste Woche zur Öffnung</translation>
    </message>
    <message>
        <source>In 4 business hours</source>
        <translation>In 4 Geschäftsstunden</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>In 4 Stunden</translation>
    </message>
    <message>
        <source>In 1 business day</source>
        <translation>In 1 Werktag</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 2 business days</source>
        <translation>In 2 Werktagen</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <source>In 5 business days (a week)</source>
        <translation>In 5 Werktagen (eine Woche)</translation>
    </message>
    <message>
        <source>In 5 days (a week)</source>
        <translation>In 5 Tagen (eine Woche)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <source>%1 reminders are due</source>
        <translation>%1 Erinnerungen sind fällig</translation>
    </message>
    <message>
        <source>see the Due view</source>
        <translation>siehe Ansicht „Fällig“</translation>
    </message>
</context>
<context>
    <name>ReportColumn</name>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First response (business min)</source>
        <translation>Erste Antwort (Geschäftsmin.)</translation>
    </message>
    <message>
        <source>First response (calendar min)</source>
        <translation>Erste Antwort (Kalendermin.)</translation>
    </message>
    <message>
        <source>Resolution (business min)</source>
        <translation>Lösung (Geschäftsmin.)</translation>
    </message>
    <message>
        <source>Resolution (calendar min)</source>
        <translation>Lösung (Kalendermin.)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation>Bearbeitung (Min.)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>AgentDesk — Reports</source>
        <translation>AgentDesk – Berichte</translation>
    </message>
    <message>
        <source>Export table (CSV)…</source>
        <translation>Tabelle exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save charts (PNG)…</source>
        <translation>Diagramme speichern (PNG)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>Next response (median)</source>
        <translation>Nächste Antwort (Median)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Lösung (Median)</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Handling time (median)</source>
        <translation>Bearbeitungszeit (Median)</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA-Erfüllung</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Conversations begun per day, and backlog</source>
        <translation>Begonnene Konversationen pro Tag und Rückstand</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Customer messages by hour of the week</source>
        <translation>Kundennachrichten nach Wochenstunde</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Häufigste Schlagwörter</translation>
    </message>
    <message>
        <source>Double-click a conversation to see how its figures were counted</source>
        <translation>Doppelklicken Sie auf eine Konversation, um zu sehen, wie ihre Zahlen ermittelt wurden</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later end date.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The report could not be computed (the details are in the log).</source>
        <translation>Der Bericht konnte nicht berechnet werden (Details stehen im Protokoll).</translation>
    </message>
    <message>
        <source>business hours of “%1”</source>
        <translation>Geschäftszeiten von „%1“</translation>
    </message>
    <message>
        <source>no business calendar: calendar time only</source>
        <translation>kein Geschäftskalender: nur Kalenderzeit</translation>
    </message>
    <message>
        <source>%1 conversations began in the period, as they stood at its end; %2. Double-click a row to see how it was counted.</source>
        <translation>%1 Konversationen haben im Zeitraum begonnen, mit dem Stand an seinem Ende; %2. Doppelklicken Sie auf eine Zeile, um zu sehen, wie sie gezählt wurde.</translation>
    </message>
    <message>
        <source>backlog %1 at the end</source>
        <translation>Rückstand am Ende: %1</translation>
    </message>
    <message>
        <source>business · %1 calendar</source>
        <translation>Geschäftszeit · %1 Kalenderzeit</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>Kalenderzeit</translation>
    </message>
    <message>
        <source>Business time: median %1, 90th percentile %2
Calendar time: median %3, 90th percentile %4</source>
        <translation>Geschäftszeit: Median %1, 90. Perzentil %2
Kalenderzeit: Median %3, 90. Perzentil %4</translation>
    </message>
    <message>
        <source>%1 of %2 resolved with one reply</source>
        <translation>%1 von %2 mit einer Antwort gelöst</translation>
    </message>
    <message>
        <source>%1 conversations measured</source>
        <translation>%1 Konversationen gemessen</translation>
    </message>
    <message>
        <source>measured from the composer</source>
        <translation>im Editor gemessen</translation>
    </message>
    <message>
        <source>nothing measured yet</source>
        <translation>noch nichts gemessen</translation>
    </message>
    <message>
        <source>%1 targets missed</source>
        <translation>%1 Ziele verfehlt</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>keine Bewertungen</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Business time to the first reply</source>
        <translation>Geschäftszeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Calendar time to the first reply</source>
        <translation>Kalenderzeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>hour (%1)</source>
        <translation>Stunde (%1)</translation>
    </message>
    <message>
        <source>Darker: more customer messages (busiest hour: %1)</source>
        <translation>Dunkler: mehr Kundennachrichten (meiste in einer Stunde: %1)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>Diagramme in Ordner speichern</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search  (/)   e.g. refund tag:vip -status:closed</source>
        <translation>Suchen  (/)   z. B. refund tag:vip -status:closed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Sprache und Design</translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation>Postfach hinzufügen…</translation>
    </message>
    <message>
        <source>Add ticket system…</source>
        <translation>Ticketsystem hinzufügen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Request Tracker</source>
        <translation>Request Tracker</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>No accounts yet: add a mailbox or a ticket system.</source>
        <translation>Noch keine Konten: Fügen Sie ein Postfach oder ein Ticketsystem hinzu.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its conversations from this computer? Nothing is deleted on the server; anything still waiting to be sent from it is dropped.</source>
        <translation>%1 und seine Konversationen von diesem Computer entfernen? Auf dem Server wird nichts gelöscht; was davon noch auf den Versand wartet, wird verworfen.</translation>
    </message>
    <message>
        <source>%s was removed.</source>
        <translation>%s wurde entfernt.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Verbindung zu %s…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The test failed: %s</source>
        <translation>Der Test ist fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>Opening hours, time zone and public holidays. SLA timers, snoozes and reminders count business hours from this calendar.</source>
        <translation>Öffnungszeiten, Zeitzone und Feiertage. SLA-Fristen, Zurückstellungen und Erinnerungen zählen Geschäftszeiten nach diesem Kalender.</translation>
    </message>
    <message>
        <source>Business hours and holidays…</source>
        <translation>Geschäftszeiten und Feiertage…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>“System” follows your computer&apos;s settings, also when they change while AgentDesk runs.</source>
        <translation>„System“ folgt den Einstellungen Ihres Computers, auch wenn sie sich ändern, während AgentDesk läuft.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle Konversationen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>SLA-Ziele</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Gezählt in</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>calendar hours (day and night)</source>
        <translation>Kalenderstunden (Tag und Nacht)</translation>
    </message>
    <message>
        <source>First response: from the customer&apos;s first message to the team&apos;s first reply. Next response: from the oldest unanswered customer message to the next reply. Resolution: from the first message to closing; it pauses while the conversation waits on the customer or is snoozed. Business hours follow File → Business hours and holidays.</source>
        <translation>Erste Antwort: von der ersten Nachricht des Kunden bis zur ersten Antwort des Teams. Nächste Antwort: von der ältesten unbeantworteten Kundennachricht bis zur nächsten Antwort. Lösung: von der ersten Nachricht bis zum Schließen; sie pausiert, während die Konversation auf den Kunden wartet oder zurückgestellt ist. Die Geschäftszeiten stehen unter Datei → Geschäftszeiten und Feiertage.</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar. Set your opening hours in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Ziele in Geschäftszeiten brauchen einen Geschäftskalender. Legen Sie Ihre Öffnungszeiten unter Datei → Geschäftszeiten und Feiertage fest oder zählen Sie diese Ziele in Kalenderstunden.</translation>
    </message>
    <message>
        <source>Normal conversations have no first-response target.</source>
        <translation>Konversationen mit normaler Priorität haben kein Ziel für die erste Antwort.</translation>
    </message>
    <message>
        <source>Example: a normal-priority message arriving now needs a first reply by %1.</source>
        <translation>Beispiel: Eine jetzt eingehende Nachricht mit normaler Priorität braucht eine erste Antwort bis %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Syncing %1 %2: %3 of %4</source>
        <translation>Synchronisiere %1 %2: %3 von %4</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Background sync stopped unexpectedly; restarting in %1 s</source>
        <translation>Hintergrund-Synchronisierung unerwartet beendet; Neustart in %1 s</translation>
    </message>
    <message>
        <source>Background sync restarted</source>
        <translation>Hintergrund-Synchronisierung neu gestartet</translation>
    </message>
    <message>
        <source>Working offline: changes are kept and sent when you go online</source>
        <translation>Offline: Änderungen werden aufbewahrt und gesendet, sobald Sie online sind</translation>
    </message>
    <message>
        <source>Up to date (%s)</source>
        <translation>Aktuell (%s)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Click to see what the sync is doing</source>
        <translation>Klicken, um zu sehen, was die Synchronisierung gerade tut</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Abgebrochen — wird bei der nächsten Synchronisierung fortgesetzt</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2</source>
        <translation>E-Mails werden abgerufen: %1 von %2</translation>
    </message>
    <message>
        <source>Updating read and flagged marks</source>
        <translation>Gelesen- und Markierungsstatus werden aktualisiert</translation>
    </message>
    <message>
        <source>Looking for new mail</source>
        <translation>Suche nach neuen E-Mails</translation>
    </message>
    <message>
        <source>Reading tickets: %1 so far</source>
        <translation>Tickets werden gelesen: bisher %1</translation>
    </message>
    <message>
        <source>Reading changed tickets</source>
        <translation>Geänderte Tickets werden gelesen</translation>
    </message>
    <message>
        <source>Sending queued replies and changes</source>
        <translation>Wartende Antworten und Änderungen werden gesendet</translation>
    </message>
</context>
<context>
    <name>TicketAccountForm</name>
    <message>
        <source>Request Tracker (RT 5)</source>
        <translation>Request Tracker (RT 5)</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>Authentifizierungs-Token</translation>
    </message>
    <message>
        <source>every queue the user can see</source>
        <translation>jede Queue, die der Benutzer sehen kann</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>The password or token is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>Das Passwort oder Token liegt im Schlüsselbund Ihres Systems, nie in den Dateien von AgentDesk.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Agent&apos;s email address</source>
        <translation>E-Mail-Adresse des Agenten</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation>Geben Sie zuerst die Adresse ein.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Geben Sie zuerst den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Fill in the email address first.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Fill in the API token first.</source>
        <translation>Geben Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Signed in; the tickets can be read.</source>
        <translation>Angemeldet; die Tickets können gelesen werden.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>Der Test ist unerwartet fehlgeschlagen: %s</translation>
    </message>
</context>
<context>
    <name>TriageMenu</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Bis zu einem Zeitpunkt…</translation>
    </message>
    <message>
        <source>Wake up now</source>
        <translation>Jetzt zurückholen</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>If the customer has not replied in 2 days</source>
        <translation>Wenn der Kunde in 2 Tagen nicht geantwortet hat</translation>
    </message>
    <message>
        <source>Close, and check back in 5 days</source>
        <translation>Schließen und in 5 Tagen nachfassen</translation>
    </message>
    <message>
        <source>At a date and time…</source>
        <translation>Zu einem Zeitpunkt…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnern am</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag (existing or new):</source>
        <translation>Schlagwort (vorhanden oder neu):</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Write something, or choose a canned reply.</source>
        <translation>Schreiben Sie etwas oder wählen Sie eine Antwortvorlage.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>Write something, or discard the reply.</source>
        <translation>Schreiben Sie etwas oder verwerfen Sie die Antwort.</translation>
    </message>
    <message>
        <source>Only replies and notes can be edited.</source>
        <translation>Nur Antworten und Notizen lassen sich bearbeiten.</translation>
    </message>
    <message>
        <source>Retry or discard this change instead.</source>
        <translation>Wiederholen oder verwerfen Sie diese Änderung stattdessen.</translation>
    </message>
    <message>
        <source>This reply is on its way and can no longer be edited.</source>
        <translation>Diese Antwort ist unterwegs und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Wait for it to be sent or held.</source>
        <translation>Warten Sie, bis sie gesendet oder zurückgehalten wird.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Wählen Sie zwei verschiedene Kunden.</translation>
    </message>
    <message>
        <source>One of the customers to merge no longer exists.</source>
        <translation>Einer der zusammenzuführenden Kunden existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Refresh the window and try again.</source>
        <translation>Aktualisieren Sie das Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The team cannot be merged with a customer.</source>
        <translation>Das Team kann nicht mit einem Kunden zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Pick two customers.</source>
        <translation>Wählen Sie zwei Kunden.</translation>
    </message>
    <message>
        <source>This customer was not merged into another.</source>
        <translation>Dieser Kunde wurde nicht mit einem anderen zusammengeführt.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Dieser Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Refresh the window.</source>
        <translation>Aktualisieren Sie das Fenster.</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <source>Subject (optional)</source>
        <translation>Betreff (optional)</translation>
    </message>
    <message>
        <source>Hi {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</source>
        <translation>Hallo {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Willkommen bei AgentDesk</translation>
    </message>
    <message>
        <source>Your mailbox and your ticket system in one window. How do you want to start?</source>
        <translation>Ihr Postfach und Ihr Ticketsystem in einem Fenster. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Add a mailbox (IMAP and SMTP)</source>
        <translation>Postfach hinzufügen (IMAP und SMTP)</translation>
    </message>
    <message>
        <source>Add a ticket system (Request Tracker or Zendesk)</source>
        <translation>Ticketsystem hinzufügen (Request Tracker oder Zendesk)</translation>
    </message>
    <message>
        <source>Look around in the demo workspace first</source>
        <translation>Erst im Demo-Arbeitsbereich umsehen</translation>
    </message>
    <message>
        <source>Your team&apos;s shared address, for example support@yourshop.example.</source>
        <translation>Die gemeinsame Adresse Ihres Teams, zum Beispiel support@yourshop.example.</translation>
    </message>
    <message>
        <source>Tickets and their replies appear beside the mail, one timeline per customer.</source>
        <translation>Tickets und ihre Antworten erscheinen neben der Mail, ein Verlauf pro Kunde.</translation>
    </message>
    <message>
        <source>Sample customers and conversations; nothing is sent anywhere. You can add accounts later.</source>
        <translation>Beispielkunden und -konversationen; nichts wird irgendwohin gesendet. Konten können Sie später hinzufügen.</translation>
    </message>
</context>
</TS>
