"""textset-dev24, writer B: other-language cases, part 2 (fr, it, ru, uk, tr, pl, nl, id, ar):
wire copy, e-mail digests, e-paper print text and print-view pages, several with hard-wrapped
story paragraphs (every wrapped line is a body line)."""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="crlf",
     notes="French regional page in print view (CRLF): consent banner with its buttons, breadcrumb, listen and text-size widgets, print/e-mail/share bar, byline and time stamp (other), story with a one-line fact, comment block and an inline 'À lire aussi' teaser.",
     text="""
ck|Nous respectons votre vie privée : nos partenaires et nous utilisons des traceurs pour mesurer l'audience et personnaliser les publicités.
ck|Tout accepter
ck|Continuer sans accepter
nav|Accueil › Régions › Bourgogne
oth|Écouter cet article · 3 min
oth|Taille du texte : A A A
sh|Imprimer · Envoyer par e-mail · Partager
T|À Saint-Aubin-des-Prés, la dernière classe du village fermera en juillet
oth|Par Clémence Varennes · Publié le 18 mars 2025 à 07h12, mis à jour à 09h30
B|L'école de Saint-Aubin-des-Prés, 412 habitants, accueillera ses élèves pour la dernière fois le 4 juillet.
B|À la rentrée, les 14 enfants de l'unique classe rejoindront le regroupement scolaire de Vernoux, à neuf kilomètres.
B|Un car de ramassage partira de la place de la mairie à 7 h 50.
B|« On perd plus qu'une école, on perd le seul endroit où les familles se croisent », regrette la maire, Josiane Perrault.
B|Le rectorat rappelle que les effectifs de la commune ont baissé de moitié en dix ans.
com|12 commentaires
com|Connectez-vous pour réagir
com|GillesDu71 · il y a 2 h : Même chose chez nous en 2019, le car, on s'y fait.
rel|À lire aussi : Dans l'Yonne, les villages se disputent les derniers médecins
"""),

