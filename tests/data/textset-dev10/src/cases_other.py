# Pages in ja, ko, es, pt, de, fr, it, nl, pl, tr, ru, uk, id, vi, th and ar from national and
# regional sites of those countries, with their local consent dialogs, messengers and formats.
CASES = []


def case(id, lang, notes, text, **opts):
    CASES.append(dict(id=id, lang=lang, notes=notes, text=text, **opts))


# ---------------------------------------------------------------- ja

case("ja-001", "ja", "北海道の地方紙サイト：雪まつりの外国人客；パンくず、更新時刻と紙名、会員限定の続きを読む"
     "（paywall）、X/LINE/はてブのシェア、関連記事、共同の配信表記。単一改行。", r"""
N:nv| ホーム ＞ 道内 ＞ 札幌
T| さっぽろ雪まつり、外国人客が初の100万人超え　会場の混雑対策に課題
N:ot| 2026年2月12日 05:00（2月12日 09:41更新）
N:ot| 北海道みらい新聞
B| 札幌市は11日、閉幕した第77回さっぽろ雪まつりの来場者数が約248万人だったと発表した。
B| このうち外国人客は推計102万人で、初めて100万人を超えた。
B| 大通会場では夜間の混雑が目立ち、市は西11丁目付近で一方通行の誘導を行った。
B| 「歩道が人で埋まり、前に進めない時間帯があった」と警備担当者は話す。
B| 市は来年以降、入場時間の分散や有料観覧席の拡充を検討する。
N:at| （共同）
N:ot| この記事は会員限定です。残り1,234文字
N:ot| 無料会員に登録すると続きをお読みいただけます
N:sb| Xでポスト　LINEで送る　はてなブックマーク　URLをコピー
N:rl| 関連記事
N:rl| 新千歳空港、国際線の発着枠を拡大へ
N:rl| 小樽運河の夜景ツアー、予約制に
""", style="raw")

case("ja-002", "ja", "ポータル転載ページ：新潟の米価；リード文の重複、Cookie通知、提供元表記、本文中の【関連記事】、"
     "記事末の配信元、コメント欄の案内、アクセスランキング。", r"""
N:ck| 当サイトではCookieを利用してサービスの改善や広告配信を行っています。詳しくはプライバシーセンターをご覧ください。
N:ck| 同意する
N:dl| 新米の店頭価格は前年より2割高い水準が続いている。新米の店頭価格は前年より2割高い水準が続いている。
T| 新潟のコシヒカリ、店頭価格5キロ4200円台に　作付け拡大も値下がりは限定的
N:at| 1/23(金) 11:30配信　越後日報
B| 新潟県内のスーパーで販売されるコシヒカリの平均価格が、5キロあたり4200円台で推移している。
B| 新米の店頭価格は前年より2割高い水準が続いている。
B| 県は今年の作付面積を前年比3%増やす方針だが、肥料や燃料の高騰で生産コストも上がっている。
N:rl| 【関連記事】備蓄米の放出、県内の流通はわずか1割
B| 新潟市内の米穀店の店主は「安い米を探して何軒も回る客が増えた」と話す。
B| 農政局は、夏の高温で一等米の比率が下がったことも価格を押し上げたとみている。
N:at| 越後日報
N:cm| この記事についてあなたの意見を投稿してください
N:cm| コメントを見る（418件）
N:rl| アクセスランキング
N:rl| 1 上越新幹線、3月から全席指定の列車を増便
N:rl| 2 佐渡金山の見学者、世界遺産登録後に倍増
""")

case("hard-ja-001", "ja", "HARD. ポータルが災害記事のコメント欄を閉鎖する方針；記事は『この記事のコメント欄は"
     "閉鎖されています』の表示やコメント投稿ルールを引用（本文）、ページ自体には実際のコメント欄とランキングがある。"
     "行末に空白・タブ・NBSPが混在。", r"""
N:nv| トップ　国内　国際　経済　エンタメ　スポーツ　IT
T| 大手ポータル、災害・事故の記事でコメント欄を閉鎖へ　誹謗中傷の投稿が急増
N:ot| 1/24(土) 7:02配信
B| 大手ニュースポータルの運営会社は23日、地震や豪雨などの災害、死亡事故を扱う記事について、2月からコメント欄を原則として閉鎖すると発表した。
B| 対象の記事には「この記事のコメント欄は閉鎖されています」と表示される。
B| 同社によると、昨年の能登地方の豪雨では、被災者を中傷するコメントが1日に約3万件投稿された。
B| AIによる自動判定で削除した件数は前年の2.4倍に増えた。
B| 新ルールのポイント
B| ・災害、事故、事件の被害者に関する記事はコメント欄を設けない
B| ・他の記事でも、投稿数が急増した場合は一時停止する
B| ・違反を3回繰り返したアカウントは投稿を停止する
B| 専門家は「議論の場を失う面もあるが、被害者保護を優先した判断だ」と評価している。
N:at| 提供：ネット通信
N:cm| コメント（1,056件）
N:cm| 不適切なコメントを報告する
N:cm| 並び替え：おすすめ順　新着順
N:rl| 国内ニュース　ランキング
N:rl| 1 春の大型連休、国内旅行の予約が前年比1割増
""", trail="mix", hard=True)

# ---------------------------------------------------------------- ko

case("ko-001", "ko", "부산 지역 신문: 도시철도 요금 인상; 상단 메뉴와 분류, 입력/수정 시각, 기자 이메일, "
     "카카오톡·밴드 공유, 무단전재 금지 문구, 많이 본 뉴스. 단일 줄바꿈.", r"""
N:nv| 전체메뉴  로그인  회원가입
N:nv| 사회 > 교통
T| 부산 도시철도 요금 4월부터 150원 인상…청소년 할인 확대
N:ot| 입력 : 2026-01-21 14:05:12  수정 : 2026-01-21 16:30:45
N:ot| 김서연 기자 sykim@hanbada.example
N:sb| 카카오톡  페이스북  X  밴드  URL복사
B| 부산시는 도시철도 기본요금을 4월 1일부터 1,550원으로 150원 인상한다고 21일 밝혔다.
B| 시내버스 요금도 같은 날부터 1,700원으로 오른다.
B| 시는 대신 청소년 할인율을 20%에서 30%로 높이고, 65세 이상 무임승차 기준은 유지하기로 했다.
B| 부산교통공사는 지난해 운영 적자가 2,870억 원에 달했다고 설명했다.
B| 시민단체는 "물가가 오르는 상황에서 서민 부담이 커진다"며 반발했다.
N:ot| ⓒ한바다일보, 무단전재-재배포 및 AI학습 이용 금지
N:rl| 많이 본 뉴스
N:rl| 1 해운대 해수욕장 올해 개장 앞당겨
N:rl| 2 가덕도신공항 부지공사 입찰 재공고
N:rl| 3 동래 온천천 산책로 야간 조명 설치
""", style="raw")

