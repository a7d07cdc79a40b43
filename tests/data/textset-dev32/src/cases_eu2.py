"""textset-dev32, writer A: Dutch, Polish, Russian, Ukrainian and Turkish cases (2 each).
Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; >TAG| joins with a single
newline; ~ is a run of extra blank lines)."""

CASES = [
dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="Dutch regional broadcaster: cookie notice with two buttons, station name and menu, stamp with 'Aangepast', an inline 'Lees ook' teaser, share label, a WhatsApp follow prompt (newsletter, other-language half) and a 'more news from' list.",
     text="""
ck|Omroep Rivierenland gebruikt cookies en vergelijkbare technieken, zodat de site goed werkt en we je advertenties kunnen laten zien die bij je passen.
ck|Akkoord
ck|Instellingen aanpassen
nav|Omroep Rivierenland
nav|Nieuws  Sport  Radio  TV  Gemist  Verkeer
T|Dijk langs de Waal bij Zaltbommel jaar langer dicht voor fietsers
oth|07 december 2026, 08:45 · Aangepast 09:30
B|Fietsers en wandelaars kunnen een jaar langer niet over de Waaldijk tussen Zaltbommel en Brakel, meldt het waterschap.
B|De versterking van de dijk loopt vertraging op doordat er in de ondergrond meer zand zat dan verwacht.
B|Het project kost 84 miljoen euro.
rel|Lees ook: Veerpont Zaltbommel–Heerewaarden vaart deze winter ook op zondag
B|Het fietspad zou volgend voorjaar weer opengaan, maar dat wordt nu het voorjaar van 2028.
B|De omleiding via Zuilichem blijft tot die tijd van kracht.
B|Een woordvoerder van het waterschap noemt de vertraging 'vervelend, maar noodzakelijk'. 'Een dijk bouw je voor honderd jaar, niet voor één seizoen.'
sh|Deel dit artikel
nl|Volg Omroep Rivierenland ook op WhatsApp en mis geen nieuws uit de regio
rel|Meer nieuws uit Zaltbommel
rel|Basisschool De Kleine Kogge krijgt na brand noodlokalen
rel|Kerstmarkt op de Markt gaat ondanks werkzaamheden door
"""),

