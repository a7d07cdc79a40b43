"""Non-English, non-Chinese cases of textset-dev22 (part 2): fr, it, ru, pl, tr, id, th."""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="Consumer-money site: FAQ with question subheadings and short answers; a table of contents "
           "repeats three of the questions (each labelled once body, once navigation), ad label, "
           "extra blank lines, teasers, share row, newsletter prompt.",
     text="""
nav|Accueil › Argent › Énergie
T|Chèque énergie 2025 : les réponses à vos questions
oth|Par Sophie Renaud, le 15 avril 2025 à 7h30
nav|Sommaire
nav|Qui peut en bénéficier ?
nav|Quel est le montant ?
nav|Comment l'utiliser ?
B|Les chèques énergie arrivent dans les boîtes aux lettres à partir de la fin avril. Près de 5,6 millions de foyers sont concernés cette année. Voici l'essentiel.
B|Qui peut en bénéficier ?
B|Les foyers dont le revenu fiscal de référence par unité de consommation est inférieur à 11 000 euros par an. Aucune démarche n'est nécessaire.
B|Quel est le montant ?
B|De 48 à 277 euros selon les revenus et la composition du foyer.
oth|Publicité
B|Comment l'utiliser ?
B|Il se transmet au fournisseur d'électricité ou de gaz, en ligne ou par courrier, et peut aussi payer du fioul, du bois ou certains travaux de rénovation.
B|Et si je ne l'ai pas reçu ?
B|Un numéro gratuit répond du lundi au vendredi de 8 h à 20 h : 0 805 20 40 60.
~
rel|À lire aussi
rel|Prix de l'électricité : ce qui change au 1er août
rel|Isolation : les aides cumulables en 2025
sh|Partager : Facebook · X · LinkedIn · E-mail
nl|Newsletter Argent : nos conseils budget chaque mardi. S'inscrire
"""),

