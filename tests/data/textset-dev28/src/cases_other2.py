"""textset-dev28, writer B: fr, it, ru, uk, tr, pl, nl, vi, ar cases, tagged line lists for
../textset-dev20/src/make_cases.py (TAG|line; >TAG joins with a single newline; ~ extra blanks)."""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="City magazine feature on a covered market reopening, with three in-story subheadings (story): masthead and breadcrumb, date/author/read-time line, share bar, an inline 'À lire aussi' teaser mid-story, keyword line and previous/next links (navigation), then extra blank lines and a legal footer (other).",
     text="""
nav|Lumière de Ville — le magazine de Sainte-Orbe
nav|Accueil > Vivre la ville > Commerces
T|Les halles Saint-Jacques rouvrent après deux ans de travaux
oth|Publié le 04/12/2026 à 08h00 · Texte : Claire Vannier · Temps de lecture : 6 min
sh|Partager : Facebook · Bluesky · Courriel · Imprimer
B|Après vingt-six mois de chantier, les halles Saint-Jacques rouvrent leurs portes ce samedi 5 décembre, au cœur du vieux Sainte-Orbe.
B|La charpente métallique de 1894, entièrement démontée puis restaurée pièce par pièce, a retrouvé sa couleur vert d'eau d'origine.
B|Trente-deux commerçants
B|Sur les trente-quatre étals, trente-deux sont déjà attribués : bouchers, fromagers, maraîchers, un écailler et, nouveauté, une petite brasserie artisanale.
B|« On a attendu longtemps, mais le résultat est à la hauteur », sourit Gilles Marchadier, fromager aux halles depuis 1998.
rel|À lire aussi : Marché de Noël, le programme complet des animations
B|Une facture de 9,8 millions d'euros
B|Le coût total des travaux s'élève à 9,8 millions d'euros, dont 3,1 millions apportés par la région et l'État.
B|L'opposition municipale a dénoncé un dépassement de 1,4 million par rapport au budget initial, dû selon la mairie à la découverte de plomb dans les peintures.
B|Horaires
B|Du mardi au samedi de 7 h à 13 h 30, le dimanche de 7 h à 13 h. Nocturne le vendredi jusqu'à 20 h.
nav|Mots-clés : halles, patrimoine, commerce de proximité
nav|← Article précédent : Le tram de nuit prolongé jusqu'à l'été
nav|Article suivant : Trois nouvelles rues piétonnes en centre-ville →
~
oth|© Lumière de Ville 2026 — Mentions légales — Plan du site — Contact
"""),

dict(id="it-001", lang="it", hard=False, opts="single",
     notes="Shipping trade press, port container traffic: section menu, byline, a photo caption followed by the same caption glued to itself (duplicate_line), ad label, 'Leggi anche' list, newsletter pitch and reproduction notice (disclaimer).",
     text="""
nav|Notiziario Marittimo | Porti | Shipping | Logistica | Cantieri | Eventi
T|Porto di Vallemare, traffico container in crescita del 9% a novembre
oth|di Redazione — 3 dicembre 2026
C|Gru di banchina al terminal Levante del porto di Vallemare (foto: Autorità di sistema portuale)
dup|Gru di banchina al terminal Levante del porto di Vallemare (foto: Autorità di sistema portuale)Gru di banchina al terminal Levante del porto di Vallemare (foto: Autorità di sistema portuale)
B|Il porto di Vallemare ha movimentato a novembre 148.600 TEU, il 9,2% in più rispetto allo stesso mese dello scorso anno.
B|Da inizio anno il totale sale a 1,57 milioni di TEU (+6,4%), un dato che avvicina lo scalo al record del 2019.
B|A trainare la crescita è stato il terminal Levante, dove da settembre fa scalo un nuovo servizio settimanale per il Mar Rosso e l'India.
B|In calo invece le rinfuse solide (-3,1%), penalizzate dal minore import di carbone della centrale di Punta Sorra.
B|Il presidente dell'Autorità di sistema portuale, Ettore Calvisi, ha annunciato che la gara per il dragaggio dei fondali a -16 metri sarà bandita entro marzo.
oth|Pubblicità
rel|Leggi anche
rel|Cantiere Borrelli, varata la seconda ro-pax per le isole
rel|Autotrasporto, fermo di 48 ore al valico di confine
nl|Iscriviti alla newsletter quotidiana di Notiziario Marittimo
dis|Riproduzione riservata ©
"""),