dict(id="nl-002", lang="nl", hard=False, opts="single",
     notes="Flemish headline aggregator, single newlines: site header, a doubled dek glued to itself before the headline (duplicate_line), source credit and stamp, an 'also interesting' list and the aggregator's responsibility disclaimer.",
     text="""
nav|NieuwsBlik.be – al het Vlaamse nieuws op één plek
dup|Staking treft vooral Antwerpen en Gent.Staking treft vooral Antwerpen en Gent.
T|Vakbonden leggen dinsdag bussen en trams plat
att|Bron: Gazet van de Scheldestad
oth|7/12/2026 om 14:02
B|Door een 24-urenstaking van de vakbonden rijden dinsdag nauwelijks bussen en trams van vervoermaatschappij VlaBus.
B|In Antwerpen en Gent rijdt naar schatting een op de vijf trams.
B|De vakbonden protesteren tegen het plan om 140 lijnen in te korten of te schrappen.
B|VlaBus raadt reizigers aan de app te raadplegen voor ze vertrekken.
B|De schoolbussen voor het buitengewoon onderwijs rijden wel.
rel|Ook interessant
rel|Brusselse ring: twee rijstroken dicht tot eind januari
rel|Gentse Feesten krijgen nieuw podium aan de Korenlei
dis|NieuwsBlik.be verzamelt koppen van andere nieuwssites; de inhoud valt onder de verantwoordelijkheid van de oorspronkelijke bron.
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish news portal Q&A on a heating allowance: RODO consent with two buttons, masthead and breadcrumb, author and stamp lines, question and answer lines are story, 'Reklama' and a 'Czytaj także' teaser mid-story, share label and a comment count with a guest-comment line.",
     text="""
ck|Szanujemy Twoją prywatność. Klikając „Przejdź do serwisu”, zgadzasz się na przetwarzanie danych przez Mazowsze24 i 97 zaufanych partnerów w celach marketingowych.
ck|Przejdź do serwisu
ck|Ustawienia zaawansowane
nav|Portal Mazowsze24
nav|Wiadomości › Kraj › Pieniądze
T|Bon ciepłowniczy 2027. Kto dostanie pieniądze i jak złożyć wniosek?
oth|Agnieszka Wróblewska
oth|07.12.2026, 10:22
B|Od 2 stycznia gminy przyjmują wnioski o bon ciepłowniczy na 2027 rok. Odpowiadamy na najczęstsze pytania czytelników.
B|Kto może dostać bon?
B|Gospodarstwa jednoosobowe z dochodem do 3 400 zł netto miesięcznie i wieloosobowe z dochodem do 2 600 zł na osobę.
oth|Reklama
B|Ile wynosi świadczenie?
B|Od 500 do 3 000 zł, w zależności od źródła ciepła i dochodu.
rel|Czytaj także: Ceny węgla w składach opałowych. Ile kosztuje tona przed świętami?
B|Gdzie złożyć wniosek?
B|W urzędzie gminy albo przez internet, do 30 kwietnia.
sh|Udostępnij
com|Komentarze (14)
com|Dodaj komentarz jako gość albo zaloguj się do Mazowsze24
"""),

dict(id="hard-pl-001", lang="pl", hard=True, opts="",
     notes="Hard: Polish finance portal on a bitcoin fall; the story's intraday prices (three 'godz.' lines) and the ether price are story, while the page carries a real index/FX/BTC strip on top, an exchange promo and a not-a-recommendation disclaimer at the bottom, plus a most-read list.",
     text="""
nav|FinanseTeraz.pl
tk|WIG20 2 512,34 +0,8% | USD/PLN 3,9811 | EUR/PLN 4,2605 | BTC/PLN 338 120 -4,9%
nav|Rynki › Kryptowaluty
T|Bitcoin tanieje o 5 proc. Kurs w złotych najniżej od października
oth|Tomasz Grabski | 7 grudnia 2026, 15:40
B|Kurs bitcoina spadł w poniedziałek o niemal 5 proc. i po południu kosztował 338 tys. zł, najmniej od połowy października.
B|Tak zmieniała się cena w ciągu dnia:
B|godz. 8:00 – 355 400 zł
B|godz. 12:00 – 347 900 zł
B|godz. 15:30 – 338 100 zł
B|Ether potaniał o 6,2 proc., do 11 850 zł.
B|Analityk domu maklerskiego Wiślany Kapitał Piotr Nowosad wiąże spadki z odpływem środków z amerykańskich funduszy ETF na bitcoina.
B|„Rynek kryptowalut nadal reaguje na każdy sygnał z Rezerwy Federalnej” – mówi.
pr|Kup bitcoina w aplikacji KryptoKantor w 3 minuty – pierwsza transakcja bez prowizji!
dis|Artykuł ma charakter informacyjny i nie stanowi rekomendacji inwestycyjnej. FinanseTeraz.pl nie odpowiada za decyzje podjęte na jego podstawie.
rel|Najczęściej czytane
rel|Lokaty bankowe w grudniu. Gdzie jeszcze 6 proc.?
rel|Złoty najmocniejszy wobec franka od pięciu lat
"""),

dict(id="ru-001", lang="ru", hard=False, opts="",
     notes="Russian-language Latvian site: masthead and breadcrumb, relative stamp and author line, an inline 'Читайте также' teaser, press-office source line (attribution), share line, Telegram channel prompt (newsletter, other-language half) and comment lines.",
     text="""
nav|Балтийский Вестник
nav|Главная / Латвия / Общество
T|В Юрмале откроют оборудованный пляж для любителей зимнего плавания
oth|Сегодня, 10:05
oth|Автор: Марина Лапиня
B|В Юрмале в районе Майори с 15 декабря начнёт работать оборудованный пляж для любителей зимнего плавания, сообщили в думе города.
B|На берегу установят две отапливаемые раздевалки, душ с тёплой водой и деревянный настил к воде.
rel|Читайте также: Рижский зоопарк продлил зимние часы работы до марта
B|Пляж будет открыт ежедневно с 8:00 до 20:00, вход бесплатный.
B|Дежурить будут спасатели муниципальной полиции.
B|По словам председателя местного клуба моржей Андрея Кулдиньша, в клубе сейчас около 300 человек, и с каждым годом их становится больше.
B|Заходить в воду при штормовом ветре не рекомендуется.
att|Источник: пресс-служба думы Юрмалы
sh|Поделиться: ВКонтакте · Facebook · Telegram
nl|Подписывайтесь на «Балтийский Вестник» в Telegram — главное за день в одном канале
com|Комментарии (7)
com|Показать все комментарии
"""),

dict(id="ru-002", lang="ru", hard=False, opts="crlf",
     notes="Kazakh Russian-language business site, CRLF: an exchange-rate/oil/gold strip on top (crypto_ticker), masthead and menu, stamp with view counter (other), 'Реклама' mid-story, tag line, similar-news list and the hyperlink-required reprint line.",
     text="""
tk|USD 512,40 ▲ | EUR 551,15 ▼ | RUB 5,62 | Brent 71,20 $ | Золото 2 412 $
nav|DalaBusiness.kz
nav|Экономика | Финансы | Агро | Недвижимость | Технологии
T|Казахстан за пять месяцев экспортировал 5,1 млн тонн зерна
oth|07.12.2026 11:30 | Просмотров: 1 284
B|С начала маркетингового года, с 1 июля по 30 ноября, Казахстан экспортировал 5,1 млн тонн зерна и продуктов его переработки, сообщило министерство сельского хозяйства.
B|Это на 18% больше, чем за тот же период прошлого года.
oth|Реклама
B|Основными покупателями остаются Узбекистан, Таджикистан и Афганистан.
B|Поставки в Китай выросли почти вдвое, до 940 тыс. тонн.
B|В ведомстве ожидают, что по итогам сезона экспорт достигнет 11 млн тонн.
nav|Теги: зерно, экспорт, АПК
rel|Похожие новости
rel|Мука из Костаная подорожала на 7% за месяц
rel|Элеваторы Акмолинской области заполнены на 86%
dis|При полном или частичном использовании материалов гиперссылка на DalaBusiness.kz обязательна.
"""),

dict(id="uk-001", lang="uk", hard=False, opts="ws",
     notes="Ukrainian regional site, trailing whitespace: masthead and breadcrumb, stamp and author lines, a stand-alone photo credit (attribution, no caption), a lead-in and list of schools are story (one short item per line), an inline 'Читайте також' teaser and 'Реклама' mid-story, Telegram/Viber prompt (newsletter) and comment lines at the bottom.",
     text="""
nav|Полтавський кур'єр
nav|Новини / Освіта
T|У Полтаві ще шість шкіл повернуться до очного навчання після ремонту укриттів
oth|7 грудня 2026, 12:40
oth|Оксана Гребенюк
att|Фото: управління освіти Полтавської міськради
B|З 12 січня ще шість полтавських шкіл перейдуть на повністю очне навчання: у них завершили ремонт укриттів, повідомили в управлінні освіти.
B|Йдеться про такі заклади:
B|ліцей № 4;
B|гімназія № 17;
B|ліцеї № 21, 29 і 33;
B|початкова школа «Соняшник».
rel|Читайте також: Полтавські садочки отримають ще 12 генераторів
B|Загалом в укриттях цих шкіл можуть одночасно перебувати 4 300 учнів і вчителів.
oth|Реклама
B|Решта закладів міста й надалі працюватимуть у змішаному форматі.
nl|Приєднуйтесь до «Полтавського кур'єра» у Telegram та Viber — новини міста без затримок
com|Коментарі
com|Щоб залишити коментар, увійдіть через Google або Facebook
"""),

dict(id="uk-002", lang="uk", hard=False, opts="nofinal",
     notes="Ukrainian tech site, no final newline: masthead and breadcrumb, byline with date and read time, share label, tag line, weekly e-mail newsletter prompt, related list and a plain copyright footer (other).",
     text="""
nav|ТехноВсесвіт
nav|Новини › Стартапи
T|Київський стартап запустив мапу кафе й коворкінгів із генераторами
oth|Дмитро Ковальчук · 07.12.2026 · 3 хв читання
B|Київський стартап «Світло поруч» запустив безкоштовну мапу закладів, які працюють під час відключень електроенергії.
B|На мапі вже понад 1 200 кафе, коворкінгів і бібліотек у 14 містах.
B|Для кожного закладу вказано, чи є генератор або зарядна станція, яка швидкість інтернету та години роботи.
B|Дані оновлюють самі користувачі: позначити, що світла в закладі немає, можна одним натиском.
B|Засновниця проєкту Ірина Бойко каже, що команда з п'яти людей працює без інвестицій і шукає грант.
B|Застосунок доступний для Android та iOS.
sh|Поширити
nav|Теги: стартапи, енергетика, застосунки
nl|Підпишіться на щотижневу розсилку ТехноВсесвіту: найкраще про технології щоп'ятниці
rel|Схожі матеріали
rel|Як вибрати зарядну станцію для квартири: п'ять порад
rel|Львівська IT-компанія відкрила укриття-коворкінг для сусідів
oth|© 2026 ТехноВсесвіт
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish national news site: KVKK cookie notice and OK button, masthead, menu and breadcrumb, a spot line glued to itself under the headline (duplicate_line), entry/update stamp, 'Reklam' mid-story, related-news block, agency source line, share label and a Google News follow prompt (newsletter).",
     text="""
ck|Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Ayrıntılar için Gündem Postası Çerez Politikası'nı inceleyebilirsiniz.
ck|Tamam
nav|GÜNDEM POSTASI
nav|Gündem | Ekonomi | Dünya | Spor | Magazin | Sağlık | Yazarlar
nav|Anasayfa > Gündem
T|İstanbul'da 39 ilçede aynı anda deprem tatbikatı yapıldı
dup|Tatbikata 250 bin kişi katıldı.Tatbikata 250 bin kişi katıldı.
oth|Giriş: 07.12.2026 - 13:47 | Güncelleme: 07.12.2026 - 14:05
B|İstanbul'da 39 ilçede pazartesi sabahı saat 10.00'da eş zamanlı deprem tatbikatı düzenlendi.
B|Tatbikata okullar, hastaneler ve kamu binalarından yaklaşık 250 bin kişi katıldı.
B|Sirenlerin çalmasının ardından öğrenciler 'çök, kapan, tutun' hareketini yaptı ve toplanma alanlarına yürüdü.
oth|Reklam
B|Kadıköy'de bir hastanede hasta tahliyesi canlandırıldı.
B|İl Afet Müdürü Hakan Yıldırımtürk, binaların boşaltılma süresinin geçen yıla göre ortalama iki dakika kısaldığını söyledi.
B|Bir sonraki tatbikat mart ayında yapılacak.
rel|İlgili Haberler
rel|Kandilli: Marmara'da son 24 saatte 14 küçük deprem kaydedildi
rel|Deprem çantasında neler olmalı? AFAD listeyi güncelledi
att|Kaynak: DHA
sh|Paylaş
nl|Gündem Postası'nı Google News üzerinden takip edin
"""),

