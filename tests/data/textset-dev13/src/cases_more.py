from common import case

CASES = [
case("de-001", "de", """
nv|Startseite › Panorama › Reportage
T|Der letzte Bäcker von Oberwiesach
ot|Eine Reportage von Jonas Harder | 16.02.2026, 05:30 Uhr
ot|Lesezeit: 9 Min.
B|OBERWIESACH –
B|Um zwei Uhr nachts brennt in der Hauptstraße 4 ein einziges Licht.
B|Dahinter steht Konrad Lehner, 64, und knetet Teig für 300 Brötchen.
B|Seit 1987 backt er hier. Sein Vater backte hier, sein Großvater auch.
B|Im Sommer hört er auf.
B|Freiwillig ist das nicht.
B|Warum niemand übernimmt
B|Lehner hat zwei Jahre lang einen Nachfolger gesucht.
B|Es meldeten sich drei Interessenten. Zwei wollten nur die Immobilie.
B|Der dritte fragte, ob man nicht erst um sechs anfangen könne.
ot|Anzeige
B|Im Landkreis haben seit 2015 mehr als ein Drittel der Handwerksbäckereien geschlossen.
B|Die Supermärkte backen inzwischen selbst auf, aus Tiefkühlteig.
B|„Das ist kein Brot“, sagt Lehner. „Das ist aufgewärmte Hoffnung.“
B|Was bleibt dem Dorf?
B|Vielleicht ein Automat. Der Gemeinderat prüft es.
B|Lehner hält nichts davon, sagt aber: „Besser als gar nichts.“
dc|Hinweis: Einige Namen wurden auf Wunsch der Betroffenen geändert.
rl|Mehr zum Thema: Handwerk ohne Nachwuchs – die Zahlen
sb|Artikel teilen
""", "German reportage with a dateline, subheading and a rhetorical question; breadcrumb, byline stamp, reading time, ad label, names-changed note, related teaser and share line are noise.", trail=[5, 13]),

case("de-002", "de", """
dl|Warum Deutschland beim Glasfaserausbau zurückliegt – und was sich ändern müsste.Warum Deutschland beim Glasfaserausbau zurückliegt – und was sich ändern müsste.
T|Analyse: Das langsame Netz
ot|Von Sabine Kroll
ot|Aktualisiert am 29.01.2026 – 14:22 Uhr
ot|Artikel anhören ▸ 6:48
B|In Deutschland haben 36 Prozent der Haushalte einen Glasfaseranschluss.
B|In Spanien sind es über 90.
B|Die Gründe sind bekannt, aber selten zusammen betrachtet.
B|Wer sie nebeneinanderlegt, sieht ein Muster: Es fehlt nicht an Geld, sondern an Tempo.
B|Drei Bremsen
B|1. Genehmigungen: Für eine einzige Trasse braucht es oft Zustimmungen von fünf Behörden.
B|2. Tiefbau: Es fehlen Baufirmen, und Gehwege werden aufwendig geöffnet statt gefräst.
B|3. Nachfrage: Viele Haushalte halten ihr altes Kupferkabel für „schnell genug“.
B|Hinzu kommt ein vierter, seltener genannter Punkt: Doppelausbau in lukrativen Städten, während Dörfer leer ausgehen.
rl|Lesen Sie auch: Mobilfunk auf dem Land – Funklöcher im Test
B|Der Bund will bis 2030 flächendeckend Glasfaser.
B|Experten halten das für kaum erreichbar.
B|Das Ministerium verweist auf ein neues Gesetz, das Genehmigungen beschleunigen soll.
B|Kommunen berichten, dass sich im Alltag bisher wenig geändert hat.
B|„Wir bauen nicht zu wenig, wir bauen zu kompliziert“, sagt die Netzökonomin Petra Wendt.
B|Ein Anfang wäre einfach: weniger Formulare.
ot|Themen: Digitalisierung · Infrastruktur · Telekommunikation
""", "German analysis with a doubled dek glued to itself on the first line, a numbered list and a closing short line; byline, update stamp, audio label, 'Lesen Sie auch' teaser and topics line are noise.", nl="single", crlf=True),

case("hard-de-001", "de", """
T|Kommentar: Wer Werbung blockiert, bezahlt trotzdem
ot|Meinung | Tobias Wendel | 05.02.2026
ot|Sie nutzen einen Werbeblocker. Bitte deaktivieren Sie ihn oder lesen Sie mit einem Abo werbefrei weiter.
B|Jede dritte Person in Deutschland nutzt einen Werbeblocker.
B|Das ist verständlich. Blinkende Banner, Videos mit Ton, Pop-ups über dem ersten Absatz: Wer würde das freiwillig ertragen?
B|Ich nutze selbst einen, das gebe ich zu.
B|Doch die Rechnung kommt auf anderem Weg.
B|Sie kommt leise, aber sie kommt.
B|Weniger Werbeeinnahmen bedeuten härtere Bezahlschranken.
B|Und härtere Bezahlschranken bedeuten, dass gute Recherche zum Luxusgut wird.
B|Auf vielen Seiten erscheint inzwischen der Hinweis „Bitte deaktivieren Sie Ihren Adblocker“.
B|Der Ton ist flehend, die Wirkung gering.
B|Kaum jemand schaltet ab, weil ihn ein Banner darum bittet.
B|Besser wäre ehrliche Werbung: ruhig, ohne Tracking, klar gekennzeichnet.
B|Eine Anzeige, die man lesen kann, ohne sich verfolgt zu fühlen.
B|Manche Verlage versuchen es. Die Leser merken den Unterschied.
B|Ein Regionalverlag im Allgäu hat seine Werbung halbiert und verdient damit kaum weniger.
B|Die Frage ist nur, ob sie dafür den Blocker ausschalten.
ot|Anzeige
ot|Werbefrei lesen für 2,99 € im Monat
cm|Kommentare (211)
""", "Hard: a German comment piece about ad blockers quotes an ad-blocker notice in a body sentence; the page carries a real ad-blocker wall at the top, an ad label, an ad-free offer and a comment counter.", hard=True, nl="mixed"),

case("ru-001", "ru", """
ot|Слушать статью · 7 мин
T|Почему в маленьких городах закрываются книжные магазины
ot|Анна Соколова · 12 февраля 2026
B|В Торжке было три книжных магазина. Сейчас — ни одного.
B|Последний, «Читай-ка», закрылся в декабре.
B|Его владелица, Людмила Глебова, держала магазин двадцать два года.
B|Что изменилось
B|— Аренда выросла вдвое за пять лет.
B|— Покупатели заказывают книги на маркетплейсах с доставкой на следующий день.
B|— Школы закупают учебники централизованно.
B|Сама Глебова добавляет четвёртую причину: «Читать стали меньше. Это правда».
B|«Люди приходили посмотреть, а покупали потом в телефоне», — говорит Глебова.
ot|Реклама
B|Некоторые города пробуют спасать книжные: сдают помещения за символическую плату, устраивают ярмарки.
B|В Вышнем Волочке так удалось сохранить один магазин.
B|В Торжке пока ничего не придумали.
B|Глебова раздала оставшиеся книги в библиотеку.
B|Полки забрал сосед — под рассаду.
B|Весной на них будут помидоры.
ot|Фото: архив Людмилы Глебовой
rl|Читайте также: Библиотеки, которые стали клубами
sb|Отправить друзьям: Telegram | ВК | e-mail
""", "Russian feature with a dash list and quoted line, closing two-line paragraph; listen label, byline/date, ad label, photo credit, read-also teaser and share bar are noise.", trail=[2]),

case("uk-001", "uk", """
nv|Головна / Суспільство / Історії
ot|Оновлено 20 січня 2026, 11:40
B|У селі Світанок на Черкащині залишилася одна вчителька музики.
B|Їй 72 роки, і вона досі навчає дітей грати на бандурі.
B|Заняття відбуваються у сільському клубі двічі на тиждень.
B|Учнів у неї шестеро.
B|Звідки бандури
B|Інструменти залишилися від шкільного ансамблю, який у 1980-х грав на обласних конкурсах.
B|Дев’ять бандур зберігаються у шафі в колишньому класі співів.
B|Дві досі справні.
B|Решту вона ремонтує сама, з допомогою сусіда-столяра.
B|«Я їх настроюю щопонеділка, навіть якщо ніхто не прийде», — каже Ніна Дорошенко.
ot|Реклама
B|Торік одна з її учениць виступила на фестивалі в Києві.
B|Після цього до вчительки записалися ще троє дітей.
B|Батьки скинулися на нові струни.
B|Чи буде кому її замінити?
B|Поки що ні.
ot|Авторка: Оксана Литвин
nl|Підпишіться на нашу розсилку — найкращі історії тижня щонеділі
cm|Коментарі (9)
""", "Ukrainian feature without a headline (the scrape starts at the breadcrumb and stamp) with a subheading, quoted line and a question/answer close; nav, update stamp, ad label, author line, newsletter pitch and comment counter are noise."),

case("tr-001", "tr", """
T|Kapadokya’da balon pilotlarının görünmeyen mesaisi
ot|Haber Merkezi | 07.02.2026 09:15 | Güncelleme: 09:52
ot|Okuma süresi: 6 dk
B|Saat sabahın dördü. Göreme’de hava henüz kararlı.
B|Pilot Emre Aksoy, rüzgâr ölçerine bakıyor ve telefonunu açıyor.
B|Uçuş izni her sabah 04.30’da veriliyor.
B|Rüzgâr saatte 10 kilometreyi geçerse balonlar kalkmıyor.
B|Karar bazen son dakikada değişiyor.
B|Bir pilotun günü
B|Aksoy yılda yaklaşık 280 sabah uçuşa hazırlanıyor, ama ancak 200 kadarında havalanabiliyor.
B|Uçamadığı sabahlar da ücretsiz değil: ekip yine de sahada bekliyor.
B|“Yolcular manzarayı hatırlıyor. Biz hava tahminini hatırlıyoruz,” diyor.
B|Aksoy 14 yıldır uçuyor ve bir kez bile acil iniş yapmadı.
ot|Reklam
B|Bölgede bu yıl 150 balon için izin verildi.
B|Her birinde ortalama 20 yolcu var.
B|Bilet fiyatı ise sezona göre 150 ile 300 avro arasında değişiyor.
B|Sezon nisanda başlıyor.
B|Aksoy için sezon hiç bitmiyor: kışın bakım, ilkbaharda eğitim var.
at|Kaynak: Anadolu Yerel Haber
rl|İlgili Haberler
rl|Kapadokya’da otel doluluğu yüzde 90’ı aştı
sb|Paylaş
""", "Turkish feature with a subheading and quoted line; desk/stamp, reading time, ad label, source credit, related block and share are noise.", nl="single", final_nl=False),

case("pl-001", "pl", """
T|Felieton: Po co nam jeszcze kioski?
B|Na moim osiedlu był kiosk Ruchu. Potem był kiosk z kebabem. Teraz nie ma nic.
B|Może to i dobrze, powie ktoś.
B|Gazety są w telefonie, bilety w aplikacji, papierosy w każdym sklepie.
B|A jednak czegoś brakuje.
B|Nie gazet. Ludzi.
B|Pan Zdzisław, który prowadził ten kiosk przez dwadzieścia lat, znał wszystkich.
B|Wiedział, kto czyta „Przekrój”, a kto tylko krzyżówki.
B|Wiedział, kiedy starsza pani spod siódemki nie przyszła trzeci dzień z rzędu.
B|Nikt go o to nie prosił.
B|To on zadzwonił wtedy po pogotowie.
B|Zdążyli.
B|Aplikacja tego nie zrobi.
B|Może więc warto czasem kupić gazetę w kiosku, póki jeszcze jakiś stoi.
B|Choćby po to, żeby ktoś nas pamiętał z widzenia.
B|Pan Zdzisław jest teraz na emeryturze i, jak mówi, nareszcie czyta wszystko sam.
ot|Autor: Michał Zawada
ot|Czas czytania: 4 min
ot|Reklama
ot|Fot. Archiwum autora
cm|Dodaj komentarz
""", "Polish column with short lines and a story-telling list of sentences; author line, reading time, ad label, photo credit and comment prompt are noise (noise only top and bottom).", trail=[4]),

case("nl-001", "nl", """
nv|Nieuws | Binnenland | Achtergrond
ot|Door Sanne de Wit · 25 januari 2026 · Leestijd 7 minuten
B|Op een dijk bij Kinderdijk staat een man in een oranje jas naar het water te kijken.
B|Arjen Boer, 58, is dijkwachter.
B|Als het water stijgt, loopt hij de dijk af, dag en nacht, op zoek naar zandmeevoerende wellen.
B|Wat is een wel?
B|Een plek waar water onder de dijk door sijpelt en zand meeneemt.
B|Eén onopgemerkte wel kan een dijk laten bezwijken.
B|In 1995 moesten daarom in het rivierengebied 250.000 mensen hun huis uit.
ot|Advertentie
B|Het waterschap heeft 340 vrijwillige dijkwachters.
B|De jongste is 24, de oudste 81.
B|Elk najaar oefenen ze een nacht lang, met zandzakken en zaklampen.
B|Ze krijgen een zaklamp, een jas en een app om meldingen te doen.
B|Boer gebruikt de app niet.
B|Hij heeft een telefoon met knoppen, en een lijst met nummers in zijn binnenzak.
B|„Ik bel gewoon. Dan weet ik dat iemand het hoort.”
B|Vorige winter belde hij drie keer.
B|Alle drie de keren was het loos alarm. Hij zou het zo weer doen.
at|Dit artikel verscheen eerder in de zaterdagbijlage.
rl|Lees ook: Zo bereidt Nederland zich voor op hoger water
""", "Dutch background piece without a headline (the scrape starts at the section menu) with a question subheading and closing quote; nav, byline/reading time, ad label, first-appeared note and read-also teaser are noise.", final_nl=False),

case("id-001", "id", """
T|Penjual Jamu Gendong Terakhir di Kampung Bustaman
ot|Oleh Dewi Lestari | Minggu, 15 Februari 2026 07:00 WIB
ot|Dengarkan artikel ini · 5 menit
B|SEMARANG —
B|Setiap pagi, Mbok Sarinah berjalan empat kilometer dengan bakul di punggung.
B|Isinya tujuh botol jamu: kunyit asam, beras kencur, temulawak, dan empat lainnya.
B|Ia sudah melakukannya sejak 1979.
B|Usianya kini tujuh puluh dua tahun.
B|Kenapa masih digendong?
B|“Kalau pakai gerobak, pelanggan tidak tahu saya datang,” katanya sambil tertawa.
B|Pelanggannya kini tinggal dua puluhan orang, kebanyakan sudah lanjut usia.
B|Dulu, katanya, ada lebih dari seratus.
B|Harga segelas jamu tiga ribu rupiah, tidak naik sejak 2015.
ot|Advertisement
B|Anak-anaknya bekerja di pabrik dan tidak ingin meneruskan.
B|Cucunya, Rina, mencatat semua resep di buku tulis.
B|“Supaya tidak hilang,” kata Rina.
B|Buku itu sudah berisi empat puluh satu resep.
B|Mbok Sarinah belum membacanya. “Semua ada di kepala,” katanya.
at|Editor: Agus Prasetyo
rl|Baca juga: Jamu masuk daftar warisan budaya tak benda UNESCO
sb|Bagikan artikel ini
""", "Indonesian feature with a dateline, question subheading and quoted lines; byline stamp, listen label, ad label, editor line, read-also teaser and share line are noise.", trail=[7]),

case("vi-001", "vi", """
T|Người giữ đèn biển cuối cùng ở Hòn Dấu
B|HẢI PHÒNG —
B|Ông Nguyễn Văn Lực đã giữ ngọn hải đăng Hòn Dấu suốt hai mươi tám năm.
B|Trước ông, bố ông cũng làm nghề này.
B|Mỗi tối, ông leo 112 bậc thang để kiểm tra đèn.
B|Những đêm bão, ông ngủ ngay dưới chân tháp.
B|Giờ đây, đèn đã được tự động hóa.
B|Một cảm biến tự bật đèn khi trời tối.
B|Vậy ông còn làm gì?
B|Ông lau kính, ghi nhật ký thời tiết và tiếp những đoàn học sinh đến tham quan.
B|Cuốn nhật ký của ông đã dày mười bốn quyển.
B|“Máy không biết kể chuyện,” ông nói.
ot|Quảng cáo
B|Năm sau ông nghỉ hưu.
B|Chưa ai được cử đến thay.
B|Ông bảo sẽ vẫn ghé qua mỗi tuần.
B|“Để xem đèn có còn nhớ tôi không,” ông cười.
ot|Phóng sự | Thứ Bảy, 31/1/2026, 08:00 (GMT+7)
at|Theo Báo Biển Bắc
sb|Chia sẻ bài viết
cm|Bình luận (14)
""", "Vietnamese feature with a dateline, question line and short closing lines; genre/date stamp, ad label, attribution, share and comment counter are noise.", nl="single"),

case("th-001", "th", """
T|ร้านซ่อมวิทยุเก่าแห่งสุดท้ายในเยาวราช
ot|สกู๊ปพิเศษ · 3 ก.พ. 2569 · อ่าน 6 นาที
B|ร้านของลุงสมชายมีขนาดกว้างไม่ถึงสองเมตร
B|แต่ข้างในมีวิทยุเก่ากว่าสามร้อยเครื่อง
B|ลุงสมชายซ่อมวิทยุมาตั้งแต่ปี 2512
B|เขาเรียนวิชาจากช่างชาวจีนที่เคยมีร้านอยู่ตรงข้าม
B|ทำไมยังมีคนส่งซ่อม
B|ลูกค้าส่วนใหญ่บอกว่าเป็นวิทยุของพ่อหรือแม่ที่เสียชีวิตไปแล้ว
B|บางคนส่งมาจากเชียงใหม่และหาดใหญ่ทางไปรษณีย์
B|“เขาไม่ได้อยากฟังวิทยุ เขาอยากได้ยินเสียงบ้าน” ลุงสมชายกล่าว
ot|โฆษณา
B|ค่าซ่อมเริ่มต้นที่ 300 บาท
B|บางเครื่องใช้เวลาซ่อมนานถึงสามเดือน
B|เพราะต้องรออะไหล่จากร้านขายของเก่า
B|บางชิ้นลุงต้องทำขึ้นเองจากเศษโลหะ
B|ลุงสมชายยังไม่มีลูกศิษย์
B|แต่หลานสาววัยสิบห้าเริ่มมานั่งดูทุกวันเสาร์
B|“ยังไม่ให้จับหัวแร้ง” ลุงบอก “ให้ดูไปก่อน”
ot|ภาพ: ณัฐพล ศรีสุข
rl|อ่านเพิ่มเติม: ตลาดนัดของเก่าที่ยังมีชีวิต
""", "Thai feature on a radio repair shop with a question subheading and quoted line; stamp/reading time, ad label, photo credit and read-more teaser are noise."),

case("ar-001", "ar", """
nv|الرئيسية | منوعات | تحقيقات
T|آخر صانعي الطرابيش في القاهرة
ot|كتبت: منى عبد الرحمن | الأحد 8 فبراير 2026 - 10:30 ص
B|في شارع الغورية، يجلس الحاج سيد في محل لا تتجاوز مساحته ثلاثة أمتار.
B|يصنع الطرابيش منذ خمسين عامًا.
B|تعلّم الصنعة من أبيه، وكان أبوه قد تعلّمها من جدّه.
B|كان في الشارع عشرون محلًا مثله، لم يبق سواه.
B|من يشتري الطربوش اليوم؟
B|فرق الفنون الشعبية، وبعض السياح، ومنتجو المسلسلات التاريخية.
B|وفي شهر رمضان يزيد الطلب قليلًا، ثم يعود الهدوء.
B|يقول: «الطربوش لا يموت، لكنه ينام طويلًا».
ot|إعلان
B|يبلغ ثمن الطربوش 350 جنيهًا.
B|ويستغرق صنعه يومًا كاملًا.
B|يبدأ بقالب نحاسي قديم، ثم الصوف المضغوط، ثم القماش الأحمر، وأخيرًا الشرّابة السوداء.
B|ابنه يعمل مهندسًا في الخليج، وابنته طبيبة في الإسكندرية.
B|لا يعرف الحاج سيد من سيخلفه.
B|لكنه يفتح المحل كل صباح في التاسعة.
B|«ربما يمرّ أحد ويسأل»، يقول.
ot|تصوير: كريم فؤاد
rl|اقرأ أيضًا: الخيامية.. حرفة تقاوم الزمن
sb|شارك عبر: فيسبوك | واتساب | تويتر
""", "Arabic feature on a tarboosh maker with a question subheading and quoted line; nav, byline/stamp, ad label, photo credit, read-also teaser and share bar are noise.", trail=[4]),

case("en-015", "en", """
ot|Long read · 16 min
ot|Listen to this article · 16 min
B|The letter arrived in 1994, addressed to “The Person Who Lives at 12 Orchard Row”.
B|It was from a woman in Winnipeg who had lived in the house as a girl in the 1930s.
B|She wanted to know whether the pear tree was still there.
B|It was.
B|Clare Hemsley, who bought the house that year, wrote back with a photograph of the tree.
B|Thirty-one years and 214 letters later, the two women have never met.
B|How it continued
B|They wrote about the tree, then the weather, then their husbands, then their husbands’ funerals.
B|Doris Lang, now 99, types her letters on an electric typewriter because her handwriting has gone.
B|Hemsley still writes by hand.
ot|Advertisement
B|“People ask why we never used email,” Hemsley said.
B|“Because then it would have been a conversation. This is a correspondence.”
B|Last autumn the pear tree split in a storm.
B|Hemsley has not yet told Doris.
B|She is still deciding how to write it.
at|This piece first appeared in our Saturday magazine.
ot|Photographs: Ben Aldous for Westmoor Weekly
rl|More long reads
rl|The village that kept its phone box
""", "English long read without a headline (scrape starts at the long-read label) with a subheading, one-word paragraph and quoted lines; long-read label, listen label, ad slot, first-appeared note, photo credit and more-long-reads block are noise.", nl="mixed", blankrun=2),
]