case("ko-002", "ko", "코인 전문 매체의 재게재 페이지: 제주 감귤 수출; 상단 원화 시세 띠(여러 줄과 한 줄), "
     "거래소 홍보, 투자 유의 면책 문구, 관련기사, 텔레그램 채널 홍보.", r"""
N:ct| 비트코인 BTC 1억2,184만원 +1.24%
N:ct| 이더리움 ETH 431만원 -0.52%
N:ct| 리플 XRP 3,105원 +2.80%  도지코인 DOGE 512원 -1.07%
T| 제주 감귤, 베트남·싱가포르 수출 두 배로…'당도 선별' 통했다
N:ot| 박하늘 기자 | 승인 2026.01.20 09:12
B| 제주산 감귤의 지난해 동남아 수출량이 4,820톤으로 전년보다 두 배 가까이 늘었다.
B| 베트남과 싱가포르가 전체 물량의 70%를 차지했다.
B| 제주도는 당도 12브릭스 이상만 골라 '프리미엄' 상표로 수출한 것이 효과를 봤다고 분석했다.
B| 현지 대형마트에서 감귤 한 상자(5kg)는 약 6만 원에 팔리고 있다.
B| 도는 올해 수출 목표를 6,000톤으로 잡고, 말레이시아 시장도 공략하기로 했다.
N:cp| 지금 가입하면 첫 달 거래 수수료 0%! 원화 마켓 신규 상장 이벤트 진행 중
N:dc| 본 페이지의 기사는 외부 언론사 제공이며 투자 권유가 아닙니다. 가상자산 투자에 따른 손실은 투자자 본인에게 있습니다.
N:rl| 관련기사
N:rl| 스테이블코인 법안, 국회 상임위 통과
N:sb| 텔레그램 채널 구독하고 속보 받기
""")

case("hard-ko-001", "ko", "HARD. 포털이 섹션별 '많이 본 뉴스' 순위를 폐지; 기사 본문이 순위·추천 영역을 다룸(본문), "
     "페이지에는 실제 랭킹 뉴스 블록, 기자 구독 버튼, 댓글 안내가 있음. 마지막 줄바꿈 없음.", r"""
T| 포털, 섹션별 '많이 본 뉴스' 순위 없앤다…"클릭 경쟁 부추겨"
N:ot| 정유진 기자
N:ot| 기사입력 2026.01.22. 오전 10:41
N:nl| 기자 구독하고 새 기사 알림 받기
B| 국내 최대 포털이 다음 달부터 정치·사회 등 섹션별 '많이 본 뉴스' 순위를 없앤다고 22일 밝혔다.
B| 대신 이용자가 구독한 언론사의 기사를 먼저 보여주는 방식으로 바꾼다.
B| 회사 측은 "순위 경쟁이 자극적인 제목을 부추긴다는 지적을 받아들였다"고 설명했다.
B| 언론사들의 반응은 엇갈린다.
B| 한 지역 언론사 관계자는 "순위에 올라야 독자가 들어오던 구조가 바뀌면 작은 매체는 더 불리해질 수 있다"고 말했다.
B| 반면 한 학회는 "언론이 조회수보다 품질로 평가받는 계기가 될 것"이라고 했다.
N:cm| 댓글 정렬: 순공감순 | 최신순
N:cm| 댓글 412
N:rl| 랭킹 뉴스
N:rl| 1 금리 동결에 전세대출 수요 다시 늘어
N:rl| 2 설 연휴 고속도로 통행료 면제 확정
N:rl| 3 수도권 광역버스 입석 금지 확대
""", final=False, hard=True)

# ---------------------------------------------------------------- es

case("es-001", "es", "Diario regional valenciano: aforo de la mascletà; aviso de cookies con configurar/rechazar, "
     "firma y fecha, 'Te puede interesar' en medio, compartir por WhatsApp, crédito EFE, varias líneas en blanco y boletín.", r"""
N:ck| Utilizamos cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada a partir de tu navegación. Puedes aceptarlas todas, rechazarlas o configurarlas.
N:ck| ACEPTAR   RECHAZAR   CONFIGURAR
N:nv| Valencia · Comunitat · Fallas · Deportes · Opinión
T| Valencia limitará a 150.000 personas el aforo de la mascletà en la plaza del Ayuntamiento
N:ot| Nuria Sempere
N:ot| Valencia, 21/01/2026 - 12:47 h
B| El Ayuntamiento de Valencia limitará este año a 150.000 personas el aforo de la mascletà diaria en la plaza y las calles adyacentes, según anunció este miércoles el concejal de Fiestas.
B| El control se hará con contadores en los ocho accesos y cortes de paso cuando se alcance el límite.
N:rl| Te puede interesar: Así será la Ofrenda de este año: horarios y recorridos
B| Las novedades, punto por punto:
B| • Pantallas gigantes en la calle Xàtiva y la avenida del Oeste.
B| • Un carril de evacuación libre de 4 metros en la calle San Vicente.
B| • Prohibido subir a mobiliario urbano y marquesinas.
B| La Policía Local desplegará 420 agentes cada día entre el 1 y el 19 de marzo.
N:sb| Compartir en WhatsApp
N:at| Con información de EFE
~
~
~
N:nl| Recibe cada mañana las noticias de la Comunitat en tu correo. Apúntate gratis a nuestra newsletter.
""")

