"""textset-dev35, writer B: lifestyle and entertainment pages in ja, ko, es, pt, fr, it.

Tagged line lists for ../textset-dev20/src/make_cases.py (TAG|line; see its docstring).
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="", notes="Japanese TV-listings feature (tonight's picks): the intro and each time-slot pick are story; the EPG widget, recording-reservation buttons, ad label, ranking block and footer are noise, with extra blank lines before the footer.", text="""
nav|テレビナビ＋
nav|番組表｜ドラマ｜アニメ｜バラエティ｜映画｜スポーツ
nav|ホーム ＞ 今夜の番組 ＞ 編集部おすすめ
T|今夜のおすすめ番組　12月8日（火）最終回ラッシュ、見逃せない4本
oth|テレビナビ＋編集部　2026年12月8日 06:00
B|年末が近づき、秋ドラマが次々と最終回を迎えている。今夜は特に注目作が集中しているので、録画の準備をお忘れなく。
B|19:00　「町のパン屋さん選手権」（東央テレビ）全国のベーカリー12店が食パン一本勝負。
B|21:00　ドラマ「灯台守の娘」最終話（さくら放送）父の遺した日記の謎がついに明かされる。
oth|▶ 番組表で見る　｜　録画予約
B|22:00　「深夜の台所」（BS湊）料理研究家の森下あかねが冬の常備菜を紹介。
B|23:30　アニメ「ほしくず郵便局」第10話。
B|なお、「灯台守の娘」は放送終了後から配信サービス「みなとプレイ」で全話を見ることができる。
oth|PR
oth|地域を選択：関東 ▼　放送局：地上波 / BS / CS
~
rel|アクセスランキング
rel|1. 冬ドラマ出演者一覧、主演は誰？
rel|2. 紅白歌合戦の曲順が発表
oth|© TV NAVI PLUS All Rights Reserved.
"""),
dict(id="hard-ja-001", lang="ja", hard=True, opts="single", notes="Hard: the story is about recipe photos reposted on curation sites under a bare '出典' credit and quotes such credit lines; the page's own photo credit and source line are attribution noise.", text="""
nav|くらしニュース
nav|トップ ＞ ライフ ＞ ネット
T|料理ブロガーの写真、無断で「まとめサイト」に　“出典を書けばOK”は誤解
oth|2026/12/05 17:40　文：石田　遥
sh|ポスト　シェア　はてブ　LINEで送る
B|人気料理ブログ「ゆるっと台所」を運営する森野さやかさんは先月、自分の撮った肉じゃがの写真が大手まとめサイトに掲載されているのを見つけた。
B|写真の下には小さく「出典：ゆるっと台所」とだけ書かれ、許可を求める連絡は一度もなかったという。
B|「出典を書けば自由に使っていいと思っている人が多い。でも、写真の転載には原則として許諾が必要です」と、著作権に詳しい平川直樹弁護士は話す。
B|同様の被害を訴える料理ブロガーは少なくない。別のブロガーは、画像の隅に「画像引用元：Instagram」と書かれた状態で、自作の弁当写真が計27枚使われていたと明かした。
B|まとめサイトの運営会社は取材に対し、「指摘のあった画像はすべて削除した」と回答した。
att|写真：森野さやかさん提供
att|（くらしニュース編集部）
rel|あわせて読みたい
rel|レシピに著作権はある？よくある疑問に弁護士が回答
oth|この記事は役に立ちましたか？　はい / いいえ
"""),
dict(id="ko-001", lang="ko", hard=False, opts="single", notes="Korean album review on an entertainment site (single newlines): the tracklist highlights and the critic's rating are story; reporter line, like/share bar, reader comments, a sponsored slot and the reporter's other articles are noise.", text="""
nav|스타온 뉴스
nav|연예 | 방송 | 가요 | 영화 | 포토
T|[앨범 리뷰] 밴드 '새벽정류장' 정규 2집, 버스 막차처럼 쓸쓸하고 따뜻하다
oth|입력 2026.12.04 09:12 | 수정 2026.12.04 10:30
oth|윤다인 기자
sh|좋아요 312　공유하기　스크랩
B|4인조 밴드 새벽정류장이 3년 만에 정규 2집 '종점'을 발표했다.
B|타이틀곡 '막차'는 잔잔한 기타 리프로 시작해 후반부 현악 편곡으로 터지는 구성이 인상적이다.
B|수록곡 중에서는 보컬 한지우가 직접 작사한 '202번 버스'가 가장 개인적인 곡이다.
oth|[스폰서] 겨울 콘서트 티켓 최대 30% 할인, 지금 예매하기
B|다만 11곡 중 절반이 비슷한 템포로 이어져 중반부가 다소 늘어진다.
B|평점: ★★★★ (4/5)
com|댓글 47
com|노을빛: 202번 버스 듣고 울었어요
com|댓글 더보기
rel|윤다인 기자의 다른 기사
rel|연말 시상식 후보 발표, 신인상 경쟁 치열
"""),
dict(id="hard-ko-001", lang="ko", hard=True, opts="", notes="Hard: the story is about bot-driven review bombing on a movie-rating app and quotes rating and review widgets; the page's own reader reactions and comments are noise.", text="""
nav|씨네투데이
nav|홈 > 영화 > 산업
T|개봉 첫날 평점 1점 '테러'… 예매 앱, 실관람객 인증 강화
oth|송민재 기자 | 2026-12-06 15:02
sh|카카오톡 공유　페이스북　링크 복사
B|지난 3일 개봉한 영화 '얼음 위의 여름'이 개봉 첫날 예매 앱에서 평점 1점 리뷰 수천 건을 받았다.
B|앱 화면에는 한때 "실관람객 평점 3.2"가 표시됐지만, 업체 조사 결과 리뷰의 절반 이상이 같은 시간대에 생성된 신규 계정에서 작성된 것으로 드러났다.
B|업체는 7일부터 '관람평 쓰기' 버튼을 티켓 인증을 마친 회원에게만 보여주기로 했다.
B|"이 리뷰가 도움이 되었나요?"와 같은 추천 버튼도 당분간 숨긴다.
B|제작사 관계자는 "조작이 걸러지자 평점이 8.4로 올라갔다"고 말했다.
oth|광고
com|이 기사에 대한 반응　좋아요 58 · 화나요 12
com|댓글 23개
com|영화덕후: 인증제 진작 했어야지
com|로그인 후 댓글을 작성할 수 있습니다
rel|많이 본 뉴스
rel|겨울 극장가 대작 3편, 관객 승자는?
dis|ⓒ 씨네투데이, 무단 전재 및 재배포 금지
"""),
dict(id="es-001", lang="es", hard=False, opts="nofinal", notes="Spanish recipe page (gazpachuelo): ingredient list and numbered method are story; jump-to-recipe, print/save, rate-this-recipe, nutrition widget, newsletter box and more-recipes list are noise.", text="""
nav|La Despensa de Lola
nav|Recetas | Postres | Sin gluten | Cocina rápida | Blog
T|Gazpachuelo malagueño: la sopa caliente de pescado que te salva el invierno
oth|Por Lola Ferrán · Actualizado el 3 de diciembre de 2026
com|★★★★★ 4,8 de 5 (96 valoraciones)
nav|Ir a la receta
B|Mi abuela lo hacía cada domingo de diciembre en Pedregalejo, y siempre decía que el secreto está en no dejar de remover mientras se añade el caldo.
B|Ingredientes para 4 personas:
B|500 g de merluza y 12 gambas
B|4 patatas medianas
B|1 huevo y 200 ml de aceite de oliva suave para la mayonesa
oth|Publicidad
B|Preparación:
B|1. Cuece las patatas en un litro de agua con sal durante 15 minutos y añade el pescado los últimos 5.
B|2. Prepara la mayonesa y templa con el caldo, cucharón a cucharón, sin dejar de batir.
B|3. Vuelve a juntarlo todo y sirve enseguida.
sh|Imprimir receta · Guardar en mis recetas · Pinterest
oth|Información nutricional por ración: 385 kcal · proteínas 22 g · grasas 27 g
com|¿La has preparado? Valora esta receta
nl|Recibe cada viernes tres recetas de temporada en tu correo. Apúntate gratis
rel|Más recetas de cuchara
rel|Potaje de vigilia con espinacas
"""),
dict(id="hard-es-001", lang="es", hard=True, opts="", notes="Hard: the story is about undisclosed affiliate commissions in online buying guides and quotes disclosure wordings; the page carries its own commission disclosure and an affiliate price box.", text="""
nav|Consumo Hoy
nav|Inicio > Tus derechos > Compras online
T|Consumo investiga las guías de "los mejores" productos que ocultan que cobran comisión
oth|Marta Uriarte | Madrid | 05/12/2026 - 12:48
dis|Algunos enlaces de esta página son de afiliados: si compras a través de ellos, Consumo Hoy puede recibir una pequeña comisión.
B|La Dirección General de Consumo ha abierto expedientes a once webs de comparativas de productos que, según su investigación, cobran por cada venta sin avisar al lector.
B|Las guías analizadas, del tipo "Las 10 mejores freidoras de aire", enlazan a tiendas online con códigos de seguimiento.
B|Solo tres de ellas incluían el aviso "Este artículo contiene enlaces de afiliado" al principio del texto; el resto lo escondía en el pie de página o no lo mostraba.
B|"El lector tiene derecho a saber que quien le recomienda un producto gana dinero si lo compra", explicó la directora general, Irene Salcedo.
B|Las multas pueden llegar a 100.000 euros por infracción grave.
oth|Freidora de aire Vulca 5L · 79,90 € en TiendaMax · Ver oferta
sh|Compartir en WhatsApp · X · Facebook · Copiar enlace
rel|Te puede interesar
rel|Cómo reclamar si tu compra online llega rota
rel|¿Son fiables las reseñas de cinco estrellas?
com|Comentarios cerrados
"""),
dict(id="pt-001", lang="pt", hard=False, opts="ws", notes="Brazilian pets page (cats in hot weather): the vet's tips as a list are story; the not-a-consultation disclaimer, vet credit, share row, pet-shop sponsored slot and 'more from' list are noise.", text="""
nav|Bicho Feliz
nav|Cães | Gatos | Aves | Saúde pet | Adoção
T|Calor de 38 graus: como proteger seu gato nos dias mais quentes do verão
oth|Por Júlia Paranhos — 04/12/2026, 08h15
sh|Compartilhar: WhatsApp | Facebook | Pinterest
B|Com as temperaturas acima de 35 graus previstas para a semana em Cuiabá e no interior de São Paulo, veterinários alertam para o risco de hipertermia em gatos.
B|"Gato não sua como a gente. Ele perde calor pela respiração e pelas patas", explica a veterinária Carolina Mourão.
B|Ela recomenda:
B|- espalhar potes de água fresca pela casa;
oth|Publicidade
B|- oferecer sachês úmidos em vez de ração seca;
B|- deixar um piso frio liberado, como o do banheiro.
B|Se o animal estiver ofegante, de boca aberta, procure atendimento imediatamente.
att|Consultoria: Carolina Mourão, médica-veterinária (CRMV-MT 4471)
dis|Este conteúdo é informativo e não substitui a consulta com um médico-veterinário.
oth|Patrocinado: Fonte de água para gatos com 20% de desconto na PetMundo
rel|Mais de Bicho Feliz
rel|Por que meu gato derruba coisas da mesa?
rel|Adoção responsável: o que perguntar ao abrigo
"""),
dict(id="fr-001", lang="fr", hard=False, opts="ws", notes="French book review on a culture site: a dek glued to itself (duplicate_line), the critic's rating line and the book-info line are story; where-to-buy box, reading-time, newsletter, comments and 'à lire aussi' are noise.", text="""
nav|Pages & Plumes
nav|Livres > Romans > Critiques
dup|Un premier roman sur une fromagerie du Jura qui ferme ses portes.Un premier roman sur une fromagerie du Jura qui ferme ses portes.
T|« La Dernière Meule » : le Jura en hiver, sans carte postale
oth|Par Hélène Vasseur · Publié le 2 décembre 2026 · Lecture 4 min
B|Dans son premier roman, Clémence Aubry raconte le dernier hiver d'une fromagerie familiale près de Morteau, racontée par la fille qui devait la reprendre.
B|On y suit les livraisons de lait à six heures du matin, les comptes qui ne tombent plus juste et un père qui refuse de vendre.
B|L'écriture est sèche, précise, sans jamais céder à la nostalgie.
oth|Publicité
B|On regrettera seulement un dernier chapitre trop pressé, qui règle en dix pages ce que le livre a mis trois cents à installer.
B|« La Dernière Meule », de Clémence Aubry, éditions du Sapin, 312 pages, 21 euros.
B|Notre avis : ★★★★☆
oth|Acheter chez votre libraire · Comparer les prix
nl|La lettre des livres : chaque jeudi, nos coups de cœur. Je m'inscris
com|3 commentaires · Réagir
rel|À lire aussi
rel|Prix des lycéens : la sélection dévoilée
"""),
dict(id="it-001", lang="it", hard=False, opts="", notes="Italian travel guide (Salento villages) with a cookie banner, a photo caption and its separate photo credit, a booking box between list items; the numbered villages are story.", text="""
ck|Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Puoi gestire le preferenze o accettare.
ck|Accetto | Non accetto | Scegli quali cookie
nav|Viaggi Lenti
nav|Home › Italia › Puglia
T|Salento fuori stagione: cinque borghi da vedere a dicembre
oth|di Giorgia Lattanzi | 6 dicembre 2026
C|Il porto di Tricase all'alba.
att|Foto: Davide Resta
B|D'inverno il Salento si svuota, i lidi chiudono e i borghi tornano ai loro abitanti. È il momento migliore per scoprirli con calma.
B|1. Specchia, tra i borghi più belli d'Italia, con il castello Risolo.
B|2. Tricase e il suo porto, dove la domenica mattina si vende il pesce direttamente dalle barche.
oth|Prenota ora: masserie in Salento da 68 € a notte · Vedi offerte
B|3. Presicce, con i frantoi ipogei scavati nella roccia.
B|4. Castro.
B|5. Otranto, che senza la folla estiva si gira a piedi in un'ora.
sh|Condividi · Salva su Pinterest
rel|Altri itinerari lenti in Puglia
rel|Matera a Natale: presepe vivente e sassi illuminati
oth|Viaggi Lenti srl · P.IVA 0482716099
"""),
]