dict(id="ru-001", lang="ru", hard=False, opts="",
     notes="City news portal, hot-water outage notice: breadcrumb, central-bank rate strip (crypto_ticker), weather widget and date/view-count line (other), an inline 'Читайте также' teaser mid-story, Telegram-channel prompt (newsletter), comment count and two comments. The schedule and hotline lines are story.",
     text="""
nav|Новости Заречья — Главная / Город / ЖКХ
tk|Курсы ЦБ: USD 92,41 ▲0,18 | EUR 99,87 ▼0,05 | CNY 12,73 ▲0,02
oth|Заречье сегодня: −14 °C, снег
T|В трёх микрорайонах Заречья отключат горячую воду на сутки
oth|05.12.2026, 12:40 · Просмотров: 3 208
B|В ночь на 8 декабря горячее водоснабжение будет отключено в микрорайонах Северный, Лесной и Заводской, сообщили в «Зареченской теплосетевой компании».
B|Причина — замена участка магистрального трубопровода длиной 140 метров на улице Гагарина.
B|Без горячей воды останутся около 11 тысяч жителей, отопление отключать не планируют.
rel|Читайте также: Тариф на вывоз мусора вырастет с 1 января
B|Работы начнутся в 22:00 7 декабря и продлятся до 22:00 8 декабря.
B|Справки — по телефону диспетчерской 005.
nl|Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать об отключениях
com|Комментарии (7)
com|Алексей_К: опять перед выходными, как всегда
com|Ирина Петровна: а в Лесном дом 14 тоже отключат?
"""),

dict(id="uk-001", lang="uk", hard=False, opts="nofinal",
     notes="Ukrainian legal trade site, Supreme Court ruling on night-time renovation noise: breadcrumb, date/author line, source credit (attribution), tag line (navigation), share line, a 'Читайте також' teaser. The case-number line is story.",
     text="""
nav|Юридичний вісник › Судова практика › Цивільне право
T|Верховний Суд: шум від ремонту після 22:00 можна стягнути як моральну шкоду
oth|04 грудня 2026, 16:05 | Автор: Оксана Журба
B|Верховний Суд залишив у силі рішення, яким сусідку зобов'язали виплатити 35 тисяч гривень моральної шкоди за ремонтні роботи в нічний час.
B|Позивач, мешканець багатоквартирного будинку в Житомирі, протягом чотирьох місяців фіксував шум від перфоратора після 22:00 та одинадцять разів викликав поліцію.
B|Суди першої та апеляційної інстанцій визнали, що порушення тиші було систематичним і завдало позивачеві душевних страждань.
B|Колегія суддів погодилася, що протоколи поліції та аудіозаписи є належними доказами.
B|Постанова від 26 листопада 2026 року у справі № 296/5512/24.
att|Джерело: Єдиний державний реєстр судових рішень
nav|Теги: сусіди, моральна шкода, тиша
sh|Поділитися: Facebook Telegram Viber
rel|Читайте також: Чи можна виселити квартиранта без договору — роз'яснення ВС
"""),

