"""Other-language cases of textset-dev21, part 2: ru, tr, pl, nl, id, vi, ar."""

CASES = [
dict(id="ru-001", lang="ru", hard=False, opts="",
     notes="Russian city portal with forum-style comments: breadcrumb, stamp and author at top; read-also "
           "teaser in the middle; reader poll widget (label, question, options, vote button, "
           "total), share row, forum replies (count; nick, post-count line and signature as other; reply text, reply button and show-more as comments) and a "
           "report-a-typo line at the bottom.",
     text="""
nav|Главная / Город / Благоустройство
T|Центральный парк Заречья закроют на реконструкцию до осени
oth|15 апреля 2025, 10:24
oth|Автор: Ольга Смирнова
B|Центральный парк Заречья закроется на реконструкцию с 1 мая, сообщили в городской администрации.
B|Подрядчик заменит дорожки, освещение и детские площадки, а также восстановит старый фонтан у главного входа.
B|Стоимость работ составит 186 млн рублей, из них 120 млн выделит областной бюджет.
rel|Читайте также: В Заречье откроют новый сквер у набережной
B|На время ремонта летнюю сцену перенесут на площадь Победы.
B|Открыть парк обещают к 1 сентября — ко Дню города.
oth|Опрос
oth|Как вы относитесь к закрытию парка на всё лето?
oth|Поддерживаю, ремонт давно нужен
oth|Лучше ремонтировать по частям
oth|Голосовать
oth|Всего голосов: 1 093
sh|Поделиться:
sh|ВКонтакте
sh|Telegram
com|Комментарии (57)
oth|Игорь_З
>oth|Сообщений: 1 204 · На форуме с 2016 года
com|Фонтан не работал лет десять, посмотрим, что получится.
oth|— Заречье, где зимой светло от снега
com|Ответить
oth|Мария Л.
>oth|Сообщений: 37 · На форуме с 2024 года
com|А куда теперь ходить с коляской всё лето? Других парков рядом нет.
com|Ответить
com|Показать ещё комментарии
oth|Заметили опечатку? Выделите фрагмент и нажмите Ctrl+Enter
"""),

dict(id="tr-001", lang="tr", hard=False, opts="ws",
     notes="Turkish news site video story: currency and index strip (ticker), menu, video label, "
           "duration, autoplay state and stamp at top; ad label and 'may interest you' teaser in "
           "the middle; next video, most-read list, agency credit, share, login-to-comment and "
           "app download line at the bottom.",
     text="""
tk|DOLAR 38,42 %0,12 | EURO 41,07 %-0,08 | GRAM ALTIN 3.201 %0,45 | BIST 100 9.812 %1,03
nav|Gündem | Ekonomi | Dünya | Spor | Yaşam | Video
T|İstanbul'da vapur seferleri yaz tarifesine geçiyor
oth|VİDEO
oth|01:26
oth|Otomatik oynatma kapalı
oth|Haber Merkezi | 28.05.2025 - 11:47 | Güncelleme: 12:03
B|Şehir hatları vapurları 1 Haziran'dan itibaren yaz tarifesine geçiyor.
B|Yeni tarifeyle Kadıköy-Karaköy hattında günlük sefer sayısı 64'ten 78'e çıkacak.
B|Adalar seferleri de hafta sonları sabah 06.45'te başlayacak.
oth|Reklam
rel|İlginizi çekebilir: Marmaray'da bayram boyunca ulaşım ücretsiz
B|İşletme müdürü Selin Aktaş, "Yaz aylarında yolcu sayısı yüzde 30 artıyor, kapasiteyi buna göre planladık" dedi.
B|Yeni sefer saatleri işletmenin internet sitesinden ve mobil uygulamasından öğrenilebilecek.
rel|Sıradaki video
rel|Boğaz'da balıkçı teknesi karaya oturdu
rel|En çok okunanlar
rel|1 Köprü ve otoyol geçiş ücretlerine yeni zam
rel|2 Meteoroloji'den kuvvetli sağanak uyarısı
att|Kaynak: DHA
sh|Paylaş
com|Yorum yazmak için giriş yapmalısınız
nav|Uygulamamızı indirin: App Store | Google Play
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish culture page with a quiz widget after the story: section label, author and "
           "stamp at top; ad label in the middle (opening hours line is story); quiz (title, "
           "question counter, question, answers, check button), most-read list, share, comment "
           "count, newsletter line and cookie bar at the bottom.",
     text="""
nav|Kultura / Wystawy
T|Muzeum w Rybnicy pokaże skarb sprzed 900 lat
oth|Anna Kowalczyk
oth|12.06.2025 07:30
B|Muzeum Ziemi Rybnickiej od soboty pokazuje skarb monet odkryty zeszłej jesieni przez rolnika pod Wolą Górną.
B|To 412 srebrnych denarów z XII wieku, zakopanych prawdopodobnie w glinianym dzbanie.
oth|REKLAMA
B|„Takiego znaleziska nie było w regionie od pół wieku” – mówi dyrektor muzeum dr Tomasz Wilk.
B|Wystawę można oglądać do końca września, w niedziele wstęp jest bezpłatny.
B|Godziny otwarcia: wt.–nd. 10:00–18:00
oth|QUIZ. Czy rozpoznasz dawne polskie monety?
oth|Pytanie 1 z 10
oth|Jak nazywała się średniowieczna srebrna moneta bita w Polsce?
oth|Denar
oth|Talar
oth|Dukat
oth|Sprawdź odpowiedź
rel|Najczęściej czytane
rel|1. Nocne zwiedzanie zamku wraca w lipcu
rel|2. Festiwal organowy: pełny program koncertów
sh|Udostępnij
com|Skomentuj (3)
nl|Zapisz się na nasz kulturalny newsletter – co piątek nowości z regionu
ck|Serwis korzysta z plików cookies. Ustawienia zmienisz w swojej przeglądarce.
ck|Zgadzam się
"""),

dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="Dutch regional broadcaster live blog of a cycling race: menu, live label and last "
           "update at top; result list and time-stamped entries are story; ad label in the middle; "
           "watch-summary link, most-read list, share, app prompt, extra blank lines and copyright "
           "at the bottom.",
     text="""
nav|Omroep Westland | Nieuws | Sport | Regio | Uitzending gemist
T|LIVE | Ronde van Maasdijk: Van der Heul solo naar de zege
oth|Liveblog
oth|Laatste update: 17:42
B|Uitslag
B|1. Sem van der Heul
B|2. Jochem Brink +0:48
B|3. Milan Oosterhout +0:51
B|17:38 Sem van der Heul wint de 41e Ronde van Maasdijk! Hij komt solo over de streep met 48 seconden voorsprong.
B|17:10 Nog twee rondes. Van der Heul rijdt weg uit de kopgroep op de Kerkdijk.
oth|Advertentie
B|16:25 Valpartij in de bocht bij de molen, drie renners moeten opgeven. Niemand is ernstig gewond.
B|15:30 De koers is begonnen. 96 renners aan de start, het is droog en 19 graden.
oth|Bekijk de samenvatting (3:12)
rel|Meest gelezen
rel|1. Kassenbrand in Naaldwijk onder controle
rel|2. Nieuwe fietsbrug over de Lee eind juni open
sh|Deel dit artikel
sh|WhatsApp
nav|Download de app van Omroep Westland
~
oth|© Omroep Westland 2025
"""),

dict(id="id-001", lang="id", hard=False, opts="",
     notes="Indonesian portal video story: breadcrumb, video label, duration, stamp, "
           "writer/editor line at top; inline read-also link in the middle; watch-also teaser, "
           "ranked popular list, tags, comments, share row and WhatsApp-channel sign-up at the bottom.",
     text="""
nav|Beranda > Regional > Jawa Tengah
T|Pasar Takjil Kauman Diserbu Warga Jelang Berbuka
oth|Video: Suasana Pasar Takjil Kauman Sore Ini
oth|0:58
oth|Kompasia Regional - Senin, 10 Mar 2025 17:05 WIB
oth|Penulis: Dimas Prasetyo | Editor: Rina Wulandari
B|Ratusan warga memadati Pasar Takjil Kauman di Kota Semarang menjelang waktu berbuka puasa, Senin (10/3/2025) sore.
B|Sebanyak 120 pedagang menjajakan aneka takjil, mulai dari kolak, es buah, hingga lumpia khas Semarang.
rel|Baca juga: Jadwal Imsakiyah Semarang Hari Ini
B|Harga yang ditawarkan berkisar Rp 5.000 hingga Rp 25.000 per porsi.
B|"Tahun ini lebih ramai, dagangan saya habis sebelum jam lima," kata Siti Aminah, penjual kolak pisang.
B|Pengelola pasar menambah petugas parkir dan kebersihan selama Ramadan.
rel|Tonton juga: Antrean Tukar Uang Baru Mengular di Alun-alun
rel|Terpopuler
rel|1 Harga Cabai Rawit Turun Jelang Lebaran
rel|2 Pendaftaran Mudik Gratis Pemprov Jateng Dibuka
rel|3 Banjir Rob Genangi Jalan Kaligawe
nav|Tag: takjil, ramadan, semarang, kuliner
com|Komentar (12)
com|Tulis komentar Anda...
sh|Bagikan: Facebook Twitter WhatsApp
nl|Ikuti saluran WhatsApp Kompasia, berita pilihan dikirim tiap pagi
"""),

dict(id="vi-001", lang="vi", hard=False, opts="single",
     notes="Vietnamese news photo story, single newlines: breadcrumb and stamp at top; photo "
           "counter, two captions and a see-more button in the middle; poll widget (question, "
           "options, results button), comments (count, name, text, like/reply) and most-viewed "
           "list at the bottom.",
     text="""
nav|Trang chủ › Du lịch › Ẩm thực
T|Hơn 30 gian hàng hội tụ ở Festival Phở Thành Nam
oth|Thứ bảy, 22/3/2025, 09:15 (GMT+7)
B|Festival Phở Thành Nam lần thứ nhất khai mạc sáng nay tại quảng trường trung tâm thành phố Nam Định, với hơn 30 gian hàng đến từ nhiều tỉnh.
oth|Ảnh 1/9
C|Nghệ nhân Cồ Văn Lực chần bánh phở trước sự chứng kiến của du khách. Ảnh: Minh Quân
C|Một bát phở bò tái lăn có giá 35.000 đồng tại lễ hội. Ảnh: Minh Quân
oth|Xem tiếp
B|Ban tổ chức cho biết mỗi ngày lễ hội phục vụ khoảng 10.000 bát phở.
B|Du khách có thể tham gia lớp học nấu phở miễn phí vào 15h hằng ngày.
B|Lễ hội kéo dài đến hết ngày 24/3.
oth|Bình chọn: Bạn thích phở bò hay phở gà?
oth|Phở bò
oth|Phở gà
oth|Xem kết quả
com|Ý kiến (8)
com|Hoàng Long
com|Phở Nam Định vẫn là số một, nước dùng đậm hơn hẳn.
com|Thích · Trả lời
rel|Xem nhiều
rel|Bún chả lọt danh sách món ngon châu Á năm nay
rel|Chợ đêm Đà Lạt mở thêm khu ẩm thực chay
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic news video page, no final newline: menu, watch label, duration, autoplay "
           "toggle and stamp at top; ad label in the middle; agency credit, next video, most-read "
           "list, WhatsApp share and app prompt at the bottom; a quoted one-liner is story.",
     text="""
nav|الرئيسية | أخبار محلية | اقتصاد | رياضة | ثقافة | فيديو
oth|شاهد:
T|افتتاح أكبر مكتبة عامة في مدينة الواحة بعد ثلاث سنوات من البناء
oth|3:05
oth|التشغيل التلقائي
oth|نشر في: 18 فبراير 2025 - 14:20
B|افتتحت بلدية مدينة الواحة، اليوم الثلاثاء، المكتبة العامة الجديدة التي تضم أكثر من 250 ألف كتاب على أربعة طوابق.
B|وتضم المكتبة قاعة للأطفال وأخرى للمخطوطات النادرة، إضافة إلى مختبر رقمي مفتوح للطلاب.
B|وقال رئيس البلدية سالم الحربي إن المشروع كلف نحو 40 مليون درهم.
oth|إعلان
B|وستفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى العاشرة مساء، باستثناء يوم الجمعة.
B|«حلم انتظرناه طويلا».
att|المصدر: وكالة أنباء الواحة
rel|الفيديو التالي
rel|مهرجان التمور يستقبل 60 ألف زائر في أسبوعه الأول
rel|الأكثر قراءة
rel|1. ارتفاع أسعار الذهب في الأسواق المحلية
rel|2. موعد بدء العام الدراسي الجديد
sh|شارك عبر واتساب
nav|تابعونا على تطبيق الأخبار
"""),
]
