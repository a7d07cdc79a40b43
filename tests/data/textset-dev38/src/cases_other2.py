"""textset-dev38 (sports pages), writer B: other languages, part 2 (fr, it, ru, tr, pl, nl, id, vi, ar).

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="French cycling magazine: consent banner and menu on top, photo caption with credit under the byline; the stage classification is story (its lines joined by single newlines). Mid-page ad label is other; evening results letter is newsletter; related, share and comment-count lines at the bottom.",
     text="""
ck|En poursuivant votre navigation, vous acceptez le dépôt de traceurs destinés à la mesure d'audience et à la publicité ciblée.
ck|Paramétrer | Tout refuser | OK pour moi
nav|Le Braquet | Route | Piste | VTT | Cyclo-cross | Résultats
T|Tour de l'Aubrac : Mathis Ferrand s'impose au sommet du col de Pradelles
oth|Par Camille Berthoux — Publié le 14/06/2026 à 18h05
C|Mathis Ferrand lève les bras sur la ligne d'arrivée. © Julien Roche / Le Braquet
B|Mathis Ferrand (Causses-Cycles) a remporté samedi la 4e étape du Tour de l'Aubrac, 168 km entre Espalion et le col de Pradelles, en lâchant ses derniers compagnons d'échappée à 2,5 km de l'arrivée.
B|Classement de l'étape :
B|1. Mathis Ferrand (FRA, Causses-Cycles) en 4h12'38"
>B|2. Pieter Van Landeghem (BEL, Team Brabo) à 18"
>B|3. Iker Zubizarreta (ESP, Orbe Basque) à 25"
oth|Publicité
B|Au général, le Belge Van Landeghem conserve le maillot jaune avec 9 secondes d'avance sur Ferrand.
B|« J'ai attendu le dernier virage en épingle pour attaquer, là où la pente dépasse 10 % », a expliqué le vainqueur.
B|La 5e et dernière étape, dimanche, est un contre-la-montre de 22 km autour de Laguiole.
nl|Les résultats du peloton chaque soir dans votre boîte mail : inscrivez-vous
rel|À lire aussi
rel|Tour de l'Aubrac : le parcours du contre-la-montre décortiqué
sh|Partager sur Facebook | Partager sur X | Copier le lien
com|Réagir (4)
"""),

dict(id="it-001", lang="it", hard=False, opts="crlf",
     notes="Italian football site player ratings: each rating line is story. Cookie banner on top, match-centre tabs are navigation; next-round odds box is other and the gambling warning disclaimer; comments at the bottom.",
     text="""
