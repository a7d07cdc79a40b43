"""textset-dev24, writer B: other-language cases, part 1 (ja, ko, es, pt, de): wire copy,
e-mail digests, e-paper print text and reader-mode pages, several with hard-wrapped story
paragraphs (every wrapped line is a body line)."""

CASES = [
dict(id="ja-001", lang="ja", hard=False, opts="",
     notes="Japanese wire copy: flash stamp and replacement notice (other), hard-wrapped story with a one-line quote, （了）, bureau credit (attribution) and the no-reproduction line (disclaimer).",
     text="""
oth|【東邦通信】速報　2025/02/18 16:42
oth|◇差し替え◇　見出しと第２段落を修正しました
T|路線バス３系統、来春廃止へ　運転手不足で＝加賀中央バス
B|【金沢】加賀中央バス（石川県金沢市）は18日、市内を走る路線バスのうち
>B|３系統を2026年３月末で廃止すると発表した。
B|運転手の確保が難しくなっていることが主な理由で、同社の運転手は
>B|５年前より約２割少ない312人にとどまっている。
B|廃止対象の系統の１日当たりの利用者は合計で約900人。
B|同社は代替として、一部区間で予約制の乗り合いタクシーの運行を
>B|市と協議している。
B|「通院に使っているので困る」と沿線に住む80代の女性は話した。
oth|（了）
att|［東邦通信社・北陸支局］
dis|東邦通信社の記事・写真の無断転載を禁じます。
"""),

dict(id="hard-ja-001", lang="ja", hard=True, opts="",
     notes="Hard: a money site in reader mode whose story is about a broker app showing a wrong Nikkei quote; the wrong quote line and the figures are story lines, while the page's own market strip is crypto_ticker noise. Also listen and font-size widgets, a PR ad label and promo (other), share bar, a related read.",
     text="""
nav|マネー・ウォッチ ＞ マーケット ＞ ニュース
tk|日経平均 38,604.12 +187.45　TOPIX 2,712.36 +9.81　ドル/円 148.62
oth|この記事を聞く　▶ 3分12秒
oth|文字サイズ　小　中　大
T|日経平均「9万円台」と誤表示　ネット証券アプリ、7分間
B|ネット証券大手のミナトネット証券は21日、同社のスマートフォンアプリで
>B|同日午前、日経平均株価が実際より大幅に高い値で表示される不具合が
>B|あったと発表した。
B|アプリのトップ画面の相場欄には、次のように表示された。
B|日経平均 90,412.57 +51,996.10
B|実際の同時刻の日経平均は38,416円前後で、誤表示は約７分間続いた。
B|同社によると、外部から受け取る指数データの桁の処理に誤りがあった。
>B|誤表示に基づく注文は確認されていないという。
B|「一瞬、夢かと思った」。SNSにはこんな投稿が相次いだ。
oth|PR
oth|つみたて投資を始めるなら今　アプリ「コツコツ」で口座開設
sh|この記事をシェア　X　LINE　はてブ　印刷
rel|あわせて読みたい：株価アプリの通知が止まらない　設定の見直し方
"""),

dict(id="ko-001", lang="ko", hard=False, opts="",
     notes="Korean local morning newsletter: web-view link, issue stamp and weather greeting (other), section headers (navigation), main story, an ad block (other), other items as related links, sign-up/opt-out lines (newsletter), extra blank lines and the sender address.",
     text="""
nav|이메일이 잘 보이지 않나요? 웹에서 보기
oth|아침편지 부산 · 2025년 4월 9일 수요일 · 제213호
oth|좋은 아침입니다, 구독자님! 오늘 부산은 맑고 낮 최고 19도까지 오릅니다.
nav|📌 오늘의 주요 소식
T|부산 시내버스 첫차 30분 앞당긴다…새벽 노동자 출근길 숨통
B|부산시는 다음 달 1일부터 시내버스 21개 노선의 첫차 출발 시각을 오전 5시 30분에서 5시로 앞당긴다고 8일 밝혔다.
B|대상 노선은 산업단지와 도매시장, 대형 병원을 지나는 노선 위주로 선정됐다.
B|시는 지난해 새벽 시간대 택시 호출 자료와 교통카드 이용 기록을 분석해 수요가 많은 구간을 골랐다.
B|첫차 시간 조정에 따라 연간 약 14억 원의 운행비가 추가로 들 것으로 예상된다.
B|“청소 일을 나가려면 지금은 택시를 탈 수밖에 없었어요.” 사하구에 사는 60대 이모 씨의 말이다.
oth|[광고] 이번 호는 ‘동래 한방차’와 함께합니다 — 구독자 전용 20% 할인 코드: MORNING20
nav|📎 함께 보면 좋은 소식
rel|▸ 광안리 드론쇼, 이달부터 토요일마다 열린다
rel|▸ 부산 지하철 2호선 일부 역 엘리베이터 교체 공사
~
nl|이 메일은 ‘아침편지 부산’ 뉴스레터 구독을 신청하신 분께 발송됩니다.
nl|친구에게 전달받으셨나요? 여기서 구독하세요
nl|수신거부 | 구독 정보 변경
oth|아침편지 부산 | 부산광역시 중구 중앙대로 118 | help@achim-busan.kr
"""),

dict(id="hard-ko-001", lang="ko", hard=True, opts="",
     notes="Hard: Korean wire copy about a court ruling on a blog that deleted the agency's 'no reproduction' line; the story quotes that line (kept). The page's own agency copyright line is disclaimer noise; flash stamp, editor's note, (끝), reporter e-mail and send stamp are other. Story hard-wrapped.",
     text="""
oth|[한빛통신 속보] 2025.06.17 15:08 송고
oth|※ 편집자 주: 3번째 문단에 피고 측 주장을 추가했습니다.
T|"기사 끝 '무단전재 금지' 지웠어도 책임"…법원, 블로그 운영자에 배상 판결
B|(서울=한빛통신) 윤다은 기자 = 통신사 기사 1천200여 건을 허락 없이
>B|블로그에 옮겨 실은 운영자가 저작권 침해로 손해를 배상하게 됐다.
B|서울중앙지법 민사합의부는 한빛통신이 블로그 운영자 A씨를 상대로 낸
>B|손해배상 청구 소송에서 "A씨는 3천600만 원을 지급하라"고 17일 판결했다.
B|A씨는 기사 하단의 "<저작권자 ⓒ 한빛통신, 무단 전재-재배포 금지>"
>B|문구를 지우고 출처만 남겼기 때문에 인용에 해당한다고 주장했다.
B|재판부는 "저작권 표시를 지웠다고 해서 기사 전문 복제가 허용되는 것은
>B|아니다"라고 밝혔다.
B|A씨 측은 항소할 뜻을 밝혔다.
oth|(끝)
oth|dayoon@hanbit-news.kr
dis|<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>
oth|2025/06/17 15:08 송고
"""),

dict(id="es-001", lang="es", hard=False, opts="",
     notes="Spanish wire copy: URGENTE, slug, note to editors (other), hard-wrapped story with a one-line figure, (SIGUE), writer/editor credit (attribution), the agency's copyright notice wrapped over three lines (each line disclaimer) and the editors' initials (other).",
     text="""
oth|URGENTE
oth|SPA-SEQUIA-RESTRICCIONES (REFUNDIDA)
oth|Nota a los editores: refunde las informaciones difundidas a las 10.12 y 11.40 y añade declaraciones del alcalde.
T|Cuarenta municipios de Almedra cortarán el agua por la noche a partir del lunes
B|Valdeoro (España), 14 mar (Agencia Meridiana).- Cuarenta municipios de
>B|la provincia de Almedra cortarán el suministro de agua entre las 23.00 y
>B|las 6.00 horas a partir del próximo lunes, ante el bajo nivel de los embalses.
B|La medida afecta a unos 96.000 vecinos y se mantendrá al menos hasta
>B|finales de abril, según informó este viernes la Mancomunidad de Aguas del Sur.
B|Los embalses que abastecen a la comarca están al 17 % de su capacidad.
B|"No es una decisión agradable, pero no queda otra", dijo el alcalde de
>B|Valdeoro, Ramiro Echániz.
B|Hospitales y residencias de mayores quedarán exentos de los cortes.
oth|(SIGUE)
att|(Redacción: Lucía Berrocal; edición: Tomás Ferrán)
dis|© Agencia Meridiana. Queda prohibida la reproducción, distribución o
>dis|comunicación pública de esta información sin autorización previa y
>dis|por escrito de la agencia.
oth|mer/lb/tf
"""),

dict(id="hard-es-001", lang="es", hard=True, opts="",
     notes="Hard: a business morning e-mail digest whose main story is about a league banning crypto-platform sponsorship and quotes the promo slogans and a live bitcoin price display (story, kept); the digest's own market strip (crypto_ticker), sponsored crypto promo (crypto_promo) and its risk warning (disclaimer) are noise, with the usual digest furniture.",
     text="""
nav|¿No ves bien este correo? Ábrelo en el navegador
oth|El Despertador Económico · viernes, 7 de noviembre de 2025
tk|IBEX 35 11.842,6 +0,4 % · EUR/USD 1,0871 · Bitcoin 68.412 $ −1,2 % · Brent 74,10 $
nav|LO MÁS IMPORTANTE DE HOY
T|La liga prohíbe a los clubes lucir patrocinios de plataformas cripto desde la próxima temporada
B|La asamblea de clubes aprobó el jueves vetar los patrocinios de plataformas de criptomonedas en las camisetas y en la publicidad estática de los estadios.
B|La norma llega tras la polémica por una campaña que se veía en las vallas durante los partidos: "Regístrate hoy y recibe 50 USDT gratis".
B|Otro anunciante mostraba en los marcadores el precio del bitcoin en tiempo real junto al lema "No te quedes fuera".
B|Según una asociación de consumidores, ocho de cada diez aficionados menores de 25 años recordaban al menos uno de esos mensajes.
B|Los tres clubes con contratos vigentes tendrán hasta junio para rescindirlos.
pr|PATROCINADO · Abre tu cuenta en Cambiora y consigue hasta 100 € en bitcoin con tu primer depósito.
dis|Los criptoactivos son volátiles y puedes perder todo el capital invertido. Oferta sujeta a condiciones.
nav|OTRAS NOTICIAS
rel|→ El banco central eleva su previsión de crecimiento al 2,3 %
rel|→ Las hipotecas a tipo fijo vuelven a superar a las variables
nl|¿Te han reenviado este boletín? Suscríbete gratis aquí
nl|Recibes este correo porque te apuntaste a El Despertador Económico.
nl|Darse de baja · Gestionar preferencias
"""),

dict(id="pt-001", lang="pt", hard=False, opts="ws",
     notes="Brazilian e-paper page text (trailing whitespace): running head (navigation), byline (other), hard-wrapped story, a pull quote repeating a quote's opening (other, middle), a photo caption with the photo credit on its own line (attribution), jump line and page counter (navigation).",
     text="""
nav|GAZETA DO VALE | Quarta-feira, 12 de março de 2025 | CIDADES | B4
T|Ponte do Rio Sapucaí é liberada após oito meses de obras
oth|Texto de Heloísa Brandão
B|A ponte sobre o Rio Sapucaí, na saída para Pouso Feliz, foi liberada
>B|ao tráfego na manhã de ontem, depois de oito meses interditada para
>B|obras de reforço na estrutura.
B|Segundo a prefeitura, a obra custou R$ 6,2 milhões, 15% acima do
>B|previsto, por causa das chuvas de dezembro.
oth|“Eram 40 minutos a mais todo dia para chegar ao trabalho”
B|“Eram 40 minutos a mais todo dia para chegar ao trabalho”, contou a
>B|costureira Mirela Antunes, que mora do outro lado do rio.
C|Caminhões voltam a cruzar a ponte na manhã de terça-feira
att|Foto: Davi Rangel/Gazeta do Vale
B|A velocidade máxima na ponte será de 40 km/h.
nav|Continua na página B6
nav|Página 4 de 12 · Edição digital
"""),

dict(id="de-001", lang="de", hard=False, opts="single",
     notes="German wire copy (single newlines, hard-wrapped): Eil, embargo line and correction (other), story with a one-line figure, editor code line (attribution), copyright notice wrapped over two lines (disclaimer), Ende (other).",
     text="""
oth|Eil
oth|Sperrfrist: Mittwoch, 12. März 2025, 10.00 Uhr MEZ
oth|Berichtigung: Im dritten Absatz muss es 214 statt 241 Stellen heißen.
T|Nordhafener Werft streicht jede fünfte Stelle
B|Nordhafen (np) - Die Nordhafener Werft baut bis Ende 2026 rund jede
B|fünfte Stelle ab. Das teilte das Unternehmen am Mittwoch in Nordhafen mit.
B|Grund seien ausbleibende Aufträge für Fähren und Arbeitsschiffe.
B|Betroffen sind 214 von derzeit knapp 1100 Arbeitsplätzen.
B|Betriebsbedingte Kündigungen sollen nach Angaben der Geschäftsführung
B|möglichst vermieden werden, etwa durch Altersteilzeit und Versetzungen.
B|Die IG Metall kündigte Widerstand an. «Wir werden um jeden einzelnen
B|Arbeitsplatz kämpfen», sagte Bezirksleiterin Anke Lohmüller.
att|np kh/tr yyzz a3 mar 25
dis|© Nordpresse. Weiterverbreitung nur im Rahmen der vertraglich
dis|vereinbarten Nutzung; jede sonstige Verwendung ist untersagt.
oth|Ende
"""),

dict(id="hard-de-001", lang="de", hard=True, opts="",
     notes="Hard: a consumer e-mail newsletter whose main story is about phishing hidden behind fake newsletter unsubscribe links and quotes unsubscribe and 'you receive this because' wordings (story, kept); the letter's own receiving and unsubscribe lines are newsletter noise. Ad label and ad line are other.",
     text="""
nav|Darstellungsprobleme? Newsletter im Browser öffnen
oth|Der Verbraucher-Brief · Ausgabe 41/2025 · Donnerstag, 9. Oktober
nav|Heute im Brief: Phishing · Strompreise · Ihre Fragen
T|Falsche Abmeldelinks: Verbraucherschützer warnen vor Phishing per Newsletter
B|Betrüger verschicken derzeit täuschend echte Newsletter bekannter Onlinehändler, warnt die Verbraucherzentrale Weserland.
B|Der Trick steckt am Ende der Mail: Unter dem Satz „Sie möchten diesen Newsletter nicht mehr erhalten? Hier abmelden“ verbirgt sich ein Link auf eine gefälschte Anmeldeseite.
B|Wer dort sein Passwort eingibt, um sich abzumelden, liefert es direkt an die Täter.
B|Auch die Zeile „Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben“ werde oft wortgleich kopiert, sagt Juristin Merle Haberkorn.
B|Ihr Rat: Abmeldungen nie über Links in verdächtigen Mails, sondern direkt im Kundenkonto erledigen.
B|Seit August gingen bei der Verbraucherzentrale mehr als 1.300 Hinweise ein.
oth|Anzeige
oth|Stromtarif zu teuer? Jetzt in zwei Minuten vergleichen bei Tarifkompass.
nav|Außerdem im Brief
rel|Strompreise: Welche Grundversorger zum Januar senken
rel|Ihre Frage: Darf der Vermieter den Paketkasten verbieten?
nl|Sie erhalten diesen Brief, weil Sie ihn auf verbraucher-brief.de abonniert haben.
nl|Abbestellen | Einstellungen ändern | Weiterempfehlen
oth|Verbraucher-Brief GmbH · Am Speicher 4 · 28195 Bremen · Impressum · Datenschutz
"""),
]
