# Cases in other languages of textset-dev17.
CASES = [
dict(id="ja-001", lang="ja", notes="Japanese portal science; top nav; inline 広告 and 関連記事 one-liner; video chrome; bottom share and copyright.", text="""
nav ホーム > 科学 > 宇宙
T 小型探査機「しらさぎ」、月周回軌道への投入に成功
o 2026年2月9日 18時05分
B 宇宙ベンチャーの北斗スペースは9日、小型月探査機「しらさぎ」が月周回軌道への投入に成功したと発表した。
B 探査機は重さ約60キロで、民間単独の月周回は国内初となる。
o 広告
rel 【関連記事】民間ロケット、打ち上げ費用は半減できるか
B 同社の森田亮介社長は「ここからが本番だ」と語った。
o 動画：管制室の様子（2分14秒）
B 今後3か月かけて月面の氷の分布を観測する。
sh この記事をシェアする
&sh X（旧Twitter）
&sh LINE
o Copyright © 北斗新報社 無断転載禁止
"""),

dict(id="hard-ja-001", lang="ja", notes="HARD: story about a survey on SNS share buttons on news sites; body quotes シェア button text; page carries a real share bar and related block; single newlines.", fmt="single", text="""
T ニュースサイトの「シェア」ボタン、押されるのは記事の1％未満
B 大学の研究グループが国内ニュースサイト40社を調べたところ、記事下の「シェアする」ボタンが押された割合は平均0.7％だった。
B 一方で、記事のURLをコピーして共有する人は約5倍に上った。
B 研究代表の岡田健教授は「ボタンの数を減らしても影響は小さい」と指摘する。
B 調査結果は来月の学会で発表される。
o （文化部 山本由紀）
sh ツイート
sh シェア
sh はてなブックマーク
rel あわせて読みたい
rel 若者のニュース離れ、SNS経由が7割
"""),

dict(id="ko-001", lang="ko", notes="Korean portal politics; byline/stamp top; inline 광고 and 함께 볼 기사; newsletter insert; bottom copyright and 댓글.", text="""
o 입력 2026.03.04 14:22 | 수정 2026.03.04 15:01
T 국회, 전세사기 피해자 지원법 개정안 통과
o 정치부 김서연 기자
B 국회는 4일 본회의를 열고 전세사기 피해자 지원 특별법 개정안을 재석 271명 중 248명 찬성으로 통과시켰다.
B 개정안은 피해자의 우선매수권 행사 기간을 1년으로 늘리는 내용을 담았다.
o 광고
rel 함께 볼 기사 ▶ 전세보증 사고 두 달 연속 감소
B 국토교통부는 시행령 정비를 다음 달까지 마칠 계획이다.
nl 매일 아침 정치 뉴스를 받아보세요 — 뉴스레터 구독하기
B 피해자 단체는 "늦었지만 환영한다"는 입장을 냈다.
com 댓글 37
o ⓒ 한빛일보, 무단 전재 및 재배포 금지
"""),

dict(id="ko-002", lang="ko", notes="Korean sport; embedded Instagram-style post with handle and like count; video chrome; related list bottom; no final newline.", final_nl=False, text="""
T 박지훈, 시즌 10호 골…팀은 2-2 무승부
B 박지훈이 리그 10호 골을 터뜨렸지만 소속팀은 후반 추가시간에 동점골을 허용했다.
B 박지훈은 전반 34분 오른발 감아차기로 선제골을 넣었다.
o 두 자릿수 골! 팬 여러분 감사합니다 ⚽
o @jihoon_park10 · 게시물 보기
o 좋아요 8.4만개
o 영상 보기 | 01:12
B 감독은 경기 후 "마지막 5분 집중력이 아쉽다"고 말했다.
B 팀은 다음 주 선두와 맞붙는다.
rel 많이 본 뉴스
&rel 1. 대표팀 3월 명단 발표 임박
&rel 2. 프로야구 개막전 매진
"""),

dict(id="es-001", lang="es", notes="Spanish culture; cookie banner top; inline 'Publicidad' and 'Lee también'; pull quote duplicate; share and comments bottom.", text="""
ck Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad. Aceptar · Configurar
T El Museo del Agua de Cádiz reabre tras dos años de obras
o Lucía Ferrán | Cádiz
B El Museo del Agua de Cádiz reabrió este sábado tras una reforma de dos años que ha costado 6,4 millones de euros.
B La nueva sala principal exhibe una maqueta de los aljibes romanos de la ciudad.
o Publicidad
rel Lee también: Las noches de museos gratis vuelven en mayo
B "Queríamos que la gente tocara la historia", dijo la directora, Amparo Villalba.
dup "Queríamos que la gente tocara la historia", dijo la directora, Amparo Villalba.
B La entrada será gratuita hasta el 30 de abril.
sh Compartir en WhatsApp
&sh Compartir en Facebook
com Comentarios (5)
"""),

dict(id="hard-es-001", lang="es", notes="HARD: story about finfluencers' 'no es asesoramiento financiero' disclaimers; body quotes disclaimer wording; page carries a real disclaimer and crypto ticker.", text="""
tk BTC 57.840 € ▼ 3,1 %  ·  ETH 2.690 € ▼ 4,0 %
T La CNMV exige a los 'influencers' algo más que un «esto no es asesoramiento financiero»
B La Comisión Nacional del Mercado de Valores publicó el martes una guía para creadores de contenido que recomiendan criptoactivos.
B Según el regulador, la frase «esto no es asesoramiento financiero» no exime de responsabilidad si el creador cobra por la promoción.
B Las multas podrán llegar a 300.000 euros.
B Qué cambia
B - Indicar de forma visible cualquier pago recibido
B - Advertir del riesgo de pérdida total
dis Aviso legal: la información publicada en esta web es meramente informativa y no constituye recomendación de inversión.
rel Noticias relacionadas
"""),

dict(id="pt-001", lang="pt", notes="Portuguese (Brazil) politics; nav top; inline 'Continua após a publicidade'; 'Leia também'; newsletter; bottom app prompt; CRLF? no. Trailing whitespace.", ws=True, text="""
nav Política | Economia | Esportes | Cultura
T Câmara aprova urgência para projeto que regula aplicativos de transporte
o Por Renata Albuquerque, de Brasília
o 11/03/2026 19h40
B A Câmara dos Deputados aprovou nesta terça-feira o regime de urgência para o projeto que regula o trabalho em aplicativos de transporte.
B Foram 312 votos a favor e 141 contra.
o Continua após a publicidade
B O texto prevê remuneração mínima por hora trabalhada e contribuição previdenciária.
rel Leia também: Motoristas fazem protesto em São Paulo
B O relator, deputado Otávio Braga, quer votar o mérito antes do recesso.
nl Receba as principais notícias de Brasília no seu e-mail. Cadastre-se
nav Baixe o app do Diário do Planalto
"""),

dict(id="pt-002", lang="pt", notes="Portuguese (Portugal) sport; video chrome; poll widget; attribution; bottom related and comments; single newlines.", fmt="single", text="""
T Benfiquense Tiago Mourão bate recorde nacional dos 800 metros
B O atleta Tiago Mourão bateu no domingo o recorde nacional dos 800 metros em pista coberta, com 1.45,12.
B A marca anterior durava desde 2009.
o Veja o vídeo da prova
o 00:58
B Mourão disse estar "sem palavras" no final.
B O atleta segue agora para o Europeu de Apeldoorn.
o Sondagem: Mourão chega à final do Europeu?
o Sim
o Não
o Votar
att Com Agência Lusitana
rel Mais lidas
rel Seleção feminina conhece adversárias
com Deixe o seu comentário
"""),

dict(id="de-001", lang="de", notes="German regional news; top nav and byline; inline 'Anzeige' and 'Lesen Sie auch'; embedded post; newsletter and share bottom.", text="""
nav Startseite › Region › Freiburg
T Freiburger Gemeinderat stoppt Seilbahnprojekt zum Schauinsland
o Von Katrin Sommerfeld
o 14.05.2026, 16:30 Uhr
B Der Freiburger Gemeinderat hat am Dienstag die Planung für eine zweite Seilbahn auf den Schauinsland gestoppt.
B Die Kosten waren zuletzt auf 94 Millionen Euro gestiegen.
o Anzeige
rel Lesen Sie auch: Neue Buslinie ins Dreisamtal ab Juni
B Oberbürgermeister Jonas Kleinert sprach von einer „vernünftigen, aber bitteren“ Entscheidung.
o Heute ist ein schlechter Tag für den Klimaschutz in der Region.
o BUND Freiburg (@bund_fr) 14. Mai 2026
B Die bestehende Bahn soll bis 2029 saniert werden.
nl Der Freiburg-Newsletter: jeden Morgen das Wichtigste aus der Stadt
sh Artikel teilen
"""),

dict(id="hard-de-001", lang="de", notes="HARD: story about recommendation widgets ('Das könnte Sie auch interessieren'); body quotes widget labels; page carries a real recommendation block.", text="""
T Verbraucherschützer kritisieren Empfehlungsboxen unter Nachrichtenartikeln
o Berlin · Medien
B Die Verbraucherzentrale hat 50 Nachrichtenseiten untersucht und bei 31 bezahlte Links in Empfehlungsboxen gefunden.
B Die Boxen tragen Überschriften wie „Das könnte Sie auch interessieren“ oder „Mehr aus dem Netz“.
B Nur selten sei erkennbar, dass es sich um Werbung handle.
o Anzeige
B Die Verbraucherschützer fordern eine klare Kennzeichnung.
rel Auch interessant
rel Diese Rentner-Tricks kennt kaum jemand
rel Warum Kaffee teurer wird
att Mit Material von dpa
"""),

dict(id="fr-001", lang="fr", notes="French politics; cookie banner top; inline 'Publicité' and 'Lire aussi'; paywall ('La suite est réservée aux abonnés') at bottom; CRLF? no; no final newline.", final_nl=False, text="""
ck Nous utilisons des traceurs pour mesurer l'audience et personnaliser les contenus. Accepter et fermer · Paramétrer
T Le Sénat adopte la réforme des chambres régionales des comptes
o Par Camille Roussel
B Le Sénat a adopté mercredi, par 201 voix contre 112, le projet de loi réformant les chambres régionales des comptes.
B Le texte réduit leur nombre de treize à neuf.
o Publicité
rel Lire aussi | Cour des comptes : le rapport qui dérange les collectivités
B Les élus locaux craignent un allongement des délais de contrôle.
B Le texte doit maintenant être examiné par l'Assemblée nationale.
o La suite de cet article est réservée aux abonnés.
o Vous avez déjà un compte abonné ? Identifiez-vous ici
"""),

dict(id="fr-002", lang="fr", notes="French tech/science; video chrome; pull quote duplicate; newsletter; attribution; share bar bottom.", text="""
nav Sciences & Tech
T Un satellite français cartographie les glaciers des Pyrénées au centimètre près
B Le satellite Altitude-2, lancé en janvier, a livré ses premières cartes des glaciers pyrénéens.
B Les images montrent que le glacier d'Ossoue a perdu 1,8 mètre d'épaisseur en un an.
o Vidéo : survol en 3D du glacier d'Ossoue
o Lecture automatique
B « Ces glaciers auront disparu avant 2040 », estime la glaciologue Maud Lescure.
dup « Ces glaciers auront disparu avant 2040 », estime la glaciologue Maud Lescure.
nl Recevez chaque jeudi notre lettre Planète
B Les données seront publiques dès l'été.
att Avec AFP
sh Partager sur Facebook · LinkedIn · Copier le lien
"""),

dict(id="it-001", lang="it", notes="Italian sport; nav top; inline 'Pubblicità'; 'Leggi anche'; poll widget; bottom comments and copyright.", text="""
nav Calcio | Basket | Tennis | Motori
T Il Lecce ferma la capolista: 1-1 al Via del Mare
o Redazione Sport
B Il Lecce ha fermato la capolista sull'1-1 in una partita giocata sotto la pioggia al Via del Mare.
B Il pareggio dei salentini è arrivato al 79' con un colpo di testa di Bartolini.
o Pubblicità
rel Leggi anche: Mercato, il Lecce pensa a un difensore danese
B L'allenatore Fabbri ha parlato di "un punto che vale tre".
B Domenica prossima i giallorossi saranno ospiti a Bergamo.
o Sondaggio: chi è stato il migliore in campo?
&o Bartolini
&o Greco
&o Vota
com Commenta l'articolo
o © Riproduzione riservata
"""),

dict(id="ru-001", lang="ru", notes="Russian tech; top nav; inline 'Реклама' and 'Читайте также'; embedded Telegram-style post with views; bottom share and subscribe to channel.", text="""
nav Главная / Технологии / Интернет
T Крупнейший маркетплейс региона запустил доставку дронами
o 15:42, 20 апреля 2026
B Маркетплейс «Волгатовары» начал доставлять заказы дронами в трёх районах Самарской области.
B Максимальный вес посылки — 2,5 килограмма.
o Реклама
rel Читайте также: Курьерам разрешат пользоваться автобусными полосами
o Первые 100 заказов доставлены! Спасибо, что летаете с нами 🚁
o Волгатовары | Telegram · 12,4 тыс. просмотров
B По словам компании, доставка занимает в среднем 18 минут.
B Стоимость услуги — 149 рублей.
sh Отправить друзьям: ВК | Телеграм | ОК | скопировать ссылку
nl Подписывайтесь на наш канал, чтобы не пропустить главное
"""),

dict(id="uk-001", lang="uk", notes="Ukrainian culture; byline and stamp; photo caption; inline 'Реклама' and 'Читайте також'; bottom tags and comments. Trailing whitespace.", ws=True, text="""
T У Львові відкрили музей старих трамваїв
o Олена Гринь
o 12 травня 2026, 10:15
C Відреставрований трамвай 1934 року в новому музеї. Фото: Андрій Ковальчук
B У Львові відкрили музей міського транспорту, де зібрали дев'ять старих трамваїв.
B Найстаршому вагону понад 90 років.
o Реклама
rel Читайте також: Львівські трамваї отримають нові маршрути
B Вхід до музею коштуватиме 80 гривень.
B Діти до шести років відвідуватимуть безкоштовно.
nav Теги: Львів, музеї, транспорт
com Коментарі
"""),

dict(id="tr-001", lang="tr", notes="Turkish finance; ticker top; inline 'Reklam' and 'İlgili haber'; bottom disclaimer and share.", text="""
tk BIST 100 10.214,55 %0,82  |  Dolar 38,41  |  Euro 41,77  |  Altın 3.612 TL
T Merkez Bankası faizi sabit tuttu
o Ekonomi Servisi
B Merkez Bankası Para Politikası Kurulu politika faizini yüzde 42'de sabit bıraktı.
B Karar piyasa beklentileriyle uyumlu oldu.
o Reklam
rel İlgili haber: Enflasyon beklentileri nisanda geriledi
B Kurul, sıkı duruşun enflasyonda kalıcı düşüş sağlanana kadar süreceğini bildirdi.
B Bir sonraki toplantı 19 Haziran'da yapılacak.
dis Bu sayfadaki veriler bilgilendirme amaçlıdır; alım-satım tavsiyesi olarak yorumlanmamalıdır.
sh Paylaş: X · Facebook · WhatsApp
"""),

dict(id="pl-001", lang="pl", notes="Polish politics; nav top; inline 'Reklama' and 'Czytaj też'; newsletter insert; bottom comments and footer; blank run.", text="""
nav Kraj | Świat | Biznes | Sport
T Sejm przyjął ustawę o jawności wynagrodzeń
o Marta Zielińska
B Sejm przyjął w piątek ustawę, która nakłada na firmy obowiązek podawania widełek płacowych w ogłoszeniach o pracę.
B Za głosowało 298 posłów.
o Reklama
rel Czytaj też: Płaca minimalna w 2027 roku. Rząd podał propozycję
B Przepisy mają wejść w życie w styczniu 2027 roku.
nl Zapisz się na newsletter „Poranek z Wiadomościami”
B Pracodawcy chcą dłuższego vacatio legis.
~
com Dodaj komentarz
o Wszelkie prawa zastrzeżone © Wiadomości24
"""),

dict(id="nl-001", lang="nl", notes="Dutch science; video chrome; 'Lees ook'; embedded post; bottom share and cookie bar; single newlines.", fmt="single", text="""
T Zeehondencrèche in Pieterburen vangt recordaantal pups op
B De zeehondencrèche in Pieterburen heeft dit seizoen 412 pups opgevangen, het hoogste aantal ooit.
B Volgens de opvang komt dat vooral door stormen in januari.
o Bekijk de video: pups gaan terug naar de Waddenzee
o 1:44
rel Lees ook: Grijze zeehond rukt op in de Noordzee
o Vandaag weer 14 pups vrijgelaten bij Lauwersoog 🦭
o Zeehondencrèche (@zeehondencreche) 22 april 2026
B Een pup blijft gemiddeld zes weken in de opvang.
B De crèche zoekt nog vrijwilligers.
sh Deel dit artikel
ck Wij gebruiken cookies voor statistieken en advertenties. Akkoord | Instellingen
"""),

dict(id="id-001", lang="id", notes="Indonesian crypto aggregator; ticker; 'Baca juga' inline; promo; disclaimer; related teasers with stamps.", text="""
T Harga Bitcoin Naik Tipis, Investor Tunggu Data Inflasi AS
o Jakarta, Kripto Harian
B Harga Bitcoin naik 0,8% ke level Rp 1,02 miliar pada perdagangan Senin pagi.
B Investor menunggu rilis data inflasi Amerika Serikat pada Rabu.
rel Baca juga: OJK Terbitkan Aturan Baru Aset Kripto
B Analis Rendra Wibisono memperkirakan volatilitas akan tinggi pekan ini.
B Ia menyarankan investor ritel tidak menggunakan dana pinjaman.
cp Daftar sekarang dan dapatkan bonus Rp 100.000 untuk transaksi pertama!
tk Bitcoin (BTC) Rp 1.021.450.000 +0,81%
dis Disclaimer: Artikel ini hanya bersifat informasi dan bukan ajakan untuk membeli atau menjual aset kripto.
rel Berita Terkait
&rel Solana Catat Rekor Transaksi Harian
&rel KriptoHarian2026/03/09 08:15
"""),

dict(id="vi-001", lang="vi", notes="Vietnamese politics/economy; nav top; inline 'Quảng cáo'; 'Xem thêm'; app prompt; bottom share.", text="""
nav Trang chủ » Kinh tế » Bất động sản
T TP.HCM đề xuất giảm thuế chuyển nhượng cho nhà ở xã hội
o Thứ Ba, 07/04/2026 - 09:20
B UBND TP.HCM vừa đề xuất Bộ Tài chính giảm 50% thuế thu nhập cá nhân khi chuyển nhượng nhà ở xã hội.
B Đề xuất nhằm khuyến khích người dân mua loại hình nhà ở này.
o Quảng cáo
rel Xem thêm: Giá căn hộ tại TP.HCM tăng 12% trong quý I
B Hiện thành phố có 18 dự án nhà ở xã hội đang triển khai.
nav Tải ứng dụng Báo Sài Gòn Mới để đọc tin nhanh hơn
B Bộ Tài chính chưa có phản hồi.
sh Chia sẻ
&sh Facebook
&sh Zalo
"""),

dict(id="th-001", lang="th", notes="Thai entertainment; top nav; photo caption; inline 'โฆษณา' and 'อ่านเพิ่มเติม'; bottom tags and share.", text="""
nav หน้าแรก > บันเทิง
T ซีรีส์ "ริมฝั่งโขง" คว้ารางวัลละครยอดเยี่ยม
C นักแสดงนำขึ้นรับรางวัลบนเวที (ภาพ: ฝ่ายประชาสัมพันธ์)
B ซีรีส์ "ริมฝั่งโขง" ได้รับรางวัลละครยอดเยี่ยมในงานประกาศรางวัลโทรทัศน์แห่งชาติเมื่อคืนวันเสาร์
B ผู้กำกับ ธนพล ศรีสุข กล่าวขอบคุณทีมงานทุกคน
o โฆษณา
rel อ่านเพิ่มเติม: เปิดรายชื่อผู้เข้าชิงรางวัลทั้งหมด
B ซีรีส์เรื่องนี้ถ่ายทำที่จังหวัดหนองคายนานหกเดือน
B ภาคสองมีกำหนดเปิดกล้องปลายปีนี้
nav แท็ก: ละคร, รางวัล, บันเทิง
sh แชร์ไปที่ Facebook
"""),

dict(id="ar-001", lang="ar", notes="Arabic sport; top nav; inline 'إعلان' and 'اقرأ أيضا'; video chrome; bottom comments and copyright.", text="""
nav الرئيسية | رياضة | كرة القدم
T الوحدة يتأهل إلى نهائي كأس الخليج للأندية
o دبي - القسم الرياضي
B تأهل فريق الوحدة إلى نهائي كأس الخليج للأندية بعد فوزه على النصر بهدفين دون رد.
B سجل المهاجم سالم الكعبي الهدفين في الشوط الثاني.
o إعلان
rel اقرأ أيضا: موعد قرعة دوري أبطال آسيا
o شاهد: أهداف المباراة (02:05)
B وقال المدرب إن الفريق قدم مباراة كبيرة.
B تقام المباراة النهائية في الدوحة يوم الجمعة المقبل.
com أضف تعليقك
o © 2026 صحيفة الملعب الخليجي - جميع الحقوق محفوظة للناشر
"""),
]