ck|Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti. Chiudendo il banner acconsenti al loro utilizzo.
ck|Accetta e chiudi | Personalizza
nav|CalcioPiù | Serie A | Serie B | Calciomercato | Pagelle | Video
T|Pagelle Lagunare-Valtellina 3-1: Ricci da 8, Morandi sbaglia tutto
oth|di Federico Santoro | 02 marzo 2026 | 22:51
nav|Cronaca | Formazioni | Statistiche | Pagelle
B|Il Lagunare batte 3-1 la Valtellina allo stadio Ca' Venier e aggancia il quarto posto. Ecco i voti della nostra redazione.
B|Ricci 8 – Doppietta e un assist: ogni pallone che tocca diventa pericoloso.
B|Bassani 7 – Chiude ogni spazio a sinistra e trova anche il gol del 3-1.
B|Ferraro 6,5 – Ordinato in regia, cala nella ripresa.
B|Morandi (Valtellina) 4,5 – Il rigore sbagliato sull'1-1 cambia la partita.
B|All. Guidi 7 – Azzecca i cambi e il pressing alto.
oth|Quote prossimo turno – Valtellina-Orobica: 1 2,45 · X 3,10 · 2 2,90
dis|Il gioco è vietato ai minori e può causare dipendenza patologica.
rel|Leggi anche
rel|Calciomercato Lagunare: Ricci, il rinnovo fino al 2030 è vicino
com|Commenti (89)
com|Marco_74: Ricci da 8 è poco, partita da 9
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single nofinal",
     notes="Russian hockey site: results-of-the-day strip on top (other); score line with period scores and the goal list are story; ad label mid-page; Telegram pitch is newsletter; the attribution-required reuse line is disclaimer.",
     text="""
nav|Хоккей Онлайн | КХЛ | ВХЛ | НХЛ | Сборная | Видео
oth|Результаты дня: «Уральские Медведи» 4:2 «Балтика» | «Сибирский Вал» 1:3 «Волжане»
T|«Уральские Медведи» обыграли «Балтику» и прервали серию из пяти поражений
oth|Алексей Гончаренко, 14 января 2026, 21:40
B|«Уральские Медведи» в домашнем матче регулярного чемпионата обыграли «Балтику» со счётом 4:2 и прервали серию из пяти поражений подряд.
B|«Уральские Медведи» — «Балтика» — 4:2 (1:0, 1:2, 2:0)
B|Шайбы: Лаптев, 7 (1:0). Кириленко, 24 (1:1). Сафин, 31 (2:1). Рыбаков, 38 (2:2). Нестеров, 45 (3:2). Лаптев, 59 — в пустые ворота (4:2).
oth|Реклама
B|Вратарь хозяев Давид Шарипов отразил 31 бросок из 33.
B|«Ребята наконец-то сыграли просто, без лишних передач», — сказал после игры главный тренер «Медведей» Игорь Лаврентьев.
B|Следующий матч команда проведёт 16 января в гостях у «Волжан».
nl|Подписывайтесь на наш Telegram-канал: все голы КХЛ за минуту
rel|Читайте также
rel|«Балтика» продлила контракт с капитаном до 2028 года
sh|Отправить другу: Telegram · VK · ОК · скопировать ссылку
dis|При использовании материалов активная ссылка на «Хоккей Онлайн» обязательна.
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish sports site transfer story about a listed club's stock-exchange disclosure: the index and club-share strip on top is crypto_ticker (quote strip); the delayed-data/not-advice line is disclaimer; comments and login prompt at the bottom.",
     text="""
nav|Sporİstanbul | Futbol | Basketbol | Voleybol | Transfer
tk|BIST 100 9.842,15 %0,84 | ASTRS 14,62 TL %5,11 | Dolar 41,27 | Euro 44,90
T|Anadolu Yıldızları, Portekizli stoper Duarte'yi KAP'a bildirdi
oth|Emre Karataş | 23.01.2026 - 15:08 | Güncelleme: 15:40
B|Anadolu Yıldızları, Portekizli stoper Rui Duarte ile 3,5 yıllık sözleşme imzalandığını Kamuyu Aydınlatma Platformu'na (KAP) bildirdi.
B|Açıklamaya göre oyuncuya her sezon için 1,8 milyon euro garanti ücret ödenecek.
oth|REKLAM
B|Duarte'nin eski kulübü Vitória Atlântico'ya ise 4 milyon euro bonservis bedeli verilecek.
B|28 yaşındaki savunmacı, geçen sezon Portekiz liginde 29 maça çıktı ve 3 gol attı.
B|Haberin ardından kulübün hisseleri Borsa İstanbul'da günü %5,11 yükselişle tamamladı.
dis|Borsa verileri 15 dakika gecikmelidir; yatırım tavsiyesi niteliği taşımaz.
sh|Paylaş
rel|İlgili Haberler
rel|Anadolu Yıldızları'nda ayrılık: Kaptan Serkan sezon sonunda veda ediyor
com|Yorumlar (212)
com|Yorum yazabilmek için üye girişi yapın
"""),

dict(id="pl-001", lang="pl", hard=False, opts="ws",
     notes="Polish winter-sports site: ski-jumping top five as story lines; stream/highlights player and ad label are other; the data-source line is attribution; Instagram follow prompt is newsletter.",
     text="""
