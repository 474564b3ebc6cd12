<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a ticket system</source>
        <translation>Añadir un sistema de tickets</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Añadir un buzón</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sync tasks</source>
        <translation>Tareas de sincronización</translation>
    </message>
    <message>
        <source>Nothing is syncing right now.</source>
        <translation>Ahora no se está sincronizando nada.</translation>
    </message>
    <message>
        <source>Last sync per account</source>
        <translation>Última sincronización por cuenta</translation>
    </message>
    <message>
        <source>This workspace does not sync: the demo stays on this computer.</source>
        <translation>Este espacio de trabajo no se sincroniza: la demo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>The background sync stopped unexpectedly (%1). AgentDesk restarts it in %2 s.</source>
        <translation>La sincronización en segundo plano se detuvo inesperadamente (%1). AgentDesk la reinicia en %2 s.</translation>
    </message>
    <message>
        <source>Working offline: nothing is fetched or sent until you go online again.</source>
        <translation>Sin conexión: no se descarga ni se envía nada hasta que vuelvas a conectarte.</translation>
    </message>
    <message>
        <source>The background sync was restarted after it stopped unexpectedly; it runs again.</source>
        <translation>La sincronización en segundo plano se reinició tras detenerse inesperadamente y vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The background sync runs in its own process; the window never waits for it.</source>
        <translation>La sincronización en segundo plano funciona en su propio proceso; la ventana nunca la espera.</translation>
    </message>
    <message>
        <source>The last sync pass failed:</source>
        <translation>La última pasada de sincronización falló:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Cancelada — se reanudará en la próxima sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing new</source>
        <translation>al día, nada nuevo</translation>
    </message>
    <message>
        <source>No sync has finished since the window opened.</source>
        <translation>No ha terminado ninguna sincronización desde que se abrió la ventana.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>“%s” was never downloaded, so it is not on this computer.</source>
        <translation>«%s» nunca se descargó, así que no está en este equipo.</translation>
    </message>
    <message>
        <source>Choose Download to fetch it from the ticket system now (you need to be online).</source>
        <translation>Elija «Descargar» para traerlo ahora del sistema de tickets (necesita conexión).</translation>
    </message>
    <message>
        <source>The mail server did not give AgentDesk its content, or it could not be read. Open the message in your mail provider&apos;s web page to get it.</source>
        <translation>El servidor de correo no entregó su contenido a AgentDesk, o no se pudo leer. Abra el mensaje en la web de su proveedor de correo para obtenerlo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>No program is set up to open “%s”.</source>
        <translation>No hay ningún programa configurado para abrir «%s».</translation>
    </message>
    <message>
        <source>Use Save as… instead.</source>
        <translation>Use «Guardar como…» en su lugar.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>The file could not be written (%s).</source>
        <translation>No se pudo escribir el archivo (%s).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Horario de apertura del {day}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Media jornada</translation>
    </message>
    <message>
        <source>Check its opening hours and closed days.</source>
        <translation>Revisa su horario de apertura y sus días cerrados.</translation>
    </message>
    <message>
        <source>A closed day</source>
        <translation>Un día cerrado</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time.</source>
        <translation>{where}: {value} no es una hora.</translation>
    </message>
    <message>
        <source>Write times as HH:MM, e.g. 09:00 or 17:30.</source>
        <translation>Escribe las horas como HH:MM, p. ej. 09:00 o 17:30.</translation>
    </message>
    <message>
        <source>{where}: {value} has seconds.</source>
        <translation>{where}: {value} tiene segundos.</translation>
    </message>
    <message>
        <source>Give opening hours in whole minutes, e.g. 09:00.</source>
        <translation>Indica el horario en minutos enteros, p. ej. 09:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time of day.</source>
        <translation>{where}: {value} no es una hora del día.</translation>
    </message>
    <message>
        <source>Use 00:00 to 24:00.</source>
        <translation>Usa de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a list of shifts.</source>
        <translation>{where}: {value} no es una lista de turnos.</translation>
    </message>
    <message>
        <source>Give a list of (start, end) pairs, e.g. [(&quot;09:00&quot;, &quot;17:00&quot;)].</source>
        <translation>Indica una lista de pares (inicio, fin), p. ej. [(&quot;09:00&quot;, &quot;17:00&quot;)].</translation>
    </message>
    <message>
        <source>{where}: {value} is not a shift.</source>
        <translation>{where}: {value} no es un turno.</translation>
    </message>
    <message>
        <source>Write each shift as a (start, end) pair, e.g. (&quot;09:00&quot;, &quot;12:30&quot;).</source>
        <translation>Escribe cada turno como un par (inicio, fin), p. ej. (&quot;09:00&quot;, &quot;12:30&quot;).</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} crosses midnight; shifts may not.</source>
        <translation>{where}: el turno {start}–{end} pasa de la medianoche, y los turnos no pueden hacerlo.</translation>
    </message>
    <message>
        <source>Split it into {start}–24:00 on this day and 00:00–{end} on the next.</source>
        <translation>Divídelo en {start}–24:00 este día y 00:00–{end} el siguiente.</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} is empty.</source>
        <translation>{where}: el turno {start}–{end} está vacío.</translation>
    </message>
    <message>
        <source>Give an end after the start.</source>
        <translation>Indica un fin posterior al inicio.</translation>
    </message>
    <message>
        <source>{where}: the shifts {first} and {second} overlap.</source>
        <translation>{where}: los turnos {first} y {second} se solapan.</translation>
    </message>
    <message>
        <source>Make each shift start after the previous one ends.</source>
        <translation>Haz que cada turno empiece después de que termine el anterior.</translation>
    </message>
    <message>
        <source>The weekly hours {value} are not a mapping of weekdays.</source>
        <translation>El horario semanal {value} no es una asignación de días de la semana.</translation>
    </message>
    <message>
        <source>Give them as {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</source>
        <translation>Indícalo como {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</translation>
    </message>
    <message>
        <source>{value} is not a weekday.</source>
        <translation>{value} no es un día de la semana.</translation>
    </message>
    <message>
        <source>Use one of {days}.</source>
        <translation>Usa uno de {days}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} no es una fecha.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2025-12-24.</source>
        <translation>Escribe las fechas como AAAA-MM-DD, p. ej. 2025-12-24.</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Pick an IANA time zone name such as Europe/Berlin or Asia/Jakarta.</source>
        <translation>Elige un nombre de zona horaria IANA, como Europe/Berlin o Asia/Jakarta.</translation>
    </message>
    <message>
        <source>The holidays package has no public holidays for the country {country}.</source>
        <translation>El paquete holidays no tiene festivos para el país {country}.</translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as DE, ES, IN or ID, or leave the country empty.</source>
        <translation>Usa un código de país ISO de dos letras, como DE, ES, IN o ID, o deja el país vacío.</translation>
    </message>
    <message>
        <source>{country} has no region {region} in the holidays package.</source>
        <translation>{country} no tiene la región {region} en el paquete holidays.</translation>
    </message>
    <message>
        <source>Use one of: {regions}.</source>
        <translation>Usa una de estas: {regions}.</translation>
    </message>
    <message>
        <source>Leave the region empty for this country.</source>
        <translation>Deja la región vacía para este país.</translation>
    </message>
    <message>
        <source>Public holidays for {country}: {problem}</source>
        <translation>Festivos de {country}: {problem}</translation>
    </message>
    <message>
        <source>Choose categories the country offers.</source>
        <translation>Elige categorías que ofrezca el país.</translation>
    </message>
    <message>
        <source>Holiday (from calendar file)</source>
        <translation>Festivo (del archivo de calendario)</translation>
    </message>
    <message>
        <source>{summary}: an observance, not a day off, so it was left out.</source>
        <translation>{summary}: es una conmemoración, no un día libre, así que se ha omitido.</translation>
    </message>
    <message>
        <source>{summary}: the event has no start date, so it was left out.</source>
        <translation>{summary}: el evento no tiene fecha de inicio, así que se ha omitido.</translation>
    </message>
    <message>
        <source>{summary}: its repeat rule ({rule}) is not supported, so only {day} was imported.</source>
        <translation>{summary}: su regla de repetición ({rule}) no es compatible, así que solo se ha importado el {day}.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>No es un archivo iCalendar (.ics): no empieza por BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Export the holiday calendar as an .ics file and import that file.</source>
        <translation>Exporta el calendario de festivos como archivo .ics e importa ese archivo.</translation>
    </message>
    <message>
        <source>An event could not be read ({problem}), so it was left out.</source>
        <translation>No se ha podido leer un evento ({problem}), así que se ha omitido.</translation>
    </message>
    <message>
        <source>The calendar file holds no events.</source>
        <translation>El archivo de calendario no contiene eventos.</translation>
    </message>
    <message>
        <source>The weekly hours must have seven days.</source>
        <translation>El horario semanal debe tener siete días.</translation>
    </message>
    <message>
        <source>Give hours for mon … sun (empty = closed).</source>
        <translation>Indica horas para mon … sun (vacío = cerrado).</translation>
    </message>
    <message>
        <source>The business calendar has no opening hours at all, so no due time could ever be reached.</source>
        <translation>El calendario laboral no tiene ningún horario de apertura, así que nunca se alcanzaría ningún vencimiento.</translation>
    </message>
    <message>
        <source>Give opening hours for at least one weekday.</source>
        <translation>Indica el horario de apertura de al menos un día de la semana.</translation>
    </message>
    <message>
        <source>A half day</source>
        <translation>Una media jornada</translation>
    </message>
    <message>
        <source>The closed day {value} has no date.</source>
        <translation>El día cerrado {value} no tiene fecha.</translation>
    </message>
    <message>
        <source>Write it as {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</source>
        <translation>Escríbelo como {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years after {day}.</source>
        <translation>El calendario laboral no abre en los diez años posteriores al {day}.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years before {day}.</source>
        <translation>El calendario laboral no abre en los diez años anteriores al {day}.</translation>
    </message>
    <message>
        <source>The business calendar is not open on any day in the ten years around {day}.</source>
        <translation>El calendario laboral no abre ningún día en los diez años en torno al {day}.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>“%1” is not a time range.</source>
        <translation>«%1» no es un intervalo horario.</translation>
    </message>
    <message>
        <source>Write hours like 09:00-12:30, 13:30-17:00.</source>
        <translation>Escribe las horas así: 09:00-12:30, 13:30-17:00.</translation>
    </message>
    <message>
        <source>Business hours and holidays</source>
        <translation>Horario laboral y festivos</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>(no public holidays)</source>
        <translation>(sin festivos)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Festivos de</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Opening hours (split shifts with commas)</source>
        <translation>Horario de apertura (turnos partidos separados por comas)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Holidays in</source>
        <translation>Festivos en</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(todo el país)</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>fecha estimada</translation>
    </message>
</context>
<context>
    <name>Canned</name>
    <message>
        <source>entry {number}</source>
        <translation>la entrada {number}</translation>
    </message>
    <message>
        <source>The canned-reply file is not in the expected shape: {where} is not an object.</source>
        <translation>El archivo de respuestas predefinidas no tiene la forma esperada: {where} no es un objeto.</translation>
    </message>
    <message>
        <source>The canned-reply file has no title in {where}.</source>
        <translation>El archivo de respuestas predefinidas no tiene título en {where}.</translation>
    </message>
    <message>
        <source>The canned reply {title} ({where}) has no language variants.</source>
        <translation>La respuesta predefinida {title} ({where}) no tiene versiones de idioma.</translation>
    </message>
    <message>
        <source>The {language} variant of {title} has no body text.</source>
        <translation>La versión {language} de {title} no tiene texto.</translation>
    </message>
    <message>
        <source>Each entry needs a &quot;title&quot; and &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</source>
        <translation>Cada entrada necesita &quot;title&quot; y &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</translation>
    </message>
    <message>
        <source>The canned-reply file is not valid JSON (line {line}: {problem}).</source>
        <translation>El archivo de respuestas predefinidas no es JSON válido (línea {line}: {problem}).</translation>
    </message>
    <message>
        <source>The canned-reply file must hold a list of entries.</source>
        <translation>El archivo de respuestas predefinidas debe contener una lista de entradas.</translation>
    </message>
    <message>
        <source>The CSV file lacks the column(s) {columns}.</source>
        <translation>Al archivo CSV le faltan las columnas {columns}.</translation>
    </message>
    <message>
        <source>Use the columns {columns} (one row per language variant).</source>
        <translation>Usa las columnas {columns} (una fila por versión de idioma).</translation>
    </message>
    <message>
        <source>There is no canned reply named {name}.</source>
        <translation>No hay ninguna respuesta predefinida llamada {name}.</translation>
    </message>
    <message>
        <source>See the names with `agentdesk canned list`.</source>
        <translation>Consulta los nombres con `agentdesk canned list`.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Una respuesta predefinida necesita un título.</translation>
    </message>
    <message>
        <source>Give it a short title, e.g. “Where is my order”.</source>
        <translation>Dale un título corto, p. ej. «Dónde está mi pedido».</translation>
    </message>
    <message>
        <source>The canned reply {title} has no text.</source>
        <translation>La respuesta predefinida {title} no tiene texto.</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Escribe el texto en al menos un idioma.</translation>
    </message>
    <message>
        <source>{language} is not a language code.</source>
        <translation>{language} no es un código de idioma.</translation>
    </message>
    <message>
        <source>Use a code such as en, de, es, id, hi or pt-BR.</source>
        <translation>Usa un código como en, de, es, id, hi o pt-BR.</translation>
    </message>
    <message>
        <source>The {language} text of {title} is empty.</source>
        <translation>El texto {language} de {title} está vacío.</translation>
    </message>
    <message>
        <source>Write it, or remove that language.</source>
        <translation>Escríbelo o quita ese idioma.</translation>
    </message>
    <message>
        <source>{title} ({language}, {part})</source>
        <translation>{title} ({language}, {part})</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The shortcut {shortcut} is already used by {title}.</source>
        <translation>El atajo {shortcut} ya lo usa {title}.</translation>
    </message>
    <message>
        <source>Choose another shortcut.</source>
        <translation>Elige otro atajo.</translation>
    </message>
</context>
<context>
    <name>CannedCli</name>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>--field {value} is not LABEL=VALUE.</source>
        <translation>--field {value} no tiene la forma ETIQUETA=VALOR.</translation>
    </message>
    <message>
        <source>Write it like --field &quot;Order number=A-1042&quot;.</source>
        <translation>Escríbelo así: --field &quot;Número de pedido=A-1042&quot;.</translation>
    </message>
    <message>
        <source>The canned reply {title} has no {language} version.</source>
        <translation>La respuesta predefinida {title} no tiene versión {language}.</translation>
    </message>
    <message>
        <source>It exists in: {languages}.</source>
        <translation>Existe en: {languages}.</translation>
    </message>
    <message>
        <source>Answer them with {options}.</source>
        <translation>Respóndelos con {options}.</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s details, or give the template a fallback with | default(&quot;…&quot;).</source>
        <translation>Completa los datos del cliente o da a la plantilla un valor alternativo con | default(&quot;…&quot;).</translation>
    </message>
    <message>
        <source>The canned reply {title} ({language}) cannot be used yet: {problem}</source>
        <translation>La respuesta predefinida {title} ({language}) aún no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>The library is empty. Import one with `agentdesk canned import FILE`.</source>
        <translation>La biblioteca está vacía. Importa una con `agentdesk canned import ARCHIVO`.</translation>
    </message>
    <message>
        <source>used {count}×</source>
        <translation>usada {count}×</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>No se puede leer el archivo {path} ({problem}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Comprueba la ruta.</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>El archivo {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and try again.</source>
        <translation>Guárdalo como UTF-8 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Imported {added} new and updated {updated} canned replies.</source>
        <translation>Se han importado {added} respuestas predefinidas nuevas y actualizado {updated}.</translation>
    </message>
</context>
<context>
    <name>CannedEditor</name>
    <message>
        <source>Canned replies and articles</source>
        <translation>Respuestas predefinidas y artículos</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>typed after :: in the composer</source>
        <translation>se escribe tras :: en el editor</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Artículo de ayuda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Idioma</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Quitar este idioma</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Variables: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Fallback: {{ customer.first_name | default(&quot;there&quot;) }}. Fill-in: {{ ask(&quot;Order number&quot;) }}. Conditions: {% if … %}…{% else %}…{% endif %}.</source>
        <translation>Variables: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Valor por defecto: {{ customer.first_name | default(&quot;there&quot;) }}. Dato a completar: {{ ask(&quot;Order number&quot;) }}. Condiciones: {% if … %}…{% else %}…{% endif %}.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Vista previa para</translation>
    </message>
    <message>
        <source>Used %1 times; languages: %2</source>
        <translation>Usada %1 veces; idiomas: %2</translation>
    </message>
    <message>
        <source>(no customer: fallbacks show)</source>
        <translation>(sin cliente: se muestran los valores por defecto)</translation>
    </message>
    <message>
        <source>Used %1 times</source>
        <translation>Usada %1 veces</translation>
    </message>
    <message>
        <source>Other language code…</source>
        <translation>Otro código de idioma…</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Añadir un idioma</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, pt-BR):</source>
        <translation>Código de idioma (p. ej., fr, pt-BR):</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>This customer would not get this reply:</source>
        <translation>Este cliente no recibiría esta respuesta:</translation>
    </message>
    <message>
        <source>Another entry is already called “%1”. Choose another title.</source>
        <translation>Ya hay otra entrada llamada «%1». Elige otro título.</translation>
    </message>
    <message>
        <source>Not saved: fix the problem shown, or Revert</source>
        <translation>Sin guardar: corrige el problema indicado o pulsa Revertir</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Search titles, shortcuts and text…</source>
        <translation>Buscar en títulos, atajos y texto…</translation>
    </message>
    <message>
        <source>The language of the reply; chosen from the customer&apos;s language</source>
        <translation>El idioma de la respuesta; se elige según el idioma del cliente</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>Insert the article&apos;s public address instead of its text</source>
        <translation>Insertar la dirección pública del artículo en lugar de su texto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ elegir · Intro inserta · Esc cierra</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artículo: %1</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>No hay coincidencias. Prueba con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>needed before inserting</source>
        <translation>necesario antes de insertar</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Completa: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
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
        <translation>Se añadió la cuenta IMAP «{account}». Ejecuta `agentdesk sync --once` para traer su correo.</translation>
    </message>
    <message>
        <source>Added the {system} account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its tickets.</source>
        <translation>Se añadió la cuenta de {system} «{account}». Ejecuta `agentdesk sync --once` para traer sus tickets.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with `agentdesk account add imap …`.</source>
        <translation>Todavía no hay cuentas. Añade una con `agentdesk account add imap …`.</translation>
    </message>
    <message>
        <source>Removed the account &apos;{account}&apos;.</source>
        <translation>Se eliminó la cuenta «{account}».</translation>
    </message>
    <message>
        <source>Saved (this conversation has no server to send to).</source>
        <translation>Guardado (esta conversación no tiene servidor al que enviar).</translation>
    </message>
    <message>
        <source>Queued as outbox operation {id}; `agentdesk sync --once` delivers it.</source>
        <translation>En cola como operación {id} de la bandeja de salida; `agentdesk sync --once` la entrega.</translation>
    </message>
    <message>
        <source>`outbox {action}` needs the operation&apos;s ID.</source>
        <translation>`outbox {action}` necesita el ID de la operación.</translation>
    </message>
    <message>
        <source>Operation {id} is queued again.</source>
        <translation>La operación {id} vuelve a estar en cola.</translation>
    </message>
    <message>
        <source>Operation {id} was discarded.</source>
        <translation>La operación {id} se descartó.</translation>
    </message>
    <message>
        <source>Operation {id} is marked as delivered; it is not sent again.</source>
        <translation>La operación {id} está marcada como entregada; no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Operation {id} was dropped; the server&apos;s value is kept.</source>
        <translation>La operación {id} se descartó; se mantiene el valor del servidor.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything has reached the servers.</source>
        <translation>La bandeja de salida está vacía: todo ha llegado a los servidores.</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>conversation {id}</source>
        <translation>conversación {id}</translation>
    </message>
    <message>
        <source>attempts: {count}</source>
        <translation>intentos: {count}</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(no se pudo leer)</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, on the server now {server}</source>
        <translation>{field}: el tuyo {mine}, ahora en el servidor {server}</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Ninguna conversación coincide.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the canned-reply and knowledge-article library</source>
        <translation>la biblioteca de respuestas predefinidas y artículos de ayuda</translation>
    </message>
    <message>
        <source>canned commands</source>
        <translation>comandos de respuestas predefinidas</translation>
    </message>
    <message>
        <source>list the library</source>
        <translation>listar la biblioteca</translation>
    </message>
    <message>
        <source>show one entry with all its languages</source>
        <translation>mostrar una entrada con todos sus idiomas</translation>
    </message>
    <message>
        <source>shortcut or title</source>
        <translation>atajo o título</translation>
    </message>
    <message>
        <source>import entries from a JSON or CSV file (same title or shortcut: replaced)</source>
        <translation>importar entradas de un archivo JSON o CSV (mismo título o atajo: se reemplaza)</translation>
    </message>
    <message>
        <source>skip entries that already exist</source>
        <translation>omitir las entradas que ya existen</translation>
    </message>
    <message>
        <source>print the library as JSON (or CSV with --csv)</source>
        <translation>imprimir la biblioteca como JSON (o CSV con --csv)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
Run &apos;{prog} --help&apos; to see what it accepts.
</source>
        <translation>{prog}: error: {message}
Ejecuta &apos;{prog} --help&apos; para ver lo que acepta.
</translation>
    </message>
    <message>
        <source>folder holding the workspace (cache, attachments, logs); default: {folder}</source>
        <translation>carpeta del espacio de trabajo (caché, adjuntos, registros); por defecto: {folder}</translation>
    </message>
    <message>
        <source>the language of the window and of what commands print (default: for the window the ui_language setting, else the system&apos;s language; for commands the system&apos;s language)</source>
        <translation>el idioma de la ventana y de lo que imprimen los comandos (por defecto: para la ventana, el ajuste ui_language o, si no, el idioma del sistema; para los comandos, el idioma del sistema)</translation>
    </message>
    <message>
        <source>AgentDesk: email and tickets for small support teams, one customer timeline, offline first.</source>
        <translation>AgentDesk: correo y tickets para equipos de soporte pequeños, una cronología por cliente, primero sin conexión.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>imprimir la versión y salir</translation>
    </message>
    <message>
        <source>log debug details to the console</source>
        <translation>registrar detalles de depuración en la consola</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <source>open (and create on first use) the demo workspace</source>
        <translation>abrir (y crear la primera vez) el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>only create the demo workspace, do not open it</source>
        <translation>solo crear el espacio de trabajo de demostración, sin abrirlo</translation>
    </message>
    <message>
        <source>open the cache and build the main window offscreen; exit 0 when all is well</source>
        <translation>abrir la caché y construir la ventana principal fuera de pantalla; sale con 0 si todo va bien</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>imprimir la versión</translation>
    </message>
    <message>
        <source>add, list or remove accounts</source>
        <translation>añadir, listar o eliminar cuentas</translation>
    </message>
    <message>
        <source>sync every account (pull, then the outbox)</source>
        <translation>sincronizar todas las cuentas (descargar y luego la bandeja de salida)</translation>
    </message>
    <message>
        <source>import an .eml file, a folder of them, an mbox file or a Maildir</source>
        <translation>importar un archivo .eml, una carpeta de ellos, un archivo mbox o un Maildir</translation>
    </message>
    <message>
        <source>reply to a conversation (or add an internal note); queued in the outbox</source>
        <translation>responder a una conversación (o añadir una nota interna); queda en la bandeja de salida</translation>
    </message>
    <message>
        <source>what is waiting to reach the servers</source>
        <translation>lo que espera para llegar a los servidores</translation>
    </message>
    <message>
        <source>search every conversation in the cache</source>
        <translation>buscar en todas las conversaciones de la caché</translation>
    </message>
    <message>
        <source>list follow-up reminders that are not done yet</source>
        <translation>listar los recordatorios de seguimiento aún no hechos</translation>
    </message>
    <message>
        <source>only those due now</source>
        <translation>solo los vencidos ahora</translation>
    </message>
    <message>
        <source>done ones too, with why they ended</source>
        <translation>también los hechos, con el motivo por el que terminaron</translation>
    </message>
    <message>
        <source>support KPIs for a period (business and calendar time)</source>
        <translation>indicadores de soporte de un periodo (tiempo laborable y de calendario)</translation>
    </message>
    <message>
        <source>folder holding the workspace</source>
        <translation>carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>primer día, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>último día, incluido</translation>
    </message>
    <message>
        <source>write one row per conversation to this CSV file</source>
        <translation>escribir una fila por conversación en este archivo CSV</translation>
    </message>
    <message>
        <source>print one JSON object with every metric</source>
        <translation>imprimir un objeto JSON con todas las métricas</translation>
    </message>
    <message>
        <source>only this channel (email, ticket)</source>
        <translation>solo este canal (email, ticket)</translation>
    </message>
    <message>
        <source>only conversations with this tag</source>
        <translation>solo conversaciones con esta etiqueta</translation>
    </message>
    <message>
        <source>only conversations assigned to this person (&apos;&apos; for unassigned)</source>
        <translation>solo conversaciones asignadas a esta persona (&apos;&apos; para las no asignadas)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Escribe una respuesta… (Ctrl+Intro para enviar)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>Respuesta predefinida…</translation>
    </message>
    <message>
        <source>Insert a canned reply or article (Ctrl+K, or type :: in the text)</source>
        <translation>Insertar una respuesta predefinida o un artículo (Ctrl+K, o escribe :: en el texto)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>Adjuntar archivos (o arrástralos a la respuesta)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>The file “%1” is %2; this ticket system takes files up to %3.</source>
        <translation>El archivo «%1» ocupa %2; este sistema de tickets acepta archivos de hasta %3.</translation>
    </message>
    <message>
        <source>Remove it and share it another way (a link, or a smaller or compressed copy).</source>
        <translation>Quítelo y compártalo de otra forma (un enlace, o una copia más pequeña o comprimida).</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Borrador recuperado</translation>
    </message>
    <message>
        <source>Only your team sees notes</source>
        <translation>Solo tu equipo ve las notas</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>in the ticket system</source>
        <translation>en el sistema de tickets</translation>
    </message>
    <message>
        <source>Reply goes to the customer %s</source>
        <translation>La respuesta se envía al cliente %s</translation>
    </message>
    <message>
        <source>Draft NOT saved</source>
        <translation>Borrador NO guardado</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>En cola para enviar</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Nota añadida</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remitente desconocido)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 (%2)</source>
        <translation>Hora local del cliente: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation>Selecciona una conversación para leerla.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Otras conversaciones con este cliente</translation>
    </message>
    <message>
        <source>Priority: %s</source>
        <translation>Prioridad: %s</translation>
    </message>
    <message>
        <source>Assigned to %s</source>
        <translation>Asignada a %s</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>Pospuesta hasta %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 vencida desde %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 vence %2</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 en pausa</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 incumplida</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n tracking pixel(s))</source>
        <translation>
            <numerusform>Contenido remoto bloqueado (%n píxel de seguimiento)</numerusform>
            <numerusform>Contenido remoto bloqueado (%n píxeles de seguimiento)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load once</source>
        <translation>Cargar una vez</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Siempre para este remitente</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>del cliente</translation>
    </message>
    <message>
        <source>internal, not sent to the customer</source>
        <translation>interna, no enviada al cliente</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>al cliente</translation>
    </message>
    <message>
        <source>not sent: see Needs attention</source>
        <translation>no enviado: ver «Requieren atención»</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Ocultar texto citado</translation>
    </message>
    <message numerus="yes">
        <source>Show quoted text (%n line(s))</source>
        <translation>
            <numerusform>Mostrar texto citado (%n línea)</numerusform>
            <numerusform>Mostrar texto citado (%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>no descargado</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>This message was damaged; AgentDesk repaired what it could.</source>
        <translation>Este mensaje estaba dañado; AgentDesk reparó lo que pudo.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Notes about this customer (only your team sees them)</source>
        <translation>Notas sobre este cliente (solo las ve tu equipo)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Your own fields (plan, order number…), usable in canned replies. Empty the name to remove one.</source>
        <translation>Campos propios (plan, número de pedido…), utilizables en respuestas predefinidas. Vacíe el nombre para quitar uno.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos propios</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Undo merge of %s</source>
        <translation>Deshacer la fusión de %s</translation>
    </message>
    <message>
        <source>Maybe the same person</source>
        <translation>Quizá la misma persona</translation>
    </message>
    <message>
        <source>Merge into this customer…</source>
        <translation>Fusionar con este cliente…</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>Idioma: %s</translation>
    </message>
    <message>
        <source>Local time: %s</source>
        <translation>Hora local: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>First contact: %s</source>
        <translation>Primer contacto: %s</translation>
    </message>
    <message>
        <source>Last contact: %s</source>
        <translation>Último contacto: %s</translation>
    </message>
    <message>
        <source>Median first response: %s (business hours)</source>
        <translation>Mediana de primera respuesta: %s (horario laboral)</translation>
    </message>
    <message>
        <source>Median first response: %s</source>
        <translation>Mediana de primera respuesta: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and these addresses move to %1:</source>
        <translation>
            <numerusform>%n conversación y estas direcciones pasan a %1:</numerusform>
            <numerusform>%n conversaciones y estas direcciones pasan a %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>You can undo this later.</source>
        <translation>Puedes deshacerlo más tarde.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>fuera del horario laboral</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>How conversation #%1 was measured</source>
        <translation>Cómo se midió la conversación #%1</translation>
    </message>
    <message>
        <source>Times in %1. Business time counts only the green intervals; calendar time counts green and grey; amber intervals are paused and count on neither clock.</source>
        <translation>Horas en %1. El tiempo laboral cuenta solo los intervalos verdes; el tiempo de calendario cuenta los verdes y los grises; los intervalos ámbar están en pausa y no cuentan en ningún reloj.</translation>
    </message>
    <message>
        <source>Nothing was measured yet for this conversation.</source>
        <translation>Todavía no se ha medido nada en esta conversación.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>counted as</source>
        <translation>contado como</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 calendar</source>
        <translation>%1: %2 laborables, %3 de calendario</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>Handling time: %1</source>
        <translation>Tiempo de gestión: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3) in the composer</source>
        <translation>%1 – %2 (%3) en el editor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up AgentDesk</source>
        <translation>Configurar AgentDesk</translation>
    </message>
    <message>
        <source>Your mailbox</source>
        <translation>Su buzón</translation>
    </message>
    <message>
        <source>The settings your mail provider gives for mail programs. Test the connection before you finish.</source>
        <translation>Los datos que su proveedor de correo indica para programas de correo. Pruebe la conexión antes de terminar.</translation>
    </message>
    <message>
        <source>Your ticket system</source>
        <translation>Su sistema de tickets</translation>
    </message>
    <message>
        <source>The address you open in the browser and who signs in. Test the connection before you finish.</source>
        <translation>La dirección que abre en el navegador y quién inicia sesión. Pruebe la conexión antes de terminar.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
    <message>
        <source>The demo could not be built: %s</source>
        <translation>No se pudo crear la demostración: %s</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>ImapAccountForm</name>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
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
        <translation>Ninguna (solo servidores de prueba locales)</translation>
    </message>
    <message>
        <source>same as IMAP if empty</source>
        <translation>igual que IMAP si está vacío</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Team address</source>
        <translation>Dirección del equipo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>La contraseña se guarda en el llavero de tu sistema, nunca en los archivos de AgentDesk.</translation>
    </message>
    <message>
        <source>Fill in the server first.</source>
        <translation>Primero indica el servidor.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Primero indica el nombre de usuario.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Primero indica la contraseña.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message>
        <source>Both servers answered. Folders: %1; sent mail goes to: %2.</source>
        <translation>Ambos servidores respondieron. Carpetas: %1; el correo enviado va a: %2.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>La prueba falló de forma inesperada: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>&amp;Añadir buzón…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar sin &amp;conexión</translation>
    </message>
    <message>
        <source>&amp;Canned replies and articles…</source>
        <translation>&amp;Respuestas predefinidas y artículos…</translation>
    </message>
    <message>
        <source>Business &amp;hours and holidays…</source>
        <translation>&amp;Horario laboral y festivos…</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Objetivos de SLA…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Sort by &amp;last activity</source>
        <translation>Ordenar por &amp;última actividad</translation>
    </message>
    <message>
        <source>Sort by &amp;due next</source>
        <translation>Ordenar por &amp;próximo vencimiento</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>Panel de &amp;cliente</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Actividad de sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;activity</source>
        <translation>&amp;Actividad de sincronización</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Passwords not stored safely</source>
        <translation>Contraseñas no guardadas de forma segura</translation>
    </message>
    <message>
        <source>No keyring for passwords</source>
        <translation>No hay llavero para las contraseñas</translation>
    </message>
    <message>
        <source>Demo workspace: changes stay on this computer</source>
        <translation>Espacio de demostración: los cambios se quedan en este equipo</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search: %s</source>
        <translation>Búsqueda: %s</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>signed in as %s</source>
        <translation>sesión iniciada como %s</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>Acerca de AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %s
A desktop workstation for small support teams.</source>
        <translation>AgentDesk %s
Un puesto de trabajo de escritorio para equipos de soporte pequeños.</translation>
    </message>
</context>
<context>
    <name>MergeReason</name>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same address in a ticket system</source>
        <translation>misma dirección en un sistema de tickets</translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or fetched until you go online again.</source>
        <translation>Trabajando sin conexión: no se envía ni se recibe nada hasta que vuelvas a conectarte.</translation>
    </message>
</context>
<context>
    <name>OperationCard</name>
    <message>
        <source>Open conversation</source>
        <translation>Abrir conversación</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Guardar y enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Respuesta por correo</translation>
    </message>
    <message>
        <source>Ticket reply</source>
        <translation>Respuesta en ticket</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>Cambio de prioridad</translation>
    </message>
    <message>
        <source>Tag change</source>
        <translation>Cambio de etiquetas</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Read/unread mark</source>
        <translation>Marca de leída/no leída</translation>
    </message>
    <message>
        <source>The conversation changed after you wrote this. Nothing was sent.</source>
        <translation>La conversación cambió después de que escribieras esto. No se envió nada.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket first. Nothing was overwritten.</source>
        <translation>Otra persona cambió este ticket antes. No se sobrescribió nada.</translation>
    </message>
    <message>
        <source>This may already have been sent. AgentDesk will not send it again without you.</source>
        <translation>Puede que esto ya se haya enviado. AgentDesk no lo volverá a enviar sin tu confirmación.</translation>
    </message>
    <message>
        <source>The server refused this. It stays here until you decide.</source>
        <translation>El servidor lo rechazó. Se queda aquí hasta que decidas.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>New since you started writing:</source>
        <translation>Nuevo desde que empezaste a escribir:</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Tu cambio</translation>
    </message>
    <message>
        <source>Before it</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>In %1 now</source>
        <translation>Ahora en %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>Keep server value</source>
        <translation>Mantener el valor del servidor</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>Aplicar mi cambio</translation>
    </message>
    <message>
        <source>It arrived: mark as delivered</source>
        <translation>Llegó: marcar como entregado</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The account of this operation was removed.</source>
        <translation>La cuenta de esta operación se eliminó.</translation>
    </message>
    <message>
        <source>Discard it, or add the account again.</source>
        <translation>Descártala o vuelve a añadir la cuenta.</translation>
    </message>
    <message>
        <source>AgentDesk cannot deliver a &apos;{kind}&apos; change to a {system} account yet.</source>
        <translation>AgentDesk todavía no puede entregar un cambio «{kind}» a una cuenta {system}.</translation>
    </message>
    <message>
        <source>Discard it; the change stays in AgentDesk only.</source>
        <translation>Descártala; el cambio se queda solo en AgentDesk.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s) and someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Retenida antes de enviarla: desde que empezaste esta respuesta, el cliente escribió {customer} mensaje(s) nuevo(s) y otra persona respondió {team} vez/veces. Envíala de todos modos, edítala o descártala.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s). Send it anyway, edit it, or discard it.</source>
        <translation>Retenida antes de enviarla: desde que empezaste esta respuesta, el cliente escribió {customer} mensaje(s) nuevo(s). Envíala de todos modos, edítala o descártala.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Retenida antes de enviarla: desde que empezaste esta respuesta, otra persona respondió {team} vez/veces. Envíala de todos modos, edítala o descártala.</translation>
    </message>
    <message>
        <source>This reply may have been sent already: AgentDesk stopped while the mail server was receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; retry to send it again, or discard it.</source>
        <translation>Puede que esta respuesta ya se haya enviado: AgentDesk se detuvo mientras el servidor de correo la recibía y no está en la carpeta Enviados. Compruébalo con el cliente o en tu correo enviado; reintenta para enviarla de nuevo, o descártala.</translation>
    </message>
    <message>
        <source>The attachment &apos;{filename}&apos; of this reply is missing from the cache.</source>
        <translation>El adjunto «{filename}» de esta respuesta falta en la caché.</translation>
    </message>
    <message>
        <source>Discard this reply and send it again with the file attached.</source>
        <translation>Descarta esta respuesta y envíala de nuevo con el archivo adjunto.</translation>
    </message>
    <message>
        <source>AgentDesk cannot send a &apos;{kind}&apos; change to a ticket system.</source>
        <translation>AgentDesk no puede enviar un cambio «{kind}» a un sistema de tickets.</translation>
    </message>
    <message>
        <source>Discard it.</source>
        <translation>Descártala.</translation>
    </message>
    <message>
        <source>This change belongs to a conversation that is no longer in the cache.</source>
        <translation>Este cambio pertenece a una conversación que ya no está en la caché.</translation>
    </message>
    <message>
        <source>This note may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Puede que esta nota ya esté en el ticket {ticket}: AgentDesk se detuvo mientras la enviaba a {system} y no se encontró en el ticket. Revisa el ticket; reintenta para enviarla de nuevo, o descártala.</translation>
    </message>
    <message>
        <source>This reply may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Puede que esta respuesta ya esté en el ticket {ticket}: AgentDesk se detuvo mientras la enviaba a {system} y no se encontró en el ticket. Revisa el ticket; reintenta para enviarla de nuevo, o descártala.</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <source>priority change</source>
        <translation>cambio de prioridad</translation>
    </message>
    <message>
        <source>tag change</source>
        <translation>cambio de etiquetas</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). Look at the ticket first; retry to apply it anyway, or discard it.</source>
        <translation>Retenido: el ticket {ticket} cambió en {system} después de hacer esta {what} ({reason}). Mira primero el ticket; reintenta para aplicarla de todos modos, o descártala.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Nothing needs your attention. Everything you did is sent or on its way.</source>
        <translation>Nada requiere tu atención. Todo lo que hiciste está enviado o en camino.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision</source>
        <translation>
            <numerusform>%n cambio necesita tu decisión</numerusform>
            <numerusform>%n cambios necesitan tu decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>último problema: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Later today (at opening)</source>
        <translation>Más tarde hoy (a la apertura)</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>Next business day at opening</source>
        <translation>Siguiente día laborable a la apertura</translation>
    </message>
    <message>
        <source>Next weekday at 9:00</source>
        <translation>Siguiente día entre semana a las 9:00</translation>
    </message>
    <message>
        <source>Next week (Monday 9:00)</source>
        <translation>La próxima semana (lunes 9:00)</translation>
    </message>
    <message>
        <source>Next week at opening</source>
        <translation>La próxima semana a la apertura</translation>
    </message>
    <message>
        <source>In 4 business hours</source>
        <translation>En 4 horas laborables</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>En 4 horas</translation>
    </message>
    <message>
        <source>In 1 business day</source>
        <translation>En 1 día laborable</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>En 1 día</translation>
    </message>
    <message>
        <source>In 2 business days</source>
        <translation>En 2 días laborables</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>En 2 días</translation>
    </message>
    <message>
        <source>In 5 business days (a week)</source>
        <translation>En 5 días laborables (una semana)</translation>
    </message>
    <message>
        <source>In 5 days (a week)</source>
        <translation>En 5 días (una semana)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>if no reply</source>
        <translation>si no hay respuesta</translation>
    </message>
    <message>
        <source>check back</source>
        <translation>volver a consultar</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation>No hay recordatorios abiertos.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCIDO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHO</translation>
    </message>
    <message>
        <source>the customer replied</source>
        <translation>el cliente respondió</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
    <message>
        <source>%1 reminders are due</source>
        <translation>Vencen %1 recordatorios</translation>
    </message>
    <message>
        <source>see the Due view</source>
        <translation>consulta la vista Vencen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Closed before the team&apos;s first reply: no first response time.</source>
        <translation>Cerrada antes de la primera respuesta del equipo: sin tiempo de primera respuesta.</translation>
    </message>
    <message>
        <source>The closing time is not known: the conversation&apos;s last activity is taken instead.</source>
        <translation>No se conoce la hora de cierre: se toma en su lugar la última actividad de la conversación.</translation>
    </message>
    <message>
        <source>holiday: {name}</source>
        <translation>festivo: {name}</translation>
    </message>
    <message>
        <source>closed: {name}</source>
        <translation>cerrado: {name}</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>fin de semana</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>día cerrado</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>fuera del horario de apertura</translation>
    </message>
    <message>
        <source>calendar time (no business calendar)</source>
        <translation>tiempo de calendario (sin calendario laboral)</translation>
    </message>
    <message>
        <source>open hours</source>
        <translation>horario de apertura</translation>
    </message>
    <message>
        <source>paused: waiting on the customer</source>
        <translation>en pausa: esperando al cliente</translation>
    </message>
    <message>
        <source>paused: snoozed</source>
        <translation>en pausa: pospuesta</translation>
    </message>
    <message>
        <source>paused: closed (reopened later)</source>
        <translation>en pausa: cerrada (reabierta después)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next response {number}</source>
        <translation>Siguiente respuesta {number}</translation>
    </message>
    <message>
        <source>paused: {status}</source>
        <translation>en pausa: {status}</translation>
    </message>
    <message>
        <source>(time of the change inferred)</source>
        <translation>(hora del cambio deducida)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>A customer message from {time} UTC is still unanswered.</source>
        <translation>Un mensaje del cliente del {time} UTC sigue sin respuesta.</translation>
    </message>
    <message>
        <source>No business calendar is set up: business time is not measured.</source>
        <translation>No hay calendario laboral configurado: no se mide el tiempo laborable.</translation>
    </message>
    <message>
        <source>No SLA policies are set up.</source>
        <translation>No hay políticas de SLA configuradas.</translation>
    </message>
    <message>
        <source>The SLA policies count business time but no business calendar is set up.</source>
        <translation>Las políticas de SLA cuentan tiempo laborable, pero no hay calendario laboral configurado.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>{value} no es una fecha; escríbela como AAAA-MM-DD, p. ej. 2025-03-31</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>El periodo termina ({last}) antes de empezar ({first}).</translation>
    </message>
    <message>
        <source>Give --from a day on or before --to.</source>
        <translation>Indica en --from un día igual o anterior a --to.</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}</source>
        <translation>Se han escrito {count} filas en {path}</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be written: {problem}.</source>
        <translation>No se puede escribir el archivo CSV {path}: {problem}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check that the disk is not full.</source>
        <translation>Elige una carpeta en la que puedas escribir y comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>business median</source>
        <translation>mediana laborable</translation>
    </message>
    <message>
        <source>business p90</source>
        <translation>p90 laborable</translation>
    </message>
    <message>
        <source>calendar median</source>
        <translation>mediana calendario</translation>
    </message>
    <message>
        <source>calendar p90</source>
        <translation>p90 calendario</translation>
    </message>
    <message>
        <source>Support report {first} to {last} ({zone}), {count} conversations begun in the period</source>
        <translation>Informe de soporte del {first} al {last} ({zone}), {count} conversaciones iniciadas en el periodo</translation>
    </message>
    <message>
        <source>Business calendar: {name}</source>
        <translation>Calendario laboral: {name}</translation>
    </message>
    <message>
        <source>Business calendar: none (business time not measured)</source>
        <translation>Calendario laboral: ninguno (no se mide el tiempo laborable)</translation>
    </message>
    <message>
        <source>Unanswered (no first reply yet): {count}</source>
        <translation>Sin responder (aún sin primera respuesta): {count}</translation>
    </message>
    <message>
        <source>Resolved: {count}</source>
        <translation>Resueltas: {count}</translation>
    </message>
    <message>
        <source>First contact resolution: {rate} ({one} of {replied} resolved with one reply); replies per resolved conversation: {mean}</source>
        <translation>Resolución en el primer contacto: {rate} ({one} de {replied} resueltas con una respuesta); respuestas por conversación resuelta: {mean}</translation>
    </message>
    <message>
        <source>Handling time: median {median} per conversation, total {total}</source>
        <translation>Tiempo de gestión: mediana {median} por conversación, total {total}</translation>
    </message>
    <message>
        <source>SLA attainment: {note}</source>
        <translation>Cumplimiento del SLA: {note}</translation>
    </message>
    <message>
        <source>SLA {metric}: {rate} met ({met} met, {missed} missed, {pending} still running)</source>
        <translation>SLA {metric}: {rate} cumplido ({met} cumplidos, {missed} incumplidos, {pending} aún en curso)</translation>
    </message>
    <message>
        <source>Satisfaction: {score} good ({good} good, {bad} bad, {offered} asked without an answer)</source>
        <translation>Satisfacción: {score} buena ({good} buenas, {bad} malas, {offered} preguntadas sin respuesta)</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings</source>
        <translation>Satisfacción: sin valoraciones</translation>
    </message>
    <message>
        <source>By channel: {list}</source>
        <translation>Por canal: {list}</translation>
    </message>
    <message>
        <source>By language: {list}</source>
        <translation>Por idioma: {list}</translation>
    </message>
    <message>
        <source>Top tags: {list}</source>
        <translation>Etiquetas principales: {list}</translation>
    </message>
    <message>
        <source>Backlog (not closed at day&apos;s end): {first} at the start, {last} at the end</source>
        <translation>Pendientes (sin cerrar al final del día): {first} al principio, {last} al final</translation>
    </message>
