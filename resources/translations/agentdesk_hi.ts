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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>उपयोग: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>स्थितीय आर्ग्युमेंट</translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>आर्ग्युमेंट %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>अज्ञात आर्ग्युमेंट: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>आर्ग्युमेंट %s के साथ अनुमति नहीं है</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ये आर्ग्युमेंट ज़रूरी हैं: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>आर्ग्युमेंट %s में से एक ज़रूरी है</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>एक मान अपेक्षित है</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>अमान्य %(type)s मान: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>अमान्य विकल्प: %(value)r (इनमें से चुनें: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>अस्पष्ट विकल्प: %(option)s इनमें से कोई हो सकता है: %(matches)s</translation>
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
    <name>Calendar</name>
    <message>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>{day} को खुलने का समय</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>आधा दिन</translation>
    </message>
    <message>
        <source>Check its opening hours and closed days.</source>
        <translation>इसके खुलने का समय और बंद दिन जाँचें।</translation>
    </message>
    <message>
        <source>A closed day</source>
        <translation>एक बंद दिन</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time.</source>
        <translation>{where}: {value} कोई समय नहीं है।</translation>
    </message>
    <message>
        <source>Write times as HH:MM, e.g. 09:00 or 17:30.</source>
        <translation>समय HH:MM के रूप में लिखें, जैसे 09:00 या 17:30।</translation>
    </message>
    <message>
        <source>{where}: {value} has seconds.</source>
        <translation>{where}: {value} में सेकंड हैं।</translation>
    </message>
    <message>
        <source>Give opening hours in whole minutes, e.g. 09:00.</source>
        <translation>खुलने का समय पूरे मिनटों में दें, जैसे 09:00।</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time of day.</source>
        <translation>{where}: {value} दिन का कोई समय नहीं है।</translation>
    </message>
    <message>
        <source>Use 00:00 to 24:00.</source>
        <translation>00:00 से 24:00 तक का समय दें।</translation>
    </message>
    <message>
        <source>{where}: {value} is not a list of shifts.</source>
        <translation>{where}: {value} शिफ़्ट की सूची नहीं है।</translation>
    </message>
    <message>
        <source>Give a list of (start, end) pairs, e.g. [(&quot;09:00&quot;, &quot;17:00&quot;)].</source>
        <translation>(शुरू, अंत) जोड़ों की सूची दें, जैसे [(&quot;09:00&quot;, &quot;17:00&quot;)]।</translation>
    </message>
    <message>
        <source>{where}: {value} is not a shift.</source>
        <translation>{where}: {value} कोई शिफ़्ट नहीं है।</translation>
    </message>
    <message>
        <source>Write each shift as a (start, end) pair, e.g. (&quot;09:00&quot;, &quot;12:30&quot;).</source>
        <translation>हर शिफ़्ट को (शुरू, अंत) जोड़े के रूप में लिखें, जैसे (&quot;09:00&quot;, &quot;12:30&quot;)।</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} crosses midnight; shifts may not.</source>
        <translation>{where}: शिफ़्ट {start}–{end} आधी रात पार करती है; शिफ़्ट ऐसा नहीं कर सकतीं।</translation>
    </message>
    <message>
        <source>Split it into {start}–24:00 on this day and 00:00–{end} on the next.</source>
        <translation>इसे इस दिन {start}–24:00 और अगले दिन 00:00–{end} में बाँटें।</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} is empty.</source>
        <translation>{where}: शिफ़्ट {start}–{end} खाली है।</translation>
    </message>
    <message>
        <source>Give an end after the start.</source>
        <translation>शुरू के बाद का अंत दें।</translation>
    </message>
    <message>
        <source>{where}: the shifts {first} and {second} overlap.</source>
        <translation>{where}: शिफ़्ट {first} और {second} एक-दूसरे पर चढ़ती हैं।</translation>
    </message>
    <message>
        <source>Make each shift start after the previous one ends.</source>
        <translation>हर शिफ़्ट पिछली शिफ़्ट खत्म होने के बाद शुरू करें।</translation>
    </message>
    <message>
        <source>The weekly hours {value} are not a mapping of weekdays.</source>
        <translation>साप्ताहिक समय {value} सप्ताह के दिनों की मैपिंग नहीं है।</translation>
    </message>
    <message>
        <source>Give them as {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</source>
        <translation>इन्हें {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...} के रूप में दें।</translation>
    </message>
    <message>
        <source>{value} is not a weekday.</source>
        <translation>{value} सप्ताह का कोई दिन नहीं है।</translation>
    </message>
    <message>
        <source>Use one of {days}.</source>
        <translation>इनमें से कोई एक लें: {days}।</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} कोई तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2025-12-24.</source>
        <translation>तारीख YYYY-MM-DD के रूप में लिखें, जैसे 2025-12-24।</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} कोई ज्ञात टाइम ज़ोन नहीं है।</translation>
    </message>
    <message>
        <source>Pick an IANA time zone name such as Europe/Berlin or Asia/Jakarta.</source>
        <translation>Europe/Berlin या Asia/Jakarta जैसा कोई IANA टाइम ज़ोन नाम चुनें।</translation>
    </message>
    <message>
        <source>The holidays package has no public holidays for the country {country}.</source>
        <translation>holidays पैकेज में देश {country} की कोई सार्वजनिक छुट्टियाँ नहीं हैं।</translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as DE, ES, IN or ID, or leave the country empty.</source>
        <translation>DE, ES, IN या ID जैसा दो अक्षरों का ISO देश कोड दें, या देश खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>{country} has no region {region} in the holidays package.</source>
        <translation>holidays पैकेज में {country} का कोई क्षेत्र {region} नहीं है।</translation>
    </message>
    <message>
        <source>Use one of: {regions}.</source>
        <translation>इनमें से कोई एक लें: {regions}।</translation>
    </message>
    <message>
        <source>Leave the region empty for this country.</source>
        <translation>इस देश के लिए क्षेत्र खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Public holidays for {country}: {problem}</source>
        <translation>{country} की सार्वजनिक छुट्टियाँ: {problem}</translation>
    </message>
    <message>
        <source>Choose categories the country offers.</source>
        <translation>वे श्रेणियाँ चुनें जो इस देश में हैं।</translation>
    </message>
    <message>
        <source>Holiday (from calendar file)</source>
        <translation>छुट्टी (कैलेंडर फ़ाइल से)</translation>
    </message>
    <message>
        <source>{summary}: an observance, not a day off, so it was left out.</source>
        <translation>{summary}: यह एक स्मृति दिवस है, छुट्टी नहीं, इसलिए छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>{summary}: the event has no start date, so it was left out.</source>
        <translation>{summary}: इस इवेंट की कोई शुरुआती तारीख नहीं है, इसलिए छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>{summary}: its repeat rule ({rule}) is not supported, so only {day} was imported.</source>
        <translation>{summary}: इसका दोहराव नियम ({rule}) समर्थित नहीं है, इसलिए सिर्फ़ {day} इम्पोर्ट किया गया।</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>यह iCalendar (.ics) फ़ाइल नहीं है: यह BEGIN:VCALENDAR से शुरू नहीं होती।</translation>
    </message>
    <message>
        <source>Export the holiday calendar as an .ics file and import that file.</source>
        <translation>छुट्टियों का कैलेंडर .ics फ़ाइल के रूप में एक्सपोर्ट करें और वही फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>An event could not be read ({problem}), so it was left out.</source>
        <translation>एक इवेंट पढ़ा नहीं जा सका ({problem}), इसलिए छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The calendar file holds no events.</source>
        <translation>कैलेंडर फ़ाइल में कोई इवेंट नहीं है।</translation>
    </message>
    <message>
        <source>The weekly hours must have seven days.</source>
        <translation>साप्ताहिक समय में सात दिन होने चाहिए।</translation>
    </message>
    <message>
        <source>Give hours for mon … sun (empty = closed).</source>
        <translation>mon … sun के लिए समय दें (खाली = बंद)।</translation>
    </message>
    <message>
        <source>The business calendar has no opening hours at all, so no due time could ever be reached.</source>
        <translation>कार्य कैलेंडर में खुलने का कोई समय नहीं है, इसलिए कोई भी नियत समय कभी नहीं आएगा।</translation>
    </message>
    <message>
        <source>Give opening hours for at least one weekday.</source>
        <translation>कम से कम एक दिन के लिए खुलने का समय दें।</translation>
    </message>
    <message>
        <source>A half day</source>
        <translation>एक आधा दिन</translation>
    </message>
    <message>
        <source>The closed day {value} has no date.</source>
        <translation>बंद दिन {value} की कोई तारीख नहीं है।</translation>
    </message>
    <message>
        <source>Write it as {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</source>
        <translation>इसे {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;} के रूप में लिखें।</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years after {day}.</source>
        <translation>कार्य कैलेंडर {day} के बाद के दस सालों में कभी खुला नहीं है।</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years before {day}.</source>
        <translation>कार्य कैलेंडर {day} से पहले के दस सालों में कभी खुला नहीं है।</translation>
    </message>
    <message>
        <source>The business calendar is not open on any day in the ten years around {day}.</source>
        <translation>कार्य कैलेंडर {day} के आसपास के दस सालों में किसी भी दिन खुला नहीं है।</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>“%1” is not a time range.</source>
        <translation>“%1” कोई समय-सीमा नहीं है।</translation>
    </message>
    <message>
        <source>Write hours like 09:00-12:30, 13:30-17:00.</source>
        <translation>समय ऐसे लिखें: 09:00-12:30, 13:30-17:00।</translation>
    </message>
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
    <name>Canned</name>
    <message>
        <source>entry {number}</source>
        <translation>प्रविष्टि {number}</translation>
    </message>
    <message>
        <source>The canned-reply file is not in the expected shape: {where} is not an object.</source>
        <translation>तैयार जवाबों की फ़ाइल अपेक्षित रूप में नहीं है: {where} कोई ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The canned-reply file has no title in {where}.</source>
        <translation>तैयार जवाबों की फ़ाइल में {where} का कोई शीर्षक नहीं है।</translation>
    </message>
    <message>
        <source>The canned reply {title} ({where}) has no language variants.</source>
        <translation>तैयार जवाब {title} ({where}) का किसी भाषा में कोई रूप नहीं है।</translation>
    </message>
    <message>
        <source>The {language} variant of {title} has no body text.</source>
        <translation>{title} के {language} रूप में कोई मुख्य पाठ नहीं है।</translation>
    </message>
    <message>
        <source>Each entry needs a &quot;title&quot; and &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</source>
        <translation>हर प्रविष्टि में &quot;title&quot; और &quot;variants&quot; चाहिए: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}।</translation>
    </message>
    <message>
        <source>The canned-reply file is not valid JSON (line {line}: {problem}).</source>
        <translation>तैयार जवाबों की फ़ाइल मान्य JSON नहीं है (पंक्ति {line}: {problem})।</translation>
    </message>
    <message>
        <source>The canned-reply file must hold a list of entries.</source>
        <translation>तैयार जवाबों की फ़ाइल में प्रविष्टियों की सूची होनी चाहिए।</translation>
    </message>
    <message>
        <source>The CSV file lacks the column(s) {columns}.</source>
        <translation>CSV फ़ाइल में ये कॉलम नहीं हैं: {columns}।</translation>
    </message>
    <message>
        <source>Use the columns {columns} (one row per language variant).</source>
        <translation>ये कॉलम रखें: {columns} (हर भाषा-रूप की एक पंक्ति)।</translation>
    </message>
    <message>
        <source>There is no canned reply named {name}.</source>
        <translation>{name} नाम का कोई तैयार जवाब नहीं है।</translation>
    </message>
    <message>
        <source>See the names with `agentdesk canned list`.</source>
        <translation>नाम `agentdesk canned list` से देखें।</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>तैयार जवाब का शीर्षक होना चाहिए।</translation>
    </message>
    <message>
        <source>Give it a short title, e.g. “Where is my order”.</source>
        <translation>इसे छोटा-सा शीर्षक दें, जैसे “मेरा ऑर्डर कहाँ है”।</translation>
    </message>
    <message>
        <source>The canned reply {title} has no text.</source>
        <translation>तैयार जवाब {title} में कोई पाठ नहीं है।</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>पाठ कम से कम एक भाषा में लिखें।</translation>
    </message>
    <message>
        <source>{language} is not a language code.</source>
        <translation>{language} कोई भाषा कोड नहीं है।</translation>
    </message>
    <message>
        <source>Use a code such as en, de, es, id, hi or pt-BR.</source>
        <translation>en, de, es, id, hi या pt-BR जैसा कोड दें।</translation>
    </message>
    <message>
        <source>The {language} text of {title} is empty.</source>
        <translation>{title} का {language} पाठ खाली है।</translation>
    </message>
    <message>
        <source>Write it, or remove that language.</source>
        <translation>इसे लिखें, या वह भाषा हटा दें।</translation>
    </message>
    <message>
        <source>{title} ({language}, {part})</source>
        <translation>{title} ({language}, {part})</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>body</source>
        <translation>मुख्य पाठ</translation>
    </message>
    <message>
        <source>The shortcut {shortcut} is already used by {title}.</source>
        <translation>शॉर्टकट {shortcut} पहले से {title} में इस्तेमाल हो रहा है।</translation>
    </message>
    <message>
        <source>Choose another shortcut.</source>
        <translation>कोई दूसरा शॉर्टकट चुनें।</translation>
    </message>
