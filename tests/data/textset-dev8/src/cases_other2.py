"""Cases in it, ru, uk, tr, pl, nl, id, vi, th, ar."""
from caselib import case

# ---------------------------------------------------------------- it
case("it-001", "it",
     "Italian energy-bill story: menu at top, 'Leggi anche' and an ad label between paragraphs next to "
     "a subheading and a bullet list, copyright line, share row and cookie banner at the bottom.", r"""
N.nv Cronaca | Economia | Politica | Sport | Motori
T Bollette, da aprile la luce cala del 7% per le famiglie vulnerabili
B ROMA —
B Dal primo aprile il prezzo dell'energia elettrica per i clienti vulnerabili scenderà del 7,2%, ha comunicato l'Autorità per l'energia.
B Il calo è dovuto soprattutto alla discesa del prezzo del gas all'ingrosso, tornato sotto i 30 euro al megawattora.
N.rl Leggi anche: Caldaie a gas, cosa cambia con le nuove regole europee
B Quanto si risparmia
B - Circa 48 euro l'anno per una famiglia tipo
B - Il bonus sociale resta invariato
B - Le tariffe saranno aggiornate di nuovo a luglio
N.ot Pubblicità
B Le associazioni dei consumatori hanno accolto la notizia con cautela: «È un passo, ma i prezzi restano alti rispetto al 2020», ha detto Marta Gualtieri di Consumatori Uniti.
N.at © Riproduzione riservata
N.sh Condividi su Facebook
+N.sh Condividi su WhatsApp
N.ck Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo il banner acconsenti solo a quelli tecnici.
+N.ck Accetta tutti
+N.ck Rifiuta
""")

case("it-002", "it",
     "Italian science story without headline reposted on an exchange news tab, single newlines: "
     "promo, multi-line ticker, disclaimer, related block with a doubled teaser title and its blurb.", r"""
B TRIESTE —
B Un gruppo di ricercatori dell'Istituto nazionale di oceanografia ha registrato per la prima volta la presenza stabile di una colonia di posidonia a 42 metri di profondità nel golfo di Trieste, molto più in basso di quanto si ritenesse possibile.
B La scoperta è stata fatta grazie a un drone subacqueo dotato di sonar ad alta risoluzione.
B «Le acque più limpide degli ultimi anni hanno permesso alla pianta di scendere in profondità», ha spiegato la biologa Chiara Zanetti.
B I ricercatori monitoreranno la colonia per i prossimi tre anni.
N.cp Vuoi far conoscere il tuo progetto Web3? Candidalo per la vetrina settimanale vista da oltre 1 milione di trader.
N.tk Algorand Logo
N.tk Algorand Price(ALGO)
N.tk $0.1938
N.tk $0.1938$0.1938
N.tk -2.14%
N.tk USD
N.dc Avvertenza: gli articoli ripubblicati in questa sezione provengono da fonti pubbliche e hanno scopo puramente informativo. Non rappresentano l'opinione di Valuto né costituiscono consulenza finanziaria.
N.rl Altre notizie che potrebbero piacerti
N.rl Bitcoin, i fondi pensione europei iniziano a comprare
N.rl Bitcoin, i fondi pensione europei iniziano a comprare
N.rl L'articolo Bitcoin, i fondi pensione europei iniziano a comprare è apparso per la prima volta su CriptoGiornale. Secondo un sondaggio...
N.sh Condividi
N.rl CriptoGiornale2026/01/30 22:47
""", nl="single")

# ---------------------------------------------------------------- ru / uk
case("ru-001", "ru",
     "Russian mortgage-market story: breadcrumb at top, 'Читайте также' and an ad label mid-story "
     "next to a subheading, Telegram channel pitch, share row and comments at the bottom. Some lines "
     "end in NBSP.", r"""
N.nv Главная / Экономика / Недвижимость
T Выдачи ипотеки в феврале упали на 38% на фоне высокой ставки
B Российские банки в феврале выдали 61 тысячу ипотечных кредитов на 243 млрд рублей, что на 38% меньше, чем годом ранее, сообщило аналитическое агентство «ДомСтат».{nbsp}
B Средняя ставка по рыночной ипотеке превысила 27% годовых.
N.rl Читайте также: Как изменятся условия семейной ипотеки с 1 апреля
B Кто ещё берёт кредиты
B Около 80% выдач пришлось на льготные программы, прежде всего семейную ипотеку.{nbsp}
N.ot Реклама
B Аналитики ожидают, что спрос начнёт восстанавливаться не раньше второго полугодия, если ключевая ставка будет снижена.
B «Рынок фактически живёт только за счёт господдержки», — отметил директор агентства Андрей Круглов.
N.nl Подписывайтесь на наш канал в Telegram — главные новости экономики без лишнего шума
N.sh Поделиться:
+N.sh ВКонтакте
+N.sh Одноклассники
+N.sh Telegram
N.cm Комментарии (8)
""")