dict(id="tr-001", lang="tr", hard=False, opts="crlf",
     notes="Turkish tech site, agritech funding round with a short interview: cookie notice and OK button, menu, byline/date, related list, share line, comment count and a comment. The interview questions and answers are story.",
     text="""
ck|Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.
ck|Tamam
nav|TeknoGündem | Girişim | Mobil | Oyun | Yapay Zeka | İncelemeler
T|İzmirli girişim Tarlabil 6 milyon dolar yatırım aldı
oth|Selin Akdoğan | 2 Aralık 2026 Çarşamba 10:48
B|Çiftçilere uydu görüntüleriyle sulama önerisi sunan İzmir merkezli Tarlabil, 6 milyon dolarlık A serisi yatırım turunu tamamladı.
B|Tura Körfez Ventures liderlik etti, mevcut yatırımcılar da katıldı.
B|Kurucu ortak Deniz Ergüven'e yatırımın nasıl kullanılacağını sorduk.
B|Yatırımı nerede kullanacaksınız?
B|Önceliğimiz Orta Asya. Kazakistan ve Özbekistan'da pamuk üreticileriyle pilot çalışmalar başladı.
B|Kaç çiftçi uygulamayı kullanıyor?
B|Şu an 41 bin çiftçi, yaklaşık 2,3 milyon dönüm arazide.
rel|İlgili Haberler
rel|Yerli tarım drone'u için seri üretim kararı
sh|Paylaş: X | LinkedIn | WhatsApp
com|Yorumlar (2)
com|mehmet_t: Manisa'da bağlar için de kullanılıyor mu?
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish business aggregator, grocery chain closing stores: index/FX strip on top (crypto_ticker), breadcrumb, added/updated stamps, an ad label mid-story, source credit naming the company release and an agency (attribution), 'Czytaj także' list, app prompt (navigation).",
     text="""
tk|WIG20 2 612,44 +0,87% | WIG 94 210,15 +0,52% | EUR/PLN 4,2381 | USD/PLN 3,9915
nav|BiznesDziś.pl › Firmy › Handel
T|Sieć Groszek Plus zamknie 38 sklepów do końca marca
oth|Dodano: 04.12.2026 09:02 · Aktualizacja: 04.12.2026 11:17
B|Sieć sklepów osiedlowych Groszek Plus zamknie do końca marca 38 nierentownych placówek, głównie w miastach poniżej 50 tys. mieszkańców.
B|Spółka podała w komunikacie, że pracownicy zamykanych sklepów otrzymają propozycję przeniesienia do innych placówek.
oth|REKLAMA
B|Po zamknięciu sieć będzie liczyła 612 sklepów.
B|W trzecim kwartale przychody spółki spadły o 4,3 proc. r/r, do 1,18 mld zł, a strata netto wyniosła 21,6 mln zł.
B|Zarząd zapowiedział jednocześnie otwarcie 15 nowych sklepów w formacie convenience przy stacjach paliw.
att|Źródło: komunikat spółki, Agencja Gospodarcza AGP
rel|Czytaj także:
rel|Dyskonty walczą o klienta. Ceny masła w dół o 12 proc.
rel|Kolejna sieć drogerii wchodzi do Polski
nav|Pobierz aplikację BiznesDziś i czytaj newsy w drodze
"""),

dict(id="nl-001", lang="nl", hard=False, opts="",
     notes="Volleyball club's website, mostly furniture around a four-line match report: cookie notice, club name and menu, next-match widget and poster line (other), share line, other club news (related_links), sponsor slot (other), club-newsletter and Instagram prompts, footer. The set-score line is story.",
     text="""
ck|Wij gebruiken cookies om onze clubsite goed te laten werken.
ck|Akkoord | Instellingen
nav|VC Dijkzicht
nav|Home | Nieuws | Teams | Agenda | Sponsoren | Lid worden | Contact
oth|Volgende wedstrijd: za 12 dec, 19:30 · VC Dijkzicht H1 – Spaarnestad H2
T|Heren 1 pakt koppositie na vijfsetter
oth|Geplaatst op 6 december 2026 door secretariaat
B|Heren 1 van VC Dijkzicht heeft zaterdag de koppositie in de tweede divisie overgenomen na een zinderende vijfsetter tegen Blokkers Alkmaar.
B|Setstanden: 25-21, 19-25, 23-25, 25-22, 15-12.
B|Spelverdeler Ruben Hoekstra werd na afloop uitgeroepen tot man van de wedstrijd.
B|Komende zaterdag speelt het team thuis in sporthal De Kreek.
sh|Deel dit bericht: Facebook WhatsApp
rel|Ander nieuws
rel|Dames 2 kampioen in de najaarscompetitie
rel|Nieuwe trainingstijden jeugd vanaf januari
rel|Kerstvolleybaltoernooi: schrijf je team in
oth|Onze hoofdsponsor
oth|Bakkerij Van Ommen – al 60 jaar vers in Dijkzicht
nl|Schrijf je in voor de clubnieuwsbrief
nl|Volg ons op Instagram
oth|© 2026 VC Dijkzicht · Privacyverklaring · Sitemap
"""),

dict(id="vi-001", lang="vi", hard=False, opts="ws",
     notes="Vietnamese provincial portal repost without a headline, noise only at the bottom (the scrape starts at the first story line): the '(BĐT) -' source prefix inside the first story line is story; 'Theo Báo Bình Hà' is attribution, keyword line navigation, same-section list related_links.",
     text="""
B|(BĐT) - Sáng 3/12, UBND tỉnh Bình Hà tổ chức lễ khởi công cầu Sông Lam 2 nối thành phố Lam Giang với huyện Tân Phú.
B|Cầu dài 1,2 km, rộng 17,5 m với 4 làn xe, tổng mức đầu tư hơn 1.150 tỷ đồng từ ngân sách tỉnh và trung ương.
B|Trước đó, người dân hai bờ phải đi phà hoặc vòng qua cầu cũ, thường xuyên ùn tắc vào giờ cao điểm.
B|Công trình dự kiến hoàn thành vào quý II/2028, giúp rút ngắn quãng đường từ trung tâm tỉnh đến khu công nghiệp Tân Phú khoảng 14 km.
B|Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh Trần Quốc Khải yêu cầu nhà thầu bảo đảm chất lượng, an toàn lao động và không để đội vốn.
att|Theo Báo Bình Hà
nav|Từ khóa: cầu Sông Lam 2, khởi công, Bình Hà
rel|Tin cùng chuyên mục
rel|Mở rộng quốc lộ 1 đoạn qua Tân Phú lên 6 làn xe
rel|Bình Hà đề xuất xây sân bay chuyên dùng
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic business site, local gold prices: section menu, gold/dollar/Brent strip (crypto_ticker), byline with date, share line, 'اقرأ أيضًا' teaser, then extra blank lines and a newsletter pitch. The per-karat prices are story.",
     text="""
nav|الرئيسية | اقتصاد | أسواق | طاقة | عقارات | تقنية
tk|الذهب عيار 21: 3,215 جنيه ▲ | الدولار: 48.62 جنيه | برنت: 71.30 دولار ▼
T|أسعار الذهب ترتفع 40 جنيهًا في منتصف التعاملات
oth|كتب: محمود الشناوي | الخميس 3 ديسمبر 2026 - 01:15 م
B|ارتفعت أسعار الذهب في السوق المحلية بنحو 40 جنيهًا للجرام خلال تعاملات اليوم الخميس، متأثرة بصعود الأوقية في البورصة العالمية.
B|وسجل سعر جرام الذهب عيار 21، الأكثر مبيعًا، نحو 3215 جنيهًا، فيما بلغ عيار 24 نحو 3674 جنيهًا.
B|وقال رئيس شعبة الذهب بالغرفة التجارية، هاني عبد الستار، إن الطلب على السبائك الصغيرة ما زال قويًا مع اقتراب نهاية العام.
B|وأضاف أن حركة البيع في محال الصاغة تراجعت بنحو 15% مقارنة بالشهر الماضي.
sh|شارك: فيسبوك | واتساب | إكس
rel|اقرأ أيضًا
rel|تراجع أسعار حديد التسليح في السوق المحلية
~
nl|اشترك في النشرة البريدية لتصلك أسعار الذهب يوميًا
"""),
]
