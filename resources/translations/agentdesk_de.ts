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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
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
    <name>Calendar</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Öffnungszeiten am {day}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Halber Tag</translation>
    </message>
    <message>
        <source>Check its opening hours and closed days.</source>
        <translation>Prüfen Sie seine Öffnungszeiten und Schließtage.</translation>
    </message>
    <message>
        <source>A closed day</source>
        <translation>Ein Schließtag</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time.</source>
        <translation>{where}: {value} ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Write times as HH:MM, e.g. 09:00 or 17:30.</source>
        <translation>Schreiben Sie Uhrzeiten als HH:MM, z. B. 09:00 oder 17:30.</translation>
    </message>
    <message>
        <source>{where}: {value} has seconds.</source>
        <translation>{where}: {value} enthält Sekunden.</translation>
    </message>
    <message>
        <source>Give opening hours in whole minutes, e.g. 09:00.</source>
        <translation>Geben Sie Öffnungszeiten in ganzen Minuten an, z. B. 09:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time of day.</source>
        <translation>{where}: {value} ist keine Tageszeit.</translation>
    </message>
    <message>
        <source>Use 00:00 to 24:00.</source>
        <translation>Verwenden Sie 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a list of shifts.</source>
        <translation>{where}: {value} ist keine Liste von Schichten.</translation>
    </message>
    <message>
        <source>Give a list of (start, end) pairs, e.g. [(&quot;09:00&quot;, &quot;17:00&quot;)].</source>
        <translation>Geben Sie eine Liste von (Beginn, Ende)-Paaren an, z. B. [(&quot;09:00&quot;, &quot;17:00&quot;)].</translation>
    </message>
    <message>
        <source>{where}: {value} is not a shift.</source>
        <translation>{where}: {value} ist keine Schicht.</translation>
    </message>
    <message>
        <source>Write each shift as a (start, end) pair, e.g. (&quot;09:00&quot;, &quot;12:30&quot;).</source>
        <translation>Schreiben Sie jede Schicht als (Beginn, Ende)-Paar, z. B. (&quot;09:00&quot;, &quot;12:30&quot;).</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} crosses midnight; shifts may not.</source>
        <translation>{where}: Die Schicht {start}–{end} geht über Mitternacht; das dürfen Schichten nicht.</translation>
    </message>
    <message>
        <source>Split it into {start}–24:00 on this day and 00:00–{end} on the next.</source>
        <translation>Teilen Sie sie in {start}–24:00 an diesem Tag und 00:00–{end} am nächsten.</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} is empty.</source>
        <translation>{where}: Die Schicht {start}–{end} ist leer.</translation>
    </message>
    <message>
        <source>Give an end after the start.</source>
        <translation>Geben Sie ein Ende nach dem Beginn an.</translation>
    </message>
    <message>
        <source>{where}: the shifts {first} and {second} overlap.</source>
        <translation>{where}: Die Schichten {first} und {second} überschneiden sich.</translation>
    </message>
    <message>
        <source>Make each shift start after the previous one ends.</source>
        <translation>Lassen Sie jede Schicht erst nach dem Ende der vorigen beginnen.</translation>
    </message>
    <message>
        <source>The weekly hours {value} are not a mapping of weekdays.</source>
        <translation>Die Wochenzeiten {value} sind keine Zuordnung von Wochentagen.</translation>
    </message>
    <message>
        <source>Give them as {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</source>
        <translation>Geben Sie sie als {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...} an.</translation>
    </message>
    <message>
        <source>{value} is not a weekday.</source>
        <translation>{value} ist kein Wochentag.</translation>
    </message>
    <message>
        <source>Use one of {days}.</source>
        <translation>Verwenden Sie einen von {days}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} ist kein Datum.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2025-12-24.</source>
        <translation>Schreiben Sie Daten als JJJJ-MM-TT, z. B. 2025-12-24.</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Pick an IANA time zone name such as Europe/Berlin or Asia/Jakarta.</source>
        <translation>Wählen Sie einen IANA-Zeitzonennamen wie Europe/Berlin oder Asia/Jakarta.</translation>
    </message>
    <message>
        <source>The holidays package has no public holidays for the country {country}.</source>
        <translation>Das Paket „holidays“ kennt keine Feiertage für das Land {country}.</translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as DE, ES, IN or ID, or leave the country empty.</source>
        <translation>Verwenden Sie einen zweistelligen ISO-Ländercode wie DE, ES, IN oder ID, oder lassen Sie das Land leer.</translation>
    </message>
    <message>
        <source>{country} has no region {region} in the holidays package.</source>
        <translation>{country} hat im Paket „holidays“ keine Region {region}.</translation>
    </message>
    <message>
        <source>Use one of: {regions}.</source>
        <translation>Verwenden Sie eine davon: {regions}.</translation>
    </message>
    <message>
        <source>Leave the region empty for this country.</source>
        <translation>Lassen Sie die Region für dieses Land leer.</translation>
    </message>
    <message>
        <source>Public holidays for {country}: {problem}</source>
        <translation>Feiertage für {country}: {problem}</translation>
    </message>
    <message>
        <source>Choose categories the country offers.</source>
        <translation>Wählen Sie Kategorien, die das Land anbietet.</translation>
    </message>
    <message>
        <source>Holiday (from calendar file)</source>
        <translation>Feiertag (aus Kalenderdatei)</translation>
    </message>
    <message>
        <source>{summary}: an observance, not a day off, so it was left out.</source>
        <translation>{summary}: ein Gedenktag, kein freier Tag, daher ausgelassen.</translation>
    </message>
    <message>
        <source>{summary}: the event has no start date, so it was left out.</source>
        <translation>{summary}: Der Termin hat kein Startdatum und wurde daher ausgelassen.</translation>
    </message>
    <message>
        <source>{summary}: its repeat rule ({rule}) is not supported, so only {day} was imported.</source>
        <translation>{summary}: Die Wiederholungsregel ({rule}) wird nicht unterstützt, daher wurde nur der {day} importiert.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>Das ist keine iCalendar-Datei (.ics): Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Export the holiday calendar as an .ics file and import that file.</source>
        <translation>Exportieren Sie den Feiertagskalender als .ics-Datei und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>An event could not be read ({problem}), so it was left out.</source>
        <translation>Ein Termin konnte nicht gelesen werden ({problem}) und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The calendar file holds no events.</source>
        <translation>Die Kalenderdatei enthält keine Termine.</translation>
    </message>
    <message>
        <source>The weekly hours must have seven days.</source>
        <translation>Die Wochenzeiten müssen sieben Tage haben.</translation>
    </message>
    <message>
        <source>Give hours for mon … sun (empty = closed).</source>
        <translation>Geben Sie Zeiten für mon … sun an (leer = geschlossen).</translation>
    </message>
    <message>
        <source>The business calendar has no opening hours at all, so no due time could ever be reached.</source>
        <translation>Der Geschäftskalender hat überhaupt keine Öffnungszeiten, so würde keine Frist je erreicht.</translation>
    </message>
    <message>
        <source>Give opening hours for at least one weekday.</source>
        <translation>Geben Sie Öffnungszeiten für mindestens einen Wochentag an.</translation>
    </message>
    <message>
        <source>A half day</source>
        <translation>Ein halber Tag</translation>
    </message>
    <message>
        <source>The closed day {value} has no date.</source>
        <translation>Der Schließtag {value} hat kein Datum.</translation>
    </message>
    <message>
        <source>Write it as {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</source>
        <translation>Schreiben Sie ihn als {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years after {day}.</source>
        <translation>Der Geschäftskalender ist in den zehn Jahren nach dem {day} nie geöffnet.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years before {day}.</source>
        <translation>Der Geschäftskalender ist in den zehn Jahren vor dem {day} nie geöffnet.</translation>
    </message>
    <message>
        <source>The business calendar is not open on any day in the ten years around {day}.</source>
        <translation>Der Geschäftskalender ist in den zehn Jahren um den {day} an keinem Tag geöffnet.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>“%1” is not a time range.</source>
        <translation>„%1“ ist kein Zeitraum.</translation>
    </message>
    <message>
        <source>Write hours like 09:00-12:30, 13:30-17:00.</source>
        <translation>Schreiben Sie Zeiten wie 09:00-12:30, 13:30-17:00.</translation>
    </message>
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
    <name>Canned</name>
    <message>
        <source>entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>The canned-reply file is not in the expected shape: {where} is not an object.</source>
        <translation>Die Datei mit Antwortvorlagen hat nicht die erwartete Form: {where} ist kein Objekt.</translation>
    </message>
    <message>
        <source>The canned-reply file has no title in {where}.</source>
        <translation>Die Datei mit Antwortvorlagen hat in {where} keinen Titel.</translation>
    </message>
    <message>
        <source>The canned reply {title} ({where}) has no language variants.</source>
        <translation>Die Antwortvorlage {title} ({where}) hat keine Sprachfassungen.</translation>
    </message>
    <message>
        <source>The {language} variant of {title} has no body text.</source>
        <translation>Die Fassung {language} von {title} hat keinen Text.</translation>
    </message>
    <message>
        <source>Each entry needs a &quot;title&quot; and &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</source>
        <translation>Jeder Eintrag braucht &quot;title&quot; und &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</translation>
    </message>
    <message>
        <source>The canned-reply file is not valid JSON (line {line}: {problem}).</source>
        <translation>Die Datei mit Antwortvorlagen ist kein gültiges JSON (Zeile {line}: {problem}).</translation>
    </message>
    <message>
        <source>The canned-reply file must hold a list of entries.</source>
        <translation>Die Datei mit Antwortvorlagen muss eine Liste von Einträgen enthalten.</translation>
    </message>
    <message>
        <source>The CSV file lacks the column(s) {columns}.</source>
        <translation>Der CSV-Datei fehlen die Spalten {columns}.</translation>
    </message>
    <message>
        <source>Use the columns {columns} (one row per language variant).</source>
        <translation>Verwenden Sie die Spalten {columns} (eine Zeile je Sprachfassung).</translation>
    </message>
    <message>
        <source>There is no canned reply named {name}.</source>
        <translation>Es gibt keine Antwortvorlage namens {name}.</translation>
    </message>
    <message>
        <source>See the names with `agentdesk canned list`.</source>
        <translation>Die Namen sehen Sie mit `agentdesk canned list`.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Eine Antwortvorlage braucht einen Titel.</translation>
    </message>
    <message>
        <source>Give it a short title, e.g. “Where is my order”.</source>
        <translation>Geben Sie ihr einen kurzen Titel, z. B. „Wo ist meine Bestellung“.</translation>
    </message>
    <message>
        <source>The canned reply {title} has no text.</source>
        <translation>Die Antwortvorlage {title} hat keinen Text.</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Schreiben Sie den Text in mindestens einer Sprache.</translation>
    </message>
    <message>
        <source>{language} is not a language code.</source>
        <translation>{language} ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>Use a code such as en, de, es, id, hi or pt-BR.</source>
        <translation>Verwenden Sie einen Code wie en, de, es, id, hi oder pt-BR.</translation>
    </message>
    <message>
        <source>The {language} text of {title} is empty.</source>
        <translation>Der Text {language} von {title} ist leer.</translation>
    </message>
    <message>
        <source>Write it, or remove that language.</source>
        <translation>Schreiben Sie ihn oder entfernen Sie diese Sprache.</translation>
    </message>
    <message>
        <source>{title} ({language}, {part})</source>
        <translation>{title} ({language}, {part})</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The shortcut {shortcut} is already used by {title}.</source>
        <translation>Das Kürzel {shortcut} wird schon von {title} verwendet.</translation>
    </message>
    <message>
        <source>Choose another shortcut.</source>
        <translation>Wählen Sie ein anderes Kürzel.</translation>
    </message>
</context>
<context>
    <name>CannedCli</name>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>--field {value} is not LABEL=VALUE.</source>
        <translation>--field {value} hat nicht die Form BESCHRIFTUNG=WERT.</translation>
    </message>
    <message>
        <source>Write it like --field &quot;Order number=A-1042&quot;.</source>
        <translation>Schreiben Sie es wie --field &quot;Bestellnummer=A-1042&quot;.</translation>
    </message>
    <message>
        <source>The canned reply {title} has no {language} version.</source>
        <translation>Die Antwortvorlage {title} hat keine Fassung {language}.</translation>
    </message>
    <message>
        <source>It exists in: {languages}.</source>
        <translation>Es gibt sie in: {languages}.</translation>
    </message>
    <message>
        <source>Answer them with {options}.</source>
        <translation>Beantworten Sie sie mit {options}.</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s details, or give the template a fallback with | default(&quot;…&quot;).</source>
        <translation>Ergänzen Sie die Angaben des Kunden oder geben Sie der Vorlage einen Ersatzwert mit | default(&quot;…&quot;).</translation>
    </message>
    <message>
        <source>The canned reply {title} ({language}) cannot be used yet: {problem}</source>
        <translation>Die Antwortvorlage {title} ({language}) kann noch nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>The library is empty. Import one with `agentdesk canned import FILE`.</source>
        <translation>Die Bibliothek ist leer. Importieren Sie eine mit `agentdesk canned import DATEI`.</translation>
    </message>
    <message>
        <source>used {count}×</source>
        <translation>{count}× verwendet</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>Die Datei {path} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and try again.</source>
        <translation>Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Imported {added} new and updated {updated} canned replies.</source>
        <translation>{added} neue Antwortvorlagen importiert und {updated} aktualisiert.</translation>
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
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
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
    <name>Cli</name>
    <message>
        <source>Added the IMAP account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its mail.</source>
        <translation>IMAP-Konto „{account}“ hinzugefügt. Führen Sie `agentdesk sync --once` aus, um seine E-Mails abzurufen.</translation>
    </message>
    <message>
        <source>Added the {system} account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its tickets.</source>
        <translation>{system}-Konto „{account}“ hinzugefügt. Führen Sie `agentdesk sync --once` aus, um seine Tickets abzurufen.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with `agentdesk account add imap …`.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit `agentdesk account add imap …` hinzu.</translation>
    </message>
    <message>
        <source>Removed the account &apos;{account}&apos;.</source>
        <translation>Konto „{account}“ entfernt.</translation>
    </message>
    <message>
        <source>Saved (this conversation has no server to send to).</source>
        <translation>Gespeichert (diese Konversation hat keinen Server, an den gesendet werden kann).</translation>
    </message>
    <message>
        <source>Queued as outbox operation {id}; `agentdesk sync --once` delivers it.</source>
        <translation>Als Postausgang-Vorgang {id} eingereiht; `agentdesk sync --once` stellt ihn zu.</translation>
    </message>
    <message>
        <source>`outbox {action}` needs the operation&apos;s ID.</source>
        <translation>`outbox {action}` braucht die ID des Vorgangs.</translation>
    </message>
    <message>
        <source>Operation {id} is queued again.</source>
        <translation>Vorgang {id} ist wieder eingereiht.</translation>
    </message>
    <message>
        <source>Operation {id} was discarded.</source>
        <translation>Vorgang {id} wurde verworfen.</translation>
    </message>
    <message>
        <source>Operation {id} is marked as delivered; it is not sent again.</source>
        <translation>Vorgang {id} ist als zugestellt markiert; er wird nicht noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Operation {id} was dropped; the server&apos;s value is kept.</source>
        <translation>Vorgang {id} wurde verworfen; der Wert des Servers bleibt.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything has reached the servers.</source>
        <translation>Der Postausgang ist leer: Alles hat die Server erreicht.</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>conversation {id}</source>
        <translation>Konversation {id}</translation>
    </message>
    <message>
        <source>attempts: {count}</source>
        <translation>Versuche: {count}</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, on the server now {server}</source>
        <translation>{field}: Ihrer {mine}, jetzt auf dem Server {server}</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Keine Konversation passt.</translation>
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
        <source>sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the canned-reply and knowledge-article library</source>
        <translation>die Bibliothek der Antwortvorlagen und Wissensartikel</translation>
    </message>
    <message>
        <source>canned commands</source>
        <translation>Befehle für Antwortvorlagen</translation>
    </message>
    <message>
        <source>list the library</source>
        <translation>die Bibliothek auflisten</translation>
    </message>
    <message>
        <source>show one entry with all its languages</source>
        <translation>einen Eintrag mit allen Sprachen zeigen</translation>
    </message>
    <message>
        <source>shortcut or title</source>
        <translation>Kürzel oder Titel</translation>
    </message>
    <message>
        <source>import entries from a JSON or CSV file (same title or shortcut: replaced)</source>
        <translation>Einträge aus einer JSON- oder CSV-Datei importieren (gleicher Titel oder gleiches Kürzel: ersetzt)</translation>
    </message>
    <message>
        <source>skip entries that already exist</source>
        <translation>vorhandene Einträge überspringen</translation>
    </message>
    <message>
        <source>print the library as JSON (or CSV with --csv)</source>
        <translation>die Bibliothek als JSON ausgeben (oder als CSV mit --csv)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
Run &apos;{prog} --help&apos; to see what it accepts.
</source>
        <translation>{prog}: Fehler: {message}
Mit &apos;{prog} --help&apos; sehen Sie, was möglich ist.
</translation>
    </message>
    <message>
        <source>folder holding the workspace (cache, attachments, logs); default: {folder}</source>
        <translation>Ordner des Arbeitsbereichs (Cache, Anhänge, Protokolle); Standard: {folder}</translation>
    </message>
    <message>
        <source>the language of the window and of what commands print (default: for the window the ui_language setting, else the system&apos;s language; for commands the system&apos;s language)</source>
        <translation>die Sprache des Fensters und der Ausgabe der Befehle (Standard: für das Fenster die Einstellung ui_language, sonst die Systemsprache; für Befehle die Systemsprache)</translation>
    </message>
    <message>
        <source>AgentDesk: email and tickets for small support teams, one customer timeline, offline first.</source>
        <translation>AgentDesk: E-Mail und Tickets für kleine Support-Teams, eine Zeitleiste pro Kunde, offline zuerst.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>die Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>log debug details to the console</source>
        <translation>Debug-Details in der Konsole protokollieren</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>open (and create on first use) the demo workspace</source>
        <translation>den Demo-Arbeitsbereich öffnen (und beim ersten Mal anlegen)</translation>
    </message>
    <message>
        <source>only create the demo workspace, do not open it</source>
        <translation>den Demo-Arbeitsbereich nur anlegen, nicht öffnen</translation>
    </message>
    <message>
        <source>open the cache and build the main window offscreen; exit 0 when all is well</source>
        <translation>den Cache öffnen und das Hauptfenster unsichtbar aufbauen; Rückgabewert 0, wenn alles in Ordnung ist</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>add, list or remove accounts</source>
        <translation>Konten hinzufügen, auflisten oder entfernen</translation>
    </message>
    <message>
        <source>sync every account (pull, then the outbox)</source>
        <translation>alle Konten synchronisieren (abrufen, dann den Postausgang)</translation>
    </message>
    <message>
        <source>import an .eml file, a folder of them, an mbox file or a Maildir</source>
        <translation>eine .eml-Datei, einen Ordner davon, eine mbox-Datei oder ein Maildir importieren</translation>
    </message>
    <message>
        <source>reply to a conversation (or add an internal note); queued in the outbox</source>
        <translation>auf eine Konversation antworten (oder eine interne Notiz hinzufügen); kommt in den Postausgang</translation>
    </message>
    <message>
        <source>what is waiting to reach the servers</source>
        <translation>was darauf wartet, die Server zu erreichen</translation>
    </message>
    <message>
        <source>search every conversation in the cache</source>
        <translation>alle Konversationen im Cache durchsuchen</translation>
    </message>
    <message>
        <source>list follow-up reminders that are not done yet</source>
        <translation>offene Wiedervorlage-Erinnerungen auflisten</translation>
    </message>
    <message>
        <source>only those due now</source>
        <translation>nur die jetzt fälligen</translation>
    </message>
    <message>
        <source>done ones too, with why they ended</source>
        <translation>auch erledigte, mit dem Grund, warum sie endeten</translation>
    </message>
    <message>
        <source>support KPIs for a period (business and calendar time)</source>
        <translation>Support-Kennzahlen für einen Zeitraum (Geschäfts- und Kalenderzeit)</translation>
    </message>
    <message>
        <source>folder holding the workspace</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>erster Tag, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>letzter Tag, eingeschlossen</translation>
    </message>
    <message>
        <source>write one row per conversation to this CSV file</source>
        <translation>eine Zeile je Konversation in diese CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>print one JSON object with every metric</source>
        <translation>ein JSON-Objekt mit allen Kennzahlen ausgeben</translation>
    </message>
    <message>
        <source>only this channel (email, ticket)</source>
        <translation>nur dieser Kanal (email, ticket)</translation>
    </message>
    <message>
        <source>only conversations with this tag</source>
        <translation>nur Konversationen mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>only conversations assigned to this person (&apos;&apos; for unassigned)</source>
        <translation>nur Konversationen, die dieser Person zugewiesen sind (&apos;&apos; für nicht zugewiesene)</translation>
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
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The file “%1” is %2; this ticket system takes files up to %3.</source>
        <translation>Die Datei „%1“ ist %2 groß; dieses Ticketsystem nimmt Dateien bis %3 an.</translation>
    </message>
    <message>
        <source>Remove it and share it another way (a link, or a smaller or compressed copy).</source>
        <translation>Entfernen Sie sie und teilen Sie sie auf anderem Weg (ein Link oder eine kleinere bzw. komprimierte Kopie).</translation>
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
        <source>Queued to send</source>
        <translation>Zum Senden eingereiht</translation>
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
    <name>Outbox</name>
    <message>
        <source>The account of this operation was removed.</source>
        <translation>Das Konto dieses Vorgangs wurde entfernt.</translation>
    </message>
    <message>
        <source>Discard it, or add the account again.</source>
        <translation>Verwerfen Sie ihn, oder fügen Sie das Konto wieder hinzu.</translation>
    </message>
    <message>
        <source>AgentDesk cannot deliver a &apos;{kind}&apos; change to a {system} account yet.</source>
        <translation>AgentDesk kann eine Änderung vom Typ „{kind}“ noch nicht an ein {system}-Konto zustellen.</translation>
    </message>
    <message>
        <source>Discard it; the change stays in AgentDesk only.</source>
        <translation>Verwerfen Sie ihn; die Änderung bleibt nur in AgentDesk.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s) and someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Vor dem Senden angehalten: Seit Beginn dieser Antwort hat der Kunde {customer} neue Nachricht(en) geschrieben und jemand anderes {team}-mal geantwortet. Senden Sie sie trotzdem, bearbeiten Sie sie oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s). Send it anyway, edit it, or discard it.</source>
        <translation>Vor dem Senden angehalten: Seit Beginn dieser Antwort hat der Kunde {customer} neue Nachricht(en) geschrieben. Senden Sie sie trotzdem, bearbeiten Sie sie oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Vor dem Senden angehalten: Seit Beginn dieser Antwort hat jemand anderes {team}-mal geantwortet. Senden Sie sie trotzdem, bearbeiten Sie sie oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>This reply may have been sent already: AgentDesk stopped while the mail server was receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; retry to send it again, or discard it.</source>
        <translation>Diese Antwort wurde vielleicht schon gesendet: AgentDesk wurde beendet, während der Mailserver sie empfing, und sie ist nicht im Ordner „Gesendet“. Fragen Sie beim Kunden nach oder prüfen Sie Ihre gesendeten E-Mails; wiederholen Sie, um sie erneut zu senden, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The attachment &apos;{filename}&apos; of this reply is missing from the cache.</source>
        <translation>Der Anhang „{filename}“ dieser Antwort fehlt im Cache.</translation>
    </message>
    <message>
        <source>Discard this reply and send it again with the file attached.</source>
        <translation>Verwerfen Sie diese Antwort und senden Sie sie mit der angehängten Datei erneut.</translation>
    </message>
    <message>
        <source>AgentDesk cannot send a &apos;{kind}&apos; change to a ticket system.</source>
        <translation>AgentDesk kann eine Änderung vom Typ „{kind}“ nicht an ein Ticketsystem senden.</translation>
    </message>
    <message>
        <source>Discard it.</source>
        <translation>Verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>This change belongs to a conversation that is no longer in the cache.</source>
        <translation>Diese Änderung gehört zu einer Konversation, die nicht mehr im Cache ist.</translation>
    </message>
    <message>
        <source>This note may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Diese Notiz ist vielleicht schon an Ticket {ticket}: AgentDesk wurde beim Senden an {system} beendet, und sie wurde im Ticket nicht gefunden. Prüfen Sie das Ticket; wiederholen Sie, um sie erneut zu senden, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>This reply may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Diese Antwort ist vielleicht schon an Ticket {ticket}: AgentDesk wurde beim Senden an {system} beendet, und sie wurde im Ticket nicht gefunden. Prüfen Sie das Ticket; wiederholen Sie, um sie erneut zu senden, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>priority change</source>
        <translation>Prioritätsänderung</translation>
    </message>
    <message>
        <source>tag change</source>
        <translation>Tag-Änderung</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). Look at the ticket first; retry to apply it anyway, or discard it.</source>
        <translation>Angehalten: Ticket {ticket} wurde in {system} geändert, nachdem diese Änderung ({what}) gemacht wurde ({reason}). Sehen Sie sich zuerst das Ticket an; wiederholen Sie, um sie trotzdem anzuwenden, oder verwerfen Sie sie.</translation>
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
    <name>Reminder</name>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>nachfassen</translation>
    </message>
    <message>
        <source>if no reply</source>
        <translation>falls keine Antwort</translation>
    </message>
    <message>
        <source>check back</source>
        <translation>nachhaken</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Keine Erinnerungen sind fällig.</translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation>Keine offenen Erinnerungen.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>the customer replied</source>
        <translation>der Kunde hat geantwortet</translation>
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
    <name>Report</name>
    <message>
        <source>Closed before the team&apos;s first reply: no first response time.</source>
        <translation>Vor der ersten Antwort des Teams geschlossen: keine Zeit bis zur ersten Antwort.</translation>
    </message>
    <message>
        <source>The closing time is not known: the conversation&apos;s last activity is taken instead.</source>
        <translation>Der Zeitpunkt des Schließens ist nicht bekannt: Stattdessen wird die letzte Aktivität der Konversation genommen.</translation>
    </message>
    <message>
        <source>holiday: {name}</source>
        <translation>Feiertag: {name}</translation>
    </message>
    <message>
        <source>closed: {name}</source>
        <translation>geschlossen: {name}</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>Wochenende</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>außerhalb der Öffnungszeiten</translation>
    </message>
    <message>
        <source>calendar time (no business calendar)</source>
        <translation>Kalenderzeit (kein Geschäftskalender)</translation>
    </message>
    <message>
        <source>open hours</source>
        <translation>Öffnungszeit</translation>
    </message>
    <message>
        <source>paused: waiting on the customer</source>
        <translation>pausiert: wartet auf den Kunden</translation>
    </message>
    <message>
        <source>paused: snoozed</source>
        <translation>pausiert: zurückgestellt</translation>
    </message>
    <message>
        <source>paused: closed (reopened later)</source>
        <translation>pausiert: geschlossen (später wieder geöffnet)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Next response {number}</source>
        <translation>Nächste Antwort {number}</translation>
    </message>
    <message>
        <source>paused: {status}</source>
        <translation>pausiert: {status}</translation>
    </message>
    <message>
        <source>(time of the change inferred)</source>
        <translation>(Zeitpunkt der Änderung erschlossen)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>A customer message from {time} UTC is still unanswered.</source>
        <translation>Eine Kundennachricht vom {time} UTC ist noch unbeantwortet.</translation>
    </message>
    <message>
        <source>No business calendar is set up: business time is not measured.</source>
        <translation>Kein Geschäftskalender eingerichtet: Geschäftszeit wird nicht gemessen.</translation>
    </message>
    <message>
        <source>No SLA policies are set up.</source>
        <translation>Keine SLA-Vorgaben eingerichtet.</translation>
    </message>
    <message>
        <source>The SLA policies count business time but no business calendar is set up.</source>
        <translation>Die SLA-Vorgaben zählen Geschäftszeit, aber es ist kein Geschäftskalender eingerichtet.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>{value} ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2025-03-31</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>Der Zeitraum endet ({last}), bevor er beginnt ({first}).</translation>
    </message>
    <message>
        <source>Give --from a day on or before --to.</source>
        <translation>Geben Sie bei --from einen Tag an, der nicht nach --to liegt.</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}</source>
        <translation>{count} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be written: {problem}.</source>
        <translation>Die CSV-Datei {path} kann nicht geschrieben werden: {problem}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check that the disk is not full.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie, ob die Festplatte voll ist.</translation>
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
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>business median</source>
        <translation>Median Geschäftszeit</translation>
    </message>
    <message>
        <source>business p90</source>
        <translation>p90 Geschäftszeit</translation>
    </message>
    <message>
        <source>calendar median</source>
        <translation>Median Kalenderzeit</translation>
    </message>
    <message>
        <source>calendar p90</source>
        <translation>p90 Kalenderzeit</translation>
    </message>
    <message>
        <source>Support report {first} to {last} ({zone}), {count} conversations begun in the period</source>
        <translation>Support-Bericht {first} bis {last} ({zone}), {count} Konversationen im Zeitraum begonnen</translation>
    </message>
    <message>
        <source>Business calendar: {name}</source>
        <translation>Geschäftskalender: {name}</translation>
    </message>
    <message>
        <source>Business calendar: none (business time not measured)</source>
        <translation>Geschäftskalender: keiner (Geschäftszeit wird nicht gemessen)</translation>
    </message>
    <message>
        <source>Unanswered (no first reply yet): {count}</source>
        <translation>Unbeantwortet (noch keine erste Antwort): {count}</translation>
    </message>
    <message>
        <source>Resolved: {count}</source>
        <translation>Gelöst: {count}</translation>
    </message>
    <message>
        <source>First contact resolution: {rate} ({one} of {replied} resolved with one reply); replies per resolved conversation: {mean}</source>
        <translation>Lösung beim Erstkontakt: {rate} ({one} von {replied} mit einer Antwort gelöst); Antworten je gelöster Konversation: {mean}</translation>
    </message>
    <message>
        <source>Handling time: median {median} per conversation, total {total}</source>
        <translation>Bearbeitungszeit: Median {median} je Konversation, gesamt {total}</translation>
    </message>
    <message>
        <source>SLA attainment: {note}</source>
        <translation>SLA-Erfüllung: {note}</translation>
    </message>
    <message>
        <source>SLA {metric}: {rate} met ({met} met, {missed} missed, {pending} still running)</source>
        <translation>SLA {metric}: {rate} eingehalten ({met} eingehalten, {missed} verfehlt, {pending} laufen noch)</translation>
    </message>
    <message>
        <source>Satisfaction: {score} good ({good} good, {bad} bad, {offered} asked without an answer)</source>
        <translation>Zufriedenheit: {score} gut ({good} gut, {bad} schlecht, {offered} gefragt ohne Antwort)</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings</source>
        <translation>Zufriedenheit: keine Bewertungen</translation>
    </message>
    <message>
        <source>By channel: {list}</source>
        <translation>Nach Kanal: {list}</translation>
    </message>
    <message>
        <source>By language: {list}</source>
        <translation>Nach Sprache: {list}</translation>
    </message>
    <message>
        <source>Top tags: {list}</source>
        <translation>Häufigste Schlagwörter: {list}</translation>
    </message>
    <message>
        <source>Backlog (not closed at day&apos;s end): {first} at the start, {last} at the end</source>
        <translation>Rückstand (bei Tagesende nicht geschlossen): {first} zu Beginn, {last} am Ende</translation>
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
        <source>&lt; %1 h</source>
        <translation>&lt; %1 Std.</translation>
    </message>
    <message>
        <source>&gt; %1 d</source>
        <translation>&gt; %1 T</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 T</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 Std.</translation>
    </message>
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
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Wait until the figures are shown, then export.</source>
        <translation>Warten Sie, bis die Zahlen angezeigt werden, und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Wählen Sie einen Ordner mit freiem Platz, in den Sie schreiben dürfen.</translation>
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
    <name>Search</name>
    <message>
        <source>Search syntax error at position {position}: {problem}.</source>
        <extracomment>Fields whose value is matched as text in the full-text index (words, phrases, prefixes). Fields whose value is a fixed word, a name or a date.</extracomment>
        <translation>Fehler in der Suchanfrage an Position {position}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the query; put text in &quot;double quotes&quot; to search for it literally.</source>
        <translation>Korrigieren Sie die Anfrage; setzen Sie Text in &quot;doppelte Anführungszeichen&quot;, um ihn wörtlich zu suchen.</translation>
    </message>
    <message>
        <source>unknown field &quot;{name}:&quot; (known: {fields})</source>
        <translation>unbekanntes Feld &quot;{name}:&quot; (bekannt: {fields})</translation>
    </message>
    <message>
        <source>&quot;{name}:&quot; needs a value right after the colon</source>
        <translation>&quot;{name}:&quot; braucht direkt nach dem Doppelpunkt einen Wert</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>die Anfrage ist leer</translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>zu dieser &quot;)&quot; gibt es keine passende &quot;(&quot;</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its right</source>
        <translation>&quot;OR&quot; braucht rechts davon einen Suchbegriff</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its left</source>
        <translation>&quot;AND&quot; braucht links davon einen Suchbegriff</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its right</source>
        <translation>&quot;AND&quot; braucht rechts davon einen Suchbegriff</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its left</source>
        <translation>&quot;OR&quot; braucht links davon einen Suchbegriff</translation>
    </message>
    <message>
        <source>something to search for is missing here</source>
        <translation>hier fehlt ein Suchbegriff</translation>
    </message>
    <message>
        <source>&quot;{operator}&quot; needs something to exclude right after it</source>
        <translation>&quot;{operator}&quot; braucht direkt danach etwas, das ausgeschlossen wird</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>die Klammern sind leer</translation>
    </message>
    <message>
        <source>the &quot;(&quot; opened here is never closed</source>
        <translation>die hier geöffnete &quot;(&quot; wird nie geschlossen</translation>
    </message>
    <message>
        <source>the quotes are empty</source>
        <translation>die Anführungszeichen sind leer</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value inside the quotes</source>
        <translation>&quot;{field}:&quot; braucht einen Wert in den Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;{field}:{value}&quot; is not known; use one of {choices}</source>
        <translation>&quot;{field}:{value}&quot; ist unbekannt; verwenden Sie eines von {choices}</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value</source>
        <translation>&quot;{field}:&quot; braucht einen Wert</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write 2024-03-31, 2024-03, today, yesterday or 7d / 2w / 3m / 1y</source>
        <translation>&quot;{value}&quot; ist kein Datum; schreiben Sie 2024-03-31, 2024-03, today, yesterday oder 7d / 2w / 3m / 1y</translation>
    </message>
    <message>
        <source>&quot;*&quot; marks a prefix; put it after a few letters, as in refu*</source>
        <translation>&quot;*&quot; kennzeichnet einen Wortanfang; setzen Sie es hinter ein paar Buchstaben, wie in refu*</translation>
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
        <source>Targets in business hours need a business calendar, and the saved one cannot be used: %1 Fix it in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Ziele in Geschäftszeiten brauchen einen Geschäftskalender, und der gespeicherte ist nicht verwendbar: %1 Korrigieren Sie ihn unter Datei → Geschäftszeiten und Feiertage oder zählen Sie diese Ziele in Kalenderstunden.</translation>
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
    <name>SyncError</name>
    <message>
        <source>The mail server {host} refused the login ({code}).</source>
        <translation>Der Mailserver {host} hat die Anmeldung abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>Check the user name and password; some providers need an app password for mail programs.</source>
        <translation>Prüfen Sie Benutzername und Passwort; manche Anbieter verlangen für Mailprogramme ein App-Passwort.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; is not a web address.</source>
        <translation>Die Adresse „{url}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https:// (for example https://yourcompany.zendesk.com).</source>
        <translation>Geben Sie die vollständige Adresse an, beginnend mit https:// (zum Beispiel https://yourcompany.zendesk.com).</translation>
    </message>
    <message>
        <source>Check the user name and password, then test again.</source>
        <translation>Prüfen Sie Benutzername und Passwort und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>AgentDesk reads Zendesk&apos;s ticket export, which needs an administrator&apos;s API token. Check the agent&apos;s email address and API token, then test again.</source>
        <translation>AgentDesk liest den Ticket-Export von Zendesk, der das API-Token eines Administrators braucht. Prüfen Sie die E-Mail-Adresse des Agenten und das API-Token und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check the agent&apos;s email address and API token, then test again.</source>
        <translation>Prüfen Sie die E-Mail-Adresse des Agenten und das API-Token und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Request Tracker has no queue named &apos;{queue}&apos; (or this user may not see it).</source>
        <translation>Request Tracker hat keine Queue namens „{queue}“ (oder dieser Benutzer darf sie nicht sehen).</translation>
    </message>
    <message>
        <source>Check the queue&apos;s name, or leave the queue empty to read every queue the user can see.</source>
        <translation>Prüfen Sie den Namen der Queue, oder lassen Sie die Queue leer, um alle Queues zu lesen, die der Benutzer sieht.</translation>
    </message>
    <message>
        <source>There is no {system} API at this address ({detail}).</source>
        <translation>Unter dieser Adresse gibt es keine {system}-API ({detail}).</translation>
    </message>
    <message>
        <source>For Request Tracker give the address you open in the browser (without /REST/2.0); for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Geben Sie bei Request Tracker die Adresse an, die Sie im Browser öffnen (ohne /REST/2.0); bei Zendesk ist es https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; presented a certificate that could not be verified ({detail}).</source>
        <translation>Der Server {host} für „{account}“ hat ein Zertifikat vorgelegt, das nicht geprüft werden konnte ({detail}).</translation>
    </message>
    <message>
        <source>Check the server name in the account settings; if your provider uses its own certificate, install it in the system&apos;s trusted certificates.</source>
        <translation>Prüfen Sie den Servernamen in den Kontoeinstellungen; wenn Ihr Anbieter ein eigenes Zertifikat verwendet, installieren Sie es bei den vertrauenswürdigen Zertifikaten des Systems.</translation>
    </message>
    <message>
        <source>A secure connection to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Eine sichere Verbindung zu {host} für „{account}“ ist fehlgeschlagen ({detail}).</translation>
    </message>
    <message>
        <source>Check the port and security setting (SSL or STARTTLS) in the account settings.</source>
        <translation>Prüfen Sie Port und Sicherheitseinstellung (SSL oder STARTTLS) in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The server name {host} for &apos;{account}&apos; could not be found.</source>
        <translation>Der Servername {host} für „{account}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und den Servernamen; AgentDesk arbeitet inzwischen offline weiter.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; did not answer in time.</source>
        <translation>Der Server {host} für „{account}“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your internet connection if this persists.</source>
        <translation>AgentDesk versucht es von selbst erneut; prüfen Sie Ihre Internetverbindung, wenn das anhält.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; refused the connection.</source>
        <translation>Der Server {host} für „{account}“ hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server may be down or the port wrong; AgentDesk will try again by itself.</source>
        <translation>Der Server ist vielleicht nicht erreichbar oder der Port falsch; AgentDesk versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The connection to {host} for &apos;{account}&apos; was lost.</source>
        <translation>Die Verbindung zu {host} für „{account}“ ist abgebrochen.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself.</source>
        <translation>AgentDesk versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>There is no network route to {host} for &apos;{account}&apos;.</source>
        <translation>Es gibt keinen Netzwerkweg zu {host} für „{account}“.</translation>
    </message>
    <message>
        <source>Check your internet connection; AgentDesk keeps working offline meanwhile.</source>
        <translation>Prüfen Sie Ihre Internetverbindung; AgentDesk arbeitet inzwischen offline weiter.</translation>
    </message>
    <message>
        <source>Talking to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Die Verbindung mit {host} für „{account}“ ist fehlgeschlagen ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account settings.</source>
        <translation>AgentDesk versucht es von selbst erneut; wenn das anhält, prüfen Sie die Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The server {host} refused the login of &apos;{user}&apos; for &apos;{account}&apos;.</source>
        <translation>Der Server {host} hat die Anmeldung von „{user}“ für „{account}“ abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user name and password in the account settings (agentdesk account add … --password-stdin).</source>
        <translation>Prüfen Sie Benutzername und Passwort in den Kontoeinstellungen (agentdesk account add … --password-stdin).</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered the login with an error ({detail}).</source>
        <translation>Der Server {host} für „{account}“ hat auf die Anmeldung mit einem Fehler geantwortet ({detail}).</translation>
    </message>
    <message>
        <source>Check the security setting (SSL or STARTTLS) and port; AgentDesk will try again later.</source>
        <translation>Prüfen Sie Sicherheitseinstellung (SSL oder STARTTLS) und Port; AgentDesk versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered with an error ({detail}).</source>
        <translation>Der Server {host} für „{account}“ hat mit einem Fehler geantwortet ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account&apos;s folders in the settings.</source>
        <translation>AgentDesk versucht es von selbst erneut; wenn das anhält, prüfen Sie die Ordner des Kontos in den Einstellungen.</translation>
    </message>
    <message>
        <source>Filing the reply in &apos;{folder}&apos; failed ({detail}).</source>
        <translation>Das Ablegen der Antwort in „{folder}“ ist fehlgeschlagen ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again.</source>
        <translation>AgentDesk versucht es erneut.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for &apos;{account}&apos; ({code}).</source>
        <translation>Der Mailserver {host} hat die Anmeldung für „{account}“ abgelehnt ({code}).</translation>
    </message>
    <message>
        <source>Check the password in the account settings.</source>
        <translation>Prüfen Sie das Passwort in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The mail server {host} refused every recipient of this message: {recipients}.</source>
        <translation>Der Mailserver {host} hat alle Empfänger dieser Nachricht abgelehnt: {recipients}.</translation>
    </message>
    <message>
        <source>Check the addresses, then retry or discard the reply in Needs attention.</source>
        <translation>Prüfen Sie die Adressen und wiederholen oder verwerfen Sie die Antwort dann unter „Zu prüfen“.</translation>
    </message>
    <message>
        <source>The mail server {host} refused this message ({detail}).</source>
        <translation>Der Mailserver {host} hat diese Nachricht abgelehnt ({detail}).</translation>
    </message>
    <message>
        <source>Edit the reply or discard it in Needs attention.</source>
        <translation>Bearbeiten oder verwerfen Sie die Antwort unter „Zu prüfen“.</translation>
    </message>
    <message>
        <source>The mail server {host} asked to try later ({code}).</source>
        <translation>Der Mailserver {host} bittet, es später zu versuchen ({code}).</translation>
    </message>
    <message>
        <source>ticket system</source>
        <translation>Ticketsystem</translation>
    </message>
    <message>
        <source>RT server</source>
        <translation>RT-Server</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not a web address.</source>
        <translation>Die Adresse „{url}“ von „{account}“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://.</source>
        <translation>Geben Sie die vollständige Adresse an, beginnend mit https://.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not valid ({detail}).</source>
        <translation>Die Adresse „{url}“ von „{account}“ ist ungültig ({detail}).</translation>
    </message>
    <message>
        <source>Correct the account&apos;s address.</source>
        <translation>Korrigieren Sie die Adresse des Kontos.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your connection if this persists.</source>
        <translation>AgentDesk versucht es von selbst erneut; prüfen Sie Ihre Verbindung, wenn das anhält.</translation>
    </message>
    <message>
        <source>{where} could not be reached ({detail}).</source>
        <translation>{where} war nicht erreichbar ({detail}).</translation>
    </message>
    <message>
        <source>Check the address and your connection; AgentDesk keeps working offline and tries again later.</source>
        <translation>Prüfen Sie die Adresse und Ihre Verbindung; AgentDesk arbeitet offline weiter und versucht es später erneut.</translation>
    </message>
    <message>
        <source>The {system} at {host} for &apos;{account}&apos;</source>
        <translation>{system} auf {host} für „{account}“</translation>
    </message>
    <message>
        <source>{where} asks AgentDesk to slow down (rate limit; retry after {seconds} s).</source>
        <translation>{where} bittet AgentDesk, langsamer zu machen (Ratenlimit; erneut nach {seconds} s).</translation>
    </message>
    <message>
        <source>AgentDesk waits and tries again by itself.</source>
        <translation>AgentDesk wartet und versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}).</source>
        <translation>{where} hat die Anmeldung abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the user name and password or API token, then add the account again with `agentdesk account add … --password-stdin` (or `--token-stdin`).</source>
        <translation>Prüfen Sie Benutzername und Passwort oder das API-Token und fügen Sie das Konto dann mit `agentdesk account add … --password-stdin` (oder `--token-stdin`) erneut hinzu.</translation>
    </message>
    <message>
        <source>{where} has nothing at {path} (HTTP 404).</source>
        <translation>{where} hat nichts unter {path} (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the account&apos;s address; for RT it ends before /REST/2.0, for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Prüfen Sie die Adresse des Kontos; bei RT endet sie vor /REST/2.0, bei Zendesk ist es https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>{where} refused the change because the ticket changed meanwhile (HTTP {status}).</source>
        <translation>{where} hat die Änderung abgelehnt, weil sich das Ticket inzwischen geändert hat (HTTP {status}).</translation>
    </message>
    <message>
        <source>{where} had an internal problem (HTTP {status}).</source>
        <translation>{where} hatte ein internes Problem (HTTP {status}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, ask the ticket system&apos;s administrator.</source>
        <translation>AgentDesk versucht es von selbst erneut; wenn das anhält, fragen Sie den Administrator des Ticketsystems.</translation>
    </message>
    <message>
        <source>{where} refused a request (HTTP {status}).</source>
        <translation>{where} hat eine Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is kept in the outbox or retried on the next sync; report it if it keeps happening.</source>
        <translation>Dies bleibt im Postausgang oder wird beim nächsten Synchronisieren wiederholt; melden Sie es, wenn es immer wieder passiert.</translation>
    </message>
    <message>
        <source>{where} answered with a web page instead of data (often a sign-in page or a proxy&apos;s error page).</source>
        <translation>{where} hat mit einer Webseite statt mit Daten geantwortet (oft eine Anmeldeseite oder die Fehlerseite eines Proxys).</translation>
    </message>
    <message>
        <source>Check that the account&apos;s address is the ticket system&apos;s own address and that no sign-in page sits in front of its API.</source>
        <translation>Prüfen Sie, ob die Adresse des Kontos die eigene Adresse des Ticketsystems ist und keine Anmeldeseite vor seiner API liegt.</translation>
    </message>
    <message>
        <source>{where} sent an incomplete or damaged answer.</source>
        <translation>{where} hat eine unvollständige oder beschädigte Antwort gesendet.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; nothing in the cache was changed.</source>
        <translation>AgentDesk versucht es von selbst erneut; im Cache wurde nichts geändert.</translation>
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
    <name>Template</name>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>No value for {names} and the reply has no fallback for it: fill it in or add a default.</source>
        <translation>Kein Wert für {names}, und die Antwort hat keinen Ersatzwert dafür: Tragen Sie ihn ein oder ergänzen Sie einen Standardwert.</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Bitte ausfüllen: {fields}.</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {function} can only be called</source>
        <translation>„{name}“ ist nicht erlaubt: {function} kann nur aufgerufen werden</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (use {known})</source>
        <translation>„{name}“ ist keine Variable, die Vorlagen kennen (verwenden Sie {known})</translation>
    </message>
    <message>
        <source>“{name}” goes deeper than a custom field</source>
        <translation>„{name}“ geht tiefer als ein eigenes Feld</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {group} has no fields</source>
        <translation>„{name}“ ist nicht erlaubt: {group} hat keine Felder</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (known: {known})</source>
        <translation>„{name}“ ist keine Variable, die Vorlagen kennen (bekannt: {known})</translation>
    </message>
    <message>
        <source>“{name}” is a group of values; name one of its fields</source>
        <translation>„{name}“ ist eine Gruppe von Werten; nennen Sie eines ihrer Felder</translation>
    </message>
    <message>
        <source>the template syntax is broken: {problem}</source>
        <translation>die Vorlagensyntax ist fehlerhaft: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in canned replies</source>
        <translation>{what} ist in Antwortvorlagen nicht erlaubt</translation>
    </message>
    <message>
        <source>the filter or test “{name}” is not available</source>
        <translation>der Filter oder Test „{name}“ ist nicht verfügbar</translation>
    </message>
    <message>
        <source>only ask(&quot;…&quot;) can be called</source>
        <translation>nur ask(&quot;…&quot;) kann aufgerufen werden</translation>
    </message>
    <message>
        <source>ask needs one label in quotes, e.g. ask(&quot;Order number&quot;)</source>
        <translation>ask braucht eine Beschriftung in Anführungszeichen, z. B. ask(&quot;Bestellnummer&quot;)</translation>
    </message>
    <message>
        <source>only documented variables can be read</source>
        <translation>nur dokumentierte Variablen können gelesen werden</translation>
    </message>
    <message>
        <source>{where}: line {line}: {problem}.</source>
        <translation>{where}: Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the template; the variables are listed in the editor&apos;s help.</source>
        <translation>Korrigieren Sie die Vorlage; die Variablen stehen in der Hilfe des Editors.</translation>
    </message>
    <message>
        <source>The canned reply cannot be used: {problem}.</source>
        <translation>Die Antwortvorlage kann nicht verwendet werden: {problem}.</translation>
    </message>
    <message>
        <source>The canned reply tries something that is not allowed ({problem}).</source>
        <translation>Die Antwortvorlage versucht etwas, das nicht erlaubt ist ({problem}).</translation>
    </message>
    <message>
        <source>The canned reply could not be filled in ({problem}).</source>
        <translation>Die Antwortvorlage konnte nicht ausgefüllt werden ({problem}).</translation>
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
        <source>There is no waiting outbox operation {id}.</source>
        <translation>Es gibt keinen wartenden Postausgang-Vorgang {id}.</translation>
    </message>
    <message>
        <source>See them with `agentdesk outbox list`.</source>
        <translation>Sie sehen sie mit `agentdesk outbox list`.</translation>
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
        <source>This reply has already reached the mail server; only its copy in the Sent folder is missing.</source>
        <translation>Diese Antwort hat den Mailserver schon erreicht; nur ihre Kopie im Ordner „Gesendet“ fehlt.</translation>
    </message>
    <message>
        <source>Retry to file the copy, or discard it.</source>
        <translation>Wiederholen Sie, um die Kopie abzulegen, oder verwerfen Sie sie.</translation>
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
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Es gibt keine Konversation {id}.</translation>
    </message>
    <message>
        <source>Find conversation numbers with `agentdesk search … --json` (conversation_id).</source>
        <translation>Konversationsnummern finden Sie mit `agentdesk search … --json` (conversation_id).</translation>
    </message>
    <message>
        <source>There is no reminder {id}.</source>
        <translation>Es gibt keine Erinnerung {id}.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>No password or token was given for the account &apos;{account}&apos;.</source>
        <translation>Für das Konto „{account}“ wurde kein Passwort und kein Token angegeben.</translation>
    </message>
    <message>
        <source>Pipe it into the command, e.g. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</source>
        <translation>Leiten Sie es in den Befehl, z. B. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</translation>
    </message>
    <message>
        <source>There is already an account named &apos;{account}&apos;.</source>
        <translation>Es gibt schon ein Konto namens „{account}“.</translation>
    </message>
    <message>
        <source>Choose another --name, or remove the old one with `agentdesk account remove`.</source>
        <translation>Wählen Sie einen anderen --name, oder entfernen Sie das alte Konto mit `agentdesk account remove`.</translation>
    </message>
    <message>
        <source>There is no account named &apos;{account}&apos;.</source>
        <translation>Es gibt kein Konto namens „{account}“.</translation>
    </message>
    <message>
        <source>See the names with `agentdesk account list`.</source>
        <translation>Die Namen sehen Sie mit `agentdesk account list`.</translation>
    </message>
    <message>
        <source>No password is stored for the account &apos;{account}&apos;.</source>
        <translation>Für das Konto „{account}“ ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Add the account again with `agentdesk account add … --password-stdin`.</source>
        <translation>Fügen Sie das Konto mit `agentdesk account add … --password-stdin` erneut hinzu.</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; would send its password unencrypted to {host}.</source>
        <translation>Das Konto „{account}“ würde sein Passwort unverschlüsselt an {host} senden.</translation>
    </message>
    <message>
        <source>Use --security ssl or starttls; only if you really must, add --allow-plaintext.</source>
        <translation>Verwenden Sie --security ssl oder starttls; nur wenn es wirklich sein muss, ergänzen Sie --allow-plaintext.</translation>
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