case("ru-002", "ru",
     "Russian tech story (data-centre in Kazakhstan) reposted on an exchange news tab: dek glued to "
     "itself first, promo, squashed ticker, disclaimer and 'Вам может понравиться' block with doubled "
     "titles and site stamps.", r"""
N.dp Новый центр обработки данных обойдётся в 420 млн долларов.Новый центр обработки данных обойдётся в 420 млн долларов.
T В Казахстане построят крупнейший в Центральной Азии дата-центр
B АСТАНА —
B Казахстанская компания «Дала Цифра» и турецкий инвестор подписали соглашение о строительстве центра обработки данных мощностью 150 МВт под Экибастузом.
B Объект планируется ввести в эксплуатацию в 2028 году.
B Электроэнергию центр будет получать от соседней угольной станции, а позже — от строящейся ветровой электростанции.
B Власти региона обещают около 600 рабочих мест.
N.cp Хотите, чтобы о вашем проекте узнали 2 млн трейдеров? Подайте заявку в рубрику «Новые листинги».
N.tk Litecoin LogoLitecoin Price(LTC)$71.36$71.36+0.58%USD
N.dc Отказ от ответственности: материалы раздела перепечатаны из открытых источников и носят исключительно информационный характер. Они не являются инвестиционной рекомендацией и могут не совпадать с позицией биржи Koinex.
N.rl Вам может понравиться
N.rl Майнеры переезжают в Сибирь из-за дешёвой электроэнергии
N.rl Майнеры переезжают в Сибирь из-за дешёвой электроэнергии
N.sh Поделиться
N.rl КриптоВестник2026/03/02 15:20
""")

case("uk-001", "uk",
     "Ukrainian energy story: byline at top, 'Читайте також' teaser and photo caption with credit "
     "mid-story, source line, tags and share row at the bottom. A run of blank lines before the footer.", r"""
N.ot Олена Кравець, 14 лютого 2026, 09:15
T Україна встановила рекордні 1,2 ГВт сонячних станцій на дахах за рік
B КИЇВ —
B Домогосподарства й підприємства України торік встановили сонячні електростанції на дахах загальною потужністю 1,2 гігавата, повідомила Асоціація сонячної енергетики.
B Це майже вдвічі більше, ніж роком раніше.
N.rl Читайте також: Як отримати пільговий кредит на сонячні панелі та акумулятори
C Сонячні панелі на даху школи у Житомирі. Фото: Андрій Левченко
B Найбільше станцій з'явилося в Київській, Львівській та Дніпропетровській областях.
B Понад половину нових систем обладнано акумуляторами, що дозволяє працювати під час відключень.
B «Люди вже не чекають, поки хтось інший забезпечить їм світло», — сказав голова асоціації Тарас Мельник.
~3
N.at Джерело: Асоціація сонячної енергетики України
N.nv Теги: енергетика, сонячна енергія, відключення
N.sh Поширити у Facebook
N.sh Поширити у Telegram
""")

# ---------------------------------------------------------------- tr / pl / nl
case("tr-001", "tr",
     "Turkish inflation story: breadcrumb and update stamp at top, 'İlgili Haber' insert and an ad "
     "label between paragraphs and a bullet list, comment prompt and cookie banner at the bottom.", r"""
N.nv Anasayfa > Ekonomi > Piyasalar
N.ot Güncelleme: 03.03.2026 10:12
T Enflasyon şubatta yüzde 2,9 oldu, yıllık oran 31'e geriledi
B ANKARA —
B Tüketici fiyatları şubatta aylık yüzde 2,9 arttı, yıllık enflasyon yüzde 31,4'e geriledi.
B Ekonomistlerin beklentisi aylık yüzde 3,1 seviyesindeydi.
N.rl İlgili Haber: Merkez Bankası faiz kararını ne zaman açıklayacak?
B En çok artan kalemler
B - Gıda: yüzde 4,6
B - Konut: yüzde 3,8
B - Ulaştırma: yüzde 1,2
N.ot Reklam
B Ekonomist Deniz Aksoy, "Hizmet fiyatlarındaki katılık sürdükçe düşüş yavaş olacak" dedi.
N.cm Yorum yapmak için giriş yapın
N.ck Sitemizde size daha iyi hizmet sunmak için çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. Kabul Et
""")