nav|Skocznia.info | Skoki | Biegi | Biathlon | Alpejskie
T|Puchar Świata w Zakopanem: Wilczek trzeci, wygrywa Norweg Haugland
oth|Autor: Bartosz Lisiecki, 17.01.2026, 17:55
oth|▶ Transmisja na żywo | Skróty wideo
B|Kacper Wilczek zajął trzecie miejsce w sobotnim konkursie Pucharu Świata na Wielkiej Krokwi. Wygrał Norweg Eirik Haugland.
B|Czołowa piątka konkursu:
B|1. Eirik Haugland (NOR) 281,4 pkt
B|2. Matthias Kofler (AUT) 276,9 pkt
B|3. Kacper Wilczek (POL) 272,0 pkt
B|4. Ren Hayashida (JPN) 268,3 pkt
B|5. Tilen Mrak (SLO) 265,7 pkt
oth|Reklama
B|Wilczek po pierwszej serii był dopiero siódmy, ale w drugiej skoczył 139,5 m, co było najdłuższą odległością dnia.
B|W niedzielę w Zakopanem odbędzie się konkurs drużynowy.
att|Źródło: oprac. własne na podst. wyników FIS
rel|Zobacz także
rel|Klasyfikacja generalna Pucharu Świata po weekendzie w Zakopanem
nl|Obserwuj Skocznia.info na Instagramie – kulisy konkursów i relacje na żywo
"""),

dict(id="nl-001", lang="nl", hard=False, opts="single",
     notes="Dutch regional paper: the list of moved fixtures is the story; the next-match widget and ticket pointer are other; masthead before the consent banner; newsletter pitch, share line and more-sport list at the bottom.",
     text="""
nav|Dagblad Noorderkwartier | Sport | Voetbal
ck|Wij en onze partners gebruiken cookies. Kies 'Akkoord' om door te gaan of pas je voorkeuren aan.
ck|Akkoord | Voorkeuren
T|Drie thuiswedstrijden van FC Westerwolde verplaatst door renovatie stadion
oth|Door Sanne Bruinsma · 3 december 2026 · 11:02
B|FC Westerwolde speelt drie thuiswedstrijden in januari en februari op een andere dag, omdat het dak van Sportpark De Kolk wordt vernieuwd.
B|De nieuwe data:
B|Zaterdag 17 januari, 18.45 uur: FC Westerwolde – VV Eemsmond
B|Vrijdag 30 januari, 20.00 uur: FC Westerwolde – Zandvoort United
B|Zondag 15 februari, 14.30 uur: FC Westerwolde – Achterhoek '31
oth|Volgende wedstrijd: Achterhoek '31 – FC Westerwolde, za 6 dec 20.00 uur
B|Seizoenkaarthouders hoeven niets te doen: hun kaart blijft geldig op de nieuwe data.
B|"We hadden liever gewoon op zaterdag gespeeld, maar veiligheid gaat voor", zegt algemeen directeur Henk-Jan Mulder.
oth|Kaarten voor alle thuisduels bestel je via de clubwebsite
nl|Elke ochtend het regionale sportnieuws in je mailbox? Meld je aan
sh|Deel dit artikel
rel|Meer sport
rel|Westerwolde-trainer na nederlaag: 'Dit moet echt beter'
"""),

dict(id="id-001", lang="id", hard=False, opts="nofinal",
     notes="Indonesian sports site badminton final: score line is story; byline and WIB stamp are other; an inline 'Baca Juga' teaser between story lines is related_links; crypto exchange promo and its risk line on a sports page; WhatsApp channel prompt is newsletter.",
     text="""