</context>
<context>
    <name>ReportColumn</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First response (business min)</source>
        <translation>Primera respuesta (min laborables)</translation>
    </message>
    <message>
        <source>First response (calendar min)</source>
        <translation>Primera respuesta (min de calendario)</translation>
    </message>
    <message>
        <source>Resolution (business min)</source>
        <translation>Resolución (min laborables)</translation>
    </message>
    <message>
        <source>Resolution (calendar min)</source>
        <translation>Resolución (min de calendario)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation>Gestión (min)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>&lt; %1 h</source>
        <translation>&lt; %1 h</translation>
    </message>
    <message>
        <source>&gt; %1 d</source>
        <translation>&gt; %1 d</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 d</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 h</translation>
    </message>
    <message>
        <source>AgentDesk — Reports</source>
        <translation>AgentDesk — Informes</translation>
    </message>
    <message>
        <source>Export table (CSV)…</source>
        <translation>Exportar tabla (CSV)…</translation>
    </message>
    <message>
        <source>Save charts (PNG)…</source>
        <translation>Guardar gráficos (PNG)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Primera respuesta (mediana)</translation>
    </message>
    <message>
        <source>Next response (median)</source>
        <translation>Siguiente respuesta (mediana)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Resolución (mediana)</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <source>Handling time (median)</source>
        <translation>Tiempo de gestión (mediana)</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Conversations begun per day, and backlog</source>
        <translation>Conversaciones iniciadas por día y pendientes</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tiempo de primera respuesta</translation>
    </message>
    <message>
        <source>Customer messages by hour of the week</source>
        <translation>Mensajes de clientes por hora de la semana</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Etiquetas principales</translation>
    </message>
    <message>
        <source>Double-click a conversation to see how its figures were counted</source>
        <translation>Haz doble clic en una conversación para ver cómo se calcularon sus cifras</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later end date.</source>
        <translation>El periodo termina antes de empezar: elige una fecha de fin posterior.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The report could not be computed (the details are in the log).</source>
        <translation>No se pudo calcular el informe (los detalles están en el registro).</translation>
    </message>
    <message>
        <source>business hours of “%1”</source>
        <translation>horario laboral de «%1»</translation>
    </message>
    <message>
        <source>no business calendar: calendar time only</source>
        <translation>sin calendario laboral: solo tiempo de calendario</translation>
    </message>
    <message>
        <source>%1 conversations began in the period, as they stood at its end; %2. Double-click a row to see how it was counted.</source>
        <translation>%1 conversaciones empezaron en el periodo, tal como estaban al final; %2. Haz doble clic en una fila para ver cómo se contó.</translation>
    </message>
    <message>
        <source>backlog %1 at the end</source>
        <translation>%1 pendientes al final</translation>
    </message>
    <message>
        <source>business · %1 calendar</source>
        <translation>laborable · %1 calendario</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>tiempo de calendario</translation>
    </message>
    <message>
        <source>Business time: median %1, 90th percentile %2
