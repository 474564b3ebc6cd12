<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a ticket system</source>
        <translation>Tambahkan sistem tiket</translation>
    </message>
    <message>
        <source>Add a mailbox</source>
        <translation>Tambah kotak surat</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sync tasks</source>
        <translation>Tugas sinkronisasi</translation>
    </message>
    <message>
        <source>Nothing is syncing right now.</source>
        <translation>Saat ini tidak ada yang disinkronkan.</translation>
    </message>
    <message>
        <source>Last sync per account</source>
        <translation>Sinkronisasi terakhir per akun</translation>
    </message>
    <message>
        <source>This workspace does not sync: the demo stays on this computer.</source>
        <translation>Ruang kerja ini tidak disinkronkan: demo tetap di komputer ini.</translation>
    </message>
    <message>
        <source>The background sync stopped unexpectedly (%1). AgentDesk restarts it in %2 s.</source>
        <translation>Sinkronisasi latar belakang berhenti tiba-tiba (%1). AgentDesk memulainya lagi dalam %2 dtk.</translation>
    </message>
    <message>
        <source>Working offline: nothing is fetched or sent until you go online again.</source>
        <translation>Bekerja luring: tidak ada yang diambil atau dikirim sampai Anda daring lagi.</translation>
    </message>
    <message>
        <source>The background sync was restarted after it stopped unexpectedly; it runs again.</source>
        <translation>Sinkronisasi latar belakang dimulai ulang setelah berhenti tiba-tiba; kini berjalan lagi.</translation>
    </message>
    <message>
        <source>The background sync runs in its own process; the window never waits for it.</source>
        <translation>Sinkronisasi latar belakang berjalan di prosesnya sendiri; jendela tidak pernah menunggunya.</translation>
    </message>
    <message>
        <source>The last sync pass failed:</source>
        <translation>Putaran sinkronisasi terakhir gagal:</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(dan %n masalah lain)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Dibatalkan — dilanjutkan pada sinkronisasi berikutnya</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n pesan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n berubah</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing new</source>
        <translation>terbaru, tidak ada yang baru</translation>
    </message>
    <message>
        <source>No sync has finished since the window opened.</source>
        <translation>Belum ada sinkronisasi yang selesai sejak jendela dibuka.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>memerlukan satu nilai</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa berarti %(matches)s</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>“%s” was never downloaded, so it is not on this computer.</source>
        <translation>“%s” tidak pernah diunduh, jadi tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Choose Download to fetch it from the ticket system now (you need to be online).</source>
        <translation>Pilih Unduh untuk mengambilnya dari sistem tiket sekarang (Anda harus online).</translation>
    </message>
    <message>
        <source>The mail server did not give AgentDesk its content, or it could not be read. Open the message in your mail provider&apos;s web page to get it.</source>
        <translation>Server email tidak memberikan isinya kepada AgentDesk, atau isinya tidak dapat dibaca. Buka pesan di halaman web penyedia email Anda untuk mendapatkannya.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>No program is set up to open “%s”.</source>
        <translation>Tidak ada program yang disiapkan untuk membuka “%s”.</translation>
    </message>
    <message>
        <source>Use Save as… instead.</source>
        <translation>Gunakan Simpan sebagai… saja.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>The file could not be written (%s).</source>
        <translation>Berkas tidak dapat ditulis (%s).</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Jam buka pada {day}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Setengah hari</translation>
    </message>
    <message>
        <source>Check its opening hours and closed days.</source>
        <translation>Periksa jam buka dan hari tutupnya.</translation>
    </message>
    <message>
        <source>A closed day</source>
        <translation>Sebuah hari tutup</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time.</source>
        <translation>{where}: {value} bukan jam.</translation>
    </message>
    <message>
        <source>Write times as HH:MM, e.g. 09:00 or 17:30.</source>
        <translation>Tulis jam sebagai HH:MM, mis. 09:00 atau 17:30.</translation>
    </message>
    <message>
        <source>{where}: {value} has seconds.</source>
        <translation>{where}: {value} memuat detik.</translation>
    </message>
    <message>
        <source>Give opening hours in whole minutes, e.g. 09:00.</source>
        <translation>Isi jam buka dalam menit bulat, mis. 09:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time of day.</source>
        <translation>{where}: {value} bukan jam dalam sehari.</translation>
    </message>
    <message>
        <source>Use 00:00 to 24:00.</source>
        <translation>Gunakan 00:00 sampai 24:00.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a list of shifts.</source>
        <translation>{where}: {value} bukan daftar shift.</translation>
    </message>
    <message>
        <source>Give a list of (start, end) pairs, e.g. [(&quot;09:00&quot;, &quot;17:00&quot;)].</source>
        <translation>Isi daftar pasangan (mulai, selesai), mis. [(&quot;09:00&quot;, &quot;17:00&quot;)].</translation>
    </message>
    <message>
        <source>{where}: {value} is not a shift.</source>
        <translation>{where}: {value} bukan shift.</translation>
    </message>
    <message>
        <source>Write each shift as a (start, end) pair, e.g. (&quot;09:00&quot;, &quot;12:30&quot;).</source>
        <translation>Tulis setiap shift sebagai pasangan (mulai, selesai), mis. (&quot;09:00&quot;, &quot;12:30&quot;).</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} crosses midnight; shifts may not.</source>
        <translation>{where}: shift {start}–{end} melewati tengah malam; shift tidak boleh begitu.</translation>
    </message>
    <message>
        <source>Split it into {start}–24:00 on this day and 00:00–{end} on the next.</source>
        <translation>Pecah menjadi {start}–24:00 pada hari ini dan 00:00–{end} pada hari berikutnya.</translation>
    </message>
    <message>
        <source>{where}: the shift {start}–{end} is empty.</source>
        <translation>{where}: shift {start}–{end} kosong.</translation>
    </message>
    <message>
        <source>Give an end after the start.</source>
        <translation>Isi waktu selesai setelah waktu mulai.</translation>
    </message>
    <message>
        <source>{where}: the shifts {first} and {second} overlap.</source>
        <translation>{where}: shift {first} dan {second} tumpang tindih.</translation>
    </message>
    <message>
        <source>Make each shift start after the previous one ends.</source>
        <translation>Buat setiap shift mulai setelah shift sebelumnya selesai.</translation>
    </message>
    <message>
        <source>The weekly hours {value} are not a mapping of weekdays.</source>
        <translation>Jam mingguan {value} bukan pemetaan hari kerja.</translation>
    </message>
    <message>
        <source>Give them as {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</source>
        <translation>Isi sebagai {&quot;mon&quot;: [(&quot;09:00&quot;, &quot;17:00&quot;)], ...}.</translation>
    </message>
    <message>
        <source>{value} is not a weekday.</source>
        <translation>{value} bukan nama hari.</translation>
    </message>
    <message>
        <source>Use one of {days}.</source>
        <translation>Gunakan salah satu dari {days}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} bukan tanggal.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2025-12-24.</source>
        <translation>Tulis tanggal sebagai YYYY-MM-DD, mis. 2025-12-24.</translation>
    </message>
    <message>
        <source>{zone} is not a known time zone.</source>
        <translation>{zone} bukan zona waktu yang dikenal.</translation>
    </message>
    <message>
        <source>Pick an IANA time zone name such as Europe/Berlin or Asia/Jakarta.</source>
        <translation>Pilih nama zona waktu IANA seperti Europe/Berlin atau Asia/Jakarta.</translation>
    </message>
    <message>
        <source>The holidays package has no public holidays for the country {country}.</source>
        <translation>Paket holidays tidak punya hari libur nasional untuk negara {country}.</translation>
    </message>
    <message>
        <source>Use a two-letter ISO country code such as DE, ES, IN or ID, or leave the country empty.</source>
        <translation>Gunakan kode negara ISO dua huruf seperti DE, ES, IN atau ID, atau kosongkan negara.</translation>
    </message>
    <message>
        <source>{country} has no region {region} in the holidays package.</source>
        <translation>{country} tidak punya wilayah {region} di paket holidays.</translation>
    </message>
    <message>
        <source>Use one of: {regions}.</source>
        <translation>Gunakan salah satu: {regions}.</translation>
    </message>
    <message>
        <source>Leave the region empty for this country.</source>
        <translation>Kosongkan wilayah untuk negara ini.</translation>
    </message>
    <message>
        <source>Public holidays for {country}: {problem}</source>
        <translation>Hari libur nasional untuk {country}: {problem}</translation>
    </message>
    <message>
        <source>Choose categories the country offers.</source>
        <translation>Pilih kategori yang tersedia untuk negara itu.</translation>
    </message>
    <message>
        <source>Holiday (from calendar file)</source>
        <translation>Hari libur (dari berkas kalender)</translation>
    </message>
    <message>
        <source>{summary}: an observance, not a day off, so it was left out.</source>
        <translation>{summary}: hari peringatan, bukan hari libur, jadi dilewati.</translation>
    </message>
    <message>
        <source>{summary}: the event has no start date, so it was left out.</source>
        <translation>{summary}: acara ini tidak punya tanggal mulai, jadi dilewati.</translation>
    </message>
    <message>
        <source>{summary}: its repeat rule ({rule}) is not supported, so only {day} was imported.</source>
        <translation>{summary}: aturan pengulangannya ({rule}) tidak didukung, jadi hanya {day} yang diimpor.</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>Ini bukan berkas iCalendar (.ics): tidak diawali BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Export the holiday calendar as an .ics file and import that file.</source>
        <translation>Ekspor kalender hari libur sebagai berkas .ics lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>An event could not be read ({problem}), so it was left out.</source>
        <translation>Sebuah acara tidak dapat dibaca ({problem}), jadi dilewati.</translation>
    </message>
    <message>
        <source>The calendar file holds no events.</source>
        <translation>Berkas kalender tidak berisi acara.</translation>
    </message>
    <message>
        <source>The weekly hours must have seven days.</source>
        <translation>Jam mingguan harus punya tujuh hari.</translation>
    </message>
    <message>
        <source>Give hours for mon … sun (empty = closed).</source>
        <translation>Isi jam untuk mon … sun (kosong = tutup).</translation>
    </message>
    <message>
        <source>The business calendar has no opening hours at all, so no due time could ever be reached.</source>
        <translation>Kalender kerja sama sekali tidak punya jam buka, jadi tenggat tidak akan pernah tercapai.</translation>
    </message>
    <message>
        <source>Give opening hours for at least one weekday.</source>
        <translation>Isi jam buka untuk setidaknya satu hari.</translation>
    </message>
    <message>
        <source>A half day</source>
        <translation>Sebuah setengah hari</translation>
    </message>
    <message>
        <source>The closed day {value} has no date.</source>
        <translation>Hari tutup {value} tidak punya tanggal.</translation>
    </message>
    <message>
        <source>Write it as {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</source>
        <translation>Tulis sebagai {&quot;date&quot;: &quot;YYYY-MM-DD&quot;, &quot;name&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years after {day}.</source>
        <translation>Kalender kerja tidak buka sama sekali dalam sepuluh tahun setelah {day}.</translation>
    </message>
    <message>
        <source>The business calendar is not open in the ten years before {day}.</source>
        <translation>Kalender kerja tidak buka sama sekali dalam sepuluh tahun sebelum {day}.</translation>
    </message>
    <message>
        <source>The business calendar is not open on any day in the ten years around {day}.</source>
        <translation>Kalender kerja tidak buka pada hari apa pun dalam sepuluh tahun sekitar {day}.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>“%1” is not a time range.</source>
        <translation>“%1” bukan rentang waktu.</translation>
    </message>
    <message>
        <source>Write hours like 09:00-12:30, 13:30-17:00.</source>
        <translation>Tulis jam seperti 09:00-12:30, 13:30-17:00.</translation>
    </message>
    <message>
        <source>Business hours and holidays</source>
        <translation>Jam kerja dan hari libur</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>(no public holidays)</source>
        <translation>(tanpa hari libur nasional)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>tutup</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Hari libur nasional</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Opening hours (split shifts with commas)</source>
        <translation>Jam buka (pisahkan shift dengan koma)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Holidays in</source>
        <translation>Hari libur pada</translation>
    </message>
    <message>
        <source>(whole country)</source>
        <translation>(seluruh negara)</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>tanggal perkiraan</translation>
    </message>
</context>
<context>
    <name>Canned</name>
    <message>
        <source>entry {number}</source>
        <translation>entri {number}</translation>
    </message>
    <message>
        <source>The canned-reply file is not in the expected shape: {where} is not an object.</source>
        <translation>Berkas balasan siap pakai tidak sesuai bentuk yang diharapkan: {where} bukan objek.</translation>
    </message>
    <message>
        <source>The canned-reply file has no title in {where}.</source>
        <translation>Berkas balasan siap pakai tidak punya judul di {where}.</translation>
    </message>
    <message>
        <source>The canned reply {title} ({where}) has no language variants.</source>
        <translation>Balasan siap pakai {title} ({where}) tidak punya varian bahasa.</translation>
    </message>
    <message>
        <source>The {language} variant of {title} has no body text.</source>
        <translation>Varian {language} dari {title} tidak punya isi teks.</translation>
    </message>
    <message>
        <source>Each entry needs a &quot;title&quot; and &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</source>
        <translation>Setiap entri perlu &quot;title&quot; dan &quot;variants&quot;: {&quot;en&quot;: {&quot;subject&quot;: &quot;…&quot;, &quot;body&quot;: &quot;…&quot;}, …}.</translation>
    </message>
    <message>
        <source>The canned-reply file is not valid JSON (line {line}: {problem}).</source>
        <translation>Berkas balasan siap pakai bukan JSON yang valid (baris {line}: {problem}).</translation>
    </message>
    <message>
        <source>The canned-reply file must hold a list of entries.</source>
        <translation>Berkas balasan siap pakai harus berisi daftar entri.</translation>
    </message>
    <message>
        <source>The CSV file lacks the column(s) {columns}.</source>
        <translation>Berkas CSV tidak punya kolom {columns}.</translation>
    </message>
    <message>
        <source>Use the columns {columns} (one row per language variant).</source>
        <translation>Gunakan kolom {columns} (satu baris per varian bahasa).</translation>
    </message>
    <message>
        <source>There is no canned reply named {name}.</source>
        <translation>Tidak ada balasan siap pakai bernama {name}.</translation>
    </message>
    <message>
        <source>See the names with `agentdesk canned list`.</source>
        <translation>Lihat namanya dengan `agentdesk canned list`.</translation>
    </message>
    <message>
        <source>A canned reply needs a title.</source>
        <translation>Balasan siap pakai perlu judul.</translation>
    </message>
    <message>
        <source>Give it a short title, e.g. “Where is my order”.</source>
        <translation>Beri judul singkat, mis. “Di mana pesanan saya”.</translation>
    </message>
    <message>
        <source>The canned reply {title} has no text.</source>
        <translation>Balasan siap pakai {title} tidak punya teks.</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>Tulis teksnya dalam setidaknya satu bahasa.</translation>
    </message>
    <message>
        <source>{language} is not a language code.</source>
        <translation>{language} bukan kode bahasa.</translation>
    </message>
    <message>
        <source>Use a code such as en, de, es, id, hi or pt-BR.</source>
        <translation>Gunakan kode seperti en, de, es, id, hi atau pt-BR.</translation>
    </message>
    <message>
        <source>The {language} text of {title} is empty.</source>
        <translation>Teks {language} dari {title} kosong.</translation>
    </message>
    <message>
        <source>Write it, or remove that language.</source>
        <translation>Tulis teksnya, atau hapus bahasa itu.</translation>
    </message>
    <message>
        <source>{title} ({language}, {part})</source>
        <translation>{title} ({language}, {part})</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subjek</translation>
    </message>
    <message>
        <source>body</source>
        <translation>isi</translation>
    </message>
    <message>
        <source>The shortcut {shortcut} is already used by {title}.</source>
        <translation>Pintasan {shortcut} sudah dipakai oleh {title}.</translation>
    </message>
    <message>
        <source>Choose another shortcut.</source>
        <translation>Pilih pintasan lain.</translation>
    </message>
</context>
<context>
    <name>CannedCli</name>
    <message>
        <source>reply</source>
        <translation>balasan</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>--field {value} is not LABEL=VALUE.</source>
        <translation>--field {value} bukan LABEL=NILAI.</translation>
    </message>
    <message>
        <source>Write it like --field &quot;Order number=A-1042&quot;.</source>
        <translation>Tulis seperti --field &quot;Nomor pesanan=A-1042&quot;.</translation>
    </message>
    <message>
        <source>The canned reply {title} has no {language} version.</source>
        <translation>Balasan siap pakai {title} tidak punya versi {language}.</translation>
    </message>
    <message>
        <source>It exists in: {languages}.</source>
        <translation>Tersedia dalam: {languages}.</translation>
    </message>
    <message>
        <source>Answer them with {options}.</source>
        <translation>Jawab dengan {options}.</translation>
    </message>
    <message>
        <source>Fill in the customer&apos;s details, or give the template a fallback with | default(&quot;…&quot;).</source>
        <translation>Lengkapi data pelanggan, atau beri templat nilai cadangan dengan | default(&quot;…&quot;).</translation>
    </message>
    <message>
        <source>The canned reply {title} ({language}) cannot be used yet: {problem}</source>
        <translation>Balasan siap pakai {title} ({language}) belum bisa dipakai: {problem}</translation>
    </message>
    <message>
        <source>The library is empty. Import one with `agentdesk canned import FILE`.</source>
        <translation>Pustaka kosong. Impor satu dengan `agentdesk canned import BERKAS`.</translation>
    </message>
    <message>
        <source>used {count}×</source>
        <translation>dipakai {count}×</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Subjek: {subject}</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({problem}).</source>
        <translation>Berkas {path} tidak dapat dibaca ({problem}).</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Periksa jalurnya.</translation>
    </message>
    <message>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>Berkas {path} bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 and try again.</source>
        <translation>Simpan sebagai UTF-8 lalu coba lagi.</translation>
    </message>
    <message>
        <source>Imported {added} new and updated {updated} canned replies.</source>
        <translation>{added} balasan siap pakai baru diimpor dan {updated} diperbarui.</translation>
    </message>
</context>
<context>
    <name>CannedEditor</name>
    <message>
        <source>Canned replies and articles</source>
        <translation>Balasan siap pakai dan artikel</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Saring…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>typed after :: in the composer</source>
        <translation>diketik setelah :: di editor</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>Artikel pengetahuan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Alamat publik</translation>
    </message>
    <message>
        <source>+ Language</source>
        <translation>+ Bahasa</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Hapus bahasa ini</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Variables: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Fallback: {{ customer.first_name | default(&quot;there&quot;) }}. Fill-in: {{ ask(&quot;Order number&quot;) }}. Conditions: {% if … %}…{% else %}…{% endif %}.</source>
        <translation>Variabel: customer.first_name, customer.name, customer.email, customer.fields.&lt;field&gt;, conversation.subject, ticket.id, agent.name, business.next_open, today. Nilai cadangan: {{ customer.first_name | default(&quot;there&quot;) }}. Isian: {{ ask(&quot;Order number&quot;) }}. Kondisi: {% if … %}…{% else %}…{% endif %}.</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translation>Pratinjau untuk</translation>
    </message>
    <message>
        <source>Used %1 times; languages: %2</source>
        <translation>Dipakai %1 kali; bahasa: %2</translation>
    </message>
    <message>
        <source>(no customer: fallbacks show)</source>
        <translation>(tanpa pelanggan: nilai cadangan ditampilkan)</translation>
    </message>
    <message>
        <source>Used %1 times</source>
        <translation>Dipakai %1 kali</translation>
    </message>
    <message>
        <source>Other language code…</source>
        <translation>Kode bahasa lain…</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Tambah bahasa</translation>
    </message>
    <message>
        <source>Language code (e.g. fr, pt-BR):</source>
        <translation>Kode bahasa (mis. fr, pt-BR):</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subjek</translation>
    </message>
    <message>
        <source>body</source>
        <translation>isi</translation>
    </message>
    <message>
        <source>This customer would not get this reply:</source>
        <translation>Pelanggan ini tidak akan menerima balasan ini:</translation>
    </message>
    <message>
        <source>Another entry is already called “%1”. Choose another title.</source>
        <translation>Entri lain sudah bernama “%1”. Pilih judul lain.</translation>
    </message>
    <message>
        <source>Not saved: fix the problem shown, or Revert</source>
        <translation>Tidak disimpan: perbaiki masalah yang ditampilkan, atau klik Kembalikan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
</context>
<context>
    <name>CannedPicker</name>
    <message>
        <source>Insert a canned reply</source>
        <translation>Sisipkan balasan siap pakai</translation>
    </message>
    <message>
        <source>Search titles, shortcuts and text…</source>
        <translation>Cari judul, pintasan, dan teks…</translation>
    </message>
    <message>
        <source>The language of the reply; chosen from the customer&apos;s language</source>
        <translation>Bahasa balasan; dipilih dari bahasa pelanggan</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Sisipkan tautan</translation>
    </message>
    <message>
        <source>Insert the article&apos;s public address instead of its text</source>
        <translation>Sisipkan alamat publik artikel, bukan teksnya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter inserts · Esc closes</source>
        <translation>↑↓ pilih · Enter menyisipkan · Esc menutup</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation>Tidak ada yang cocok. Coba kata yang lebih sedikit atau berbeda.</translation>
    </message>
    <message>
        <source>needed before inserting</source>
        <translation>wajib diisi sebelum menyisipkan</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Isi: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Added the IMAP account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its mail.</source>
        <translation>Akun IMAP &apos;{account}&apos; ditambahkan. Jalankan `agentdesk sync --once` untuk mengambil suratnya.</translation>
    </message>
    <message>
        <source>Added the {system} account &apos;{account}&apos;. Run `agentdesk sync --once` to fetch its tickets.</source>
        <translation>Akun {system} &apos;{account}&apos; ditambahkan. Jalankan `agentdesk sync --once` untuk mengambil tiketnya.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with `agentdesk account add imap …`.</source>
        <translation>Belum ada akun. Tambahkan dengan `agentdesk account add imap …`.</translation>
    </message>
    <message>
        <source>Removed the account &apos;{account}&apos;.</source>
        <translation>Akun &apos;{account}&apos; dihapus.</translation>
    </message>
    <message>
        <source>Saved (this conversation has no server to send to).</source>
        <translation>Disimpan (percakapan ini tidak punya server tujuan pengiriman).</translation>
    </message>
    <message>
        <source>Queued as outbox operation {id}; `agentdesk sync --once` delivers it.</source>
        <translation>Diantrekan sebagai operasi kotak keluar {id}; `agentdesk sync --once` mengirimkannya.</translation>
    </message>
    <message>
        <source>`outbox {action}` needs the operation&apos;s ID.</source>
        <translation>`outbox {action}` memerlukan ID operasi.</translation>
    </message>
    <message>
        <source>Operation {id} is queued again.</source>
        <translation>Operasi {id} diantrekan lagi.</translation>
    </message>
    <message>
        <source>Operation {id} was discarded.</source>
        <translation>Operasi {id} dibuang.</translation>
    </message>
    <message>
        <source>Operation {id} is marked as delivered; it is not sent again.</source>
        <translation>Operasi {id} ditandai sudah terkirim; tidak dikirim lagi.</translation>
    </message>
    <message>
        <source>Operation {id} was dropped; the server&apos;s value is kept.</source>
        <translation>Operasi {id} dibatalkan; nilai server dipertahankan.</translation>
    </message>
    <message>
        <source>The outbox is empty: everything has reached the servers.</source>
        <translation>Kotak keluar kosong: semuanya sudah sampai ke server.</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>perlu perhatian</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>conversation {id}</source>
        <translation>percakapan {id}</translation>
    </message>
    <message>
        <source>attempts: {count}</source>
        <translation>percobaan: {count}</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>{field}: yours {mine}, on the server now {server}</source>
        <translation>{field}: milik Anda {mine}, di server sekarang {server}</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Tidak ada percakapan yang cocok.</translation>
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
        <translation>terganggu</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>masuk ditolak</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>belum disinkronkan</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the canned-reply and knowledge-article library</source>
        <translation>pustaka balasan siap pakai dan artikel pengetahuan</translation>
    </message>
    <message>
        <source>canned commands</source>
        <translation>perintah balasan siap pakai</translation>
    </message>
    <message>
        <source>list the library</source>
        <translation>tampilkan daftar pustaka</translation>
    </message>
    <message>
        <source>show one entry with all its languages</source>
        <translation>tampilkan satu entri dengan semua bahasanya</translation>
    </message>
    <message>
        <source>shortcut or title</source>
        <translation>pintasan atau judul</translation>
    </message>
    <message>
        <source>import entries from a JSON or CSV file (same title or shortcut: replaced)</source>
        <translation>impor entri dari berkas JSON atau CSV (judul atau pintasan sama: diganti)</translation>
    </message>
    <message>
        <source>skip entries that already exist</source>
        <translation>lewati entri yang sudah ada</translation>
    </message>
    <message>
        <source>print the library as JSON (or CSV with --csv)</source>
        <translation>cetak pustaka sebagai JSON (atau CSV dengan --csv)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}
Run &apos;{prog} --help&apos; to see what it accepts.
</source>
        <translation>{prog}: galat: {message}
Jalankan &apos;{prog} --help&apos; untuk melihat apa yang diterima.
</translation>
    </message>
    <message>
        <source>folder holding the workspace (cache, attachments, logs); default: {folder}</source>
        <translation>folder ruang kerja (cache, lampiran, log); bawaan: {folder}</translation>
    </message>
    <message>
        <source>the language of the window and of what commands print (default: for the window the ui_language setting, else the system&apos;s language; for commands the system&apos;s language)</source>
        <translation>bahasa jendela dan keluaran perintah (bawaan: untuk jendela, pengaturan ui_language, jika tidak ada bahasa sistem; untuk perintah, bahasa sistem)</translation>
    </message>
    <message>
        <source>AgentDesk: email and tickets for small support teams, one customer timeline, offline first.</source>
        <translation>AgentDesk: email dan tiket untuk tim dukungan kecil, satu linimasa per pelanggan, utamakan offline.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>cetak versi lalu keluar</translation>
    </message>
    <message>
        <source>log debug details to the console</source>
        <translation>catat detail debug ke konsol</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>perintah</translation>
    </message>
    <message>
        <source>open (and create on first use) the demo workspace</source>
        <translation>buka (dan buat saat pertama kali) ruang kerja demo</translation>
    </message>
    <message>
        <source>only create the demo workspace, do not open it</source>
        <translation>hanya buat ruang kerja demo, jangan dibuka</translation>
    </message>
    <message>
        <source>open the cache and build the main window offscreen; exit 0 when all is well</source>
        <translation>buka cache dan bangun jendela utama di luar layar; keluar dengan 0 bila semua baik</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>cetak versi</translation>
    </message>
    <message>
        <source>add, list or remove accounts</source>
        <translation>tambah, tampilkan, atau hapus akun</translation>
    </message>
    <message>
        <source>sync every account (pull, then the outbox)</source>
        <translation>sinkronkan semua akun (ambil, lalu kotak keluar)</translation>
    </message>
    <message>
        <source>import an .eml file, a folder of them, an mbox file or a Maildir</source>
        <translation>impor berkas .eml, folder berisi .eml, berkas mbox, atau Maildir</translation>
    </message>
    <message>
        <source>reply to a conversation (or add an internal note); queued in the outbox</source>
        <translation>balas percakapan (atau tambah catatan internal); masuk antrean kotak keluar</translation>
    </message>
    <message>
        <source>what is waiting to reach the servers</source>
        <translation>yang menunggu untuk sampai ke server</translation>
    </message>
    <message>
        <source>search every conversation in the cache</source>
        <translation>cari di semua percakapan dalam cache</translation>
    </message>
    <message>
        <source>list follow-up reminders that are not done yet</source>
        <translation>tampilkan pengingat tindak lanjut yang belum selesai</translation>
    </message>
    <message>
        <source>only those due now</source>
        <translation>hanya yang jatuh tempo sekarang</translation>
    </message>
    <message>
        <source>done ones too, with why they ended</source>
        <translation>termasuk yang selesai, beserta alasannya</translation>
    </message>
    <message>
        <source>support KPIs for a period (business and calendar time)</source>
        <translation>KPI dukungan untuk suatu periode (waktu kerja dan kalender)</translation>
    </message>
    <message>
        <source>folder holding the workspace</source>
        <translation>folder ruang kerja</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>hari pertama, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>hari terakhir, ikut dihitung</translation>
    </message>
    <message>
        <source>write one row per conversation to this CSV file</source>
        <translation>tulis satu baris per percakapan ke berkas CSV ini</translation>
    </message>
    <message>
        <source>print one JSON object with every metric</source>
        <translation>cetak satu objek JSON dengan semua metrik</translation>
    </message>
    <message>
        <source>only this channel (email, ticket)</source>
        <translation>hanya kanal ini (email, ticket)</translation>
    </message>
    <message>
        <source>only conversations with this tag</source>
        <translation>hanya percakapan dengan tag ini</translation>
    </message>
    <message>
        <source>only conversations assigned to this person (&apos;&apos; for unassigned)</source>
        <translation>hanya percakapan yang ditugaskan ke orang ini (&apos;&apos; untuk yang belum ditugaskan)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Tulis balasan… (Ctrl+Enter untuk mengirim)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>Balasan siap pakai…</translation>
    </message>
    <message>
        <source>Insert a canned reply or article (Ctrl+K, or type :: in the text)</source>
        <translation>Sisipkan balasan siap pakai atau artikel (Ctrl+K, atau ketik :: di teks)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the reply)</source>
        <translation>Lampirkan file (atau seret ke balasan)</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Tebal (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Miring (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Daftar berbutir</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan file</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>The file “%1” is %2; this ticket system takes files up to %3.</source>
        <translation>Berkas “%1” berukuran %2; sistem tiket ini hanya menerima berkas hingga %3.</translation>
    </message>
    <message>
        <source>Remove it and share it another way (a link, or a smaller or compressed copy).</source>
        <translation>Hapus berkas itu dan bagikan dengan cara lain (tautan, atau salinan yang lebih kecil atau dikompresi).</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>hapus</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Draf dipulihkan</translation>
    </message>
    <message>
        <source>Only your team sees notes</source>
        <translation>Hanya tim Anda yang melihat catatan</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>lewat email</translation>
    </message>
    <message>
        <source>in the ticket system</source>
        <translation>di sistem tiket</translation>
    </message>
    <message>
        <source>Reply goes to the customer %s</source>
        <translation>Balasan dikirim ke pelanggan %s</translation>
    </message>
    <message>
        <source>Draft NOT saved</source>
        <translation>Draf TIDAK disimpan</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draf disimpan</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>Masuk antrean kirim</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Catatan ditambahkan</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(pengirim tidak dikenal)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Tampilkan %n pesan sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer&apos;s local time: %1 (%2)</source>
        <translation>Waktu lokal pelanggan: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation>Pilih percakapan untuk membacanya.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru dahulu</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Terlama dahulu</translation>
    </message>
    <message>
        <source>Other conversations with this customer</source>
        <translation>Percakapan lain dengan pelanggan ini</translation>
    </message>
    <message>
        <source>Priority: %s</source>
        <translation>Prioritas: %s</translation>
    </message>
    <message>
        <source>Assigned to %s</source>
        <translation>Ditugaskan ke %s</translation>
    </message>
    <message>
        <source>Snoozed until %s</source>
        <translation>Ditunda sampai %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(tanpa subjek)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Respons berikutnya</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 terlambat sejak %2</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 jatuh tempo %2</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 dijeda</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 terlewat</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked (%n tracking pixel(s))</source>
        <translation>
            <numerusform>Konten jarak jauh diblokir (%n piksel pelacak)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load once</source>
        <translation>Muat sekali</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Selalu untuk pengirim ini</translation>
    </message>
    <message>
        <source>from the customer</source>
        <translation>dari pelanggan</translation>
    </message>
    <message>
        <source>internal, not sent to the customer</source>
        <translation>internal, tidak dikirim ke pelanggan</translation>
    </message>
    <message>
        <source>to the customer</source>
        <translation>ke pelanggan</translation>
    </message>
    <message>
        <source>not sent: see Needs attention</source>
        <translation>tidak terkirim: lihat “Perlu perhatian”</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(tanpa teks)</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Sembunyikan teks kutipan</translation>
    </message>
    <message numerus="yes">
        <source>Show quoted text (%n line(s))</source>
        <translation>
            <numerusform>Tampilkan teks kutipan (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <translation>dalam antrean</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>belum diunduh</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Lampiran:</translation>
    </message>
    <message>
        <source>This message was damaged; AgentDesk repaired what it could.</source>
        <translation>Pesan ini rusak; AgentDesk memperbaiki sebisanya.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Notes about this customer (only your team sees them)</source>
        <translation>Catatan tentang pelanggan ini (hanya tim Anda yang melihatnya)</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Your own fields (plan, order number…), usable in canned replies. Empty the name to remove one.</source>
        <translation>Kolom Anda sendiri (paket, nomor pesanan…), bisa dipakai di balasan siap pakai. Kosongkan nama untuk menghapusnya.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Kolom khusus</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Tidak ada pelanggan</translation>
    </message>
    <message>
        <source>Undo merge of %s</source>
        <translation>Batalkan penggabungan %s</translation>
    </message>
    <message>
        <source>Maybe the same person</source>
        <translation>Mungkin orang yang sama</translation>
    </message>
    <message>
        <source>Merge into this customer…</source>
        <translation>Gabungkan ke pelanggan ini…</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>Bahasa: %s</translation>
    </message>
    <message>
        <source>Local time: %s</source>
        <translation>Waktu setempat: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message>
        <source>First contact: %s</source>
        <translation>Kontak pertama: %s</translation>
    </message>
    <message>
        <source>Last contact: %s</source>
        <translation>Kontak terakhir: %s</translation>
    </message>
    <message>
        <source>Median first response: %s (business hours)</source>
        <translation>Median respons pertama: %s (jam kerja)</translation>
    </message>
    <message>
        <source>Median first response: %s</source>
        <translation>Median respons pertama: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and these addresses move to %1:</source>
        <translation>
            <numerusform>%n percakapan dan alamat-alamat ini pindah ke %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Gabungkan pelanggan</translation>
    </message>
    <message>
        <source>You can undo this later.</source>
        <translation>Anda dapat membatalkannya nanti.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 hr %2 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>counted</source>
        <translation>dihitung</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>di luar jam kerja</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>How conversation #%1 was measured</source>
        <translation>Cara percakapan #%1 diukur</translation>
    </message>
    <message>
        <source>Times in %1. Business time counts only the green intervals; calendar time counts green and grey; amber intervals are paused and count on neither clock.</source>
        <translation>Waktu dalam %1. Waktu kerja hanya menghitung interval hijau; waktu kalender menghitung hijau dan abu-abu; interval kuning dijeda dan tidak dihitung di keduanya.</translation>
    </message>
    <message>
        <source>Nothing was measured yet for this conversation.</source>
        <translation>Belum ada yang diukur untuk percakapan ini.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durasi</translation>
    </message>
    <message>
        <source>counted as</source>
        <translation>dihitung sebagai</translation>
    </message>
    <message>
        <source>why</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>%1: %2 business, %3 calendar</source>
        <translation>%1: %2 waktu kerja, %3 waktu kalender</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dari %1 sampai %2</translation>
    </message>
    <message>
        <source>Handling time: %1</source>
        <translation>Waktu penanganan: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3) in the composer</source>
        <translation>%1 – %2 (%3) di editor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up AgentDesk</source>
        <translation>Siapkan AgentDesk</translation>
    </message>
    <message>
        <source>Your mailbox</source>
        <translation>Kotak surat Anda</translation>
    </message>
    <message>
        <source>The settings your mail provider gives for mail programs. Test the connection before you finish.</source>
        <translation>Pengaturan yang diberikan penyedia email Anda untuk program email. Uji koneksi sebelum selesai.</translation>
    </message>
    <message>
        <source>Your ticket system</source>
        <translation>Sistem tiket Anda</translation>
    </message>
    <message>
        <source>The address you open in the browser and who signs in. Test the connection before you finish.</source>
        <translation>Alamat yang Anda buka di peramban dan siapa yang masuk. Uji koneksi sebelum selesai.</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Menyiapkan ruang kerja demo…</translation>
    </message>
    <message>
        <source>The demo could not be built: %s</source>
        <translation>Demo tidak dapat dibuat: %s</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
</context>
<context>
    <name>ImapAccountForm</name>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
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
        <translation>Tidak ada (hanya server uji lokal)</translation>
    </message>
    <message>
        <source>same as IMAP if empty</source>
        <translation>sama dengan IMAP jika kosong</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Surat masuk (IMAP)</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Team address</source>
        <translation>Alamat tim</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Surat keluar (SMTP)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>Kata sandi disimpan di keyring sistem Anda, tidak pernah di berkas AgentDesk.</translation>
    </message>
    <message>
        <source>Fill in the server first.</source>
        <translation>Isi server terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Isi nama pengguna terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Isi kata sandi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>Both servers answered. Folders: %1; sent mail goes to: %2.</source>
        <translation>Kedua server menjawab. Folder: %1; surat terkirim disimpan di: %2.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>Pengujian gagal secara tak terduga: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Ruang kerja demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Add mailbox…</source>
        <translation>&amp;Tambah kotak surat…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Bekerja &amp;luring</translation>
    </message>
    <message>
        <source>&amp;Canned replies and articles…</source>
        <translation>&amp;Balasan siap pakai dan artikel…</translation>
    </message>
    <message>
        <source>Business &amp;hours and holidays…</source>
        <translation>&amp;Jam kerja dan hari libur…</translation>
    </message>
    <message>
        <source>SLA &amp;targets…</source>
        <translation>&amp;Target SLA…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Sort by &amp;last activity</source>
        <translation>Urutkan menurut aktivitas &amp;terakhir</translation>
    </message>
    <message>
        <source>Sort by &amp;due next</source>
        <translation>Urutkan menurut &amp;jatuh tempo terdekat</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>Panel &amp;pelanggan</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Tentang AgentDesk</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Aktivitas sinkronisasi</translation>
    </message>
    <message>
        <source>Sync &amp;activity</source>
        <translation>&amp;Aktivitas sinkronisasi</translation>
    </message>
    <message>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <source>Passwords not stored safely</source>
        <translation>Kata sandi tidak disimpan dengan aman</translation>
    </message>
    <message>
        <source>No keyring for passwords</source>
        <translation>Tidak ada keyring untuk kata sandi</translation>
    </message>
    <message>
        <source>Demo workspace: changes stay on this computer</source>
        <translation>Ruang kerja demo: perubahan tetap di komputer ini</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Simpan pencarian…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search: %s</source>
        <translation>Pencarian: %s</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Simpan pencarian</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n percakapan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>signed in as %s</source>
        <translation>masuk sebagai %s</translation>
    </message>
    <message>
        <source>About AgentDesk</source>
        <translation>Tentang AgentDesk</translation>
    </message>
    <message>
        <source>AgentDesk %s
A desktop workstation for small support teams.</source>
        <translation>AgentDesk %s
Stasiun kerja desktop untuk tim dukungan kecil.</translation>
    </message>
</context>
<context>
    <name>MergeReason</name>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>same address in a ticket system</source>
        <translation>alamat sama di sistem tiket</translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>online</source>
        <translation>daring</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>terganggu</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or fetched until you go online again.</source>
        <translation>Bekerja luring: tidak ada yang dikirim atau diambil sampai Anda daring lagi.</translation>
    </message>
</context>
<context>
    <name>OperationCard</name>
    <message>
        <source>Open conversation</source>
        <translation>Buka percakapan</translation>
    </message>
    <message>
        <source>Save and send</source>
        <translation>Simpan dan kirim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation>Balasan email</translation>
    </message>
    <message>
        <source>Ticket reply</source>
        <translation>Balasan tiket</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Perubahan status</translation>
    </message>
    <message>
        <source>Priority change</source>
        <translation>Perubahan prioritas</translation>
    </message>
    <message>
        <source>Tag change</source>
        <translation>Perubahan tag</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Read/unread mark</source>
        <translation>Tanda dibaca/belum dibaca</translation>
    </message>
    <message>
        <source>The conversation changed after you wrote this. Nothing was sent.</source>
        <translation>Percakapan berubah setelah Anda menulis ini. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Someone else changed this ticket first. Nothing was overwritten.</source>
        <translation>Orang lain sudah lebih dulu mengubah tiket ini. Tidak ada yang ditimpa.</translation>
    </message>
    <message>
        <source>This may already have been sent. AgentDesk will not send it again without you.</source>
        <translation>Ini mungkin sudah terkirim. AgentDesk tidak akan mengirimnya lagi tanpa persetujuan Anda.</translation>
    </message>
    <message>
        <source>The server refused this. It stays here until you decide.</source>
        <translation>Server menolak ini. Ini tetap di sini sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>tanpa tag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>New since you started writing:</source>
        <translation>Baru sejak Anda mulai menulis:</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Perubahan Anda</translation>
    </message>
    <message>
        <source>Before it</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>In %1 now</source>
        <translation>Sekarang di %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Keep server value</source>
        <translation>Pertahankan nilai server</translation>
    </message>
    <message>
        <source>Apply mine</source>
        <translation>Terapkan perubahan saya</translation>
    </message>
    <message>
        <source>It arrived: mark as delivered</source>
        <translation>Sudah sampai: tandai terkirim</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Tetap kirim</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The account of this operation was removed.</source>
        <translation>Akun operasi ini sudah dihapus.</translation>
    </message>
    <message>
        <source>Discard it, or add the account again.</source>
        <translation>Buang, atau tambahkan akun itu lagi.</translation>
    </message>
    <message>
        <source>AgentDesk cannot deliver a &apos;{kind}&apos; change to a {system} account yet.</source>
        <translation>AgentDesk belum dapat mengirim perubahan &apos;{kind}&apos; ke akun {system}.</translation>
    </message>
    <message>
        <source>Discard it; the change stays in AgentDesk only.</source>
        <translation>Buang saja; perubahan hanya tetap ada di AgentDesk.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s) and someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Ditahan sebelum dikirim: sejak balasan ini dimulai, pelanggan menulis {customer} pesan baru dan orang lain membalas {team} kali. Tetap kirim, edit, atau buang.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, the customer wrote {customer} new message(s). Send it anyway, edit it, or discard it.</source>
        <translation>Ditahan sebelum dikirim: sejak balasan ini dimulai, pelanggan menulis {customer} pesan baru. Tetap kirim, edit, atau buang.</translation>
    </message>
    <message>
        <source>Held before sending: since this reply was started, someone else replied {team} time(s). Send it anyway, edit it, or discard it.</source>
        <translation>Ditahan sebelum dikirim: sejak balasan ini dimulai, orang lain membalas {team} kali. Tetap kirim, edit, atau buang.</translation>
    </message>
    <message>
        <source>This reply may have been sent already: AgentDesk stopped while the mail server was receiving it, and it is not in the Sent folder. Check with the customer or your Sent mail; retry to send it again, or discard it.</source>
        <translation>Balasan ini mungkin sudah terkirim: AgentDesk berhenti saat server surat sedang menerimanya, dan balasan itu tidak ada di folder Terkirim. Periksa dengan pelanggan atau surat terkirim Anda; coba lagi untuk mengirim ulang, atau buang.</translation>
    </message>
    <message>
        <source>The attachment &apos;{filename}&apos; of this reply is missing from the cache.</source>
        <translation>Lampiran &apos;{filename}&apos; dari balasan ini tidak ada di cache.</translation>
    </message>
    <message>
        <source>Discard this reply and send it again with the file attached.</source>
        <translation>Buang balasan ini dan kirim lagi dengan berkas terlampir.</translation>
    </message>
    <message>
        <source>AgentDesk cannot send a &apos;{kind}&apos; change to a ticket system.</source>
        <translation>AgentDesk tidak dapat mengirim perubahan &apos;{kind}&apos; ke sistem tiket.</translation>
    </message>
    <message>
        <source>Discard it.</source>
        <translation>Buang saja.</translation>
    </message>
    <message>
        <source>This change belongs to a conversation that is no longer in the cache.</source>
        <translation>Perubahan ini milik percakapan yang sudah tidak ada di cache.</translation>
    </message>
    <message>
        <source>This note may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Catatan ini mungkin sudah ada di tiket {ticket}: AgentDesk berhenti saat mengirimnya ke {system}, dan catatan itu tidak ditemukan di tiket. Periksa tiketnya; coba lagi untuk mengirim ulang, atau buang.</translation>
    </message>
    <message>
        <source>This reply may already be on ticket {ticket}: AgentDesk stopped while sending it to {system}, and it was not found on the ticket. Check the ticket; retry to send it again, or discard it.</source>
        <translation>Balasan ini mungkin sudah ada di tiket {ticket}: AgentDesk berhenti saat mengirimnya ke {system}, dan balasan itu tidak ditemukan di tiket. Periksa tiketnya; coba lagi untuk mengirim ulang, atau buang.</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>balasan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>perubahan status</translation>
    </message>
    <message>
        <source>priority change</source>
        <translation>perubahan prioritas</translation>
    </message>
    <message>
        <source>tag change</source>
        <translation>perubahan tag</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>penugasan</translation>
    </message>
    <message>
        <source>Held: ticket {ticket} changed in {system} after this {what} was made ({reason}). Look at the ticket first; retry to apply it anyway, or discard it.</source>
        <translation>Ditahan: tiket {ticket} berubah di {system} setelah {what} ini dibuat ({reason}). Lihat tiketnya dulu; coba lagi untuk tetap menerapkannya, atau buang.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Nothing needs your attention. Everything you did is sent or on its way.</source>
        <translation>Tidak ada yang perlu perhatian Anda. Semua yang Anda lakukan sudah terkirim atau sedang dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision</source>
        <translation>
            <numerusform>%n perubahan perlu keputusan Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>masalah terakhir: %1</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Later today (at opening)</source>
        <translation>Nanti hari ini (saat buka)</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Nanti hari ini</translation>
    </message>
    <message>
        <source>Next business day at opening</source>
        <translation>Hari kerja berikutnya saat buka</translation>
    </message>
    <message>
        <source>Next weekday at 9:00</source>
        <translation>Hari kerja berikutnya pukul 9:00</translation>
    </message>
    <message>
        <source>Next week (Monday 9:00)</source>
        <translation>Minggu depan (Senin 9:00)</translation>
    </message>
    <message>
        <source>Next week at opening</source>
        <translation>Minggu depan saat buka</translation>
    </message>
    <message>
        <source>In 4 business hours</source>
        <translation>Dalam 4 jam kerja</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Dalam 4 jam</translation>
    </message>
    <message>
        <source>In 1 business day</source>
        <translation>Dalam 1 hari kerja</translation>
    </message>
    <message>
        <source>In 1 day</source>
        <translation>Dalam 1 hari</translation>
    </message>
    <message>
        <source>In 2 business days</source>
        <translation>Dalam 2 hari kerja</translation>
    </message>
    <message>
        <source>In 2 days</source>
        <translation>Dalam 2 hari</translation>
    </message>
    <message>
        <source>In 5 business days (a week)</source>
        <translation>Dalam 5 hari kerja (seminggu)</translation>
    </message>
    <message>
        <source>In 5 days (a week)</source>
        <translation>Dalam 5 hari (seminggu)</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>reminder</source>
        <translation>pengingat</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>if no reply</source>
        <translation>jika tidak ada balasan</translation>
    </message>
    <message>
        <source>check back</source>
        <translation>cek kembali</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Tidak ada pengingat yang jatuh tempo.</translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation>Tidak ada pengingat terbuka.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>JATUH TEMPO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>SELESAI</translation>
    </message>
    <message>
        <source>the customer replied</source>
        <translation>pelanggan sudah membalas</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: %1</source>
        <translation>Pengingat: %1</translation>
    </message>
    <message>
        <source>%1 reminders are due</source>
        <translation>%1 pengingat jatuh tempo</translation>
    </message>
    <message>
        <source>see the Due view</source>
        <translation>lihat tampilan Jatuh tempo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Closed before the team&apos;s first reply: no first response time.</source>
        <translation>Ditutup sebelum balasan pertama tim: tidak ada waktu respons pertama.</translation>
    </message>
    <message>
        <source>The closing time is not known: the conversation&apos;s last activity is taken instead.</source>
        <translation>Waktu penutupan tidak diketahui: aktivitas terakhir percakapan dipakai sebagai gantinya.</translation>
    </message>
    <message>
        <source>holiday: {name}</source>
        <translation>hari libur: {name}</translation>
    </message>
    <message>
        <source>closed: {name}</source>
        <translation>tutup: {name}</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>akhir pekan</translation>
    </message>
    <message>
        <source>closed day</source>
        <translation>hari tutup</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>di luar jam buka</translation>
    </message>
    <message>
        <source>calendar time (no business calendar)</source>
        <translation>waktu kalender (tanpa kalender kerja)</translation>
    </message>
    <message>
        <source>open hours</source>
        <translation>jam buka</translation>
    </message>
    <message>
        <source>paused: waiting on the customer</source>
        <translation>dijeda: menunggu pelanggan</translation>
    </message>
    <message>
        <source>paused: snoozed</source>
        <translation>dijeda: ditunda</translation>
    </message>
    <message>
        <source>paused: closed (reopened later)</source>
        <translation>dijeda: ditutup (dibuka lagi kemudian)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Next response {number}</source>
        <translation>Respons berikutnya {number}</translation>
    </message>
    <message>
        <source>paused: {status}</source>
        <translation>dijeda: {status}</translation>
    </message>
    <message>
        <source>(time of the change inferred)</source>
        <translation>(waktu perubahan diperkirakan)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>A customer message from {time} UTC is still unanswered.</source>
        <translation>Pesan pelanggan dari {time} UTC masih belum dijawab.</translation>
    </message>
    <message>
        <source>No business calendar is set up: business time is not measured.</source>
        <translation>Belum ada kalender kerja: waktu kerja tidak diukur.</translation>
    </message>
    <message>
        <source>No SLA policies are set up.</source>
        <translation>Belum ada kebijakan SLA.</translation>
    </message>
    <message>
        <source>The SLA policies count business time but no business calendar is set up.</source>
        <translation>Kebijakan SLA menghitung waktu kerja, tetapi belum ada kalender kerja.</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>{value} bukan tanggal; tulis sebagai YYYY-MM-DD, mis. 2025-03-31</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>Periode berakhir ({last}) sebelum dimulai ({first}).</translation>
    </message>
    <message>
        <source>Give --from a day on or before --to.</source>
        <translation>Isi --from dengan hari yang sama atau sebelum --to.</translation>
    </message>
    <message>
        <source>Wrote {count} rows to {path}</source>
        <translation>{count} baris ditulis ke {path}</translation>
    </message>
    <message>
        <source>The CSV file {path} cannot be written: {problem}.</source>
        <translation>Berkas CSV {path} tidak dapat ditulis: {problem}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and check that the disk is not full.</source>
        <translation>Pilih folder yang bisa Anda tulisi, dan pastikan disk tidak penuh.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Respons berikutnya</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metrik</translation>
    </message>
    <message>
        <source>business median</source>
        <translation>median waktu kerja</translation>
    </message>
    <message>
        <source>business p90</source>
        <translation>p90 waktu kerja</translation>
    </message>
    <message>
        <source>calendar median</source>
        <translation>median waktu kalender</translation>
    </message>
    <message>
        <source>calendar p90</source>
        <translation>p90 waktu kalender</translation>
    </message>
    <message>
        <source>Support report {first} to {last} ({zone}), {count} conversations begun in the period</source>
        <translation>Laporan dukungan {first} sampai {last} ({zone}), {count} percakapan dimulai dalam periode ini</translation>
    </message>
    <message>
        <source>Business calendar: {name}</source>
        <translation>Kalender kerja: {name}</translation>
    </message>
    <message>
        <source>Business calendar: none (business time not measured)</source>
        <translation>Kalender kerja: tidak ada (waktu kerja tidak diukur)</translation>
    </message>
    <message>
        <source>Unanswered (no first reply yet): {count}</source>
        <translation>Belum dijawab (belum ada balasan pertama): {count}</translation>
    </message>
    <message>
        <source>Resolved: {count}</source>
        <translation>Selesai: {count}</translation>
    </message>
    <message>
        <source>First contact resolution: {rate} ({one} of {replied} resolved with one reply); replies per resolved conversation: {mean}</source>
        <translation>Selesai pada kontak pertama: {rate} ({one} dari {replied} selesai dengan satu balasan); balasan per percakapan selesai: {mean}</translation>
    </message>
    <message>
        <source>Handling time: median {median} per conversation, total {total}</source>
        <translation>Waktu penanganan: median {median} per percakapan, total {total}</translation>
    </message>
    <message>
        <source>SLA attainment: {note}</source>
        <translation>Pencapaian SLA: {note}</translation>
    </message>
    <message>
        <source>SLA {metric}: {rate} met ({met} met, {missed} missed, {pending} still running)</source>
        <translation>SLA {metric}: {rate} terpenuhi ({met} terpenuhi, {missed} terlewat, {pending} masih berjalan)</translation>
    </message>
    <message>
        <source>Satisfaction: {score} good ({good} good, {bad} bad, {offered} asked without an answer)</source>
        <translation>Kepuasan: {score} baik ({good} baik, {bad} buruk, {offered} ditanya tanpa jawaban)</translation>
    </message>
    <message>
        <source>Satisfaction: no ratings</source>
        <translation>Kepuasan: belum ada penilaian</translation>
    </message>
    <message>
        <source>By channel: {list}</source>
        <translation>Menurut kanal: {list}</translation>
    </message>
    <message>
        <source>By language: {list}</source>
        <translation>Menurut bahasa: {list}</translation>
    </message>
    <message>
        <source>Top tags: {list}</source>
        <translation>Tag teratas: {list}</translation>
    </message>
    <message>
        <source>Backlog (not closed at day&apos;s end): {first} at the start, {last} at the end</source>
        <translation>Tunggakan (belum ditutup di akhir hari): {first} di awal, {last} di akhir</translation>
    </message>
</context>
<context>
    <name>ReportColumn</name>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First response (business min)</source>
        <translation>Respons pertama (mnt kerja)</translation>
    </message>
    <message>
        <source>First response (calendar min)</source>
        <translation>Respons pertama (mnt kalender)</translation>
    </message>
    <message>
        <source>Resolution (business min)</source>
        <translation>Penyelesaian (mnt kerja)</translation>
    </message>
    <message>
        <source>Resolution (calendar min)</source>
        <translation>Penyelesaian (mnt kalender)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Handling (min)</source>
        <translation>Penanganan (mnt)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA terlanggar</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>&lt; %1 h</source>
        <translation>&lt; %1 j</translation>
    </message>
    <message>
        <source>&gt; %1 d</source>
        <translation>&gt; %1 hr</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 hr</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 j</translation>
    </message>
    <message>
        <source>AgentDesk — Reports</source>
        <translation>AgentDesk — Laporan</translation>
    </message>
    <message>
        <source>Export table (CSV)…</source>
        <translation>Ekspor tabel (CSV)…</translation>
    </message>
    <message>
        <source>Save charts (PNG)…</source>
        <translation>Simpan grafik (PNG)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Respons pertama (median)</translation>
    </message>
    <message>
        <source>Next response (median)</source>
        <translation>Respons berikutnya (median)</translation>
    </message>
    <message>
        <source>Resolution (median)</source>
        <translation>Penyelesaian (median)</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Selesai pada kontak pertama</translation>
    </message>
    <message>
        <source>Handling time (median)</source>
        <translation>Waktu penanganan (median)</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Pencapaian SLA</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <source>Conversations begun per day, and backlog</source>
        <translation>Percakapan dimulai per hari, dan tunggakan</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Waktu respons pertama</translation>
    </message>
    <message>
        <source>Customer messages by hour of the week</source>
        <translation>Pesan pelanggan per jam dalam seminggu</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Tag teratas</translation>
    </message>
    <message>
        <source>Double-click a conversation to see how its figures were counted</source>
        <translation>Klik dua kali percakapan untuk melihat cara angkanya dihitung</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later end date.</source>
        <translation>Periode berakhir sebelum dimulai: pilih tanggal akhir yang lebih lambat.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>The report could not be computed (the details are in the log).</source>
        <translation>Laporan tidak dapat dihitung (rinciannya ada di log).</translation>
    </message>
    <message>
        <source>business hours of “%1”</source>
        <translation>jam kerja “%1”</translation>
    </message>
    <message>
        <source>no business calendar: calendar time only</source>
        <translation>tanpa kalender kerja: hanya waktu kalender</translation>
    </message>
    <message>
        <source>%1 conversations began in the period, as they stood at its end; %2. Double-click a row to see how it was counted.</source>
        <translation>%1 percakapan dimulai dalam periode ini, sesuai keadaan di akhir periode; %2. Klik dua kali baris untuk melihat cara penghitungannya.</translation>
    </message>
    <message>
        <source>backlog %1 at the end</source>
        <translation>tunggakan %1 di akhir</translation>
    </message>
    <message>
        <source>business · %1 calendar</source>
        <translation>waktu kerja · %1 kalender</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>waktu kalender</translation>
    </message>
    <message>
        <source>Business time: median %1, 90th percentile %2
Calendar time: median %3, 90th percentile %4</source>
        <translation>Waktu kerja: median %1, persentil ke-90 %2
Waktu kalender: median %3, persentil ke-90 %4</translation>
    </message>
    <message>
        <source>%1 of %2 resolved with one reply</source>
        <translation>%1 dari %2 selesai dengan satu balasan</translation>
    </message>
    <message>
        <source>%1 conversations measured</source>
        <translation>%1 percakapan diukur</translation>
    </message>
    <message>
        <source>measured from the composer</source>
        <translation>diukur dari editor</translation>
    </message>
    <message>
        <source>nothing measured yet</source>
        <translation>belum ada yang diukur</translation>
    </message>
    <message>
        <source>%1 targets missed</source>
        <translation>%1 target terlewat</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 penilaian</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>belum ada penilaian</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per minggu</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>tunggakan</translation>
    </message>
    <message>
        <source>Business time to the first reply</source>
        <translation>Waktu kerja hingga balasan pertama</translation>
    </message>
    <message>
        <source>Calendar time to the first reply</source>
        <translation>Waktu kalender hingga balasan pertama</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>percakapan</translation>
    </message>
    <message>
        <source>hour (%1)</source>
        <translation>jam (%1)</translation>
    </message>
    <message>
        <source>Darker: more customer messages (busiest hour: %1)</source>
        <translation>Lebih gelap: lebih banyak pesan pelanggan (jam tersibuk: %1)</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Belum ada laporan untuk diekspor.</translation>
    </message>
    <message>
        <source>Wait until the figures are shown, then export.</source>
        <translation>Tunggu sampai angka-angkanya tampil, lalu ekspor.</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>Grafik tidak dapat disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>Pilih folder yang bisa Anda tulisi dan masih punya ruang kosong.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>Simpan grafik ke folder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search syntax error at position {position}: {problem}.</source>
        <extracomment>Fields whose value is matched as text in the full-text index (words, phrases, prefixes). Fields whose value is a fixed word, a name or a date.</extracomment>
        <translation>Kesalahan sintaksis pencarian di posisi {position}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the query; put text in &quot;double quotes&quot; to search for it literally.</source>
        <translation>Perbaiki kueri; apit teks dengan &quot;tanda kutip ganda&quot; untuk mencarinya apa adanya.</translation>
    </message>
    <message>
        <source>unknown field &quot;{name}:&quot; (known: {fields})</source>
        <translation>kolom &quot;{name}:&quot; tidak dikenal (yang dikenal: {fields})</translation>
    </message>
    <message>
        <source>&quot;{name}:&quot; needs a value right after the colon</source>
        <translation>&quot;{name}:&quot; perlu nilai tepat setelah titik dua</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>tanda kutip yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>kueri kosong</translation>
    </message>
    <message>
        <source>this &quot;)&quot; has no matching &quot;(&quot;</source>
        <translation>&quot;)&quot; ini tidak punya pasangan &quot;(&quot;</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its right</source>
        <translation>&quot;OR&quot; perlu sesuatu untuk dicari di sebelah kanannya</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its left</source>
        <translation>&quot;AND&quot; perlu sesuatu untuk dicari di sebelah kirinya</translation>
    </message>
    <message>
        <source>&quot;AND&quot; needs something to search for on its right</source>
        <translation>&quot;AND&quot; perlu sesuatu untuk dicari di sebelah kanannya</translation>
    </message>
    <message>
        <source>&quot;OR&quot; needs something to search for on its left</source>
        <translation>&quot;OR&quot; perlu sesuatu untuk dicari di sebelah kirinya</translation>
    </message>
    <message>
        <source>something to search for is missing here</source>
        <translation>di sini kurang sesuatu untuk dicari</translation>
    </message>
    <message>
        <source>&quot;{operator}&quot; needs something to exclude right after it</source>
        <translation>&quot;{operator}&quot; perlu sesuatu untuk dikecualikan tepat setelahnya</translation>
    </message>
    <message>
        <source>the parentheses are empty</source>
        <translation>tanda kurung kosong</translation>
    </message>
    <message>
        <source>the &quot;(&quot; opened here is never closed</source>
        <translation>&quot;(&quot; yang dibuka di sini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the quotes are empty</source>
        <translation>tanda kutip kosong</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value inside the quotes</source>
        <translation>&quot;{field}:&quot; perlu nilai di dalam tanda kutip</translation>
    </message>
    <message>
        <source>&quot;{field}:{value}&quot; is not known; use one of {choices}</source>
        <translation>&quot;{field}:{value}&quot; tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>&quot;{field}:&quot; needs a value</source>
        <translation>&quot;{field}:&quot; perlu nilai</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write 2024-03-31, 2024-03, today, yesterday or 7d / 2w / 3m / 1y</source>
        <translation>&quot;{value}&quot; bukan tanggal; tulis 2024-03-31, 2024-03, today, yesterday atau 7d / 2w / 3m / 1y</translation>
    </message>
    <message>
        <source>&quot;*&quot; marks a prefix; put it after a few letters, as in refu*</source>
        <translation>&quot;*&quot; menandai awalan; taruh setelah beberapa huruf, seperti refu*</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search  (/)   e.g. refund tag:vip -status:closed</source>
        <translation>Cari  (/)   mis. refund tag:vip -status:closed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Kalender kerja</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>Bahasa dan tema</translation>
    </message>
    <message>
        <source>Add mailbox…</source>
        <translation>Tambahkan kotak surat…</translation>
    </message>
    <message>
        <source>Add ticket system…</source>
        <translation>Tambahkan sistem tiket…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Kotak surat</translation>
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
        <translation>tidak ada kata sandi tersimpan</translation>
    </message>
    <message>
        <source>No accounts yet: add a mailbox or a ticket system.</source>
        <translation>Belum ada akun: tambahkan kotak surat atau sistem tiket.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Remove %1 and its conversations from this computer? Nothing is deleted on the server; anything still waiting to be sent from it is dropped.</source>
        <translation>Hapus %1 dan percakapannya dari komputer ini? Tidak ada yang dihapus di server; apa pun yang masih menunggu dikirim akan dibuang.</translation>
    </message>
    <message>
        <source>%s was removed.</source>
        <translation>%s telah dihapus.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Menghubungkan ke %s…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Koneksi berfungsi.</translation>
    </message>
    <message>
        <source>The test failed: %s</source>
        <translation>Pengujian gagal: %s</translation>
    </message>
    <message>
        <source>Opening hours, time zone and public holidays. SLA timers, snoozes and reminders count business hours from this calendar.</source>
        <translation>Jam buka, zona waktu, dan hari libur. Timer SLA, tunda, dan pengingat menghitung jam kerja dari kalender ini.</translation>
    </message>
    <message>
        <source>Business hours and holidays…</source>
        <translation>Jam kerja dan hari libur…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>“System” follows your computer&apos;s settings, also when they change while AgentDesk runs.</source>
        <translation>“Sistem” mengikuti pengaturan komputer Anda, juga saat berubah ketika AgentDesk berjalan.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
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
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Semua percakapan</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <source>online</source>
        <translation>daring</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>terganggu</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <source>SLA targets</source>
        <translation>Target SLA</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Respons berikutnya</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Dihitung dalam</translation>
    </message>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>tidak diukur</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>jam kerja</translation>
    </message>
    <message>
        <source>calendar hours (day and night)</source>
        <translation>jam kalender (siang dan malam)</translation>
    </message>
    <message>
        <source>First response: from the customer&apos;s first message to the team&apos;s first reply. Next response: from the oldest unanswered customer message to the next reply. Resolution: from the first message to closing; it pauses while the conversation waits on the customer or is snoozed. Business hours follow File → Business hours and holidays.</source>
        <translation>Respons pertama: dari pesan pertama pelanggan sampai balasan pertama tim. Respons berikutnya: dari pesan pelanggan tertua yang belum dijawab sampai balasan berikutnya. Penyelesaian: dari pesan pertama sampai ditutup; dijeda selama percakapan menunggu pelanggan atau ditunda. Jam kerja diatur di Berkas → Jam kerja dan hari libur.</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar, and the saved one cannot be used: %1 Fix it in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Target dalam jam kerja memerlukan kalender kerja, dan kalender yang tersimpan tidak bisa dipakai: %1 Perbaiki di Berkas → Jam kerja dan hari libur, atau hitung target ini dalam jam kalender.</translation>
    </message>
    <message>
        <source>Targets in business hours need a business calendar. Set your opening hours in File → Business hours and holidays, or count these targets in calendar hours.</source>
        <translation>Target dalam jam kerja memerlukan kalender kerja. Atur jam buka Anda di Berkas → Jam kerja dan hari libur, atau hitung target ini dalam jam kalender.</translation>
    </message>
    <message>
        <source>Normal conversations have no first-response target.</source>
        <translation>Percakapan normal tidak memiliki target respons pertama.</translation>
    </message>
    <message>
        <source>Example: a normal-priority message arriving now needs a first reply by %1.</source>
        <translation>Contoh: pesan berprioritas normal yang masuk sekarang memerlukan balasan pertama paling lambat %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The mail server {host} refused the login ({code}).</source>
        <translation>Server surat {host} menolak login ({code}).</translation>
    </message>
    <message>
        <source>Check the user name and password; some providers need an app password for mail programs.</source>
        <translation>Periksa nama pengguna dan kata sandi; beberapa penyedia memerlukan sandi aplikasi untuk program surat.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; is not a web address.</source>
        <translation>Alamat &apos;{url}&apos; bukan alamat web.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https:// (for example https://yourcompany.zendesk.com).</source>
        <translation>Berikan alamat lengkap, diawali https:// (misalnya https://yourcompany.zendesk.com).</translation>
    </message>
    <message>
        <source>Check the user name and password, then test again.</source>
        <translation>Periksa nama pengguna dan kata sandi, lalu uji lagi.</translation>
    </message>
    <message>
        <source>AgentDesk reads Zendesk&apos;s ticket export, which needs an administrator&apos;s API token. Check the agent&apos;s email address and API token, then test again.</source>
        <translation>AgentDesk membaca ekspor tiket Zendesk, yang memerlukan token API administrator. Periksa alamat email agen dan token API, lalu uji lagi.</translation>
    </message>
    <message>
        <source>Check the agent&apos;s email address and API token, then test again.</source>
        <translation>Periksa alamat email agen dan token API, lalu uji lagi.</translation>
    </message>
    <message>
        <source>Request Tracker has no queue named &apos;{queue}&apos; (or this user may not see it).</source>
        <translation>Request Tracker tidak punya antrean bernama &apos;{queue}&apos; (atau pengguna ini tidak dapat melihatnya).</translation>
    </message>
    <message>
        <source>Check the queue&apos;s name, or leave the queue empty to read every queue the user can see.</source>
        <translation>Periksa nama antrean, atau kosongkan untuk membaca semua antrean yang dapat dilihat pengguna.</translation>
    </message>
    <message>
        <source>There is no {system} API at this address ({detail}).</source>
        <translation>Tidak ada API {system} di alamat ini ({detail}).</translation>
    </message>
    <message>
        <source>For Request Tracker give the address you open in the browser (without /REST/2.0); for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Untuk Request Tracker berikan alamat yang Anda buka di peramban (tanpa /REST/2.0); untuk Zendesk alamatnya https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; presented a certificate that could not be verified ({detail}).</source>
        <translation>Server {host} untuk &apos;{account}&apos; memberikan sertifikat yang tidak dapat diverifikasi ({detail}).</translation>
    </message>
    <message>
        <source>Check the server name in the account settings; if your provider uses its own certificate, install it in the system&apos;s trusted certificates.</source>
        <translation>Periksa nama server di pengaturan akun; jika penyedia Anda memakai sertifikat sendiri, pasang sertifikat itu di sertifikat tepercaya sistem.</translation>
    </message>
    <message>
        <source>A secure connection to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Koneksi aman ke {host} untuk &apos;{account}&apos; gagal ({detail}).</translation>
    </message>
    <message>
        <source>Check the port and security setting (SSL or STARTTLS) in the account settings.</source>
        <translation>Periksa port dan pengaturan keamanan (SSL atau STARTTLS) di pengaturan akun.</translation>
    </message>
    <message>
        <source>The server name {host} for &apos;{account}&apos; could not be found.</source>
        <translation>Nama server {host} untuk &apos;{account}&apos; tidak ditemukan.</translation>
    </message>
    <message>
        <source>Check your internet connection and the server name; AgentDesk keeps working offline meanwhile.</source>
        <translation>Periksa koneksi internet dan nama server; sementara itu AgentDesk tetap bekerja offline.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; did not answer in time.</source>
        <translation>Server {host} untuk &apos;{account}&apos; tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your internet connection if this persists.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; periksa koneksi internet jika ini terus terjadi.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; refused the connection.</source>
        <translation>Server {host} untuk &apos;{account}&apos; menolak koneksi.</translation>
    </message>
    <message>
        <source>The server may be down or the port wrong; AgentDesk will try again by itself.</source>
        <translation>Server mungkin mati atau port salah; AgentDesk akan mencoba lagi sendiri.</translation>
    </message>
    <message>
        <source>The connection to {host} for &apos;{account}&apos; was lost.</source>
        <translation>Koneksi ke {host} untuk &apos;{account}&apos; terputus.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself.</source>
        <translation>AgentDesk akan mencoba lagi sendiri.</translation>
    </message>
    <message>
        <source>There is no network route to {host} for &apos;{account}&apos;.</source>
        <translation>Tidak ada rute jaringan ke {host} untuk &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>Check your internet connection; AgentDesk keeps working offline meanwhile.</source>
        <translation>Periksa koneksi internet Anda; sementara itu AgentDesk tetap bekerja offline.</translation>
    </message>
    <message>
        <source>Talking to {host} for &apos;{account}&apos; failed ({detail}).</source>
        <translation>Komunikasi dengan {host} untuk &apos;{account}&apos; gagal ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account settings.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; jika terus terjadi, periksa pengaturan akun.</translation>
    </message>
    <message>
        <source>The server {host} refused the login of &apos;{user}&apos; for &apos;{account}&apos;.</source>
        <translation>Server {host} menolak login &apos;{user}&apos; untuk &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>Check the user name and password in the account settings (agentdesk account add … --password-stdin).</source>
        <translation>Periksa nama pengguna dan kata sandi di pengaturan akun (agentdesk account add … --password-stdin).</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered the login with an error ({detail}).</source>
        <translation>Server {host} untuk &apos;{account}&apos; menjawab login dengan galat ({detail}).</translation>
    </message>
    <message>
        <source>Check the security setting (SSL or STARTTLS) and port; AgentDesk will try again later.</source>
        <translation>Periksa pengaturan keamanan (SSL atau STARTTLS) dan port; AgentDesk akan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The server {host} for &apos;{account}&apos; answered with an error ({detail}).</source>
        <translation>Server {host} untuk &apos;{account}&apos; menjawab dengan galat ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, check the account&apos;s folders in the settings.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; jika terus terjadi, periksa folder akun di pengaturan.</translation>
    </message>
    <message>
        <source>Filing the reply in &apos;{folder}&apos; failed ({detail}).</source>
        <translation>Menyimpan balasan di &apos;{folder}&apos; gagal ({detail}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again.</source>
        <translation>AgentDesk akan mencoba lagi.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for &apos;{account}&apos; ({code}).</source>
        <translation>Server surat {host} menolak login untuk &apos;{account}&apos; ({code}).</translation>
    </message>
    <message>
        <source>Check the password in the account settings.</source>
        <translation>Periksa kata sandi di pengaturan akun.</translation>
    </message>
    <message>
        <source>The mail server {host} refused every recipient of this message: {recipients}.</source>
        <translation>Server surat {host} menolak semua penerima pesan ini: {recipients}.</translation>
    </message>
    <message>
        <source>Check the addresses, then retry or discard the reply in Needs attention.</source>
        <translation>Periksa alamatnya, lalu coba lagi atau buang balasan di “Perlu perhatian”.</translation>
    </message>
    <message>
        <source>The mail server {host} refused this message ({detail}).</source>
        <translation>Server surat {host} menolak pesan ini ({detail}).</translation>
    </message>
    <message>
        <source>Edit the reply or discard it in Needs attention.</source>
        <translation>Edit balasan atau buang di “Perlu perhatian”.</translation>
    </message>
    <message>
        <source>The mail server {host} asked to try later ({code}).</source>
        <translation>Server surat {host} meminta mencoba lagi nanti ({code}).</translation>
    </message>
    <message>
        <source>ticket system</source>
        <translation>sistem tiket</translation>
    </message>
    <message>
        <source>RT server</source>
        <translation>server RT</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not a web address.</source>
        <translation>Alamat &apos;{url}&apos; milik &apos;{account}&apos; bukan alamat web.</translation>
    </message>
    <message>
        <source>Give the full address, starting with https://.</source>
        <translation>Berikan alamat lengkap, diawali https://.</translation>
    </message>
    <message>
        <source>The address &apos;{url}&apos; of &apos;{account}&apos; is not valid ({detail}).</source>
        <translation>Alamat &apos;{url}&apos; milik &apos;{account}&apos; tidak valid ({detail}).</translation>
    </message>
    <message>
        <source>Correct the account&apos;s address.</source>
        <translation>Perbaiki alamat akun.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where} tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; check your connection if this persists.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; periksa koneksi Anda jika ini terus terjadi.</translation>
    </message>
    <message>
        <source>{where} could not be reached ({detail}).</source>
        <translation>{where} tidak dapat dihubungi ({detail}).</translation>
    </message>
    <message>
        <source>Check the address and your connection; AgentDesk keeps working offline and tries again later.</source>
        <translation>Periksa alamat dan koneksi Anda; AgentDesk tetap bekerja offline dan mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>The {system} at {host} for &apos;{account}&apos;</source>
        <translation>{system} di {host} untuk &apos;{account}&apos;</translation>
    </message>
    <message>
        <source>{where} asks AgentDesk to slow down (rate limit; retry after {seconds} s).</source>
        <translation>{where} meminta AgentDesk memperlambat (batas laju; coba lagi setelah {seconds} dtk).</translation>
    </message>
    <message>
        <source>AgentDesk waits and tries again by itself.</source>
        <translation>AgentDesk menunggu dan mencoba lagi sendiri.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}).</source>
        <translation>{where} menolak proses masuk (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the user name and password or API token, then add the account again with `agentdesk account add … --password-stdin` (or `--token-stdin`).</source>
        <translation>Periksa nama pengguna dan kata sandi atau token API, lalu tambahkan akun lagi dengan `agentdesk account add … --password-stdin` (atau `--token-stdin`).</translation>
    </message>
    <message>
        <source>{where} has nothing at {path} (HTTP 404).</source>
        <translation>{where} tidak punya apa pun di {path} (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the account&apos;s address; for RT it ends before /REST/2.0, for Zendesk it is https://yourcompany.zendesk.com.</source>
        <translation>Periksa alamat akun; untuk RT alamat berakhir sebelum /REST/2.0, untuk Zendesk alamatnya https://yourcompany.zendesk.com.</translation>
    </message>
    <message>
        <source>{where} refused the change because the ticket changed meanwhile (HTTP {status}).</source>
        <translation>{where} menolak perubahan karena tiket berubah sementara itu (HTTP {status}).</translation>
    </message>
    <message>
        <source>{where} had an internal problem (HTTP {status}).</source>
        <translation>{where} mengalami masalah internal (HTTP {status}).</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; if it persists, ask the ticket system&apos;s administrator.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; jika terus terjadi, tanyakan administrator sistem tiket.</translation>
    </message>
    <message>
        <source>{where} refused a request (HTTP {status}).</source>
        <translation>{where} menolak sebuah permintaan (HTTP {status}).</translation>
    </message>
    <message>
        <source>This is kept in the outbox or retried on the next sync; report it if it keeps happening.</source>
        <translation>Ini disimpan di kotak keluar atau dicoba lagi pada sinkronisasi berikutnya; laporkan jika terus terjadi.</translation>
    </message>
    <message>
        <source>{where} answered with a web page instead of data (often a sign-in page or a proxy&apos;s error page).</source>
        <translation>{where} menjawab dengan halaman web, bukan data (sering kali halaman masuk atau halaman galat proxy).</translation>
    </message>
    <message>
        <source>Check that the account&apos;s address is the ticket system&apos;s own address and that no sign-in page sits in front of its API.</source>
        <translation>Pastikan alamat akun adalah alamat sistem tiket itu sendiri dan tidak ada halaman masuk di depan API-nya.</translation>
    </message>
    <message>
        <source>{where} sent an incomplete or damaged answer.</source>
        <translation>{where} mengirim jawaban yang tidak lengkap atau rusak.</translation>
    </message>
    <message>
        <source>AgentDesk will try again by itself; nothing in the cache was changed.</source>
        <translation>AgentDesk akan mencoba lagi sendiri; tidak ada yang diubah di cache.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Syncing %1 %2: %3 of %4</source>
        <translation>Menyinkronkan %1 %2: %3 dari %4</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>Background sync stopped unexpectedly; restarting in %1 s</source>
        <translation>Sinkronisasi latar belakang berhenti tiba-tiba; dimulai ulang dalam %1 dtk</translation>
    </message>
    <message>
        <source>Background sync restarted</source>
        <translation>Sinkronisasi latar belakang dimulai ulang</translation>
    </message>
    <message>
        <source>Working offline: changes are kept and sent when you go online</source>
        <translation>Bekerja luring: perubahan disimpan dan dikirim saat Anda daring</translation>
    </message>
    <message>
        <source>Up to date (%s)</source>
        <translation>Terbaru (%s)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n perlu perhatian</numerusform>
        </translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sinkronisasi</translation>
    </message>
    <message>
        <source>Click to see what the sync is doing</source>
        <translation>Klik untuk melihat apa yang sedang dilakukan sinkronisasi</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tiket</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <source>Cancelled — will resume at the next sync</source>
        <translation>Dibatalkan — dilanjutkan pada sinkronisasi berikutnya</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>dimulai %1</translation>
    </message>
    <message>
        <source>Fetching mail: %1 of %2</source>
        <translation>Mengambil email: %1 dari %2</translation>
    </message>
    <message>
        <source>Updating read and flagged marks</source>
        <translation>Memperbarui tanda sudah dibaca dan ditandai</translation>
    </message>
    <message>
        <source>Looking for new mail</source>
        <translation>Mencari email baru</translation>
    </message>
    <message>
        <source>Reading tickets: %1 so far</source>
        <translation>Membaca tiket: %1 sejauh ini</translation>
    </message>
    <message>
        <source>Reading changed tickets</source>
        <translation>Membaca tiket yang berubah</translation>
    </message>
    <message>
        <source>Sending queued replies and changes</source>
        <translation>Mengirim balasan dan perubahan yang mengantre</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <source>No value for {names} and the reply has no fallback for it: fill it in or add a default.</source>
        <translation>Tidak ada nilai untuk {names} dan balasan tidak punya cadangan untuknya: isi nilainya atau tambahkan nilai bawaan.</translation>
    </message>
    <message>
        <source>Fill in: {fields}.</source>
        <translation>Isi: {fields}.</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {function} can only be called</source>
        <translation>“{name}” tidak diizinkan: {function} hanya bisa dipanggil</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (use {known})</source>
        <translation>“{name}” bukan variabel yang dikenal templat (gunakan {known})</translation>
    </message>
    <message>
        <source>“{name}” goes deeper than a custom field</source>
        <translation>“{name}” lebih dalam dari kolom kustom</translation>
    </message>
    <message>
        <source>“{name}” is not allowed: {group} has no fields</source>
        <translation>“{name}” tidak diizinkan: {group} tidak punya kolom</translation>
    </message>
    <message>
        <source>“{name}” is not a variable templates know (known: {known})</source>
        <translation>“{name}” bukan variabel yang dikenal templat (yang dikenal: {known})</translation>
    </message>
    <message>
        <source>“{name}” is a group of values; name one of its fields</source>
        <translation>“{name}” adalah kelompok nilai; sebutkan salah satu kolomnya</translation>
    </message>
    <message>
        <source>the template syntax is broken: {problem}</source>
        <translation>sintaksis templat rusak: {problem}</translation>
    </message>
    <message>
        <source>{what} is not allowed in canned replies</source>
        <translation>{what} tidak diizinkan dalam balasan siap pakai</translation>
    </message>
    <message>
        <source>the filter or test “{name}” is not available</source>
        <translation>filter atau tes “{name}” tidak tersedia</translation>
    </message>
    <message>
        <source>only ask(&quot;…&quot;) can be called</source>
        <translation>hanya ask(&quot;…&quot;) yang bisa dipanggil</translation>
    </message>
    <message>
        <source>ask needs one label in quotes, e.g. ask(&quot;Order number&quot;)</source>
        <translation>ask perlu satu label dalam tanda kutip, mis. ask(&quot;Nomor pesanan&quot;)</translation>
    </message>
    <message>
        <source>only documented variables can be read</source>
        <translation>hanya variabel yang terdokumentasi yang bisa dibaca</translation>
    </message>
    <message>
        <source>{where}: line {line}: {problem}.</source>
        <translation>{where}: baris {line}: {problem}.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}.</source>
        <translation>Baris {line}: {problem}.</translation>
    </message>
    <message>
        <source>Fix the template; the variables are listed in the editor&apos;s help.</source>
        <translation>Perbaiki templatnya; daftar variabel ada di bantuan editor.</translation>
    </message>
    <message>
        <source>The canned reply cannot be used: {problem}.</source>
        <translation>Balasan siap pakai tidak bisa dipakai: {problem}.</translation>
    </message>
    <message>
        <source>The canned reply tries something that is not allowed ({problem}).</source>
        <translation>Balasan siap pakai mencoba sesuatu yang tidak diizinkan ({problem}).</translation>
    </message>
    <message>
        <source>The canned reply could not be filled in ({problem}).</source>
        <translation>Balasan siap pakai tidak dapat diisi ({problem}).</translation>
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
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Authentication token</source>
        <translation>Token autentikasi</translation>
    </message>
    <message>
        <source>every queue the user can see</source>
        <translation>setiap antrean yang dapat dilihat pengguna</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nama akun</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Masuk dengan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>The password or token is kept in your system&apos;s keyring, never in AgentDesk&apos;s files.</source>
        <translation>Kata sandi atau token disimpan di keyring sistem Anda, tidak pernah di berkas AgentDesk.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Agent&apos;s email address</source>
        <translation>Alamat email agen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation>Isi alamat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the user name first.</source>
        <translation>Isi nama pengguna terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the email address first.</source>
        <translation>Isi alamat email terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the API token first.</source>
        <translation>Isi token API terlebih dahulu.</translation>
    </message>
    <message>
        <source>Fill in the password first.</source>
        <translation>Isi kata sandi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Signed in; the tickets can be read.</source>
        <translation>Berhasil masuk; tiket dapat dibaca.</translation>
    </message>
    <message>
        <source>The test failed unexpectedly: %s</source>
        <translation>Pengujian gagal secara tak terduga: %s</translation>
    </message>
</context>
<context>
    <name>TriageMenu</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Until a date and time…</source>
        <translation>Sampai tanggal dan jam tertentu…</translation>
    </message>
    <message>
        <source>Wake up now</source>
        <translation>Aktifkan sekarang</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Ingatkan saya</translation>
    </message>
    <message>
        <source>If the customer has not replied in 2 days</source>
        <translation>Jika pelanggan belum membalas dalam 2 hari</translation>
    </message>
    <message>
        <source>Close, and check back in 5 days</source>
        <translation>Tutup, dan periksa lagi dalam 5 hari</translation>
    </message>
    <message>
        <source>At a date and time…</source>
        <translation>Pada tanggal dan jam tertentu…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tambah tag…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tugaskan ke</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Tandai sudah dibaca</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Tandai belum dibaca</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Tunda sampai</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Ingatkan saya pada</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <source>Tag (existing or new):</source>
        <translation>Tag (yang ada atau baru):</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The reply is empty.</source>
        <translation>Balasan kosong.</translation>
    </message>
    <message>
        <source>Write something, or choose a canned reply.</source>
        <translation>Tulis sesuatu, atau pilih balasan siap pakai.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Catatan kosong.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Tulis sesuatu terlebih dahulu.</translation>
    </message>
    <message>
        <source>There is no waiting outbox operation {id}.</source>
        <translation>Tidak ada operasi kotak keluar {id} yang menunggu.</translation>
    </message>
    <message>
        <source>See them with `agentdesk outbox list`.</source>
        <translation>Lihat dengan `agentdesk outbox list`.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Teks kosong.</translation>
    </message>
    <message>
        <source>Write something, or discard the reply.</source>
        <translation>Tulis sesuatu, atau buang balasan.</translation>
    </message>
    <message>
        <source>Only replies and notes can be edited.</source>
        <translation>Hanya balasan dan catatan yang dapat diedit.</translation>
    </message>
    <message>
        <source>Retry or discard this change instead.</source>
        <translation>Sebagai gantinya, coba lagi atau buang perubahan ini.</translation>
    </message>
    <message>
        <source>This reply is on its way and can no longer be edited.</source>
        <translation>Balasan ini sedang dikirim dan tidak dapat diedit lagi.</translation>
    </message>
    <message>
        <source>Wait for it to be sent or held.</source>
        <translation>Tunggu hingga terkirim atau ditahan.</translation>
    </message>
    <message>
        <source>This reply has already reached the mail server; only its copy in the Sent folder is missing.</source>
        <translation>Balasan ini sudah sampai ke server surat; hanya salinannya di folder Terkirim yang belum ada.</translation>
    </message>
    <message>
        <source>Retry to file the copy, or discard it.</source>
        <translation>Coba lagi untuk menyimpan salinannya, atau buang.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>Pelanggan tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Pilih dua pelanggan yang berbeda.</translation>
    </message>
    <message>
        <source>One of the customers to merge no longer exists.</source>
        <translation>Salah satu pelanggan yang akan digabungkan sudah tidak ada.</translation>
    </message>
    <message>
        <source>Refresh the window and try again.</source>
        <translation>Muat ulang jendela dan coba lagi.</translation>
    </message>
    <message>
        <source>The team cannot be merged with a customer.</source>
        <translation>Tim tidak dapat digabungkan dengan pelanggan.</translation>
    </message>
    <message>
        <source>Pick two customers.</source>
        <translation>Pilih dua pelanggan.</translation>
    </message>
    <message>
        <source>This customer was not merged into another.</source>
        <translation>Pelanggan ini tidak digabungkan ke pelanggan lain.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang perlu dibatalkan.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Pelanggan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Refresh the window.</source>
        <translation>Muat ulang jendela.</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Tidak ada percakapan {id}.</translation>
    </message>
    <message>
        <source>Find conversation numbers with `agentdesk search … --json` (conversation_id).</source>
        <translation>Temukan nomor percakapan dengan `agentdesk search … --json` (conversation_id).</translation>
    </message>
    <message>
        <source>There is no reminder {id}.</source>
        <translation>Tidak ada pengingat {id}.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Akun memerlukan nama.</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Berikan dengan --name.</translation>
    </message>
    <message>
        <source>No password or token was given for the account &apos;{account}&apos;.</source>
        <translation>Tidak ada kata sandi atau token untuk akun &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>Pipe it into the command, e.g. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</source>
        <translation>Salurkan ke perintah, mis. `printf &apos;%s&apos; &quot;$PASSWORD&quot; | agentdesk account add … --password-stdin`.</translation>
    </message>
    <message>
        <source>There is already an account named &apos;{account}&apos;.</source>
        <translation>Sudah ada akun bernama &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>Choose another --name, or remove the old one with `agentdesk account remove`.</source>
        <translation>Pilih --name lain, atau hapus yang lama dengan `agentdesk account remove`.</translation>
    </message>
    <message>
        <source>There is no account named &apos;{account}&apos;.</source>
        <translation>Tidak ada akun bernama &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>See the names with `agentdesk account list`.</source>
        <translation>Lihat namanya dengan `agentdesk account list`.</translation>
    </message>
    <message>
        <source>No password is stored for the account &apos;{account}&apos;.</source>
        <translation>Tidak ada kata sandi tersimpan untuk akun &apos;{account}&apos;.</translation>
    </message>
    <message>
        <source>Add the account again with `agentdesk account add … --password-stdin`.</source>
        <translation>Tambahkan akun lagi dengan `agentdesk account add … --password-stdin`.</translation>
    </message>
    <message>
        <source>The account &apos;{account}&apos; would send its password unencrypted to {host}.</source>
        <translation>Akun &apos;{account}&apos; akan mengirim kata sandinya tanpa enkripsi ke {host}.</translation>
    </message>
    <message>
        <source>Use --security ssl or starttls; only if you really must, add --allow-plaintext.</source>
        <translation>Gunakan --security ssl atau starttls; hanya jika benar-benar perlu, tambahkan --allow-plaintext.</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <source>Subject (optional)</source>
        <translation>Subjek (opsional)</translation>
    </message>
    <message>
        <source>Hi {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</source>
        <translation>Halo {{ customer.first_name | default(&quot;there&quot;) }}, … {{ ask(&quot;Order number&quot;) }} …</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to AgentDesk</source>
        <translation>Selamat datang di AgentDesk</translation>
    </message>
    <message>
        <source>Your mailbox and your ticket system in one window. How do you want to start?</source>
        <translation>Kotak surat dan sistem tiket Anda dalam satu jendela. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Add a mailbox (IMAP and SMTP)</source>
        <translation>Tambahkan kotak surat (IMAP dan SMTP)</translation>
    </message>
    <message>
        <source>Add a ticket system (Request Tracker or Zendesk)</source>
        <translation>Tambahkan sistem tiket (Request Tracker atau Zendesk)</translation>
    </message>
    <message>
        <source>Look around in the demo workspace first</source>
        <translation>Lihat-lihat ruang kerja demo dulu</translation>
    </message>
    <message>
        <source>Your team&apos;s shared address, for example support@yourshop.example.</source>
        <translation>Alamat bersama tim Anda, misalnya support@yourshop.example.</translation>
    </message>
    <message>
        <source>Tickets and their replies appear beside the mail, one timeline per customer.</source>
        <translation>Tiket dan balasannya muncul di samping email, satu lini masa per pelanggan.</translation>
    </message>
    <message>
        <source>Sample customers and conversations; nothing is sent anywhere. You can add accounts later.</source>
        <translation>Contoh pelanggan dan percakapan; tidak ada yang dikirim. Anda dapat menambahkan akun nanti.</translation>
    </message>
</context>
</TS>
