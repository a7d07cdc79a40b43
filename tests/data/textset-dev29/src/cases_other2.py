"""textset-dev29, writer B: French, Italian, Russian, Turkish, Dutch, Polish, Indonesian,
Vietnamese and Arabic cases.

Stories whose own lines include list-like runs (schedules, closures, prices, winners,
candidates, cut-off scores) placed right next to list-shaped furniture.
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="French regional site: 'Ce qu'il faut retenir' key-points box at the top of the story (story) under a breadcrumb, a strike story with a subheading and a list of running services (story), then an 'À lire aussi' list, a comments prompt and a newsletter pitch.",
     text="""
nav|Accueil > Actualités > Transports
T|Grève des transports à Verlac : un tram sur deux jeudi
B|Ce qu'il faut retenir
B|Grève reconduite jeudi 5 mars
B|Un tram sur deux, bus quasi normaux
B|Navettes gratuites vers le CHU
oth|Par Élodie Marchand — Publié le 04/03/2026 à 17h52, mis à jour à 19h10
B|Le mouvement social engagé lundi par les conducteurs du réseau Verlac Mobilités se poursuivra jeudi, a annoncé mercredi soir l'intersyndicale.
B|Les syndicats réclament une revalorisation des primes de nuit et l'embauche de 40 conducteurs supplémentaires.
B|Les prévisions pour jeudi
B|Ligne A du tram : un passage toutes les 16 minutes
B|Ligne B du tram : un passage toutes les 20 minutes, jusqu'à 21 heures
B|Lignes de bus 1 à 12 : trafic normal
B|La direction du réseau invite les usagers à privilégier le covoiturage.
rel|À lire aussi
rel|Verlac : le parking relais des Tanneurs ouvrira en septembre
rel|Vélos en libre-service : 200 nouvelles bornes cette année
rel|Tarifs : l'abonnement jeune passe à 15 euros
com|Réagir à cet article (14 commentaires)
nl|Chaque matin, l'essentiel de l'actu de Verlac dans votre boîte mail : je m'inscris
"""),

dict(id="it-001", lang="it", hard=False, opts="single",
     notes="Italian local paper: road-works story ending in a list of closures (story), followed by a 'Leggi anche' list; photo caption with credit, an ad label mid-story, byline other, publisher footer disclaimer; single newlines.",
     text="""
nav|Home / Cronaca / Viabilità
T|Lavori in tangenziale, chiusure notturne per due settimane
oth|di Chiara Ferretti　22 settembre 2026
C|Il cantiere sullo svincolo di Borgo Nuovo (foto Studio Lanza)
B|Partono lunedì i lavori di rifacimento dell'asfalto sulla tangenziale est di Castelmora, che dureranno circa due settimane.
B|Per limitare i disagi, gli interventi si svolgeranno solo di notte, dalle 21 alle 6.
oth|PUBBLICITÀ
B|Ecco le chiusure previste:
B|Svincolo Borgo Nuovo: 28 e 29 settembre
B|Svincolo Fiera: dal 30 settembre al 2 ottobre
B|Tratto Ponte Verde–San Lazzaro: dal 3 al 9 ottobre, direzione nord
B|I percorsi alternativi saranno indicati con segnaletica gialla.
rel|Leggi anche
rel|Castelmora, nuove telecamere ai varchi della Ztl
rel|Bus notturni, il servizio riparte a ottobre
rel|Ciclabile di via Roma, lavori finiti in anticipo
dis|© Riproduzione riservata — Gazzetta di Castelmora S.r.l., P.IVA 01928374651
"""),

dict(id="ru-001", lang="ru", hard=False, opts="nofinal",
     notes="Russian city portal: story ending in a schedule of hot-water shutdowns by street (story), followed by a contributors line (attribution) and 'Читайте также'; top menu and date, Telegram/Dzen follow prompts newsletter, copy-rights disclaimer; no final newline.",
     text="""
nav|Новости　Происшествия　Общество　Транспорт　ЖКХ
T|В Заречном районе отключат горячую воду: график на июнь
oth|11 июня 2026, 09:40　Текст: Ирина Савельева
B|В Заречном районе начинаются плановые гидравлические испытания теплосетей, из-за чего жители ряда домов останутся без горячей воды на срок до десяти дней.
B|В теплоснабжающей компании пояснили, что сроки не будут продлеваться, если испытания пройдут без аварий.
B|График отключений:
B|ул. Садовая, дома 1–27 — с 15 по 24 июня
B|ул. Речная, дома 2–40 — с 17 по 26 июня
B|пр. Строителей, дома 5–19 — с 22 июня по 1 июля
B|Уточнить сроки можно по телефону горячей линии 8-800-555-17-40.
att|Над материалом работали: Ирина Савельева (текст), Олег Дронов (фото), Анна Мезенцева (редактор)
rel|Читайте также
rel|Во дворах Заречного района установят новые детские площадки
rel|Мост через Каменку закроют на ремонт
rel|Как получить перерасчёт за отключённую воду
nl|Подписывайтесь на наш Telegram-канал и Дзен, чтобы первыми узнавать новости города
dis|При использовании материалов активная гиперссылка на сайт обязательна"""),

dict(id="tr-001", lang="tr", hard=False, opts="ws",
     notes="Turkish business site: gold-price story whose own lines list the day's prices (story), right above the site's market strip (crypto_ticker); breadcrumb, byline, share bar, a not-advice disclaimer and a related list; trailing whitespace.",
     text="""
