"""textset-dev26, writer B: other-language cases, part 2 (fr, it, ru, uk, tr, pl, nl, id, ar).

An unrolled Bluesky thread, a beehiiv newsletter, a Dzen article, a Blogger village blog, an
unrolled X thread, a Reddit-style link post, a WordPress.com neighbourhood blog, a Kompasiana
post and an Arabic economics blog with a currency strip.  Tagged line lists for src/make_cases.py.
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="A reporter's Bluesky thread on a maternity ward closure, as shown by an unroll page: the page's generated title, app menu, handle and time on top; every numbered post is story; a translate link and counts after the first post, the reporter's link to her full article, replies and 'show more' below.",
     text="""
nav|Bluesky
nav|Se connecter　S'inscrire
T|Maternité de Saint-Arlon : les accouchements s'arrêtent le 1er juin
oth|Claire Vautrin
oth|@clairevautrin.bsky.social
oth|12 avril 2026 à 08:14
B|1/6 🧵 C'est officiel : la maternité de l'hôpital de Saint-Arlon ne fera plus d'accouchements à partir du 1er juin. Ce que l'on sait.
oth|Traduire
sh|86 réponses · 412 reposts · 1,3 k j'aime
B|2/6 L'agence régionale de santé invoque le manque de gynécologues : sur les cinq postes, deux seulement sont pourvus depuis janvier.
B|3/6 L'an dernier, 312 bébés sont nés à Saint-Arlon. Les futures mères devront désormais aller à Mirande, à 58 km.
B|4/6 Un « centre de périnatalité » restera ouvert pour les consultations et les échographies.
B|5/6 Le maire, Henri Castaing, appelle à manifester samedi à 10 h devant l'hôpital.
B|6/6 « On nous parle de sécurité, mais une heure de route l'hiver, c'est ça le danger », m'a dit une sage-femme qui préfère rester anonyme.
rel|Mon article complet pour L'Écho de l'Aubrac est à lire ici : echo-aubrac.fr/maternite-saint-arlon
com|Marc D. @marcdelmas.bsky.social · 2 h
com|Même chose à Vézelin il y a trois ans, et les postes n'ont jamais été rouverts.
com|Afficher plus de réponses
"""),

dict(id="it-001", lang="it", hard=False, opts="ws",
     notes="Web version of a journalist's beehiiv newsletter on night closures of an emergency room: cookie dialog, forwarded-email prompt and issue stamp on top, a sponsor block mid-issue, referral pitch, feedback poll, platform credit and unsubscribe links below.",
     text="""