case("tr-002", "tr",
     "Turkish EV-maker export story reposted on an exchange news tab: dateline, quote, then promo, "
     "multi-line ticker, disclaimer and a related list with 'yazısı ilk olarak ... yayınlandı' blurbs.", r"""
T Yerli elektrikli otomobil üreticisi Avrupa'ya ihracata başlıyor
B BURSA —
B Yerli elektrikli otomobil üreticisi Anadol Mobilite, ilk ihracat sevkiyatını nisan ayında Almanya'ya yapacağını açıkladı.
B Şirket, yıl sonuna kadar 8 bin aracı Avrupa'daki bayilerine göndermeyi hedefliyor.
B Genel Müdür Selin Karaca, "Avrupa'da fiyatla değil, menzil ve yazılımla rekabet edeceğiz" dedi.
B Fabrikanın yıllık kapasitesi 2027'de 100 bin adede çıkarılacak.
N.cp Projenizi 500 bin yatırımcıya duyurun: haftalık listeleme bültenimizde yerinizi ayırtın.
N.tk Avalanche Logo
+N.tk Avalanche Price(AVAX)
+N.tk $19.84
+N.tk $19.84$19.84
+N.tk -4.40%
+N.tk USD
N.dc Yasal uyarı: Bu bölümdeki haberler üçüncü taraf kaynaklardan alınmıştır ve yalnızca bilgilendirme amaçlıdır. Yatırım tavsiyesi niteliği taşımaz.
N.rl Bunlar da ilginizi çekebilir
N.rl Ethereum ağında işlem ücretleri son bir yılın en düşük seviyesinde yazısı ilk olarak KriptoGündem'de yayınlandı.
N.sh Paylaş
N.rl KriptoGündem2026/03/09 07:55
""")

case("pl-001", "pl",
     "Polish court story: section label and byline at top, 'Czytaj też' and an ad label mid-story, "
     "share row, comment count and a newsletter pitch at the bottom. Trailing spaces and tabs.", r"""
N.nv KRAJ · SĄDY
N.ot Autor: Tomasz Wierzbicki · 21.01.2026, 12:30
T Sąd: bank musi oddać klientom opłaty za wcześniejszą spłatę kredytu
B WARSZAWA —{tab}
B Sąd Okręgowy w Warszawie uznał, że bank Prymus nie miał prawa zatrzymywać części prowizji, gdy klienci spłacali kredyty konsumenckie przed terminem.
B Pozew zbiorowy złożyło 1 300 osób.
N.rl Czytaj też: Kredyt hipoteczny 2026. Ile zapłacisz przy nowym WIBOR-ze?
B Łączna kwota roszczeń przekracza 9 mln zł.{sp}
N.ot Reklama
B „To wyrok, który otwiera drogę tysiącom kolejnych klientów” – powiedziała pełnomocniczka powodów, mec. Anna Zielińska.
B Bank zapowiedział apelację.
N.sh Udostępnij
+N.sh Facebook
+N.sh X
N.cm Komentarze (31)
N.nl Zapisz się na newsletter „Twoje pieniądze” i co piątek otrzymuj przegląd porad finansowych.
""")

case("pl-002", "pl",
     "Polish health story (single newlines): app prompt at top, an embedded X post and a 'Zobacz "
     "także' teaser mid-story, PAP-style credit and tags at the bottom.", r"""
N.nv Pobierz aplikację i czytaj bez reklam
T Ministerstwo: szczepienia przeciw HPV dla chłopców w szkołach od września
B Od września szczepienia przeciw wirusowi HPV będą prowadzone w szkołach także dla chłopców w wieku 12 i 13 lat, poinformowało Ministerstwo Zdrowia.
B Dotychczas w szkołach szczepiono głównie dziewczęta.
N.ot Od września szczepimy w szkołach chłopców i dziewczęta. Jedna dawka, zero kosztów dla rodziców. 💉
+N.ot — Ministerstwo Zdrowia (@MZ_Info) 18 lutego 2026
B Zgoda rodziców
B Szczepienie wymaga pisemnej zgody rodzica lub opiekuna.
N.rl Zobacz także: Jak sprawdzić kalendarz szczepień dziecka w IKP
B Resort chce, by do 2030 roku zaszczepionych było 60 proc. nastolatków.
N.at Źródło: Polska Agencja Informacyjna
N.nv Tagi: zdrowie, HPV, szkoła
""", nl="single")

