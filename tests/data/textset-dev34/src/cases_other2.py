"""textset-dev34, writer B: other-language cases, part 2 (fr, it, ru, uk, tr, pl, nl, id, ar).

Sentence-shaped furniture: update and AI-transcription notes, project and grant lines, comment
policies, event invitations, content warnings, helpline boxes, donor disclaimers, holdings
disclosures, trading promos, tip lines, author bios, membership appeals.
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="nofinal",
     notes="French regional paper on hail damage to vineyards, with a photo caption: a paywall meter sentence and a publication/update note at the top, an inline 'À lire aussi' in the middle, an AI-transcription note and a report-an-error line (other) and a newsletter pitch at the bottom.",
     text="""
nav|Accueil > Économie > Agriculture
oth|Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous pour lire sans limite dès 1 € le premier mois.
oth|Cet article a été publié initialement le 12 novembre et mis à jour le 2 décembre avec les chiffres définitifs de la chambre d'agriculture.
T|Après la grêle, les vignerons du Val-Clairon comptent leurs pertes
oth|Par Léa Morvan — Lecture : 4 min
C|Dans les parcelles de Saint-Aubin-du-Val, une partie des grappes n'a pas pu être récoltée. (Photo : Hugo Ferrand / Le Courrier du Val)
B|L'orage de grêle du 9 septembre a touché près de 1 100 hectares de vigne dans le Val-Clairon, selon le bilan définitif de la chambre d'agriculture.
B|Sur les parcelles les plus exposées, les pertes de récolte atteignent 70 %.
B|« En dix minutes, on a perdu le travail d'une année », résume Étienne Garnier, viticulteur à Saint-Aubin-du-Val.
rel|À lire aussi : Vendanges 2026 : un millésime précoce mais réduit dans tout le département
B|La préfecture a lancé la procédure de reconnaissance de calamité agricole, qui pourrait ouvrir droit à des indemnisations au printemps.
B|Une trentaine de domaines envisagent aussi d'acheter du raisin à des voisins épargnés pour maintenir leurs ventes.
oth|Les entretiens de cet article ont été retranscrits à l'aide d'un outil d'intelligence artificielle ; le texte a été rédigé et vérifié par notre journaliste.
oth|Vous avez repéré une erreur dans cet article ? Signalez-la à la rédaction.
nl|Chaque vendredi, recevez « Terroirs », notre lettre consacrée à l'agriculture et au vin. Inscription gratuite.
sh|Partager : Facebook · X · WhatsApp · Copier le lien
"""),

dict(id="it-001", lang="it", hard=False, opts="ws",
     notes="Italian local paper on a restored square, with a photo caption: listen widget, byline and a project/funder line at the top (other); comment-moderation paragraph (comments), reproduction line (disclaimer) and a related link at the bottom.",
     text="""
nav|Home | Cronaca | Cultura | Provincia
oth|Ascolta l'articolo
T|Riapre piazza dei Mercanti dopo due anni di restauro
oth|di Giulia Fornasari | 30 novembre 2026
oth|Questo articolo fa parte del progetto «Borghi vivi», realizzato con il contributo della Fondazione Terre di Montalba.
B|Dopo due anni di cantiere, piazza dei Mercanti a Montalba torna ai cittadini.
C|La pavimentazione in pietra serena della piazza dopo il restauro (foto Marco Zanella)
B|I lavori, costati 2,3 milioni di euro, hanno riportato alla luce la pavimentazione originale del Cinquecento.
B|Il sindaco Paolo Ghirardi ha annunciato che il mercato settimanale del giovedì tornerà nella piazza dal 15 gennaio.
B|«Era il salotto del paese ed è tornato a esserlo», ha detto.
B|Durante gli scavi sono emersi anche i resti di un pozzo medievale, che resterà visibile sotto una lastra di vetro.
com|I commenti sono moderati dalla redazione e vengono pubblicati entro 24 ore; non saranno accettati messaggi offensivi, pubblicitari o fuori tema.
dis|© Riproduzione riservata
rel|Leggi anche
rel|Montalba, il teatro comunale cerca volontari per la stagione invernale
"""),

dict(id="ru-001", lang="ru", hard=False, opts="single",
     notes="Russian science site on a microplastics filter: reading time and byline at the top, an inline 'Читайте также' in the middle; grant line, typo-report line and an invitation to a public lecture (other) plus a Telegram pitch (newsletter) at the bottom.",
     text="""