ck|Usiamo cookie tecnici e, con il tuo consenso, cookie di analisi per capire come viene letta la newsletter.
ck|Accetta tutti | Rifiuta | Personalizza
nav|Il Nodo
nav|Archivio　Chi sono　Iscriviti
nl|Ti hanno inoltrato questa email? Iscriviti qui per riceverla ogni venerdì.
oth|Numero 47 · 20 marzo 2026 · di Paolo Ferracuti
T|Il pronto soccorso di Roccavenere chiuderà di notte da aprile
B|Dal 7 aprile il pronto soccorso dell'ospedale di Roccavenere resterà aperto solo dalle 8 alle 20.
B|Di notte le urgenze saranno trasferite a Castelmaro, a 34 chilometri, mentre in paese resterà un'ambulanza con medico a bordo.
B|L'azienda sanitaria spiega che mancano sei medici su undici e che i turni notturni sono coperti da gettonisti pagati fino a 1.200 euro a turno.
oth|SPONSOR DI QUESTA SETTIMANA
oth|Cantina Valle Scura: spedizione gratuita per i lettori del Nodo con il codice NODO10.
B|Il sindaco Giuliana Rapisarda ha convocato un consiglio comunale aperto per giovedì sera.
B|«Chiudere di notte vuol dire che chi abita sui monti impiegherà più di un'ora per essere curato», ha detto.
B|Il comitato per l'ospedale ha raccolto 4.300 firme in dieci giorni.
nl|Condividi Il Nodo con un amico: con 3 iscrizioni ricevi la mappa dei sentieri in PDF.
oth|Com'era il numero di oggi? 🔥 Ottimo | 🙂 Così così | 👎 Da migliorare
oth|Powered by beehiiv
nl|Aggiorna le preferenze | Annulla l'iscrizione
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Dzen article by a regional reporter's channel on a river ferry resuming: doubled dek, channel name with subscriber count and subscribe button, date and read count on top, a mid-article ad label, source credit, like/share buttons, comments and 'read also' below.",
     text="""
dup|Паром через Оку снова ходит — впервые за два года.Паром через Оку снова ходит — впервые за два года.
nav|Дзен
oth|Заметки с Оки
nl|12,4 тыс подписчиков
nl|Подписаться
oth|1 апреля 2026
oth|2,8 тыс прочитали · 3 мин.
T|В Заречье вернули паромную переправу: расписание и цены
B|С 1 апреля между Заречьем и Прибрежным снова работает паромная переправа, закрытая в 2024 году из-за износа судна.
B|Район купил новый паром вместимостью 12 легковых машин, он обошёлся бюджету в 38 млн рублей.
B|Расписание на апрель:
B|— из Заречья: 6:30, 9:00, 13:00, 17:30
B|— из Прибрежного: 7:15, 10:00, 14:00, 18:15
oth|Реклама
B|Проезд для пешеходов стоит 50 рублей, для легкового автомобиля — 300 рублей.
B|«Раньше в райцентр ехали в объезд через мост, это 70 километров», — говорит жительница Заречья Анна Кудрявцева.
att|По материалам газеты «Окские вести»
sh|Нравится 214
sh|Поделиться
com|Комментарии 37
com|Сначала популярные
com|Сергей Л.: Наконец-то! А зимой по льду опять будут пускать?
rel|Читайте также
rel|Куда делись деревенские автобусы: история одного маршрута
"""),

dict(id="uk-001", lang="uk", hard=False, opts="",
     notes="Blogger blog of a village community on a water-main repair: blog header and menu on top, post date, labels, email/blog/share buttons, comment box, older/newer links, feed subscription, popular posts and archive below, with extra blank lines before the footer.",
     text="""
nav|Вісті Зеленого Гаю
nav|Головна　Оголошення　Контакти
T|У Зеленому Гаю з понеділка ремонтуватимуть водогін
oth|субота, 4 квітня 2026 р.
B|З понеділка, 6 квітня, комунальне підприємство «Гайводоканал» почне заміну аварійної ділянки водогону на вулиці Шкільній.
B|Роботи триватимуть орієнтовно до 17 квітня.
B|Без води в цей час залишатимуться будинки з 1 по 48 на Шкільній та вулиця Садова, щодня з 9:00 до 18:00.
B|Підвезення води організують двічі на день, о 8:00 та о 18:30, біля магазину «Колосок».
B|Староста села Оксана Мельничук просить мешканців заздалегідь набрати воду.
oth|Опубліковано Оксана М. о 18:40
sh|Надіслати електронною поштою　Опублікувати в блозі　Поділитися в X　Поділитися у Facebook
nav|Мітки: водогін, оголошення
com|Немає коментарів:
com|Дописати коментар
~
nav|Новіша публікація　Старіша публікація　Головна сторінка
nl|Підписатися на: Дописати коментарі (Atom)
rel|Популярні публікації
rel|Графік вивезення сміття на квітень
nav|Архів блогу
oth|Тема «Простий». Працює на платформі Blogger.
"""),