case("nl-001", "nl",
     "Dutch housing story: cookie wall at top, an inline 'Lees ook' teaser and a caption with credit "
     "mid-story, share buttons and a comment prompt at the bottom.", r"""
N.ck Wij en onze partners gebruiken cookies om de site te verbeteren en advertenties af te stemmen op jouw interesses.
+N.ck Akkoord
+N.ck Instellingen aanpassen
T Huizenprijzen stijgen voor twaalfde maand op rij, starters haken af
B AMSTERDAM —
B Koophuizen waren in februari gemiddeld 8,6 procent duurder dan een jaar eerder, meldt het statistiekbureau van de Woonmonitor.
B De gemiddelde verkoopprijs kwam uit op 462.000 euro.
N.rl Lees ook: Hypotheekrente daalt licht, maar niet voor iedereen
C Nieuwbouwwoningen in Almere-Poort. Foto: Sanne de Wit / Nederlands Fotopersbureau
B Het aantal verkochte woningen daalde met 4 procent, omdat er minder huizen te koop stonden.
B Makelaarsvereniging VBO zegt dat starters steeds vaker worden overboden door beleggers die huizen verhuren.
B "Voor een eerste woning moet je nu met twee goede inkomens komen," zei woordvoerder Pieter Haverkamp.
N.sh Deel dit artikel
+N.sh WhatsApp
+N.sh LinkedIn
N.cm Praat mee en laat hieronder een reactie achter
""")

# ---------------------------------------------------------------- id / vi / th / ar
case("id-001", "id",
     "Indonesian nickel-smelter story on a portal with mid-story ad slots: editor line at top, "
     "'Baca Juga' inserts, ad label and 'scroll' prompt between paragraphs, tags, share row and "
     "editor credit at the bottom.", r"""
N.ot Penulis: Rina Prasetyo | Kamis, 15 Januari 2026 | 13:48 WIB
T Smelter nikel baru di Halmahera mulai beroperasi, serap 4.000 pekerja
B HALMAHERA TENGAH —
B Smelter nikel milik PT Teluk Weda Mineral mulai beroperasi pada Kamis dengan kapasitas 60.000 ton nikel dalam bentuk matte per tahun.
N.rl Baca Juga: Harga Nikel Dunia Turun, Ekspor Indonesia Tertekan
B Pabrik ini menyerap sekitar 4.000 pekerja, sebagian besar berasal dari Maluku Utara.
N.ot ADVERTISEMENT
N.ot SCROLL TO CONTINUE WITH CONTENT
B Menteri Investasi mengatakan hasil produksi akan dipasok ke pabrik baterai kendaraan listrik di Jawa Barat.
B Aktivis lingkungan mengkhawatirkan limbah tailing dan meminta pemerintah memperketat pengawasan.
N.rl Baca Juga: Warga Pesisir Keluhkan Air Laut Keruh di Dekat Kawasan Industri
B "Kami ingin investasi, tapi jangan sampai laut kami rusak," kata Yusuf Hamid, nelayan setempat.
N.nv Tag: nikel, smelter, hilirisasi, Maluku Utara
N.sh Bagikan:
+N.sh WhatsApp
+N.sh Facebook
N.ot Editor: Bambang Sutrisno
""")

