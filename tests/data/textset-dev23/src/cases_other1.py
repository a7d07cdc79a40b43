"""dev23, other languages part 1 (ja, ko, es, pt, de, fr, it; not hard)."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Yahoo! News Japan repost of an invented regional paper: portal masthead and menu, short "
           "headline above the delivery time and outlet credit, related-articles block inside the story, "
           "a run of blank lines, last-updated stamp, report link, comment count, outlet link, copyright.",
     text="""
nav|Yahoo!ニュース
nav|トップ　速報　ライブ　エキスパート　オリジナル　みんなの意見
T|七海朝市、再開へ
oth|12/3(水) 7:05配信
att|北陸日日新聞
B|地震で被災し休止していた七海町の「七海朝市」が、来年4月に仮設店舗で再開することが2日、分かった。町と朝市組合が仮設の出店スペース約40区画を旧七海小学校のグラウンドに整備する。
B|朝市組合によると、被災前は約120店が出店していたが、再開時に出店を希望しているのは現時点で38店。高齢化や後継者不足で、廃業を決めた店も少なくないという。
B|組合長の中谷俊夫さん（71）は「一日でも早く、観光客に干物や野菜を手渡しで売る朝市の風景を取り戻したい」と話した。
rel|【関連記事】
rel|七海町の仮設住宅、入居期限を1年延長
rel|奥能登の観光客数、前年比6割減　県が集計
B|町は再開に合わせ、金沢方面からの臨時バスを週末に運行する方針。整備費約1億2千万円は国の補助金を活用する。
~
oth|最終更新:12/3(水) 9:48
oth|記事に関する報告
com|コメント 214件
com|コメントを書く
nav|北陸日日新聞の記事一覧へ
dis|© 北陸日日新聞社　記事・写真の無断転載を禁じます
"""),

dict(id="ko-001", lang="ko", hard=False, opts="",
     notes="Naver News repost of an invented daily: portal masthead and section menu, short headline, "
           "outlet credit, input/modified stamps, original-article link, reporter byline, share/listen/"
           "font row, ad label inside the story, copyright notice, reporter e-mail, subscribe prompt, "
           "reaction buttons, comment count and the outlet's main-news block.",
     text="""
nav|NAVER 뉴스
nav|언론사별　정치　경제　사회　생활/문화　IT/과학　세계　랭킹
T|제주 폭설, 결항 속출
att|한빛일보
oth|입력 2025.12.04. 오전 9:12　수정 2025.12.04. 오전 10:01
nav|기사원문
oth|강지훈 기자
sh|공유하기　본문 듣기　글자 크기 변경　인쇄하기
B|4일 새벽부터 제주 전역에 많은 눈이 내리면서 제주국제공항을 오가는 항공편이 무더기로 결항했다.
B|공항 운영 당국에 따르면 이날 오전 9시 기준 출발·도착 항공편 112편이 결항했고, 46편이 지연 운항했다. 공항 대합실에는 대체 항공편을 구하려는 승객 1천여명이 몰렸다.
B|제주지방기상청은 산간 지역에 대설경보를, 해안 지역에는 대설주의보를 발효 중이며, 5일 오전까지 산간에 최대 20㎝ 이상의 눈이 더 내릴 것으로 내다봤다.
oth|AD
B|도로 사정도 좋지 않다. 1100도로와 516도로는 대형·소형 차량 모두 통행이 통제됐고, 시내 주요 도로에서도 접촉사고가 잇따랐다.
B|공항 측은 결항 승객을 위해 대합실에 담요와 생수를 비치하고, 심야 시간 공항 내 체류를 허용하기로 했다.
dis|<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>
oth|강지훈 기자 jhkang@hanbitilbo.co.kr
nl|한빛일보 구독하고 메인에서 바로 보세요!
oth|좋아요 0　훈훈해요 0　슬퍼요 0　화나요 0　후속기사 원해요 0
com|댓글 37
rel|한빛일보 주요뉴스
rel|"하루 만에 30㎝"…한라산 탐방로 전면 통제
rel|제주 감귤 수확 차질, 농가 '발 동동'
"""),

dict(id="es-001", lang="es", hard=False, opts="single",
     notes="Reddit-style repost in a regional subreddit: subreddit name, poster meta, flair, the poster's "
           "own title, a Fuente/Título original/Texto/Enlace form (labels noise, outlet attribution, "
           "short original title as headline), vote count, comment count, share, sort and two comments. "
           "Single newlines.",
     text="""
