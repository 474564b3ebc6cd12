<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a ticket system</source>
        <translation>टिकट सिस्टम जोड़ें</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>मेलबॉक्स जोड़ें</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sync tasks</source>
        <translation>सिंक कार्य</translation>
    </message>
    <message>
        <source>Nothing is syncing right now.</source>
        <translation>अभी कुछ भी सिंक नहीं हो रहा है।</translation>
    </message>
    <message>
        <source>Last sync per account</source>
        <translation>हर खाते का पिछला सिंक</translation>
    </message>
    <message>
        <source>This workspace does not sync: the demo stays on this computer.</source>
        <translation>यह वर्कस्पेस सिंक नहीं होता: डेमो इसी कंप्यूटर पर रहता है।</translation>
    </message>
    <message>
        <source>The background sync stopped unexpectedly (%1). AgentDesk restarts it in %2 s.</source>
        <translation>बैकग्राउंड सिंक अचानक रुक गया (%1)। AgentDesk इसे %2 सेकंड में फिर से शुरू करेगा।</translation>
    </message>
    <message>
        <source>Working offline: nothing is fetched or sent until you go online again.</source>
        <translation>ऑफ़लाइन काम: ऑनलाइन होने तक कुछ भी लाया या भेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>The background sync was restarted after it stopped unexpectedly; it runs again.</source>
        <translation>बैकग्राउंड सिंक अचानक रुकने के बाद फिर से शुरू किया गया; यह फिर चल रहा है।</translation>
    </message>
    <message>
        <source>The background sync runs in its own process; the window never waits for it.</source>
        <translation>बैकग्राउंड सिंक अपनी अलग प्रोसेस में चलता है; विंडो कभी इसका इंतज़ार नहीं करती।</translation>
    </message>
    <message>
        <source>The last sync pass failed:</source>
        <translation>पिछला सिंक विफल रहा:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(और %n समस्या)</numerusform>
            <numerusform>(और %n समस्याएँ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>रद्द किया गया — अगले सिंक में वहीं से जारी रहेगा</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n नया संदेश</numerusform>
            <numerusform>%n नए संदेश</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n बदला</numerusform>
            <numerusform>%n बदले</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing new</source>
        <translation>अप-टू-डेट, कुछ नया नहीं</translation>
    </message>
    <message>
        <source>No sync has finished since the window opened.</source>
        <translation>विंडो खुलने के बाद से कोई सिंक पूरा नहीं हुआ है।</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>“%s” was never downloaded, so it is not on this computer.</source>
        <translation>“%s” कभी डाउनलोड नहीं हुई, इसलिए यह इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <source>Choose Download to fetch it from the ticket system now (you need to be online).</source>
        <translation>इसे अभी टिकट सिस्टम से लाने के लिए डाउनलोड चुनें (आपको ऑनलाइन होना चाहिए)।</translation>
    </message>
    <message>
        <source>The mail server did not give AgentDesk its content, or it could not be read. Open the message in your mail provider&apos;s web page to get it.</source>
        <translation>मेल सर्वर ने AgentDesk को इसकी सामग्री नहीं दी, या वह पढ़ी नहीं जा सकी। इसे पाने के लिए संदेश को अपने मेल प्रदाता के वेब पेज पर खोलें।</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <source>No program is set up to open “%s”.</source>
        <translation>“%s” खोलने के लिए कोई प्रोग्राम सेट नहीं है।</translation>
    </message>
    <message>
        <source>Use Save as… instead.</source>
        <translation>इसके बजाय “इस रूप में सहेजें…” का उपयोग करें।</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>अटैचमेंट सहेजें</translation>
    </message>
    <message>
        <source>The file could not be written (%s).</source>
        <translation>फ़ाइल नहीं लिखी जा सकी (%s)।</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Business hours and holidays</source>
        <translation>कार्य समय और छुट्टियाँ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ऑफ़िस</translation>
    </message>
    <message>
        <source>(no public holidays)</source>
        <translation>(कोई सार्वजनिक छुट्टी नहीं)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>सार्वजनिक छुट्टियाँ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>छुट्टी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Opening hours (split shifts with commas)</source>
        <translation>खुलने का समय (अलग-अलग शिफ़्ट कॉमा से अलग करें)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Holidays in</source>
        <translation>छुट्टियाँ, वर्ष</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(पूरा देश)</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>अनुमानित तारीख</translation>
    </message>
</context>
<context>
    <name>CannedEditor</name>
    <message>
        <source>Canned replies and articles</source>
        <translation>तैयार जवाब और लेख</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>फ़िल्टर…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>typed after :: in the composer</source>
        <translation>एडिटर में :: के बाद लिखें</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>कॉमा से अलग</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>नॉलेज लेख</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>सार्वजनिक पता</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ भाषा</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>यह भाषा हटाएँ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>Variables: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Fallback: {{ customer.first_name | default(&quot;there&quot;) }}. Fill-in: {{ ask(&quot;Order number&quot;) }}. Conditions: {% if … %}…{% else %}…{% endif %}.</source>
        <translation>वेरिएबल: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. डिफ़ॉल्ट मान: {{ customer.first_name | default(&quot;there&quot;) }}. भरने वाला मान: {{ ask(&quot;Order number&quot;) }}. शर्तें: {% if … %}…{% else %}…{% endif %}.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>इसके लिए प्रीव्यू</translation>
    </message>
    <message>
        <source>Used %1 times; languages: %2</source>
        <translation>%1 बार इस्तेमाल; भाषाएँ: %2</translation>
    </message>
    <message>
        <source>(no customer: fallbacks show)</source>
        <translation>(कोई ग्राहक नहीं: डिफ़ॉल्ट मान दिखेंगे)</translation>
    </message>
    <message>
        <source>Used %1 times</source>
        <translation>%1 बार इस्तेमाल</translation>
    </message>
    <message>
        <source>Other language code…</source>
        <translation>अन्य भाषा कोड…</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>भाषा जोड़ें</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, pt-BR):</source>
        <translation>भाषा कोड (जैसे fr, pt-BR):</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>अभी सेव नहीं हुआ</translation>
    </message>
    <message>
        <source>This customer would not get this reply:</source>
        <translation>इस ग्राहक को यह जवाब नहीं मिलेगा:</translation>
    </message>
    <message>
        <source>Another entry is already called “%1”. Choose another title.</source>
        <translation>दूसरी एंट्री का नाम पहले से “%1” है। कोई और शीर्षक चुनें।</translation>
    </message>
    <message>
        <source>Not saved: fix the problem shown, or Revert</source>
        <translation>सेव नहीं हुआ: दिखाई गई समस्या ठीक करें, या ‘वापस लें’ दबाएँ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सेव हो गया</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (कॉपी)</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>तैयार जवाब डालें</translation>
    </message>
    <message>
        <source>Search titles, shortcuts and text…</source>
        <translation>शीर्षक, शॉर्टकट और टेक्स्ट खोजें…</translation>
    </message>
    <message>
        <source>The language of the reply; chosen from the customer&apos;s language</source>
        <translation>जवाब की भाषा; ग्राहक की भाषा के हिसाब से चुनी गई</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>डालें</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>लिंक डालें</translation>
    </message>
    <message>
        <source>Insert the article&apos;s public address instead of its text</source>
        <translation>लेख के टेक्स्ट की जगह उसका सार्वजनिक पता डालें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ चुनें · Enter से डालें · Esc से बंद करें</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>लेख: %1</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>कुछ नहीं मिला। कम या दूसरे शब्द आज़माएँ।</translation>
    </message>
    <message>
        <source>needed before inserting</source>
        <translation>डालने से पहले ज़रूरी</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>भरें: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>जवाब लिखें… (Ctrl+Enter से भेजें)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>तैयार जवाब…</translation>
    </message>
    <message>
        <source>Insert a canned reply or article (Ctrl+K, or type :: in the text)</source>
        <translation>तैयार जवाब या लेख डालें (Ctrl+K, या टेक्स्ट में :: लिखें)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>संलग्न करें…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>फ़ाइलें संलग्न करें (या उन्हें जवाब पर छोड़ें)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>बोल्ड (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>इटैलिक (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>बुलेट सूची</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>फ़ाइलें संलग्न करें</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>ड्राफ़्ट वापस लाया गया</translation>
    </message>
    <message>
        <source>Only your team sees notes</source>
        <translation>नोट सिर्फ़ आपकी टीम देखती है</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>नोट जोड़ें</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>ईमेल से</translation>
    </message>
    <message>
        <source>in the ticket system</source>
        <translation>टिकट सिस्टम में</translation>
    </message>
    <message>
        <source>Reply goes to the customer %s</source>
        <translation>जवाब ग्राहक को जाएगा %s</translation>
    </message>
    <message>
        <source>Draft NOT saved</source>
        <translation>ड्राफ़्ट सेव नहीं हुआ</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>ड्राफ़्ट सेव हो गया</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेज दिया</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>नोट जोड़ा गया</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(अज्ञात भेजने वाला)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(कोई विषय नहीं)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n पिछला संदेश दिखाएँ</numerusform>
            <numerusform>%n पिछले संदेश दिखाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 (%2)</source>
        <translation>ग्राहक का स्थानीय समय: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation>पढ़ने के लिए कोई बातचीत चुनें।</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>नए पहले</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>पुराने पहले</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>इस ग्राहक के साथ अन्य बातचीत</translation>
    </message>
    <message>
        <source>Priority: %s</source>
        <translation>प्राथमिकता: %s</translation>
    </message>
    <message>
        <source>Assigned to %s</source>
        <translation>%s को असाइन</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>%s तक स्नूज़</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n बातचीत</numerusform>
            <numerusform>%n बातचीत</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(कोई विषय नहीं)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>अगला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 %2 से बकाया</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 देय %2</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 रुका हुआ</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 चूक गया</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n tracking pixel(s))</source>
        <translation>
            <numerusform>रिमोट सामग्री रोकी गई (%n ट्रैकिंग पिक्सेल)</numerusform>
            <numerusform>रिमोट सामग्री रोकी गई (%n ट्रैकिंग पिक्सेल)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load once</source>
        <translation>एक बार लोड करें</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>इस प्रेषक के लिए हमेशा</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>ग्राहक से</translation>
    </message>
    <message>
        <source>internal, not sent to the customer</source>
        <translation>आंतरिक, ग्राहक को नहीं भेजा गया</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>ग्राहक को</translation>
    </message>
    <message>
        <source>not sent: see Needs attention</source>
        <translation>नहीं भेजा गया: ‘ध्यान देना ज़रूरी’ देखें</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(कोई टेक्स्ट नहीं)</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>उद्धृत पाठ छिपाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Show quoted text (%n line(s))</source>
        <translation>
            <numerusform>उद्धृत पाठ दिखाएँ (%n पंक्ति)</numerusform>
            <numerusform>उद्धृत पाठ दिखाएँ (%n पंक्तियाँ)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>डाउनलोड नहीं हुआ</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>अटैचमेंट:</translation>
    </message>
    <message>
        <source>This message was damaged; AgentDesk repaired what it could.</source>
        <translation>यह संदेश खराब था; AgentDesk ने जितना हो सका ठीक किया।</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Notes about this customer (only your team sees them)</source>
        <translation>इस ग्राहक के बारे में नोट (सिर्फ़ आपकी टीम देखती है)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>नोट सेव करें</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Your own fields (plan, order number…), usable in canned replies. Empty the name to remove one.</source>
        <translation>आपके अपने फ़ील्ड (प्लान, ऑर्डर नंबर…), तैयार जवाबों में उपयोग योग्य। किसी को हटाने के लिए उसका नाम खाली करें।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>कस्टम फ़ील्ड</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <source>Undo merge of %s</source>
        <translation>%s का मर्ज वापस लें</translation>
    </message>
    <message>
        <source>Maybe the same person</source>
        <translation>शायद वही व्यक्ति</translation>
    </message>
    <message>
        <source>Merge into this customer…</source>
        <translation>इस ग्राहक में मर्ज करें…</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>भाषा: %s</translation>
    </message>
    <message>
        <source>Local time: %s</source>
        <translation>स्थानीय समय: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n बातचीत</numerusform>
            <numerusform>%n बातचीत</numerusform>
        </translation>
    </message>
    <message>
        <source>First contact: %s</source>
        <translation>पहला संपर्क: %s</translation>
    </message>
    <message>
        <source>Last contact: %s</source>
        <translation>आखिरी संपर्क: %s</translation>
    </message>
    <message>
        <source>Median first response: %s (business hours)</source>
        <translation>पहले जवाब का माध्यिका समय: %s (कार्य समय)</translation>
    </message>
    <message>
        <source>Median first response: %s</source>
        <translation>पहले जवाब का माध्यिका समय: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and these addresses move to %1:</source>
        <translation>
            <numerusform>%n बातचीत और ये पते %1 में चले जाएँगे:</numerusform>
            <numerusform>%n बातचीत और ये पते %1 में चले जाएँगे:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>ग्राहक मर्ज करें</translation>
    </message>
    <message>
        <source>You can undo this later.</source>
        <translation>आप इसे बाद में वापस ले सकते हैं।</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं. %2 मि.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मि.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>कार्य समय के बाहर</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>How conversation #%1 was measured</source>
        <translation>बातचीत #%1 कैसे मापी गई</translation>
    </message>
    <message>
        <source>Times in %1. Business time counts only the green intervals; calendar time counts green and grey; amber intervals are paused and count on neither clock.</source>
        <translation>समय %1 में। कार्य समय सिर्फ़ हरे अंतराल गिनता है; कैलेंडर समय हरे और स्लेटी दोनों; पीले अंतराल रुके हुए हैं और किसी में नहीं गिने जाते।</translation>
    </message>
    <message>
        <source>Nothing was measured yet for this conversation.</source>
        <translation>इस बातचीत के लिए अभी कुछ नहीं मापा गया।</translation>
    </message>
    <message>
        <source>from</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>counted as</source>
        <translation>किस रूप में गिना</translation>
    </message>
    <message>
        <source>why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 calendar</source>
        <translation>%1: %2 कार्य समय, %3 कैलेंडर समय</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>Handling time: %1</source>
        <translation>हैंडलिंग समय: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3) in the composer</source>
        <translation>%1 – %2 (%3) एडिटर में</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up AgentDesk</source>
        <translation>AgentDesk सेट अप करें</translation>
    </message>
    <message>
        <source>Your mailbox</source>
        <translation>आपका मेलबॉक्स</translation>
    </message>
    <message>
        <source>The settings your mail provider gives for mail programs. Test the connection before you finish.</source>
        <translation>आपका मेल प्रदाता मेल प्रोग्रामों के लिए जो सेटिंग देता है। समाप्त करने से पहले कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>Your ticket system</source>
        <translation>आपका टिकट सिस्टम</translation>
    </message>
    <message>
        <source>The address you open in the browser and who signs in. Test the connection before you finish.</source>
        <translation>वह पता जो आप ब्राउज़र में खोलते हैं और कौन साइन इन करता है। समाप्त करने से पहले कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>डेमो वर्कस्पेस तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>The demo could not be built: %s</source>
        <translation>डेमो नहीं बन सका: %s</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