nav|Ana Sayfa > Ekonomi > Piyasalar
T|Gram altın rekor tazeledi
oth|Ekonomi Servisi | 03.02.2026 - 11:25
sh|Paylaş　Facebook　X　WhatsApp
B|Gram altın, ons fiyatındaki yükselişin etkisiyle güne yeni bir rekorla başladı.
B|Kapalıçarşı'da işlem gören altın türleri sabah saatlerinde şu fiyatlardan satıldı:
B|Gram altın: 3.412 TL
B|Çeyrek altın: 5.590 TL
B|Yarım altın: 11.150 TL
B|Cumhuriyet altını: 22.380 TL
B|Kuyumcular Derneği Başkanı Nevzat Elmas, düğün sezonu öncesi talebin arttığını söyledi.
tk|BIST 100　10.845,21　%0,62
tk|DOLAR　41,2204　%0,08
tk|EURO　46,8015　%-0,11
tk|ONS　3.205,40　%1,14
dis|Haberdeki fiyatlar bilgilendirme amaçlıdır; alım satım önerisi olarak yorumlanmamalıdır.
rel|İlgili Haberler
rel|Merkez Bankası faiz kararını açıkladı
rel|Akaryakıta yeni zam geldi mi?
"""),

dict(id="nl-001", lang="nl", hard=False, opts="single",
     notes="Dutch culture site scrape without a headline: story about a literature prize ending in the list of winners (story), followed directly by a 'Meer in deze sectie' list; menu at the top, byline other, tag list navigation and share line at the bottom; single newlines.",
     text="""
nav|Nieuws　Cultuur　Boeken　Podcasts　Agenda
oth|Door Sanne de Wilde　·　9 oktober 2026, 22:14
B|De Lindeprijs voor literatuur is donderdagavond in Zwolle uitgereikt aan Fenna Brouwer voor haar debuutroman Het lage land.
B|De jury prees het boek als „een stille, precieze roman over een familie die haar boerderij verliest".
B|Brouwer ontvangt 25.000 euro. Het was de eerste keer dat een debuut de hoofdprijs won.
B|De winnaars in de andere categorieën:
B|Poëzie: Joost Verhagen, Zoutlicht
B|Non-fictie: Amira Benali, De dijkwerkers
B|Jeugdboek: Ruben Tol, Kapitein Mus
rel|Meer in deze sectie
rel|Boekhandels zien verkoop van poëzie verdubbelen
rel|Schrijversvakschool opent vestiging in Groningen
rel|Recensie: de nieuwe roman van Pieter Oosterveld
nav|Tags: literatuur, Lindeprijs, Zwolle, boeken
sh|Deel dit artikel
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish local portal: mayoral-election story ending in the list of registered candidates (story), followed by a 'Najczęściej czytane' list; cookie banner at the top, byline other, mid-story inline 'Czytaj także' teaser (related), comments at the bottom.",
     text="""
ck|Ta strona korzysta z plików cookie. Korzystając ze strony, zgadzasz się na ich użycie zgodnie z polityką prywatności.
ck|Zamknij
nav|Wiadomości › Region › Wybory 2026
T|Pięcioro kandydatów na burmistrza Brzozowa Górnego
oth|Autor: Tomasz Wilk　Data publikacji: 14.03.2026, 10:02
B|Miejska komisja wyborcza zarejestrowała pięcioro kandydatów w przedterminowych wyborach na burmistrza Brzozowa Górnego.
B|Wybory odbędą się 19 kwietnia, a ewentualna druga tura – dwa tygodnie później.
rel|Czytaj także: Burmistrz Brzozowa Górnego złożył rezygnację
B|Na kartach do głosowania znajdą się:
B|Agnieszka Dudek (KWW Razem dla Brzozowa)
B|Paweł Kaczmarczyk (KWW Nowy Brzozów)
B|Henryk Lis (bezpartyjny)
B|Monika Zając (KWW Gospodarni)
B|Łukasz Pietrzyk (KWW Młodzi dla Miasta)
rel|Najczęściej czytane
rel|Remont dworca potrwa dłużej. Nowy termin to grudzień
rel|Targ miejski wraca na plac Kościuszki
rel|Szpital powiatowy otwiera oddział rehabilitacji
com|Komentarze (27)
com|Zaloguj się, aby skomentować, albo napisz jako gość
"""),