</context>
<context>
    <name>CannedCli</name>
    <message>
        <source>reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>article</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>--field {value} is not LABEL=VALUE.</source>
        <translation>--field {value} LABEL=VALUE के रूप में नहीं है।</translation>
    </message>
    <message>
        <source>Write it like --field &quot;Order number=A-1042&quot;.</source>
        <translation>इसे ऐसे लिखें: --field &quot;ऑर्डर नंबर=A-1042&quot;।</translation>
    </message>
    <message>
        <source>The canned reply {title} has no {language} version.</source>
        <translation>तैयार जवाब {title} का {language} रूप नहीं है।</translation>
    </message>
    <message>
        <source>It exists in: {languages}.</source>
        <translation>यह इनमें उपलब्ध है: {languages}।</translation>
    </message>
    <message>
        <source>Answer them with {options}.</source>
        <translation>इनके जवाब {options} से दें।</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s details, or give the template a fallback with | default(&quot;…&quot;).</source>
        <translation>ग्राहक की जानकारी भरें, या टेम्पलेट को | default(&quot;…&quot;) से कोई वैकल्पिक मान दें।</translation>
    </message>
    <message>
        <source>The canned reply {title} ({language}) cannot be used yet: {problem}</source>
        <translation>तैयार जवाब {title} ({language}) अभी इस्तेमाल नहीं हो सकता: {problem}</translation>
    </message>
    <message>
        <source>The library is empty. Import one with `agentdesk canned import FILE`.</source>
        <translation>लाइब्रेरी खाली है। `agentdesk canned import FILE` से एक इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>used {count}×</source>
        <translation>{count}× इस्तेमाल</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>विषय: {subject}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>फ़ाइल {path} पढ़ी नहीं जा सकती ({problem})।</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>पाथ जाँचें।</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>फ़ाइल {path} UTF-8 पाठ नहीं है।</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and try again.</source>
        <translation>इसे UTF-8 में सेव करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Imported {added} new and updated {updated} canned replies.</source>
        <translation>{added} नए तैयार जवाब इम्पोर्ट किए और {updated} अपडेट किए।</translation>
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
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>body</source>
        <translation>मुख्य पाठ</translation>
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
    <name>Cli</name>
    <message>
        <source>Added the IMAP account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its mail.</source>
        <translation>IMAP अकाउंट &apos;{account}&apos; जोड़ा गया। इसकी मेल लाने के लिए `agentdesk sync --once` चलाएँ।</translation>
    </message>
    <message>
        <source>Added the {system} account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its tickets.</source>
        <translation>{system} अकाउंट &apos;{account}&apos; जोड़ा गया। इसके टिकट लाने के लिए `agentdesk sync --once` चलाएँ।</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with `agentdesk account add imap …`.</source>
        <translation>अभी कोई अकाउंट नहीं है। `agentdesk account add imap …` से एक जोड़ें।</translation>
    </message>
    <message>
        <source>Removed the account &apos;{account}&apos;.</source>
        <translation>अकाउंट &apos;{account}&apos; हटा दिया गया।</translation>
    </message>
    <message>
        <source>Saved (this conversation has no server to send to).</source>
        <translation>सहेजा गया (इस बातचीत के लिए भेजने को कोई सर्वर नहीं है)।</translation>
    </message>
    <message>
        <source>Queued as outbox operation {id}; `agentdesk sync --once` delivers it.</source>
        <translation>आउटबॉक्स ऑपरेशन {id} के रूप में कतार में; `agentdesk sync --once` इसे पहुँचाता है।</translation>
    </message>
    <message>
        <source>`outbox {action}` needs the operation&apos;s ID.</source>
        <translation>`outbox {action}` को ऑपरेशन की ID चाहिए।</translation>
    </message>
    <message>
        <source>Operation {id} is queued again.</source>
        <translation>ऑपरेशन {id} फिर से कतार में है।</translation>
    </message>
    <message>
        <source>Operation {id} was discarded.</source>
        <translation>ऑपरेशन {id} हटा दिया गया।</translation>
    </message>
    <message>
        <source>Operation {id} is marked as delivered; it is not sent again.</source>
        <translation>ऑपरेशन {id} को पहुँचा हुआ चिह्नित किया गया; इसे दोबारा नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Operation {id} was dropped; the server&apos;s value is kept.</source>
        <translation>ऑपरेशन {id} छोड़ दिया गया; सर्वर का मान रखा गया है।</translation>
    </message>
    <message>
        <source>The outbox is empty: everything has reached the servers.</source>
        <translation>आउटबॉक्स खाली है: सब कुछ सर्वर तक पहुँच गया है।</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>ध्यान देना ज़रूरी</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>conversation {id}</source>
        <translation>बातचीत {id}</translation>
    </message>
    <message>
        <source>attempts: {count}</source>
        <translation>प्रयास: {count}</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(पढ़ा नहीं जा सका)</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, on the server now {server}</source>
        <translation>{field}: आपका {mine}, अभी सर्वर पर {server}</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>कोई बातचीत मेल नहीं खाती।</translation>
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
        <source>sign-in refused</source>
        <translation>साइन इन अस्वीकार</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>अभी सिंक नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the canned-reply and knowledge-article library</source>
        <translation>तैयार जवाबों और ज्ञान-लेखों की लाइब्रेरी</translation>
    </message>
    <message>
        <source>canned commands</source>
        <translation>तैयार जवाबों के कमांड</translation>
    </message>
    <message>
        <source>list the library</source>
        <translation>लाइब्रेरी की सूची दिखाएँ</translation>
    </message>
    <message>
        <source>show one entry with all its languages</source>
        <translation>एक प्रविष्टि उसकी सभी भाषाओं के साथ दिखाएँ</translation>
    </message>
    <message>
        <source>shortcut or title</source>
        <translation>शॉर्टकट या शीर्षक</translation>
    </message>
    <message>
        <source>import entries from a JSON or CSV file (same title or shortcut: replaced)</source>
        <translation>JSON या CSV फ़ाइल से प्रविष्टियाँ इम्पोर्ट करें (वही शीर्षक या शॉर्टकट: बदल दी जाती है)</translation>
    </message>
    <message>
        <source>skip entries that already exist</source>
        <translation>जो प्रविष्टियाँ पहले से हैं, उन्हें छोड़ दें</translation>
    </message>
    <message>
        <source>print the library as JSON (or CSV with --csv)</source>
        <translation>लाइब्रेरी JSON में छापें (या --csv के साथ CSV में)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
