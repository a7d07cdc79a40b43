"""textset-dev30, writer B: other-language cases, part 1 (ja, ko, es, pt, de).

Widgets, players and reading aids around regional, sports, tech and consumer news.
Tagged line lists for ../../textset-dev20/src/make_cases.py (see its docstring for the format).
"""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="~",
     notes="Japanese regional site on a snow-removal robot trial: masthead, breadcrumb, a weather widget, stamp, read-aloud button, speed and text-size controls at the top; ad label mid-story; share bar, a run of blank lines, related articles, an app prompt, an error-report link and a no-reproduction line below. The cost figure line is story.",
     text="""
nav|北陸ニュースネット
nav|トップ > 地域 > 富山
oth|富山市の天気 みぞれ 4℃／1℃ 降水確率80%
T|除雪ロボット、富山の住宅街で実証実験 歩道の雪を夜間に自動で
oth|2026年12月6日 18時40分
oth|記事を読み上げる
oth|再生速度 1.0倍
oth|文字サイズ 小 中 大
B|富山市は6日、市内の住宅街で小型除雪ロボットの実証実験を始めたと発表した。
B|ロボットは幅60センチほどで、夜間に歩道を自動で走行し、積もった雪を車道の反対側へ押し出す。
B|対象は同市呉羽地区の歩道約1.2キロで、来年2月末まで続ける。
oth|広告
B|開発した地元の機械メーカー「立山精工」の担当者は「高齢の住民が朝、安心して歩けるようにしたい」と話している。
B|市によると、歩道の除雪を担う地域ボランティアは10年前の半分以下に減っている。
B|実験費用は約3400万円。
sh|この記事をシェア
sh|X
sh|LINE
sh|はてなブックマーク
~
rel|関連記事
rel|北陸道で大雪のおそれ 週末は通行止めも
rel|雪下ろし中の転落事故、今冬すでに5件
nav|アプリで開く
oth|記事の誤りを報告する
dis|掲載記事・写真の無断転載を禁じます。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: news sites' text-to-speech buttons misreading names; story lines quoting 「記事を読み上げる」 and 「音声で聴く」 stay story, while the page's own listen button, player controls, PR label and scroll hint are other. Comments counter, share, related and a 'was this useful' widget below.",
     text="""
nav|日本メディア通信
nav|ホーム | 社会 | 経済 | IT | 文化
T|記事の「読み上げ」機能、人名の誤読相次ぐ 新聞各社が辞書整備へ
oth|2026/12/03 07:00
oth|文：大森 紗季
oth|▶ 音声で聴く（約4分）
oth|再生 ⏸ 一時停止 ×1.5
B|新聞社のニュースサイトで広がる記事の読み上げ機能をめぐり、人名や地名の誤読が相次いでいる。
B|ある地方紙のサイトでは、「記事を読み上げる」ボタンを押すと、市長の名字「東海林」を「とうかいりん」と読み上げていた。
B|業界団体の日本ニュースメディア協会によると、加盟42社のうち29社が自動音声による読み上げを導入している。
oth|PR
oth|スクロールで続きを表示
B|同協会は来春までに、人名や地名の読みを各社で共有する共通辞書を整備する方針だ。
B|協会の担当者は「視覚に障害のある読者にとって、読み上げは欠かせない機能。誤読は信頼を損なう」と話す。
B|一方、「音声で聴く」ボタンを押すと先に広告音声が流れるサイトもあり、利用者から不満の声が出ている。
com|コメント（14件）
com|コメントを書く
sh|シェアする
sh|ブックマーク
rel|あわせて読みたい
rel|AI音声ニュース、地方局で導入広がる
rel|視覚障害者向けアプリ、新聞10紙と連携
oth|この記事は役に立ちましたか？ はい / いいえ
"""),

dict(id="ko-001", lang="ko", hard=False, opts="single",
     notes="Korean regional paper on a winter light festival, single newlines: masthead, breadcrumb, a dek glued to itself (duplicate), input/edit stamps, reporter, listen, text-size and translate widgets; a reaction-button row (share bar), comment count, tip-off link, copyright line and most-read list below.",
     text="""
