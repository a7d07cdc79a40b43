"""textset-dev31, writer B: German, Russian, Turkish, Polish, Dutch, Indonesian, Vietnamese and
Arabic cases with sponsored, partner and commercial furniture (Anzeige and Stellenmarkt blocks,
Russian ad markings with erid, iddaa odds, ogłoszenia, house listings, exchange promos,
travel deals, real-estate sponsor slots)."""

CASES = [
dict(id="de-001", lang="de", hard=False, opts="crlf",
     notes="German regional paper, a tram line vote; consent banner on top, 'Anzeige' and 'Weiterlesen nach der Anzeige' lines and a job-market block mid-story, a subscription offer, property listings and comments at the bottom.",
     text="""
ck|Wir und unsere 143 Partner speichern Informationen auf Ihrem Gerät. Mit „Zustimmen“ willigen Sie ein.
ck|Zustimmen
ck|Ablehnen mit Pur-Abo
nav|Startseite > Lokales > Lindenau
T|Stadtrat gibt grünes Licht für Straßenbahn nach Lindenau-Ost
oth|Von Jonas Reimer | 05.12.2026, 19:48 Uhr
B|Die Straßenbahnlinie 7 wird bis nach Lindenau-Ost verlängert: Der Stadtrat stimmte am Donnerstagabend mit 38 zu 21 Stimmen für das Projekt.
B|Die neue Strecke ist 3,4 Kilometer lang und bekommt sechs Haltestellen.
oth|Anzeige
oth|Weiterlesen nach der Anzeige
B|Die Kosten werden auf 96 Millionen Euro geschätzt, davon übernehmen Bund und Land rund 75 Prozent.
B|Die Opposition kritisierte, dass für die Trasse 140 Bäume gefällt werden müssen.
B|Oberbürgermeisterin Katrin Albers sprach von einem „Tag für die Pendler im Osten der Stadt“.
B|Nach Berechnungen der Stadtwerke würden täglich rund 11.000 Fahrgäste die neue Strecke nutzen.
B|Die Buslinie 62, die heute durch Lindenau-Ost fährt, soll dann im 20-Minuten-Takt als Zubringer verkehren.
B|Anwohner der Gartenstraße kündigten bereits an, gegen die Planung zu klagen.
B|Baubeginn soll frühestens 2028 sein.
oth|Stellenmarkt: Straßenbahnfahrer (m/w/d) bei den Stadtwerken Lindenau – Quereinstieg möglich
oth|Lindenauer Bote plus: 3 Monate für 1 € pro Monat, danach 11,99 €
oth|Immobilien: 3-Zimmer-Wohnung, 78 m², Lindenau-Ost, Kaltmiete 890 €
com|Kommentare (17)
com|Nur registrierte Nutzer können hier mitdiskutieren.
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a consumer study finds price-comparison portals rank by commission; the story quotes 'Bestpreis garantiert' and a commission note and lists test prices as story lines; the page carries a real price box and commission disclaimer.",
     text="""
nav|Startseite › Verbraucher › Geld
T|Vergleichsportale: Wer am meisten Provision zahlt, steht oben
oth|Von Sabine Kortmann · 06.12.2026 · 4 Min. Lesezeit
B|Die Verbraucherzentrale Nordhessen hat zwölf Vergleichsportale für Strom, Handyverträge und Haushaltsgeräte untersucht.
B|Bei neun Portalen standen Anbieter, die eine höhere Provision zahlen, auf den vorderen Plätzen – obwohl sie nicht die günstigsten waren.
B|Häufig warben die Seiten mit „Bestpreis garantiert“, der Hinweis „Wir erhalten eine Provision“ stand dagegen erst im Kleingedruckten.
B|Im Test kostete dieselbe Waschmaschine je nach Portal unterschiedlich viel:
B|Platz 1 bei Portal A: 649 Euro
B|Günstigstes Angebot im Markt: 579 Euro
oth|Preisvergleich
oth|Wasserkocher KT-17: 34,99 € bei Elektroland · 36,90 € bei MarktHaus · Zum Angebot
dis|Wir erhalten ggf. eine Vergütung, wenn Sie über diese Links einkaufen.
B|Die Verbraucherschützer fordern, dass Portale die Sortierung auf den ersten Blick offenlegen.
rel|Mehr zum Thema
rel|Stromtarife: Was Neukundenboni wirklich bringen
sh|Artikel teilen: E-Mail · WhatsApp · Threads
"""),

dict(id="ru-001", lang="ru", hard=False, opts="",
     notes="Russian regional site, new airport routes; ad markings with advertiser and erid lines (other), a partner-material label, a travel-deal box, an exchange promo and a not-an-offer note at the bottom.",
     text="""
nav|Главная / Общество / Транспорт
T|Из аэропорта Северогорска откроют прямые рейсы в Казань и Сочи
oth|Ирина Белова, 06 декабря 2026, 11:20
B|Аэропорт Северогорска с 1 марта начнёт принимать рейсы ещё двух авиакомпаний.
B|Прямые рейсы в Казань будут выполняться три раза в неделю, в Сочи — ежедневно в летний сезон.
oth|Реклама
oth|Реклама. ООО «ТурЛайн». ИНН 7712345098. erid: 2VtzqwK8sLm
oth|Горящие туры в Турцию: 7 ночей, всё включено — от 58 900 ₽ на двоих
B|По словам директора аэропорта Олега Рябова, цена билета в Казань начнётся от 6 400 рублей.
B|Перевозчики получат субсидию из регионального бюджета на первые два года.
oth|Партнёрский материал
pr|Криптобиржа Нордекс: купите первые USDT без комиссии по карте
dis|Материал не является публичной офертой.
rel|Читайте также
rel|Ремонт взлётной полосы завершат к маю
"""),

dict(id="tr-001", lang="tr", hard=False, opts="single",
     notes="Turkish sports site, a basketball game; a sponsor line above the headline, iddaa odds box with its legal note mid-story, a sponsored content grid and a comment count at the bottom; single newlines.",
     text="""
nav|Anasayfa > Spor > Basketbol
oth|Maç özeti Kuzey Enerji sponsorluğunda sunulmaktadır
T|Karadenizspor deplasmanda Ege Yıldızları'nı 84-79 yendi
oth|Spor Servisi | 06.12.2026 - 22:41
B|Karadenizspor, Basketbol Süper Ligi'nin 11. haftasında Ege Yıldızları'nı deplasmanda 84-79 mağlup etti.
B|İlk yarıyı 41-45 geride kapatan konuk ekip, üçüncü çeyreği 26-14 kazanarak öne geçti.
oth|Günün iddaa oranları: Ege Yıldızları 1,55 · Karadenizspor 2,35 · Hemen oyna
dis|18 yaşından küçüklerin şans oyunlarına katılması yasaktır.
B|Karadenizspor'da Emre Kılınç 23 sayı, 8 ribaundla oynadı.
B|Başantrenör Selim Aktaş, \"Savunmada gösterdiğimiz sabır maçı kazandırdı\" dedi.
oth|Sponsorlu İçerik
oth|Emekliye kredi kartı aidatı yok! Hemen başvurun
com|Yorumlar (9)
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish local portal, a factory hiring story; a 'materiał partnerski' label on top, a job-board box and classifieds mid-page, an RODO consent line and share bar at the bottom.",
     text="""
oth|Materiał partnerski
nav|Wiadomości › Gospodarka › Praca
T|Fabryka okien w Żurawicy zatrudni 250 osób
oth|Autor: Tomasz Wierzba | 5 grudnia 2026, 14:05
B|Producent okien Oknopol otworzy w przyszłym roku nową halę w strefie ekonomicznej w Żurawicy.
B|Firma zatrudni 250 pracowników, głównie na stanowiskach produkcyjnych i w magazynie.
oth|Oferty pracy w regionie
oth|Operator CNC – Żurawica – 6500-7800 zł brutto – Aplikuj
oth|Magazynier z uprawnieniami UDT – od zaraz – 5900 zł brutto
B|Inwestycja ma kosztować 140 mln zł.
B|Burmistrz Żurawicy Anna Nowicka zapowiedziała, że gmina przedłuży do strefy linię autobusową.
oth|Ogłoszenia drobne: Sprzedam działkę budowlaną 1200 m², Żurawica, tel. 600 112 430
ck|Klikając „Akceptuję”, zgadzasz się na przetwarzanie danych w celach reklamowych.
sh|Udostępnij: Facebook | X | E-mail
"""),

dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="Dutch housing news saved without a headline; 'advertentie' and 'gesponsord' labels and a listings box between paragraphs (other), a house-hunter newsletter pitch and related links at the bottom.",
     text="""
nav|Nieuws | Wonen | Regio Zwolle
oth|Door Fleur Hendriks · 6 december 2026, 09:12
B|In de regio Zwolle zijn huizen het afgelopen kwartaal gemiddeld 6,1 procent duurder geworden dan een jaar eerder.
B|Dat blijkt uit nieuwe cijfers van de makelaarsvereniging Oost.
oth|Advertentie
oth|Gesponsord door Woonbank: bereken in 2 minuten wat u kunt lenen
B|De gemiddelde verkoopprijs kwam uit op 412.000 euro.
B|Een woning stond gemiddeld 24 dagen te koop, tegen 31 dagen een jaar eerder.
oth|Nu te koop: Tussenwoning, Assendorp, 112 m², vraagprijs € 395.000 k.k.
B|Makelaars verwachten dat de prijzen volgend jaar minder hard stijgen.
nl|Schrijf je in voor de Woonbrief en ontvang elke vrijdag het nieuwe aanbod
rel|Lees ook
rel|Gemeente wil 800 tijdelijke woningen op oud kazerneterrein
"""),