nav|r/asturias
oth|Publicado por u/xana_del_rio • hace 5 h
nav|Noticias
oth|Dos años sin biblioteca en Pumarín, copio la noticia porque tiene muro de pago
oth|Fuente:
att|La Voz del Nalón
oth|Título original:
T|Pumarín, sin biblioteca
oth|Texto:
B|El Ayuntamiento de Oviedo cerrará el próximo 15 de enero la biblioteca municipal de Pumarín para acometer una reforma integral que, según el calendario de obra, se prolongará hasta la primavera de 2027.
B|La intervención, presupuestada en 2,4 millones de euros, incluye la sustitución de la cubierta, un ascensor y una nueva sala infantil de 180 metros cuadrados.
B|Mientras duren las obras, el servicio de préstamo se trasladará al centro social del barrio, con un horario reducido de lunes a viernes por la tarde.
B|La asociación vecinal lamenta que no se haya buscado un local más amplio: «Cada tarde estudian allí más de sesenta chavales y la sala provisional tiene veinte puestos», señala su presidenta, Marisa Fueyo.
oth|Enlace:
att|https://www.lavozdelnalon.es/oviedo/2025/11/04/pumarin-sin-biblioteca-8841.html
oth|312 votos
com|87 comentarios
sh|Compartir
com|Ordenar por: Mejores
com|u/ramon_del_bar · hace 4 h
com|Dos años sin biblioteca en el barrio con más críos de Oviedo. Muy bien todo.
com|u/xana_del_rio · hace 4 h
com|Dicen que van a ampliar la sala del centro social, a ver cuánto tardan.
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="Brazilian regional paper: masthead and section menu, short headline, doubled dek glued to "
           "itself, 'Por Name — City' byline, time stamp, reading time, inline 'Leia também' teaser, "
           "in-story subheading, WhatsApp channel prompt, share row, empty comments and most-read list.",
     text="""
nav|Gazeta do Vale
nav|Cidades | Polícia | Esportes | Economia | Opinião
T|Ponte interditada
dup|Rachaduras em pilar levam Defesa Civil a proibir tráfego pesado.Rachaduras em pilar levam Defesa Civil a proibir tráfego pesado.
oth|Por Marina Tavares — Caçapava (SP)
oth|04/11/2025 08h12 · Atualizado há 2 horas
oth|Tempo de leitura: 3 min
B|A Defesa Civil de Caçapava interditou na noite de segunda-feira (3) a ponte Antônio Ribas, que liga o centro ao bairro Vila Nova, depois que moradores relataram rachaduras em um dos pilares.
B|Segundo o coordenador municipal da Defesa Civil, Roberto Lemes, a estrutura foi fechada para veículos com mais de 3,5 toneladas. Carros de passeio, motos e pedestres continuam liberados, com velocidade máxima de 20 km/h.
rel|Leia também: Chuva forte derruba árvores e deixa bairros sem energia em Caçapava
B|A prefeitura contratou uma empresa de engenharia para elaborar um laudo completo. O resultado deve sair em até 15 dias.
B|Desvios
B|Caminhões e ônibus devem usar a avenida Brasil e a estrada municipal do Bairro Grande, o que aumenta o trajeto em cerca de 6 km.
B|As linhas 3 e 7 do transporte coletivo tiveram o itinerário alterado a partir desta terça-feira (4).
nl|Receba as notícias da Gazeta do Vale no seu WhatsApp
sh|Compartilhe: Facebook | X | WhatsApp | E-mail
com|Comentários (0)
com|Seja o primeiro a comentar
rel|Mais lidas
rel|1. Feira de artesanato volta à praça central no domingo
rel|2. Vacinação contra a gripe é ampliada para todas as idades
rel|3. Time de Caçapava estreia na Copa Regional com vitória
"""),

dict(id="de-001", lang="de", hard=False, opts="ws",
     notes="Regional paper: masthead and breadcrumb, short headline above 'Von Name' and 'City · date · "
           "reading time', ad label and 'Lesen Sie auch' inside the story, share row, keyword list, "
           "regional newsletter, more-on-topic block. Trailing whitespace on some lines.",
     text="""
nav|Oberlausitzer Bote
nav|Startseite › Görlitz › Lokales
T|Brücke bleibt dicht
oth|Von Katrin Mehlhorn
oth|Görlitz · 04.11.2025, 14:32 Uhr · 3 Min. Lesezeit
B|Die Fußgängerbrücke über die Neiße zwischen der Altstadt und dem Ortsteil Weinhübel bleibt länger gesperrt als geplant. Das hat die Stadtverwaltung am Dienstag mitgeteilt.
B|Bei einer Prüfung im Oktober hatten Gutachter Korrosionsschäden an zwei Stahlträgern festgestellt, die bei früheren Untersuchungen nicht sichtbar gewesen seien. Ursprünglich sollte die Brücke Ende November wieder freigegeben werden.
oth|Anzeige
B|„Wir gehen jetzt von einer Sperrung bis mindestens Ende März aus“, sagte Baubürgermeister Jens Oswald. Die Kosten für die zusätzliche Sanierung schätzt die Stadt auf rund 380.000 Euro.
rel|Lesen Sie auch: Neue Ampel an der Zittauer Straße sorgt für lange Staus
B|Für Fußgänger und Radfahrer ist eine Umleitung über die Stadtbrücke ausgeschildert, die etwa 1,2 Kilometer länger ist. Die Stadt prüft zudem eine Fährverbindung für die Wintermonate.
B|Anwohner kritisieren die Informationspolitik. „Wir haben von der Verlängerung aus der Zeitung erfahren“, sagte Ulrike Haase vom Bürgerverein Weinhübel.
sh|Artikel teilen
sh|Facebook   WhatsApp   E-Mail   Link kopieren
nav|Schlagworte: Görlitz · Neiße · Brücke · Verkehr
nl|Der Oberlausitz-Newsletter: jeden Morgen die wichtigsten Nachrichten aus der Region
rel|Mehr zum Thema
rel|Stadtrat beschließt Sanierungsplan für die Altstadtbrücken
rel|Weinhübel: Bürgerverein fordert eine Einwohnerversammlung
"""),