dict(id="it-001", lang="it", hard=False, opts="ws",
     notes="Local sports site: amateur-league top-scorer list and matchday results, one per line; site "
           "name, sport menu, share row, ad label between the lists, numbered most-read list, cookie "
           "banner. Trailing whitespace.",
     text="""
nav|SportLocale.it
nav|Calcio | Basket | Volley | Ciclismo | Risultati
T|Eccellenza, la classifica marcatori dopo la 20ª giornata: Ferri allunga
oth|di Davide Colombo | 3 febbraio 2025
sh|Condividi su Facebook  |  WhatsApp  |  Copia link
B|Doppietta decisiva per Nicolò Ferri nel 3-1 della Virtus Borgomaro sull'Atletico San Vito: l'attaccante sale a 17 reti e stacca gli inseguitori. Ecco la classifica marcatori:
B|17 reti – Nicolò Ferri (Virtus Borgomaro)
B|13 reti – Samuele Guerra (Pro Valdella)
B|12 reti – Kevin Osei (Atletico San Vito)
B|11 reti – Matteo Rinaldi (US Castelfranco Alto)
B|10 reti – Andrea Pace (Polisportiva Lido)
oth|Pubblicità
B|Risultati della 20ª giornata
B|Virtus Borgomaro – Atletico San Vito 3-1
B|Pro Valdella – Polisportiva Lido 0-0
B|US Castelfranco Alto – Real Montebello 2-2
B|Domenica prossima il big match Pro Valdella-Virtus Borgomaro, in programma alle 14.30 allo stadio comunale.
rel|I più letti
rel|1. Promozione, esonerato il tecnico del Montebello
rel|2. Ciclismo, il Giro del Basso Lago cambia percorso
rel|3. Volley B2, derby da tutto esaurito
ck|Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. Accetta | Rifiuta | Personalizza
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Regional site, single newlines: changed suburban-train departures, one per line; breadcrumb, "
           "time stamp and byline, inline 'read also' teaser, comment count and login line, most-read "
           "list, press-office source credit, messenger-channel prompt.",
     text="""
nav|Главная / Транспорт
T|Расписание электричек на Рязанском направлении изменится с 1 марта
oth|12:40, 24 февраля 2025 · Ирина Соколова
B|Из-за ремонта путей между платформами Лесная и Заречье с 1 по 30 марта часть пригородных поездов отменят или пустят по изменённому графику. Ниже — новые времена отправления из Москвы по будням:
B|06:12 — до Воскресенска (вместо 06:05)
B|07:40 — до Голутвина
B|08:25 — отменён
B|12:05 — до Раменского, с остановками на всех платформах
B|17:48 — до Голутвина (вместо 17:40)
B|19:15 — отменён
rel|Читайте также: На МЦД закроют две платформы на выходные
B|По выходным расписание не меняется. Перевозчик рекомендует проверять время отправления в приложении или на табло станций.
att|Источник: пресс-служба перевозчика «Пригород-Экспресс»
com|Комментарии (31)
com|Чтобы оставить комментарий, войдите или зарегистрируйтесь
rel|Самое читаемое
rel|В Коломне открыли новый пешеходный мост
rel|Тарифы на проезд в автобусах вырастут с апреля
nav|Все новости транспорта — в нашем Telegram-канале и в группе ВКонтакте
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Motoring portal without a headline in the scrape: average fuel prices by voivodeship, one "
           "per line; section label and menu, update stamp, ad label, teasers, newsletter prompt, "
           "cookie notice, tip-off contact line.",
     text="""
nav|Motoryzacja
nav|Wiadomości | Porady | Testy | Ceny paliw
oth|Aktualizacja: 8 stycznia 2025, 10:15
B|Ceny paliw na stacjach znowu w górę. Kierowcy za litr benzyny 95 płacą średnio 6,29 zł, o 7 groszy więcej niż przed tygodniem.
B|Średnie ceny w województwach (benzyna 95 / olej napędowy / LPG):
B|mazowieckie: 6,34 / 6,41 / 3,05 zł
B|małopolskie: 6,27 / 6,35 / 2,99 zł
B|pomorskie: 6,31 / 6,38 / 3,02 zł
oth|REKLAMA
B|śląskie: 6,22 / 6,33 / 2,97 zł
B|podlaskie: 6,19 / 6,29 / 2,95 zł
B|Analitycy spodziewają się, że w przyszłym tygodniu ceny mogą wzrosnąć o kolejne 5–10 groszy, głównie z powodu słabszego złotego.
rel|Zobacz również
rel|Opłaty za autostrady 2025 – nowy cennik
rel|Jak obniżyć spalanie zimą? Pięć prostych sposobów
nl|Zapisz się na newsletter motoryzacyjny i otrzymuj alerty cenowe
ck|Korzystamy z plików cookies w celach statystycznych i reklamowych. Możesz zmienić ustawienia w przeglądarce. Rozumiem
oth|Masz informacje w tej sprawie? Napisz do nas: redakcja@motoinfo24.pl
"""),

dict(id="tr-001", lang="tr", hard=False, opts="crlf",
     notes="Local news site, CRLF: on-duty pharmacies with addresses and phone numbers, then an "
           "emergency-number list under a subheading; breadcrumb, byline, ad label, share row, "
           "breaking-news teasers, tag row, rights notice.",
     text="""
nav|Ana Sayfa > Yerel > Ilgınova
T|Ilgınova'da bugün nöbetçi eczaneler ve acil durum telefonları
oth|Yerel Haber Merkezi | 15.02.2025 08:00
B|Ilgınova Eczacı Odası'nın açıkladığı listeye göre 15 Şubat Cumartesi günü ilçede nöbet tutacak eczaneler şunlar:
B|Merkez: Şifa Eczanesi – Cumhuriyet Cad. No: 14 – 0262 555 14 20
B|Yenimahalle: Derman Eczanesi – Lale Sok. No: 3 – 0262 555 30 11
B|Sanayi: Ilgın Eczanesi – Fabrika Yolu No: 87 – 0262 555 47 02
oth|Reklam
B|Acil durum telefonları
B|Acil Çağrı Merkezi: 112
B|Belediye Zabıta: 153
B|Su arıza: 185
B|Doğalgaz acil: 187
sh|Bu haberi paylaş:  Facebook  ·  X  ·  WhatsApp  ·  E-posta
rel|Son Dakika
rel|Ilgınova'da kar yağışı uyarısı: okullar tatil mi?
rel|İlçe stadyumunda çim yenileme başladı
nav|Etiketler: nöbetçi eczane, Ilgınova, acil numaralar
dis|Haberin tüm hakları saklıdır, izinsiz kullanılamaz.
"""),