dict(id="hard-tr-001", lang="tr", hard=True, opts="ws",
     notes="Hard: Turkish markets site on a rule forcing social-media commentators to add 'yatırım tavsiyesi değildir'; the story lines quoting that warning are kept, while the page's own legal-warning line (disclaimer) sits under the story, with a BIST/FX/gold strip on top, share line, related list and a comment prompt. Trailing whitespace.",
     text="""
nav|Piyasa Rehberi
tk|BIST 100 10.482,17 %0,74 | Dolar 41,28 | Euro 44,35 | Gram altın 4.212 TL
nav|Anasayfa / Ekonomi / Borsa
T|SPK'dan sosyal medya yorumcularına 'yatırım tavsiyesi değildir' zorunluluğu
oth|Elif Kocabıyık · 07 Aralık 2026 Pazartesi, 16:20
B|Sermaye Piyasası Kurulu (SPK), sosyal medyada hisse ve kripto para yorumu yapan hesapların her paylaşımına uyarı notu eklemesini zorunlu hale getirdi.
B|Yeni düzenlemeye göre 10 binden fazla takipçisi olan hesaplar, paylaşımlarında "Burada yer alan bilgiler yatırım tavsiyesi değildir" ifadesini açıkça göstermek zorunda.
B|Uyarının paylaşımın en altına küçük puntoyla yazılması yeterli sayılmayacak.
B|Kurala uymayanlara 150 bin liradan başlayan idari para cezası uygulanacak.
B|Yatırımcı dernekleri kararı olumlu karşıladı; ancak bazı yorumcular, uyarı notunun zaten yıllardır kullanıldığını, asıl sorunun ücretli tanıtımlar olduğunu savunuyor.
B|Düzenleme 1 Şubat'ta yürürlüğe girecek.
dis|Yasal Uyarı: Piyasa Rehberi'nde yayımlanan yorum ve analizler kişisel görüş niteliğindedir, yatırım danışmanlığı yerine geçmez.
sh|Facebook'ta paylaş  X'te paylaş  LinkedIn
rel|Piyasalardan diğer başlıklar
rel|Halka arz takvimi: aralıkta üç şirket borsaya geliyor
rel|Gram altın haftaya yükselişle başladı
com|Yorum yazın
"""),
]