nav|BolaSmash.id | Bulu Tangkis | Sepak Bola | MotoGP | Esports
T|Indonesia Masters: Rafael/Yudha Juara Ganda Putra Usai Tumbangkan Unggulan Kedua
oth|Penulis: Dewi Anggraini | Editor: Rizky Pratama
oth|Minggu, 25 Januari 2026 | 16:20 WIB
B|Pasangan ganda putra Indonesia, Rafael Siregar/Yudha Permana, menjuarai Indonesia Masters 2026 setelah mengalahkan unggulan kedua asal Malaysia, Tan Wei Jie/Harith Azman, di Istora Senayan, Minggu (25/1/2026).
B|Skor akhir: 21-18, 17-21, 21-16
rel|Baca Juga: Hasil Lengkap Final Indonesia Masters 2026
B|Rafael/Yudha sempat tertinggal 12-16 pada gim ketiga sebelum merebut sembilan poin beruntun.
B|"Kami hanya mencoba bermain lebih sabar dan tidak terburu-buru menyerang," kata Yudha seusai laga.
B|Gelar ini menjadi yang kedua bagi pasangan tersebut di level Super 500.
pr|Beli Bitcoin mulai Rp10 ribu di KriptoNusa. Daftar sekarang, dapat bonus Rp50 ribu!
dis|Aset kripto berisiko tinggi, pelajari sebelum membeli.
sh|Bagikan:
nl|Ikuti saluran WhatsApp BolaSmash.id untuk update skor tercepat
rel|Berita Terkait
rel|Ranking BWF Terbaru: Rafael/Yudha Naik ke Peringkat 6
"""),

dict(id="vi-001", lang="vi", hard=False, opts="crlf",
     notes="No headline: a Vietnamese football report whose scrape starts at the breadcrumb and a dek glued to itself (duplicate_line); score line is story; the reporter's name after the story is a byline (other); comment count and prompt are comments.",
     text="""
nav|Thể thao › Bóng đá Việt Nam
dup|Phù Sa Cần Thơ thắng ngược 2-1 trên sân khách để vươn lên thứ ba.Phù Sa Cần Thơ thắng ngược 2-1 trên sân khách để vươn lên thứ ba.
oth|Thứ bảy, 14/3/2026, 19:30 (GMT+7)
B|Phù Sa Cần Thơ đánh bại Đại Ngàn Tây Nguyên 2-1 ở vòng 15 V.League tối 14/3 trên sân Hoa Dã Quỳ.
B|Đội chủ nhà mở tỷ số ở phút 12 nhờ cú sút xa của Y Khoa Niê.
B|Sang hiệp hai, Phù Sa Cần Thơ lần lượt ghi bàn nhờ công Trần Minh Khôi (phút 58) và ngoại binh Junior Silva (phút 81).
B|Đại Ngàn Tây Nguyên 1-2 Phù Sa Cần Thơ
B|Với 27 điểm, Phù Sa Cần Thơ vươn lên thứ ba, kém đội đầu bảng 4 điểm.
oth|Hoàng Long
sh|Gửi bài viết qua Zalo · Facebook · Messenger
rel|Bảng xếp hạng V.League sau vòng 15
rel|HLV Đại Ngàn Tây Nguyên: 'Chúng tôi gục ngã vì thể lực'
com|Ý kiến (8)
com|Gửi ý kiến của bạn
"""),

dict(id="ar-001", lang="ar", hard=False, opts="single",
     notes="Arabic sports site motorsport round: the classification (top three with gaps) is story; ad label and race-highlights player mid-page are other; Telegram follow prompt is newsletter; copyright line is disclaimer.",
     text="""
nav|الرئيسية | كرة القدم | رياضات المحركات | التنس | فيديو
T|الإماراتي سعيد المنصوري يتوج بالجولة الثالثة من كأس الصحراء للسيارات السياحية
oth|بقلم: خالد العتيبي | نشر في 8 فبراير 2026 - 21:10
B|توج السائق الإماراتي سعيد المنصوري بلقب الجولة الثالثة من كأس الصحراء للسيارات السياحية التي أقيمت مساء السبت على حلبة الريان الدولية.
B|الترتيب النهائي للسباق:
B|1. سعيد المنصوري (الإمارات) 38:12.447
B|2. فهد البلوشي (عُمان) بفارق 1.902 ثانية
B|3. يوسف الحمادي (قطر) بفارق 4.115 ثانية
oth|إعلان
oth|▶ شاهد ملخص السباق (3:05)
B|وقال المنصوري بعد السباق: "الإطارات صمدت حتى اللفة الأخيرة، وهذا ما صنع الفارق".
B|وتقام الجولة الرابعة في مارس المقبل على حلبة البحرين.
nl|تابعونا على تيليغرام لتصلكم النتائج لحظة بلحظة
rel|اقرأ أيضاً
rel|المنصوري: هدفي لقب البطولة هذا الموسم
sh|انشر الخبر عبر واتساب أو إكس أو انسخ الرابط
dis|جميع الحقوق محفوظة © 2026 موقع المضمار الرياضي
"""),
]
