"""textset-dev30, writer B: other-language cases, part 2 (fr, it, ru, uk, tr, pl, vi, th, ar).

Widgets, players and reading aids around regional, sports, farming and utility news.
Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring for the format).
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="~",
     notes="French regional paper on a tram extension: consent banner, masthead and town menu, dark-mode toggle, byline, published/updated stamp, 'Écouter cet article' with its duration and a read time; ad label mid-story; a run of blank lines, then newsletter pitch and button, share/print, related and a report-an-error link. The cost line is story.",
     text="""
ck|Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour mesurer l'audience et afficher des publicités.
ck|Tout accepter
ck|Continuer sans accepter
nav|L'Écho du Doubs
nav|Besançon | Pontarlier | Montbéliard | Sports
oth|Mode sombre
T|Besançon : la ligne 3 du tram sera prolongée jusqu'à Chalezeule en 2029
oth|Par Hugo Vernier
oth|Publié le 05/12/2026 à 07h12, mis à jour à 09h45
oth|Écouter cet article
oth|Durée : 3 min 20
oth|Lecture : 3 min
B|Le conseil communautaire de Grand Besançon Métropole a voté jeudi soir le prolongement de la ligne 3 du tramway jusqu'à Chalezeule.
B|L'extension, longue de 2,8 kilomètres, comptera quatre nouvelles stations.
B|Coût estimé : 96 millions d'euros.
B|Les travaux doivent démarrer à l'automne 2027 pour une mise en service prévue à la rentrée 2029.
oth|Publicité
B|« Ce prolongement desservira 6 000 habitants et la zone commerciale des Marnières », a souligné la présidente de l'agglomération, Claire Duthil.
B|L'opposition a voté contre, jugeant le projet « surdimensionné ».
~
nl|Newsletter Besançon : l'essentiel de l'actu locale chaque matin
nl|Je m'inscris
sh|Partager
sh|Imprimer
rel|À lire aussi
rel|Bus gratuits le samedi : le bilan après un an
rel|Le pont Battant fermé trois nuits pour travaux
oth|Signaler une erreur
"""),

dict(id="it-001", lang="it", hard=False, opts="ws",
     notes="Italian regional site on the olive harvest, trailing whitespace: stamp and byline above the headline, gallery chrome ('Guarda la gallery (14 foto)', '1 di 14', 'Ingrandisci'), two photo captions with credits, ad label and 'scroll to continue' mid-story; a 'Leggi anche:' teaser, comment count and login prompt, share buttons below.",
     text="""
nav|Cronache Salentine
nav|Home › Cronaca › Lecce
oth|Pubblicato il 04/12/2026 alle 18:30
oth|di Serena Quarta
T|Olio nuovo, nel Salento la raccolta cresce del 30% dopo gli anni della Xylella
oth|Guarda la gallery (14 foto)
oth|1 di 14
oth|Ingrandisci
C|Raccolta nelle campagne di Veglie, dicembre 2026 (foto Quarta)
B|Nel Salento la campagna olearia 2026 si chiude con una produzione in crescita del 30% rispetto all'anno scorso.
B|Il dato arriva dalla Coldiretti di Lecce, che stima circa 180.000 quintali di olive molite.
B|Gran parte dell'aumento viene dai nuovi impianti di Leccino e Favolosa, varietà resistenti alla Xylella piantate dopo il 2019.
oth|Pubblicità
oth|Scorri per continuare
B|«Siamo ancora lontani dai numeri di dieci anni fa, ma per la prima volta vediamo una ripresa vera», dice il frantoiano Cosimo Rizzello.
B|Il prezzo all'ingrosso dell'extravergine si attesta sui 7,80 euro al litro.
C|Il frantoio Rizzello di Veglie durante la molitura (foto Quarta)
rel|Leggi anche:
rel|Xylella, nuovi focolai nel Barese: scattano le eradicazioni
com|Commenti (0)
com|Accedi per commentare
sh|Condividi su Facebook
sh|Condividi su WhatsApp
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Russian city site on a bridge closure, single newlines: masthead, breadcrumb, a currency/oil strip (ticker) and a traffic widget, stamp, listen, read-time and font-size widgets; print version and share, typo-report hint, Telegram channel pitch (newsletter), related and a view counter below. The cost line is story.",
     text="""
nav|Верхневолжские вести
nav|Главная / Город / Транспорт
tk|USD 92,41 ▲ EUR 99,87 ▼ Нефть Brent 74,10
oth|Пробки: 6 баллов
T|Октябрьский мост в Ярославле закроют на ремонт на 14 месяцев
oth|6 декабря 2026, 10:15
oth|Слушать новость
oth|Время чтения: 2 мин
oth|Размер шрифта: А А А
B|Капитальный ремонт Октябрьского моста через Волгу в Ярославле начнётся 1 февраля.
B|Как сообщили в мэрии, движение по мосту будет полностью закрыто на 14 месяцев.
B|Стоимость работ — 3,2 млрд рублей.
B|Общественный транспорт пустят через Юбилейный мост, для автобусов выделят отдельную полосу.
B|«Мост не ремонтировали с 1998 года, опоры требуют срочного усиления», — пояснил заместитель мэра Олег Сазонов.
sh|Версия для печати
sh|Поделиться
oth|Заметили ошибку в тексте? Отметьте фрагмент и сообщите редакции
nl|Все новости Ярославля — в нашем Telegram-канале
rel|Читайте также
rel|В Ярославле подорожает проезд в трамвае
rel|На Московском проспекте откроют новую развязку
oth|Просмотров: 3 417
"""),

