# Cases in languages other than en / zh of textset-dev12 (tagged line lists; see make_cases.py)
CASES = [
dict(id="ja-001", lang="ja", ws=True, notes="Yahoo!ニュース-style repost with trailing whitespace: distributor stamp at top, 関連記事 link mid-story, 最終更新, 配信元 attribution, comment counter, report link and ranking at bottom.", lines="""
T 駅前の空き店舗を「まちの本棚」に　高校生が企画、1カ月で貸し出し800冊
ot 4/18(土) 9:05配信
B 長野県上田市の上田駅前で、空き店舗を活用した私設図書館「まちの本棚」が話題になっている。
B 企画したのは市内の高校2年生4人。
B 地元の商店街振興組合から家賃無料で店舗を借り、寄贈された約2300冊を並べた。
rl 【関連記事】駅前商店街、10年で空き店舗が倍増
B 開館から1カ月で延べ800冊が貸し出された。
B 代表の宮坂凛さんは「放課後に寄れる場所が欲しかった」と話す。
B 運営は週3日で、当番は生徒とOBの大学生が交代で担っている。
ot 最終更新:4/18(土) 11:40
at 信州あおぞら新聞
cm コメント 128件
ot 記事に関する報告
rl アクセスランキング
rl 北陸新幹線、大雪で一部区間運転見合わせ
"""),
dict(id="ja-002", lang="ja", fmt="single", notes="LINE NEWS repost (single newlines): LINE NEWS header and 友だち追加 prompt at top; シェア bar, 出典 attribution, 関連ニュース and app prompt at bottom.", lines="""
ot LINE NEWS
nl 友だち追加して最新ニュースを受け取る
T 首都高の深夜割引、7月から対象時間を拡大へ
ot 2026年5月28日 18:32
B 首都高速道路会社は28日、深夜割引の対象時間を7月1日から拡大すると発表した。
B これまで午前0時から4時だった対象時間を、午後11時から午前5時に広げる。
B 割引率は普通車で3割。
B 物流業者の間では「夜間の配送計画が立てやすくなる」と歓迎の声が上がっている。
sb シェア　ポスト　LINEで送る
at 出典：東都交通ジャーナル
rl 関連ニュース
rl 高速道路の料金所、現金払いレーン縮小へ
nv LINEアプリで続きを読む
"""),
dict(id="hard-ja-001", lang="ja", hard=True, notes="Hard: note.com creators and paywalled posts — story quotes the paywall wording ('ここから先は有料') and membership pricing; the note page itself carries real スキ/フォロー controls, a membership offer and a tipping prompt.", lines="""
ot 見出し画像
T noteの有料記事、「途中まで無料」が売上を伸ばす理由
ot 川端ユキ
nl フォロー
ot 2026年9月3日 07:00
B 有料記事の売り方について、クリエイター約500人にアンケートを取った。
B 記事の冒頭3割ほどを無料で公開し、「ここから先は有料です」と区切る形式が最も多かった。
B 全文を有料にした記事と比べ、購入率はおよそ2倍だった。
B 価格帯
B 最も売れていたのは300円から500円の記事。
B 月額のメンバーシップに切り替えた人も2割いた。
B あるエッセイストは「無料部分で信頼してもらえるかが勝負」と語る。
sb スキ 248
ot 記事を書いたクリエイターを応援しませんか？チップで気持ちを届けられます
nl メンバーシップに加入すると、過去の限定記事がすべて読めます
sb シェア
"""),
dict(id="ko-001", lang="ko", final_nl=False, notes="Naver news repost, no final newline: outlet subscribe button, doubled subtitle (duplicate_line) and 기자 byline at top, 좋아요/공유 bar, copyright line, 기자 구독 and Naver channel prompts and 많이 본 뉴스 at bottom.", lines="""
ot 한빛일보
nl 구독
T 부산 동래구, 어르신 '무료 동네 이발소' 10곳으로 확대
dl 지난해 시범 4곳 이용자 월 1천200명 넘어…매주 화·목 운영지난해 시범 4곳 이용자 월 1천200명 넘어…매주 화·목 운영
ot 입력 2026.03.11. 오후 2:17
ot 정수아 기자
B 부산 동래구가 65세 이상 주민을 위한 무료 이발소를 이달부터 10곳으로 늘린다.
B 지난해 시범 운영한 4곳의 이용자가 월평균 1천200명을 넘어서자 확대를 결정했다.
B 이용은 매주 화·목요일 오전에 가능하며, 신분증만 있으면 예약 없이 받을 수 있다.
B 구 관계자는 "거동이 불편한 분들을 위해 방문 이발 서비스도 준비 중"이라고 말했다.
sb 좋아요 87 · 공유
dc 저작권자 ⓒ 한빛일보 무단 전재 및 재배포 금지
nl 정수아 기자 구독
nl 네이버 채널에서 한빛일보를 구독하세요
rl 많이 본 뉴스
rl 해운대 백사장, 올여름 야간 개장 시간 연장
"""),
dict(id="ko-002", lang="ko", fmt="mixed", notes="Daum news repost (mixed newlines) with photo caption: AI summary toggle and text-size control at top; 추천 reactions, 공유하기, 댓글 count and 관련 기사 at bottom.", lines="""
nv 요약보기
ot 글씨크기 조절하기
T 제주 올레길 7코스, 낙석 위험에 일부 구간 임시 폐쇄
ot 제주바람뉴스 | 2026. 6. 9. 10:24
C 낙석 방지망 설치 공사가 진행 중인 올레길 7코스 해안 구간. 제주도 제공
B 제주 올레길 7코스 중 외돌개에서 법환포구까지 약 1.8㎞ 구간이 임시 폐쇄됐다.
B 지난주 집중호우 이후 해안 절벽에서 낙석이 잇따라 발견됐기 때문이다.
B 도는 다음 달 말까지 낙석 방지망을 설치할 계획이다.
B 올레 탐방객은 속골 입구에서 우회 탐방로를 이용하면 된다.
sb 추천해요 12 · 좋아요 31 · 감동이에요 2
sb 공유하기
cm 댓글 19
rl 관련 기사
rl 한라산 탐방 예약제, 주말 예약 5분 만에 마감
"""),
dict(id="hard-ko-001", lang="ko", hard=True, gap=True, notes="Hard: Naver changes its comment policy (comment history made public, limits per day); story lines quoting comment rules are body while the page carries real comment widgets, 구독 prompts and copyright line after a run of blank lines.", lines="""
ot IT데일리픽
nl + 구독
T 네이버, 뉴스 댓글 하루 20개로 제한…작성 이력 전면 공개
ot 입력 2026.10.20. 오전 9:30 · 수정 2026.10.20. 오전 11:02
B 네이버가 다음 달부터 뉴스 댓글 정책을 대폭 바꾼다.
B 주요 변경 사항은 다음과 같다.
B - 1인당 하루 댓글 작성 한도: 20개 → 10개
B - 닉네임 옆에 최근 30일 댓글 수 표시
B - 신고 누적 계정은 댓글 작성 7일 제한
B 네이버는 "소수 계정이 전체 댓글의 상당 부분을 차지하는 현상을 줄이려는 것"이라고 설명했다.
B 일부 이용자들은 표현의 자유를 침해한다며 반발하고 있다.
~
dc ⓒ IT데일리픽. 무단전재·재배포 금지
cm 댓글 342
cm 댓글 정렬: 순공감순 | 최신순
cm 클린봇이 악성댓글을 감지합니다
nl 네이버 채널 구독하고 IT 소식 받아보기
"""),
dict(id="es-001", lang="es", notes="Spanish news site with photo caption: breadcrumbs and WhatsApp-channel prompt at top, 'Te puede interesar' teaser mid-story, share bar, comments prompt and cookie banner at bottom.", lines="""
nv Inicio › Sociedad › Redes
nl 📲 Síguenos en nuestro canal de WhatsApp
T Una tiktoker de Valladolid convierte la mercería de su abuela en la tienda más buscada de la ciudad
ot Lucía Arranz · Valladolid · 14/02/2026 - 08:40h
C Carmen Ruiz, de 81 años, atiende en la mercería familiar de la calle Platerías. FOTO: Íñigo Sáez
B Hace un año, la mercería Ruiz vendía unas 20 madejas de lana a la semana.
B Ahora despacha más de 600.
B El cambio llegó cuando Alba Ruiz, nieta de la dueña, empezó a publicar vídeos de su abuela enseñando puntos de ganchillo.
rl Te puede interesar: Los comercios centenarios que resisten en el casco histórico
B El vídeo más visto suma 3,4 millones de reproducciones.
B "Mi abuela no sabe qué es TikTok, pero sabe que ahora hay cola", cuenta Alba.
sb Compartir en Facebook · X · WhatsApp · Copiar enlace
cm Comenta esta noticia
ck Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad. ACEPTAR · CONFIGURAR
"""),
dict(id="es-002", lang="es", fmt="mixed", notes="Mexican portal embedding an Instagram post (mixed newlines): 'Ver esta publicación en Instagram' embed lines in the middle, 'Lee también' teaser, tags, Google News follow prompt and 'Más noticias' at bottom.", lines="""
T Vendedor de tamales de Puebla recibe visita de chef famoso tras volverse viral
ot Redacción Ciudad Viva | 03 de abril de 2026
B Don Aurelio Méndez vende tamales en la misma esquina de Puebla desde hace 27 años.
B El lunes, un chef con programa de televisión se formó en la fila como un cliente más.
ot Ver esta publicación en Instagram
ot Una publicación compartida de Chef Rodrigo (@rodrigococina)
B El chef publicó un video probando el tamal de mole y escribió: "El mejor que he comido este año".
rl Lee también: Los mercados de Puebla con la mejor comida callejera
B Desde entonces, don Aurelio vende el doble y ya contrató a su sobrino.
nv Temas: Puebla · Comida callejera · Redes sociales
nl Sigue a Ciudad Viva en Google News
rl Más noticias
rl ¿Cuánto cuesta comer en el Centro Histórico?
"""),
dict(id="pt-001", lang="pt", ws=True, notes="Brazilian portal with trailing whitespace: Telegram/WhatsApp follow prompt at top, 'Leia também' teasers in the middle, share bar, 'Mais lidas' and disclaimer on comments at bottom.", lines="""
nl Receba as notícias no seu celular: entre no nosso canal do Telegram
T Influenciadores de Belém terão que declarar publicidade em lives, diz Procon
ot Por Thaís Nogueira — Belém 22/07/2026 10h14
B O Procon do Pará publicou nesta terça-feira uma orientação para influenciadores digitais que fazem vendas ao vivo.
B Segundo o órgão, produtos oferecidos em lives devem ter preço final informado na tela.
rl LEIA TAMBÉM:
rl Açaí fica 18% mais caro em julho na capital
B A regra vale também para sorteios e cupons de desconto.
B Quem descumprir pode ser multado em até R$ 50 mil.
B "O consumidor precisa saber quanto vai pagar antes de clicar", afirmou a diretora do Procon, Marta Leal.
sb Compartilhe: WhatsApp | Facebook | X
rl Mais lidas
rl Ponte do Outeiro terá interdição parcial no fim de semana
dc Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.
"""),
dict(id="de-001", lang="de", ws=True, notes="German regional portal with trailing whitespace: skip link and nav at top, 'Lesen Sie auch' teaser, app-download prompt in the middle; share bar, newsletter pitch, 'Mehr zum Thema' at bottom.", lines="""
nv Zum Inhalt springen
nv Region · Kreis Lindenau · Kultur
T Influencerin aus Lindenau macht Dorfbäckerei zum Wallfahrtsort
ot Von Jana Kessler | 11.05.2026, 17:22 Uhr
B An Samstagen stehen vor der Bäckerei Hübner in Oberwald inzwischen bis zu 200 Menschen an.
B Der Grund ist ein Video.
B Die Influencerin Lea Marsch hatte im März die Mohnschnecken der Bäckerei auf Instagram vorgestellt.
rl Lesen Sie auch: Warum immer mehr Dorfläden schließen
nv Jetzt unsere App herunterladen und nichts mehr verpassen
B Bäckermeister Karl Hübner backt seither samstags dreimal so viele Mohnschnecken wie zuvor.
B „Ich musste einen zweiten Ofen mieten", sagt er.
sb Artikel teilen: Facebook · WhatsApp · E-Mail
nl Der Lindenau-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region, kostenlos.
rl Mehr zum Thema
rl Wochenmarkt Lindenau bekommt neuen Standort
"""),
dict(id="hard-de-001", lang="de", hard=True, notes="Hard: a social-video app is fined for a misleading cookie banner; story quotes banner wording ('Alle akzeptieren', 'Einstellungen') while the page itself shows a real cookie consent banner at top, plus comments and related links.", lines="""
ck Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung zu messen.
ck Alle akzeptieren | Ablehnen | Einstellungen
T Bußgeld für Video-App wegen irreführendem Cookie-Banner
ot 02.09.2026 · dpa/lhe
B Die hessische Datenschutzbehörde hat gegen den Betreiber der Video-App „Clipza" ein Bußgeld von 2,4 Millionen Euro verhängt.
B Im Banner der App war der Knopf „Alle akzeptieren" farbig hervorgehoben, die Ablehnung nur über „Einstellungen" erreichbar.
B Dafür waren bis zu vier Klicks nötig.
B Die Behörde wertete das als unzulässige Beeinflussung der Nutzer.
B „Ablehnen muss so einfach sein wie Zustimmen", sagte die Landesbeauftragte.
B Der Betreiber hat Einspruch eingelegt.
cm Kommentare (58)
cm Jetzt mitdiskutieren
rl Weitere Artikel
rl Messenger-Dienste: Was die neue EU-Verordnung ändert
"""),
dict(id="fr-001", lang="fr", final_nl=False, notes="French regional site, no final newline: cookie banner at top, 'Lire aussi' teaser mid-story, share bar, Google News follow prompt, 'Sur le même sujet' list at bottom.", lines="""
ck Avec votre accord, nous utilisons des cookies pour mesurer l'audience. Tout accepter / Continuer sans accepter
T À Rennes, un compte Instagram recense les vélos volés et en retrouve un sur cinq
ot Par Hugo Le Gall · Publié le 17/03/2026 à 07h15
B Depuis deux ans, le compte @velos_rennes_retrouves publie chaque jour les signalements de vols de vélos.
B Plus de 1 400 vélos ont été signalés.
B Près de 290 ont été retrouvés grâce aux abonnés.
rl Lire aussi : Rennes : le parking vélo de la gare bientôt agrandi
B Sa créatrice, Anaïs, étudiante en droit, préfère garder l'anonymat.
B « Je reçois parfois une photo d'un vélo attaché dans une rue à l'autre bout de la ville, et c'est le bon », raconte-t-elle.
sb Partager : Facebook · X · Copier le lien
nl Suivez-nous sur Google Actualités
rl Sur le même sujet
rl Trottinettes en libre-service : la métropole dit stop
"""),
dict(id="it-001", lang="it", gap=True, notes="Italian local news site: Telegram channel prompt and breadcrumbs at top, 'Leggi anche' mid-story, share bar, newsletter box and footer related list after a run of blank lines.", lines="""
nl Iscriviti al nostro canale Telegram per ricevere le notizie in tempo reale
nv Home / Cronaca / Bologna
T Bologna, la chat di quartiere su WhatsApp ritrova il cane scomparso in tre ore
ot di Giulia Franceschini · 8 ottobre 2026
B Tre ore.
B Tanto è bastato alla chat di quartiere di via Mazzini per ritrovare Pepe, il meticcio di nove anni scomparso martedì mattina.
B La proprietaria, Elena, ha postato una foto alle 9.40.
rl Leggi anche: Bologna, nuove regole per i cani nei parchi
B Alle 12.45 un fattorino ha scritto di averlo visto vicino alla stazione di San Vitale.
B «Non pensavo che 400 vicini potessero muoversi così in fretta», dice Elena.
~
sb Condividi su WhatsApp · Facebook · Email
nl Ricevi la newsletter di BolognaOggi ogni mattina nella tua casella
rl Potrebbe interessarti
rl Tangenziale, chiusure notturne per lavori fino a novembre
"""),
dict(id="ru-001", lang="ru", fmt="single", notes="Russian Telegram channel post (single newlines): channel name and subscriber count at top, crypto ticker and promo lines at bottom, channel follow prompt, view counter and reaction bar.", lines="""
ot Крипто Сводка | Новости
ot 52 340 подписчиков
T Биржа Norrex отложила листинг токена после жалоб пользователей
B Биржа Norrex перенесла листинг токена TRV, запланированный на 14 апреля.
B Причиной стали жалобы пользователей на непрозрачное распределение токенов до запуска.
B По данным аналитиков, 62% предложения находятся на пяти кошельках.
B Новая дата листинга не названа.
ct BTC 70 520 $ (+0,9%) · ETH 3 880 $ (−0,4%) · TON 6,12 $ (+2,7%)
cp 💰 Бонус до 1000 USDT новым пользователям — регистрируйся по нашей ссылке
nl Подписывайтесь на канал, чтобы не пропустить важное 👉 @kriptosvodka
sb 👍 412 🔥 88 😱 31
ot 👁 27,4K  12:08
"""),
dict(id="uk-001", lang="uk", notes="Ukrainian city news Telegram channel post, no headline: channel header at top, hashtags, channel link, 'send news' bot prompt and views at bottom.", lines="""
ot Львів Сьогодні 🦁
ot пересилання з: Львівська міська рада
B ⚡️ З понеділка у Львові змінюється схема руху трамваїв №2 і №9.
B Через ремонт колій на вулиці Городоцькій трамваї курсуватимуть за скороченим маршрутом до 30 листопада.
B Замість них запускають тимчасовий автобусний маршрут Т2.
B Інтервал руху — 8 хвилин у години пік.
nv #транспорт #Львів
nl 👉 Підписатися на Львів Сьогодні
ot Надіслати новину: @lvivtoday_bot
ot 👁 14.8K
"""),
dict(id="tr-001", lang="tr", gap=True, notes="Turkish news site: Google News follow prompt and byline at top, 'İlgili Haber' teaser mid-story, share bar, comment box, legal disclaimer and related list after a run of blank lines.", lines="""
nl Son dakika gelişmeleri için bizi Google Haberler'den izleyin
T İzmir'de sosyal medyada paylaşılan vapur videosu sonrası sefer sayısı artırıldı
ot Haber Merkezi | 19.06.2026 - 09:15
B İzmir'de Karşıyaka–Konak vapur hattında sabah saatlerinde yaşanan yoğunluk, sosyal medyada paylaşılan bir videoyla gündeme geldi.
B Videoda yolcuların iskelede 40 dakika beklediği görülüyordu.
rl İlgili Haber: İzmir'de toplu ulaşıma yüzde 20 zam
B Belediye, pazartesiden itibaren sabah 7.00 ile 9.00 arasında sefer sayısını 6'dan 10'a çıkaracağını açıkladı.
B Ek seferler için iki yedek gemi hizmete alınacak.
~
sb Paylaş: Facebook · X · WhatsApp
cm Yorum yazın
dc Yasal Uyarı: Sitemizde yayınlanan haberlerin tüm hakları saklıdır, kaynak gösterilmeden kullanılamaz.
rl Okumaya devam edin: diğer İzmir haberleri
rl Kordon'da bisiklet yolu yenileniyor
"""),
dict(id="pl-001", lang="pl", notes="Polish portal with no top furniture: 'Czytaj także' teaser and ad label mid-story; byline, source attribution, share bar, 'Obserwuj nas' prompt and comments link at bottom.", lines="""
T Gdańskie schronisko znalazło domy dla 60 psów dzięki filmikom na TikToku
B Schronisko dla zwierząt w Gdańsku od maja publikuje na TikToku krótkie filmy z udziałem swoich podopiecznych.
B W ciągu trzech miesięcy adoptowano 60 psów, o połowę więcej niż rok wcześniej.
rl Czytaj także: Nowe wybiegi dla psów w Oliwie
ot REKLAMA
B Filmy nagrywa wolontariuszka Kasia, która wcześniej prowadziła kanał o gotowaniu.
B „Najlepiej działają filmy, na których pies po prostu śpi" — mówi.
ot Oprac. Marta Zielińska, 27.08.2026 14:02
at Źródło: Radio Zatoka
sb Udostępnij
nl Obserwuj nas w Google News
cm Skomentuj (14)
"""),
dict(id="nl-001", lang="nl", fmt="mixed", notes="Dutch news site (mixed newlines): cookie wall at top, 'Lees ook' teaser in the middle, share bar, tags and 'Meest gelezen' at bottom.", lines="""
ck Wij gebruiken cookies voor een betere ervaring en gepersonaliseerde advertenties. Akkoord | Instellingen wijzigen
T Groningse studenten ruilen meubels via WhatsApp-groep met 9.000 leden
ot Door Sanne de Wit · 2 sep 2026, 11:47
B Een WhatsApp-groep waarin Groningse studenten gratis meubels weggeven, telt inmiddels ruim 9.000 leden.
B Begin september, als de nieuwe studenten komen, worden er tot 300 berichten per dag geplaatst.
rl Lees ook: Studentenkamers in Groningen zijn 12 procent duurder geworden
B Oprichter Jelle Bos begon de groep vier jaar geleden toen hij zijn eigen bank niet kwijt kon.
B "Alles wat hier wordt weggegeven, hoeft niet bij het grofvuil", zegt hij.
sb Deel dit artikel
nv Studenten · Groningen · Duurzaamheid
rl Meest gelezen
rl Busstation Hoofdstation krijgt nieuwe fietsenstalling
"""),
dict(id="id-001", lang="id", notes="Indonesian portal without top furniture: 'Baca Juga' teaser in the middle; byline at the end, editor credit, Google News prompt, share bar and 'Berita Terkait' at bottom.", lines="""
T Penjual Es Teh di Yogyakarta Raup Omzet Rp 4 Juta Sehari Usai Videonya Viral
B Seorang penjual es teh di Jalan Kaliurang, Yogyakarta, mendadak ramai pembeli setelah videonya viral di media sosial.
B Dalam video berdurasi 40 detik itu, Pak Slamet terlihat menuangkan teh sambil menyanyikan lagu campursari.
rl Baca Juga: Daftar Kuliner Malam di Jogja yang Buka hingga Subuh
B Kini ia bisa menjual hingga 800 gelas per hari.
B "Dulu sehari paling 100 gelas," kata Slamet.
ot Penulis: Dimas Prasetyo | Rabu, 15 Juli 2026 | 13:20 WIB
at Editor: Rina Kusuma
nl Simak berita lainnya di Google News dan saluran WhatsApp kami
sb Bagikan
rl Berita Terkait
rl Malioboro Ditutup untuk Kendaraan Saat Malam Minggu
"""),
dict(id="vi-001", lang="vi", notes="Vietnamese portal with no top furniture: 'Xem thêm' teaser in the middle; date stamp, share/like bar, comments prompt, copyright note and 'Tin liên quan' at bottom.", lines="""
T Nhóm Facebook 'Chợ đồ cũ Đà Nẵng' giúp hơn 2.000 gia đình trao đổi đồ dùng
B Nhóm Facebook "Chợ đồ cũ Đà Nẵng" hiện có hơn 85.000 thành viên.
B Mỗi ngày có khoảng 500 bài đăng trao đổi, cho tặng đồ dùng gia đình.
rl Xem thêm: Đà Nẵng mở thêm 3 điểm thu gom rác tái chế
B Chị Trần Thu Hà, quản trị viên nhóm, cho biết quy định duy nhất là không được bán với giá cao hơn giá mua.
B "Chúng tôi muốn đồ cũ được dùng tiếp, không phải để kiếm lời", chị nói.
ot Thứ Hai, 10/08/2026 08:35 (GMT+7)
sb Chia sẻ · Thích 1,2K
cm Bình luận của bạn
dc © Bản quyền thuộc Báo Sông Hàn Điện Tử. Không sao chép khi chưa được phép.
rl Tin liên quan
"""),
dict(id="th-001", lang="th", ws=True, notes="Thai portal with trailing whitespace and no top furniture: 'อ่านข่าวที่เกี่ยวข้อง' teaser in the middle; share bar, date stamp, LINE official-account prompt, tags and related list at bottom.", lines="""
T เชียงใหม่เปิดจุดจอดรถฟรี 5 แห่ง รับนักท่องเที่ยวช่วงลอยกระทง
B เทศบาลนครเชียงใหม่เปิดจุดจอดรถฟรี 5 แห่งในช่วงเทศกาลลอยกระทง
B รองรับรถยนต์ได้รวมประมาณ 2,400 คัน
rl อ่านข่าวที่เกี่ยวข้อง: ประกาศปิดถนนรอบคูเมืองคืนลอยกระทง
B มีรถสองแถวรับส่งไปยังประตูท่าแพทุก 15 นาที
B เปิดให้บริการตั้งแต่วันที่ 14 ถึง 16 พฤศจิกายน
sb แชร์ Facebook · แชร์ LINE · คัดลอกลิงก์
ot 12 พ.ย. 2569 เวลา 16:05 น.
nl เพิ่มเพื่อนใน LINE เพื่อไม่พลาดข่าวสำคัญ
nv แท็ก: เชียงใหม่ · ลอยกระทง · ท่องเที่ยว
rl ข่าวแนะนำ
rl สนามบินเชียงใหม่เพิ่มเที่ยวบินพิเศษช่วงปลายปี
"""),
dict(id="ar-001", lang="ar", notes="Arabic news site: breadcrumb and Telegram follow prompt at top, 'اقرأ أيضا' teaser in the middle, share bar, comments count and 'مواضيع ذات صلة' at bottom.", lines="""
nv الرئيسية / منوعات / تكنولوجيا
nl تابعونا على قناة تلغرام لمتابعة آخر الأخبار
T متجر إلكتروني في عمّان يضاعف مبيعاته بعد بث مباشر على إنستغرام
ot عمّان - سلمى الخطيب | الأحد 6 سبتمبر 2026
B ضاعف متجر لبيع التمور في عمّان مبيعاته خلال أسبوع واحد بعد بث مباشر استمر ساعتين على إنستغرام.
B وقال صاحب المتجر إن عدد الطلبات ارتفع من 40 إلى أكثر من 300 طلب يوميا.
rl اقرأ أيضا: كيف تغيّر التجارة الإلكترونية أسواق عمّان القديمة؟
B وأضاف أن نصف الطلبات جاءت من خارج الأردن.
B ويخطط المتجر لبث أسبوعي كل خميس.
sb شارك: فيسبوك · واتساب · إكس
cm التعليقات (7)
rl مواضيع ذات صلة
"""),
]
