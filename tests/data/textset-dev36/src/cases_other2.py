"""textset-dev36, writer B: live blogs, breaking news and timelines in fr, it, ru, uk, tr, pl, nl,
vi and ar.

Stamp convention: a line that is only a time or date stamp is `other`; a time that opens an
update's own text on the same line is story. Per-post share/copy-link lines are `share_bar`,
reporter lines that are only a name are `other`, live controls are `navigation`.
"""

CASES = [
dict(id="fr-001", lang="fr", hard=False, opts="single",
     notes="French sports site live of a cycling stage; 'Km NN :' updates are story, consent banner cookie_banner, live label/refresh/highlights toggles navigation, bare stamps and the stage-profile widget other, newsletter prompt and related list.", text="""
ck|Avec votre accord, nous et nos partenaires utilisons des cookies pour mesurer l'audience et afficher des publicités.
ck|Accepter et fermer
ck|Continuer sans accepter
nav|Vélo Direct | Route | Piste | VTT | Classements
nav|EN DIRECT
T|Tour des Cévennes, 7e étape : Léo Castagné s'impose en solitaire à Mont-Aigoual
nav|Voir uniquement les temps forts
nav|Actualiser
oth|Étape 7 · Florac – Mont-Aigoual · 162 km · Arrivée en altitude
oth|17:08
B|Arrivée : Léo Castagné (Équipe Garrigue) franchit la ligne avec 38 secondes d'avance sur Pablo Ibarra.
B|Km 151 : Castagné attaque à 11 kilomètres du sommet, personne ne réagit dans le groupe des favoris.
B|Km 120 : L'échappée du jour, forte de six coureurs, est reprise au pied de l'ascension finale.
oth|15:22
B|Km 64 : Chute dans le peloton à la sortie de Meyrueis, le maillot jaune Jonas Weil est relevé sans mal.
B|« J'ai senti les jambes, alors j'ai tenté », a déclaré le vainqueur au micro de l'organisation.
nl|Recevez chaque soir le résumé de l'étape : inscrivez-vous à la lettre Vélo Direct
rel|À lire aussi
rel|Classement général : Weil conserve la tête avant le contre-la-montre
"""),

dict(id="it-001", lang="it", hard=False, opts="crlf",
     notes="Italian national paper's live of a Senate confidence vote; timed updates are story, 'Diretta'/refresh controls navigation, bare stamps, author names and ad slot other, per-post share, comments block, all-rights-reserved line disclaimer.", text="""
nav|Il Corriere Padano · Politica · Economia · Cronaca · Sport
nav|DIRETTA
T|Fiducia al Senato sul decreto energia: sì con 104 voti
oth|Aggiornato alle 19:47
oth|19:45
oth|di Chiara Benvenuti
B|19:45 – L'Aula approva la fiducia con 104 sì, 71 no e 2 astenuti. Il decreto passa ora alla Camera.
sh|Condividi
B|18:30 – Interviene la ministra Anna Rizzardi: «Le bollette delle famiglie scenderanno già dal prossimo trimestre».
B|Le opposizioni contestano il taglio degli incentivi per il fotovoltaico domestico.
oth|Pubblicità
oth|17:02
B|17:02 – Inizia la chiama per il voto di fiducia, in ordine alfabetico a partire dalla lettera M.
B|16:10 – Seduta sospesa per dieci minuti dopo le proteste in Aula.
sh|Condividi
com|Commenti
com|Accedi per lasciare un commento
dis|© Riproduzione riservata
"""),

dict(id="ru-001", lang="ru", hard=False, opts="ws",
     notes="Russian regional news site's online broadcast of a river flood; timed updates are story, 'Онлайн'/refresh navigation, age label and stamps other, per-post share, Telegram subscribe line newsletter, related links and a source credit.", text="""
nav|Вести Приречья · Новости · Происшествия · Город
nav|Онлайн-трансляция
oth|18+
T|Паводок в Заречинске: вода подошла к жилым домам, эвакуированы 600 человек
nav|Обновить ленту
oth|14 апреля, 16:40
B|16:40 — Уровень воды в реке Сосва у Заречинска достиг 912 сантиметров, это на 47 сантиметров выше опасной отметки.
B|16:05 — Из посёлка Луговой эвакуированы около 600 жителей, их разместили в школе № 3.
sh|Поделиться
B|15:30 — Мэр города Ирина Звягинцева ввела режим чрезвычайной ситуации.
B|«Мы ждём пик паводка ночью», — сказала она на брифинге.
oth|14:50
B|14:50 — Закрыт автомобильный мост через Сосву на улице Речной.
att|По данным МЧС и администрации Заречинска
nl|Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о паводке
rel|Читайте также
rel|Где в Заречинске получить питьевую воду: список адресов
"""),

dict(id="uk-001", lang="uk", hard=False, opts="nofinal",
     notes="Ukrainian news site live of a parliament budget vote; timed updates are story, the live label and load-more button navigation, stamps and author line other, per-post share/copy-link, Telegram channel newsletter, copyright disclaimer.", text="""
nav|Дніпровий вісник — Політика
nav|Наживо
T|Рада ухвалила бюджет-2027 у першому читанні
oth|Оновлено о 15:12
oth|Автор: Олена Гринчук
B|15:10 — За проєкт бюджету проголосували 248 народних депутатів.
sh|Поділитися
sh|Копіювати посилання
B|14:25 — Міністр фінансів Тарас Левицький заявив, що дефіцит бюджету заплановано на рівні 17,8% ВВП.
B|13:40 — Депутати відхилили пропозицію перенести розгляд на наступний тиждень.
B|Друге читання має відбутися не пізніше 20 жовтня.
nav|Завантажити ще
nl|Читайте нас у Telegram — лише перевірені новини
dis|Використання матеріалів дозволяється за умови гіперпосилання на «Дніпровий вісник»."""),

dict(id="tr-001", lang="tr", hard=False, opts="single",
     notes="Turkish markets site live of Borsa Istanbul and crypto on a rate-decision day; timed updates are story, index/FX and crypto strips crypto_ticker, an exchange sign-up ad crypto_promo, not-investment-advice line disclaimer, bare stamps other, related links.", text="""
nav|Piyasa Ekranı | Borsa | Döviz | Altın | Kripto
tk|BIST 100 10.284,51 %1,42 | USD/TRY 38,9120 %0,11 | Gram Altın 4.187 TL %0,64
tk|Bitcoin 2.361.400 TL %-1,8 · Ethereum 94.210 TL %-2,3
nav|CANLI
T|Faiz kararı sonrası Borsa İstanbul'da yükseliş: BIST 100 günü %1,4 artıda kapattı
oth|Son güncelleme: 18:12
B|18:10 — BIST 100 endeksi günü 10.284 puandan tamamladı, bankacılık endeksi %3,1 yükseldi.
B|14:00 — Merkez Bankası politika faizini 250 baz puan indirerek %34'e çekti.
B|Piyasa beklentisi 200 baz puanlık indirim yönündeydi.
oth|12:45
B|12:45 — Dolar/TL kararı öncesinde 38,93 seviyesinde yatay seyretti.
B|10:00 — Borsa güne %0,2 düşüşle başladı.
pr|Kripto Ekspres'te ilk işleminize özel %50 komisyon indirimi! Hemen üye olun
dis|Burada yer alan bilgiler yatırım tavsiyesi niteliği taşımaz.
rel|İlgili Haberler
rel|Konut kredisi faizleri ne zaman düşer? Uzmanlar yanıtladı
"""),

dict(id="pl-001", lang="pl", hard=False, opts="",
     notes="Polish sports portal live of a ski-jumping World Cup event; series updates are story, consent banner, live/refresh controls navigation, results widget and stamps other, comment count and a comment, 'Zobacz także' related; extra blank lines before the footer.", text="""
ck|Ta strona korzysta z plików cookie. Kliknij „Zgadzam się”, aby zaakceptować wszystkie.
ck|Zgadzam się
nav|SportNaŻywo.pl › Sporty zimowe › Skoki
nav|RELACJA NA ŻYWO
T|Puchar Świata w Wiśle: Kacper Mroczek drugi, wygrywa Norweg Elvestad
nav|Odśwież relację
oth|1. Elvestad 284,6 pkt · 2. Mroczek 281,2 pkt · 3. Haider 279,9 pkt
B|II seria: Mroczek skacze 132,5 metra i obejmuje prowadzenie, ale Elvestad odpowiada skokiem na 134 metry!
B|Elvestad wygrywa z przewagą 3,4 punktu nad Polakiem.
oth|17:48
B|I seria: Po pierwszej serii Mroczek zajmuje czwarte miejsce ze stratą 6,1 punktu.
B|Wiatr w plecy utrudnia skoki, jury dwukrotnie obniża belkę startową.
B|„Drugi skok był prawie idealny, zabrakło metra” – powiedział Mroczek w rozmowie z telewizją.
~
com|Komentarze (41)
com|skoczek_77: brawo Kacper, w niedzielę będzie zwycięstwo!
rel|Zobacz także
rel|Kadra na Turniej Czterech Skoczni ogłoszona. Jedna niespodzianka
"""),

dict(id="nl-001", lang="nl", hard=False, opts="crlf",
     notes="Dutch broadcaster's storm live blog; timed updates are story, liveblog label, new-updates and key-moments toggles navigation, stamps, editor names and the weather-warning widget other, per-post share, ANP credit attribution, related links.", text="""
nav|Omroep Westkust | Nieuws | Regio | Weer | Sport
nav|Liveblog
T|Storm Hedda raakt de kust: code oranje, treinverkeer stilgelegd
nav|4 nieuwe updates
nav|Toon alleen belangrijke momenten
oth|Code oranje: zware windstoten tot 110 km/u
oth|15:32
oth|Redactie: Sanne de Wit
B|15:32 – In Katwijk is een boom op een rijdende auto gevallen. De bestuurder is lichtgewond naar het ziekenhuis gebracht.
sh|Deel dit bericht
B|14:55 – ProRail legt al het treinverkeer tussen Leiden en Den Haag stil tot minstens 18.00 uur.
B|De Afsluitdijk is afgesloten voor vrachtwagens en caravans.
oth|14:10
B|14:10 – Het KNMI meldt een windstoot van 124 kilometer per uur bij Hoek van Holland.
B|Gemeenten vragen inwoners om losse spullen in de tuin vast te zetten.
att|Met informatie van ANP
rel|Lees ook
rel|Schade door storm? Dit moet je weten over je verzekering
"""),

dict(id="vi-001", lang="vi", hard=False, opts="single",
     notes="Vietnamese news portal live of a typhoon, scraped without a headline; timed updates are story, live label and load-more navigation, stamps other, per-post share, a source credit, related links and a copyright line.", text="""
nav|Tin Nhanh Miền Trung | Thời sự | Thế giới | Kinh doanh
nav|TRỰC TIẾP
oth|Cập nhật lúc 11:30, 21/10/2026
B|11:30: Bão số 7 đổ bộ vào khu vực giữa Quảng Ngãi và Bình Định, sức gió mạnh nhất cấp 11, giật cấp 13.
B|10:45: Tỉnh Quảng Ngãi đã sơ tán hơn 38.000 người dân ở các xã ven biển.
sh|Chia sẻ
oth|09:20
B|09:20: Sân bay Chu Lai tạm dừng khai thác từ 9h đến 18h hôm nay.
B|Nhiều tuyến phố ở thành phố Quảng Ngãi bị ngập sâu 0,5 mét.
B|08:00: Trung tâm Dự báo cho biết mưa lớn sẽ kéo dài đến hết ngày 22/10.
nav|Xem thêm
att|Theo Trung tâm Dự báo khí tượng thủy văn quốc gia
rel|Tin liên quan
rel|Hướng dẫn gia cố nhà cửa trước mùa mưa bão
dis|Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.
"""),

dict(id="ar-001", lang="ar", hard=False, opts="ws",
     notes="Arabic news site live of an oil producers' meeting; timed updates are story, the oil/gold strip crypto_ticker, live label and refresh navigation, stamps other, per-post share, related links and a not-advice disclaimer.", text="""
nav|الخليج الآن | أخبار | اقتصاد | رياضة | منوعات
tk|برنت 78.42$ ▲1.2% | غرب تكساس 74.10$ ▲1.1% | الذهب 2,412$ ▼0.3%
nav|مباشر
T|تحالف المنتجين يمدد خفض الإنتاج حتى نهاية مارس
nav|تحديث
oth|آخر تحديث: 16:20 بتوقيت مكة
B|16:15 — أعلن التحالف تمديد خفض الإنتاج الطوعي البالغ 1.6 مليون برميل يوميا حتى نهاية مارس.
B|15:40 — ارتفع خام برنت بأكثر من 1% بعد تسريب مسودة البيان الختامي.
sh|شارك
oth|14:05
B|14:05 — بدأ الاجتماع الوزاري عبر الاتصال المرئي بمشاركة 22 دولة.
B|وقال وزير الطاقة في الدولة المضيفة إن السوق «لا تزال بحاجة إلى الاستقرار».
rel|اقرأ أيضا
rel|كيف تؤثر أسعار النفط على موازنات دول الخليج؟
dis|الأسعار المعروضة للاستئناس فقط ولا تشكل توصية بالشراء أو البيع.
"""),
]