nav|남도일보 온라인
nav|홈 > 지역 > 광주
T|광주 충장로 겨울빛 축제 개막…11만 개 전구로 거리 밝혀
dup|광주 대표 겨울 축제가 7일 충장로 일대에서 개막했다.광주 대표 겨울 축제가 7일 충장로 일대에서 개막했다.
oth|입력 2026.12.07 14:22 수정 2026.12.07 15:08
oth|김다은 기자
oth|본문 듣기
oth|글자크기 설정
oth|번역하기
B|광주 동구는 7일 충장로와 금남로 일대에서 '충장로 겨울빛 축제'를 개막했다고 밝혔다.
B|올해 축제에는 전구 11만 개와 대형 조형물 24점이 설치됐다.
B|축제는 내년 1월 11일까지 이어지며, 매일 오후 5시 30분부터 자정까지 불을 밝힌다.
B|동구 관계자는 "원도심 상권에 활기를 불어넣기 위해 체류형 프로그램을 늘렸다"고 말했다.
B|주말에는 거리 공연과 플리마켓도 열린다.
sh|좋아요 12 훈훈해요 3 슬퍼요 0 화나요 1 후속기사 원해요 5
com|댓글 8
oth|기사제보
dis|저작권자 © 남도일보 무단전재 및 재배포 금지
rel|많이 본 뉴스
rel|광주 도시철도 2호선 1단계 개통 앞두고 시운전
rel|무등산 첫눈…입산 통제 구간 확인하세요
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="ws",
     notes="Hard: a portal scraps its 'angry'/'sad' reaction buttons after macro manipulation; story lines quoting the button names ('좋아요', '화나요', '후속기사 원해요') stay story, while the page's own reaction row (share bar), listen and speed widgets, ad label, comment count and sort bar are noise. Trailing whitespace.",
     text="""
nav|테크M뉴스
nav|IT | 모바일 | 플랫폼 | 게임
T|포털 '화나요' 버튼 없앤다…감정 표현 조작 논란에 개편
oth|입력 2026.11.30 09:12
oth|이승훈 기자
oth|기사 읽어주기
oth|▶ 1.0x
B|국내 한 대형 포털이 뉴스 기사 하단의 감정 표현 버튼을 전면 개편한다고 30일 밝혔다.
B|현재 기사마다 붙어 있는 '좋아요', '훈훈해요', '슬퍼요', '화나요', '후속기사 원해요' 다섯 가지 버튼 가운데 '화나요'와 '슬퍼요'가 먼저 사라진다.
B|이 포털은 지난 선거 기간 특정 기사에 '화나요'가 수만 건씩 몰린 사례를 자체 조사한 결과, 상당수가 매크로 프로그램에 의한 것이었다고 설명했다.
oth|광고
B|대신 '추천해요'와 '더 알고 싶어요' 두 가지 버튼만 남기고, 버튼을 누른 계정 수는 기사 게재 24시간 뒤에 공개하기로 했다.
B|"감정 버튼이 기사에 대한 평가가 아니라 여론 조작의 도구로 쓰였다."
B|포털 측 관계자의 설명이다.
B|개편안은 다음 달 15일부터 적용된다.
sh|좋아요 41 화나요 7 슬퍼요 2
sh|공유하기
sh|URL 복사
com|댓글 63
com|정렬 최신순 | 공감순
oth|기사 오류 제보
rel|관련기사
rel|포털 댓글 실명제 10년…악플은 줄었나
dis|ⓒ 테크M뉴스, 무단 전재 및 재배포 금지
"""),