case("es-002", "es", "Diario porteño: subida del subte; widget de cotización del dólar (crypto_ticker, caja de "
     "cotizaciones), firma, 'Seguí leyendo', comentarios con voseo. Sin salto de línea final.", r"""
N:ct| Dólar oficial $1.072,50 / $1.112,50   Dólar blue $1.215 / $1.235   Dólar MEP $1.198,40
N:nv| Inicio > Ciudad
T| El subte sube a $1.150 desde marzo y habrá tarifa diferencial para viajes frecuentes
N:ot| Por Lucía Ferraro
N:ot| 21 de enero de 2026 · 09:40
B| El boleto del subte porteño costará $1.150 a partir del 1 de marzo, un aumento del 32% respecto de la tarifa actual, informó el Gobierno de la Ciudad.
B| Quienes hagan más de 20 viajes por mes pagarán un 20% menos a partir del viaje 21.
B| La suba se aplicará en dos tramos, el segundo en junio.
B| Desde la empresa concesionaria señalaron que el 60% del costo operativo se cubre hoy con subsidios.
B| "No queremos que el usuario frecuente sea el que más pague", dijo el secretario de Transporte.
N:rl| Seguí leyendo
N:rl| Cómo quedan los peajes de la General Paz desde febrero
N:rl| Colectivos: las líneas que cambian su recorrido por obras
N:cm| Dejá tu comentario
N:cm| Los comentarios publicados son de exclusiva responsabilidad de sus autores.
""", final=False)

case("hard-es-001", "es", "HARD. Portal económico: la CNMV endurece las reglas de la publicidad de criptoactivos; el "
     "texto cita el aviso obligatorio y precios de bitcoin (cuerpo), mientras la página lleva un teletipo de "
     "cotizaciones, promoción de un exchange y un descargo de responsabilidad reales.", r"""
N:ct| BTC 79.850 € +1,2%   ETH 2.701 € -0,3%   IBEX 35 12.418,6 +0,45%
T| La CNMV obligará a los influencers a incluir un aviso de riesgo en cada anuncio de criptomonedas
N:ot| Álvaro Gil · Madrid · 22 ENE 2026 - 13:05 CET
B| La Comisión Nacional del Mercado de Valores (CNMV) ha aprobado una circular que obliga a los creadores de contenido que promocionen criptoactivos a mostrar un aviso de riesgo en cada publicación.
B| El aviso deberá decir, de forma legible: "Invertir en criptoactivos puede suponer perder todo lo invertido y no cuenta con la protección de los depósitos bancarios".
B| En vídeos, tendrá que aparecer al menos durante los cinco primeros segundos.
B| La norma llega tras meses de fuertes subidas: el bitcoin cotiza en torno a 79.800 euros, un 60% más que hace un año.
B| Qué cambia
B| Las sanciones podrán llegar a 300.000 euros para el anunciante y para el influencer.
B| Las plataformas deberán retirar los anuncios que incumplan en 48 horas.
N:cp| Compra tus primeros bitcoins desde 10 € y sin comisiones el primer mes. Regístrate ahora.
N:dc| Aviso legal: la información de cotizaciones tiene un retraso de 15 minutos y no constituye recomendación de inversión.
N:rl| Más noticias de Mercados
N:rl| El Tesoro coloca 5.000 millones en bonos a diez años
""", hard=True)

# ---------------------------------------------------------------- pt

case("pt-001", "pt", "Portal regional brasileiro (Recife): chuvas; aviso de cookies LGPD, crédito e horário, "
     "'Leia também' no meio, compartilhe por WhatsApp/Telegram, convite para o canal no WhatsApp. "
     "Espaços no fim de algumas linhas.", r"""
N:ck| Usamos cookies para personalizar conteúdos e anúncios, de acordo com a nossa Política de Privacidade e a LGPD. Ao continuar navegando, você concorda.
N:ck| Prosseguir
T| Chuva de 120 mm em 12 horas deixa 23 pontos de alagamento no Recife
N:ot| Por Redação, Recife — 21/01/2026 08h12 · Atualizado há 2 horas
B| Uma chuva de 120 milímetros em 12 horas provocou alagamentos em 23 pontos do Recife na madrugada desta quarta-feira (21), segundo a Defesa Civil.
B| Os bairros mais atingidos foram Afogados, Imbiribeira e Campo Grande.
N:rl| Leia também: Olinda adia abertura das prévias de carnaval por causa do tempo
B| Três famílias foram levadas para um abrigo municipal na Zona Norte.
B| A Agência Pernambucana de Águas e Clima mantém alerta amarelo até a noite de quinta-feira.
B| Em caso de emergência, ligue 199.
N:sb| Compartilhe:  WhatsApp  Facebook  Telegram  Copiar link
N:sb| Siga o canal do Diário Capibaribe no WhatsApp e receba as notícias no celular
N:rl| Mais lidas
N:rl| Metrô do Recife terá ônibus substitutos na Linha Sul
""", trail="sp")

case("pt-002", "pt", "Jornal português (Porto): linha Rubi do metro; consentimento de cookies em pt-PT, data "
     "'Publicado a', agência Lusa, partilhar, artigos relacionados, comentários.", r"""
N:ck| Este site utiliza cookies para melhorar a sua experiência e para fins estatísticos. Pode aceitar todos ou gerir as suas preferências.
N:ck| Aceitar todos   Rejeitar   Preferências
N:nv| Local › Porto
T| Linha Rubi do Metro do Porto abre em setembro com nova ponte sobre o Douro
N:ot| Publicado a 21 jan 2026, 09:15
N:at| Lusa
B| A linha Rubi do Metro do Porto, que vai ligar a Casa da Música a Santo Ovídio, em Vila Nova de Gaia, deverá abrir ao público em setembro, anunciou a administração da empresa.
B| A obra inclui uma nova ponte sobre o rio Douro, reservada ao metro, a peões e a bicicletas.
B| Serão oito estações ao longo de 6,4 quilómetros.
B| O custo total ronda os 435 milhões de euros, financiados em grande parte pelo Plano de Recuperação e Resiliência.
B| Os moradores do Candal queixam-se do ruído das obras noturnas.
N:sb| Partilhar   Facebook   X   E-mail
N:rl| Artigos relacionados
N:rl| Aeroporto Francisco Sá Carneiro bate recorde de passageiros
N:rl| Gaia aprova ciclovia marginal até Lavadores
N:cm| Comentários (12)
N:cm| Para comentar tem de iniciar sessão.
""")