case("vi-001", "vi",
     "Vietnamese EV story: navigation at top, 'Xem thêm' teaser and an ad label mid-story next to a "
     "subheading, blank-line run, share row, comments box and related list at the bottom.", r"""
N.nv Trang chủ » Kinh doanh » Ô tô - Xe máy
T Hãng xe điện Việt mở nhà máy thứ hai ở Hà Tĩnh, nâng công suất lên 300.000 xe
B Hãng xe điện Lạc Hồng Motor đã khởi công nhà máy thứ hai tại khu kinh tế Vũng Áng, Hà Tĩnh, với tổng vốn đầu tư khoảng 1,1 tỷ USD.
B Khi hoàn thành vào năm 2028, tổng công suất của hãng sẽ đạt 300.000 xe mỗi năm.
N.rl Xem thêm: Giá xe điện giảm mạnh, người mua có nên xuống tiền?
B Tập trung xe giá rẻ
B Nhà máy mới sẽ chủ yếu sản xuất các mẫu xe điện cỡ nhỏ có giá dưới 500 triệu đồng.
N.ot Quảng cáo
B "Chúng tôi muốn mỗi gia đình Việt đều có thể mua được một chiếc xe điện", Tổng giám đốc Trần Minh Khoa nói.
~2
N.sh Chia sẻ
+N.sh Facebook
+N.sh Zalo
N.cm Bình luận (5)
+N.cm Gửi bình luận
N.rl Tin liên quan
N.rl Trạm sạc công cộng tăng gấp đôi sau một năm
""")

case("th-001", "th",
     "Thai EV-subsidy story (no final newline): menu at top, 'อ่านเพิ่มเติม' teaser mid-story, share "
     "row, related block and a cookie banner at the bottom.", r"""
N.nv หน้าแรก | ข่าว | เศรษฐกิจ | ยานยนต์
T ครม.ไฟเขียวมาตรการอีวี 3.5 ต่ออีก 2 ปี หนุนผลิตรถไฟฟ้าในประเทศ
B กรุงเทพฯ —
B คณะรัฐมนตรีมีมติเมื่อวันอังคารให้ขยายมาตรการส่งเสริมรถยนต์ไฟฟ้าออกไปอีก 2 ปี โดยผู้ผลิตที่ได้รับเงินอุดหนุนต้องผลิตรถในประเทศชดเชยการนำเข้าในสัดส่วนที่สูงขึ้น
B เงินอุดหนุนสูงสุดจะลดลงเหลือคันละ 50,000 บาท
N.rl อ่านเพิ่มเติม: ยอดจดทะเบียนรถไฟฟ้าป้ายแดงเดือนมกราคมโตต่อเนื่อง
B นายธนากร ศรีสุวรรณ เลขาธิการสำนักงานเศรษฐกิจยานยนต์ กล่าวว่า มาตรการใหม่จะช่วยให้ฐานการผลิตชิ้นส่วนในไทยแข็งแรงขึ้น
B ผู้ผลิตรถยนต์จีนหลายรายประกาศว่าจะเพิ่มกำลังการผลิตในไทยภายในปีนี้
N.sh แชร์ข่าวนี้
+N.sh Facebook
+N.sh LINE
N.rl ข่าวที่เกี่ยวข้อง
N.rl ราคาน้ำมันดีเซลปรับขึ้น 50 สตางค์ มีผลพรุ่งนี้
N.ck เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน หากใช้งานต่อถือว่าท่านยอมรับนโยบายความเป็นส่วนตัว ยอมรับ
""", final_nl=False)

case("ar-001", "ar",
     "Arabic solar-project story: section line at top, an 'اقرأ أيضا' teaser and ad label mid-story "
     "next to a subheading, source credit, share row and newsletter pitch at the bottom.", r"""
N.nv الرئيسية / اقتصاد / طاقة
T مصر توقع اتفاقا لإنشاء محطة شمسية بقدرة 2 غيغاواط في أسوان
B القاهرة —
B وقعت الحكومة المصرية الأربعاء اتفاقا مع تحالف من شركات خليجية وأوروبية لإنشاء محطة للطاقة الشمسية بقدرة 2 غيغاواط في محافظة أسوان.
B وتبلغ التكلفة الاستثمارية للمشروع نحو 1.6 مليار دولار.
N.rl اقرأ أيضا: ارتفاع صادرات الغاز المسال المصرية في يناير
B مراحل التنفيذ
B من المقرر أن تبدأ المرحلة الأولى بقدرة 800 ميغاواط في نهاية عام 2027.
N.ot إعلان
B وقال وزير الكهرباء إن المشروع سيوفر الطاقة لنحو مليون منزل ويخفض استهلاك الغاز في محطات الكهرباء.
N.at المصدر: وكالة أنباء الشرق للأعمال
N.sh شارك عبر
+N.sh فيسبوك
+N.sh واتساب
N.nl اشترك في نشرتنا الاقتصادية اليومية لتصلك أهم الأخبار صباح كل يوم
""")