dict(id="id-001", lang="id", hard=False, opts="nofinal",
     notes="Indonesian news site, no final newline: market prices of staples, one per line, with an "
           "inline Baca Juga teaser inside the list and a quote; breadcrumb, reporter and time stamp, "
           "editor credit, tags, share row, numbered most-popular list.",
     text="""
nav|Beranda › Ekonomi › Bisnis
T|Harga Sembako di Pasar Kemiri Hari Ini: Cabai Rawit Naik, Bawang Turun
oth|Reporter: Dimas Prasetyo
oth|Selasa, 11 Maret 2025 | 09:35 WIB
B|Menjelang Ramadan, harga sejumlah bahan pokok di Pasar Kemiri, Kota Sukamaju, bergerak naik. Berikut daftar harga per kilogram pada Selasa pagi:
B|Beras medium: Rp 13.500
B|Gula pasir: Rp 17.000
B|Minyak goreng curah: Rp 16.500 per liter
rel|Baca Juga: Jelang Puasa, Pemkot Gelar Operasi Pasar di 5 Kecamatan
B|Cabai rawit merah: Rp 72.000 (naik dari Rp 60.000)
B|Bawang merah: Rp 34.000 (turun dari Rp 38.000)
B|Telur ayam ras: Rp 28.000
B|"Cabai naik karena hujan terus, pasokan dari petani berkurang," kata Sumiati, pedagang di los B.
att|Editor: Rina Maharani
nav|Tag: harga sembako, pasar, ramadan, cabai
sh|Bagikan: WhatsApp Facebook X Salin Tautan
rel|Terpopuler
rel|1. Jadwal Imsakiyah Kota Sukamaju 2025
rel|2. Tarif Parkir Naik Mulai April
rel|3. Lowongan Kerja BUMD Dibuka Pekan Depan
"""),

dict(id="th-001", lang="th", hard=False, opts="",
     notes="Thai health site: seven numbered dengue-prevention tips; breadcrumb, byline, share row, ad "
           "label inside the list, related-articles list, cookie banner.",
     text="""
nav|หน้าแรก > สุขภาพ
T|7 วิธีป้องกันไข้เลือดออกช่วงหน้าฝน
oth|โดย กองบรรณาธิการ | 12 มิ.ย. 2568
sh|แชร์ Facebook | LINE | X
B|กรมควบคุมโรครายงานว่า ตั้งแต่ต้นปีมีผู้ป่วยไข้เลือดออกแล้วกว่า 18,000 ราย แพทย์แนะนำวิธีป้องกันง่าย ๆ ดังนี้
B|1. เทน้ำในภาชนะที่ไม่ใช้ทิ้งทุก 7 วัน
B|2. ปิดฝาโอ่งและภาชนะเก็บน้ำให้มิดชิด
B|3. ใส่ทรายกำจัดลูกน้ำในแจกันและจานรองกระถาง
B|4. ทายากันยุงเมื่อออกนอกบ้านช่วงเช้าและเย็น
oth|โฆษณา
B|5. สวมเสื้อแขนยาวสีอ่อนเมื่ออยู่ในพื้นที่เสี่ยง
B|6. ติดมุ้งลวดที่ประตูและหน้าต่าง
B|7. หากมีไข้สูงเกิน 2 วัน ให้รีบพบแพทย์ และห้ามกินยาแอสไพริน
rel|บทความที่เกี่ยวข้อง
rel|อาการไข้เลือดออกในเด็กที่พ่อแม่ต้องรู้
rel|ยากันยุงแบบไหนปลอดภัยสำหรับเด็กเล็ก
ck|เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน อ่านนโยบายความเป็นส่วนตัว ยอมรับทั้งหมด
"""),
]