case("hard-pt-001", "pt", "HARD. Site brasileiro: TSE e aplicativo de mensagens limitam encaminhamentos na eleição; "
     "o texto cita rótulos e botões de compartilhar (corpo), e a página tem barra de compartilhamento real e "
     "convite para seguir o canal.", r"""
N:sb| Compartilhar no WhatsApp   Compartilhar no Facebook   Compartilhar no X
T| TSE e aplicativo fecham acordo para limitar encaminhamento de mensagens durante a eleição
N:ot| Por Camila Roriz, de Brasília
N:ot| 22/01/2026 18h40
B| O Tribunal Superior Eleitoral (TSE) anunciou nesta quinta-feira um acordo com o principal aplicativo de mensagens do país para limitar o encaminhamento de conteúdos durante a campanha eleitoral.
B| A partir de agosto, mensagens marcadas como "Encaminhada com frequência" só poderão ser repassadas para uma conversa por vez.
B| O botão de compartilhar em canais também vai exibir um aviso antes de repassar conteúdos sobre votação.
B| Segundo o tribunal, 41% das denúncias de desinformação na última eleição envolviam mensagens repassadas em massa.
B| O acordo também prevê:
B| - canal direto para o TSE pedir a suspensão de contas que disparam mensagens em massa;
B| - um robô oficial que responde dúvidas sobre locais de votação.
B| Partidos de oposição disseram que vão acompanhar a aplicação das regras para evitar censura.
N:sb| Siga a gente no WhatsApp
N:rl| Veja também
N:rl| Urnas eletrônicas passam por teste público de segurança
N:ot| Reportar erro
""", hard=True)

# ---------------------------------------------------------------- de

case("de-001", "de", "Stuttgarter Regionalportal: Sperrung der S-Bahn-Stammstrecke; TCF-Einwilligung mit "
     "Partnerzahl, Anzeige-Label, 'Mehr zum Thema' mitten im Text, dpa/lsw, Teilen, Kommentare. Tabs am "
     "Zeilenende.", r"""
N:ck| Wir und unsere 187 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und Inhalte sowie Reichweitenmessung.
N:ck| Akzeptieren und weiter
N:ck| Ablehnen mit Pur-Abo
T| S-Bahn-Stammstrecke fünf Wochen gesperrt: Was Pendler jetzt wissen müssen
N:ot| Von Jana Richter
N:ot| 21.01.2026 - 14:05 Uhr
B| Die S-Bahn-Stammstrecke zwischen Hauptbahnhof und Vaihingen wird in den Osterferien fünf Wochen lang komplett gesperrt.
B| Grund sind Arbeiten am neuen digitalen Stellwerk.
N:ot| Anzeige
B| Die wichtigsten Änderungen
B| – Die Linien S1 bis S6 enden am Hauptbahnhof (oben).
B| – Zwischen Hauptbahnhof und Vaihingen fahren Ersatzbusse im Fünf-Minuten-Takt.
B| – Die Stadtbahnlinien U1 und U14 fahren mit längeren Zügen.
N:rl| Mehr zum Thema: Warum das digitale Stellwerk erst 2027 fertig wird
B| Der Verkehrsverbund rechnet mit bis zu 20 Minuten längeren Fahrzeiten.
B| Pendler sollten nach Möglichkeit auf andere Verbindungen ausweichen.
N:at| dpa/lsw
N:sb| Artikel teilen
N:cm| Kommentare (23)
N:cm| Zum Kommentieren bitte anmelden
""", trail="tab")

case("de-002", "de", "Wiener Zeitung/Portal: U5-Eröffnung verschoben; Navigation, Autor und Datum, Bildunterschrift "
     "mit Credit, APA-Kürzel, Newsletter-Hinweis, 'Mehr aus Wien'. Gemischte Zeilenabstände.", r"""
N:nv| Wien | Österreich | Wirtschaft | Kultur | Sport
T| U5 startet erst 2028: Wiener Linien verschieben Eröffnung der türkisen Linie
N:ot| Von Stefan Hollerer | 21.01.2026 um 06:00 Uhr

C| Baustelle der künftigen U5-Station Frankhplatz. Foto: Donaustadt Presse/M. Lang
B| Die neue U-Bahn-Linie U5 wird nicht wie geplant 2026, sondern erst Anfang 2028 in Betrieb gehen.
B| Das gaben die Wiener Linien am Dienstag bekannt.
B| Als Grund nannten sie Verzögerungen bei der Lieferung der Zugsicherungstechnik.
B| Die U5 soll als erste Wiener U-Bahn vollautomatisch, also ohne Fahrer, fahren.

B| Die Kosten steigen laut Stadt um rund 120 Millionen Euro.
B| Die Opposition im Gemeinderat forderte einen Bericht im Verkehrsausschuss.
N:at| (APA/red.)

N:nl| Jeden Morgen das Wichtigste aus Wien: Melden Sie sich jetzt für unseren Newsletter an.
N:rl| Mehr aus Wien
N:rl| Parkpickerl: Was sich 2026 in den Bezirken ändert
N:rl| Neue Straßenbahnlinie 12 fährt ab Herbst
""", style="raw")

case("hard-de-001", "de", "HARD. Landgericht-Urteil zu Cookie-Bannern: 'Ablehnen' muss auf der ersten Ebene stehen; der "
     "Text zitiert Bannertexte und Schaltflächen (Fließtext), während die Seite ein echtes Consent-Banner oben "
     "und einen Datenschutz-Link unten trägt.", r"""
N:ck| Diese Website nutzt Cookies und vergleichbare Technologien. Mit „Zustimmen“ erlauben Sie uns und Drittanbietern die Nutzung für Statistik und Werbung. Ihre Einwilligung können Sie jederzeit widerrufen.
N:ck| Zustimmen
N:ck| Einstellungen
T| Gericht: „Ablehnen“-Knopf muss so sichtbar sein wie „Alle akzeptieren“
N:ot| 23. Januar 2026, 11:20 Uhr | Lesezeit: 3 Min.
B| Das Landgericht München I hat einem Onlinehändler untersagt, auf seinem Cookie-Banner nur die Schaltfläche „Alle akzeptieren“ hervorzuheben.
B| Die Möglichkeit, Cookies abzulehnen, war erst nach einem Klick auf „Einstellungen“ zu finden.
B| Das verstoße gegen die Datenschutz-Grundverordnung, so das Gericht.
B| Eine Einwilligung sei nur wirksam, wenn die Ablehnung genauso einfach sei wie die Zustimmung.
B| Geklagt hatte ein Verbraucherverband.
B| Er hatte Banner von 40 Shops untersucht und bei 26 ähnliche Gestaltungen gefunden.
B| Das Urteil ist noch nicht rechtskräftig.
N:sb| Teilen: WhatsApp | Facebook | E-Mail
N:rl| Lesen Sie auch
N:rl| Verbraucherzentrale mahnt Fitnessketten wegen Abo-Fallen ab
N:ck| Cookie-Einstellungen ändern
""", hard=True)