dict(id="tr-001", lang="tr", hard=False, opts="nofinal",
     notes="A reporter's X thread on schools closed for quake retrofitting, as shown by an unroll page: generated title, thread count, handle and time on top; numbered posts are story, including the one-line figure post; view counts, 'show translation', a reply and 'show more replies' below.",
     text="""
nav|Gönderi
T|Kınalıtepe'de üç okul güçlendirme için boşaltılıyor
oth|Elif Karaca
oth|@elifkaraca_gzt
oth|Elif Karaca'nın 5 gönderilik dizisi · 9 Nis 2026
B|1/5 Kınalıtepe ilçesinde deprem dayanıklılık testinden geçemeyen üç okul, Pazartesi'den itibaren boşaltılıyor. Detaylar 👇
B|2/5 İl Milli Eğitim Müdürlüğü'nün yaptırdığı incelemede, 1978-1984 arasında yapılan binalarda beton dayanımı yetersiz çıktı.
B|3/5 Etkilenen öğrenci sayısı:
B|4/5 2.140
B|5/5 Öğrenciler dönem sonuna kadar ikili eğitimle yakındaki iki okula taşınacak. Servis ücretini belediye karşılayacak.
oth|Çeviriyi göster
sh|142 Yanıt · 1,1 B Yeniden gönderi · 4,8 B Beğeni · 312 B Görüntülenme
com|Yanıtını gönder
com|Murat Ş. @muratsahin · 3 sa
com|Benim kızım da bu okulda, veliler dün akşam WhatsApp grubundan öğrendi.
com|Daha fazla yanıt göster
"""),

dict(id="pl-001", lang="pl", hard=False, opts="crlf",
     notes="Reddit-style city forum link post quoting a local paper on a tram line closure: subreddit header, join button, poster line and flair on top, vote/comment/share bar and a sorted comment thread with 'more replies' below, and a footer link row.",
     text="""
nav|r/Leczyn
nav|Dołącz
oth|Opublikowane przez u/tramwajarz_88 • 5 godz. temu
nav|Wiadomości
T|Linia tramwajowa nr 4 zawieszona na wakacje – remont torowiska na Długiej
B|Od 29 czerwca do 31 sierpnia tramwaje linii 4 nie pojadą ulicą Długą, gdzie MPK wymieni 1,8 km torowiska.
B|W zamian uruchomiona zostanie autobusowa linia zastępcza Z4, kursująca co 8 minut w szczycie.
B|Remont kosztuje 46 mln zł i jest w 85 proc. finansowany z funduszy unijnych.
B|Przystanek „Rynek Wschodni” zostanie przeniesiony na ulicę Kupiecką.
att|Źródło: Gazeta Łęczyńska, gazetaleczynska.pl
sh|412 Głosuj w górę Głosuj w dół
com|87 komentarzy
sh|Udostępnij
com|Sortuj według: Najlepsze
com|u/ania_z_osiedla • 4 godz. temu
com|Znowu całe lato na Z4. W zeszłym roku jeździł co 15 minut, a nie co 8.
com|Więcej odpowiedzi (6)
nav|Zasady r/Leczyn
nav|Umowa użytkownika · Polityka prywatności · © 2026
"""),

dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="WordPress.com neighbourhood blog on a bridge closure: cookie notice and menu on top, post meta, share and like buttons, related posts, 'discover more' subscribe box, a comment and the reply form below.",
     text="""
ck|Privacy en cookies: dit buurtblog draait op WordPress.com, dat cookies plaatst. Door verder te lezen ga je daarmee akkoord.
ck|Sluiten en accepteren
nav|Buurtblog Vaartkwartier
nav|Nieuws　Agenda　Over ons
T|Reigersbrug zes weken dicht voor fietsers en voetgangers
oth|Geplaatst op 3 maart 2026 door redactie
B|De Reigersbrug over de Lange Vaart gaat vanaf maandag 9 maart zes weken dicht, ook voor fietsers en voetgangers.
B|De gemeente vervangt het houten brugdek, dat volgens een inspectie op meerdere plekken is verrot.
B|Fietsers worden omgeleid via de Kanaalbrug, een omweg van ongeveer 900 meter.
B|Voor scholieren van het Vaartcollege komt er in de ochtendspits een verkeersregelaar bij de Kanaalbrug.
B|De werkzaamheden kosten 640.000 euro.
sh|Delen:
sh|Facebook　WhatsApp　E-mail
sh|Vind ik leuk Aan het laden...
rel|Gerelateerd
rel|Buurtsuper aan de Reigerlaan sluit na 38 jaar
nl|Ontdek meer van Buurtblog Vaartkwartier
nl|Abonneer je om de nieuwste berichten in je mailbox te ontvangen.
com|2 reacties
com|Henk de Waal: Zes weken is lang. Komt er geen noodbrug?
com|Geef een reactie
"""),

