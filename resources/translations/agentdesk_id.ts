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
    <name>CalendarDialog</name>
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
        <source>Sent</source>
        <translation>Terkirim</translation>
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