# ---------------------------------------------------------------- fr

case("fr-001", "fr", "Quotidien régional (Marseille) : métro automatique ; bandeau CNIL avec « Continuer sans "
     "accepter », signature et dates de publication/mise à jour, « À lire aussi » au milieu, partage, crédit AFP, "
     "offre d'abonnement. Espaces insécables en fin de ligne.", r"""
N:ck| Avec votre accord, nous et nos partenaires utilisons des traceurs pour mesurer l'audience et vous proposer des publicités adaptées. Vous pouvez modifier vos choix à tout moment.
N:ck| Continuer sans accepter
N:ck| Accepter et fermer
T| Le métro automatique de Marseille roulera sans conducteur sur la ligne 1 dès juin
N:ot| Par Claire Dumas
N:ot| Publié le 21/01/2026 à 07h30, mis à jour à 10h12
B| MARSEILLE —
B| Les premières rames sans conducteur circuleront sur la ligne 1 du métro marseillais à partir de juin, a annoncé mardi la Régie des transports.
B| La ligne 2 suivra fin 2027.
B| Des portes palières ont été installées dans les 18 stations de la ligne 1 depuis l'été dernier.
N:rl| À lire aussi : Tramway T3 : les travaux de la rue de Rome prolongés
B| Les conducteurs concernés, au nombre de 140, seront reclassés comme agents de ligne.
B| « Personne ne perdra son emploi », a assuré la présidente de la Régie.
B| Les syndicats ont déposé un préavis de grève pour le 3 février.
N:at| (avec AFP)
N:sb| Partager sur Facebook   Partager sur X   Envoyer par WhatsApp
N:ot| Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois.
""", trail="nb")

case("hard-fr-001", "fr", "HARD. La CNIL sanctionne un éditeur pour des inscriptions forcées à sa newsletter ; l'article "
     "cite la case pré-cochée et le lien de désinscription (corps), tandis que la page porte un vrai encart "
     "d'inscription à la lettre d'information et des liens « Sur le même sujet ».", r"""
N:nv| Accueil › Économie › Numérique
T| La CNIL inflige 850 000 euros d'amende à un éditeur de presse pour des newsletters imposées
N:ot| Le 22/01/2026 à 16:48
N:ot| Par Romain Lefèvre
B| La Commission nationale de l'informatique et des libertés a sanctionné un groupe de presse régionale à hauteur de 850 000 euros pour avoir inscrit d'office ses lecteurs à ses newsletters.
B| Lors de la création d'un compte, une case « Je souhaite recevoir les offres et lettres d'information du groupe » était cochée par défaut.
B| Plus de 2,3 millions d'adresses ont ainsi été inscrites.
B| Le lien de désinscription, placé en bas des courriels, renvoyait vers une page d'erreur dans un cas sur cinq, selon la CNIL.
B| Ce que dit la CNIL
B| Le consentement doit être donné par un acte positif : une case cochée d'avance ne vaut pas accord.
B| L'éditeur a annoncé qu'il ne ferait pas appel.
N:nl| La lettre Éco : chaque soir, l'essentiel de l'actualité économique. Inscrivez-vous, c'est gratuit.
N:nl| Votre adresse e-mail
N:nl| Je m'inscris
N:rl| Sur le même sujet
N:rl| Démarchage téléphonique : les nouvelles règles entrent en vigueur
""", hard=True)

# ---------------------------------------------------------------- it

case("it-001", "it", "Quotidiano campano: Circumvesuviana; banner cookie del Garante con 'Chiudi e continua senza "
     "accettare', firma e data, 'Leggi anche', condivisione, ANSA, riproduzione riservata. Fine riga CRLF.", r"""
N:ck| Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Chiudendo il banner con la X continui senza accettare.
N:ck| Accetta tutti
N:ck| Chiudi e continua senza accettare
T| Circumvesuviana, arrivano i primi 8 treni nuovi: in servizio da marzo sulla Napoli-Sorrento
N:ot| di Gennaro Esposito
N:ot| 21 gennaio 2026 | 11:34
B| I primi otto dei quaranta nuovi treni della Circumvesuviana entreranno in servizio a marzo sulla linea Napoli-Sorrento, ha annunciato l'Ente autonomo Volturno.
B| Ogni convoglio può trasportare fino a 600 passeggeri ed è dotato di aria condizionata e videosorveglianza.
B| I pendolari lamentano da anni guasti e soppressioni: solo nel 2025 le corse cancellate sono state oltre 9.000.
N:rl| Leggi anche: Metro Linea 1, chiusura anticipata alle 21 per lavori a Capodichino
B| La consegna degli altri treni è prevista entro la fine del 2027.
B| «È il primo passo, non la soluzione», ha detto un portavoce del comitato pendolari.
N:at| (ANSA)
N:sb| Condividi: Facebook  WhatsApp  X  Telegram
N:ot| © RIPRODUZIONE RISERVATA
""", crlf=True)

case("it-002", "it", "Pagina di un portale cripto senza titolo che ripubblica un articolo sul riuso degli impianti "
     "olimpici di Milano Cortina; promozione, ticker su più righe e compresso, avvertenza, 'Dal mondo cripto, "
     "altre letture' con titoli doppi e timbri.", r"""
N:ot| CriptoPiazza Notizie
B| MILANO —
B| A un anno dalle Olimpiadi invernali, il Palaghiaccio di Santa Giulia ospiterà concerti e partite di hockey per almeno 90 serate l'anno, secondo il piano presentato dalla società di gestione.
B| Il villaggio olimpico di Porta Romana diventerà invece una residenza per 1.700 studenti universitari a partire da settembre.
B| A Cortina, la nuova pista da bob resta il nodo più discusso: i costi di manutenzione stimati superano i 2 milioni di euro l'anno.
B| Il Comune ha chiesto alla Regione di partecipare alle spese.
N:cp| Vuoi che il tuo progetto arrivi a 500.000 investitori? Prenota ora uno spazio nel nostro report mensile.
N:ct| Opportunità di mercato
N:ct| Vetta Token Logo
N:ct| Vetta Token Prezzo(VTT)
N:ct| $0.2286
N:ct| -4.12%
N:ct| Laguna Coin LogoLaguna Coin Prezzo(LGC)$0.0547$0.0547+1.90%USD
N:dc| Avvertenza: gli articoli ripubblicati provengono da fonti pubbliche e hanno solo scopo informativo. Non costituiscono consulenza finanziaria. Per richieste di rimozione scrivere a legale@criptopiazza.example.
N:rl| Dal mondo cripto, altre letture
N:rl| La BCE accelera sull'euro digitale: test con 12 banche
N:rl| La BCE accelera sull'euro digitale: test con 12 banche
N:sb| Condividi
N:rl| CriptoPiazza2026/01/18 21:14
""")