dict(id="id-001", lang="id", hard=False, opts="nofinal",
     notes="Kompasiana-style citizen-blog post on a market relocation: site menu, section, editor's-pick label, author and update time on top; rating widget, report link, responsibility disclaimer, comment box and more-from-section links below.",
     text="""
nav|Beranda　Terpopuler　Terbaru　Topik Pilihan
nav|Regional
oth|Pilihan
T|Pasar Lama Sukamaju Pindah ke Gedung Baru, Pedagang Keluhkan Sepi Pembeli
oth|Rini Astuti
oth|Diperbarui: 9 April 2026 14:22
B|Sudah dua minggu pedagang Pasar Lama Sukamaju menempati gedung baru di Jalan Raya Cempaka, sekitar 1,5 kilometer dari lokasi lama.
B|Gedung tiga lantai itu dibangun dengan anggaran Rp 27 miliar dan menampung 412 kios.
B|Namun sebagian besar pedagang di lantai dua dan tiga mengaku penjualannya turun hingga separuh.
B|"Pembeli malas naik tangga, apalagi ibu-ibu yang bawa belanjaan," kata Yusni, pedagang bumbu di lantai tiga.
B|Kepala Dinas Perdagangan Kota Sukamaju, Hendra Wibisono, mengatakan pemkot akan memasang eskalator pada bulan Juni.
oth|Beri Nilai: Aktual · Bermanfaat · Menarik · Inspiratif
oth|Laporkan Konten
dis|Tulisan ini sepenuhnya tanggung jawab penulis dan tidak mewakili sikap redaksi.
com|Tanggapi
com|Belum ada tanggapan. Jadilah yang pertama!
rel|Lihat Regional Selengkapnya
"""),

dict(id="ar-001", lang="ar", hard=False, opts="",
     notes="Personal economics blog on WordPress about a new bus rapid transit line: currency and gold strip, menu and byline on top, a Telegram channel pitch mid-post, opinion disclaimer, share line, related posts and comment form below.",
     text="""
tk|الدولار 48.72 ▲ | اليورو 52.90 ▼ | الذهب عيار 21: 3,415 جنيه
nav|مدونة الاقتصاد اليومي
nav|الرئيسية | اقتصاد | نقل | اتصل بنا
T|أول خط للحافلات السريعة في الزهراء الجديدة يبدأ العمل الشهر المقبل
oth|بقلم: سلمى الحداد — 14 أبريل 2026
B|أعلن جهاز مدينة الزهراء الجديدة أن أول خط للحافلات السريعة سيبدأ التشغيل التجريبي في الأول من مايو.
B|يمتد الخط 19 كيلومتراً ويضم 14 محطة، من المنطقة الصناعية حتى محطة القطار.
B|سعر التذكرة 12 جنيهاً، مع اشتراك شهري للطلاب بنصف السعر.
nl|تابعوا قناة المدونة على تيليجرام ليصلكم كل جديد أولاً بأول
B|وقال رئيس الجهاز، المهندس طارق عبد الباقي، إن الخط سيخفض زمن الرحلة من 70 دقيقة إلى 35 دقيقة.
B|ويتوقع الجهاز أن ينقل الخط نحو 60 ألف راكب يومياً في عامه الأول.
dis|الآراء الواردة في هذه التدوينة تعبّر عن كاتبتها فقط ولا تُعد نصيحة مالية.
sh|شارك التدوينة: فيسبوك | واتساب | إكس
rel|تدوينات ذات صلة
rel|لماذا ارتفعت أسعار تذاكر القطارات هذا العام؟
com|اترك تعليقاً
"""),
]