</context>
<context>
    <name>ImapAccountForm</name>
    <message>
        <source>Support</source>
        <translation>सपोर्ट</translation>
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
        <translation>कोई नहीं (केवल लोकल टेस्ट सर्वर)</translation>
    </message>
    <message>
        <source>same as IMAP if empty</source>
        <translation>खाली हो तो IMAP जैसा</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>आने वाली मेल (IMAP)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>अकाउंट का नाम</translation>
    </message>
    <message>
        <source>Team address</source>
        <translation>टीम का पता</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>जाने वाली मेल (SMTP)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>पासवर्ड आपके सिस्टम के कीरिंग में रखा जाता है, AgentDesk की फ़ाइलों में कभी नहीं।</translation>
    </message>
    <message>
        <source>Fill in the server first.</source>
        <translation>पहले सर्वर भरें।</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>पहले यूज़रनेम भरें।</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>पहले पासवर्ड भरें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>कोई नहीं मिला</translation>
    </message>
    <message>
        <source>Both servers answered. Folders: %1; sent mail goes to: %2.</source>
        <translation>दोनों सर्वर ने जवाब दिया। फ़ोल्डर: %1; भेजी गई मेल यहाँ जाती है: %2।</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>जाँच अप्रत्याशित रूप से विफल रही: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>डेमो वर्कस्पेस</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>मेलबॉक्स जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>अभी सिंक करें(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>ऑफ़लाइन काम करें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Canned replies and articles…</source>
        <translation>तैयार जवाब और लेख(&amp;C)…</translation>
    </message>
    <message>
        <source>Business &amp;hours and holidays…</source>
        <translation>कार्य समय और छुट्टियाँ(&amp;H)…</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>SLA लक्ष्य(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>सेटिंग्स(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू(&amp;V)</translation>
    </message>
    <message>
        <source>Sort by &amp;last activity</source>
        <translation>आखिरी गतिविधि से क्रम(&amp;L)</translation>
    </message>
    <message>
        <source>Sort by &amp;due next</source>
        <translation>अगली देय तारीख से क्रम(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>ग्राहक पैनल(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>रिपोर्ट(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>AgentDesk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>सिंक गतिविधि</translation>
    </message>
    <message>
        <source>Sync &amp;activity</source>
        <translation>सिंक गतिविधि(&amp;A)</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Passwords not stored safely</source>
        <translation>पासवर्ड सुरक्षित रूप से सेव नहीं हैं</translation>
    </message>
    <message>
        <source>No keyring for passwords</source>
        <translation>पासवर्ड के लिए कोई कीरिंग नहीं</translation>
    </message>
    <message>
        <source>Demo workspace: changes stay on this computer</source>
        <translation>डेमो वर्कस्पेस: बदलाव इसी कंप्यूटर पर रहते हैं</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>खोज सेव करें…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Search: %s</source>
        <translation>खोज: %s</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>खोज सेव करें</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n बातचीत</numerusform>
            <numerusform>%n बातचीत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n अपठित</numerusform>
            <numerusform>%n अपठित</numerusform>
        </translation>
    </message>
    <message>
        <source>signed in as %s</source>
        <translation>%s के रूप में साइन इन</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>AgentDesk के बारे में</translation>
    </message>
    <message>
        <source>AgentDesk %s
A desktop workstation for small support teams.</source>
        <translation>AgentDesk %s
छोटी सपोर्ट टीमों के लिए डेस्कटॉप वर्कस्टेशन।</translation>
    </message>
</context>
<context>
    <name>MergeReason</name>
    <message>
        <source>same name</source>
        <translation>एक जैसा नाम</translation>
    </message>
    <message>
        <source>same address in a ticket system</source>
        <translation>टिकट सिस्टम में एक जैसा पता</translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>आंशिक रूप से चालू</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>अभी जाँचा नहीं गया</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or fetched until you go online again.</source>
        <translation>ऑफ़लाइन काम: दोबारा ऑनलाइन होने तक कुछ भी भेजा या लाया नहीं जाएगा।</translation>
    </message>
</context>
<context>
    <name>OperationCard</name>
    <message>
        <source>Open conversation</source>
        <translation>बातचीत खोलें</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>सेव करें और भेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>ईमेल जवाब</translation>
    </message>
    <message>
        <source>Ticket reply</source>
        <translation>टिकट जवाब</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>स्थिति में बदलाव</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>प्राथमिकता में बदलाव</translation>
    </message>
    <message>
        <source>Tag change</source>
        <translation>टैग में बदलाव</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Read/unread mark</source>
        <translation>पठित/अपठित मार्क</translation>
    </message>
    <message>
        <source>The conversation changed after you wrote this. Nothing was sent.</source>
        <translation>आपके यह लिखने के बाद बातचीत बदल गई। कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Someone else changed this ticket first. Nothing was overwritten.</source>
        <translation>किसी और ने यह टिकट पहले बदल दिया। कुछ भी ओवरराइट नहीं हुआ।</translation>
    </message>
    <message>
        <source>This may already have been sent. AgentDesk will not send it again without you.</source>
        <translation>हो सकता है यह पहले ही भेजा जा चुका हो। AgentDesk आपकी मंज़ूरी के बिना इसे दोबारा नहीं भेजेगा।</translation>
    </message>
    <message>
        <source>The server refused this. It stays here until you decide.</source>
        <translation>सर्वर ने इसे अस्वीकार कर दिया। जब तक आप तय नहीं करते, यह यहीं रहेगा।</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>कोई टैग नहीं</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़ की गई</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>New since you started writing:</source>
        <translation>आपके लिखना शुरू करने के बाद से नया:</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>आपका बदलाव</translation>
    </message>
    <message>
        <source>Before it</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>In %1 now</source>
        <translation>अब %1 में</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>Keep server value</source>
        <translation>सर्वर का मान रखें</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>मेरा बदलाव लागू करें</translation>
    </message>
    <message>
        <source>It arrived: mark as delivered</source>
        <translation>पहुँच गया: डिलीवर हुआ मार्क करें</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>हटा दें</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>फिर भी भेजें</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>दोबारा भेजें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Nothing needs your attention. Everything you did is sent or on its way.</source>
        <translation>किसी चीज़ पर आपका ध्यान ज़रूरी नहीं। आपने जो भी किया, वह भेजा जा चुका है या भेजा जा रहा है।</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision</source>
        <translation>
            <numerusform>%n बदलाव पर आपका फ़ैसला चाहिए</numerusform>
            <numerusform>%n बदलावों पर आपका फ़ैसला चाहिए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n भेजे जाने की प्रतीक्षा में</numerusform>
            <numerusform>%n भेजे जाने की प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>आख़िरी समस्या: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Later today (at opening)</source>
        <translation>आज बाद में (खुलने पर)</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>आज बाद में</translation>
    </message>
    <message>
        <source>Next business day at opening</source>
        <translation>अगले कार्य दिवस खुलने पर</translation>
    </message>
    <message>
        <source>Next weekday at 9:00</source>
        <translation>अगले कार्यदिवस 9:00 बजे</translation>
    </message>
    <message>
        <source>Next week (Monday 9:00)</source>
        <translation>अगले सप्ताह (सोमवार 9:00)</translation>
    </message>
    <message>
        <source>Next week at opening</source>
        <translation>अगले सप्ताह खुलने पर</translation>
    </message>
    <message>
        <source>In 4 business hours</source>
        <translation>4 कार्य घंटों में</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>4 घंटों में</translation>
    </message>
    <message>
        <source>In 1 business day</source>
        <translation>1 कार्य दिवस में</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>1 दिन में</translation>
    </message>
    <message>
        <source>In 2 business days</source>
        <translation>2 कार्य दिवसों में</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>2 दिनों में</translation>
    </message>
    <message>
        <source>In 5 business days (a week)</source>
        <translation>5 कार्य दिवसों में (एक सप्ताह)</translation>
    </message>
    <message>
        <source>In 5 days (a week)</source>
        <translation>5 दिनों में (एक सप्ताह)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: %1</source>
        <translation>रिमाइंडर: %1</translation>
    </message>
    <message>
        <source>%1 reminders are due</source>
        <translation>%1 रिमाइंडर देय हैं</translation>
    </message>
    <message>
        <source>see the Due view</source>
        <translation>‘देय’ व्यू देखें</translation>
    </message>
</context>
<context>
    <name>ReportColumn</name>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>First response (business min)</source>
        <translation>पहला जवाब (कार्य मिनट)</translation>
    </message>
    <message>
        <source>First response (calendar min)</source>
        <translation>पहला जवाब (कैलेंडर मिनट)</translation>
    </message>
    <message>
        <source>Resolution (business min)</source>
        <translation>समाधान (कार्य मिनट)</translation>
    </message>
    <message>
        <source>Resolution (calendar min)</source>
        <translation>समाधान (कैलेंडर मिनट)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation>हैंडलिंग (मिनट)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA टूटा</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>संतुष्टि</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>AgentDesk — Reports</source>
        <translation>AgentDesk — रिपोर्ट</translation>
    </message>
    <message>
        <source>Export table (CSV)…</source>
        <translation>टेबल एक्सपोर्ट करें (CSV)…</translation>
    </message>
    <message>
        <source>Save charts (PNG)…</source>
        <translation>चार्ट सेव करें (PNG)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>पहला जवाब (मीडियन)</translation>
    </message>
    <message>
        <source>Next response (median)</source>
        <translation>अगला जवाब (मीडियन)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>समाधान (मीडियन)</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>पहले संपर्क में समाधान</translation>
    </message>
    <message>
        <source>Handling time (median)</source>
        <translation>हैंडलिंग समय (मीडियन)</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA पालन</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>संतुष्टि</translation>
    </message>
    <message>
        <source>Conversations begun per day, and backlog</source>
        <translation>प्रति दिन शुरू हुई बातचीत, और बैकलॉग</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>पहले जवाब का समय</translation>
    </message>
    <message>
        <source>Customer messages by hour of the week</source>
        <translation>सप्ताह के हर घंटे में ग्राहक संदेश</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>सबसे ज़्यादा टैग</translation>
    </message>
    <message>
        <source>Double-click a conversation to see how its figures were counted</source>
        <translation>किसी बातचीत पर डबल-क्लिक करके देखें कि उसके आँकड़े कैसे गिने गए</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>सभी चैनल</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>सभी टैग</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later end date.</source>
        <translation>अवधि शुरू होने से पहले खत्म हो रही है: बाद की अंतिम तारीख चुनें।</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>The report could not be computed (the details are in the log).</source>
        <translation>रिपोर्ट की गणना नहीं हो सकी (विवरण लॉग में है)।</translation>
    </message>
    <message>
        <source>business hours of “%1”</source>
        <translation>“%1” का कार्य समय</translation>
    </message>
    <message>
        <source>no business calendar: calendar time only</source>
        <translation>कोई कार्य कैलेंडर नहीं: सिर्फ़ कैलेंडर समय</translation>
    </message>
    <message>
        <source>%1 conversations began in the period, as they stood at its end; %2. Double-click a row to see how it was counted.</source>
        <translation>इस अवधि में %1 बातचीत शुरू हुईं, अवधि के अंत की स्थिति के अनुसार; %2। कोई पंक्ति कैसे गिनी गई, यह देखने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>backlog %1 at the end</source>
        <translation>अंत में बैकलॉग %1</translation>
    </message>
    <message>
        <source>business · %1 calendar</source>
        <translation>कार्य समय · %1 कैलेंडर</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>कैलेंडर समय</translation>
    </message>
    <message>
        <source>Business time: median %1, 90th percentile %2
Calendar time: median %3, 90th percentile %4</source>
        <translation>कार्य समय: मीडियन %1, 90वाँ पर्सेंटाइल %2
कैलेंडर समय: मीडियन %3, 90वाँ पर्सेंटाइल %4</translation>
    </message>
    <message>
        <source>%1 of %2 resolved with one reply</source>
        <translation>%2 में से %1 एक जवाब में हल</translation>
    </message>
    <message>
        <source>%1 conversations measured</source>
        <translation>%1 बातचीत मापी गईं</translation>
    </message>
    <message>
        <source>measured from the composer</source>
        <translation>एडिटर से मापा गया</translation>
    </message>
    <message>
        <source>nothing measured yet</source>
        <translation>अभी कुछ नहीं मापा गया</translation>
    </message>
    <message>
        <source>%1 targets missed</source>
        <translation>%1 लक्ष्य चूके</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 रेटिंग</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>कोई रेटिंग नहीं</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>प्रति सप्ताह</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>प्रति दिन</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>बैकलॉग</translation>
    </message>
    <message>
        <source>Business time to the first reply</source>
        <translation>पहले जवाब तक कार्य समय</translation>
    </message>
    <message>
        <source>Calendar time to the first reply</source>
        <translation>पहले जवाब तक कैलेंडर समय</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>hour (%1)</source>
        <translation>घंटा (%1)</translation>
    </message>
    <message>
        <source>Darker: more customer messages (busiest hour: %1)</source>
        <translation>गहरा रंग: ज़्यादा ग्राहक संदेश (सबसे व्यस्त घंटा: %1)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>टेबल एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>चार्ट फ़ोल्डर में सेव करें</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search  (/)   e.g. refund tag:vip -status:closed</source>
        <translation>खोजें  (/)   जैसे refund tag:vip -status:closed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>कार्य कैलेंडर</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>भाषा और थीम</translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation>मेलबॉक्स जोड़ें…</translation>
    </message>
    <message>
        <source>Add ticket system…</source>
        <translation>टिकट सिस्टम जोड़ें…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>मेलबॉक्स</translation>
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
        <translation>कोई पासवर्ड सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>No accounts yet: add a mailbox or a ticket system.</source>
        <translation>अभी कोई खाता नहीं: मेलबॉक्स या टिकट सिस्टम जोड़ें।</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>खाता हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1 and its conversations from this computer? Nothing is deleted on the server; anything still waiting to be sent from it is dropped.</source>
        <translation>%1 और इसकी बातचीतें इस कंप्यूटर से हटाएँ? सर्वर पर कुछ भी नहीं हटेगा; जो अभी भेजे जाने की प्रतीक्षा में है, वह छोड़ दिया जाएगा।</translation>
    </message>
    <message>
        <source>%s was removed.</source>
        <translation>%s हटा दिया गया।</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>%s से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>कनेक्शन काम कर रहा है।</translation>
    </message>
    <message>
        <source>The test failed: %s</source>
        <translation>जाँच विफल रही: %s</translation>
    </message>
    <message>
        <source>Opening hours, time zone and public holidays. SLA timers, snoozes and reminders count business hours from this calendar.</source>
        <translation>खुलने का समय, समय क्षेत्र और सार्वजनिक छुट्टियाँ। SLA टाइमर, स्नूज़ और रिमाइंडर इसी कैलेंडर से कार्य घंटे गिनते हैं।</translation>
    </message>
    <message>
        <source>Business hours and holidays…</source>
        <translation>कार्य घंटे और छुट्टियाँ…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>“System” follows your computer&apos;s settings, also when they change while AgentDesk runs.</source>
        <translation>“सिस्टम” आपके कंप्यूटर की सेटिंग का पालन करता है, तब भी जब AgentDesk चलते समय वे बदलती हैं।</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरी</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़ की गई</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान देना ज़रूरी</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>सभी बातचीत</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>सेव की गई खोजें</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>आंशिक रूप से चालू</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>अभी जाँचा नहीं गया</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n अपठित</numerusform>
            <numerusform>%n अपठित</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>SLA लक्ष्य</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>अगला जवाब</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>किसमें गिना जाए</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घं.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>मापा नहीं जाता</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>कार्य घंटे</translation>
    </message>
    <message>
        <source>calendar hours (day and night)</source>
        <translation>कैलेंडर घंटे (दिन और रात)</translation>
    </message>
    <message>
        <source>First response: from the customer&apos;s first message to the team&apos;s first reply. Next response: from the oldest unanswered customer message to the next reply. Resolution: from the first message to closing; it pauses while the conversation waits on the customer or is snoozed. Business hours follow File → Business hours and holidays.</source>
        <translation>पहला जवाब: ग्राहक के पहले संदेश से टीम के पहले जवाब तक। अगला जवाब: सबसे पुराने बिना जवाब वाले ग्राहक संदेश से अगले जवाब तक। समाधान: पहले संदेश से बंद होने तक; जब बातचीत ग्राहक का इंतज़ार करती है या स्नूज़ होती है, तब यह रुका रहता है। कार्य समय फ़ाइल → कार्य समय और छुट्टियाँ में तय होता है।</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar. Set your opening hours in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>कार्य घंटों वाले लक्ष्यों के लिए कार्य कैलेंडर चाहिए। फ़ाइल → कार्य समय और छुट्टियाँ में अपने खुलने का समय तय करें, या इन लक्ष्यों को कैलेंडर घंटों में गिनें।</translation>
    </message>
    <message>
        <source>Normal conversations have no first-response target.</source>
        <translation>सामान्य बातचीत के लिए पहले जवाब का कोई लक्ष्य नहीं है।</translation>
    </message>
    <message>
        <source>Example: a normal-priority message arriving now needs a first reply by %1.</source>
        <translation>उदाहरण: अभी आने वाले सामान्य प्राथमिकता वाले संदेश को %1 तक पहला जवाब चाहिए।</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Syncing %1 %2: %3 of %4</source>
        <translation>%1 %2 सिंक हो रहा है: %4 में से %3</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>सिंक विफल</translation>
    </message>
    <message>
        <source>Background sync stopped unexpectedly; restarting in %1 s</source>
        <translation>बैकग्राउंड सिंक अचानक रुक गया; %1 सेकंड में फिर शुरू होगा</translation>
    </message>
    <message>
        <source>Background sync restarted</source>
        <translation>बैकग्राउंड सिंक फिर से शुरू हुआ</translation>
    </message>
    <message>
        <source>Working offline: changes are kept and sent when you go online</source>
        <translation>ऑफ़लाइन काम: बदलाव रखे जाते हैं और ऑनलाइन होने पर भेजे जाते हैं</translation>
    </message>
    <message>
        <source>Up to date (%s)</source>
        <translation>अप-टू-डेट (%s)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n भेजे जाने की प्रतीक्षा में</numerusform>
            <numerusform>%n भेजे जाने की प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n पर ध्यान देना ज़रूरी</numerusform>
            <numerusform>%n पर ध्यान देना ज़रूरी</numerusform>
        </translation>
    </message>
    <message>
        <source>sync</source>
        <translation>सिंक</translation>
    </message>
    <message>
        <source>Click to see what the sync is doing</source>
        <translation>सिंक क्या कर रहा है, देखने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>रद्द किया गया — अगले सिंक में वहीं से जारी रहेगा</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>%1 पर शुरू हुआ</translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2</source>
        <translation>ईमेल लाए जा रहे हैं: %2 में से %1</translation>
    </message>
    <message>
        <source>Updating read and flagged marks</source>
        <translation>पढ़े गए और फ़्लैग किए गए निशान अपडेट हो रहे हैं</translation>
    </message>
    <message>
        <source>Looking for new mail</source>
        <translation>नए ईमेल देखे जा रहे हैं</translation>
    </message>
    <message>
        <source>Reading tickets: %1 so far</source>
        <translation>टिकट पढ़े जा रहे हैं: अब तक %1</translation>
    </message>
    <message>
        <source>Reading changed tickets</source>
        <translation>बदले हुए टिकट पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>Sending queued replies and changes</source>
        <translation>कतार में रखे जवाब और बदलाव भेजे जा रहे हैं</translation>
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
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>प्रमाणीकरण टोकन</translation>
    </message>
    <message>
        <source>every queue the user can see</source>
        <translation>हर कतार जो उपयोगकर्ता देख सकता है</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>अकाउंट का नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>इससे साइन इन करें</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <source>The password or token is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>पासवर्ड या टोकन आपके सिस्टम की कीरिंग में रखा जाता है, कभी भी AgentDesk की फ़ाइलों में नहीं।</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Agent&apos;s email address</source>
        <translation>एजेंट का ईमेल पता</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API टोकन</translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation>पहले पता भरें।</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>पहले उपयोगकर्ता नाम भरें।</translation>
    </message>
    <message>
        <source>Fill in the email address first.</source>
        <translation>पहले ईमेल पता भरें।</translation>
    </message>
    <message>
        <source>Fill in the API token first.</source>
        <translation>पहले API टोकन भरें।</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>पहले पासवर्ड भरें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Signed in; the tickets can be read.</source>
        <translation>साइन इन हो गया; टिकट पढ़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>जाँच अप्रत्याशित रूप से विफल रही: %s</translation>
    </message>
</context>
<context>
    <name>TriageMenu</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फिर से खोलें</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>ग्राहक के जवाब का इंतज़ार</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>स्नूज़ करें</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>किसी तारीख और समय तक…</translation>
    </message>
    <message>
        <source>Wake up now</source>
        <translation>अभी वापस लाएँ</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>मुझे याद दिलाएँ</translation>
    </message>
    <message>
        <source>If the customer has not replied in 2 days</source>
        <translation>अगर ग्राहक ने 2 दिन में जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Close, and check back in 5 days</source>
        <translation>बंद करें, और 5 दिन में फिर देखें</translation>
    </message>
    <message>
        <source>At a date and time…</source>
        <translation>किसी तारीख और समय पर…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>टैग जोड़ें…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>इसे असाइन करें</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>किसी को नहीं</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>पढ़ा हुआ मार्क करें</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>अपठित मार्क करें</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>कब तक स्नूज़ करें</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>मुझे कब याद दिलाएँ</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>टैग जोड़ें</translation>
    </message>
    <message>
        <source>Tag (existing or new):</source>
        <translation>टैग (मौजूदा या नया):</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The reply is empty.</source>
        <translation>जवाब खाली है।</translation>
    </message>
    <message>
        <source>Write something, or choose a canned reply.</source>
        <translation>कुछ लिखें, या कोई तैयार जवाब चुनें।</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>नोट खाली है।</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>पहले कुछ लिखें।</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>टेक्स्ट खाली है।</translation>
    </message>
    <message>
        <source>Write something, or discard the reply.</source>
        <translation>कुछ लिखें, या जवाब हटा दें।</translation>
    </message>
    <message>
        <source>Only replies and notes can be edited.</source>
        <translation>सिर्फ़ जवाब और नोट बदले जा सकते हैं।</translation>
    </message>
    <message>
        <source>Retry or discard this change instead.</source>
        <translation>इसके बजाय यह बदलाव दोबारा भेजें या हटा दें।</translation>
    </message>
    <message>
        <source>This reply is on its way and can no longer be edited.</source>
        <translation>यह जवाब भेजा जा रहा है और अब बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Wait for it to be sent or held.</source>
        <translation>इसके भेजे जाने या रोके जाने तक रुकें।</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>किसी ग्राहक को खुद के साथ मर्ज नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>दो अलग ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>One of the customers to merge no longer exists.</source>
        <translation>मर्ज किए जाने वाले ग्राहकों में से एक अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Refresh the window and try again.</source>
        <translation>विंडो रीफ़्रेश करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The team cannot be merged with a customer.</source>
        <translation>टीम को किसी ग्राहक के साथ मर्ज नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Pick two customers.</source>
        <translation>दो ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>This customer was not merged into another.</source>
        <translation>यह ग्राहक किसी दूसरे में मर्ज नहीं किया गया था।</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>वापस लेने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>यह ग्राहक अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Refresh the window.</source>
        <translation>विंडो रीफ़्रेश करें।</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <source>Subject (optional)</source>
        <translation>विषय (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Hi {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</source>
        <translation>नमस्ते {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>AgentDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Your mailbox and your ticket system in one window. How do you want to start?</source>
        <translation>आपका मेलबॉक्स और टिकट सिस्टम एक ही विंडो में। आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
        <source>Add a mailbox (IMAP and SMTP)</source>
        <translation>मेलबॉक्स जोड़ें (IMAP और SMTP)</translation>
    </message>
    <message>
        <source>Add a ticket system (Request Tracker or Zendesk)</source>
        <translation>टिकट सिस्टम जोड़ें (Request Tracker या Zendesk)</translation>
    </message>
    <message>
        <source>Look around in the demo workspace first</source>
        <translation>पहले डेमो वर्कस्पेस में देखें</translation>
    </message>
    <message>
        <source>Your team&apos;s shared address, for example support@yourshop.example.</source>
        <translation>आपकी टीम का साझा पता, उदाहरण के लिए support@yourshop.example।</translation>
    </message>
    <message>
        <source>Tickets and their replies appear beside the mail, one timeline per customer.</source>
        <translation>टिकट और उनके जवाब मेल के साथ दिखते हैं, हर ग्राहक की एक टाइमलाइन।</translation>
    </message>
    <message>
        <source>Sample customers and conversations; nothing is sent anywhere. You can add accounts later.</source>
        <translation>नमूना ग्राहक और बातचीतें; कुछ भी कहीं नहीं भेजा जाता। खाते आप बाद में जोड़ सकते हैं।</translation>
    </message>
</context>
</TS>