dict(id="fr-001", lang="fr", hard=False, opts="",
     notes="Press release on an invented French newswire: wire masthead and breadcrumb, press-release "
           "label, short headline, publication time, source credit, standalone dateline, key-figures "
           "list, 'À propos' and press contact (other), a run of blank lines, share row, link to the "
           "original, other releases.",
     text="""
nav|FilPresse Pro
nav|Accueil > Communiqués > Transport & Mobilité
oth|COMMUNIQUÉ DE PRESSE
T|Vélocité Rhône lève 12 M€
oth|Publié le 04/11/2025 à 09:00
att|Source : Vélocité Rhône SAS
B|Lyon, le 4 novembre 2025 –
B|Vélocité Rhône, opérateur lyonnais de vélos-cargos en libre-service, annonce une levée de fonds de 12 millions d'euros auprès du fonds Rhône-Alpes Mobilités et de plusieurs investisseurs privés.
B|Ce financement doit permettre de déployer 1 500 vélos-cargos supplémentaires d'ici fin 2026 dans cinq nouvelles agglomérations, dont Grenoble, Saint-Étienne et Annecy.
B|« Les commerçants et les familles nous demandent des solutions concrètes pour remplacer la deuxième voiture », explique Claire Bonnefoy, cofondatrice et présidente de Vélocité Rhône.
B|L'entreprise prévoit également de créer 60 emplois, principalement dans la maintenance et la logistique.
B|Chiffres clés
B|• 2 300 vélos-cargos en service à Lyon et Villeurbanne
B|• 41 000 abonnés actifs
B|• 1,9 million de trajets depuis 2021
oth|À propos de Vélocité Rhône
oth|Fondée en 2021 à Lyon, Vélocité Rhône conçoit et exploite des flottes de vélos-cargos électriques pour les particuliers, les commerçants et les collectivités.
oth|Contact presse : Léa Marchand – presse@velocite-rhone.fr
~
sh|Partager ce communiqué : LinkedIn | X | E-mail
att|Voir le communiqué original sur le site de Vélocité Rhône
rel|Autres communiqués du secteur
rel|AlpiCar inaugure sa ligne de car express Annecy–Genève
rel|Un réseau de bornes rapides pour poids lourds dans la vallée du Rhône
"""),

dict(id="it-001", lang="it", hard=False, opts="nofinal",
     notes="Italian regional paper carrying agency copy: masthead and breadcrumb, short headline right "
           "above a long wire paragraph, photo caption with credit, ad label and 'Leggi anche' inside the "
           "story, byline and time stamp at the end, copyright notice, newsletter, share row, most-read "
           "list. No final newline.",
     text="""
nav|La Voce della Bassa
nav|Cronaca › Viabilità
T|Nebbia in A21
B|(AgIt) – Brescia, 5 nov – Un tamponamento a catena che ha coinvolto undici veicoli, tra cui tre mezzi pesanti, ha bloccato per oltre quattro ore l'autostrada A21 tra Manerbio e Brescia Sud nella mattinata di mercoledì, complice una fitta nebbia che riduceva la visibilità a meno di cinquanta metri.
C|I mezzi coinvolti nel tamponamento sulla A21 all'altezza di Bagnolo Mella (foto Vigili del fuoco)
B|Secondo quanto riferito dalla Polizia stradale, sei persone sono rimaste ferite in modo lieve e sono state trasportate negli ospedali di Brescia e Manerbio. Nessuna è in pericolo di vita.
oth|Pubblicità
B|La carreggiata in direzione Brescia è stata riaperta intorno alle 11.30. Durante la chiusura si sono formate code fino a nove chilometri, con uscita obbligatoria a Manerbio.
rel|Leggi anche: Nebbia, sulla A21 arrivano i nuovi pannelli a messaggio variabile
B|La prefettura ricorda che sul tratto vige il limite di 80 km/h quando la visibilità scende sotto i 100 metri e invita a consultare i bollettini sul traffico prima di mettersi in viaggio.
oth|di Redazione Bassa Bresciana
oth|05 novembre 2025 - 13:47
dis|© Riproduzione riservata
nl|Iscriviti alla newsletter de La Voce della Bassa
sh|Condividi su Facebook · WhatsApp · Telegram
rel|I più letti
rel|Manerbio, chiude dopo 60 anni la storica pasticceria di via Dante
rel|Orzinuovi, il consiglio comunale approva il nuovo piano del traffico
"""),
]
