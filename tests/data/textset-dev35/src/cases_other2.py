"""textset-dev35, writer B: lifestyle and service pages in de, ru, tr, pl, nl, id, vi, ar.

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="de-001", lang="de", hard=False, opts="crlf", notes="German garden page (winter-proofing pots) with CRLF endings: the task list with its lead-in is story; the weather widget, ad label, Pin-it/save bar, newsletter box, comments count and 'Mehr aus' list are noise.", text="""
nav|Grünzeit – Das Gartenmagazin
nav|Garten | Balkon | Zimmerpflanzen | Ernte | Gartenkalender
nav|Startseite > Balkon > Kübelpflanzen
T|Frost angekündigt: So bringen Sie Ihre Kübelpflanzen sicher durch den Winter
oth|Von Anke Brömmel | Aktualisiert am 05.12.2026
oth|Ihr Gartenwetter: Kassel, heute −3 °C, Nachtfrost
B|Der Deutsche Wetterdienst erwartet ab Mittwoch in weiten Teilen Hessens Nachtfrost bis minus acht Grad.
B|Für Oleander, Zitronenbäumchen und Rosmarin im Topf wird es damit höchste Zeit.
B|Die wichtigsten Handgriffe im Überblick:
B|Töpfe auf Holzlatten oder Styroporplatten stellen, damit keine Kälte von unten eindringt.
oth|Anzeige
B|Gefäße mit Jute oder Noppenfolie umwickeln.
B|Nur an frostfreien Tagen sparsam gießen.
B|Empfindliche Pflanzen ins helle, kühle Treppenhaus holen – ideal sind fünf bis zehn Grad.
sh|Pin it · Merken · Teilen
nl|Jeden Freitag: der Gartenkalender für die Woche direkt ins Postfach. Jetzt kostenlos abonnieren
com|12 Kommentare
rel|Mehr aus Balkon
rel|Lavendel überwintern: Drinnen oder draußen?
oth|Grünzeit ist ein Angebot der Blattwerk Medien GmbH
"""),
dict(id="hard-de-001", lang="de", hard=True, opts="", notes="Hard: the story is about a fine for a recipe portal's cookie banner and quotes its button wordings; the page carries its own consent dialog at the top.", text="""
ck|Wir und unsere 214 Partner verarbeiten Ihre Daten, um Inhalte zu personalisieren und Werbung zu messen.
ck|Alles akzeptieren
ck|Einstellungen verwalten
nav|Netz & Recht
nav|Startseite › Datenschutz › Bußgelder
T|Kochportal muss 180.000 Euro zahlen – wegen seines Cookie-Banners
oth|Von Jonas Reimer | 04.12.2026, 16:22 Uhr
B|Die Datenschutzbehörde Niedersachsen hat gegen den Betreiber des Rezeptportals „Topfgucker“ ein Bußgeld von 180.000 Euro verhängt.
B|Grund ist das Cookie-Banner der Seite: Der Knopf „Alle akzeptieren“ war grün und groß, die Option „Nur notwendige Cookies“ dagegen nur als grauer Link unter dem Text zu finden.
B|Wer ein Rezept öffnen wollte, musste zudem zuerst das Banner wegklicken, das die Zutatenliste komplett verdeckte.
B|„Einwilligung muss genauso einfach abzulehnen sein wie zu erteilen“, sagte Behördensprecherin Petra Lohse.
B|Der Betreiber hat Einspruch angekündigt, das Banner aber bereits geändert.
sh|Artikel teilen
rel|Auch interessant
rel|Was ein „Pur-Abo“ wirklich kostet
oth|Hinweis: Dieser Artikel wurde am 04.12.2026 um 17:05 Uhr aktualisiert.
"""),
dict(id="ru-001", lang="ru", hard=False, opts="single", notes="Russian parenting page on screen time (single newlines): the psychologist's age rules are story; reading time, ad label, not-medical-advice note, expert credit, reactions, comments and 'Читайте также' are noise.", text="""
nav|Мама и малыш
nav|Главная / Дети 3–7 лет / Воспитание
T|Сколько мультиков можно ребёнку в день: правила от детского психолога
oth|Автор: Ольга Сенина · 3 декабря 2026 · 5 минут чтения
B|Зимой дети больше сидят дома, и экранное время незаметно растёт. Детский психолог Анна Вересова советует не запрещать гаджеты, а договориться о понятных правилах.
B|До 2 лет — экраны лучше не давать вовсе, кроме видеозвонков с родными.
B|От 2 до 5 лет — не больше часа в день, и лучше вместе со взрослым.
oth|Реклама
B|От 6 лет — время обсуждается с ребёнком и записывается на листке на холодильнике.
B|«Главное — не использовать мультики как награду или наказание», — говорит Вересова.
att|Эксперт: Анна Вересова, детский психолог
dis|Материал носит информационный характер и не заменяет консультацию специалиста.
com|Полезно 214 · Не полезно 9
com|Комментарии (31)
rel|Читайте также
rel|Как уложить ребёнка спать без слёз
"""),
dict(id="tr-001", lang="tr", hard=False, opts="ws", notes="Turkish TV-series finale news with a photo caption and photo credit, a where-to-watch row and a quiz teaser (related_links); the ratings figure in the story is story.", text="""
nav|Dizi Gündem
nav|Diziler | Reyting | Fragmanlar | Oyuncular
T|"Kırık Saat" final yaptı: Son bölüm reyting rekoru kırdı
oth|Ece Yalçınkaya | 06.12.2026 - 10:04
C|Dizinin başrol oyuncusu Deniz Aktan final bölümünde.
att|Fotoğraf: Yıldız Yapım
B|Üç sezondur ekranda olan "Kırık Saat" dün akşam yayınlanan 94. bölümle izleyicilere veda etti.
B|Final bölümü, tüm kişiler kategorisinde yüzde 11,2 izlenme oranıyla günün en çok izlenen programı oldu.
B|Senarist Melis Oran, sonu ilk sezondan beri bildiğini ve hiç değiştirmediğini söyledi.
oth|Reklam
B|Oyuncu Deniz Aktan ise sosyal medyada "Saat durdu ama hikâye bitmedi" diye yazdı.
oth|Nerede izlenir: Kanal Ada · Tüm bölümler SeyirPlus'ta
rel|Test: Hangi "Kırık Saat" karakterisin? Hemen çöz
rel|İlgili haberler
rel|Kış sezonunun yeni dizileri belli oldu
sh|Paylaş: WhatsApp · X · Facebook
"""),
dict(id="pl-001", lang="pl", hard=False, opts="single", notes="Polish fashion page (winter coats) in single newlines: the trend list is story; affiliate 'buy' buttons between items, the commission disclosure, share row, newsletter and 'Zobacz też' list are noise.", text="""
nav|Szafa i Styl
nav|Moda | Uroda | Trendy | Zakupy
T|Płaszcze na zimę 2026: pięć fasonów, które wracają do łask
oth|Karolina Wójcik, 02.12.2026
dis|Artykuł zawiera linki afiliacyjne. Za zakupy przez nie możemy otrzymać prowizję.
B|Projektanci na ten sezon stawiają na ciepło i wygodę, a nie na spektakularne kroje. Oto fasony, które widać na ulicach Warszawy i Krakowa.
B|1. Płaszcz typu kokon w kolorze wielbłądzim.
oth|Kup teraz w Modivo · 649 zł
B|2. Długa pikowana kurtka do kostek, najlepiej z kapturem.
B|3. Klasyczny trencz z podpinką, który sprawdzi się od października do marca.
oth|Kup teraz w Zalandeo · 479 zł
B|4. Płaszcz w kratę.
B|Stylistka Magda Rój radzi, by wybierając płaszcz, zwracać uwagę na skład: minimum 60 procent wełny.
sh|Udostępnij · Zapisz na Pintereście
nl|Zapisz się na nasz newsletter i co tydzień dostawaj stylizacje na cały tydzień
rel|Zobacz też
rel|Botki na płaskim obcasie: modele na zimę
"""),
dict(id="nl-001", lang="nl", hard=False, opts="", notes="Dutch home/DIY page (draught-proofing): the numbered steps and material costs are story; the savings calculator widget, quote-request box, share bar, reactions and footer are noise, with extra blank lines before the footer.", text="""
nav|Woonwijzer
nav|Wonen | Verbouwen | Energie besparen | Tuin
nav|Home > Energie besparen > Tocht
T|Tocht in huis? Zo dicht je kieren zelf af voor minder dan 50 euro
oth|Door Sanne de Boer · 1 december 2026
B|Een tochtig huis kost al snel tientallen euro's extra per winter. Het goede nieuws: de meeste kieren dicht je zelf in een middag.
B|1. Zoek de kieren met een aansteker of wierookstokje: waar de rook wegwaait, tocht het.
B|2. Plak tochtstrips op de sponningen van ramen en deuren.
oth|Bereken je besparing: vul je postcode in ›
B|3. Hang een tochtborstel onder de voordeur en een klepje voor de brievenbus.
B|4. Kit naden rond de vensterbank af met acrylaatkit.
B|Materiaal kost samen ongeveer 35 tot 45 euro.
oth|Liever een vakman? Vraag gratis offertes aan bij drie isolatiebedrijven
sh|Delen via WhatsApp | Facebook | E-mail
com|8 reacties
~
rel|Populair op Woonwijzer
rel|Radiatorfolie: werkt het echt?
oth|© 2026 Woonwijzer · Privacy · Contact
"""),
dict(id="id-001", lang="id", hard=False, opts="nofinal", notes="Indonesian wellness page (jamu for colds): the recipe list and doctor's caution are story; a crypto-exchange promo slot, ad label, doctor credit, not-medical-advice note, WhatsApp channel pitch (newsletter) and 'Baca juga' teasers are noise.", text="""
nav|SehatYuk
nav|Beranda > Gaya Hidup Sehat > Herbal
T|Musim Hujan, Ini Resep Jamu Jahe Kunyit untuk Jaga Daya Tahan Tubuh
oth|Rina Marlina - Sabtu, 5 Desember 2026 | 07:30 WIB
rel|Baca juga: Lima Kebiasaan Pagi yang Bikin Badan Lebih Segar
B|Memasuki musim hujan, banyak warga kembali membuat jamu sendiri di rumah untuk menjaga badan tetap hangat.
B|Bahan-bahannya mudah didapat di pasar:
B|- 2 ruas jahe merah
B|- 1 ruas kunyit
oth|ADVERTISEMENT
B|- 1 batang serai dan 2 sendok makan gula aren
B|Semua bahan direbus dalam 600 ml air selama 15 menit, lalu disaring dan diminum selagi hangat.
B|Dokter gizi Fajar Hidayat mengingatkan, penderita maag sebaiknya tidak meminum jamu kunyit saat perut kosong.
att|Narasumber: dr. Fajar Hidayat, Sp.GK
dis|Artikel ini bukan pengganti saran medis. Konsultasikan dengan dokter bila keluhan berlanjut.
pr|Beli Bitcoin mulai Rp10.000 di KoinKita, aman dan diawasi. Daftar sekarang!
nl|Gabung saluran WhatsApp SehatYuk untuk tips sehat setiap hari
rel|Baca juga: Wedang Uwuh, Minuman Hangat Khas Yogyakarta"""),
dict(id="vi-001", lang="vi", hard=False, opts="", notes="Vietnamese celebrity news scraped without its headline, under a gold and exchange-rate strip (crypto_ticker); a wedding story with a one-line quote; source credit, share bar, comments and a tag line are noise.", text="""
tk|Giá vàng SJC: 88,2 - 90,4 triệu ▲ | USD: 25.410 ▼ | Xăng RON95: 21.380đ
nav|Giải trí | Sao Việt | Âm nhạc | Điện ảnh | Thời trang
oth|Thứ Hai, 07/12/2026 08:45 (GMT+7)
B|Ca sĩ Phương Vy và đạo diễn Trần Khải đã tổ chức đám cưới ấm cúng tại Hội An vào tối 6/12, chỉ với khoảng 80 khách mời.
B|Hôn lễ diễn ra bên bờ sông Thu Bồn, cô dâu mặc áo dài đỏ do nhà thiết kế Lê Thùy may riêng.
B|Trên trang cá nhân, Phương Vy viết: "Cảm ơn anh đã kiên nhẫn chờ em suốt bảy năm."
oth|Quảng cáo
B|Cặp đôi quen nhau trên phim trường bộ phim "Mùa lúa chín" năm 2019.
B|Cả hai cho biết sẽ tạm nghỉ công việc hai tuần để đi du lịch Nhật Bản.
att|Theo Báo Sao Mai
sh|Chia sẻ bài viết qua Zalo · Facebook · Messenger
com|Bình luận (42)
nav|Từ khóa: Phương Vy, Trần Khải, đám cưới sao Việt
"""),
dict(id="ar-001", lang="ar", hard=False, opts="crlf", notes="Arabic phone review with CRLF endings under a currency strip (crypto_ticker): spec lines, pros/cons and the verdict score are story; the affiliate price box, reviewer line, rate-this prompt and related reviews are noise.", text="""
tk|الدولار 3.75 ريال | اليورو 4.06 ريال | الذهب عيار 21: 268 ريال
nav|تقنية بلس
nav|الرئيسية | هواتف | حواسيب | ألعاب | مراجعات
T|مراجعة هاتف نوفا إكس 7: بطارية تصمد يومين وكاميرا متوسطة
oth|بقلم: سامي العتيبي | 3 ديسمبر 2026
B|استخدمنا هاتف نوفا إكس 7 لمدة أسبوعين بدلاً من هواتفنا الأساسية، وهذه خلاصة التجربة.
B|الشاشة: 6.7 بوصة بتردد 120 هرتز
B|البطارية: 6000 ملي أمبير، وصمدت معنا يومين كاملين مع استخدام متوسط.
oth|إعلان
B|المزايا: عمر بطارية ممتاز، شحن سريع بقدرة 67 واط
B|العيوب: الكاميرا ضعيفة في الإضاءة المنخفضة، ولا يدعم الشحن اللاسلكي
B|يباع الهاتف في السعودية بسعر 1299 ريالاً، وهو سعر منافس لفئته.
B|التقييم النهائي: 7.5 من 10
oth|أفضل سعر: 1249 ريال لدى متجر نون ماركت – اشترِ الآن
com|قيّم هذا المنتج ★★★★★
rel|مراجعات ذات صلة
rel|مقارنة بين أفضل خمسة هواتف بأقل من 1500 ريال
"""),
]