nav|Наука | Технологии | Образование
oth|Время чтения: 5 минут
T|Химики из Приозёрска создали фильтр, который очищает воду от микропластика за один проход
oth|Анна Вершинина, 27 ноября 2026
B|Исследователи Приозёрского политехнического университета разработали мембранный фильтр, который задерживает до 94% частиц микропластика размером от одного микрометра.
B|В основе фильтра — слой модифицированной целлюлозы, полученной из отходов деревообработки.
B|По словам руководителя лаборатории Дмитрия Кожевникова, стоимость одного картриджа не превысит 300 рублей.
rel|Читайте также: Микропластик нашли в снегу на горных вершинах Заполярья
B|Испытания на речной воде показали, что фильтр сохраняет эффективность после 200 литров.
B|Следующий этап — проверка на очистных сооружениях посёлка Лесной в 2027 году.
B|Результаты опубликованы в журнале «Вестник прикладной химии».
oth|Материал подготовлен при поддержке гранта Фонда научных коммуникаций «Открытая лаборатория».
oth|Заметили ошибку в тексте? Отметьте её мышью и отправьте редакции сочетанием клавиш Ctrl+Enter.
nl|Подписывайтесь на наш Telegram-канал: там мы рассказываем о новых открытиях раньше, чем на сайте.
oth|Приглашаем на открытую лекцию Дмитрия Кожевникова «Пластик, которого не видно» 12 декабря в 18:00 в научной библиотеке университета. Вход свободный по регистрации.
"""),

dict(id="uk-001", lang="uk", hard=False, opts="",
     notes="No headline: a Ukrainian community site on a crisis centre for survivors of domestic violence; a content warning and a stamp open the scrape (other); the helpline box and the donor line are other, the donor's views disclaimer is disclaimer; the one-line quote is story.",
     text="""
oth|Увага: цей матеріал містить згадки про домашнє насильство.
oth|02.12.2026, 11:30
B|У Лубенці відкрився перший у районі кризовий центр для постраждалих від домашнього насильства.
B|Центр розрахований на дванадцять місць; жінки з дітьми можуть перебувати тут до трьох місяців.
B|За даними поліції, з початку року в громаді зареєстрували 418 звернень щодо домашнього насильства — на чверть більше, ніж торік.
B|Керівниця центру Оксана Дячук каже, що більшість жінок звертаються по допомогу лише після кількох років насильства.
B|«Найважче — зробити перший дзвінок».
B|Окрім житла, центр надає психологічну та юридичну допомогу.
oth|Якщо ви або ваші близькі потерпаєте від насильства, телефонуйте на цілодобову гарячу лінію 0 800 41 12 77 (безкоштовно) або до поліції за номером 102.
oth|Матеріал створено за підтримки Фонду регіональної журналістики «Голос громади».
dis|Погляди, висловлені в цій публікації, належать авторам і не обов'язково відображають позицію донора.
sh|Поширити новину: Facebook · Telegram · Viber · копіювати посилання
rel|Інші новини громади
rel|У Лубенці відремонтують амбулаторію на вулиці Садовій
"""),

dict(id="tr-001", lang="tr", hard=False, opts="",
     notes="Turkish crypto site on an exchange delisting two tokens: a price strip on three single-newline lines at the top, a bonus promo in persuasive prose in the middle, the author's holdings statement and a not-advice line (disclaimer) and a stamped teaser at the bottom; a story line quoting the exchange notice is story.",
     text="""