dict(id="uk-001", lang="uk", hard=False, opts="~",
     notes="Ukrainian city site on a new tram line: an air-quality widget and 'translate this page' and 'show original' toggles at the top, update stamp, view counter and listen button; ad label mid-story; a poll widget (question, options, vote button, all other), a run of blank lines, newsletter pitch, share, related and comment count below.",
     text="""
nav|Львівський кур'єр
nav|Новини · Місто · Економіка · Культура
oth|Якість повітря: 42 (добра)
oth|Перекласти сторінку
oth|Показати оригінал
T|У Львові відкрили трамвайну лінію до Рясного
oth|Оновлено: 6 грудня 2026, 11:05
oth|Переглядів: 1 284
oth|Слухати статтю
B|У суботу у Львові відкрили нову трамвайну лінію, яка з'єднала район Рясне з центром міста.
B|Довжина лінії — 5,4 кілометра, на ній облаштували дев'ять зупинок.
B|Маршрут №11 курсуватиме щодня з 5:45 до 23:30 з інтервалом 8 хвилин.
B|Будівництво тривало три роки і коштувало 1,1 млрд гривень, частину коштів надав Європейський інвестиційний банк.
oth|Реклама
B|«Раніше я добиралася до роботи годину з пересадкою, тепер — 25 хвилин», — каже мешканка Рясного Оксана Гринько.
oth|Опитування: Чи користуєтеся ви трамваєм?
oth|Так, щодня
oth|Іноді
oth|Ні
oth|Голосувати
~
nl|Підпишіться на нашу розсилку
sh|Поділитися
rel|Читайте також
rel|Львів закупить ще 20 низькопідлогових трамваїв
com|Коментарі (6)
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish sports site on a basketball game: menu, a live-score strip of a football match (other) and a crypto-exchange promo above the headline; stamp, listen and read-time widgets; ad label mid-story; a reaction row (share bar), comment prompt and count, next-story link, related and a rights line below. The final-score line 'Normal süre 86-86 berabere sona erdi.' is story.",
     text="""
nav|Anadolu Spor Hattı
nav|Futbol | Basketbol | Voleybol | Canlı Skor
oth|CANLI | Konyaspor 1 - 1 Rizespor 67'
pr|Bitcoin al-sat: ilk işleminde komisyon yok, hemen üye ol
T|Bursaspor Basketbol, Fenerbahçe'yi uzatmada 98-95 yendi
oth|07.12.2026 21:48
oth|Haberi dinle
oth|Okunma süresi: 2 dk
B|Basketbol Süper Ligi'nin 11. haftasında Bursaspor, evinde Fenerbahçe'yi uzatmada 98-95 mağlup etti.
B|Normal süre 86-86 berabere sona erdi.
B|Bursaspor'da Kerem Aydınlı 27 sayı, 8 ribauntla galibiyetin mimarı oldu.
oth|Reklam
B|Başantrenör Oğuz Tekin maç sonunda "Takımım son saniyeye kadar pes etmedi" dedi.
B|Bu sonuçla Bursaspor galibiyet sayısını 7'ye yükseltti.
sh|Beğendim 14 · Şaşırdım 2 · Kızdım 0
com|Yorum yap
com|Yorumlar (9)
nav|Sonraki haber
rel|İlginizi çekebilir
rel|Anadolu Efes, Avrupa'da seriyi 5 maça çıkardı
dis|Haberin tüm hakları saklıdır, izinsiz kopyalanamaz.
"""),

dict(id="pl-001", lang="pl", hard=False, opts="nofinal",
     notes="Polish city paper on a library night, no final newline: masthead, section, a weather widget and an 'open in app' banner (navigation) above the headline; listen, read-time and byline/stamp; a 'scroll to keep reading' label mid-story; report-an-error, share/save, a rating widget, most-read and comment count below.",
     text="""
nav|Gazeta Odrzańska
nav|Wrocław › Kultura
oth|Pogoda: Wrocław 3°C, zachmurzenie duże
nav|Otwórz w aplikacji
T|Noc Bibliotek we Wrocławiu przyciągnęła rekordowe 14 tysięcy osób
oth|Posłuchaj artykułu
oth|Czas czytania: 3 min
oth|Aleksandra Wróbel | 7 grudnia 2026, 12:40
B|W sobotnią noc 32 filie Miejskiej Biblioteki Publicznej we Wrocławiu były otwarte do drugiej w nocy.
B|Według organizatorów odwiedziło je ponad 14 tysięcy osób, o jedną trzecią więcej niż przed rokiem.
oth|Przewiń, aby czytać dalej
B|Największą popularnością cieszyły się warsztaty introligatorskie i nocne czytanie kryminałów przy świecach.
B|„Zabrakło nam krzeseł już o 22”, śmieje się dyrektorka biblioteki Joanna Pietrzak.
B|Biblioteka zapowiada, że kolejna edycja odbędzie się w marcu.
oth|Zgłoś błąd
sh|Udostępnij
sh|Zapisz
oth|Oceń artykuł: ★★★★★
rel|Najczęściej czytane
rel|Nowy most na Odrze otwarty dla pieszych
rel|Wrocławskie Zoo wydłuża godziny otwarcia
com|Komentarze: 11
"""),

dict(id="vi-001", lang="vi", hard=False, opts="",
     notes="Vietnamese provincial repost without a headline: masthead, breadcrumb, a gold and dollar price strip (ticker), stamp, listen and text-size widgets above the story; ad label mid-story; source credit ('Theo …', attribution), a reaction-emoji row and share/save buttons (share bar), comment count, related and a Zalo follow pitch (newsletter) below.",
     text="""
nav|Báo Miền Tây Online
nav|Trang chủ › Du lịch
tk|Giá vàng SJC 84,2 triệu/lượng ▲ · USD 25.410 đ
oth|Thứ bảy, 6/12/2026, 09:20 (GMT+7)
oth|Nghe bài viết
oth|Cỡ chữ: A- A+
B|Chợ nổi Cái Răng (TP Cần Thơ) đón khoảng 410.000 lượt khách trong 11 tháng đầu năm, tăng 18% so với cùng kỳ.
B|Sở Văn hóa, Thể thao và Du lịch Cần Thơ cho biết khách quốc tế chiếm gần 40%.
B|Thành phố đã hỗ trợ 120 hộ ghe buôn thay mái che và lắp phao cứu sinh.
oth|Quảng cáo
B|"Khách đông hơn nhưng ghe buôn vẫn giảm dần vì nhiều người lên bờ làm ăn", bà Trần Thị Bé, 62 tuổi, tiểu thương trên chợ nói.
B|Năm 2027, Cần Thơ đặt mục tiêu đón 500.000 khách đến chợ nổi.
att|Theo Đài Phát thanh Cần Thơ
sh|👍 Thích 24 · ❤️ 5 · 😮 1
sh|Chia sẻ
sh|Lưu bài viết
com|Bình luận (3)
rel|Tin liên quan
rel|Cần Thơ mở tuyến xe buýt đường sông đầu tiên
nl|Theo dõi Báo Miền Tây trên Zalo
"""),

dict(id="th-001", lang="th", hard=False, opts="crlf",
     notes="Thai regional site on an open-burning ban, CRLF: cookie banner, masthead, breadcrumb and a PM2.5 widget (other) while last season's PM2.5 peak in the story is story; stamp, listen and font-size widgets; ad label mid-story; share/copy-link, LINE follow pitch (newsletter), related and a visitor counter below.",
     text="""
ck|ข่าวเหนือวันนี้ใช้คุกกี้เพื่อวิเคราะห์การเข้าชมและปรับเนื้อหาให้เหมาะกับผู้อ่าน
ck|ยอมรับทั้งหมด
nav|ข่าวเหนือวันนี้
nav|หน้าแรก > ภูมิภาค > เชียงใหม่
oth|ค่าฝุ่น PM2.5 เชียงใหม่ 58 มคก./ลบ.ม.
T|เชียงใหม่ประกาศห้ามเผาในที่โล่ง 1 ม.ค.-30 เม.ย. 2570
oth|6 ธ.ค. 2569 14:05 น.
oth|ฟังข่าว
oth|ขนาดตัวอักษร ก- ก+
B|จังหวัดเชียงใหม่ออกประกาศห้ามเผาในที่โล่งทุกชนิด ตั้งแต่วันที่ 1 มกราคม ถึง 30 เมษายน 2570
B|ผู้ฝ่าฝืนมีโทษจำคุกไม่เกิน 1 เดือน หรือปรับไม่เกิน 10,000 บาท
B|ค่า PM2.5 สูงสุดของฤดูกาลที่แล้ววัดได้ที่อำเภอแม่ริม 96 มคก./ลบ.ม.
oth|โฆษณา
B|ผู้ว่าราชการจังหวัดเชียงใหม่ระบุว่า ปีนี้จะใช้ภาพดาวเทียมติดตามจุดความร้อนทุก 6 ชั่วโมง
B|"ขอความร่วมมือเกษตรกรไถกลบแทนการเผา"
sh|แชร์
sh|คัดลอกลิงก์
nl|ติดตามเราทาง LINE @khaonuea
rel|ข่าวที่เกี่ยวข้อง
rel|ดอยสุเทพเปิดจุดชมทะเลหมอกช่วงปีใหม่
oth|จำนวนผู้เข้าชม 2,310
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic Gulf portal on a desalination plant, no final newline: masthead, breadcrumb, a gold/oil strip (ticker), stamp, listen, read-time and font-size widgets; ad label mid-story; share targets, related, a WhatsApp follow pitch (newsletter) and a source line (attribution) below.",
     text="""
nav|بوابة الخليج اليوم
nav|الرئيسية › اقتصاد › طاقة ومياه
tk|الذهب عيار 24: 312.50 درهم ▲ | النفط برنت 74.1 دولار ▼
T|تشغيل محطة تحلية جديدة في رأس الخيمة بطاقة 40 مليون جالون يومياً
oth|السبت 6 ديسمبر 2026 - 10:40 ص
oth|استمع إلى المقال
oth|مدة القراءة: 3 دقائق
oth|حجم الخط
B|بدأت محطة تحلية مياه جديدة في منطقة الجزيرة الحمراء برأس الخيمة التشغيل التجريبي يوم الخميس.
B|وتبلغ الطاقة الإنتاجية للمحطة 40 مليون جالون يومياً، وتعمل بتقنية التناضح العكسي.
B|وقال مدير المشروع المهندس سالم الكعبي إن المحطة ستغطي احتياجات نحو 300 ألف نسمة.
oth|إعلان
B|وتعتمد المحطة جزئياً على الطاقة الشمسية، ما يخفض استهلاكها من الكهرباء بنسبة 25%.
B|ومن المقرر أن تصل إلى طاقتها الكاملة في مارس المقبل.
sh|شارك عبر
sh|واتساب
sh|إكس
rel|اقرأ أيضاً
rel|ارتفاع الطلب على المياه في الإمارات الشمالية بنسبة 6%
nl|تابعونا على واتساب
att|المصدر: وكالة الخليج للأنباء
"""),
]