dict(id="id-001", lang="id", hard=False, opts="crlf",
     notes="Indonesian news site: market-price story ending in a list of staple prices (story), followed by a 'Berita Terkait' list; menu and byline on top, editor credit attribution, 'Baca juga' inline teaser in the middle, share line; CRLF.",
     text="""
nav|Beranda　Nasional　Ekonomi　Daerah　Olahraga　Otomotif
T|Jelang Lebaran, Harga Cabai Rawit di Pasar Lamongan Tembus Rp90.000
oth|Reporter: Dimas Aryanto | Sabtu, 14 Maret 2026 08:15 WIB
B|Harga sejumlah bahan pokok di Pasar Sidoharjo, Lamongan, naik menjelang Lebaran.
B|Pedagang menyebut pasokan cabai dari petani berkurang karena hujan deras dalam dua pekan terakhir.
rel|Baca juga: Pemkab Lamongan Gelar Pasar Murah di 27 Kecamatan
B|Berikut harga bahan pokok di Pasar Sidoharjo, Sabtu pagi:
B|Cabai rawit: Rp90.000 per kg
B|Bawang merah: Rp42.000 per kg
B|Daging sapi: Rp145.000 per kg
B|Telur ayam ras: Rp31.500 per kg
B|Dinas Perdagangan berjanji menggelar operasi pasar mulai Senin.
rel|Berita Terkait
rel|Stok Beras Aman hingga Juli, Kata Bulog
rel|Harga Tiket Bus Mudik Naik 30 Persen
att|Editor: Rina Kartika
sh|Bagikan: Facebook　Twitter　WhatsApp　Telegram
"""),

dict(id="vi-001", lang="vi", hard=False, opts="",
     notes="Vietnamese education site: admission cut-off scores listed by university (story), followed directly by a 'Tin liên quan' list; doubled dek at the top, byline other, extra blank lines before a footer with a reprint disclaimer.",
     text="""
dup|Nhiều trường công bố điểm chuẩn tăng so với năm ngoái.Nhiều trường công bố điểm chuẩn tăng so với năm ngoái.
nav|Trang chủ > Giáo dục > Tuyển sinh
T|Điểm chuẩn đại học 2026: ngành sư phạm tăng mạnh
oth|Hoàng Lan　Thứ năm, 20/8/2026, 16:30 (GMT+7)
B|Tối 20/8, nhiều trường đại học phía Bắc đã công bố điểm chuẩn xét tuyển theo kết quả thi tốt nghiệp THPT năm 2026.
B|Ngành sư phạm tiếp tục có điểm chuẩn cao, nhiều ngành trên 28 điểm.
B|Điểm chuẩn một số ngành tiêu biểu:
B|Sư phạm Ngữ văn, Đại học Sư phạm Hồng Lĩnh: 28,75
B|Công nghệ thông tin, Đại học Bách khoa Sông Đà: 28,10
B|Y khoa, Đại học Y Thái Hòa: 27,95
B|Kinh tế quốc tế, Học viện Ngoại thương Nam Sơn: 27,40
B|Thí sinh trúng tuyển phải xác nhận nhập học trực tuyến trước 17h ngày 30/8.
rel|Tin liên quan
rel|Hơn 200 trường xét tuyển bổ sung đợt 2
rel|Cách xác nhận nhập học trên hệ thống của Bộ
~
dis|Không được sao chép hoặc sử dụng lại nội dung khi chưa có sự đồng ý bằng văn bản.
oth|Tòa soạn: Số 12 phố Đinh Lễ, Hà Nội
"""),

dict(id="ar-001", lang="ar", hard=False, opts="",
     notes="Arabic city news site: marathon story ending in a list of road closures with times (story), followed by a 'الأكثر قراءة' list; menu and date on top, share line, agency credit attribution and an app prompt at the bottom.",
     text="""
nav|الرئيسية | محليات | رياضة | اقتصاد | منوعات
T|إغلاق طرق رئيسية في الرصيفة صباح الجمعة بسبب الماراثون
oth|الرصيفة - خاص　الخميس 12 نوفمبر 2026 - 19:05
sh|شارك　فيسبوك　واتساب　إكس
B|أعلنت إدارة السير في الرصيفة إغلاق عدد من الطرق الرئيسية صباح الجمعة لإقامة ماراثون المدينة السنوي بمشاركة نحو 6 آلاف عداء.
B|ودعت الإدارة السائقين إلى استخدام الطرق البديلة والالتزام بتعليمات رجال السير.
B|وتشمل الإغلاقات:
B|شارع الملك طلال: من 6:00 حتى 10:00 صباحاً
B|دوار الجامعة: من 6:30 حتى 9:30 صباحاً
B|شارع الوحدة: من 7:00 حتى 11:00 صباحاً
B|وسيعاد فتح الطرق تدريجياً فور مرور آخر المتسابقين.
rel|الأكثر قراءة
rel|ارتفاع أسعار الخضار في السوق المركزي
rel|افتتاح مكتبة عامة جديدة في حي النزهة
rel|بلدية الرصيفة تطلق تطبيقاً للشكاوى
att|المصدر: وكالة أنباء الرصيفة
nav|حمّل تطبيقنا لتصلك الأخبار أولاً بأول
"""),
]