tk|BTC 3.642.180 ₺ %-0,94
>tk|ETH 129.450 ₺ %+0,41
>tk|AVAX 1.018 ₺ %-2,37
nav|Anasayfa / Kripto / Borsalar
T|Yerli kripto borsası Karavan, iki tokeni listeden çıkarıyor
oth|Okuma süresi: 3 dk · 01.12.2026 10:27
B|İstanbul merkezli kripto para borsası Karavan, likiditesi düşük iki tokeni 15 Aralık itibarıyla listeden çıkaracağını duyurdu.
B|Kararın, Sermaye Piyasası Kurulu'nun yeni listeleme kriterlerinin ardından alındığı belirtildi.
B|Kullanıcıların bu tokenleri 14 Aralık saat 23.59'a kadar satması ya da başka bir cüzdana çekmesi gerekiyor.
B|Borsanın duyurusunda "Söz konusu varlıklar için yatırma işlemleri derhal durdurulmuştur" ifadesine yer verildi.
pr|Kripto dünyasına adım atmanın tam zamanı! Bugün Lidya Exchange'e üye olun, ilk yatırımınıza özel 500 TL değerinde bonus kazanın; üstelik ilk ay işlem komisyonu sıfır.
B|Borsa, çekilmeyen varlıkların 30 gün içinde stabil koine dönüştürülerek hesaplara aktarılacağını açıkladı.
B|Karavan'ın günlük işlem hacmi son üç ayda yaklaşık yüzde 40 geriledi.
dis|Yazarın beyanı: Yazar, haberde adı geçen tokenlerin hiçbirine sahip değildir; ancak portföyünde ETH bulunmaktadır.
dis|Bu içerik yatırım tavsiyesi niteliği taşımaz. Kripto varlıklar yüksek risk içerir; kararlarınızı kendi araştırmanıza dayanarak verin.
rel|İlgili haberler
rel|Stabil koin işlem hacmi kasımda rekor kırdı
rel|KriptoGündem2026/11/30 17:12
"""),

dict(id="pl-001", lang="pl", hard=False, opts="single",
     notes="Polish local portal on free public transport: a long one-sentence cookie notice and button at the top; a sentence-shaped teaser of an earlier story in the middle (related_links); a project-funding line and a tip line (other), comment rules and a login prompt (comments) at the bottom.",
     text="""
ck|Ta strona korzysta z plików cookie, aby zapewnić prawidłowe działanie serwisu, mierzyć jego oglądalność i dopasowywać reklamy; ustawienia możesz zmienić w dowolnym momencie w zakładce „Prywatność”.
ck|Akceptuję
nav|Wiadomości > Region > Borów
T|Borów wprowadzi darmową komunikację miejską od lutego
oth|Tomasz Wierzbicki | 26 listopada 2026, 14:52
B|Od 1 lutego pasażerowie w Borowie będą jeździć autobusami miejskimi za darmo.
B|Taką uchwałę przyjęła w środę rada miasta; za głosowało 17 radnych, przeciw było 4.
B|Koszt utrzymania bezpłatnej komunikacji szacowany jest na 6,8 mln zł rocznie.
rel|Pisaliśmy o tym w zeszłym tygodniu: sąsiednia Lipnica po dwóch latach zrezygnowała z darmowych autobusów, bo koszty okazały się dwa razy wyższe, niż zakładano.
B|Prezydent miasta Agnieszka Rutkowska przekonuje, że ubytek z biletów zrekompensują niższe wydatki na remonty dróg w centrum.
B|Z darmowych przejazdów skorzystają wszyscy pasażerowie, nie tylko mieszkańcy gminy.
oth|Artykuł powstał w ramach projektu „Lokalnie i rzetelnie”, dofinansowanego ze środków Fundacji Mediów Obywatelskich.
oth|Masz temat, o którym powinniśmy napisać? Napisz do nas na redakcja@borowskie24.pl albo zadzwoń: 512 004 918.
com|Regulamin komentarzy: redakcja usuwa wpisy obraźliwe, wulgarne i niezwiązane z tematem artykułu. Za treść komentarzy odpowiadają ich autorzy.
com|Zaloguj się, aby dodać komentarz
"""),

dict(id="nl-001", lang="nl", hard=False, opts="~",
     notes="Dutch regional site on a ferry's longer hours: a listen line and byline at the top, an inline 'Lees ook' in the middle; after extra blank lines an author bio and a membership appeal (other) and a share line.",
     text="""
nav|Nieuws | Regio | Sport | Cultuur
oth|Luister naar dit artikel (voorgelezen door een computerstem)
T|Pontje tussen Hoogdijk en Zandwaard vaart vanaf januari ook 's avonds
oth|Door Sanne de Ruiter · 2 december 2026, 07:45
B|Het voetveer tussen Hoogdijk en Zandwaard gaat vanaf 6 januari ook 's avonds varen, tot 22.00 uur.
B|Nu stopt het pontje nog om 19.00 uur, wat veel scholieren en ploegendienstmedewerkers dwarszit.
B|De provincie trekt 180.000 euro per jaar uit voor de langere vaartijden.
B|Een enkele overtocht blijft 1,50 euro kosten; fietsers betalen 2 euro.
rel|Lees ook: Brug bij Zandwaard maanden dicht voor groot onderhoud
B|'Eindelijk hoef ik niet meer om te fietsen via de brug, dat scheelt me elke dag veertig minuten', zegt verpleegkundige Fenna Bakker.
B|Als de proef een succes is, kijkt de provincie ook naar een zondagsdienst.
~
oth|Over de auteur: Sanne de Ruiter schrijft voor de regioredactie over verkeer, wonen en alles wat met water te maken heeft.
oth|Onafhankelijke lokale journalistiek kost geld. Word lid vanaf 6 euro per maand en help ons de regio scherp in beeld te houden.
sh|Deel dit artikel
"""),

dict(id="id-001", lang="id", hard=False, opts="crlf",
     notes="Indonesian regional portal on a flood: a one-sentence cookie notice below the breadcrumb at the top, an inline 'Baca juga' in the middle; the editor credit is attribution, the WhatsApp channel pitch newsletter, the reader tip line other.",
     text="""