dict(id="es-001", lang="es", hard=False, opts="crlf",
     notes="Spanish regional paper on a water cut, CRLF: cookie banner, masthead and menu, byline, dateline stamp with update, read time and the chrome of an embedded video player (play, time, 'Ver en YouTube', next-video countdown) above the story; the handle-and-date leftover of an embedded X post and an ad label mid-story (other); share, related and a report-an-error link below.",
     text="""
ck|Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada.
ck|Aceptar y cerrar
ck|Configurar
nav|Diario del Pisuerga
nav|Valladolid · Provincia · Deportes · Opinión
T|Tres barrios de Valladolid, sin agua corriente hasta el jueves por una avería en la red
oth|Por Marta Recio
oth|Valladolid, 5 dic 2026 - 08:24 Actualizado a las 11:10
oth|Tiempo de lectura: 3 min
oth|Reproducir vídeo
oth|00:00 / 01:48
oth|Ver en YouTube
oth|El siguiente vídeo empieza en 5
B|Unos 9.000 vecinos de La Rondilla, San Pedro Regalado y Barrio España permanecerán sin agua corriente hasta el jueves.
B|La causa es la rotura de una tubería de 600 milímetros junto al puente de la Hispanidad, según informó la empresa municipal Aguas de Valladolid.
oth|— Aguas de Valladolid (@AguasVLL) 5 de diciembre de 2026
B|El Ayuntamiento ha instalado seis camiones cisterna en las plazas principales de los barrios afectados.
oth|Publicidad
B|«Es una tubería de 1974 y su sustitución estaba prevista para 2027», admitió el concejal de Medio Ambiente, Andrés Pinilla.
B|Los colegios de la zona mantendrán las clases, aunque los comedores servirán menú frío.
sh|Compartir en WhatsApp
sh|Compartir en Facebook
sh|Enviar por correo
rel|Te puede interesar
rel|Las obras del soterramiento cortan el paseo de Zorrilla en enero
rel|Valladolid subirá la tasa del agua un 4% en 2027
oth|¿Has encontrado un error? Avísanos
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a consumer study on autoplaying videos in news sites; story lines quoting «Reproducción automática: activada» and «El siguiente vídeo comenzará en 5 segundos» stay story, while the page's own autoplay toggle, mute, next-video countdown, cancel, ad and 'keep reading' labels are other. Comments, newsletter pitch and most-read below.",
     text="""
nav|Consumo Hoy
nav|Inicio > Tecnología > Derechos digitales
T|Los lectores rechazan los vídeos que arrancan solos: el 71% los cierra antes de cinco segundos
oth|Lucía Ferrándiz
oth|Madrid | 02/12/2026
oth|▶ Reproducción automática: activada
oth|Silenciar
oth|Siguiente vídeo en 5 s
oth|Cancelar
B|Un estudio de la Asociación de Internautas y Consumidores Digitales analizó 40 diarios digitales españoles durante el mes de octubre.
B|En 33 de ellos, un reproductor de vídeo arrancaba solo al abrir la noticia, a menudo con sonido.
B|El informe recoge mensajes como «Reproducción automática: activada» o «El siguiente vídeo comenzará en 5 segundos», que aparecen en mitad del texto sin que el lector lo haya pedido.
B|El 71% de los 2.300 encuestados dijo cerrar o silenciar el vídeo antes de cinco segundos.
oth|Publicidad
oth|Sigue leyendo debajo
B|La asociación pide al Ministerio de Consumo que obligue a desactivar por defecto la reproducción automática.
B|«El lector vino a leer, no a ver un anuncio de 30 segundos», resume su portavoz, Íñigo Bastida.
sh|Compartir
sh|Copiar enlace
com|12 comentarios
com|Ver comentarios
nl|Recibe cada viernes nuestra newsletter de consumo
rel|Más leídas
rel|Las eléctricas deberán avisar con un mes de antelación de las subidas
"""),

dict(id="pt-001", lang="pt", hard=False, opts="",
     notes="Brazilian portal on a heat record: a current-weather widget (other) above a story whose temperature figures are news, with a list of daily maxima joined by single newlines (story); byline, stamp, listen/speed/text-size tools; a stand-alone photo credit (attribution) and ad labels mid-story; share, WhatsApp channel pitch (newsletter), related and comment count below.",
     text="""
nav|Portal Centro-Oeste
nav|Mato Grosso › Cuiabá › Clima
oth|Cuiabá agora 41°C · Sensação 44°C · Umidade 14%
T|Cuiabá registra 44,1°C e bate recorde histórico de temperatura
oth|Por Rafaela Monteiro
oth|06/12/2026 16h02 · Atualizado há 2 horas
oth|Ouça esta matéria
oth|1x
oth|A- A+
B|Cuiabá registrou nesta sexta-feira (5) a maior temperatura de sua história: 44,1°C, medidos às 15h na estação do Inmet no bairro Coxipó.
B|O recorde anterior, de 43,8°C, era de outubro de 2020.
B|A umidade relativa do ar chegou a 11%, índice considerado de emergência pela Organização Mundial da Saúde.
oth|Publicidade
oth|A matéria segue abaixo do anúncio
att|Foto: Divulgação/Defesa Civil de MT
B|A Defesa Civil emitiu alerta vermelho e recomendou evitar atividades ao ar livre entre 10h e 17h.
B|As escolas da rede municipal anteciparam a saída dos alunos para as 11h.
B|Temperatura máxima por dia:
B|quinta (4): 42,7°C
>B|sexta (5): 44,1°C
>B|sábado (6, previsão): 43°C
sh|Mande para um amigo: WhatsApp · Facebook · X
nl|Receba as notícias do Portal Centro-Oeste no WhatsApp
rel|Leia também
rel|Seca do rio Cuiabá afeta captação de água em Várzea Grande
rel|Pantanal tem mais de 200 focos de incêndio em 48 horas
com|Comentários (27)
"""),

dict(id="de-001", lang="de", hard=False, opts="ws",
     notes="German local paper on hydrogen buses, trailing whitespace: masthead, breadcrumb, a dek glued to itself (duplicate), byline, stamp, read time, listen button and a pollen widget at the top; ad label and 'continue after the ad' mid-story; print/save/share/e-mail bar, report-an-error link, related and comment count below. The short line 'Die Fahrpläne ändern sich nicht.' is story.",
     text="""
nav|Oberland-Kurier
nav|Startseite › Region › Weilheim
dup|Ab Januar fahren drei Linien mit Wasserstoff.Ab Januar fahren drei Linien mit Wasserstoff.
T|Weilheimer Stadtwerke stellen auf Wasserstoffbusse um
oth|Von Katrin Oberhuber
oth|Veröffentlicht: 05.12.2026, 17:30 Uhr
oth|Lesezeit: 4 Min.
oth|Artikel anhören
oth|Pollenflug heute: Hasel schwach, Erle keine Belastung
B|Die Stadtwerke Weilheim ersetzen ab dem 8. Januar ihre Dieselbusse auf den Linien 1, 4 und 9 durch Wasserstofffahrzeuge.
B|Sieben Busse hat das Unternehmen für rund 4,6 Millionen Euro angeschafft, 60 Prozent davon trägt der Freistaat.
B|Getankt wird an einer neuen Station im Gewerbegebiet Trifthof.
oth|Anzeige
oth|Der Artikel geht unter der Werbung weiter
B|„Wir haben lange zwischen Batterie und Wasserstoff abgewogen“, sagt Werkleiter Florian Sedlmayr.
B|Ausschlaggebend seien die langen Überlandstrecken gewesen, auf denen Batteriebusse im Winter an ihre Grenzen kämen.
B|Die Fahrpläne ändern sich nicht.
sh|Drucken
sh|Merken
sh|Teilen
sh|Per E-Mail versenden
oth|Tippfehler oder falsche Angabe entdeckt? Sagen Sie es uns
rel|Auch aus dem Oberland
rel|Bahnstrecke Weilheim–Schongau wird ab März saniert
rel|Neue Radwege am Ammersee: Das sind die Pläne
com|Kommentare (4)
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: market surveillance finds news sites' read-aloud and text-size buttons broken under the accessibility act; story lines quoting „Vorlesen“, „Schriftgröße: A | A+ | A++“ and „Alle akzeptieren“ stay story, while the page's own consent banner, listen player, text-size and contrast toggles, ad label, 'helpful?' widget and accessibility note are noise.",
     text="""
ck|Wir und unsere 112 Partner speichern Informationen auf Ihrem Gerät und verarbeiten personenbezogene Daten.
ck|Alle akzeptieren
ck|Einstellungen
nav|Digitalpraxis
nav|News › Recht › Barrierefreiheit
T|Barrierefreiheitsgesetz: Viele Nachrichtenseiten scheitern an Vorlesefunktion und Schriftgröße
oth|03.12.2026 · 09:15 Uhr
oth|Jonas Weidinger
oth|Vorlesen ▶ 5:12
oth|Schriftgröße: A | A+ | A++
oth|Kontrast erhöhen
B|Gut anderthalb Jahre nach Inkrafttreten des Barrierefreiheitsstärkungsgesetzes erfüllen viele deutsche Nachrichtenseiten die Anforderungen nur teilweise.
B|Das zeigt eine Stichprobe der Marktüberwachungsstelle der Länder, die 60 Angebote geprüft hat.
B|Zwar bieten 48 Seiten Knöpfe wie „Vorlesen“ oder „Schriftgröße: A | A+ | A++“ an, doch in 31 Fällen funktionierten sie nur auf der Startseite oder nicht mit Bildschirmlesern.
B|Häufigster Mangel: Videos ohne Untertitel.
oth|Anzeige
B|Die Prüfer bemängelten zudem, dass sich Einwilligungsbanner mit „Alle akzeptieren“ oft nicht per Tastatur bedienen ließen.
B|Die Betreiber haben nun drei Monate Zeit, die Mängel zu beheben; danach drohen Bußgelder von bis zu 100.000 Euro.
sh|Artikel teilen
sh|Link kopieren
oth|War dieser Artikel hilfreich? Ja / Nein
nl|Der Digitalpraxis-Newsletter: jeden Dienstag die wichtigsten Urteile
rel|Mehr zum Thema
rel|Untertitelpflicht: Sender rüsten Mediatheken nach
oth|Hinweis zur Barrierefreiheit: Diese Seite wurde mit Screenreadern getestet.
"""),
]