# ---------------------------------------------------------------- nl

case("nl-001", "nl", "Rotterdamse nieuwssite: walstroom voor cruiseschepen; cookiemelding met 'Akkoord', "
     "navigatie, auteur en tijd, 'Lees ook' midden in het stuk, ANP, deelknoppen, reacties.", r"""
N:ck| Wij gebruiken cookies en vergelijkbare technieken om de site goed te laten werken, het gebruik te meten en advertenties af te stemmen. Klik op 'Akkoord' om verder te gaan.
N:ck| Akkoord
N:ck| Instellingen aanpassen
N:nv| Nieuws  Regio  Sport  Cultuur
T| Cruiseschepen in Rotterdam moeten vanaf 2027 aan de walstroom
N:ot| Door Sanne Verbeek
N:ot| 20 jan 2026 om 15:12
B| Cruiseschepen die aanmeren bij de Cruise Terminal Rotterdam moeten vanaf 1 januari 2027 hun motoren uitzetten en stroom van de wal gebruiken.
B| Dat heeft de gemeenteraad donderdag besloten.
B| Een groot cruiseschip stoot tijdens een dag aan de kade evenveel stikstof uit als duizenden auto's.
N:rl| Lees ook: Nieuwe fietsbrug over de Maas krijgt groen licht
B| De walstroominstallatie aan de Wilhelminakade kost 14 miljoen euro.
B| Rederijen die niet kunnen aansluiten, krijgen geen ligplaats meer.
N:at| ANP
N:sb| Deel dit artikel
N:cm| Reageer op dit artikel
N:cm| 18 reacties
""")

# ---------------------------------------------------------------- pl

case("pl-001", "pl", "Krakowski portal: strefa czystego transportu; plansza RODO z 'Przejdź do serwisu', autor i "
     "data, 'Czytaj także', PAP, udostępnij, komentarze. Pojedyncze znaki nowej linii.", r"""
N:ck| Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacją o przetwarzaniu Twoich danych osobowych przez nas i naszych zaufanych partnerów (RODO).
N:ck| Przejdź do serwisu
T| Kraków zaostrza strefę czystego transportu. Od lipca bez starych diesli w centrum
N:ot| Marta Zielińska
N:ot| 21 stycznia 2026, 10:15
B| Od 1 lipca do centrum Krakowa nie wjadą samochody z silnikiem Diesla wyprodukowane przed 2010 rokiem.
B| Rada Miasta przyjęła uchwałę we wtorek wieczorem.
B| Zakaz nie obejmie mieszkańców, którzy zarejestrowali auto w Krakowie przed końcem 2025 roku.
B| Za wjazd bez uprawnień grozi mandat w wysokości 500 zł.
N:rl| Czytaj także: Nowa linia tramwajowa na Azory gotowa w 2027 roku
B| Według miasta strefa obejmie około 60 kilometrów kwadratowych.
N:at| Źródło: PAP
N:sb| Udostępnij
N:cm| Komentarze (54)
N:cm| Dodaj komentarz jako gość
""", style="raw")

# ---------------------------------------------------------------- tr

case("tr-001", "tr", "İzmir haber sitesi: metro hattı; üstte BIST/döviz/altın kutusu (crypto_ticker), KVKK çerez "
     "bildirimi, güncelleme tarihi, DHA kaynağı, İlgili Haberler, paylaş. CRLF satır sonu.", r"""
N:ct| BIST 100 10.245,18 %0,82 | DOLAR 36,1240 | EURO 37,4015 | GRAM ALTIN 3.118,40
N:ck| Sitemizde çerezler kullanılmaktadır. Kişisel verileriniz 6698 sayılı KVKK kapsamında işlenir; ayrıntılar için Çerez Politikamızı inceleyebilirsiniz.
N:ck| Tamam
T| Narlıdere-Güzelbahçe metro hattının temeli atıldı: 2028'de hizmete girecek
N:ot| Giriş: 20.01.2026 11:42 | Güncelleme: 20.01.2026 13:05
B| İzmir Büyükşehir Belediyesi, Narlıdere ile Güzelbahçe arasındaki 7,2 kilometrelik metro hattının temelini attı.
B| Hat üzerinde 6 istasyon yer alacak.
B| Belediye başkanı, hattın günde 120 bin yolcu taşımasının beklendiğini söyledi.
B| Projenin maliyeti yaklaşık 9,8 milyar lira.
B| İnşaat süresince Mithatpaşa Caddesi'nin bir şeridi trafiğe kapalı olacak.
N:at| Kaynak: DHA
N:sb| Paylaş  Facebook  X  WhatsApp
N:rl| İlgili Haberler
N:rl| İzmir'de vapur seferlerine yeni tarife
N:rl| Karşıyaka tramvayına ek sefer
""", crlf=True)

case("hard-tr-001", "tr", "HARD. Reklam Kurulu'nun influencer reklam etiketi kararı; metin '#reklam' ve 'işbirliği' "
     "etiketlerini ve reklam ibaresini tartışıyor (gövde), sayfada ise gerçek 'Reklam' etiketleri ve sponsorlu "
     "içerik kutusu var.", r"""
N:nv| Gündem  Ekonomi  Dünya  Teknoloji  Yaşam
T| Reklam Kurulu: Sosyal medyada '#işbirliği' yetmez, 'Reklam' ibaresi başta yer alacak
N:ot| Ankara | 22.01.2026 09:30
B| Ticaret Bakanlığı Reklam Kurulu, sosyal medya fenomenlerinin tanıtım paylaşımlarına ilişkin kılavuzu güncelledi.
B| Buna göre ücretli paylaşımlarda "Reklam" ibaresi, metnin en başında ve kolay görülebilir şekilde yer alacak.
B| Yalnızca "#işbirliği" veya "#ad" gibi etiketler yeterli sayılmayacak.
N:ot| REKLAM
B| Kurul, geçen yıl 312 fenomene toplam 48 milyon lira idari para cezası verdiğini açıkladı.
B| Videolarda reklam ibaresinin ilk üç saniye boyunca ekranda kalması gerekecek.
B| Yeni kurallar 1 Mart'ta yürürlüğe girecek.
N:ot| Sponsorlu İçerik: Kış tatilinde yüzde 40'a varan otel fırsatları
N:sb| Paylaş
N:rl| Bunlar da ilginizi çekebilir
N:rl| E-ticarette sahte indirim cezaları arttı
""", hard=True)