dict(id="id-001", lang="id", hard=False, opts="",
     notes="Indonesian finance portal, gold prices (the price list is story); doubled dek, index strip and an ad label on top, an exchange promo with risk note mid-story, a 'Baca Juga' link, an advertorial teaser and an editor credit at the bottom.",
     text="""
dup|Harga emas batangan naik tiga hari berturut-turut.Harga emas batangan naik tiga hari berturut-turut.
tk|IHSG 7.284,51 (+0,42%) · LQ45 962,18 (+0,37%) · USD/IDR 16.215
oth|Iklan
T|Harga Emas Batangan Naik Lagi, Tembus Rp 1,58 Juta per Gram
oth|Rina Kartika - Sabtu, 06 Des 2026 10:05 WIB
B|Harga emas batangan di butik Logam Mulia Nusantara naik Rp 7.000 menjadi Rp 1.583.000 per gram pada Sabtu pagi.
B|Berikut harga emas batangan hari ini:
B|0,5 gram: Rp 841.500
B|1 gram: Rp 1.583.000
B|5 gram: Rp 7.690.000
pr|Beli Bitcoin mulai Rp 10 ribu di aplikasi Kriptoku, terdaftar dan diawasi. Unduh sekarang!
dis|Aset kripto merupakan komoditi berisiko tinggi. Pelajari sebelum membeli.
B|Harga jual kembali (buyback) ditetapkan Rp 1.432.000 per gram.
rel|Baca Juga: Tips Menyimpan Emas agar Tidak Rugi Saat Dijual
oth|ADVERTORIAL
oth|Rumah subsidi di Bekasi, cicilan mulai Rp 1 jutaan per bulan. Cek lokasinya
att|Editor: Dimas Pratama
"""),

