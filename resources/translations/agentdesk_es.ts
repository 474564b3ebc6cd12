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
    <name>CalendarDialog</name>
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
        <source>Sent</source>
        <translation>Enviada</translation>
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