Run &apos;{prog} --help&apos; to see what it accepts.
</source>
        <translation>{prog}: त्रुटि: {message}
क्या-क्या दिया जा सकता है, यह &apos;{prog} --help&apos; से देखें।
</translation>
    </message>
    <message>
        <source>folder holding the workspace (cache, attachments, logs); default: {folder}</source>
        <translation>वर्कस्पेस वाला फ़ोल्डर (कैश, अटैचमेंट, लॉग); डिफ़ॉल्ट: {folder}</translation>
    </message>
    <message>
        <source>the language of the window and of what commands print (default: for the window the ui_language setting, else the system&apos;s language; for commands the system&apos;s language)</source>
        <translation>विंडो की और कमांड जो छापते हैं उसकी भाषा (डिफ़ॉल्ट: विंडो के लिए ui_language सेटिंग, वरना सिस्टम की भाषा; कमांड के लिए सिस्टम की भाषा)</translation>
    </message>
    <message>
        <source>AgentDesk: email and tickets for small support teams, one customer timeline, offline first.</source>
        <translation>AgentDesk: छोटी सपोर्ट टीमों के लिए ईमेल और टिकट, हर ग्राहक की एक टाइमलाइन, पहले ऑफ़लाइन।</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>वर्शन छापें और बाहर निकलें</translation>
    </message>
    <message>
        <source>log debug details to the console</source>
        <translation>डीबग विवरण कंसोल पर लॉग करें</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>कमांड</translation>
    </message>
    <message>
        <source>open (and create on first use) the demo workspace</source>
        <translation>डेमो वर्कस्पेस खोलें (पहली बार में बनाएँ)</translation>
    </message>
    <message>
        <source>only create the demo workspace, do not open it</source>
        <translation>सिर्फ़ डेमो वर्कस्पेस बनाएँ, खोलें नहीं</translation>
    </message>
    <message>
        <source>open the cache and build the main window offscreen; exit 0 when all is well</source>
        <translation>कैश खोलें और मुख्य विंडो स्क्रीन के बाहर बनाएँ; सब ठीक हो तो 0 के साथ बाहर निकलें</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>वर्शन छापें</translation>
    </message>
    <message>
        <source>add, list or remove accounts</source>
        <translation>खाते जोड़ें, उनकी सूची देखें या हटाएँ</translation>
    </message>
    <message>
        <source>sync every account (pull, then the outbox)</source>
        <translation>सभी खाते सिंक करें (पहले खींचें, फिर आउटबॉक्स)</translation>
    </message>
    <message>
        <source>import an .eml file, a folder of them, an mbox file or a Maildir</source>
        <translation>.eml फ़ाइल, ऐसी फ़ाइलों का फ़ोल्डर, mbox फ़ाइल या Maildir इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>reply to a conversation (or add an internal note); queued in the outbox</source>
        <translation>किसी बातचीत का जवाब दें (या आंतरिक नोट जोड़ें); आउटबॉक्स की कतार में जाता है</translation>
    </message>
    <message>
        <source>what is waiting to reach the servers</source>
        <translation>जो सर्वर तक पहुँचने का इंतज़ार कर रहा है</translation>
    </message>
    <message>
        <source>search every conversation in the cache</source>
        <translation>कैश की सभी बातचीत में खोजें</translation>
    </message>
    <message>
        <source>list follow-up reminders that are not done yet</source>
        <translation>फ़ॉलो-अप के वे रिमाइंडर दिखाएँ जो अभी पूरे नहीं हुए</translation>
    </message>
    <message>
        <source>only those due now</source>
        <translation>सिर्फ़ वे जो अभी देय हैं</translation>
    </message>
    <message>
        <source>done ones too, with why they ended</source>
        <translation>पूरे हो चुके भी, वे क्यों खत्म हुए इसके साथ</translation>
    </message>
    <message>
        <source>support KPIs for a period (business and calendar time)</source>
        <translation>किसी अवधि के सपोर्ट KPI (कार्य समय और कैलेंडर समय)</translation>
    </message>
    <message>
        <source>folder holding the workspace</source>
        <translation>वर्कस्पेस वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>पहला दिन, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>आखिरी दिन, शामिल</translation>
    </message>
    <message>
        <source>write one row per conversation to this CSV file</source>
        <translation>इस CSV फ़ाइल में हर बातचीत की एक पंक्ति लिखें</translation>
    </message>
    <message>
        <source>print one JSON object with every metric</source>
        <translation>सभी मेट्रिक वाला एक JSON ऑब्जेक्ट छापें</translation>
    </message>
    <message>
        <source>only this channel (email, ticket)</source>
        <translation>सिर्फ़ यह चैनल (email, ticket)</translation>
    </message>
    <message>
        <source>only conversations with this tag</source>
        <translation>सिर्फ़ इस टैग वाली बातचीत</translation>
    </message>
    <message>
        <source>only conversations assigned to this person (&apos;&apos; for unassigned)</source>
        <translation>सिर्फ़ इस व्यक्ति को सौंपी गई बातचीत (बिना सौंपी के लिए &apos;&apos;)</translation>
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
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>The file “%1” is %2; this ticket system takes files up to %3.</source>
        <translation>फ़ाइल “%1” का आकार %2 है; यह टिकट सिस्टम अधिकतम %3 तक की फ़ाइलें लेता है।</translation>
    </message>
    <message>
        <source>Remove it and share it another way (a link, or a smaller or compressed copy).</source>
        <translation>इसे हटाएँ और किसी दूसरे तरीके से साझा करें (एक लिंक, या छोटी या संपीड़ित प्रति)।</translation>
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
        <source>Queued to send</source>
        <translation>भेजने की कतार में</translation>
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
    <name>Outbox</name>
    <message>
        <source>The account of this operation was removed.</source>
        <translation>इस ऑपरेशन का अकाउंट हटा दिया गया है।</translation>
    </message>
    <message>
        <source>Discard it, or add the account again.</source>
        <translation>इसे हटा दें, या अकाउंट फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>AgentDesk cannot deliver a &apos;{kind}&apos; change to a {system} account yet.</source>
        <translation>AgentDesk अभी &apos;{kind}&apos; बदलाव को {system} अकाउंट तक नहीं पहुँचा सकता।</translation>
    </message>
    <message>
        <source>Discard it; the change stays in AgentDesk only.</source>
        <translation>इसे हटा दें; बदलाव सिर्फ़ AgentDesk में रहेगा।</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s) and someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>भेजने से पहले रोका गया: यह जवाब शुरू होने के बाद ग्राहक ने {customer} नए संदेश लिखे और किसी और ने {team} बार जवाब दिया। फिर भी भेजें, संपादित करें या हटा दें।</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s). Send it anyway, edit it, or discard it.</source>
        <translation>भेजने से पहले रोका गया: यह जवाब शुरू होने के बाद ग्राहक ने {customer} नए संदेश लिखे। फिर भी भेजें, संपादित करें या हटा दें।</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>भेजने से पहले रोका गया: यह जवाब शुरू होने के बाद किसी और ने {team} बार जवाब दिया। फिर भी भेजें, संपादित करें या हटा दें।</translation>
    </message>
    <message>
        <source>This reply may have been sent already: AgentDesk stopped while the mail server was receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; retry to send it again, or discard it.</source>
        <translation>यह जवाब शायद पहले ही भेजा जा चुका है: मेल सर्वर इसे ले ही रहा था कि AgentDesk रुक गया, और यह &apos;भेजे गए&apos; फ़ोल्डर में नहीं है। ग्राहक से या अपनी भेजी गई मेल में जाँचें; दोबारा भेजने के लिए फिर कोशिश करें, या इसे हटा दें।</translation>
    </message>
    <message>
        <source>The attachment &apos;{filename}&apos; of this reply is missing from the cache.</source>
        <translation>इस जवाब का अटैचमेंट &apos;{filename}&apos; कैश में नहीं है।</translation>
    </message>
    <message>
        <source>Discard this reply and send it again with the file attached.</source>
        <translation>यह जवाब हटा दें और फ़ाइल अटैच करके फिर से भेजें।</translation>
    </message>
    <message>
        <source>AgentDesk cannot send a &apos;{kind}&apos; change to a ticket system.</source>
        <translation>AgentDesk &apos;{kind}&apos; बदलाव टिकट सिस्टम को नहीं भेज सकता।</translation>
    </message>
    <message>
        <source>Discard it.</source>
        <translation>इसे हटा दें।</translation>
    </message>
    <message>
        <source>This change belongs to a conversation that is no longer in the cache.</source>
        <translation>यह बदलाव ऐसी बातचीत का है जो अब कैश में नहीं है।</translation>
    </message>
    <message>
        <source>This note may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>यह नोट शायद पहले से टिकट {ticket} पर है: {system} को भेजते समय AgentDesk रुक गया, और यह टिकट पर नहीं मिला। टिकट जाँचें; दोबारा भेजने के लिए फिर कोशिश करें, या इसे हटा दें।</translation>
    </message>
    <message>
        <source>This reply may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>यह जवाब शायद पहले से टिकट {ticket} पर है: {system} को भेजते समय AgentDesk रुक गया, और यह टिकट पर नहीं मिला। टिकट जाँचें; दोबारा भेजने के लिए फिर कोशिश करें, या इसे हटा दें।</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>स्थिति बदलाव</translation>
    </message>
    <message>
        <source>priority change</source>
        <translation>प्राथमिकता बदलाव</translation>
    </message>
    <message>
        <source>tag change</source>
        <translation>टैग बदलाव</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). Look at the ticket first; retry to apply it anyway, or discard it.</source>
        <translation>रोका गया: यह {what} किए जाने के बाद टिकट {ticket} {system} में बदल गया ({reason})। पहले टिकट देखें; फिर भी लागू करने के लिए फिर कोशिश करें, या इसे हटा दें।</translation>
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
    <name>Reminder</name>
    <message>
        <source>reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>if no reply</source>
        <translation>जवाब न आने पर</translation>
    </message>
    <message>
        <source>check back</source>
        <translation>फिर से पूछें</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>कोई रिमाइंडर देय नहीं है।</translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation>कोई खुला रिमाइंडर नहीं।</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>the customer replied</source>
        <translation>ग्राहक ने जवाब दिया</translation>
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
    <name>Report</name>
    <message>
        <source>Closed before the team&apos;s first reply: no first response time.</source>
        <translation>टीम के पहले जवाब से पहले बंद: पहले जवाब का कोई समय नहीं।</translation>
    </message>
    <message>
        <source>The closing time is not known: the conversation&apos;s last activity is taken instead.</source>
        <translation>बंद होने का समय पता नहीं है: इसकी जगह बातचीत की आख़िरी गतिविधि ली गई है।</translation>
    </message>
    <message>
        <source>holiday: {name}</source>
        <translation>छुट्टी: {name}</translation>
    </message>
    <message>
        <source>closed: {name}</source>
        <translation>बंद: {name}</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>सप्ताहांत</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>बंद दिन</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>खुलने के समय के बाहर</translation>
    </message>
    <message>
        <source>calendar time (no business calendar)</source>
        <translation>कैलेंडर समय (कोई कार्य कैलेंडर नहीं)</translation>
    </message>
    <message>
        <source>open hours</source>
        <translation>खुलने का समय</translation>
    </message>
    <message>
        <source>paused: waiting on the customer</source>
        <translation>रुका हुआ: ग्राहक की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>paused: snoozed</source>
        <translation>रुका हुआ: स्नूज़ किया गया</translation>
    </message>
    <message>
        <source>paused: closed (reopened later)</source>
        <translation>रुका हुआ: बंद (बाद में फिर खोला गया)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Next response {number}</source>
        <translation>अगला जवाब {number}</translation>
    </message>
    <message>
        <source>paused: {status}</source>
        <translation>रुका हुआ: {status}</translation>
    </message>
    <message>
        <source>(time of the change inferred)</source>
        <translation>(बदलाव का समय अनुमानित)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>A customer message from {time} UTC is still unanswered.</source>
        <translation>{time} UTC का ग्राहक संदेश अभी भी अनुत्तरित है।</translation>
    </message>
    <message>
        <source>No business calendar is set up: business time is not measured.</source>
        <translation>कोई कार्य कैलेंडर सेट नहीं है: कार्य समय नहीं मापा जाता।</translation>
    </message>
    <message>
        <source>No SLA policies are set up.</source>
        <translation>कोई SLA नीति सेट नहीं है।</translation>
    </message>
    <message>
        <source>The SLA policies count business time but no business calendar is set up.</source>
        <translation>SLA नीतियाँ कार्य समय गिनती हैं, लेकिन कोई कार्य कैलेंडर सेट नहीं है।</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>{value} कोई तारीख नहीं है; इसे YYYY-MM-DD के रूप में लिखें, जैसे 2025-03-31</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>अवधि शुरू होने ({first}) से पहले ही खत्म ({last}) हो जाती है।</translation>
    </message>
    <message>
        <source>Give --from a day on or before --to.</source>
        <translation>--from में ऐसा दिन दें जो --to के दिन या उससे पहले हो।</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}</source>
        <translation>{path} में {count} पंक्तियाँ लिखी गईं</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be written: {problem}.</source>
        <translation>CSV फ़ाइल {path} लिखी नहीं जा सकती: {problem}।</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check that the disk is not full.</source>
        <translation>ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकें, और देखें कि डिस्क भरी तो नहीं है।</translation>
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
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>मेट्रिक</translation>
    </message>
    <message>
        <source>business median</source>
        <translation>कार्य समय माध्यिका</translation>
    </message>
    <message>
        <source>business p90</source>
        <translation>कार्य समय p90</translation>
    </message>
    <message>
        <source>calendar median</source>
        <translation>कैलेंडर माध्यिका</translation>
    </message>
    <message>
        <source>calendar p90</source>
        <translation>कैलेंडर p90</translation>
    </message>
    <message>
        <source>Support report {first} to {last} ({zone}), {count} conversations begun in the period</source>
        <translation>सपोर्ट रिपोर्ट {first} से {last} ({zone}), इस अवधि में शुरू हुई {count} बातचीत</translation>
    </message>
    <message>
        <source>Business calendar: {name}</source>
        <translation>कार्य कैलेंडर: {name}</translation>
    </message>
    <message>
        <source>Business calendar: none (business time not measured)</source>
        <translation>कार्य कैलेंडर: कोई नहीं (कार्य समय नहीं मापा गया)</translation>
    </message>
    <message>
        <source>Unanswered (no first reply yet): {count}</source>
        <translation>बिना जवाब (अभी पहला जवाब नहीं): {count}</translation>
    </message>
    <message>
        <source>Resolved: {count}</source>
        <translation>हल हुई: {count}</translation>
    </message>
    <message>
        <source>First contact resolution: {rate} ({one} of {replied} resolved with one reply); replies per resolved conversation: {mean}</source>
        <translation>पहले संपर्क में समाधान: {rate} ({replied} में से {one} एक जवाब में हल); हर हल हुई बातचीत पर जवाब: {mean}</translation>
    </message>
    <message>
        <source>Handling time: median {median} per conversation, total {total}</source>
        <translation>हैंडलिंग समय: हर बातचीत पर माध्यिका {median}, कुल {total}</translation>
    </message>
    <message>
        <source>SLA attainment: {note}</source>
        <translation>SLA पूर्ति: {note}</translation>
    </message>
    <message>
        <source>SLA {metric}: {rate} met ({met} met, {missed} missed, {pending} still running)</source>
        <translation>SLA {metric}: {rate} पूरा ({met} पूरे, {missed} चूके, {pending} अभी जारी)</translation>
    </message>
    <message>
        <source>Satisfaction: {score} good ({good} good, {bad} bad, {offered} asked without an answer)</source>
        <translation>संतुष्टि: {score} अच्छी ({good} अच्छी, {bad} खराब, {offered} पूछी गई पर जवाब नहीं)</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings</source>
        <translation>संतुष्टि: कोई रेटिंग नहीं</translation>
    </message>
    <message>
        <source>By channel: {list}</source>
        <translation>चैनल के अनुसार: {list}</translation>
    </message>
    <message>
        <source>By language: {list}</source>
        <translation>भाषा के अनुसार: {list}</translation>
    </message>
    <message>
        <source>Top tags: {list}</source>
        <translation>मुख्य टैग: {list}</translation>
    </message>
    <message>
        <source>Backlog (not closed at day&apos;s end): {first} at the start, {last} at the end</source>
        <translation>बैकलॉग (दिन के अंत तक बंद नहीं): शुरू में {first}, अंत में {last}</translation>
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
        <source>&lt; %1 h</source>
        <translation>&lt; %1 घं.</translation>
    </message>
    <message>
        <source>&gt; %1 d</source>
        <translation>&gt; %1 दिन</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 दिन</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 घं.</translation>
    </message>
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
        <source>There is no report to export yet.</source>
        <translation>अभी एक्सपोर्ट करने के लिए कोई रिपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>Wait until the figures are shown, then export.</source>
        <translation>आँकड़े दिखने तक रुकें, फिर एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>चार्ट %1 के रूप में सेव नहीं हो सका।</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकें और जगह खाली हो।</translation>
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
    <name>Search</name>
    <message>
        <source>Search syntax error at position {position}: {problem}.</source>
        <extracomment>Fields whose value is matched as text in the full-text index (words, phrases, prefixes). Fields whose value is a fixed word, a name or a date.</extracomment>
        <translation>खोज में स्थान {position} पर सिंटैक्स त्रुटि: {problem}।</translation>
    </message>
    <message>
        <source>Fix the query; put text in &quot;double quotes&quot; to search for it literally.</source>
        <translation>खोज ठीक करें; किसी पाठ को हूबहू खोजने के लिए उसे &quot;दोहरे उद्धरण चिह्नों&quot; में रखें।</translation>
    </message>
    <message>
        <source>unknown field &quot;{name}:&quot; (known: {fields})</source>
        <translation>अज्ञात फ़ील्ड &quot;{name}:&quot; (ज्ञात: {fields})</translation>
    </message>
    <message>
        <source>&quot;{name}:&quot; needs a value right after the colon</source>
        <translation>&quot;{name}:&quot; को कोलन के ठीक बाद एक मान चाहिए</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>यहाँ खुला उद्धरण चिह्न कभी बंद नहीं होता</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>खोज खाली है</translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>इस &quot;)&quot; का कोई मेल खाता &quot;(&quot; नहीं है</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its right</source>
        <translation>&quot;OR&quot; के दाईं ओर खोजने के लिए कुछ चाहिए</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its left</source>
        <translation>&quot;AND&quot; के बाईं ओर खोजने के लिए कुछ चाहिए</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its right</source>
        <translation>&quot;AND&quot; के दाईं ओर खोजने के लिए कुछ चाहिए</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its left</source>
        <translation>&quot;OR&quot; के बाईं ओर खोजने के लिए कुछ चाहिए</translation>
    </message>
    <message>
        <source>something to search for is missing here</source>
        <translation>यहाँ खोजने के लिए कुछ नहीं है</translation>
    </message>
    <message>
        <source>&quot;{operator}&quot; needs something to exclude right after it</source>
        <translation>&quot;{operator}&quot; के ठीक बाद बाहर रखने के लिए कुछ चाहिए</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>कोष्ठक खाली हैं</translation>
    </message>
    <message>
        <source>the &quot;(&quot; opened here is never closed</source>
        <translation>यहाँ खुला &quot;(&quot; कभी बंद नहीं होता</translation>
    </message>
    <message>
        <source>the quotes are empty</source>
        <translation>उद्धरण चिह्न खाली हैं</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value inside the quotes</source>
        <translation>&quot;{field}:&quot; को उद्धरण चिह्नों के अंदर एक मान चाहिए</translation>
    </message>
    <message>
        <source>&quot;{field}:{value}&quot; is not known; use one of {choices}</source>
        <translation>&quot;{field}:{value}&quot; ज्ञात नहीं है; इनमें से कोई एक लें: {choices}</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value</source>
        <translation>&quot;{field}:&quot; को एक मान चाहिए</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write 2024-03-31, 2024-03, today, yesterday or 7d / 2w / 3m / 1y</source>
        <translation>&quot;{value}&quot; कोई तारीख नहीं है; 2024-03-31, 2024-03, today, yesterday या 7d / 2w / 3m / 1y लिखें</translation>
    </message>
    <message>
        <source>&quot;*&quot; marks a prefix; put it after a few letters, as in refu*</source>
        <translation>&quot;*&quot; शब्द की शुरुआत दिखाता है; इसे कुछ अक्षरों के बाद लगाएँ, जैसे refu*</translation>
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
        <source>Targets in business hours need a business calendar, and the saved one cannot be used: %1 Fix it in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>कार्य घंटों वाले लक्ष्यों के लिए कार्य कैलेंडर चाहिए, और सेव किया गया कैलेंडर इस्तेमाल नहीं हो सकता: %1 इसे फ़ाइल → कार्य समय और छुट्टियाँ में ठीक करें, या इन लक्ष्यों को कैलेंडर घंटों में गिनें।</translation>
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
    <name>SyncError</name>
    <message>
        <source>The mail server {host} refused the login ({code}).</source>
        <translation>मेल सर्वर {host} ने लॉगिन अस्वीकार कर दिया ({code})।</translation>
    </message>
    <message>
        <source>Check the user name and password; some providers need an app password for mail programs.</source>
        <translation>यूज़र नाम और पासवर्ड जाँचें; कुछ प्रोवाइडर मेल प्रोग्राम के लिए ऐप पासवर्ड माँगते हैं।</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; is not a web address.</source>
        <translation>पता &apos;{url}&apos; कोई वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>Give the full address, starting with https:// (for example https://yourcompany.zendesk.com).</source>
        <translation>पूरा पता दें, https:// से शुरू करके (जैसे https://yourcompany.zendesk.com)।</translation>
    </message>
    <message>
        <source>Check the user name and password, then test again.</source>
        <translation>यूज़र नाम और पासवर्ड जाँचें, फिर दोबारा टेस्ट करें।</translation>
    </message>
    <message>
        <source>AgentDesk reads Zendesk&apos;s ticket export, which needs an administrator&apos;s API token. Check the agent&apos;s email address and API token, then test again.</source>
        <translation>AgentDesk Zendesk का टिकट एक्सपोर्ट पढ़ता है, जिसके लिए किसी एडमिनिस्ट्रेटर का API टोकन चाहिए। एजेंट का ईमेल पता और API टोकन जाँचें, फिर दोबारा टेस्ट करें।</translation>
    </message>
    <message>
        <source>Check the agent&apos;s email address and API token, then test again.</source>
        <translation>एजेंट का ईमेल पता और API टोकन जाँचें, फिर दोबारा टेस्ट करें।</translation>
    </message>
    <message>
        <source>Request Tracker has no queue named &apos;{queue}&apos; (or this user may not see it).</source>
        <translation>Request Tracker में &apos;{queue}&apos; नाम की कोई कतार नहीं है (या यह यूज़र उसे नहीं देख सकता)।</translation>
    </message>
    <message>
        <source>Check the queue&apos;s name, or leave the queue empty to read every queue the user can see.</source>
        <translation>कतार का नाम जाँचें, या यूज़र को दिखने वाली सभी कतारें पढ़ने के लिए कतार खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>There is no {system} API at this address ({detail}).</source>
        <translation>इस पते पर कोई {system} API नहीं है ({detail})।</translation>
    </message>
    <message>
        <source>For Request Tracker give the address you open in the browser (without /REST/2.0); for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Request Tracker के लिए वह पता दें जो आप ब्राउज़र में खोलते हैं (/REST/2.0 के बिना); Zendesk के लिए यह https://yourcompany.zendesk.com है।</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; presented a certificate that could not be verified ({detail}).</source>
        <translation>&apos;{account}&apos; के सर्वर {host} ने ऐसा सर्टिफ़िकेट दिया जिसे सत्यापित नहीं किया जा सका ({detail})।</translation>
    </message>
    <message>
        <source>Check the server name in the account settings; if your provider uses its own certificate, install it in the system&apos;s trusted certificates.</source>
        <translation>अकाउंट सेटिंग्स में सर्वर का नाम जाँचें; अगर आपका प्रोवाइडर अपना सर्टिफ़िकेट इस्तेमाल करता है, तो उसे सिस्टम के भरोसेमंद सर्टिफ़िकेट में इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>A secure connection to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>&apos;{account}&apos; के लिए {host} से सुरक्षित कनेक्शन विफल रहा ({detail})।</translation>
    </message>
    <message>
        <source>Check the port and security setting (SSL or STARTTLS) in the account settings.</source>
        <translation>अकाउंट सेटिंग्स में पोर्ट और सुरक्षा सेटिंग (SSL या STARTTLS) जाँचें।</translation>
    </message>
    <message>
        <source>The server name {host} for &apos;{account}&apos; could not be found.</source>
        <translation>&apos;{account}&apos; का सर्वर नाम {host} नहीं मिला।</translation>
    </message>
    <message>
        <source>Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.</source>
        <translation>अपना इंटरनेट कनेक्शन और सर्वर का नाम जाँचें; तब तक AgentDesk ऑफ़लाइन काम करता रहेगा।</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; did not answer in time.</source>
        <translation>&apos;{account}&apos; के सर्वर {host} ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your internet connection if this persists.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; अगर यह बना रहे तो अपना इंटरनेट कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; refused the connection.</source>
        <translation>&apos;{account}&apos; के सर्वर {host} ने कनेक्शन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The server may be down or the port wrong; AgentDesk will try again by itself.</source>
        <translation>हो सकता है सर्वर बंद हो या पोर्ट गलत हो; AgentDesk अपने आप फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>The connection to {host} for &apos;{account}&apos; was lost.</source>
        <translation>&apos;{account}&apos; के लिए {host} से कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>There is no network route to {host} for &apos;{account}&apos;.</source>
        <translation>&apos;{account}&apos; के लिए {host} तक कोई नेटवर्क रास्ता नहीं है।</translation>
    </message>
    <message>
        <source>Check your internet connection; AgentDesk keeps working offline meanwhile.</source>
        <translation>अपना इंटरनेट कनेक्शन जाँचें; तब तक AgentDesk ऑफ़लाइन काम करता रहेगा।</translation>
    </message>
    <message>
        <source>Talking to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>&apos;{account}&apos; के लिए {host} से बात करना विफल रहा ({detail})।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account settings.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; अगर यह बना रहे तो अकाउंट सेटिंग्स जाँचें।</translation>
    </message>
    <message>
        <source>The server {host} refused the login of &apos;{user}&apos; for &apos;{account}&apos;.</source>
        <translation>सर्वर {host} ने &apos;{account}&apos; के लिए &apos;{user}&apos; का लॉगिन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Check the user name and password in the account settings (agentdesk account add … --password-stdin).</source>
        <translation>अकाउंट सेटिंग्स में यूज़र नाम और पासवर्ड जाँचें (agentdesk account add … --password-stdin)।</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered the login with an error ({detail}).</source>
        <translation>&apos;{account}&apos; के सर्वर {host} ने लॉगिन का जवाब एक त्रुटि से दिया ({detail})।</translation>
    </message>
    <message>
        <source>Check the security setting (SSL or STARTTLS) and port; AgentDesk will try again later.</source>
        <translation>सुरक्षा सेटिंग (SSL या STARTTLS) और पोर्ट जाँचें; AgentDesk बाद में फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered with an error ({detail}).</source>
        <translation>&apos;{account}&apos; के सर्वर {host} ने एक त्रुटि के साथ जवाब दिया ({detail})।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account&apos;s folders in the settings.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; अगर यह बना रहे तो सेटिंग्स में अकाउंट के फ़ोल्डर जाँचें।</translation>
    </message>
    <message>
        <source>Filing the reply in &apos;{folder}&apos; failed ({detail}).</source>
        <translation>जवाब को &apos;{folder}&apos; में रखना विफल रहा ({detail})।</translation>
    </message>
    <message>
        <source>AgentDesk will try again.</source>
        <translation>AgentDesk फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for &apos;{account}&apos; ({code}).</source>
        <translation>मेल सर्वर {host} ने &apos;{account}&apos; का लॉगिन अस्वीकार कर दिया ({code})।</translation>
    </message>
    <message>
        <source>Check the password in the account settings.</source>
        <translation>अकाउंट सेटिंग्स में पासवर्ड जाँचें।</translation>
    </message>
    <message>
        <source>The mail server {host} refused every recipient of this message: {recipients}.</source>
        <translation>मेल सर्वर {host} ने इस संदेश के सभी प्राप्तकर्ता अस्वीकार कर दिए: {recipients}।</translation>
    </message>
    <message>
        <source>Check the addresses, then retry or discard the reply in Needs attention.</source>
        <translation>पते जाँचें, फिर ‘ध्यान देना ज़रूरी’ में जवाब को दोबारा भेजें या हटा दें।</translation>
    </message>
    <message>
        <source>The mail server {host} refused this message ({detail}).</source>
        <translation>मेल सर्वर {host} ने यह संदेश अस्वीकार कर दिया ({detail})।</translation>
    </message>
    <message>
        <source>Edit the reply or discard it in Needs attention.</source>
        <translation>‘ध्यान देना ज़रूरी’ में जवाब संपादित करें या हटा दें।</translation>
    </message>
    <message>
        <source>The mail server {host} asked to try later ({code}).</source>
        <translation>मेल सर्वर {host} ने बाद में कोशिश करने को कहा ({code})।</translation>
    </message>
    <message>
        <source>ticket system</source>
        <translation>टिकट सिस्टम</translation>
    </message>
    <message>
        <source>RT server</source>
        <translation>RT सर्वर</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not a web address.</source>
        <translation>&apos;{account}&apos; का पता &apos;{url}&apos; कोई वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://.</source>
        <translation>पूरा पता दें, https:// से शुरू करके।</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not valid ({detail}).</source>
        <translation>&apos;{account}&apos; का पता &apos;{url}&apos; मान्य नहीं है ({detail})।</translation>
    </message>
    <message>
        <source>Correct the account&apos;s address.</source>
        <translation>अकाउंट का पता ठीक करें।</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your connection if this persists.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; अगर यह बना रहे तो अपना कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>{where} could not be reached ({detail}).</source>
        <translation>{where} तक पहुँचा नहीं जा सका ({detail})।</translation>
    </message>
    <message>
        <source>Check the address and your connection; AgentDesk keeps working offline and tries again later.</source>
        <translation>पता और अपना कनेक्शन जाँचें; AgentDesk ऑफ़लाइन काम करता रहेगा और बाद में फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>The {system} at {host} for &apos;{account}&apos;</source>
        <translation>&apos;{account}&apos; के लिए {host} पर {system}</translation>
    </message>
    <message>
        <source>{where} asks AgentDesk to slow down (rate limit; retry after {seconds} s).</source>
        <translation>{where} AgentDesk से धीमा होने को कह रहा है (रेट लिमिट; {seconds} से. बाद फिर कोशिश)।</translation>
    </message>
    <message>
        <source>AgentDesk waits and tries again by itself.</source>
        <translation>AgentDesk इंतज़ार करेगा और अपने आप फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}).</source>
        <translation>{where} ने साइन इन अस्वीकार कर दिया (HTTP {status})।</translation>
    </message>
    <message>
        <source>Check the user name and password or API token, then add the account again with `agentdesk account add … --password-stdin` (or `--token-stdin`).</source>
        <translation>यूज़र नाम और पासवर्ड या API टोकन जाँचें, फिर `agentdesk account add … --password-stdin` (या `--token-stdin`) से अकाउंट दोबारा जोड़ें।</translation>
    </message>
    <message>
        <source>{where} has nothing at {path} (HTTP 404).</source>
        <translation>{where} पर {path} में कुछ नहीं है (HTTP 404)।</translation>
    </message>
    <message>
        <source>Check the account&apos;s address; for RT it ends before /REST/2.0, for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>अकाउंट का पता जाँचें; RT के लिए यह /REST/2.0 से पहले ख़त्म होता है, Zendesk के लिए यह https://yourcompany.zendesk.com है।</translation>
    </message>
    <message>
        <source>{where} refused the change because the ticket changed meanwhile (HTTP {status}).</source>
        <translation>{where} ने बदलाव अस्वीकार कर दिया क्योंकि इस बीच टिकट बदल गया (HTTP {status})।</translation>
    </message>
    <message>
        <source>{where} had an internal problem (HTTP {status}).</source>
        <translation>{where} में आंतरिक समस्या हुई (HTTP {status})।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, ask the ticket system&apos;s administrator.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; अगर यह बना रहे तो टिकट सिस्टम के एडमिनिस्ट्रेटर से पूछें।</translation>
    </message>
    <message>
        <source>{where} refused a request (HTTP {status}).</source>
        <translation>{where} ने एक अनुरोध अस्वीकार कर दिया (HTTP {status})।</translation>
    </message>
    <message>
        <source>This is kept in the outbox or retried on the next sync; report it if it keeps happening.</source>
        <translation>यह आउटबॉक्स में रखा जाता है या अगले सिंक पर फिर कोशिश होती है; अगर यह बार-बार हो तो इसकी रिपोर्ट करें।</translation>
    </message>
    <message>
        <source>{where} answered with a web page instead of data (often a sign-in page or a proxy&apos;s error page).</source>
        <translation>{where} ने डेटा की जगह एक वेब पेज से जवाब दिया (अक्सर साइन-इन पेज या प्रॉक्सी का त्रुटि पेज)।</translation>
    </message>
    <message>
        <source>Check that the account&apos;s address is the ticket system&apos;s own address and that no sign-in page sits in front of its API.</source>
        <translation>जाँचें कि अकाउंट का पता टिकट सिस्टम का अपना पता है और उसके API के आगे कोई साइन-इन पेज नहीं है।</translation>
    </message>
    <message>
        <source>{where} sent an incomplete or damaged answer.</source>
        <translation>{where} ने अधूरा या ख़राब जवाब भेजा।</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; nothing in the cache was changed.</source>
        <translation>AgentDesk अपने आप फिर कोशिश करेगा; कैश में कुछ नहीं बदला गया।</translation>
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
    <name>Template</name>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>पंक्ति {line}: {problem}</translation>
    </message>
    <message>
        <source>No value for {names} and the reply has no fallback for it: fill it in or add a default.</source>
        <translation>{names} का कोई मान नहीं है और जवाब में इसका कोई विकल्प नहीं है: इसे भरें या डिफ़ॉल्ट जोड़ें।</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>भरें: {fields}।</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {function} can only be called</source>
        <translation>“{name}” की अनुमति नहीं है: {function} को सिर्फ़ कॉल किया जा सकता है</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (use {known})</source>
        <translation>“{name}” कोई ऐसा वेरिएबल नहीं है जिसे टेम्पलेट जानते हों ({known} में से लें)</translation>
    </message>
    <message>
        <source>“{name}” goes deeper than a custom field</source>
        <translation>“{name}” कस्टम फ़ील्ड से आगे जाता है</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {group} has no fields</source>
        <translation>“{name}” की अनुमति नहीं है: {group} में कोई फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (known: {known})</source>
        <translation>“{name}” कोई ऐसा वेरिएबल नहीं है जिसे टेम्पलेट जानते हों (ज्ञात: {known})</translation>
    </message>
    <message>
        <source>“{name}” is a group of values; name one of its fields</source>
        <translation>“{name}” मानों का एक समूह है; इसका कोई एक फ़ील्ड लिखें</translation>
    </message>
    <message>
        <source>the template syntax is broken: {problem}</source>
        <translation>टेम्पलेट का सिंटैक्स गड़बड़ है: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in canned replies</source>
        <translation>तैयार जवाबों में {what} की अनुमति नहीं है</translation>
    </message>
    <message>
        <source>the filter or test “{name}” is not available</source>
        <translation>फ़िल्टर या टेस्ट “{name}” उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>only ask(&quot;…&quot;) can be called</source>
        <translation>सिर्फ़ ask(&quot;…&quot;) को कॉल किया जा सकता है</translation>
    </message>
    <message>
        <source>ask needs one label in quotes, e.g. ask(&quot;Order number&quot;)</source>
        <translation>ask को उद्धरण चिह्नों में एक लेबल चाहिए, जैसे ask(&quot;ऑर्डर नंबर&quot;)</translation>
    </message>
    <message>
        <source>only documented variables can be read</source>
        <translation>सिर्फ़ दस्तावेज़ में दिए गए वेरिएबल पढ़े जा सकते हैं</translation>
    </message>
    <message>
        <source>{where}: line {line}: {problem}.</source>
        <translation>{where}: पंक्ति {line}: {problem}।</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>पंक्ति {line}: {problem}।</translation>
    </message>
    <message>
        <source>Fix the template; the variables are listed in the editor&apos;s help.</source>
        <translation>टेम्पलेट ठीक करें; वेरिएबल की सूची एडिटर की सहायता में है।</translation>
    </message>
    <message>
        <source>The canned reply cannot be used: {problem}.</source>
        <translation>तैयार जवाब इस्तेमाल नहीं हो सकता: {problem}।</translation>
    </message>
    <message>
        <source>The canned reply tries something that is not allowed ({problem}).</source>
        <translation>तैयार जवाब कुछ ऐसा करने की कोशिश करता है जिसकी अनुमति नहीं है ({problem})।</translation>
    </message>
    <message>
        <source>The canned reply could not be filled in ({problem}).</source>
        <translation>तैयार जवाब भरा नहीं जा सका ({problem})।</translation>
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
        <source>There is no waiting outbox operation {id}.</source>
        <translation>आउटबॉक्स में कोई प्रतीक्षारत ऑपरेशन {id} नहीं है।</translation>
    </message>
    <message>
        <source>See them with `agentdesk outbox list`.</source>
        <translation>उन्हें `agentdesk outbox list` से देखें।</translation>
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
        <source>This reply has already reached the mail server; only its copy in the Sent folder is missing.</source>
        <translation>यह जवाब मेल सर्वर तक पहुँच चुका है; सिर्फ़ &apos;भेजे गए&apos; फ़ोल्डर में इसकी कॉपी नहीं है।</translation>
    </message>
    <message>
        <source>Retry to file the copy, or discard it.</source>
        <translation>कॉपी रखने के लिए फिर कोशिश करें, या इसे हटा दें।</translation>
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
    <message>
        <source>There is no conversation {id}.</source>
        <translation>कोई बातचीत {id} नहीं है।</translation>
    </message>
    <message>
        <source>Find conversation numbers with `agentdesk search … --json` (conversation_id).</source>
        <translation>बातचीत के नंबर `agentdesk search … --json` (conversation_id) से खोजें।</translation>
    </message>
    <message>
        <source>There is no reminder {id}.</source>
        <translation>कोई रिमाइंडर {id} नहीं है।</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>अकाउंट का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>--name से नाम दें।</translation>
    </message>
    <message>
        <source>No password or token was given for the account &apos;{account}&apos;.</source>
        <translation>अकाउंट &apos;{account}&apos; के लिए कोई पासवर्ड या टोकन नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Pipe it into the command, e.g. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</source>
        <translation>इसे कमांड में पाइप करें, जैसे `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`।</translation>
    </message>
    <message>
        <source>There is already an account named &apos;{account}&apos;.</source>
        <translation>&apos;{account}&apos; नाम का अकाउंट पहले से है।</translation>
    </message>
    <message>
        <source>Choose another --name, or remove the old one with `agentdesk account remove`.</source>
        <translation>कोई दूसरा --name चुनें, या पुराना `agentdesk account remove` से हटाएँ।</translation>
    </message>
    <message>
        <source>There is no account named &apos;{account}&apos;.</source>
        <translation>&apos;{account}&apos; नाम का कोई अकाउंट नहीं है।</translation>
    </message>
    <message>
        <source>See the names with `agentdesk account list`.</source>
        <translation>नाम `agentdesk account list` से देखें।</translation>
    </message>
    <message>
        <source>No password is stored for the account &apos;{account}&apos;.</source>
        <translation>अकाउंट &apos;{account}&apos; के लिए कोई पासवर्ड सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Add the account again with `agentdesk account add … --password-stdin`.</source>
        <translation>`agentdesk account add … --password-stdin` से अकाउंट दोबारा जोड़ें।</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; would send its password unencrypted to {host}.</source>
        <translation>अकाउंट &apos;{account}&apos; अपना पासवर्ड बिना एन्क्रिप्शन के {host} को भेजेगा।</translation>
    </message>
    <message>
        <source>Use --security ssl or starttls; only if you really must, add --allow-plaintext.</source>
        <translation>--security ssl या starttls इस्तेमाल करें; सिर्फ़ बहुत ज़रूरी हो तो --allow-plaintext जोड़ें।</translation>
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