# ---------------------------------------------------------------- ru / uk

case("ru-001", "ru", "Казанский городской портал: новая линия трамвая; уведомление о cookie со ссылкой на 152-ФЗ, "
     "подпись к фото, «Читайте также», кнопки ВКонтакте/Одноклассники/Telegram, подписка на канал, ТАСС. "
     "Одинарные переводы строк.", r"""
N:ck| Мы используем файлы cookie и метрические программы. Продолжая пользоваться сайтом, вы соглашаетесь на обработку персональных данных в соответствии с 152-ФЗ.
N:ck| Понятно
N:nv| Новости  Город  Транспорт  Происшествия
T| В Казани запустят трамвай до Салмачей: первые вагоны выйдут на линию осенью
N:ot| 21 января 2026, 12:40
C| Новые трамвайные пути на улице Родины. Фото: Алия Гарипова / «Казань Сегодня»
B| Новая трамвайная линия от центра Казани до жилого района Салмачи откроется в октябре, сообщили в мэрии.
B| Длина линии составит 9,4 км, на ней будет 14 остановок.
B| Для маршрута закупят 22 низкопольных вагона.
B| Интервал движения в час пик составит пять минут.
N:rl| Читайте также: Метро Казани продлят до Азино-3 к 2028 году
B| Стоимость проекта оценивается в 17,6 млрд рублей.
B| Жители района давно жаловались на пробки на выезде из Салмачей.
N:at| По материалам ТАСС
N:sb| Поделиться: ВКонтакте  Одноклассники  Telegram
N:sb| Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости Казани
""", style="raw")

case("hard-ru-001", "ru", "HARD. Маркировка рекламы в Telegram-каналах; текст цитирует пометку «Реклама» и erid "
     "(тело статьи), а на странице есть настоящие рекламные метки с erid и приглашение в канал.", r"""
N:nv| Главная / Медиа / Интернет
T| Штрафы за рекламу без пометки в Telegram-каналах выросли втрое за год
N:ot| Ирина Соколова
N:ot| 23 января 2026 · 09:05
B| Число штрафов за немаркированную рекламу в Telegram-каналах выросло за 2025 год почти в три раза, сообщила Федеральная антимонопольная служба.
B| По закону каждый рекламный пост должен начинаться со слова «Реклама», содержать название рекламодателя и идентификатор erid.
B| Например: «Реклама. ООО „Ромашка-Трейд“. erid: 2VtzqwXyZ01».
B| Пример из практики
B| Автору канала о путешествиях с 400 тысячами подписчиков назначили штраф 300 тысяч рублей за 14 постов без пометки.
B| Владельцы каналов жалуются, что получение erid занимает до двух дней.
B| В ФАС ответили, что сроки зависят от операторов рекламных данных.
N:ot| Реклама. ООО «Волга Тревел». ИНН 1655000000. erid: 4CQwVszH9pW
N:ot| Туры на Байкал со скидкой до 25% — бронируйте до 1 марта
N:sb| Подписаться на канал в Telegram
N:rl| Еще по теме
N:rl| Роскомнадзор обновил реестр блогеров с аудиторией более 10 тысяч
""", hard=True)

case("uk-001", "uk", "Львівський сайт: укриття у школах; «Читайте також» посередині, джерело "
     "Укрінформ, потім автор, дата й меню внизу (зверху шуму немає), кнопки поширення, заклик до Telegram-каналу, підказка про помилку.", r"""
T| У Львові до вересня облаштують укриття ще в 23 школах
B| Ще 23 школи Львова отримають облаштовані укриття до початку нового навчального року, повідомили в міській раді.
B| Після цього очне навчання зможуть відновити понад 9 тисяч учнів, які зараз навчаються змішано.
B| На роботи з міського бюджету виділили 312 млн грн.
N:rl| Читайте також: У Львові запрацював новий тролейбусний маршрут до Рясного
B| В укриттях встановлять вентиляцію, резервне живлення та окремі санвузли.
B| Батьки просять, щоб укриття могли використовувати й мешканці сусідніх будинків.
N:at| Джерело: Укрінформ
N:ot| Автор: Оксана Дмитрук
N:ot| 20 січня 2026, 16:05
N:nv| Головна → Суспільство → Освіта
N:sb| Поділитися: Facebook  Telegram  Viber
N:sb| Підписуйтеся на наш Telegram-канал
N:ot| Помітили помилку? Виділіть текст і натисніть Ctrl+Enter
""")

# ---------------------------------------------------------------- id / vi / th / ar

case("id-001", "id", "Portal berita Surabaya: banjir rob; 'Baca Juga' di tengah, label iklan dan 'scroll to continue', "
     "editor, bagikan, ajakan mengikuti di Google News (share_bar, seperti ajakan ikuti kanal), tag. Spasi/tab/NBSP campur di akhir baris.", r"""
N:nv| Beranda › Jatim › Surabaya
T| Banjir Rob Rendam Kawasan Pesisir Surabaya, 1.200 Rumah Terdampak
N:ot| Rabu, 21 Jan 2026 06:45 WIB
N:ot| Penulis: Fajar Nugroho
B| SURABAYA —
B| Banjir rob merendam permukiman di kawasan pesisir utara Surabaya sejak Selasa malam, dengan ketinggian air mencapai 60 sentimeter.
B| Badan Penanggulangan Bencana Daerah mencatat 1.200 rumah di Kecamatan Kenjeran dan Bulak terdampak.
N:ot| ADVERTISEMENT
N:ot| SCROLL TO CONTINUE WITH CONTENT
B| BMKG memperkirakan pasang air laut maksimum masih terjadi hingga Jumat.
N:rl| Baca Juga: Tol Surabaya-Gresik Ditutup Sementara karena Genangan
B| Wali kota meminta warga tidak memarkir kendaraan di jalan pesisir selama tiga hari ke depan.
B| Pompa air tambahan dikerahkan ke 14 titik.
N:ot| Editor: Rina Kartika
N:sb| Bagikan: WhatsApp  Facebook  X  Telegram
N:sb| Simak berita pilihan lainnya langsung dari ponsel Anda lewat Google News.
N:nv| #banjir rob  #Surabaya  #BMKG
""", trail="mix")