nav|Beranda › Daerah › Jawa Tengah
ck|Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini; dengan terus menjelajah, Anda menyetujui penggunaan cookie sesuai Kebijakan Privasi kami.
T|Banjir rendam 1.200 rumah di Kabupaten Sindangrejo, ratusan warga mengungsi
oth|Penulis: Dimas Prasetyo | Senin, 1 Desember 2026 | 19:20 WIB
B|Hujan deras sejak Minggu malam membuat Sungai Cikaret meluap dan merendam sekitar 1.200 rumah di empat kecamatan di Kabupaten Sindangrejo.
B|Badan Penanggulangan Bencana Daerah (BPBD) setempat mencatat 640 warga mengungsi ke balai desa dan masjid.
B|Ketinggian air di beberapa titik mencapai 1,2 meter.
rel|Baca juga: BMKG peringatkan cuaca ekstrem di pesisir utara hingga pekan depan
B|Kepala BPBD Sindangrejo, Heru Santoso, mengatakan tidak ada korban jiwa dalam peristiwa ini.
B|Petugas gabungan mendirikan dapur umum dan menyalurkan 2 ton beras kepada pengungsi.
att|Editor: Rina Kartikasari
nl|Ikuti saluran WhatsApp kami dan dapatkan kabar terbaru dari daerah langsung di ponsel Anda.
oth|Punya informasi atau foto kejadian di sekitar Anda? Kirimkan ke redaksi melalui WhatsApp 0812-0000-4471; identitas pengirim kami rahasiakan.
"""),

dict(id="ar-001", lang="ar", hard=False, opts="nofinal",
     notes="Arabic local paper on a date festival: an editor's note on the print origin and updated figures at the top (other), an inline 'اقرأ أيضاً' in the middle; an invitation to a paper-run seminar (other), a newsletter pitch, the rights line (disclaimer) and a bare share word at the bottom.",
     text="""
nav|الرئيسية | محليات | اقتصاد
T|مهرجان التمور في واحة الرمال يستقبل 40 ألف زائر في أسبوعه الأول
oth|بقلم: سلمى الحارثي — الأحد 30 نوفمبر 2026
oth|ملاحظة المحرر: نُشر هذا التقرير أولاً في النسخة الورقية، وجرى تحديث أرقام الزوار والمبيعات صباح اليوم.
B|استقبل مهرجان التمور السنوي في واحة الرمال أكثر من 40 ألف زائر خلال أسبوعه الأول، بحسب اللجنة المنظمة.
B|ويشارك في المهرجان 215 مزارعاً يعرضون أكثر من 30 صنفاً من التمور المحلية.
B|وبلغت قيمة المبيعات حتى الآن نحو 6.4 مليون ريال.
rel|اقرأ أيضاً: ارتفاع صادرات التمور إلى آسيا بنسبة 18% خلال العام الجاري
B|وقال رئيس اللجنة المنظمة خالد العمري إن المهرجان «أصبح موسماً اقتصادياً لأهالي الواحة».
B|ويستمر المهرجان حتى منتصف ديسمبر، مع فعاليات يومية للأطفال ومسابقة لأفضل مزرعة.
oth|ندعوكم لحضور ندوة «مستقبل زراعة النخيل» التي تنظمها الصحيفة مساء الخميس المقبل في قاعة الغرفة التجارية، والدعوة عامة للجميع.
nl|اشترك في نشرتنا البريدية اليومية لتصلك أهم الأخبار المحلية صباح كل يوم.
dis|جميع الحقوق محفوظة، ولا يجوز إعادة نشر المحتوى دون إذن كتابي من إدارة التحرير.
sh|شارك
"""),
]