dict(id="vi-001", lang="vi", hard=False, opts="nofinal",
     notes="Vietnamese news site scraped from the headline down, Tet flight tickets (no noise on top); a sponsored-content label and a ticket-deal box mid-story (other), a 'content by partner' line, further reading and a share row at the bottom; no final newline.",
     text="""
T|Vé máy bay Tết tăng mạnh, chặng TP.HCM - Hà Nội có giá 5,2 triệu đồng
B|Giá vé máy bay dịp Tết Nguyên đán 2027 trên nhiều chặng bay nội địa đã tăng 20-35% so với ngày thường.
B|Chặng TP.HCM - Hà Nội ngày 27 tháng Chạp hiện có giá khoảng 5,2 triệu đồng một chiều.
oth|Nội dung được tài trợ
oth|Săn vé Tết giá tốt: Đà Nẵng khứ hồi chỉ từ 1.990.000đ — Đặt ngay
B|Các hãng bay cho biết sẽ tăng thêm 1.400 chuyến bay trong giai đoạn cao điểm.
B|Hành khách nên đặt vé sớm và theo dõi các khung giờ bay đêm để có giá rẻ hơn.
oth|Bài viết được thực hiện với sự hợp tác của Sky Travel
oth|Thứ bảy, 6/12/2026, 08:30 (GMT+7)
rel|Xem thêm: Những điểm đến được tìm kiếm nhiều nhất dịp Tết
sh|Chia sẻ Facebook Zalo Sao chép liên kết
"""),

dict(id="ar-001", lang="ar", hard=False, opts="",
     notes="Arabic business site, a property expo; a 'sponsored content' slot and a listings box mid-story (other), an 'in partnership with' sponsor line, a newsletter pitch and a most-read block after extra blank lines.",
     text="""
nav|الرئيسية > اقتصاد > عقارات
T|معرض الواحة العقاري يستقطب 40 ألف زائر في يومه الأول
oth|بقلم: سلمى الحداد | 06 ديسمبر 2026
B|افتتح معرض الواحة العقاري دورته العاشرة أمس بمشاركة 210 شركة تطوير عقاري من 14 دولة.
B|وقال المنظمون إن المعرض استقبل نحو 40 ألف زائر في يومه الأول.
oth|محتوى برعاية
oth|شقق فاخرة بإطلالة بحرية بدفعة أولى 10% فقط وتقسيط حتى 7 سنوات
B|وتتصدر المشاريع السكنية المتوسطة قائمة اهتمامات الزوار هذا العام.
B|وأعلنت ثلاث شركات عن مشاريع جديدة بقيمة إجمالية تبلغ 2.3 مليار دولار.
B|وقال رئيس اللجنة المنظمة خالد العمري إن الطلب على الوحدات الصغيرة ارتفع بنسبة 15% مقارنة بالعام الماضي.
B|ويستمر المعرض حتى يوم الأحد المقبل.
oth|بالشراكة مع مجموعة رمال للتطوير العقاري
~
nl|اشترك في نشرتنا الأسبوعية لتصلك أحدث أخبار العقارات
rel|الأكثر قراءة
rel|أسعار الإيجارات ترتفع 8% في الربع الثالث
"""),
]