case("vi-001", "vi", "Trang tin của sàn tiền số đăng lại bài về cầu mới ở Đà Nẵng: lời dẫn lặp, quảng bá dự án, "
     "bảng giá nhiều dòng và một dòng dính liền, tuyên bố miễn trừ, 'Có thể bạn quan tâm' với tiêu đề lặp hai lần, "
     "nút chia sẻ Zalo. Xuống dòng đơn xen dòng trống.", r"""
N:dl| Cầu dài 1,2 km, có 6 làn xe.Cầu dài 1,2 km, có 6 làn xe.
T| Đà Nẵng khởi công cầu vượt sông Hàn thứ bảy, dự kiến thông xe năm 2028
B| UBND TP Đà Nẵng sáng 20/1 đã khởi công cầu vượt sông Hàn nối quận Hải Châu với quận Sơn Trà.
B| Cầu dài 1,2 km, có 6 làn xe và lối đi riêng cho người đi bộ.
B| Tổng vốn đầu tư khoảng 3.800 tỷ đồng từ ngân sách thành phố.

B| Vì sao cần cây cầu mới?
B| Lượng xe qua cầu Rồng và cầu Sông Hàn vào giờ cao điểm đã vượt công suất thiết kế khoảng 40%.
B| Thành phố kỳ vọng cây cầu sẽ giảm ùn tắc cho khu vực ven biển Sơn Trà.

N:cp| Bạn muốn dự án của mình đến tay hàng triệu nhà đầu tư? Đăng ký xuất hiện trong bản tin tuần tới.
N:ct| Cơ hội thị trường
N:ct| Sen Vàng Logo
N:ct| Sen Vàng Giá(SVG)
N:ct| $0.0093
N:ct| +7.15%
N:ct| Mekong Token LogoMekong Token Giá(MKT)$0.4410$0.4410-0.66%USD
N:dc| Tuyên bố miễn trừ trách nhiệm: Các bài viết được đăng lại từ nguồn công khai, chỉ mang tính tham khảo và không phải lời khuyên đầu tư. Liên hệ hotro@sendex.example nếu nội dung vi phạm bản quyền.

N:rl| Có thể bạn quan tâm
N:rl| Giá Bitcoin dao động mạnh trước quyết định lãi suất
N:rl| Giá Bitcoin dao động mạnh trước quyết định lãi suất
N:sb| Chia sẻ Zalo
N:rl| SenDEX Tin tức2026/01/20 07:31
""", style="raw")

case("th-001", "th", "เว็บข่าวไทย: นักท่องเที่ยวภูเก็ต; แบนเนอร์คุกกี้ตาม PDPA, วันที่แบบพุทธศักราช, แชร์ LINE, "
     "ข่าวที่เกี่ยวข้อง และแท็ก ทั้งหมดอยู่ก่อนเนื้อข่าว (noise อยู่ด้านบนเท่านั้น หน้าถูกตัดจบที่ย่อหน้าสุดท้าย). "
     "ขึ้นบรรทัดเดี่ยว.", r"""
N:ck| เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล คุณสามารถเลือกตั้งค่าคุกกี้ได้
N:ck| ยอมรับทั้งหมด   ตั้งค่า
N:rl| ข่าวที่เกี่ยวข้อง
N:rl| สนามบินภูเก็ตเพิ่มเที่ยวบินตรงจากยุโรป
N:nv| แท็กที่เกี่ยวข้อง: ภูเก็ต ท่องเที่ยว นักท่องเที่ยวต่างชาติ
T| ภูเก็ตต้อนรับนักท่องเที่ยวต่างชาติทะลุ 10 ล้านคน สูงสุดเป็นประวัติการณ์
N:ot| 22 ม.ค. 2569 เวลา 10:15 น.
N:sb| แชร์ LINE   Facebook   X
B| สำนักงานการท่องเที่ยวจังหวัดภูเก็ตเปิดเผยว่า ปีที่ผ่านมามีนักท่องเที่ยวต่างชาติเดินทางมาภูเก็ต 10.3 ล้านคน สูงที่สุดเป็นประวัติการณ์
B| นักท่องเที่ยวรัสเซียมากที่สุด รองลงมาคือจีนและอินเดีย
B| รายได้จากการท่องเที่ยวรวมประมาณ 4.8 แสนล้านบาท
B| ผู้ประกอบการโรงแรมระบุว่า อัตราการเข้าพักช่วงไฮซีซันเฉลี่ยเกินร้อยละ 85
B| จังหวัดเตรียมเร่งแก้ปัญหาการจราจรบนถนนสายหลักไปสนามบิน
""", style="raw", final=False)

case("ar-001", "ar", "موقع إخباري سعودي: ركاب مترو الرياض؛ إشعار ملفات تعريف الارتباط، تعليق صورة مع المصدر، "
     "«اقرأ أيضا» وسط الخبر، المصدر: واس، أزرار المشاركة، «تابعونا على». بدون سطر جديد في النهاية.", r"""
T| مترو الرياض ينقل 150 مليون راكب في عامه الأول
C| ركاب على رصيف محطة قصر الحكم. (تصوير: عبدالله الحربي)
B| أعلنت الهيئة الملكية لمدينة الرياض أن قطار الرياض نقل أكثر من 150 مليون راكب خلال عامه الأول من التشغيل.
B| وسجل المسار الأزرق أعلى نسبة استخدام بنحو 41 في المئة من إجمالي الرحلات.
N:rl| اقرأ أيضا: تمديد ساعات تشغيل حافلات الرياض خلال رمضان
B| وأوضحت الهيئة أن متوسط الالتزام بمواعيد الرحلات بلغ 99.6 في المئة.
B| وتعمل الهيئة على إضافة محطتين جديدتين على المسار البرتقالي بحلول عام 2027.
N:at| المصدر: واس
N:sb| شارك عبر: واتساب  إكس  فيسبوك  تيليجرام
N:sb| تابعونا على قناة الواتساب
N:ot| الرياض - الخميس 22 يناير 2026 م
N:ck| يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات. بمتابعتك التصفح فإنك توافق على سياسة الخصوصية.
N:ck| موافق
""", final=False)