dict(id="it-001", lang="it", hard=False, opts="",
     notes="Italian e-paper page text: running head (navigation), byline (other), hard-wrapped story, a pull quote repeating the opening of a quote (other, middle), a photo caption with credit, jump line and page switcher (navigation).",
     text="""
nav|IL CORRIERE DEL LAGO | Martedì 4 marzo 2025 | CRONACA | 15
T|Il battello storico torna a navigare dopo tre anni di restauro
oth|di Ilaria Fumagalli
B|COMO - Il piroscafo "Lariano", varato nel 1926, tornerà a solcare il
>B|lago a partire da Pasqua, dopo tre anni di lavori nel cantiere di
>B|Dervio costati in tutto 4,8 milioni di euro.
B|Il restauro ha riguardato soprattutto lo scafo e la caldaia, che è
>B|stata ricostruita seguendo fedelmente i disegni originali del 1925.
oth|«Sentire di nuovo il fischio della sirena è stata un'emozione»
B|«Sentire di nuovo il fischio della sirena è stata un'emozione», ha
>B|detto il capitano Aurelio Benassi, 61 anni, al timone del battello.
C|Il piroscafo "Lariano" durante le prove in acqua davanti a Dervio (foto Sergio Molteni)
B|Le corse saranno tre al giorno, da aprile a ottobre.
nav|SEGUE A PAGINA 17
nav|◀ pag. 14 | pag. 16 ▶
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single nofinal",
     notes="Russian wire flash without a headline (single newlines, hard-wrapped, no final newline): flash label and feed stamp (other), story including the one-line 'no casualties', (продолжение следует) (other), editor credit (attribution) and subscribers-only notice (disclaimer).",
     text="""
oth|МОЛНИЯ
oth|ЛЕНТА «ВОЛГА-ИНФОРМ» 07.11.2025 09:14 МСК
B|САМАРА, 7 ноября. /Агентство «Волга-Информ»/. Движение по мосту
B|через реку Самарку ограничено из-за ночного наезда баржи на опору,
B|сообщили в региональном управлении автомобильных дорог.
B|По предварительным данным, несущая конструкция моста не пострадала.
B|Для грузовиков организован объезд через южную окраину города,
B|легковые машины пропускают по одной полосе в каждом направлении.
B|Пострадавших нет.
oth|(Продолжение следует)
att|Редактор: Олег Вершинин
dis|Материал предназначен только для подписчиков ленты. Перепечатка без разрешения агентства запрещена.
"""),

dict(id="uk-001", lang="uk", hard=False, opts="",
     notes="Ukrainian city morning e-mail digest: browser-view link, issue stamp and weather greeting (other), section headers (navigation), main story with a one-line fact, a partner block (other), the other items as related links, forward/receiving/unsubscribe lines (newsletter).",
     text="""
nav|Лист відображається некоректно? Відкрийте у браузері
oth|Ранок у Львові · № 187 · вівторок, 3 червня 2025
oth|Доброго ранку! Сьогодні у Львові до +24°, ввечері можливий дощ.
nav|Головне за добу
T|Трамвай на Сихів почне курсувати нічним графіком
B|З 10 червня трамвайний маршрут № 3 на Сихів курсуватиме до 01:00, повідомили в міському транспортному підприємстві.
B|Досі останній вагон вирушав із центру о 23:15.
B|Нічні рейси ходитимуть з інтервалом 20 хвилин, вартість проїзду не зміниться.
B|«Після другої зміни добратися додому було справжньою проблемою», — каже медсестра Оксана Гнатів.
B|Якщо пасажирів буде достатньо, нічний графік запровадять і на маршруті № 6.
oth|Партнер випуску — кав'ярня «Зерно на Личакові»: покажіть цей лист і отримайте друге еспресо безкоштовно.
nav|Коротко
rel|— На площі Ринок розпочали ремонт бруківки
rel|— Бібліотека на Зеленій відкриває коворкінг для студентів
nl|Вам переслали цей лист? Підпишіться, щоб отримувати його щоранку.
nl|Ви отримали цей лист, бо підписалися на розсилку «Ранок у Львові».
nl|Відписатися · Змінити налаштування
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish city news page in print view: markets strip (crypto_ticker), breadcrumb, text-size widget, print/e-mail/share bar, a dek glued to itself (duplicate_line), desk and time stamp (other), story, comment block and related news.",
     text="""
tk|BIST 100 9.812,44 %0,73 ▲ | DOLAR 34,18 | EURO 37,02 | GRAM ALTIN 2.941 TL
nav|Ana Sayfa / Yerel / İzmir
oth|Yazı boyutu: A- A+
sh|Yazdır | E-posta ile gönder | Paylaş
T|İzmir'de vapur ücretlerine yüzde 25 zam
dup|Yeni tarife 1 Şubat'tan itibaren uygulanacak.Yeni tarife 1 Şubat'tan itibaren uygulanacak.
oth|Haber Merkezi | 24.01.2025 - 11:36
B|Büyükşehir belediye meclisi, körfezdeki vapur seferlerinin ücretlerine yüzde 25 zam yapılmasını onayladı.
B|Tam bilet 20 liradan 25 liraya, öğrenci bileti ise 9 liradan 11 liraya çıkacak.
B|Belediye, yakıt ve bakım giderlerindeki artışı gerekçe gösterdi.
B|Muhalefet grubu zammı "dar gelirliye ek yük" olarak nitelendirdi.
B|Karşıyaka-Konak hattı günde ortalama 38 bin yolcu taşıyor.
com|Yorumlar (14)
com|Yorum yapabilmek için giriş yapın.
com|Kordonlu_35: Her yıl zam, sefer sayısı aynı.
rel|İlgili Haberler
rel|Metro seferleri bayramda 24 saat sürecek
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish wire copy: PILNE and slug (other), hard-wrapped story with a one-line fact, (dalszy ciąg nastąpi) (other), extra blank lines, author/editor credit (attribution), licence notice (disclaimer) and the closing 'kon.' (other).",
     text="""
oth|PILNE
oth|WAW 0412 Kraj/Gospodarka/Mleczarnia (aktualizacja)
T|Spółdzielnia mleczarska z Podlasia przejmie zakład w Łomży
B|Białystok (Agencja Wschód) - Spółdzielnia Mleczarska „Narew” przejmie
>B|zakład przetwórczy w Łomży od upadłej spółki Laktonea, poinformował
>B|we wtorek prezes spółdzielni Zenon Wasiluk.
B|Wartość transakcji wyniosła 38 mln zł. Zakład zatrudnia 140 osób
>B|i wszystkie mają zachować pracę - zapewnił Wasiluk.
B|"Chcemy tu w ciągu dwóch lat podwoić przerób mleka" - powiedział.
B|Transakcję musi jeszcze zatwierdzić UOKiK.
oth|(dalszy ciąg nastąpi)
~
att|Autor: Karolina Sielska; redakcja: Marek Dąbrowicz
dis|Wszelkie prawa zastrzeżone. Wykorzystanie depeszy poza umową licencyjną jest zabronione.
oth|kon.
"""),

dict(id="nl-001", lang="nl", hard=False, opts="nofinal",
     notes="Dutch regional e-paper page (no final newline): running head (navigation), byline (other), hard-wrapped story, a pull quote repeating a quote's opening (other, middle), a photo credit line without a caption (attribution) and the jump line (navigation).",
     text="""
nav|DE POLDERBODE | donderdag 6 maart 2025 | REGIO | pagina 3
oth|Door Jochem van der Plas
T|Dijkversterking bij Oudewater-Zuid loopt jaar vertraging op
B|De versterking van de Lekdijk tussen Schoonrijp en Oudewater-Zuid is
>B|pas in het voorjaar van 2027 klaar, een jaar later dan gepland.
B|Het waterschap meldt dat bij proefboringen meer veen in de ondergrond
>B|is gevonden dan verwacht, waardoor een andere bouwmethode nodig is.
B|De extra kosten worden geschat op 11 miljoen euro.
oth|'We gaan geen halve dijk opleveren'
B|'We gaan geen halve dijk opleveren,' zegt dijkgraaf Renske Hoogeveen.
B|Omwonenden krijgen in april een informatieavond in dorpshuis De Schakel.
att|Foto: Waterschap Lekstroom
nav|Lees verder op pagina 5
"""),

dict(id="id-001", lang="id", hard=False, opts="ws",
     notes="Indonesian markets morning e-mail (trailing whitespace): web-version link, date stamp, market strip with IHSG, rupiah, gold and bitcoin (crypto_ticker), section headers, main story, a sponsored crypto-app promo (crypto_promo) with its risk line (disclaimer), other items as related links, unsubscribe lines.",
     text="""
nav|Tidak bisa membaca email ini? Buka versi web
oth|Kabar Pasar Pagi · Senin, 10 Februari 2025
tk|IHSG 7.112,45 (+0,58%) · USD/IDR 16.284 · Emas Rp1.672.000/gram · BTC Rp1,59 miliar
nav|BERITA UTAMA
T|Dua bank daerah sepakat merger, aset gabungan Rp210 triliun
B|Dua bank pembangunan daerah, BPD Merapi dan BPD Serayu, menandatangani nota kesepahaman penggabungan usaha pada Jumat (7/2).
B|Setelah merger, bank hasil penggabungan akan memiliki aset sekitar Rp210 triliun dan 412 kantor cabang.
B|Kedua bank saat ini melayani sekitar 3,1 juta nasabah.
B|Proses merger ditargetkan rampung pada akhir 2025, menunggu persetujuan OJK dan para pemegang saham.
B|"Kami tidak akan menutup kantor cabang di kecamatan," kata Direktur Utama BPD Merapi, Wahyu Prasetyo.
pr|DISPONSORI · Beli kripto mulai Rp10.000 di aplikasi Koinara. Daftar sekarang, dapat saldo bonus Rp50.000!
dis|Kripto adalah aset berisiko tinggi. Keputusan investasi sepenuhnya di tangan Anda.
nav|BERITA LAINNYA
rel|• Harga cabai rawit turun jelang Ramadan
rel|• Ekspor kopi Lampung naik 12 persen
nl|Anda menerima email ini karena terdaftar di Kabar Pasar Pagi.
nl|Berhenti berlangganan | Atur preferensi email
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic e-paper page text (no final newline): running head (navigation), byline (other), story, a pull quote repeating part of a story sentence (other, middle), jump line (navigation) and copyright line (disclaimer).",
     text="""
nav|صحيفة الساحل | الثلاثاء 4 مارس 2025 | محليات | الصفحة 7
T|محطة تحلية جديدة في رأس الغيمة تدخل الخدمة الصيف المقبل
oth|كتب: سامر الحداد
B|أعلنت هيئة المياه أن محطة تحلية مياه البحر الجديدة في رأس الغيمة ستبدأ التشغيل التجريبي في يونيو المقبل.
B|وتبلغ الطاقة الإنتاجية للمحطة 60 ألف متر مكعب يوميًا، أي ما يكفي نحو 200 ألف نسمة.
B|وقال مدير المشروع المهندس طارق العوضي إن نسبة الإنجاز بلغت 87 في المئة.
oth|«نسبة الإنجاز بلغت 87 في المئة»
B|ويعاني سكان الأحياء الشرقية من انقطاع متكرر للمياه خلال أشهر الصيف.
B|وبلغت تكلفة المشروع 140 مليون دولار.
nav|التتمة في الصفحة 9
dis|جميع الحقوق محفوظة لصحيفة الساحل © 2025
"""),
]