Calendar time: median %3, 90th percentile %4</source>
        <translation>Tiempo laboral: mediana %1, percentil 90 %2
Tiempo de calendario: mediana %3, percentil 90 %4</translation>
    </message>
    <message>
        <source>%1 of %2 resolved with one reply</source>
        <translation>%1 de %2 resueltas con una respuesta</translation>
    </message>
    <message>
        <source>%1 conversations measured</source>
        <translation>%1 conversaciones medidas</translation>
    </message>
    <message>
        <source>measured from the composer</source>
        <translation>medido desde el editor</translation>
    </message>
    <message>
        <source>nothing measured yet</source>
        <translation>aún no hay mediciones</translation>
    </message>
    <message>
        <source>%1 targets missed</source>
        <translation>%1 objetivos incumplidos</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 valoraciones</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>sin valoraciones</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>Business time to the first reply</source>
        <translation>Tiempo laboral hasta la primera respuesta</translation>
    </message>
    <message>
        <source>Calendar time to the first reply</source>
        <translation>Tiempo de calendario hasta la primera respuesta</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>hour (%1)</source>
        <translation>hora (%1)</translation>
    </message>
    <message>
        <source>Darker: more customer messages (busiest hour: %1)</source>
        <translation>Más oscuro: más mensajes de clientes (hora de más actividad: %1)</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Todavía no hay ningún informe para exportar.</translation>
    </message>
    <message>
        <source>Wait until the figures are shown, then export.</source>
        <translation>Espera a que aparezcan las cifras y luego exporta.</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>No se ha podido guardar el gráfico como %1.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Elige una carpeta en la que puedas escribir y con espacio libre.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>Guardar gráficos en una carpeta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search syntax error at position {position}: {problem}.</source>
        <extracomment>Fields whose value is matched as text in the full-text index (words, phrases, prefixes). Fields whose value is a fixed word, a name or a date.</extracomment>
        <translation>Error de sintaxis de búsqueda en la posición {position}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the query; put text in &quot;double quotes&quot; to search for it literally.</source>
        <translation>Corrige la búsqueda; pon el texto entre &quot;comillas dobles&quot; para buscarlo literalmente.</translation>
    </message>
    <message>
        <source>unknown field &quot;{name}:&quot; (known: {fields})</source>
        <translation>campo desconocido &quot;{name}:&quot; (conocidos: {fields})</translation>
    </message>
    <message>
        <source>&quot;{name}:&quot; needs a value right after the colon</source>
        <translation>&quot;{name}:&quot; necesita un valor justo después de los dos puntos</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>la comilla abierta aquí no se cierra nunca</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la búsqueda está vacía</translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>este &quot;)&quot; no tiene su &quot;(&quot; correspondiente</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its right</source>
        <translation>&quot;OR&quot; necesita algo que buscar a su derecha</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its left</source>
        <translation>&quot;AND&quot; necesita algo que buscar a su izquierda</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its right</source>
        <translation>&quot;AND&quot; necesita algo que buscar a su derecha</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its left</source>
        <translation>&quot;OR&quot; necesita algo que buscar a su izquierda</translation>
    </message>
    <message>
        <source>something to search for is missing here</source>
        <translation>aquí falta algo que buscar</translation>
    </message>
    <message>
        <source>&quot;{operator}&quot; needs something to exclude right after it</source>
        <translation>&quot;{operator}&quot; necesita justo después algo que excluir</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>los paréntesis están vacíos</translation>
    </message>
    <message>
        <source>the &quot;(&quot; opened here is never closed</source>
        <translation>el &quot;(&quot; abierto aquí no se cierra nunca</translation>
    </message>
    <message>
        <source>the quotes are empty</source>
        <translation>las comillas están vacías</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value inside the quotes</source>
        <translation>&quot;{field}:&quot; necesita un valor dentro de las comillas</translation>
    </message>
    <message>
        <source>&quot;{field}:{value}&quot; is not known; use one of {choices}</source>
        <translation>&quot;{field}:{value}&quot; no se conoce; usa uno de {choices}</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value</source>
        <translation>&quot;{field}:&quot; necesita un valor</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write 2024-03-31, 2024-03, today, yesterday or 7d / 2w / 3m / 1y</source>
        <translation>&quot;{value}&quot; no es una fecha; escribe 2024-03-31, 2024-03, today, yesterday o 7d / 2w / 3m / 1y</translation>
    </message>
    <message>
        <source>&quot;*&quot; marks a prefix; put it after a few letters, as in refu*</source>
        <translation>&quot;*&quot; marca un prefijo; ponlo después de unas letras, como en refu*</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search  (/)   e.g. refund tag:vip -status:closed</source>
        <translation>Buscar  (/)   p. ej., reembolso tag:vip -status:closed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Calendario laboral</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Idioma y tema</translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation>Añadir buzón…</translation>
    </message>
    <message>
        <source>Add ticket system…</source>
        <translation>Añadir sistema de tickets…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
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
        <translation>sin contraseña guardada</translation>
    </message>
    <message>
        <source>No accounts yet: add a mailbox or a ticket system.</source>
        <translation>Aún no hay cuentas: añada un buzón o un sistema de tickets.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 and its conversations from this computer? Nothing is deleted on the server; anything still waiting to be sent from it is dropped.</source>
        <translation>¿Quitar %1 y sus conversaciones de este equipo? No se borra nada en el servidor; lo que aún esté pendiente de envío se descarta.</translation>
    </message>
    <message>
        <source>%s was removed.</source>
        <translation>Se quitó %s.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Conectando con %s…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>The test failed: %s</source>
        <translation>La prueba falló: %s</translation>
    </message>
    <message>
        <source>Opening hours, time zone and public holidays. SLA timers, snoozes and reminders count business hours from this calendar.</source>
        <translation>Horario, zona horaria y festivos. Los plazos de SLA, los aplazamientos y los recordatorios cuentan horas laborables según este calendario.</translation>
    </message>
    <message>
        <source>Business hours and holidays…</source>
        <translation>Horario laboral y festivos…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>“System” follows your computer&apos;s settings, also when they change while AgentDesk runs.</source>
        <translation>«Sistema» sigue la configuración de su equipo, también cuando cambia mientras AgentDesk está abierto.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>con problemas</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>Objetivos de SLA</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>horas laborables</translation>
    </message>
    <message>
        <source>calendar hours (day and night)</source>
        <translation>horas de calendario (día y noche)</translation>
    </message>
    <message>
        <source>First response: from the customer&apos;s first message to the team&apos;s first reply. Next response: from the oldest unanswered customer message to the next reply. Resolution: from the first message to closing; it pauses while the conversation waits on the customer or is snoozed. Business hours follow File → Business hours and holidays.</source>
        <translation>Primera respuesta: desde el primer mensaje del cliente hasta la primera respuesta del equipo. Siguiente respuesta: desde el mensaje del cliente más antiguo sin responder hasta la siguiente respuesta. Resolución: desde el primer mensaje hasta el cierre; se pausa mientras la conversación espera al cliente o está pospuesta. El horario laboral se define en Archivo → Horario laboral y festivos.</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar, and the saved one cannot be used: %1 Fix it in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Los objetivos en horas laborables necesitan un calendario laboral, y el guardado no se puede usar: %1 Corrígelo en Archivo → Horario laboral y festivos, o cuenta estos objetivos en horas de calendario.</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar. Set your opening hours in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Los objetivos en horas laborables necesitan un calendario laboral. Define tu horario de apertura en Archivo → Horario laboral y festivos, o cuenta estos objetivos en horas de calendario.</translation>
    </message>
    <message>
        <source>Normal conversations have no first-response target.</source>
        <translation>Las conversaciones normales no tienen objetivo de primera respuesta.</translation>
    </message>
    <message>
        <source>Example: a normal-priority message arriving now needs a first reply by %1.</source>
        <translation>Ejemplo: un mensaje de prioridad normal que llegue ahora necesita una primera respuesta antes del %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The mail server {host} refused the login ({code}).</source>
        <translation>El servidor de correo {host} rechazó el inicio de sesión ({code}).</translation>
    </message>
    <message>
        <source>Check the user name and password; some providers need an app password for mail programs.</source>
        <translation>Comprueba el usuario y la contraseña; algunos proveedores piden una contraseña de aplicación para los programas de correo.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; is not a web address.</source>
        <translation>La dirección «{url}» no es una dirección web.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https:// (for example https://yourcompany.zendesk.com).</source>
        <translation>Indica la dirección completa, empezando por https:// (por ejemplo https://yourcompany.zendesk.com).</translation>
    </message>
    <message>
        <source>Check the user name and password, then test again.</source>
        <translation>Comprueba el usuario y la contraseña y vuelve a probar.</translation>
    </message>
    <message>
        <source>AgentDesk reads Zendesk&apos;s ticket export, which needs an administrator&apos;s API token. Check the agent&apos;s email address and API token, then test again.</source>
        <translation>AgentDesk lee la exportación de tickets de Zendesk, que necesita el token de API de un administrador. Comprueba la dirección de correo del agente y el token de API y vuelve a probar.</translation>
    </message>
    <message>
        <source>Check the agent&apos;s email address and API token, then test again.</source>
        <translation>Comprueba la dirección de correo del agente y el token de API y vuelve a probar.</translation>
    </message>
    <message>
        <source>Request Tracker has no queue named &apos;{queue}&apos; (or this user may not see it).</source>
        <translation>Request Tracker no tiene ninguna cola llamada «{queue}» (o este usuario no puede verla).</translation>
    </message>
    <message>
        <source>Check the queue&apos;s name, or leave the queue empty to read every queue the user can see.</source>
        <translation>Comprueba el nombre de la cola, o déjala vacía para leer todas las colas que el usuario puede ver.</translation>
    </message>
    <message>
        <source>There is no {system} API at this address ({detail}).</source>
        <translation>No hay ninguna API de {system} en esta dirección ({detail}).</translation>
    </message>
    <message>
        <source>For Request Tracker give the address you open in the browser (without /REST/2.0); for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Para Request Tracker indica la dirección que abres en el navegador (sin /REST/2.0); para Zendesk es https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; presented a certificate that could not be verified ({detail}).</source>
        <translation>El servidor {host} de «{account}» presentó un certificado que no se pudo verificar ({detail}).</translation>
    </message>
    <message>
        <source>Check the server name in the account settings; if your provider uses its own certificate, install it in the system&apos;s trusted certificates.</source>
        <translation>Comprueba el nombre del servidor en los ajustes de la cuenta; si tu proveedor usa su propio certificado, instálalo entre los certificados de confianza del sistema.</translation>
    </message>
    <message>
        <source>A secure connection to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Falló la conexión segura con {host} de «{account}» ({detail}).</translation>
    </message>
    <message>
        <source>Check the port and security setting (SSL or STARTTLS) in the account settings.</source>
        <translation>Comprueba el puerto y la seguridad (SSL o STARTTLS) en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>The server name {host} for &apos;{account}&apos; could not be found.</source>
        <translation>No se encontró el nombre de servidor {host} de «{account}».</translation>
    </message>
    <message>
        <source>Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.</source>
        <translation>Comprueba tu conexión a internet y el nombre del servidor; mientras tanto AgentDesk sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; did not answer in time.</source>
        <translation>El servidor {host} de «{account}» no respondió a tiempo.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your internet connection if this persists.</source>
        <translation>AgentDesk lo volverá a intentar solo; si persiste, comprueba tu conexión a internet.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; refused the connection.</source>
        <translation>El servidor {host} de «{account}» rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server may be down or the port wrong; AgentDesk will try again by itself.</source>
        <translation>Puede que el servidor esté caído o el puerto sea incorrecto; AgentDesk lo volverá a intentar solo.</translation>
    </message>
    <message>
        <source>The connection to {host} for &apos;{account}&apos; was lost.</source>
        <translation>Se perdió la conexión con {host} de «{account}».</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself.</source>
        <translation>AgentDesk lo volverá a intentar solo.</translation>
    </message>
    <message>
        <source>There is no network route to {host} for &apos;{account}&apos;.</source>
        <translation>No hay ruta de red hacia {host} de «{account}».</translation>
    </message>
    <message>
        <source>Check your internet connection; AgentDesk keeps working offline meanwhile.</source>
        <translation>Comprueba tu conexión a internet; mientras tanto AgentDesk sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <source>Talking to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Falló la comunicación con {host} de «{account}» ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account settings.</source>
        <translation>AgentDesk lo volverá a intentar solo; si persiste, revisa los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>The server {host} refused the login of &apos;{user}&apos; for &apos;{account}&apos;.</source>
        <translation>El servidor {host} rechazó el inicio de sesión de «{user}» para «{account}».</translation>
    </message>
    <message>
        <source>Check the user name and password in the account settings (agentdesk account add … --password-stdin).</source>
        <translation>Comprueba el usuario y la contraseña en los ajustes de la cuenta (agentdesk account add … --password-stdin).</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered the login with an error ({detail}).</source>
        <translation>El servidor {host} de «{account}» respondió al inicio de sesión con un error ({detail}).</translation>
    </message>
    <message>
        <source>Check the security setting (SSL or STARTTLS) and port; AgentDesk will try again later.</source>
        <translation>Comprueba la seguridad (SSL o STARTTLS) y el puerto; AgentDesk lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered with an error ({detail}).</source>
        <translation>El servidor {host} de «{account}» respondió con un error ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account&apos;s folders in the settings.</source>
        <translation>AgentDesk lo volverá a intentar solo; si persiste, revisa las carpetas de la cuenta en los ajustes.</translation>
    </message>
    <message>
        <source>Filing the reply in &apos;{folder}&apos; failed ({detail}).</source>
        <translation>Falló el archivado de la respuesta en «{folder}» ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again.</source>
        <translation>AgentDesk lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for &apos;{account}&apos; ({code}).</source>
        <translation>El servidor de correo {host} rechazó el inicio de sesión de «{account}» ({code}).</translation>
    </message>
    <message>
        <source>Check the password in the account settings.</source>
        <translation>Comprueba la contraseña en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>The mail server {host} refused every recipient of this message: {recipients}.</source>
        <translation>El servidor de correo {host} rechazó a todos los destinatarios de este mensaje: {recipients}.</translation>
    </message>
    <message>
        <source>Check the addresses, then retry or discard the reply in Needs attention.</source>
        <translation>Comprueba las direcciones y luego reintenta o descarta la respuesta en «Requieren atención».</translation>
    </message>
    <message>
        <source>The mail server {host} refused this message ({detail}).</source>
        <translation>El servidor de correo {host} rechazó este mensaje ({detail}).</translation>
    </message>
    <message>
        <source>Edit the reply or discard it in Needs attention.</source>
        <translation>Edita la respuesta o descártala en «Requieren atención».</translation>
    </message>
    <message>
        <source>The mail server {host} asked to try later ({code}).</source>
        <translation>El servidor de correo {host} pidió intentarlo más tarde ({code}).</translation>
    </message>
    <message>
        <source>ticket system</source>
        <translation>sistema de tickets</translation>
    </message>
    <message>
        <source>RT server</source>
        <translation>servidor RT</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not a web address.</source>
        <translation>La dirección «{url}» de «{account}» no es una dirección web.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://.</source>
        <translation>Indica la dirección completa, empezando por https://.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not valid ({detail}).</source>
        <translation>La dirección «{url}» de «{account}» no es válida ({detail}).</translation>
    </message>
    <message>
        <source>Correct the account&apos;s address.</source>
        <translation>Corrige la dirección de la cuenta.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your connection if this persists.</source>
        <translation>AgentDesk lo volverá a intentar solo; si persiste, comprueba tu conexión.</translation>
    </message>
    <message>
        <source>{where} could not be reached ({detail}).</source>
        <translation>No se pudo contactar con {where} ({detail}).</translation>
    </message>
    <message>
        <source>Check the address and your connection; AgentDesk keeps working offline and tries again later.</source>
        <translation>Comprueba la dirección y tu conexión; AgentDesk sigue funcionando sin conexión y lo vuelve a intentar más tarde.</translation>
    </message>
    <message>
        <source>The {system} at {host} for &apos;{account}&apos;</source>
        <translation>El {system} en {host} de «{account}»</translation>
    </message>
    <message>
        <source>{where} asks AgentDesk to slow down (rate limit; retry after {seconds} s).</source>
        <translation>{where} pide a AgentDesk que vaya más despacio (límite de peticiones; reintentar tras {seconds} s).</translation>
    </message>
    <message>
        <source>AgentDesk waits and tries again by itself.</source>
        <translation>AgentDesk espera y lo vuelve a intentar solo.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}).</source>
        <translation>{where} rechazó el inicio de sesión (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the user name and password or API token, then add the account again with `agentdesk account add … --password-stdin` (or `--token-stdin`).</source>
        <translation>Comprueba el usuario y la contraseña o el token de API y vuelve a añadir la cuenta con `agentdesk account add … --password-stdin` (o `--token-stdin`).</translation>
    </message>
    <message>
        <source>{where} has nothing at {path} (HTTP 404).</source>
        <translation>{where} no tiene nada en {path} (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the account&apos;s address; for RT it ends before /REST/2.0, for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Comprueba la dirección de la cuenta; para RT termina antes de /REST/2.0, para Zendesk es https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>{where} refused the change because the ticket changed meanwhile (HTTP {status}).</source>
        <translation>{where} rechazó el cambio porque el ticket cambió entretanto (HTTP {status}).</translation>
    </message>
    <message>
        <source>{where} had an internal problem (HTTP {status}).</source>
        <translation>{where} tuvo un problema interno (HTTP {status}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, ask the ticket system&apos;s administrator.</source>
        <translation>AgentDesk lo volverá a intentar solo; si persiste, consulta al administrador del sistema de tickets.</translation>
    </message>
    <message>
        <source>{where} refused a request (HTTP {status}).</source>
        <translation>{where} rechazó una petición (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is kept in the outbox or retried on the next sync; report it if it keeps happening.</source>
        <translation>Se conserva en la bandeja de salida o se reintenta en la próxima sincronización; avísanos si sigue ocurriendo.</translation>
    </message>
    <message>
        <source>{where} answered with a web page instead of data (often a sign-in page or a proxy&apos;s error page).</source>
        <translation>{where} respondió con una página web en lugar de datos (a menudo una página de inicio de sesión o de error de un proxy).</translation>
    </message>
    <message>
        <source>Check that the account&apos;s address is the ticket system&apos;s own address and that no sign-in page sits in front of its API.</source>
        <translation>Comprueba que la dirección de la cuenta sea la del propio sistema de tickets y que no haya una página de inicio de sesión delante de su API.</translation>
    </message>
    <message>
        <source>{where} sent an incomplete or damaged answer.</source>
        <translation>{where} envió una respuesta incompleta o dañada.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; nothing in the cache was changed.</source>
        <translation>AgentDesk lo volverá a intentar solo; no se cambió nada en la caché.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Syncing %1 %2: %3 of %4</source>
        <translation>Sincronizando %1 %2: %3 de %4</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>Background sync stopped unexpectedly; restarting in %1 s</source>
        <translation>La sincronización en segundo plano se detuvo inesperadamente; se reinicia en %1 s</translation>
    </message>
    <message>
        <source>Background sync restarted</source>
        <translation>Sincronización en segundo plano reiniciada</translation>
    </message>
    <message>
        <source>Working offline: changes are kept and sent when you go online</source>
        <translation>Sin conexión: los cambios se guardan y se envían cuando vuelvas a conectarte</translation>
    </message>
    <message>
        <source>Up to date (%s)</source>
        <translation>Al día (%s)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>Click to see what the sync is doing</source>
        <translation>Haz clic para ver qué está haciendo la sincronización</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Cancelada — se reanudará en la próxima sincronización</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciada a las %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2</source>
        <translation>Descargando correo: %1 de %2</translation>
    </message>
    <message>
        <source>Updating read and flagged marks</source>
        <translation>Actualizando las marcas de leído y destacado</translation>
    </message>
    <message>
        <source>Looking for new mail</source>
        <translation>Buscando correo nuevo</translation>
    </message>
    <message>
        <source>Reading tickets: %1 so far</source>
        <translation>Leyendo tickets: %1 hasta ahora</translation>
    </message>
    <message>
        <source>Reading changed tickets</source>
        <translation>Leyendo los tickets cambiados</translation>
    </message>
    <message>
        <source>Sending queued replies and changes</source>
        <translation>Enviando respuestas y cambios pendientes</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>No value for {names} and the reply has no fallback for it: fill it in or add a default.</source>
        <translation>No hay valor para {names} y la respuesta no tiene alternativa: complétalo o añade un valor por defecto.</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Completa: {fields}.</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {function} can only be called</source>
        <translation>«{name}» no está permitido: {function} solo se puede llamar</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (use {known})</source>
        <translation>«{name}» no es una variable que conozcan las plantillas (usa {known})</translation>
    </message>
    <message>
        <source>“{name}” goes deeper than a custom field</source>
        <translation>«{name}» va más allá de un campo personalizado</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {group} has no fields</source>
        <translation>«{name}» no está permitido: {group} no tiene campos</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (known: {known})</source>
        <translation>«{name}» no es una variable que conozcan las plantillas (conocidas: {known})</translation>
    </message>
    <message>
        <source>“{name}” is a group of values; name one of its fields</source>
        <translation>«{name}» es un grupo de valores; indica uno de sus campos</translation>
    </message>
    <message>
        <source>the template syntax is broken: {problem}</source>
        <translation>la sintaxis de la plantilla está rota: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in canned replies</source>
        <translation>{what} no está permitido en las respuestas predefinidas</translation>
    </message>
    <message>
        <source>the filter or test “{name}” is not available</source>
        <translation>el filtro o la prueba «{name}» no está disponible</translation>
    </message>
    <message>
        <source>only ask(&quot;…&quot;) can be called</source>
        <translation>solo se puede llamar a ask(&quot;…&quot;)</translation>
    </message>
    <message>
        <source>ask needs one label in quotes, e.g. ask(&quot;Order number&quot;)</source>
        <translation>ask necesita una etiqueta entre comillas, p. ej. ask(&quot;Número de pedido&quot;)</translation>
    </message>
    <message>
        <source>only documented variables can be read</source>
        <translation>solo se pueden leer las variables documentadas</translation>
    </message>
    <message>
        <source>{where}: line {line}: {problem}.</source>
        <translation>{where}: línea {line}: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Línea {line}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the template; the variables are listed in the editor&apos;s help.</source>
        <translation>Corrige la plantilla; las variables aparecen en la ayuda del editor.</translation>
    </message>
    <message>
        <source>The canned reply cannot be used: {problem}.</source>
        <translation>La respuesta predefinida no se puede usar: {problem}.</translation>
    </message>
    <message>
        <source>The canned reply tries something that is not allowed ({problem}).</source>
        <translation>La respuesta predefinida intenta algo que no está permitido ({problem}).</translation>
    </message>
    <message>
        <source>The canned reply could not be filled in ({problem}).</source>
        <translation>No se ha podido completar la respuesta predefinida ({problem}).</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>every queue the user can see</source>
        <translation>todas las colas que el usuario puede ver</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>The password or token is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>La contraseña o el token se guardan en el llavero del sistema, nunca en los archivos de AgentDesk.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Agent&apos;s email address</source>
        <translation>Correo electrónico del agente</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation>Rellene primero la dirección.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Rellene primero el nombre de usuario.</translation>
    </message>
    <message>
        <source>Fill in the email address first.</source>
        <translation>Rellene primero el correo electrónico.</translation>
    </message>
    <message>
        <source>Fill in the API token first.</source>
        <translation>Rellene primero el token de API.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Rellene primero la contraseña.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Signed in; the tickets can be read.</source>
        <translation>Sesión iniciada; los tickets se pueden leer.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>La prueba falló de forma inesperada: %s</translation>
    </message>
</context>
<context>
    <name>TriageMenu</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Hasta una fecha y hora…</translation>
    </message>
    <message>
        <source>Wake up now</source>
        <translation>Reactivar ahora</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>If the customer has not replied in 2 days</source>
        <translation>Si el cliente no ha respondido en 2 días</translation>
    </message>
    <message>
        <source>Close, and check back in 5 days</source>
        <translation>Cerrar y volver a revisar en 5 días</translation>
    </message>
    <message>
        <source>At a date and time…</source>
        <translation>En una fecha y hora…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recordarme el</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag (existing or new):</source>
        <translation>Etiqueta (existente o nueva):</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The reply is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <source>Write something, or choose a canned reply.</source>
        <translation>Escribe algo o elige una respuesta predefinida.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escribe algo primero.</translation>
    </message>
    <message>
        <source>There is no waiting outbox operation {id}.</source>
        <translation>No hay ninguna operación {id} esperando en la bandeja de salida.</translation>
    </message>
    <message>
        <source>See them with `agentdesk outbox list`.</source>
        <translation>Puedes verlas con `agentdesk outbox list`.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>Write something, or discard the reply.</source>
        <translation>Escribe algo o descarta la respuesta.</translation>
    </message>
    <message>
        <source>Only replies and notes can be edited.</source>
        <translation>Solo se pueden editar respuestas y notas.</translation>
    </message>
    <message>
        <source>Retry or discard this change instead.</source>
        <translation>En su lugar, reintenta o descarta este cambio.</translation>
    </message>
    <message>
        <source>This reply is on its way and can no longer be edited.</source>
        <translation>Esta respuesta ya está en camino y no se puede editar.</translation>
    </message>
    <message>
        <source>Wait for it to be sent or held.</source>
        <translation>Espera a que se envíe o quede retenida.</translation>
    </message>
    <message>
        <source>This reply has already reached the mail server; only its copy in the Sent folder is missing.</source>
        <translation>Esta respuesta ya llegó al servidor de correo; solo falta su copia en la carpeta Enviados.</translation>
    </message>
    <message>
        <source>Retry to file the copy, or discard it.</source>
        <translation>Reintenta para archivar la copia, o descártala.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>No se puede fusionar un cliente consigo mismo.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Elige dos clientes distintos.</translation>
    </message>
    <message>
        <source>One of the customers to merge no longer exists.</source>
        <translation>Uno de los clientes que quieres fusionar ya no existe.</translation>
    </message>
    <message>
        <source>Refresh the window and try again.</source>
        <translation>Actualiza la ventana y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The team cannot be merged with a customer.</source>
        <translation>El equipo no se puede fusionar con un cliente.</translation>
    </message>
    <message>
        <source>Pick two customers.</source>
        <translation>Elige dos clientes.</translation>
    </message>
    <message>
        <source>This customer was not merged into another.</source>
        <translation>Este cliente no se fusionó con otro.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Este cliente ya no existe.</translation>
    </message>
    <message>
        <source>Refresh the window.</source>
        <translation>Actualiza la ventana.</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>No existe la conversación {id}.</translation>
    </message>
    <message>
        <source>Find conversation numbers with `agentdesk search … --json` (conversation_id).</source>
        <translation>Encuentra los números de conversación con `agentdesk search … --json` (conversation_id).</translation>
    </message>
    <message>
        <source>There is no reminder {id}.</source>
        <translation>No existe el recordatorio {id}.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Una cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Indícalo con --name.</translation>
    </message>
    <message>
        <source>No password or token was given for the account &apos;{account}&apos;.</source>
        <translation>No se indicó contraseña ni token para la cuenta «{account}».</translation>
    </message>
    <message>
        <source>Pipe it into the command, e.g. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</source>
        <translation>Pásalo al comando por una tubería, p. ej. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</translation>
    </message>
    <message>
        <source>There is already an account named &apos;{account}&apos;.</source>
        <translation>Ya existe una cuenta llamada «{account}».</translation>
    </message>
    <message>
        <source>Choose another --name, or remove the old one with `agentdesk account remove`.</source>
        <translation>Elige otro --name, o elimina la cuenta antigua con `agentdesk account remove`.</translation>
    </message>
    <message>
        <source>There is no account named &apos;{account}&apos;.</source>
        <translation>No existe ninguna cuenta llamada «{account}».</translation>
    </message>
    <message>
        <source>See the names with `agentdesk account list`.</source>
        <translation>Consulta los nombres con `agentdesk account list`.</translation>
    </message>
    <message>
        <source>No password is stored for the account &apos;{account}&apos;.</source>
        <translation>No hay contraseña guardada para la cuenta «{account}».</translation>
    </message>
    <message>
        <source>Add the account again with `agentdesk account add … --password-stdin`.</source>
        <translation>Vuelve a añadir la cuenta con `agentdesk account add … --password-stdin`.</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; would send its password unencrypted to {host}.</source>
        <translation>La cuenta «{account}» enviaría su contraseña sin cifrar a {host}.</translation>
    </message>
    <message>
        <source>Use --security ssl or starttls; only if you really must, add --allow-plaintext.</source>
        <translation>Usa --security ssl o starttls; solo si de verdad es necesario, añade --allow-plaintext.</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <source>Subject (optional)</source>
        <translation>Asunto (opcional)</translation>
    </message>
    <message>
        <source>Hi {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</source>
        <translation>Hola {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Bienvenido a AgentDesk</translation>
    </message>
    <message>
        <source>Your mailbox and your ticket system in one window. How do you want to start?</source>
        <translation>Su buzón y su sistema de tickets en una sola ventana. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>Add a mailbox (IMAP and SMTP)</source>
        <translation>Añadir un buzón (IMAP y SMTP)</translation>
    </message>
    <message>
        <source>Add a ticket system (Request Tracker or Zendesk)</source>
        <translation>Añadir un sistema de tickets (Request Tracker o Zendesk)</translation>
    </message>
    <message>
        <source>Look around in the demo workspace first</source>
        <translation>Echar antes un vistazo al espacio de demostración</translation>
    </message>
    <message>
        <source>Your team&apos;s shared address, for example support@yourshop.example.</source>
        <translation>La dirección compartida de su equipo, por ejemplo support@yourshop.example.</translation>
    </message>
    <message>
        <source>Tickets and their replies appear beside the mail, one timeline per customer.</source>
        <translation>Los tickets y sus respuestas aparecen junto al correo, una cronología por cliente.</translation>
    </message>
    <message>
        <source>Sample customers and conversations; nothing is sent anywhere. You can add accounts later.</source>
        <translation>Clientes y conversaciones de ejemplo; no se envía nada. Puede añadir cuentas más tarde.</translation>
    </message>
</context>
</TS>
